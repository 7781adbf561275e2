namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// One compiled stretch of a <see cref="Timeline"/>: 256 UTC days (fewer at the ends of the supported range)
/// of open intervals with running totals. Immutable once published.
/// </summary>
/// <remarks>
/// <see cref="Data"/> holds, first, one word per day of the block: the index in <see cref="Data"/> of the first
/// interval that ends after the day starts; then, from <see cref="Base"/>, one triple per interval: start,
/// end (UTC ticks) and the running total of open ticks at its start; then a sentinel triple
/// (<see cref="End"/>, <see cref="End"/>, <see cref="CumEnd"/>). Intervals are sorted, disjoint and never touch
/// inside a block (touching ones are merged), but an interval that crosses the block's end is cut there.
/// </remarks>
internal sealed class TimelineBlock
{
    public const int DayShift = 8;
    public const int Days = 1 << DayShift;
    public const int Base = Days;

    public TimelineBlock(int index, long start, long end, long cumStart, long[] data, int count)
    {
        Index = index;
        Start = start;
        End = end;
        CumStart = cumStart;
        Data = data;
        Count = count;
        CumEnd = data[Base + (3 * count) + 2];
        long total = CumEnd - cumStart;
        AverageLength = count == 0 ? 1 : ((total + count - 1) / count);
    }

    /// <summary>Gets the block's index in its timeline.</summary>
    public int Index { get; }

    /// <summary>Gets the first UTC tick of the block.</summary>
    public long Start { get; }

    /// <summary>Gets the UTC tick after the block.</summary>
    public long End { get; }

    /// <summary>Gets the running total of open ticks at <see cref="Start"/>.</summary>
    public long CumStart { get; }

    /// <summary>Gets the running total of open ticks at <see cref="End"/>.</summary>
    public long CumEnd { get; }

    /// <summary>Gets the open ticks in the block.</summary>
    public long Total => CumEnd - CumStart;

    /// <summary>Gets the number of intervals.</summary>
    public int Count { get; }

    /// <summary>Gets ⌈<see cref="Total"/> / <see cref="Count"/>⌉ (1 when empty), to estimate which interval holds a running total.</summary>
    public long AverageLength { get; }

    /// <summary>Gets the day index and interval triples (see the remarks).</summary>
    public long[] Data { get; }
}
