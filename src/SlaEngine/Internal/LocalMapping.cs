using NodaTime;
using NodaTime.TimeZones;

namespace SlaEngine.Internal;

/// <summary>Maps a local date and time to an instant the way open intervals do, without allocating.</summary>
internal static class LocalMapping
{
    private static readonly Duration s_maxOffset = Duration.FromHours(18);

    /// <summary>
    /// Returns the earliest instant whose local time in <paramref name="zone"/> is at or after <paramref name="local"/>:
    /// the instant itself when the local time occurs once, the earlier of the two in a fall-back overlap, and the end of
    /// the gap when the local time was skipped.
    /// </summary>
    public static Instant EarliestAtOrAfter(DateTimeZone zone, LocalDateTime local)
    {
        // "local" read as if it were UTC; an instant with offset o has local time instant + o.
        Instant asUtc = local.InUtc().ToInstant();
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
