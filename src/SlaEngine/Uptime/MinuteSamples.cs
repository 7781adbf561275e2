using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif
using NodaTime;
using SlaEngine.Internal;
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
        long startTicks = StartTicks(periodStart, validRequests, errorRequests);
        long counted = 0;
        for (int i = 0; i < records.Length; i++)
        {
            if (Add(records[i], startTicks, validRequests, errorRequests))
            {
                counted++;
            }
        }

        return counted;
    }

    /// <summary>
    /// Adds each record that arrived in [<paramref name="periodStart"/>, <paramref name="periodStart"/> + n minutes) to its
    /// minute's counts, where n is the length of the spans: valid requests by one, and error requests by one when it failed.
    /// </summary>
    /// <param name="records">The records, in any order. Records outside the range are not counted.</param>
    /// <param name="periodStart">The start of minute 0; a whole minute.</param>
    /// <param name="validRequests">Per-minute valid requests, added to.</param>
    /// <param name="errorRequests">Per-minute error requests, added to; the same length as <paramref name="validRequests"/>.</param>
    /// <returns>The number of records counted.</returns>
    /// <remarks>
    /// The same as the span overload; the array is read in place and nothing is allocated. It exists so that an array argument is
    /// never ambiguous between the span and sequence overloads.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="periodStart"/> is not a whole minute, or the spans differ in length.</exception>
    /// <exception cref="OverflowException">A minute would count more than <see cref="int.MaxValue"/> requests; the spans are then partly updated.</exception>
    public static long Accumulate(RequestRecord[] records, Instant periodStart, Span<int> validRequests, Span<int> errorRequests)
        => Accumulate(new ReadOnlySpan<RequestRecord>(Preconditions.CheckNotNull(records, nameof(records))), periodStart, validRequests, errorRequests);

    /// <summary>
    /// Adds each record that arrived in [<paramref name="periodStart"/>, <paramref name="periodStart"/> + n minutes) to its
    /// minute's counts, where n is the length of the spans: valid requests by one, and error requests by one when it failed.
    /// </summary>
    /// <param name="records">The records, in any order, read once. Records outside the range are not counted.</param>
    /// <param name="periodStart">The start of minute 0; a whole minute.</param>
    /// <param name="validRequests">Per-minute valid requests, added to.</param>
    /// <param name="errorRequests">Per-minute error requests, added to; the same length as <paramref name="validRequests"/>.</param>
    /// <returns>The number of records counted.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other sequence is
    /// enumerated once, without being copied (a lazy query or a log reader streams through).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="periodStart"/> is not a whole minute, or the spans differ in length.</exception>
    /// <exception cref="OverflowException">A minute would count more than <see cref="int.MaxValue"/> requests; the spans are then partly updated.</exception>
    public static long Accumulate(IEnumerable<RequestRecord> records, Instant periodStart, Span<int> validRequests, Span<int> errorRequests)
    {
        switch (Preconditions.CheckNotNull(records, nameof(records)))
        {
            case RequestRecord[] array:
                return Accumulate(new ReadOnlySpan<RequestRecord>(array), periodStart, validRequests, errorRequests);
#if NET8_0_OR_GREATER
            case List<RequestRecord> list:
                return Accumulate(CollectionsMarshal.AsSpan(list), periodStart, validRequests, errorRequests);
#endif
        }

        long startTicks = StartTicks(periodStart, validRequests, errorRequests);
        long counted = 0;
        foreach (RequestRecord record in records)
        {
            if (Add(record, startTicks, validRequests, errorRequests))
            {
                counted++;
            }
        }

        return counted;
    }

    /// <summary>Checks the arguments; returns the ticks of <paramref name="periodStart"/>, the start of minute 0.</summary>
    private static long StartTicks(Instant periodStart, Span<int> validRequests, Span<int> errorRequests)
    {
        long first = UptimeMath.WholeMinute(periodStart, nameof(periodStart), "The period start");
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        return first * UptimeMath.TicksPerMinute;
    }

    /// <summary>Counts <paramref name="record"/> in its minute; returns whether it is in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Add(in RequestRecord record, long startTicks, Span<int> validRequests, Span<int> errorRequests)
    {
        long ticks = UptimeMath.Ticks(record.At) - startTicks;
        if (ticks < 0)
        {
            return false;
        }

        long minute = ticks / UptimeMath.TicksPerMinute;
        if (minute >= validRequests.Length)
        {
            return false;
        }

        checked
        {
            validRequests[(int)minute]++;
            if (record.IsError)
            {
                errorRequests[(int)minute]++;
            }
        }

        return true;
    }
}
