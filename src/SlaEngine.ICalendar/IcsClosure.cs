using System;
using NodaTime;
using NodaTime.TimeZones;
using SlaEngine.ICalendar.Internal;

namespace SlaEngine.ICalendar;

/// <summary>
/// One closure read from an iCalendar file: one occurrence of a VEVENT, either whole dates (an all-day event) or a
/// span of time (a timed event).
/// </summary>
/// <remarks>
/// <para>
/// The span is half-open: the closure covers the wall-clock times [<see cref="Start"/>, <see cref="End"/>) in
/// <see cref="Zone"/>. For an all-day event, <see cref="Start"/> is midnight of the first closed date and
/// <see cref="End"/> midnight after the last one (DTEND of an all-day event is exclusive, per RFC 5545), and
/// <see cref="Dates"/> lists the closed dates as an inclusive range.
/// </para>
/// <para>
/// <see cref="Zone"/> says how the wall-clock times become instants: the zone named by the event's TZID, UTC for
/// times written with a trailing 'Z', and <see langword="null"/> for floating times (no TZID, no 'Z') and for
/// all-day events, which are read in the zone of the business calendar they are applied to (see
/// <see cref="ToInterval"/>).
/// </para>
/// <para>Instances are immutable and thread-safe; equality is structural (zones compare by id).</para>
/// </remarks>
public sealed class IcsClosure : IEquatable<IcsClosure>
{
    private static readonly ZoneLocalMappingResolver s_resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    internal IcsClosure(string name, string? uid, bool isAllDay, LocalDateTime start, LocalDateTime end, DateTimeZone? zone)
    {
        Name = name;
        Uid = uid;
        IsAllDay = isAllDay;
        Start = start;
        End = end;
        Zone = zone;
    }

    /// <summary>Gets the closure's name: the event's SUMMARY, or <see cref="IcsClosures.DefaultName"/> when it has none.</summary>
    public string Name { get; }

    /// <summary>Gets the event's UID, or <see langword="null"/> when it has none.</summary>
    public string? Uid { get; }

    /// <summary>Gets a value indicating whether the closure is an all-day event that closes whole dates.</summary>
    public bool IsAllDay { get; }

    /// <summary>Gets the first wall-clock time of the closure, in <see cref="Zone"/> (included).</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the wall-clock time the closure ends, in <see cref="Zone"/> (excluded).</summary>
    public LocalDateTime End { get; }

    /// <summary>
    /// Gets the zone of <see cref="Start"/> and <see cref="End"/>: the TZID's zone, <see cref="DateTimeZone.Utc"/> for
    /// UTC times, or <see langword="null"/> for floating times and all-day events.
    /// </summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the closed dates of an all-day closure, first and last included; <see langword="null"/> for a timed closure.</summary>
    public DateInterval? Dates => IsAllDay ? new DateInterval(Start.Date, End.Date.PlusDays(-1)) : null;

    /// <summary>Returns the instants the closure covers, [start, end).</summary>
    /// <param name="floatingZone">The zone that floating times and all-day dates are read in (usually the business calendar's zone); ignored when <see cref="Zone"/> is set.</param>
    /// <returns>The interval; empty when the end maps to the start or before it.</returns>
    /// <remarks>
    /// Wall-clock times are mapped as the business calendar maps its hours: a time inside a DST gap maps to the end of
    /// the gap, and a time in a repeated hour maps to its first occurrence. A time later than the last instant NodaTime
    /// holds (the end of 9999 in UTC; late on 31 December 9999 in a zone behind UTC) maps to that instant.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="floatingZone"/> is <see langword="null"/>.</exception>
    public Interval ToInterval(DateTimeZone floatingZone)
    {
        Preconditions.CheckNotNull(floatingZone, nameof(floatingZone));
        DateTimeZone zone = Zone ?? floatingZone;
        Instant start = ToInstant(zone, Start);
        Instant end = ToInstant(zone, End);
        return new Interval(start, end < start ? start : end);
    }

    /// <summary>The instant of a wall-clock time; the last (first) instant NodaTime holds for a time past it (before it).</summary>
    private static Instant ToInstant(DateTimeZone zone, LocalDateTime local)
    {
        try
        {
            return zone.ResolveLocal(local, s_resolver).ToInstant();
        }
        catch (OverflowException)
        {
            // 9999-12-31T23:00 in a zone behind UTC is an instant in the year 10000.
            return local.Year > 0 ? Instant.MaxValue : Instant.MinValue;
        }
    }

    /// <inheritdoc/>
    public bool Equals(IcsClosure? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (IsAllDay == other.IsAllDay
                    && Start == other.Start
                    && End == other.End
                    && string.Equals(Name, other.Name, StringComparison.Ordinal)
                    && string.Equals(Uid, other.Uid, StringComparison.Ordinal)
                    && string.Equals(Zone?.Id, other.Zone?.Id, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IcsClosure);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = StringComparer.Ordinal.GetHashCode(Name);
            hash = (hash * 31) + Start.GetHashCode();
            hash = (hash * 31) + End.GetHashCode();
            hash = (hash * 31) + (Zone is null ? 0 : StringComparer.Ordinal.GetHashCode(Zone.Id));
            return (hash * 31) + (IsAllDay ? 1 : 0);
        }
    }

    /// <summary>Describes the closure: "Christmas: 2026-12-24–2026-12-26 (all day)" or "Maintenance: 2026-03-10T12:00:00–2026-03-10T14:00:00 UTC".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => IsAllDay
            ? Preconditions.Format("{0}: {1:uuuu-MM-dd}–{2:uuuu-MM-dd} (all day)", Name, Start.Date, End.Date.PlusDays(-1))
            : Preconditions.Format("{0}: {1:uuuu-MM-ddTHH:mm:ss}–{2:uuuu-MM-ddTHH:mm:ss} {3}", Name, Start, End, Zone?.Id ?? "floating");
}
