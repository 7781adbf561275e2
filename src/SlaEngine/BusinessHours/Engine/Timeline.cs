using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The open intervals of a business calendar on the UTC timeline, in ticks, with running totals of open
/// time, compiled lazily in blocks of 256 days and published thread-safely.
/// </summary>
/// <remarks>
/// <para>
/// The running total C(x) is the open time from an anchor (the block holding 2000-01-01T00:00Z, or the
/// nearest supported one) to x, negative before it. Business time between two instants is a difference of
/// running totals, and adding business time looks up the instant whose running total is the target: both
/// cost the same whatever the distance. Blocks form one run around the anchor, so totals chain.
/// </para>
/// <para>
/// Blocks sit on a fixed grid (block g covers UTC days [256g, 256g + 256) since 1970-01-01), so timelines
/// of different calendars line up block for block, which is what a union needs.
/// </para>
/// </remarks>
internal sealed class Timeline
{
    public const long GridTicks = TimelineBlock.Days * NodaConstants.TicksPerDay;

    private const long AnchorTicks = 10957 * NodaConstants.TicksPerDay; // 2000-01-01T00:00Z

    private readonly ITimelineSource _source;
    private readonly TimelineBlock?[] _blocks;
    private readonly int _anchor;
    private readonly object _lock = new();

    /// <summary>Creates a timeline for the supported instants [<paramref name="first"/>, <paramref name="end"/>) (UTC ticks).</summary>
    public Timeline(ITimelineSource source, long first, long end)
    {
        _source = source;
        First = first;
        End = end;
        Origin = FloorDiv(first, GridTicks) * GridTicks;
        _blocks = new TimelineBlock?[(int)((end - Origin + GridTicks - 1) / GridTicks)];
        _anchor = (int)Math.Min(Math.Max((AnchorTicks - Origin) / GridTicks, 0), _blocks.Length - 1);
    }

    /// <summary>Gets the first supported UTC tick.</summary>
    public long First { get; }

    /// <summary>Gets the UTC tick after the last supported one.</summary>
    public long End { get; }

    /// <summary>Gets the start of block 0, on the 256-day grid.</summary>
    public long Origin { get; }

    /// <summary>Gets the number of blocks.</summary>
    public int BlockCount => _blocks.Length;

    /// <summary>Returns whether <paramref name="ticks"/> is supported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Supports(long ticks) => (ulong)(ticks - First) < (ulong)(End - First);

    /// <summary>
    /// Returns the index in its block's data of the first interval that ends after <paramref name="ticks"/> (the
    /// sentinel when none does), which must be supported.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Locate(long ticks, out TimelineBlock block)
    {
        ulong day = (ulong)(ticks - Origin) / (ulong)NodaConstants.TicksPerDay;
        block = _blocks[(int)(day >> TimelineBlock.DayShift)] ?? BlockAt((int)(day >> TimelineBlock.DayShift));
        long[] data = block.Data;
        int k = (int)data[(int)day & (TimelineBlock.Days - 1)];
        while (data[k + 1] <= ticks)
        {
            k += 3;
        }

        return k;
    }

    /// <summary>Returns the running total at <paramref name="ticks"/> (supported), and whether the timeline is open there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Position(long ticks, out bool open, out TimelineBlock block)
    {
        int k = Locate(ticks, out block);
        long[] data = block.Data;
        long start = data[k];
        open = ticks >= start;
        return data[k + 2] + Math.Max(0, ticks - start);
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

    /// <summary>Returns the block at <paramref name="index"/>, compiling it if needed.</summary>
    public TimelineBlock BlockAt(int index) => Volatile.Read(ref _blocks[index]) ?? Compile(index);

    /// <summary>
    /// Finds the interval whose running totals satisfy start &lt; <paramref name="key"/> ≤ end, searching from
    /// <paramref name="hint"/>; returns its index in <paramref name="block"/>'s data, or -1 when the supported
    /// range ends first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(long key, TimelineBlock hint, out TimelineBlock block)
    {
        block = hint;
        if (key <= hint.CumStart || key > hint.CumEnd)
        {
            TimelineBlock? found = FindBlock(key, hint);
            if (found is null)
            {
                return -1;
            }

            block = found;
        }

        return Search(block, key);
    }

    /// <summary>Returns the index in <paramref name="block"/>'s data of the interval with cum &lt; <paramref name="key"/> ≤ cum + length; CumStart &lt; key ≤ CumEnd must hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Search(TimelineBlock block, long key)
    {
        // Interpolate: intervals hold similar amounts of open time, so the guess is usually right.
        long[] data = block.Data;
        int j = (int)((key - block.CumStart - 1) / block.AverageLength);
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

    /// <summary>Finds the block with CumStart &lt; <paramref name="key"/> ≤ CumEnd, or <see langword="null"/> past either end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TimelineBlock? FindBlock(long key, TimelineBlock from)
    {
        // Blocks hold similar amounts of open time: estimate from this block's rate, probe the estimate, then
        // the neighbour on the side the key lies; walk only when that misses (rates that change, empty blocks).
        bool forward = key > from.CumEnd;
        if (from.Total > 0)
        {
            long estimate = forward
                ? from.Index + 1 + ((key - from.CumEnd - 1) / from.Total)
                : from.Index - 1 - ((from.CumStart - key) / from.Total);
            if (estimate >= 0 && estimate < _blocks.Length)
            {
                TimelineBlock candidate = BlockAt((int)estimate);
                if (candidate.CumStart < key && key <= candidate.CumEnd)
                {
                    return candidate;
                }

                long neighbour = key > candidate.CumEnd ? estimate + 1 : estimate - 1;
                if (neighbour >= 0 && neighbour < _blocks.Length && neighbour != from.Index)
                {
                    candidate = BlockAt((int)neighbour);
                    if (candidate.CumStart < key && key <= candidate.CumEnd)
                    {
                        return candidate;
                    }
                }
            }
        }

        if (forward)
        {
            for (int i = from.Index + 1; i < _blocks.Length; i++)
            {
                TimelineBlock candidate = BlockAt(i);
                if (key <= candidate.CumEnd)
                {
                    return candidate;
                }
            }

            return null;
        }

        for (int i = from.Index - 1; i >= 0; i--)
        {
            TimelineBlock candidate = BlockAt(i);
            if (candidate.CumStart < key)
            {
                return candidate;
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private TimelineBlock Compile(int index)
    {
        lock (_lock)
        {
            TimelineBlock? done = _blocks[index];
            if (done is not null)
            {
                return done;
            }

            // Compile the run from the nearest compiled block toward the anchor out to index, anchor side first.
            if (index >= _anchor)
            {
                int first = index;
                while (first > _anchor && _blocks[first - 1] is null)
                {
                    first--;
                }

                for (int i = first; i <= index; i++)
                {
                    long cumStart = i == _anchor ? 0 : _blocks[i - 1]!.CumEnd;
                    Volatile.Write(ref _blocks[i], Build(i, cumStart, null));
                }
            }
            else
            {
                int last = index;
                while (last < _anchor && _blocks[last + 1] is null)
                {
                    last++;
                }

                if (last == _anchor)
                {
                    // Nothing is compiled yet: the anchor comes first, and the run extends back from it.
                    Volatile.Write(ref _blocks[_anchor], Build(_anchor, 0, null));
                    last = _anchor - 1;
                }

                for (int i = last; i >= index; i--)
                {
                    Volatile.Write(ref _blocks[i], Build(i, 0, _blocks[i + 1]!.CumStart));
                }
            }

            return _blocks[index]!;
        }
    }

    /// <summary>Builds block <paramref name="index"/>: its running total starts at <paramref name="cumStart"/>, or ends at <paramref name="cumEnd"/> when given.</summary>
    private TimelineBlock Build(int index, long cumStart, long? cumEnd)
    {
        long gridStart = Origin + (index * GridTicks);
        long start = Math.Max(gridStart, First);
        long end = Math.Min(gridStart + GridTicks, End);

        var raw = new List<long>();
        _source.Collect(start, end, raw);
        int pieces = raw.Count / 2;
        var starts = new long[pieces];
        var ends = new long[pieces];
        for (int i = 0; i < pieces; i++)
        {
            starts[i] = raw[2 * i];
            ends[i] = raw[(2 * i) + 1];
        }

        Array.Sort(starts, ends);
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

        long running = cumEnd.HasValue ? cumEnd.Value - total : cumStart;
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

        return new TimelineBlock(index, start, end, running - total, data, count);
    }

    /// <summary>Returns ⌊<paramref name="value"/> / <paramref name="divisor"/>⌋ for a positive divisor.</summary>
    public static long FloorDiv(long value, long divisor)
    {
        long quotient = value / divisor;
        return (value % divisor) < 0 ? quotient - 1 : quotient;
    }
}
