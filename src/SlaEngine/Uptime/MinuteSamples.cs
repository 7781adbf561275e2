using System;
using NodaTime;
using SlaEngine.Uptime.Evaluation;

namespace SlaEngine.Uptime;

/// <summary>Builds per-minute request counts from raw request records.</summary>
public static class MinuteSamples
{
    /// <summary>
    /// Adds each record that arrived in [<paramref name="periodStart"/>, <paramref name="periodStart"/> + n minutes) to its
    /// minute's counts, where n is the length of the spans: valid requests by one, and error requests by one when it failed.
    /// </summary>
    /// <param name="records">The records, in any order. Records outside the range are not counted.</param>
    /// <param name="periodStart">The start of minute 0; a whole minute.</param>
    /// <param name="validRequests">Per-minute valid requests, added to.</param>
    /// <param name="errorRequests">Per-minute error requests, added to; the same length as <paramref name="validRequests"/>.</param>
    /// <returns>The number of records counted.</returns>
    /// <remarks>Call it once per batch to stream a large log. It allocates nothing.</remarks>
    /// <exception cref="ArgumentException"><paramref name="periodStart"/> is not a whole minute, or the spans differ in length.</exception>
    /// <exception cref="OverflowException">A minute would count more than <see cref="int.MaxValue"/> requests; the spans are then partly updated.</exception>
    public static long Accumulate(ReadOnlySpan<RequestRecord> records, Instant periodStart, Span<int> validRequests, Span<int> errorRequests)
    {
        long first = UptimeMath.WholeMinute(periodStart, nameof(periodStart), "The period start");
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        long startTicks = first * UptimeMath.TicksPerMinute;
        long length = validRequests.Length;
        long counted = 0;
        for (int i = 0; i < records.Length; i++)
        {
            long ticks = UptimeMath.Ticks(records[i].At) - startTicks;
            if (ticks < 0)
            {
                continue;
            }

            long minute = ticks / UptimeMath.TicksPerMinute;
            if (minute >= length)
            {
                continue;
            }

            checked
            {
                validRequests[(int)minute]++;
                if (records[i].IsError)
                {
                    errorRequests[(int)minute]++;
                }
            }

            counted++;
        }

        return counted;
    }
}
