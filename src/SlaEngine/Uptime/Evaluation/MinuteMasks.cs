using System;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>
/// The per-minute bitmaps besides the down minutes: which minutes are measured (service hours) and which are excluded. Bit
/// <c>i</c> (word <c>i / 64</c>, bit <c>i % 64</c>) is minute <c>i</c> of the period.
/// </summary>
internal static class MinuteMasks
{
    /// <summary>
    /// Sets the bits of the minutes <paramref name="hours"/> covers throughout (every minute without service hours) and returns
    /// their count; <paramref name="paramName"/> names the period when it lies outside the calendar's supported range.
    /// </summary>
    public static long Measured(BusinessCalendar? hours, Interval period, int minutes, Span<ulong> measured, string paramName)
    {
        measured.Clear();
        if (hours is null)
        {
            UptimeMath.SetRange(measured, 0, minutes);
            return minutes;
        }

        Interval supported = hours.SupportedInterval;
        if (period.Start < supported.Start || period.End > supported.End)
        {
            Preconditions.ThrowOutOfRange(paramName, period, Preconditions.Format(
                "The period must lie within the service hours' supported range {0}, was {1}.", supported, period));
        }

        // The calendar answers for instants before its supported end; the last tick stands in for the end itself.
        Instant end = period.End;
        Instant probe = end == supported.End ? end - Duration.FromTicks(1) : end;
        long count = 0;
        Instant t = period.Start;
        long firstTicks = UptimeMath.Ticks(period.Start);
        while (t < probe)
        {
            if (hours.BusinessTimeBetween(t, probe) == Duration.Zero)
            {
                break;
            }

            Instant open = hours.NextOpen(t);
            Instant close = hours.BusinessTimeBetween(open, probe) == probe - open ? end : hours.NextClose(open);
            if (close > end)
            {
                close = end;
            }

            // Whole minutes inside [open, close): round the opening up and the closing down to minute bounds.
            long from = -UptimeMath.FloorDiv(-(UptimeMath.Ticks(open) - firstTicks), UptimeMath.TicksPerMinute);
            long to = UptimeMath.FloorDiv(UptimeMath.Ticks(close) - firstTicks, UptimeMath.TicksPerMinute);
            if (to > from)
            {
                UptimeMath.SetRange(measured, from, to);
                count += to - from;
            }

            t = close;
        }

        return count;
    }

    /// <summary>
    /// Sets the bits of every minute of the period [<paramref name="first"/>, <paramref name="first"/> + <paramref name="minutes"/>)
    /// (minutes since the Unix epoch) that an exclusion overlaps at all; empty exclusions exclude nothing.
    /// </summary>
    public static void Excluded(ReadOnlySpan<Interval> exclusions, long first, int minutes, Span<ulong> excluded)
    {
        excluded.Clear();
        for (int i = 0; i < exclusions.Length; i++)
        {
            // Every minute the exclusion overlaps at all: round its start down and its end up to whole minutes.
            Interval exclusion = exclusions[i];
            if (exclusion.Start >= exclusion.End)
            {
                continue;
            }

            long from = UptimeMath.FloorMinute(exclusion.Start) - first;
            long to = UptimeMath.CeilingMinute(exclusion.End) - first;
            UptimeMath.SetRange(excluded, Math.Max(from, 0), Math.Min(to, minutes));
        }
    }
}
