using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.ICalendar.Internal;

namespace SlaEngine.ICalendar;

/// <summary>
/// The closures read from iCalendar data for an inclusive range of years, ready to become a
/// <see cref="HolidayCalendar"/> (whole closed dates) or the <see cref="DateOverrides"/> of a
/// <see cref="BusinessCalendar"/> (whole and partial closures).
/// </summary>
/// <remarks>
/// <para>
/// Made by <see cref="IcsClosures.Parse"/> and <see cref="IcsClosures.Read(System.IO.TextReader, int, int)"/>.
/// Instances are immutable and thread-safe. Equality is structural: the same years and the same closures in the same order.
/// </para>
/// </remarks>
public sealed class IcsClosureSet : IEquatable<IcsClosureSet>
{
    private readonly IcsClosure[] _closures;

    internal IcsClosureSet(int firstYear, int lastYear, IReadOnlyCollection<IcsClosure> closures)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        _closures = closures.ToArray();
        Closures = new ReadOnlyCollection<IcsClosure>(_closures);

        var names = new List<string>();
        var dates = new Dictionary<string, SortedSet<LocalDate>>(StringComparer.Ordinal);
        foreach (IcsClosure closure in _closures.Where(c => c.IsAllDay))
        {
            if (!dates.TryGetValue(closure.Name, out SortedSet<LocalDate>? set))
            {
                set = new SortedSet<LocalDate>();
                dates.Add(closure.Name, set);
                names.Add(closure.Name);
            }

            for (LocalDate date = closure.Start.Date; date < closure.End.Date; date = date.PlusDays(1))
            {
                set.Add(date);
            }
        }

        HolidayRules = new ReadOnlyCollection<HolidayRule>(names.Select(n => HolidayRule.Dates(n, dates[n].ToArray())).ToArray());
    }

    /// <summary>Gets the first year of the range the closures were read for.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year of the range the closures were read for (included).</summary>
    public int LastYear { get; }

    /// <summary>Gets every closure, all-day and timed, one per event occurrence, in the order they were read (by start).</summary>
    public IReadOnlyList<IcsClosure> Closures { get; }

    /// <summary>
    /// Gets the whole closed dates as holiday rules: one <see cref="HolidayRule.Dates"/> rule per distinct SUMMARY of
    /// the all-day events (events sharing a summary share the rule), in order of first appearance.
    /// </summary>
    /// <remarks>
    /// Add them to an existing calendar with <see cref="HolidayCalendar.With"/>; a rule whose name the calendar
    /// already uses in the same year is an error there, so rename or remove one of them first.
    /// </remarks>
    public IReadOnlyList<HolidayRule> HolidayRules { get; }

    /// <summary>Returns a holiday calendar whose holidays are the dates closed by the all-day events.</summary>
    /// <param name="weekendDays">The weekend days. The default value (<see langword="null"/>) is Saturday and Sunday, as for <see cref="HolidayCalendar.Create"/>; an empty list makes every day a working day.</param>
    /// <returns>The calendar of <see cref="HolidayRules"/>, supporting the years <see cref="FirstYear"/>–<see cref="LastYear"/>. Timed closures are not in it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weekend day is not Monday to Sunday.</exception>
    public HolidayCalendar ToHolidayCalendar(IEnumerable<IsoDayOfWeek>? weekendDays = null)
        => HolidayCalendar.Create(HolidayRules, weekendDays).WithSupportedYears(FirstYear, LastYear);

    /// <summary>
    /// Returns the overrides of <paramref name="calendar"/> with the closures applied: dates closed by all-day events
    /// are closed, and the hours of dates that timed events touch lose the closed span.
    /// </summary>
    /// <param name="calendar">The business calendar whose zone, hours, holidays and overrides the closures apply to; not a union.</param>
    /// <returns>
    /// The calendar's <see cref="BusinessCalendar.Overrides"/> plus an override for each date the closures change.
    /// Dates outside both <see cref="FirstYear"/>–<see cref="LastYear"/> and the calendar's supported years are left out.
    /// </returns>
    /// <remarks>
    /// <para>
    /// An all-day closure closes each of its dates (<see cref="DateOverrides.Closed"/>). A timed closure covers the
    /// instants [start, end) given by <see cref="IcsClosure.ToInterval"/> with the calendar's zone for floating times;
    /// each local date of the calendar's zone that the span touches gets the hours that date already has (its
    /// override, else none on a holiday, else the schedule in force for its day of the week) minus the local times the
    /// span covers that day, so a closure across midnight shortens both dates, and one that covers all the open hours
    /// closes the date. A date the closures leave unchanged (already closed, or closed outside its hours) gets no override.
    /// </para>
    /// <para>
    /// On a date whose clocks go back, a span that covers only one pass of the repeated hour closes both, since
    /// override hours are local times.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="calendar"/> is a union (apply the closures to its members).</exception>
    public DateOverrides ToOverrides(BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        if (calendar.IsUnion)
        {
            throw new InvalidOperationException("A union of business calendars has no hours or overrides of its own; apply the closures to its members and build the union again.");
        }

        DateTimeZone zone = calendar.Zone;
        var first = new LocalDate(Math.Max(FirstYear, calendar.FirstSupportedYear), 1, 1);
        LocalDate last = new LocalDate(Math.Min(LastYear, calendar.LastSupportedYear), 12, 31);
        var wholeDays = new SortedSet<LocalDate>();
        var spans = new SortedDictionary<LocalDate, List<(long Start, long End)>>();
        foreach (IcsClosure closure in _closures)
        {
            if (closure.IsAllDay)
            {
                for (LocalDate date = closure.Start.Date; date < closure.End.Date; date = date.PlusDays(1))
                {
                    if (date >= first && date <= last)
                    {
                        wholeDays.Add(date);
                    }
                }

                continue;
            }

            Interval interval = closure.ToInterval(zone);
            if (interval.Start == interval.End)
            {
                continue;
            }

            LocalDate date0 = interval.Start.InZone(zone).Date;
            LocalDate date1 = (interval.End - Duration.Epsilon).InZone(zone).Date;
            for (LocalDate date = LocalDate.Max(date0, first); date <= date1 && date <= last; date = date.PlusDays(1))
            {
                if (ClosedLocalSpan(zone, date, interval) is (long, long) span)
                {
                    if (!spans.TryGetValue(date, out List<(long Start, long End)>? list))
                    {
                        list = new List<(long Start, long End)>();
                        spans.Add(date, list);
                    }

                    list.Add(span);
                }
            }
        }

        DateOverrides overrides = calendar.Overrides;
        foreach (LocalDate date in wholeDays)
        {
            overrides = overrides.Closed(date);
        }

        foreach (KeyValuePair<LocalDate, List<(long Start, long End)>> pair in spans)
        {
            if (wholeDays.Contains(pair.Key))
            {
                continue;
            }

            IReadOnlyList<OpenInterval> hours = HoursOf(calendar, pair.Key);
            OpenInterval[] remaining = Subtract(hours, pair.Value);
            if (!remaining.SequenceEqual(hours))
            {
                overrides = remaining.Length == 0 ? overrides.Closed(pair.Key) : overrides.Set(pair.Key, remaining);
            }
        }

        return overrides;
    }

    /// <summary>Returns <paramref name="calendar"/> with the closures applied as overrides (see <see cref="ToOverrides"/>).</summary>
    /// <param name="calendar">The business calendar; not a union.</param>
    /// <returns>The new calendar, with the same zone, schedules and holidays; <paramref name="calendar"/> is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="calendar"/> is a union (apply the closures to its members).</exception>
    public BusinessCalendar ApplyTo(BusinessCalendar calendar) => Preconditions.CheckNotNull(calendar, nameof(calendar)).WithOverrides(ToOverrides(calendar));

    /// <inheritdoc/>
    public bool Equals(IcsClosureSet? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (FirstYear == other.FirstYear && LastYear == other.LastYear && _closures.SequenceEqual(other._closures)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IcsClosureSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = (FirstYear * 10007) + LastYear;
            foreach (IcsClosure closure in _closures)
            {
                hash = (hash * 31) + closure.GetHashCode();
            }

            return hash;
        }
    }

    /// <summary>Describes the set: "IcsClosureSet(12 closures, 3 holiday rules, years 2026–2027)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => Preconditions.Format("IcsClosureSet({0} closures, {1} holiday rules, years {2}–{3})", _closures.Length, HolidayRules.Count, FirstYear, LastYear);

    /// <summary>The hours <paramref name="date"/> has in <paramref name="calendar"/> before the closures.</summary>
    private static IReadOnlyList<OpenInterval> HoursOf(BusinessCalendar calendar, LocalDate date)
    {
        if (calendar.Overrides.TryGetHours(date, out IReadOnlyList<OpenInterval> hours))
        {
            return hours;
        }

        return calendar.Holidays!.IsHoliday(date) ? Array.Empty<OpenInterval>() : calendar.GetSchedule(date).GetHours(date.DayOfWeek);
    }

    /// <summary>
    /// The smallest range of local times of <paramref name="date"/> (ticks since its midnight, 0–24:00) that holds every
    /// instant of <paramref name="interval"/> on that date; <see langword="null"/> when the interval misses the date.
    /// </summary>
    private static (long Start, long End)? ClosedLocalSpan(DateTimeZone zone, LocalDate date, Interval interval)
    {
        Instant dayStart = zone.AtStartOfDay(date).ToInstant();
        Instant dayEnd = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        Instant a = interval.Start > dayStart ? interval.Start : dayStart;
        Instant b = interval.End < dayEnd ? interval.End : dayEnd;
        if (a >= b)
        {
            return null;
        }

        long midnight = date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
        long start = long.MaxValue;
        long end = long.MinValue;
        foreach (NodaTime.TimeZones.ZoneInterval zoneInterval in zone.GetZoneIntervals(new Interval(a, b)))
        {
            Instant x = zoneInterval.HasStart && zoneInterval.Start > a ? zoneInterval.Start : a;
            Instant y = zoneInterval.HasEnd && zoneInterval.End < b ? zoneInterval.End : b;
            long offset = zoneInterval.WallOffset.Ticks;
            start = Math.Min(start, x.ToUnixTimeTicks() + offset - midnight);
            end = Math.Max(end, y.ToUnixTimeTicks() + offset - midnight);
        }

        start = Math.Max(0, start);
        end = Math.Min(NodaConstants.TicksPerDay, end);
        return start < end ? (start, end) : null;
    }

    /// <summary>Removes the local-time spans from the hours.</summary>
    private static OpenInterval[] Subtract(IReadOnlyList<OpenInterval> hours, List<(long Start, long End)> closed)
    {
        var pieces = hours.Select(h => (Start: h.Open.TickOfDay, End: h.ClosesAtMidnight ? NodaConstants.TicksPerDay : h.Close.TickOfDay)).ToList();
        foreach ((long cs, long ce) in closed)
        {
            var next = new List<(long Start, long End)>(pieces.Count + 1);
            foreach ((long s, long e) in pieces)
            {
                if (ce <= s || cs >= e)
                {
                    next.Add((s, e));
                    continue;
                }

                if (s < cs)
                {
                    next.Add((s, cs));
                }

                if (ce < e)
                {
                    next.Add((ce, e));
                }
            }

            pieces = next;
        }

        return pieces
            .Select(p => new OpenInterval(LocalTime.FromTicksSinceMidnight(p.Start), p.End == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(p.End)))
            .ToArray();
    }
}
