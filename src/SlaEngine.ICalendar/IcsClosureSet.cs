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

        // Each summary's closed dates: the union of its all-day closures' dates, merged as ranges before any date is listed.
        var names = new List<string>();
        var ranges = new Dictionary<string, List<DateRange>>(StringComparer.Ordinal);
        foreach (IcsClosure closure in _closures)
        {
            if (!closure.IsAllDay)
            {
                continue;
            }

            if (!ranges.TryGetValue(closure.Name, out List<DateRange>? list))
            {
                list = new List<DateRange>();
                ranges.Add(closure.Name, list);
                names.Add(closure.Name);
            }

            list.Add(new DateRange(closure.Start.Date, closure.End.Date));
        }

        var merged = new List<DateRange>[names.Count];
        long total = 0;
        for (int i = 0; i < names.Count; i++)
        {
            merged[i] = Merge(ranges[names[i]]);
            total += merged[i].Sum(r => (long)r.Days);
        }

        if (total > IcsClosures.MaxClosedDates)
        {
            throw new IcsFormatException(Preconditions.Format(
                "The all-day events of the iCalendar data must close at most {0} dates in the years {1}–{2}, counted once for each summary, was {3}; narrow the year range.",
                IcsClosures.MaxClosedDates, firstYear, lastYear, total));
        }

        var rules = new HolidayRule[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            var dates = new List<LocalDate>();
            foreach (DateRange range in merged[i])
            {
                for (LocalDate date = range.First; date < range.After; date = date.PlusDays(1))
                {
                    dates.Add(date);
                }
            }

            rules[i] = HolidayRule.Dates(names[i], dates.ToArray());
        }

        HolidayRules = new ReadOnlyCollection<HolidayRule>(rules);
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
    /// The calendar's <see cref="ScheduledBusinessCalendar.Overrides"/> plus an override for each date the closures change.
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
    public DateOverrides ToOverrides(ScheduledBusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));

        int firstYear = Math.Max(FirstYear, calendar.FirstSupportedYear);
        int lastYear = Math.Min(LastYear, calendar.LastSupportedYear);
        if (firstYear > lastYear)
        {
            return calendar.Overrides;
        }

        // Everything is cut to the years first, and overlapping closures are merged, so the work grows with the
        // closures and the days of those years, never with the days a closure spans outside them.
        DateTimeZone zone = calendar.Zone;
        var first = new LocalDate(firstYear, 1, 1);
        LocalDate after = new LocalDate(lastYear, 12, 31).PlusDays(1);
        Instant firstInstant = zone.AtStartOfDay(first).ToInstant();
        Instant afterInstant = zone.AtStartOfDay(after).ToInstant();
        var wholeDays = new List<DateRange>();
        var spans = new List<Interval>();
        foreach (IcsClosure closure in _closures)
        {
            if (closure.IsAllDay)
            {
                LocalDate from = LocalDate.Max(closure.Start.Date, first);
                LocalDate to = LocalDate.Min(closure.End.Date, after);
                if (from < to)
                {
                    wholeDays.Add(new DateRange(from, to));
                }
            }
            else
            {
                Interval interval = closure.ToInterval(zone);
                Instant start = interval.Start > firstInstant ? interval.Start : firstInstant;
                Instant end = interval.End < afterInstant ? interval.End : afterInstant;
                if (start < end)
                {
                    spans.Add(new Interval(start, end));
                }
            }
        }

        wholeDays = Merge(wholeDays);
        DateOverrides.Builder overrides = calendar.Overrides.ToBuilder();
        foreach (DateRange range in wholeDays)
        {
            for (LocalDate date = range.First; date < range.After; date = date.PlusDays(1))
            {
                overrides.Closed(date);
            }
        }

        var closedSpans = new Dictionary<LocalDate, List<(long Start, long End)>>();
        foreach (Interval interval in MergeOverlapping(spans))
        {
            LocalDate date0 = interval.Start.InZone(zone).Date;
            LocalDate date1 = (interval.End - Duration.Epsilon).InZone(zone).Date;
            for (LocalDate date = LocalDate.Max(date0, first); date <= date1 && date < after; date = date.PlusDays(1))
            {
                if (!IsIn(wholeDays, date) && ClosedLocalSpan(zone, date, interval) is (long, long) span)
                {
                    if (!closedSpans.TryGetValue(date, out List<(long Start, long End)>? list))
                    {
                        list = new List<(long Start, long End)>();
                        closedSpans.Add(date, list);
                    }

                    list.Add(span);
                }
            }
        }

        foreach (KeyValuePair<LocalDate, List<(long Start, long End)>> pair in closedSpans)
        {
            IReadOnlyList<OpenInterval> hours = HoursOf(calendar, pair.Key);
            OpenInterval[] remaining = Subtract(hours, pair.Value);
            if (!remaining.SequenceEqual(hours))
            {
                _ = remaining.Length == 0 ? overrides.Closed(pair.Key) : overrides.Set(pair.Key, remaining);
            }
        }

        return overrides.ToOverrides();
    }

    /// <summary>Returns <paramref name="calendar"/> with the closures applied as overrides (see <see cref="ToOverrides"/>).</summary>
    /// <param name="calendar">The business calendar (a union has no hours of its own: apply the closures to its members).</param>
    /// <returns>The new calendar, with the same zone, schedules and holidays; <paramref name="calendar"/> is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public ScheduledBusinessCalendar ApplyTo(ScheduledBusinessCalendar calendar) => Preconditions.CheckNotNull(calendar, nameof(calendar)).WithOverrides(ToOverrides(calendar));

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
    private static IReadOnlyList<OpenInterval> HoursOf(ScheduledBusinessCalendar calendar, LocalDate date)
    {
        if (calendar.Overrides.TryGetHours(date, out IReadOnlyList<OpenInterval> hours))
        {
            return hours;
        }

        return calendar.Holidays.IsHoliday(date) ? Array.Empty<OpenInterval>() : calendar.GetSchedule(date).GetHours(date.DayOfWeek);
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

    /// <summary>Removes the local-time spans (ticks since midnight, in any order, possibly overlapping) from the hours.</summary>
    private static OpenInterval[] Subtract(IReadOnlyList<OpenInterval> hours, List<(long Start, long End)> closed)
    {
        closed.Sort((x, y) => x.Start.CompareTo(y.Start));
        var union = new List<(long Start, long End)>(closed.Count);
        foreach ((long start, long end) in closed)
        {
            if (union.Count > 0 && start <= union[^1].End)
            {
                union[^1] = (union[^1].Start, Math.Max(union[^1].End, end));
            }
            else
            {
                union.Add((start, end));
            }
        }

        var pieces = hours.Select(h => (Start: h.Open.TickOfDay, End: h.ClosesAtMidnight ? NodaConstants.TicksPerDay : h.Close.TickOfDay)).OrderBy(p => p.Start).ToList();
        var remaining = new List<OpenInterval>(pieces.Count + 1);
        int next = 0;
        foreach ((long start, long end) in pieces)
        {
            while (next < union.Count && union[next].End <= start)
            {
                next++;
            }

            long cursor = start;
            for (int i = next; i < union.Count && union[i].Start < end && cursor < end; i++)
            {
                if (union[i].Start > cursor)
                {
                    remaining.Add(Open(cursor, union[i].Start));
                }

                cursor = Math.Max(cursor, union[i].End);
            }

            if (cursor < end)
            {
                remaining.Add(Open(cursor, end));
            }
        }

        return remaining.ToArray();

        static OpenInterval Open(long start, long end)
            => new(LocalTime.FromTicksSinceMidnight(start), end == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(end));
    }

    /// <summary>Sorts the date ranges and merges those that overlap or touch.</summary>
    private static List<DateRange> Merge(List<DateRange> ranges)
    {
        ranges.Sort((x, y) => x.First.CompareTo(y.First));
        var merged = new List<DateRange>(ranges.Count);
        foreach (DateRange range in ranges)
        {
            if (merged.Count > 0 && range.First <= merged[^1].After)
            {
                merged[^1] = new DateRange(merged[^1].First, LocalDate.Max(merged[^1].After, range.After));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>
    /// Sorts the intervals and merges those that overlap (not those that only touch: the local times of two spans that
    /// meet at a clock change are not one range, while the union of two overlapping spans' local times is).
    /// </summary>
    private static List<Interval> MergeOverlapping(List<Interval> intervals)
    {
        intervals.Sort((x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<Interval>(intervals.Count);
        foreach (Interval interval in intervals)
        {
            if (merged.Count > 0 && interval.Start < merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, interval.End > merged[^1].End ? interval.End : merged[^1].End);
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    /// <summary>Whether <paramref name="date"/> is in one of the sorted, disjoint <paramref name="ranges"/>.</summary>
    private static bool IsIn(List<DateRange> ranges, LocalDate date)
    {
        int lo = 0;
        int hi = ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (date < ranges[mid].First)
            {
                hi = mid - 1;
            }
            else if (date >= ranges[mid].After)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dates [<see cref="First"/>, <see cref="After"/>).</summary>
    private readonly record struct DateRange(LocalDate First, LocalDate After)
    {
        public int Days => Period.DaysBetween(First, After);
    }
}
