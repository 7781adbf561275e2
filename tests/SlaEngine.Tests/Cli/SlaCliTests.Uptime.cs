using System.Text.Json;
using NodaTime;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    private static readonly string[] s_uptimeArgs = { "uptime", "--policy", CliFiles.Policy("002-uptime.json"), "--month", "2026-10" };

    [Fact]
    public void Uptime_SampleMonth_JsonMatchesTheLibraryAndTheReadme()
    {
        CliRun run = CliRun.Of(s_uptimeArgs.Concat(new[] { "--samples", _month.Path, "--charge", "1234.45", "--json" }).ToArray());
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        JsonElement root = json.RootElement;

        // The library, called directly on the same documents.
        UptimeSla sla = SlaJson.ReadUptimeSla(File.ReadAllText(CliFiles.Policy("002-uptime.json")));
        UptimeReport report = sla.Policy.Evaluate(new YearMonth(2026, 10), MinuteCsv.Read(_month.Path));
        JsonElement reportJson = root.GetProperty("report");
        Assert.Equal(report.MinutesInPeriod, reportJson.GetProperty("minutesInPeriod").GetInt64());
        Assert.Equal(report.MeasuredMinutes, reportJson.GetProperty("measuredMinutes").GetInt64());
        Assert.Equal(report.DowntimeMinutes, reportJson.GetProperty("downtimeMinutes").GetInt64());
        Assert.Equal(report.ExcludedMinutes, reportJson.GetProperty("excludedMinutes").GetInt64());
        Assert.Equal(report.UptimePercent, reportJson.GetProperty("uptimePercent").GetDecimal());
        Assert.Equal(report.Meets(sla.TargetPercent), root.GetProperty("targetMet").GetBoolean());
        Assert.Equal(
            report.DowntimePeriods.Select(p => (p.Start.ToString(), p.End.ToString(), p.Minutes)),
            reportJson.GetProperty("downtimePeriods").EnumerateArray().Select(p =>
                (p.GetProperty("start").GetString()!, p.GetProperty("end").GetString()!, p.GetProperty("minutes").GetInt64())));

        // The report is in the shape the library's converter writes.
        Assert.Equal(Compact(JsonSerializer.Serialize(report, SlaJsonConverters.AddTo(new JsonSerializerOptions()))), Compact(reportJson.GetRawText()));

        // The README's hand-worked month: 44,640 minutes, 50 of them down in 6 periods, the 30-minute maintenance window
        // excluded; uptime 44,590 / 44,640 = 4,459 / 4,464 = 99.887992 %, so 99.9 % is missed.
        Assert.Equal(44_640, reportJson.GetProperty("minutesInPeriod").GetInt64());
        Assert.Equal(44_640, root.GetProperty("sampleRowsInPeriod").GetInt64());
        Assert.Equal(50, reportJson.GetProperty("downtimeMinutes").GetInt64());
        Assert.Equal(30, reportJson.GetProperty("excludedMinutes").GetInt64());
        Assert.Equal(4459, reportJson.GetProperty("uptime").GetProperty("numerator").GetInt64());
        Assert.Equal(4464, reportJson.GetProperty("uptime").GetProperty("denominator").GetInt64());
        Assert.Equal(99.887992m, reportJson.GetProperty("uptimePercent").GetDecimal());
        Assert.Equal("2026-10-01T00:00:00Z", reportJson.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2026-11-01T00:00:00Z", reportJson.GetProperty("period").GetProperty("end").GetString());
        Assert.Equal(99.9m, root.GetProperty("targetPercent").GetDecimal());
        Assert.False(root.GetProperty("targetMet").GetBoolean());
        JsonElement[] periods = reportJson.GetProperty("downtimePeriods").EnumerateArray().ToArray();
        Assert.Equal(6, periods.Length);
        Assert.Contains(periods, p => p.GetProperty("start").GetString() == "2026-10-14T13:02:00Z"
            && p.GetProperty("end").GetString() == "2026-10-14T13:20:00Z" && p.GetProperty("minutes").GetInt64() == 18);
        Assert.Contains(periods, p => p.GetProperty("start").GetString() == "2026-10-14T13:22:00Z"
            && p.GetProperty("end").GetString() == "2026-10-14T13:50:00Z" && p.GetProperty("minutes").GetInt64() == 28);

        // The credit, as the SLA computes it, and by hand: 99.887992 % is in [99.0 %, 99.9 %), 10 % of 1,234.45 = 123.445,
        // 123.44 rounded half to even, 123.45 half away from zero.
        Assert.True(root.GetProperty("hasCreditSchedule").GetBoolean());
        CreditResult credit = sla.EvaluateCredit(report, 1234.45m)!.Value;
        JsonElement creditJson = root.GetProperty("credit");
        Assert.Equal(credit.TierIndex, creditJson.GetProperty("tierIndex").GetInt32());
        Assert.Equal(credit.CreditPercent, creditJson.GetProperty("creditPercent").GetDecimal());
        Assert.Equal(credit.Amount, creditJson.GetProperty("amount").GetDecimal());
        Assert.Equal(Compact(JsonSerializer.Serialize(credit, SlaJsonConverters.AddTo(new JsonSerializerOptions()))), Compact(creditJson.GetRawText()));
        Assert.Equal(1234.45m, root.GetProperty("monthlyCharge").GetDecimal());
        Assert.Equal(sla.Rounding.ToString(), root.GetProperty("rounding").GetString());
        Assert.Equal(sla.MinorUnitDecimals, root.GetProperty("minorUnitDecimals").GetInt32());
        Assert.Equal(10m, credit.CreditPercent);
        Assert.Equal(sla.Rounding == MidpointRounding.AwayFromZero ? 123.45m : 123.44m, credit.Amount);
    }

    [Fact]
    public void Uptime_SampleMonth_TableShowsTheReportPeriodsAndCredit()
    {
        CliRun run = CliRun.Of(s_uptimeArgs.Concat(new[] { "--samples", _month.Path, "--charge", "1234.45" }).ToArray());
        AssertSucceeds(run);
        Assert.Contains("44,640", run.Out, StringComparison.Ordinal);
        Assert.Contains("99.887992 % (exactly 4459/4464", run.Out, StringComparison.Ordinal);
        Assert.Contains("99.9 %: missed", run.Out, StringComparison.Ordinal);
        Assert.Contains("Downtime periods: 6", run.Out, StringComparison.Ordinal);
        string incident = Assert.Single(run.OutLines, l => l.Contains("2026-10-14 13:02", StringComparison.Ordinal));
        Assert.Contains("2026-10-14 13:20", incident, StringComparison.Ordinal);
        Assert.Contains("18", incident, StringComparison.Ordinal);
        Assert.Contains("<- this month", run.Out, StringComparison.Ordinal);
        Assert.Contains("10 % of 1234.45", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Uptime_WithoutCharge_ShowsTheTierAndNoCharge()
    {
        // The credit is the library's on a charge of 0: the tier and its percent, an amount of 0; the charge is null.
        CliRun run = CliRun.Of(s_uptimeArgs.Concat(new[] { "--samples", _month.Path, "--json" }).ToArray());
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        JsonElement credit = json.RootElement.GetProperty("credit");
        Assert.Equal(10m, credit.GetProperty("creditPercent").GetDecimal());
        Assert.Equal(99.0m, credit.GetProperty("tier").GetProperty("minimumUptimePercent").GetDecimal());
        Assert.Equal(0m, credit.GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("monthlyCharge").ValueKind);
    }

    [Fact]
    public void Uptime_SlaWithoutCredits_SaysSoPlainly()
    {
        UptimeSla withCredits = SlaJson.ReadUptimeSla(File.ReadAllText(CliFiles.Policy("002-uptime.json")));
        string path = _month.Folder.Write("no-credits.json", SlaJson.Write(withCredits with { Credits = null }));

        CliRun table = CliRun.Of("uptime", "--policy", path, "--samples", _month.Path, "--month", "2026-10", "--charge", "1234.45");
        AssertSucceeds(table);
        Assert.Contains("Service credit: this SLA has no credit schedule, so no service credit is defined or computed.", table.Out, StringComparison.Ordinal);

        CliRun json = CliRun.Of("uptime", "--policy", path, "--samples", _month.Path, "--month", "2026-10", "--json");
        AssertSucceeds(json);
        using JsonDocument document = json.Json();
        Assert.False(document.RootElement.GetProperty("hasCreditSchedule").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("credit").ValueKind);
        Assert.Equal(50, document.RootElement.GetProperty("report").GetProperty("downtimeMinutes").GetInt64());
    }

    [Fact]
    public void Uptime_MalformedCsvRow_NamesTheFileAndLine()
    {
        string path = _month.Folder.Write("bad.csv", "minute,valid,errors\n2026-10-01T00:00:00Z,10,0\n2026-10-01T00:01:00Z,10,11\n");
        CliRun run = CliRun.Of(s_uptimeArgs.Concat(new[] { "--samples", path }).ToArray());
        AssertFails(run, 1);
        Assert.Equal(path + " line 3: errors must not exceed valid requests, was 11 errors of 10.", Assert.Single(run.ErrorLines));
    }

    // The month's uptime (99.888 %) earns the [99.0 %, 99.9 %) tier, here at 12.5 % instead of 002's 10 %. 12.5 % of the largest
    // decimal, 79,228,162,514,264,337,593,543,950,335, is 9,903,520,314,283,042,199,192,993,791.875: 990,352,031,428,304,219,919,299,379,188
    // cents (30 digits), more than a decimal holds. (At 10 % the cents are the charge's own digits, so every charge fits.)
    [Fact]
    public void Uptime_ChargeWhoseCreditDoesNotFit_Exits1NamingTheOption()
    {
        string path = Path.Combine(_month.Folder.Path, "twelve-and-a-half.json");
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(CliFiles.Policy("002-uptime.json")), "\"creditPercent\": 10\\b", "\"creditPercent\": 12.5"));
        CliRun run = CliRun.Of("uptime", "--policy", path, "--samples", _month.Path, "--month", "2026-10", "--charge", "79228162514264337593543950335");
        AssertFails(run, 1);
        Assert.Equal(
            "--charge is too large: its credit does not fit in a decimal at 2 minor-unit decimals, was \"79228162514264337593543950335\".",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Uptime_MissingSamples_Exits2()
    {
        string path = Path.Combine(_month.Folder.Path, "none.csv");
        CliRun run = CliRun.Of(s_uptimeArgs.Concat(new[] { "--samples", path }).ToArray());
        AssertFails(run, 2);
        Assert.Equal($"The samples file '{path}' does not exist.", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("--month", "October", "--month must be a year and month such as 2026-10, was \"October\".")]
    [InlineData("--charge", "1,234.45", "--charge must be an amount of zero or more with '.' as the decimal point and no thousands separators, such as 1234.45, was \"1,234.45\".")]
    [InlineData("--charge", "-5", "--charge must be an amount of zero or more with '.' as the decimal point and no thousands separators, such as 1234.45, was \"-5\".")]

    // One digit more than a decimal holds (its 96-bit integer is 79,228,162,514,264,337,593,543,950,335): parsing would round it.
    [InlineData("--charge", "7922816251426433759354395033.6", "--charge must be an amount a decimal holds exactly (at most 29 significant digits, and no more than 79228162514264337593543950335), was \"7922816251426433759354395033.6\".")]
    [InlineData("--charge", "0.00000000000000000000000000001", "--charge must be an amount a decimal holds exactly (at most 29 significant digits, and no more than 79228162514264337593543950335), was \"0.00000000000000000000000000001\".")]
    public void Uptime_BadValue_Exits1(string option, string value, string message)
    {
        var args = new List<string> { "uptime", "--policy", CliFiles.Policy("002-uptime.json"), "--samples", _month.Path, "--month", "2026-10" };
        int at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.Add(option);
            args.Add(value);
        }

        CliRun run = CliRun.Of(args.ToArray());
        AssertFails(run, 1);
        Assert.Equal(message, Assert.Single(run.ErrorLines));
    }

    /// <summary>The JSON without insignificant white space, so that documents written with and without indentation compare.</summary>
    private static string Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
