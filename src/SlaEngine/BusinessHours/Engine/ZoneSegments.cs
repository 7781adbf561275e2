using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The UTC offsets of a time zone over a stretch of the timeline, as segments [start, end) of UTC ticks
/// with one offset each, and the exact mapping of a local-time range on a local date onto instants.
/// </summary>
/// <remarks>
/// The mapping is the set definition, with no resolver: the instants of segment s whose local time
/// (instant + offset) lies in [date + open, date + close). A range that starts in a gap therefore begins
/// at the end of the gap; a range over a fall-back yields two pieces (the repeated local times are
/// worked twice); a date that never existed yields nothing.
/// </remarks>
internal sealed class ZoneSegments
{
    /// <summary>The largest UTC offset NodaTime allows, ±18 hours, in ticks.</summary>
    internal const long MaxOffsetTicks = 18 * NodaConstants.TicksPerHour;

    private readonly List<long> _starts = new();
    private readonly List<long> _ends = new();
    private readonly List<long> _offsets = new();

    /// <summary>Loads the segments of <paramref name="zone"/> that overlap [<paramref name="fromTicks"/>, <paramref name="toTicks"/>).</summary>
    [MethodImpl(Jit.Optimized)]
    public ZoneSegments(DateTimeZone zone, long fromTicks, long toTicks)
    {
        Instant from = Instant.FromUnixTimeTicks(fromTicks);
        Instant to = Instant.FromUnixTimeTicks(toTicks);
        foreach (ZoneInterval interval in zone.GetZoneIntervals(from, to))
        {
            _starts.Add(interval.HasStart ? Math.Max(interval.Start.ToUnixTimeTicks(), fromTicks) : fromTicks);
            _ends.Add(interval.HasEnd ? Math.Min(interval.End.ToUnixTimeTicks(), toTicks) : toTicks);
            _offsets.Add(interval.WallOffset.Ticks);
        }
    }

    /// <summary>
    /// Appends to <paramref name="output"/> (as start, end pairs of UTC ticks) the instants whose local date is
    /// day number <paramref name="day"/> and whose local time of day lies in [<paramref name="open"/>,
    /// <paramref name="close"/>) ticks, clipped to [<paramref name="clipFrom"/>, <paramref name="clipTo"/>).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public void Map(long day, long open, long close, long clipFrom, long clipTo, List<long> output)
    {
        long localStart = (day * NodaConstants.TicksPerDay) + open;
        long localEnd = (day * NodaConstants.TicksPerDay) + close;

        // Offsets lie within ±18 hours, so only segments overlapping [localStart - 18h, localEnd + 18h) can
        // hold such instants: find the first by bisection (the segments are sorted), so each call costs the
        // same however long the stretch of loaded segments is.
        long earliest = localStart - MaxOffsetTicks;
        long latest = localEnd + MaxOffsetTicks;
        int low = 0;
        int high = _starts.Count;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (_ends[middle] <= earliest)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int s = low; s < _starts.Count && _starts[s] < latest; s++)
        {
            long offset = _offsets[s];
            long start = Math.Max(Math.Max(_starts[s], localStart - offset), clipFrom);
            long end = Math.Min(Math.Min(_ends[s], localEnd - offset), clipTo);
            if (start < end)
            {
                output.Add(start);
                output.Add(end);
            }
        }
    }

    /// <summary>Gets the first UTC tick the segments cover.</summary>
    public long From => _starts.Count == 0 ? long.MaxValue : _starts[0];

    /// <summary>Gets the UTC tick after the last one the segments cover.</summary>
    public long To => _ends.Count == 0 ? long.MinValue : _ends[_ends.Count - 1];

    /// <summary>Returns the UTC offset, in ticks, at <paramref name="utcTicks"/>, which must lie in [<see cref="From"/>, <see cref="To"/>).</summary>
    public long OffsetAt(long utcTicks) => _offsets[FirstEndingAfter(utcTicks)];

    /// <summary>
    /// Returns the index of the first segment holding an instant whose local time is at or after <paramref name="localTicks"/>
    /// (the earliest such instant is then the later of <see cref="StartOf"/> and the local time minus <see cref="OffsetOf"/>),
    /// or -1 when the answer may lie outside the loaded segments.
    /// </summary>
    public int SegmentAtOrAfterLocal(long localTicks)
    {
        if (localTicks - MaxOffsetTicks < From)
        {
            return -1;
        }

        for (int s = FirstEndingAfter(localTicks - MaxOffsetTicks); s < _starts.Count; s++)
        {
            if (_ends[s] + _offsets[s] > localTicks)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>Returns the first UTC tick of segment <paramref name="segment"/>.</summary>
    public long StartOf(int segment) => _starts[segment];

    /// <summary>Returns the UTC offset of segment <paramref name="segment"/>, in ticks.</summary>
    public long OffsetOf(int segment) => _offsets[segment];

    private int FirstEndingAfter(long utcTicks)
    {
        int low = 0;
        int high = _starts.Count;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (_ends[middle] <= utcTicks)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
