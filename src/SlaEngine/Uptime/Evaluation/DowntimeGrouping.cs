using System;
using System.Collections.Generic;
using NodaTime;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>
/// <see cref="UptimeMethod.DownMinutes"/>: groups the measured down minutes into Downtime Periods of at least the minimum run,
/// applying exclusions before or after grouping, and counts the exact uptime.
/// </summary>
internal static class DowntimeGrouping
{
    /// <summary>
    /// Builds the report from the bitmaps of the period's down minutes (already limited to measured minutes; cleared here of
    /// excluded ones when <paramref name="mode"/> is <see cref="ExclusionMode.BeforeGrouping"/>) and excluded minutes.
    /// </summary>
    public static UptimeReport Group(Interval period, long first, int minutes, long measuredCount, long excludedCount, Span<ulong> down,
        ReadOnlySpan<ulong> excluded, int minimumRun, ExclusionMode mode)
    {
        bool before = mode == ExclusionMode.BeforeGrouping;
        if (before)
        {
            for (int w = 0; w < down.Length; w++)
            {
                down[w] &= ~excluded[w];
            }
        }

        var periods = new List<DowntimePeriod>();
        long downtime = 0;
        long position = 0;
        while (true)
        {
            long runStart = UptimeMath.Next(down, position, minutes, value: true);
            if (runStart >= minutes)
            {
                break;
            }

            long runEnd = UptimeMath.Next(down, runStart, minutes, value: false);
            position = runEnd;
            if (runEnd - runStart < minimumRun)
            {
                continue;
            }

            long counted = before ? runEnd - runStart : runEnd - runStart - UptimeMath.CountRange(excluded, runStart, runEnd);
            if (counted == 0)
            {
                continue;
            }

            periods.Add(new DowntimePeriod(MinuteStart(first + runStart), MinuteStart(first + runEnd), counted));
            downtime += counted;
        }

        ExactRatio uptime = measuredCount == 0 ? ExactRatio.One : new ExactRatio(measuredCount - downtime, measuredCount);
        return new UptimeReport(period, UptimeMethod.DownMinutes, minutes, measuredCount, downtime, excludedCount, periods.ToArray(), uptime, 0);
    }

    private static Instant MinuteStart(long unixMinute) => Instant.FromUnixTimeTicks(unixMinute * UptimeMath.TicksPerMinute);
}
