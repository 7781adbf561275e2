namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// One compiled stretch of a <see cref="Timeline"/>: 256 UTC days (fewer at the ends of the supported range) of open
/// intervals with running totals of open time. Immutable once published.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Data"/> holds, first, one word per day of the block: the index in <see cref="Data"/> of the first interval that
/// ends after the day starts; then, from <see cref="Base"/>, one triple per interval: start, end (UTC ticks) and the open
/// ticks of the block before its start (so the block's own running total, 0 at its start); then a sentinel triple
/// (<see cref="End"/>, <see cref="End"/>, <see cref="Total"/>). Intervals are sorted, disjoint and never touch inside a block
/// (touching ones are merged), but an interval that crosses the block's end is cut there.
/// </para>
/// <para>
/// <see cref="CumStart"/> places the block in its <em>run</em>, a stretch of consecutive compiled blocks whose running totals
/// are measured from one origin block (<see cref="Origin"/>): positions of two blocks compare only when their origins are
/// equal. Joining runs gives a block a new origin in a new <see cref="TimelineBlock"/> that shares the same
/// <see cref="Data"/>, so a reader that holds a block always sees one consistent origin and position.
/// </para>
/// </remarks>
internal sealed class TimelineBlock
{
    public const int DayShift = 8;
    public const int Days = 1 << DayShift;
    public const int Base = Days;

    public TimelineBlock(int index, long end, long[] data, int count, int origin, long cumStart)
    {
        Index = index;
        End = end;
        Data = data;
        Count = count;
        Origin = origin;
        CumStart = cumStart;
        Total = data[Base + (3 * count) + 2];
        long average = count == 0 ? 1 : ((Total + count - 1) / count);
        AverageReciprocal = ulong.MaxValue / (ulong)average;
        TotalReciprocal = Total == 0 ? 0 : ulong.MaxValue / (ulong)Total;
    }

    /// <summary>Gets the block's index in its timeline.</summary>
    public int Index { get; }

    /// <summary>Gets the UTC tick after the block.</summary>
    public long End { get; }

    /// <summary>Gets the index of the block whose start the running totals of this block's run are measured from.</summary>
    public int Origin { get; }

    /// <summary>Gets the running total of open ticks at the block's start, measured from the start of block <see cref="Origin"/>.</summary>
    public long CumStart { get; }

    /// <summary>Gets the running total of open ticks at <see cref="End"/>.</summary>
    public long CumEnd => CumStart + Total;

    /// <summary>Gets the open ticks in the block.</summary>
    public long Total { get; }

    /// <summary>Gets the number of intervals.</summary>
    public int Count { get; }

    /// <summary>
    /// Gets ⌊(2⁶⁴ - 1) / a⌋ where a = ⌈<see cref="Total"/> / <see cref="Count"/>⌉ (1 when empty), the average interval: the
    /// high half of its product with a running total estimates the interval that holds it, without a division (never above
    /// the quotient).
    /// </summary>
    public ulong AverageReciprocal { get; }

    /// <summary>Gets ⌊(2⁶⁴ - 1) / <see cref="Total"/>⌋ (0 when empty): the high half of its product with a running total estimates how many blocks like this one it spans.</summary>
    public ulong TotalReciprocal { get; }

    /// <summary>Gets the day index and interval triples (see the remarks).</summary>
    public long[] Data { get; }

    /// <summary>Returns the same block placed in another run.</summary>
    public TimelineBlock InRun(int origin, long cumStart) => new(Index, End, Data, Count, origin, cumStart);
}
