using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using System;
using NodaTime;
using SlaEngine.BusinessHours.Engine;
using SlaEngine.Calendars.Engine;
using SlaEngine.Calendars;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Business hours in a time zone: a weekly schedule (which may change over time), a holiday calendar and
/// per-date overrides, answering instant-level questions (is it open, how much business time lies between two
/// instants, what instant is 8 business hours after this one) and day-level ones (business days).
/// </summary>
/// <remarks>
/// <para>
/// <b>Which hours apply to a local date.</b> Its <see cref="DateOverrides"/> hours if it has an override; else none
/// if it is a holiday of <see cref="Holidays"/> (the holiday calendar's weekend days are not used: the schedule
/// says which weekdays are open); else the hours of its day of the week in the schedule in force on that date
/// (<see cref="WithSchedule"/>). The tail of an overnight shift belongs to the next date, so a holiday on
/// Saturday closes Saturday 00:00–06:00 of a Friday 22:00–06:00 shift.
/// </para>
/// <para>
/// <b>Hours on the timeline.</b> The hours [open, close) of date D are the set of instants whose local date in
/// <see cref="Zone"/> is D and whose local time lies in [open, close); each date uses its own UTC offsets. So an
/// opening inside a DST gap opens at the end of the gap (02:30 on a day whose clocks jump from 02:00 to 03:00
/// opens at 03:00, not at 03:30 as NodaTime's lenient resolver would map it); the repeated hour of a fall-back
/// is worked twice (00:00–24:00 on such a day is 25 hours of business time; Lord Howe's half-hour change gives
/// 23h30m or 24h30m); and a local date that never existed (Pacific/Apia, 2011-12-30) has no hours. Business
/// time is real elapsed time.
/// </para>
/// <para>
/// <b>Cost.</b> The hours are compiled lazily into sorted open intervals on the UTC timeline with running totals
/// of open time, 256 days at a time, so every query is a lookup: <see cref="IsOpen(Instant)"/>,
/// <see cref="BusinessTimeBetween(Instant, Instant)"/> and <see cref="AddBusinessTime(Instant, Duration)"/> cost
/// the same for a span of one day or ten years and allocate nothing once the stretch they touch is compiled.
/// </para>
/// <para>
/// <b>Range.</b> A calendar answers for the instants whose local date lies in the supported years of its holiday
/// calendar (by default 1900–2199): see <see cref="SupportedInterval"/>. Instants outside it are an
/// <see cref="ArgumentOutOfRangeException"/>. Business time is exact to the nanosecond; the hours' boundaries
/// are whole ticks.
/// </para>
/// <para>
/// Instances are immutable and thread-safe (compiled stretches are published once, under a lock, and may be
/// raced for safely). Equality is structural: the same zone (the same <see cref="DateTimeZone"/> object, so the
/// same provider and data version), holidays, schedules and overrides, or the same members of a union.
/// </para>
/// </remarks>
public sealed partial class BusinessCalendar : IEquatable<BusinessCalendar>
{
    private static readonly BusinessCalendar[] s_noMembers = Array.Empty<BusinessCalendar>();

    /// <summary>Gets the holiday calendar of a calendar created without holidays: no rules, no weekend days.</summary>
    internal static HolidayCalendar NoHolidays { get; } = HolidayCalendar.Create(Array.Empty<HolidayRule>(), Array.Empty<IsoDayOfWeek>());

    private readonly Timeline _timeline;
    private readonly LocalDate[] _versionDates;
    private readonly WeeklySchedule[] _versions;
    private readonly BusinessCalendar[] _members;
    private readonly ScheduleSource? _schedules;
    private readonly bool _neverOpen;
    private CompiledDays? _days;
    private ZoneSegments? _localTimes;

    private BusinessCalendar(DateTimeZone zone, HolidayCalendar holidays, LocalDate[] versionDates, WeeklySchedule[] versions, DateOverrides overrides)
    {
        Zone = zone;
        Holidays = holidays;
        Overrides = overrides;
        _versionDates = versionDates;
        _versions = versions;
        _members = s_noMembers;
        _neverOpen = versions.All(v => v.IsEmpty) && !overrides.HasOpenings;

        long first = zone.AtStartOfDay(new LocalDate(holidays.FirstSupportedYear, 1, 1)).ToInstant().ToUnixTimeTicks();
        long end = zone.AtStartOfDay(new LocalDate(holidays.LastSupportedYear + 1, 1, 1)).ToInstant().ToUnixTimeTicks();
        int[] versionDays = versionDates.Select(d => IsoDate.ToDayNumber(d)).ToArray();
        _schedules = new ScheduleSource(zone, versionDays, versions, holidays, overrides);
        _timeline = new Timeline(_schedules, first, end);
        FirstSupportedYear = holidays.FirstSupportedYear;
        LastSupportedYear = holidays.LastSupportedYear;
        Members = new ReadOnlyCollection<BusinessCalendar>(_members);
    }

    private BusinessCalendar(BusinessCalendar[] members, long first, long end)
    {
        Zone = members[0].Zone;
        Holidays = null;
        Overrides = DateOverrides.Empty;
        _versionDates = Array.Empty<LocalDate>();
        _versions = Array.Empty<WeeklySchedule>();
        _members = members;
        _neverOpen = members.All(m => m._neverOpen);
        _timeline = new Timeline(new UnionSource(members.Select(m => m._timeline).ToArray()), first, end);

        // The day-level years: those whose every local date in Zone lies inside the supported instants.
        int firstYear = Instant.FromUnixTimeTicks(first).InZone(Zone).Year;
        if (StartOfYear(firstYear) < first)
        {
            firstYear++;
        }

        int lastYear = Instant.FromUnixTimeTicks(end - 1).InZone(Zone).Year;
        if (StartOfYear(lastYear + 1) > end)
        {
            lastYear--;
        }

        FirstSupportedYear = firstYear;
        LastSupportedYear = Math.Max(lastYear, firstYear - 1);
        Members = new ReadOnlyCollection<BusinessCalendar>(_members);

        long StartOfYear(int year) => Zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant().ToUnixTimeTicks();
    }

    /// <summary>Gets the time zone whose local dates and times the hours are in; for a union, the first member's (used for day-level questions).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the holiday calendar whose holidays close their dates; <see langword="null"/> for a union.</summary>
    public HolidayCalendar? Holidays { get; }

    /// <summary>Gets the per-date overrides; empty for a union.</summary>
    public DateOverrides Overrides { get; }

    /// <summary>Gets the members of a union, in the order given; empty for a calendar that is not a union.</summary>
    public IReadOnlyList<BusinessCalendar> Members { get; }

    /// <summary>Gets a value indicating whether this calendar is a <see cref="Union"/> of others.</summary>
    public bool IsUnion => _members.Length > 0;

    /// <summary>Gets the dates from which a schedule added by <see cref="WithSchedule"/> applies, in order; empty when one schedule applies throughout (and for a union).</summary>
    public IReadOnlyList<LocalDate> ScheduleChanges => _versionDates.Skip(1).ToArray();

    /// <summary>Gets the instants the calendar answers for: those whose local date lies in the supported years (for a union, the instants every member supports).</summary>
    public Interval SupportedInterval => new(Instant.FromUnixTimeTicks(_timeline.First), Instant.FromUnixTimeTicks(_timeline.End));

    /// <summary>Gets the first year whose dates the day-level methods accept.</summary>
    public int FirstSupportedYear { get; }

    /// <summary>Gets the last year whose dates the day-level methods accept.</summary>
    public int LastSupportedYear { get; }

    /// <summary>Creates a calendar from a weekly schedule, a holiday calendar and a time zone.</summary>
    /// <param name="schedule">The opening hours of each day of the week.</param>
    /// <param name="holidays">The holidays; each closes its local date. Its supported years are the calendar's.</param>
    /// <param name="zone">The time zone of the hours and dates.</param>
    /// <returns>The calendar, without overrides.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static BusinessCalendar Create(WeeklySchedule schedule, HolidayCalendar holidays, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckNotNull(holidays, nameof(holidays));
        Preconditions.CheckNotNull(zone, nameof(zone));
        return new BusinessCalendar(zone, holidays, new[] { LocalDate.MinIsoValue }, new[] { schedule }, DateOverrides.Empty);
    }

    /// <summary>Creates a calendar without holidays from a weekly schedule and a time zone.</summary>
    /// <param name="schedule">The opening hours of each day of the week.</param>
    /// <param name="zone">The time zone of the hours and dates.</param>
    /// <returns>The calendar, supporting the years <see cref="HolidayCalendar.DefaultFirstSupportedYear"/>–<see cref="HolidayCalendar.DefaultLastSupportedYear"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static BusinessCalendar Create(WeeklySchedule schedule, DateTimeZone zone)
        => Create(schedule, NoHolidays, zone);

    /// <summary>
    /// Returns the follow-the-sun union of <paramref name="calendars"/>: open whenever any of them is open.
    /// </summary>
    /// <param name="calendars">The members, in any zones; at least one.</param>
    /// <returns>The union. Its <see cref="Zone"/> (for day-level questions) is the first member's; it supports the instants all members support.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendars"/> is empty or contains <see langword="null"/>, or the members support no instant in common.</exception>
    public static BusinessCalendar Union(params BusinessCalendar[] calendars)
    {
        Preconditions.CheckNotNull(calendars, nameof(calendars));
        if (calendars.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(calendars), "A union needs at least one calendar, was none.");
        }

        for (int i = 0; i < calendars.Length; i++)
        {
            if (calendars[i] is null)
            {
                Preconditions.ThrowArgument(nameof(calendars), Preconditions.Format("The calendars of a union must not contain null, was null at position {0}.", i));
            }
        }

        long first = calendars.Max(c => c._timeline.First);
        long end = calendars.Min(c => c._timeline.End);
        if (first >= end)
        {
            Preconditions.ThrowArgument(nameof(calendars), "The calendars of a union must support some instant in common, but their supported intervals do not overlap.");
        }

        return new BusinessCalendar((BusinessCalendar[])calendars.Clone(), first, end);
    }

    /// <summary>Returns a calendar with <paramref name="overrides"/> in place of the current overrides.</summary>
    /// <param name="overrides">The overrides.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">This calendar is a union (change its members instead).</exception>
    public BusinessCalendar WithOverrides(DateOverrides overrides)
    {
        Preconditions.CheckNotNull(overrides, nameof(overrides));
        CheckNotUnion();
        return new BusinessCalendar(Zone, Holidays!, _versionDates, _versions, overrides);
    }

    /// <summary>
    /// Returns a calendar whose weekly hours are <paramref name="schedule"/> from <paramref name="effectiveFrom"/>
    /// on: hours that change in March apply from March, and history keeps the old hours.
    /// </summary>
    /// <param name="effectiveFrom">The first local date the schedule applies to; it applies until the next change.</param>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The new calendar; this one is unchanged. A change on the same date as an existing one replaces it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="effectiveFrom"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">This calendar is a union (change its members instead).</exception>
    public BusinessCalendar WithSchedule(LocalDate effectiveFrom, WeeklySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckIso(effectiveFrom, nameof(effectiveFrom));

        CheckNotUnion();
        var dates = new List<LocalDate>(_versionDates);
        var versions = new List<WeeklySchedule>(_versions);
        int at = dates.BinarySearch(effectiveFrom);
        if (at >= 0)
        {
            versions[at] = schedule;
        }
        else
        {
            dates.Insert(~at, effectiveFrom);
            versions.Insert(~at, schedule);
        }

        return new BusinessCalendar(Zone, Holidays!, dates.ToArray(), versions.ToArray(), Overrides);
    }

    /// <summary>
    /// Returns a calendar whose weekly hours change on each date of <paramref name="changes"/>: each schedule applies from its
    /// date until the next change, as if <see cref="WithSchedule"/> were called for each in turn.
    /// </summary>
    /// <param name="changes">The first local date each schedule applies to, and the schedule. A date given twice, or already a
    /// change of this calendar, takes the last schedule given for it.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <remarks>Use this for many changes (a history read from a database): it costs O(n log n) for n changes, where n calls
    /// of <see cref="WithSchedule"/> would each copy the changes so far.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or a schedule is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">This calendar is a union (change its members instead).</exception>
    public BusinessCalendar WithSchedules(IEnumerable<KeyValuePair<LocalDate, WeeklySchedule>> changes)
    {
        Preconditions.CheckNotNull(changes, nameof(changes));
        CheckNotUnion();
        var byDate = new Dictionary<LocalDate, WeeklySchedule>(_versionDates.Length);
        for (int v = 0; v < _versionDates.Length; v++)
        {
            byDate.Add(_versionDates[v], _versions[v]);
        }

        foreach (KeyValuePair<LocalDate, WeeklySchedule> change in changes)
        {
            Preconditions.CheckIso(change.Key, nameof(changes));
            if (change.Value is null)
            {
                Preconditions.ThrowArgument(nameof(changes), Preconditions.Format("The schedule of each change must not be null, was null from {0:uuuu-MM-dd}.", change.Key));
            }

            byDate[change.Key] = change.Value;
        }

        var dates = new LocalDate[byDate.Count];
        var versions = new WeeklySchedule[byDate.Count];
        int i = 0;
        foreach (KeyValuePair<LocalDate, WeeklySchedule> pair in byDate)
        {
            dates[i] = pair.Key;
            versions[i++] = pair.Value;
        }

        Array.Sort(dates, versions);
        return new BusinessCalendar(Zone, Holidays!, dates, versions, Overrides);
    }

    /// <summary>Returns the weekly schedule in force on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The schedule of the latest change on or before the date (the first schedule before any change).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">This calendar is a union (ask its members).</exception>
    public WeeklySchedule GetSchedule(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        CheckNotUnion();
        return _schedules!.ScheduleOn(IsoDate.ToDayNumber(date));
    }

    /// <inheritdoc/>
    public bool Equals(BusinessCalendar? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return IsUnion
            ? other.IsUnion && _members.SequenceEqual(other._members)
            : !other.IsUnion
                && (ReferenceEquals(Zone, other.Zone) || Zone.Equals(other.Zone))
                && Holidays!.Equals(other.Holidays)
                && Overrides.Equals(other.Overrides)
                && _versionDates.SequenceEqual(other._versionDates)
                && _versions.SequenceEqual(other._versions);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (IsUnion)
        {
            return _members.Aggregate(_members.Length, (hash, m) => HashCodes.Combine(hash, m.GetHashCode()));
        }

        return HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Zone.Id), Holidays!.GetHashCode(), _versions[0].GetHashCode(), _versions.Length);
    }

    /// <summary>Describes the calendar: its zone, schedule and holidays, or its members.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => IsUnion
            ? "Union(" + string.Join(" | ", _members.Select(m => m.ToString())) + ")"
            : Preconditions.Format(
                "BusinessCalendar({0}; {1}{2}; {3}{4})",
                Zone.Id,
                _versions[_versions.Length - 1],
                _versions.Length > 1 ? Preconditions.Format(" from {0:uuuu-MM-dd}", _versionDates[_versionDates.Length - 1]) : string.Empty,
                Holidays,
                Overrides.Count > 0 ? Preconditions.Format("; {0} overrides", Overrides.Count) : string.Empty);

    private void CheckNotUnion()
    {
        if (IsUnion)
        {
            Preconditions.ThrowInvalidOperation("A union has no schedule or overrides of its own; change its members and build the union again.");
        }
    }

    /// <summary>
    /// Gets the UTC offsets of <see cref="Zone"/> over the supported range (two days either side), built on first use, so that
    /// targets map between instants and local times without the zone's per-call allocations.
    /// </summary>
    internal ZoneSegments LocalTimes
        => Volatile.Read(ref _localTimes) ?? CreateLocalTimes();

    /// <summary>Returns the local date and time of <paramref name="instant"/> in <see cref="Zone"/>.</summary>
    internal LocalDateTime ToLocal(Instant instant) => LocalMapping.ToLocal(Zone, LocalTimes, instant);

    /// <summary>Returns the earliest instant whose local time in <see cref="Zone"/> is at or after <paramref name="local"/> (the end of a gap; the first of an overlap).</summary>
    internal Instant EarliestAtOrAfter(LocalDateTime local) => LocalMapping.EarliestAtOrAfter(Zone, LocalTimes, local);

    private ZoneSegments CreateLocalTimes()
    {
        var segments = new ZoneSegments(Zone, _timeline.First - (2 * NodaConstants.TicksPerDay), _timeline.End + (2 * NodaConstants.TicksPerDay));
        return Interlocked.CompareExchange(ref _localTimes, segments, null) ?? segments;
    }

    /// <summary>Gets the day-level calendar: a date is a business day when it has open time; built on first use.</summary>
    private CompiledDays Days
        => Volatile.Read(ref _days) ?? CreateDays();

    private CompiledDays CreateDays()
    {
        if (FirstSupportedYear > LastSupportedYear)
        {
            Preconditions.ThrowInvalidOperation("The union supports no whole year of local dates in its zone, so it cannot answer day-level questions.");
        }

        var days = new CompiledDays(new OpenDaySource(_timeline, Zone), FirstSupportedYear, LastSupportedYear, withExtras: false, noBusinessDays: false);
        return Interlocked.CompareExchange(ref _days, days, null) ?? days;
    }
}
