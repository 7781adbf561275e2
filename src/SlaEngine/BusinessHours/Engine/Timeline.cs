using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The open intervals of a business calendar on the UTC timeline, in ticks, with running totals of open time, compiled in
/// blocks of 256 days only where a query needs them, and published thread-safely.
/// </summary>
/// <remarks>
/// <para>
/// <b>What compiles.</b> A query compiles the blocks it touches and nothing else: one about an instant in 2026 compiles that
/// instant's block (256 days), whatever the calendar's range; one that spans ten years compiles the blocks between its ends,
/// once. Adding business time walks forward (or back) block by block from the start until the amount is used, compiling as it
/// goes.
/// </para>
/// <para>
/// <b>Runs.</b> Each block holds running totals of its own open time. Consecutive compiled blocks form a <em>run</em>
/// measured from one origin block, so business time between two instants of a run is a difference of running totals and
/// adding business time estimates the target's block from the start block's rate: both cost the same whatever the distance.
/// A block compiled next to a run joins it; the blocks between two runs join them, the smaller run's blocks placed anew
/// (see <see cref="TimelineBlock"/>).
/// </para>
/// <para>
/// Blocks sit on a fixed grid (block g covers UTC days [256g, 256g + 256) since 1970-01-01), so timelines of different
/// calendars line up block for block, which is what a union needs.
/// </para>
/// </remarks>
internal sealed class Timeline
{
    public const long GridTicks = TimelineBlock.Days * NodaConstants.TicksPerDay;

    // A [ThreadStatic] field reads t_ (the runtime's convention), which the naming rules cannot tell from s_.
#pragma warning disable IDE1006
    [ThreadStatic]
    private static Scratch? t_scratch;
#pragma warning restore IDE1006

    private readonly ITimelineSource _source;
    private readonly int _blockCount;

    // The compiled blocks from grid index _blocksBase on: a window that grows (replaced, never changed in place but for
    // publishing a block) as queries reach further, so a calendar queried in one season holds a few references, not one per
    // 256 days of its range. A reader may see the array and the base from different moments; it checks the block's Index.
    private TimelineBlock?[] _blocks = Array.Empty<TimelineBlock?>();
    private int _blocksBase;
    private readonly object _lock = new();

    /// <summary>Creates a timeline for the supported instants [<paramref name="first"/>, <paramref name="end"/>) (UTC ticks).</summary>
    [MethodImpl(Jit.Optimized)]
    public Timeline(ITimelineSource source, long first, long end)
    {
        _source = source;
        First = first;
        End = end;
        Origin = FloorDiv(first, GridTicks) * GridTicks;
        _blockCount = (int)((end - Origin + GridTicks - 1) / GridTicks);
    }

    /// <summary>Gets the first supported UTC tick.</summary>
    public long First { get; }

    /// <summary>Gets the UTC tick after the last supported one.</summary>
    public long End { get; }

    /// <summary>Gets the start of block 0, on the 256-day grid.</summary>
    public long Origin { get; }

    /// <summary>Gets the number of blocks.</summary>
    public int BlockCount => _blockCount;

    /// <summary>Returns whether <paramref name="ticks"/> is supported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Supports(long ticks) => unchecked((ulong)(ticks - First)) < (ulong)(End - First);

    /// <summary>
    /// Returns the index in its block's data of the first interval that ends after <paramref name="ticks"/> (the
    /// sentinel when none does), which must be supported.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Locate(long ticks, out TimelineBlock block)
    {
        ulong day = (ulong)(ticks - Origin) / (ulong)NodaConstants.TicksPerDay;
        int index = (int)(day >> TimelineBlock.DayShift);
        TimelineBlock?[] blocks = _blocks;
        uint slot = unchecked((uint)(index - _blocksBase));
        TimelineBlock? found = slot < (uint)blocks.Length ? blocks[slot] : null;
        block = found is not null && found.Index == index ? found : BlockAt(index);
        long[] data = block.Data;
        int k = (int)data[(int)day & (TimelineBlock.Days - 1)];
        while (data[k + 1] <= ticks)
        {
            k += 3;
        }

        return k;
    }

    /// <summary>Returns the open ticks of <paramref name="ticks"/>'s block before it (supported), and whether the timeline is open there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long LocalPosition(long ticks, out bool open, out TimelineBlock block)
    {
        int k = Locate(ticks, out block);
        long[] data = block.Data;
        long start = data[k];
        open = ticks >= start;
        return data[k + 2] + Math.Max(0, ticks - start);
    }

    /// <summary>
    /// Returns the open ticks in [<paramref name="startTicks"/>, <paramref name="endTicks"/>) (both supported), negative when
    /// reversed, and whether the timeline is open at each end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Between(long startTicks, long endTicks, out bool startOpen, out bool endOpen)
    {
        long from = LocalPosition(startTicks, out startOpen, out TimelineBlock a);
        long to = LocalPosition(endTicks, out endOpen, out TimelineBlock b);

        // One block or two of one run alike (no branch on which: spans of a few months are in one block about a third of the
        // time, and that branch would be mispredicted).
        if (a.Origin == b.Origin)
        {
            return (b.CumStart + to) - (a.CumStart + from);
        }

        return BetweenRuns(startTicks, endTicks);
    }

    /// <summary>Returns the block at <paramref name="index"/>, compiling it if needed.</summary>
    public TimelineBlock BlockAt(int index) => Published(index) ?? Compile(index);

    /// <summary>Returns block <paramref name="index"/> if it is compiled (a reader may miss one published meanwhile).</summary>
    private TimelineBlock? Published(int index)
    {
        TimelineBlock?[] blocks = Volatile.Read(ref _blocks);
        uint slot = unchecked((uint)(index - Volatile.Read(ref _blocksBase)));
        TimelineBlock? block = slot < (uint)blocks.Length ? Volatile.Read(ref blocks[slot]) : null;
        return block is not null && block.Index == index ? block : null;
    }

    /// <summary>Returns block <paramref name="index"/> if it is compiled. Called under the lock.</summary>
    private TimelineBlock? At(int index)
    {
        uint slot = unchecked((uint)(index - _blocksBase));
        return slot < (uint)_blocks.Length ? _blocks[slot] : null;
    }

    /// <summary>Publishes <paramref name="block"/> at its index, growing the window to hold it. Called under the lock.</summary>
    [MethodImpl(Jit.Optimized)]
    private void Put(TimelineBlock block)
    {
        int index = block.Index;
        int first = _blocksBase;
        int end = first + _blocks.Length;
        if (_blocks.Length == 0)
        {
            // Room for the neighbours, which a query near the block's ends compiles next.
            first = Math.Max(0, index - 2);
            end = Math.Min(_blockCount, index + 3);
        }
        else if (index < first || index >= end)
        {
            // Grow by at least the window's length on the side needed, so a long walk copies the window O(log n) times.
            int grow = Math.Max(_blocks.Length, 4);
            first = index < first ? Math.Max(0, Math.Min(index, first - grow)) : first;
            end = index >= end ? Math.Min(_blockCount, Math.Max(index + 1, end + grow)) : end;
        }

        if (first != _blocksBase || end - first != _blocks.Length)
        {
            var grown = new TimelineBlock?[end - first];
            if (_blocks.Length > 0)
            {
                Array.Copy(_blocks, 0, grown, _blocksBase - first, _blocks.Length);
            }
            Volatile.Write(ref _blocks, grown);
            Volatile.Write(ref _blocksBase, first);
        }

        Volatile.Write(ref _blocks[index - _blocksBase], block);
    }

    /// <summary>Returns whether any open interval overlaps [<paramref name="from"/>, <paramref name="to"/>), a stretch of supported ticks (<paramref name="to"/> may be <see cref="End"/>).</summary>
    public bool HasOpenTime(long from, long to)
    {
        while (from < to)
        {
            int k = Locate(from, out TimelineBlock block);
            long start = block.Data[k];
            if (start < to && start < block.End)
            {
                return true;
            }

            from = block.End;
        }

        return false;
    }

    /// <summary>
    /// Finds the interval that holds the running total <paramref name="key"/>, measured in open ticks from the start of
    /// <paramref name="hint"/> (it may lie in another block, before or after): the interval whose running totals satisfy
    /// start &lt; key ≤ end. Returns its index in <paramref name="block"/>'s data and the key measured from the start of
    /// <paramref name="block"/>, or -1 when the supported range ends first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(long key, TimelineBlock hint, out TimelineBlock block, out long blockKey)
    {
        if (key > 0 && key <= hint.Total)
        {
            block = hint;
            blockKey = key;
            return Search(hint, key);
        }

        return FindElsewhere(key, hint, out block, out blockKey);
    }

    /// <summary>Returns the index in <paramref name="block"/>'s data of the interval with cum &lt; <paramref name="key"/> ≤ cum + length; 0 &lt; key ≤ Total must hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Search(TimelineBlock block, long key)
    {
        // Interpolate: intervals hold similar amounts of open time, so the guess is usually right.
        long[] data = block.Data;
        int j = (int)Bits.MultiplyHigh((ulong)(key - 1), block.AverageReciprocal);
        int k = TimelineBlock.Base + (3 * j);
        if (data[k + 2] < key && key <= data[k + 5])
        {
            return k;
        }

        return SearchSlow(data, block.Count, j, key);
    }

    /// <summary>Bisects for the last interval whose running total at its start is below <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SearchSlow(long[] data, int count, int guess, long key)
    {
        int low;
        int high;
        if (data[TimelineBlock.Base + (3 * guess) + 2] >= key)
        {
            low = 0;
            high = guess;
        }
        else
        {
            low = guess;
            high = count;
        }

        while (high - low > 1)
        {
            int middle = low + ((high - low) >> 1);
            if (data[TimelineBlock.Base + (3 * middle) + 2] < key)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return TimelineBlock.Base + (3 * low);
    }

    /// <summary>The slow path of <see cref="Find"/>: the key lies outside the hint block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindElsewhere(long key, TimelineBlock hint, out TimelineBlock block, out long blockKey)
    {
        // Blocks hold similar amounts of open time: estimate the block from the hint's rate, and take it (or its neighbour on
        // the side the key lies) when it is compiled in the hint's run; otherwise walk block by block, compiling as needed.
        if (hint.Total > 0)
        {
            long estimate = key > hint.Total
                ? hint.Index + 1 + (long)Bits.MultiplyHigh((ulong)(key - hint.Total - 1), hint.TotalReciprocal)
                : hint.Index - 1 - (long)Bits.MultiplyHigh((ulong)(-key), hint.TotalReciprocal);
            for (int probe = 0; probe < 2 && estimate >= 0 && estimate < _blockCount; probe++)
            {
                TimelineBlock? candidate = Published((int)estimate);
                if (candidate is null || candidate.Origin != hint.Origin)
                {
                    break;
                }

                long candidateKey = key - (candidate.CumStart - hint.CumStart);
                if (candidateKey > 0 && candidateKey <= candidate.Total)
                {
                    block = candidate;
                    blockKey = candidateKey;
                    return Search(candidate, candidateKey);
                }

                estimate += candidateKey > candidate.Total ? 1 : -1;
                if (estimate == hint.Index)
                {
                    break;
                }
            }
        }

        if (key > hint.Total)
        {
            long rest = key - hint.Total;
            for (int i = hint.Index + 1; i < _blockCount; i++)
            {
                TimelineBlock candidate = BlockAt(i);
                if (rest <= candidate.Total)
                {
                    block = candidate;
                    blockKey = rest;
                    return Search(candidate, rest);
                }

                rest -= candidate.Total;
            }
        }
        else
        {
            long rest = key;
            for (int i = hint.Index - 1; i >= 0; i--)
            {
                TimelineBlock candidate = BlockAt(i);
                rest += candidate.Total;
                if (rest > 0)
                {
                    block = candidate;
                    blockKey = rest;
                    return Search(candidate, rest);
                }
            }
        }

        block = hint;
        blockKey = 0;
        return -1;
    }

    /// <summary>The slow path of <see cref="Between"/>: the ends lie in different runs, which the blocks between them join.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long BetweenRuns(long startTicks, long endTicks)
    {
        while (true)
        {
            int first = (int)((ulong)(Math.Min(startTicks, endTicks) - Origin) / (ulong)GridTicks);
            int last = (int)((ulong)(Math.Max(startTicks, endTicks) - Origin) / (ulong)GridTicks);
            EnsureRun(first, last);
            long from = LocalPosition(startTicks, out _, out TimelineBlock a);
            long to = LocalPosition(endTicks, out _, out TimelineBlock b);
            if (a.Origin == b.Origin)
            {
                return (b.CumStart + to) - (a.CumStart + from);
            }
        }
    }

    /// <summary>Compiles the blocks <paramref name="first"/>–<paramref name="last"/> that are not compiled, so that they form one run.</summary>
    private void EnsureRun(int first, int last)
    {
        lock (_lock)
        {
            for (int i = first; i <= last; i++)
            {
                if (At(i) is null)
                {
                    Compile(i);
                }
            }
        }
    }

    [MethodImpl(Jit.Optimized | MethodImplOptions.NoInlining)]
    private TimelineBlock Compile(int index)
    {
        lock (_lock)
        {
            TimelineBlock? done = At(index);
            if (done is not null)
            {
                return done;
            }

            // The new block joins the run on its left, else the one on its right, else starts its own.
            TimelineBlock block = Build(index);
            TimelineBlock? left = At(index - 1);
            TimelineBlock? right = At(index + 1);
            if (left is not null)
            {
                block = block.InRun(left.Origin, left.CumEnd);
            }
            else if (right is not null)
            {
                block = block.InRun(right.Origin, right.CumStart - block.Total);
            }

            Put(block);
            if (left is not null && right is not null && left.Origin != right.Origin)
            {
                Join(index);
            }

            return At(index)!;
        }
    }

    /// <summary>
    /// Joins the run ending at block <paramref name="boundary"/> with the run starting after it: the smaller run's blocks are
    /// placed anew in the larger one. Called under the lock.
    /// </summary>
    private void Join(int boundary)
    {
        TimelineBlock leftEnd = At(boundary)!;
        TimelineBlock rightStart = At(boundary + 1)!;
        int leftFirst = boundary;
        while (At(leftFirst - 1) is { } b && b.Origin == leftEnd.Origin)
        {
            leftFirst--;
        }

        int rightLast = boundary + 1;
        while (At(rightLast + 1) is { } b && b.Origin == rightStart.Origin)
        {
            rightLast++;
        }

        // A right-run position plus delta is the left run's.
        long delta = leftEnd.CumEnd - rightStart.CumStart;
        if (rightLast - boundary <= boundary - leftFirst + 1)
        {
            for (int i = boundary + 1; i <= rightLast; i++)
            {
                Put(At(i)!.InRun(leftEnd.Origin, At(i)!.CumStart + delta));
            }
        }
        else
        {
            for (int i = leftFirst; i <= boundary; i++)
            {
                Put(At(i)!.InRun(rightStart.Origin, At(i)!.CumStart - delta));
            }
        }
    }

    /// <summary>Builds block <paramref name="index"/> as a run of its own (its running total starts at 0).</summary>
    [MethodImpl(Jit.Optimized)]
    private TimelineBlock Build(int index)
    {
        long gridStart = Origin + (index * GridTicks);
        long start = Math.Max(gridStart, First);
        long end = Math.Min(gridStart + GridTicks, End);

        // The pieces go through buffers kept per thread between builds (a union's build may build its members' blocks on the
        // same thread meanwhile; those find the buffers taken and use their own).
        Scratch scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        List<long> raw = scratch.Raw;
        raw.Clear();
        _source.Collect(start, end, raw);
        int pieces = raw.Count / 2;
        if (scratch.Starts.Length < pieces)
        {
            scratch.Starts = new long[Math.Max(pieces, 2 * scratch.Starts.Length)];
            scratch.Ends = new long[scratch.Starts.Length];
        }

        long[] starts = scratch.Starts;
        long[] ends = scratch.Ends;
        for (int i = 0; i < pieces; i++)
        {
            starts[i] = raw[2 * i];
            ends[i] = raw[(2 * i) + 1];
        }

        Array.Sort(starts, ends, 0, pieces);
        int count = 0;
        long total = 0;
        for (int i = 0; i < pieces; i++)
        {
            long s = Math.Max(starts[i], start);
            long e = Math.Min(ends[i], end);
            if (s >= e)
            {
                continue;
            }

            if (count > 0 && s <= ends[count - 1])
            {
                if (e > ends[count - 1])
                {
                    total += e - ends[count - 1];
                    ends[count - 1] = e;
                }
            }
            else
            {
                starts[count] = s;
                ends[count] = e;
                count++;
                total += e - s;
            }
        }

        long running = 0;
        var data = new long[TimelineBlock.Base + (3 * (count + 1))];
        for (int i = 0; i < count; i++)
        {
            int k = TimelineBlock.Base + (3 * i);
            data[k] = starts[i];
            data[k + 1] = ends[i];
            data[k + 2] = running;
            running += ends[i] - starts[i];
        }

        int sentinel = TimelineBlock.Base + (3 * count);
        data[sentinel] = end;
        data[sentinel + 1] = end;
        data[sentinel + 2] = running;

        int p = 0;
        for (int slot = 0; slot < TimelineBlock.Days; slot++)
        {
            long dayStart = Math.Max(gridStart + (slot * NodaConstants.TicksPerDay), start);
            while (p < count && ends[p] <= dayStart)
            {
                p++;
            }

            data[slot] = TimelineBlock.Base + (3 * p);
        }

        if (raw.Capacity <= Scratch.MaxKeptLongs)
        {
            t_scratch = scratch;
        }

        return new TimelineBlock(index, end, data, count, index, 0);
    }

    /// <summary>Returns ⌊<paramref name="value"/> / <paramref name="divisor"/>⌋ for a positive divisor.</summary>
    public static long FloorDiv(long value, long divisor)
    {
        long quotient = value / divisor;
        return (value % divisor) < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The buffers of <see cref="Build"/>: the pieces a source collects, then their starts and ends to sort.</summary>
    private sealed class Scratch
    {
        /// <summary>The most longs the buffers keep between builds (a block of a few intervals a day needs a few thousand).</summary>
        public const int MaxKeptLongs = 1 << 16;

        public List<long> Raw { get; } = new(1024);

        public long[] Starts { get; set; } = new long[512];

        public long[] Ends { get; set; } = new long[512];
    }
}
