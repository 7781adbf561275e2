using NodaTime;
using NodaTime.TimeZones;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>Maps between instants and local date-times in a zone the way open intervals do, without allocating.</summary>
internal static class LocalMapping
{
    private static readonly Duration s_maxOffset = Duration.FromTicks(ZoneSegments.MaxOffsetTicks);

    /// <summary>Returns the local date and time of <paramref name="instant"/>, using <paramref name="segments"/> when they cover it.</summary>
    public static LocalDateTime ToLocal(DateTimeZone zone, ZoneSegments segments, Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        if (ticks >= segments.From && ticks < segments.To)
        {
            return instant.WithOffset(Offset.FromTicks(segments.OffsetAt(ticks))).LocalDateTime;
        }

        return instant.InZone(zone).LocalDateTime;
    }

    /// <summary>
    /// Returns the earliest instant whose local time in <paramref name="zone"/> is at or after <paramref name="local"/>:
    /// the instant itself when the local time occurs once, the earlier of the two in a fall-back overlap, and the end of
    /// the gap when the local time was skipped. Uses <paramref name="segments"/> when they hold the answer.
    /// </summary>
    public static Instant EarliestAtOrAfter(DateTimeZone zone, ZoneSegments segments, LocalDateTime local)
    {
        // "local" read as if it were UTC; an instant with offset o has local time instant + o.
        Instant asUtc = local.InUtc().ToInstant();
        int segment = segments.SegmentAtOrAfterLocal(asUtc.ToUnixTimeTicks());
        if (segment >= 0)
        {
            Instant candidate = asUtc - Duration.FromTicks(segments.OffsetOf(segment));
            Instant start = Instant.FromUnixTimeTicks(segments.StartOf(segment));
            return candidate < start ? start : candidate;
        }

        Instant probe = asUtc - s_maxOffset;
        while (true)
        {
            ZoneInterval interval = zone.GetZoneInterval(probe);
            Duration offset = Duration.FromTicks(interval.WallOffset.Ticks);
            if (!interval.HasEnd || interval.End + offset > asUtc)
            {
                Instant candidate = asUtc - offset;
                return interval.HasStart && candidate < interval.Start ? interval.Start : candidate;
            }

            probe = interval.End;
        }
    }
}
