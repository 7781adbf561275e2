using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Uptime;

namespace UptimeCredits;

/// <summary>
/// Generates a realistic month of per-minute request counts, October 2026 in UTC, into a CSV file
/// (<c>minute,valid,errors</c>, one row for every minute of the month, the minute as ISO-8601 UTC).
/// </summary>
/// <remarks>
/// <para>The month is built from a fixed design, so every figure of the report can be worked out by hand:</para>
/// <list type="bullet">
/// <item>Traffic is diurnal: 300 requests a minute at 02:00 UTC rising linearly to 2,000 at 14:00 UTC, plus 0–99 of noise;
/// Saturdays and Sundays carry 70 % of that. Background errors are 0 to 0.1 % of the minute's requests, so never Downtime.</item>
/// <item>Incident, Wed 2026-10-14 13:02–13:49 UTC (48 minutes): 20–49 % of requests fail, except at 13:20 and 13:21, when only
/// 3 % fail. Downtime Periods: 13:02–13:20 (18 minutes) and 13:22–13:50 (28 minutes).</item>
/// <item>Isolated bad minutes, each a one-minute Downtime Period: 2026-10-03 07:15 (20 % errors), 2026-10-09 22:41 (51 of
/// 1,000: just over 5 %), 2026-10-26 11:05 (every request fails) and 2026-10-31 23:59 (10 %, the month's last minute).</item>
/// <item>2026-10-17 09:30 has 50 errors in 1,000 requests: exactly 5 %, not more, so it is up.</item>
/// <item>Scheduled maintenance, Tue 2026-10-20 [02:00, 02:30) UTC: 60 % of requests fail; the 30 minutes are excluded.</item>
/// <item>No traffic at all 2026-10-07 03:10–03:14 (5 minutes, rows <c>0,0</c>): never Downtime.</item>
/// </list>
/// <para>So the month has 44,640 minutes and 50 minutes of Downtime: uptime 44,590 / 44,640 = 4,459 / 4,464 = 99.887992… %.</para>
/// <para>The noise comes from SplitMix64 with a fixed seed, in integer arithmetic only, so the file is the same on every run.</para>
/// </remarks>
public static class SampleMonth
{
    /// <summary>The seed of the SplitMix64 noise.</summary>
    public const ulong Seed = 0x5EED_2026_1001;

    /// <summary>Gets the month the sample covers, in UTC.</summary>
    public static YearMonth Month { get; } = new(2026, 10);

    /// <summary>Gets the scheduled maintenance window, [2026-10-20 02:00, 02:30) UTC.</summary>
    public static Interval MaintenanceWindow { get; } = new(Instant.FromUtc(2026, 10, 20, 2, 0), Instant.FromUtc(2026, 10, 20, 2, 30));

    /// <summary>Gets the pattern of the <c>minute</c> column: <c>uuuu-MM-ddTHH:mm:ssZ</c> in UTC (<see cref="MinuteCsv.MinutePattern"/>).</summary>
    public static InstantPattern MinutePattern => MinuteCsv.MinutePattern;

    private static readonly Instant s_incidentStart = Instant.FromUtc(2026, 10, 14, 13, 2);
    private static readonly Instant s_incidentEnd = Instant.FromUtc(2026, 10, 14, 13, 50);
    private static readonly Instant s_incidentDipStart = Instant.FromUtc(2026, 10, 14, 13, 20);
    private static readonly Instant s_incidentDipEnd = Instant.FromUtc(2026, 10, 14, 13, 22);
    private static readonly Instant s_noTrafficStart = Instant.FromUtc(2026, 10, 7, 3, 10);
    private static readonly Instant s_noTrafficEnd = Instant.FromUtc(2026, 10, 7, 3, 15);
    private static readonly Instant s_twentyPercent = Instant.FromUtc(2026, 10, 3, 7, 15);
    private static readonly Instant s_justOverThreshold = Instant.FromUtc(2026, 10, 9, 22, 41);
    private static readonly Instant s_atThreshold = Instant.FromUtc(2026, 10, 17, 9, 30);
    private static readonly Instant s_allFail = Instant.FromUtc(2026, 10, 26, 11, 5);
    private static readonly Instant s_lastMinute = Instant.FromUtc(2026, 10, 31, 23, 59);

    /// <summary>Writes the month to a CSV file, replacing any file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to write.</param>
    public static void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        WriteCsv(writer);
    }

    /// <summary>Writes the month as CSV: a header line, then one line for every minute of the month, with <c>\n</c> line ends.</summary>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(MinuteCsv.Header + "\n");
        var random = new SplitMix64(Seed);
        Interval period = new(Month.OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
            Month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        for (Instant minute = period.Start; minute < period.End; minute += Duration.FromMinutes(1))
        {
            (int valid, int errors) = Counts(minute, ref random);
            writer.Write(MinutePattern.Format(minute));
            writer.Write(',');
            writer.Write(valid.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(errors.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    private static (int Valid, int Errors) Counts(Instant minute, ref SplitMix64 random)
    {
        // Three draws every minute, whatever the minute is, so one event never shifts the noise of the others.
        int noise = random.Next(100);
        int backgroundDraw = random.Next(1_000_000);
        int severity = random.Next(30);

        LocalDateTime local = minute.InUtc().LocalDateTime;
        int minuteOfDay = (local.Hour * 60) + local.Minute;
        int fromPeak = Math.Abs(minuteOfDay - (14 * 60));
        if (fromPeak > 720)
        {
            fromPeak = 1440 - fromPeak;
        }

        int valid = 300 + ((720 - fromPeak) * 1700 / 720) + noise;
        if (local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            valid = valid * 7 / 10;
        }

        int errors = backgroundDraw % ((valid / 1000) + 1); // 0 .. 0.1 % of the requests

        if (minute >= s_noTrafficStart && minute < s_noTrafficEnd)
        {
            return (0, 0);
        }

        if (MaintenanceWindow.Contains(minute))
        {
            return (valid, valid * 60 / 100);
        }

        if (minute >= s_incidentStart && minute < s_incidentEnd)
        {
            bool dip = minute >= s_incidentDipStart && minute < s_incidentDipEnd;
            return (valid, dip ? valid * 3 / 100 : valid * (20 + severity) / 100);
        }

        if (minute == s_twentyPercent)
        {
            return (valid, valid / 5);
        }

        if (minute == s_justOverThreshold)
        {
            return (1000, 51);
        }

        if (minute == s_atThreshold)
        {
            return (1000, 50);
        }

        if (minute == s_allFail)
        {
            return (valid, valid);
        }

        if (minute == s_lastMinute)
        {
            return (valid, valid / 10);
        }

        return (valid, errors);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-mixed 64-bit generator in integer arithmetic.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                ulong z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)(z % (ulong)bound);
            }
        }
    }
}
