using System.Globalization;
using System.Numerics;
using SlaEngine.Uptime;
using UptimeCredits;
using Xunit;

namespace SlaEngine.Tests.Samples;

/// <summary>
/// The uptime-credits sample (issue 5): every expected figure is worked out by hand from the design of
/// <see cref="SampleMonth"/> (its doc comment), never taken from the program's output.
/// </summary>
public sealed class UptimeCreditsTests : IClassFixture<GeneratedUptimeMonth>
{
    private readonly GeneratedUptimeMonth _month;

    public UptimeCreditsTests(GeneratedUptimeMonth month) => _month = month;

    [Fact]
    public void WriteCsv_GeneratedMonth_HasOneRowPerMinuteOfOctober2026()
    {
        // 31 days × 1,440 = 44,640 minutes, plus the header.
        Assert.Equal(44_641, _month.Lines.Length);
        Assert.Equal("minute,valid,errors", _month.Lines[0]);
        Assert.StartsWith("2026-10-01T00:00:00Z,", _month.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-14T13:02:00Z,", _month.Lines[1 + Index(14, 13, 2)], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-31T23:59:00Z,", _month.Lines[44_640], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCsv_GeneratedMonth_FollowsTheDesign()
    {
        Dictionary<string, (int Valid, int Errors)> rows = _month.Lines.Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)));

        // The threshold pair: 51 of 1,000 is more than 5 %, 50 of 1,000 is not.
        Assert.Equal((1000, 51), rows["2026-10-09T22:41:00Z"]);
        Assert.Equal((1000, 50), rows["2026-10-17T09:30:00Z"]);

        // No traffic 03:10–03:14 on the 7th.
        for (int minute = 10; minute <= 14; minute++)
        {
            Assert.Equal((0, 0), rows[Invariant($"2026-10-07T03:{minute:00}:00Z")]);
        }

        // Every minute is over 5 % exactly when the design says so (errors × 20 > valid is "more than 5 %").
        var overThreshold = new HashSet<string>(StringComparer.Ordinal)
        {
            "2026-10-03T07:15:00Z", "2026-10-09T22:41:00Z", "2026-10-26T11:05:00Z", "2026-10-31T23:59:00Z",
        };
        for (int minute = 2; minute <= 49; minute++)
        {
            if (minute is not (20 or 21))
            {
                overThreshold.Add(Invariant($"2026-10-14T13:{minute:00}:00Z"));
            }
        }

        for (int minute = 0; minute < 30; minute++)
        {
            overThreshold.Add(Invariant($"2026-10-20T02:{minute:00}:00Z")); // the maintenance window
        }

        Assert.Equal(46 + 4 + 30, overThreshold.Count);
        foreach ((string minute, (int valid, int errors)) in rows)
        {
            Assert.True(overThreshold.Contains(minute) == ((long)errors * 20 > valid), minute);
            Assert.InRange(errors, 0, valid);
        }

        // Every request fails at 2026-10-26 11:05.
        Assert.Equal(rows["2026-10-26T11:05:00Z"].Valid, rows["2026-10-26T11:05:00Z"].Errors);
    }

    [Fact]
    public void WriteCsv_TwoRuns_WriteTheSameBytes()
    {
        string other = Path.Combine(Path.GetTempPath(), "uptime-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            SampleMonth.WriteCsv(other);
            Assert.Equal(File.ReadAllBytes(_month.Path), File.ReadAllBytes(other));
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public void Write_GeneratedMonth_PrintsTheHandWorkedPolicy002Figures()
    {
        string[] lines = _month.ReportLines;

        // Downtime: 18 + 28 minutes of incident and 4 isolated minutes = 50; the 30 maintenance minutes are excluded.
        // Uptime (44,640 − 50) / 44,640 = 44,590 / 44,640 = 4,459 / 4,464 = 99.8879928… %: under 99.9 %.
        Assert.Contains("  44,640 minute rows in the month (0 outside it ignored)", _month.Report, StringComparison.Ordinal);
        Assert.Contains("  minutes in month       44640", lines);
        Assert.Contains("  downtime minutes          50", lines);
        Assert.Contains("  excluded minutes          30", lines);
        Assert.Contains("  uptime             44590 / 44640 = 4459 / 4464 = 99.887992 % (6 decimals, truncated)", lines);
        Assert.Contains("  99.9 % commitment: missed", lines);
    }

    [Fact]
    public void Write_GeneratedMonth_PrintsTheDowntimePeriods()
    {
        string[] lines = _month.ReportLines;
        int header = Array.IndexOf(lines, "Downtime periods: 6 (UTC, [start, end))");
        Assert.True(header >= 0, _month.Report);

        // The incident 13:02–13:49 splits at 13:20–13:21 (3 %): [13:02, 13:20) is 18 minutes, [13:22, 13:50) is 28.
        // The isolated minutes are one-minute periods; the month's last minute ends at 2026-11-01 00:00.
        // 2026-10-17 09:30 (exactly 5 %) and the maintenance window are not periods.
        string[] expected =
        {
            "  start             end               minutes",
            "  2026-10-03 07:15  2026-10-03 07:16        1",
            "  2026-10-09 22:41  2026-10-09 22:42        1",
            "  2026-10-14 13:02  2026-10-14 13:20       18",
            "  2026-10-14 13:22  2026-10-14 13:50       28",
            "  2026-10-26 11:05  2026-10-26 11:06        1",
            "  2026-10-31 23:59  2026-11-01 00:00        1",
            "  total                                    50",
        };
        Assert.Equal(expected, lines[(header + 1)..(header + 1 + expected.Length)]);
    }

    [Fact]
    public void Write_GeneratedMonth_PrintsTheErrorBudget()
    {
        // 99.9 % of 44,640 minutes leaves 44.64 minutes, 44 whole; 50 consumed is 50 / 44.64 = 112.007… %; 6 over.
        string[] lines = _month.ReportLines;
        Assert.Contains("Error budget at 99.9 % over 44640 minutes (31 days)", lines);
        Assert.Contains("  allowed      44 minutes (exactly 44.64, whole minutes rounded down)", lines);
        Assert.Contains("  consumed     50 minutes (112.01 % of the exact budget)", lines);
        Assert.Contains("  remaining    -6 minutes (exhausted)", lines);
    }

    [Fact]
    public void Write_GeneratedMonth_PrintsTheCreditInBothRoundingModes()
    {
        string[] lines = _month.ReportLines;

        // Contract 002 states 99.9 % and no credit percentage: the report says so instead of inventing one.
        Assert.Contains("  Policy 002: the 99.9 % commitment is missed, but the contract names no credit percentage, so no credit is defined and none is computed.", lines);

        // 99.887992 % lies in [99.0, 99.9): 10 % of 1,234.45 = 123.445, a midpoint: 123.44 half to even, 123.45 away from zero.
        Assert.Contains("    [99.0 %, 99.9 %) -> 10 %; [95.0 %, 99.0 %) -> 25 %; [0.0 %, 95.0 %) -> 100 %; 99.9 % or more -> none", lines);
        Assert.Contains("    uptime 99.887992 % is in tier [99.0 %, 99.9 %): credit 10 % of 1,234.45 = 123.445", lines);
        Assert.Contains("    rounded half to even (MidpointRounding.ToEven):              123.44", lines);
        Assert.Contains("    rounded half away from zero (MidpointRounding.AwayFromZero): 123.45", lines);
    }

    [Fact]
    public void Write_GeneratedMonth_AveragedMethodAgreesWithAnExactModel()
    {
        // 44,640 / 5 = 8,928 five-minute blocks from 00:00; the maintenance window [02:00, 02:30) is exactly 6 whole blocks,
        // which have no non-excluded minute and are skipped: 8,922 blocks. The model averages their error rates exactly.
        var excluded = new HashSet<string>(Enumerable.Range(0, 30).Select(m => Invariant($"2026-10-20T02:{m:00}:00Z")), StringComparer.Ordinal);
        BigInteger numerator = BigInteger.Zero, denominator = BigInteger.One;
        int blocks = 0;
        string[] rows = _month.Lines[1..];
        for (int start = 0; start < rows.Length; start += 5)
        {
            long valid = 0, errors = 0;
            bool counted = false;
            for (int i = start; i < start + 5; i++)
            {
                string[] fields = rows[i].Split(',');
                if (excluded.Contains(fields[0]))
                {
                    continue;
                }

                counted = true;
                valid += long.Parse(fields[1], CultureInfo.InvariantCulture);
                errors += long.Parse(fields[2], CultureInfo.InvariantCulture);
            }

            if (!counted)
            {
                continue;
            }

            blocks++;
            if (valid > 0)
            {
                numerator = (numerator * valid) + (errors * denominator);
                denominator *= valid;
                BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
                numerator /= gcd;
                denominator /= gcd;
            }
        }

        Assert.Equal(8922, blocks);

        // uptime = 1 − Σrates / blocks; percent truncated to 6 decimals = floor(10^8 × uptime) / 10^6.
        BigInteger scaled = BigInteger.Divide(100_000_000 * ((denominator * blocks) - numerator), denominator * blocks);
        string percent = ((decimal)scaled / 1_000_000m).ToString("0.000000", CultureInfo.InvariantCulture);
        string expected = Invariant($"  uptime {percent} % over 8922 intervals (per-minute method 99.887992 %); 99.9 % commitment met");
        Assert.Contains(expected, _month.ReportLines);
    }

    [Fact]
    public void Write_HandMadeFebruary_MeetsTheCommitmentAndEarnsNoCredit()
    {
        // February 2027: 28 × 1,440 = 40,320 minutes; one minute of 6 errors in 100 is down: 40,319 / 40,320 = 99.997519… %.
        // 99.9 % of 40,320 leaves 40.32 minutes, 40 whole; 1 consumed = 1 / 40.32 = 2.48 %; 39 remain. No tier applies.
        string path = Path.Combine(Path.GetTempPath(), "uptime-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "minute,valid,errors\n2027-02-01T00:00:00Z,100,5\n2027-02-10T12:00:00Z,100,6\n2027-02-28T23:59:00Z,0,0\n");
            var output = new StringWriter(CultureInfo.InvariantCulture);
            UptimeCreditsReport.Write(output, path);
            string[] lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

            Assert.Contains("  minutes in month       40320", lines);
            Assert.Contains("  uptime             40319 / 40320 = 40319 / 40320 = 99.997519 % (6 decimals, truncated)", lines);
            Assert.Contains("  99.9 % commitment: met", lines);
            Assert.Contains("  2027-02-10 12:00  2027-02-10 12:01        1", lines);
            Assert.Contains("  allowed      40 minutes (exactly 40.32, whole minutes rounded down)", lines);
            Assert.Contains("  consumed      1 minutes (2.48 % of the exact budget)", lines);
            Assert.Contains("  remaining    39 minutes", lines);
            Assert.Contains("    uptime 99.997519 % is in no tier: no credit (0.00)", lines);
            Assert.Contains("    rounded half to even (MidpointRounding.ToEven):              0.00", lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2026-10-01T00:01:00Z,10,11", "line 3: errors must not exceed valid requests, was 11 errors of 10.")]
    [InlineData("2026-10-01T00:01:00Z,-5,0", "line 3: valid must be a whole number of requests from 0 to 2147483647, was \"-5\".")]
    [InlineData("2026-10-01T00:01:00Z,5,x", "line 3: errors must be a whole number of requests from 0 to 2147483647, was \"x\".")]
    [InlineData("2026-10-01T00:01:30Z,5,0", "line 3: the minute must be a whole minute, was 2026-10-01T00:01:30Z.")]
    [InlineData("2026-10-01T00:00:00Z,5,0", "line 3: minutes must strictly increase, was 2026-10-01T00:00:00Z after 2026-10-01T00:00:00Z.")]
    [InlineData("2026-10-01 00:01,5,0", "line 3: the minute must be an ISO-8601 UTC time such as 2026-10-01T00:00:00Z, was \"2026-10-01 00:01\".")]
    [InlineData("2026-10-01T00:01:00Z,5", "line 3: a row must have 3 fields (minute,valid,errors), had 2: \"2026-10-01T00:01:00Z,5\".")]
    public void Write_MalformedRow_ThrowsNamingTheLine(string row, string message)
    {
        string path = Path.Combine(Path.GetTempPath(), "uptime-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "minute,valid,errors\n2026-10-01T00:00:00Z,10,0\n" + row + "\n2026-10-01T00:05:00Z,10,0\n");
            var output = new StringWriter(CultureInfo.InvariantCulture);
            InvalidDataException e = Assert.Throws<InvalidDataException>(() => UptimeCreditsReport.Write(output, path));
            Assert.Equal(path + " " + message, e.Message);
            Assert.Equal(string.Empty, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_WrongHeader_ThrowsNamingLineOne()
    {
        var reader = new StringReader("time,ok,failed\n2026-10-01T00:00:00Z,10,0\n");
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => MinuteCsv.Read(reader, "in.csv"));
        Assert.Equal("in.csv line 1: the header must be \"minute,valid,errors\", was \"time,ok,failed\".", e.Message);
    }

    private static int Index(int day, int hour, int minute) => ((day - 1) * 1440) + (hour * 60) + minute;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
