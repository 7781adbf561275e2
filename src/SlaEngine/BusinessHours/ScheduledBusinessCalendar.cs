using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using SlaEngine.BusinessHours.Engine;
using SlaEngine.Calendars;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// A business calendar of weekly hours in a time zone: a weekly schedule (which may change over time), a holiday calendar and
/// per-date overrides. Made by <see cref="BusinessCalendar.Create(WeeklySchedule, HolidayCalendar, DateTimeZone)"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Which hours apply to a local date.</b> Its <see cref="DateOverrides"/> hours if it has an override; else none if it is a
/// holiday of <see cref="Holidays"/> (the holiday calendar's weekend days are not used: the schedule says which weekdays are
/// open); else the hours of its day of the week in the schedule in force on that date (<see cref="WithSchedule"/>). The tail
/// of an overnight shift belongs to the next date, so a holiday on Saturday closes Saturday 00:00–06:00 of a Friday
/// 22:00–06:00 shift.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; the <c>With…</c> methods return new calendars. Equality is structural: the same
/// zone object, holidays, schedules and overrides. See <see cref="BusinessCalendar"/> for the queries and their costs.
/// </para>
/// </remarks>
public sealed class ScheduledBusinessCalendar : BusinessCalendar
{
    private readonly LocalDate[] _versionDates;
    private readonly WeeklySchedule[] _versions;
    private ReadOnlyCollection<LocalDate>? _scheduleChanges;

    [MethodImpl(Jit.Optimized)]
    internal ScheduledBusinessCalendar(DateTimeZone zone, HolidayCalendar holidays, LocalDate[] versionDates, WeeklySchedule[] versions, DateOverrides overrides)
        : base(CalendarEngines.Get(CalendarDefinition.Schedule(zone, holidays, versionDates, versions, overrides), CalendarEngine.ForSchedule))
    {
        Holidays = holidays;
        Overrides = overrides;
        _versionDates = versionDates;
        _versions = versions;
    }

    /// <summary>Gets the holiday calendar of a calendar created without holidays: no rules, no weekend days.</summary>
    internal static HolidayCalendar NoHolidays { get; } = HolidayCalendar.Create(Array.Empty<HolidayRule>(), Array.Empty<IsoDayOfWeek>());

    /// <summary>Gets the holiday calendar whose holidays close their dates (one without rules when the calendar was created without holidays).</summary>
    public HolidayCalendar Holidays { get; }

    /// <summary>Gets the per-date overrides.</summary>
    public DateOverrides Overrides { get; }

    /// <summary>Gets the dates from which a schedule added by <see cref="WithSchedule"/> applies, in order; empty when one schedule applies throughout.</summary>
    /// <remarks>The list is read-only and built once, on the first get.</remarks>
    public IReadOnlyList<LocalDate> ScheduleChanges
        => Volatile.Read(ref _scheduleChanges) ?? Interlocked.CompareExchange(ref _scheduleChanges, new ReadOnlyCollection<LocalDate>(_versionDates.AsSpan(1).ToArray()), null) ?? _scheduleChanges!;

    /// <summary>Returns a calendar with <paramref name="overrides"/> in place of the current overrides.</summary>
    /// <param name="overrides">The overrides.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is <see langword="null"/>.</exception>
    public ScheduledBusinessCalendar WithOverrides(DateOverrides overrides)
    {
        Preconditions.CheckNotNull(overrides, nameof(overrides));
        return new ScheduledBusinessCalendar(Zone, Holidays, _versionDates, _versions, overrides);
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
    public ScheduledBusinessCalendar WithSchedule(LocalDate effectiveFrom, WeeklySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckIso(effectiveFrom, nameof(effectiveFrom));
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

        return new ScheduledBusinessCalendar(Zone, Holidays, dates.ToArray(), versions.ToArray(), Overrides);
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
    public ScheduledBusinessCalendar WithSchedules(IEnumerable<KeyValuePair<LocalDate, WeeklySchedule>> changes)
    {
        Preconditions.CheckNotNull(changes, nameof(changes));
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
        return new ScheduledBusinessCalendar(Zone, Holidays, dates, versions, Overrides);
    }

    /// <summary>Returns the weekly schedule in force on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The schedule of the latest change on or before the date (the first schedule before any change).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public WeeklySchedule GetSchedule(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));

        // This calendar's own schedules, not the shared engine's equal ones: the last change on or before the date (the
        // first version applies from LocalDate.MinIsoValue).
        int at = Array.BinarySearch(_versionDates, date);
        return _versions[at >= 0 ? at : Math.Max(~at - 1, 0)];
    }

    /// <summary>Describes the calendar: its zone, its latest schedule and holidays, and how many overrides it has.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => Preconditions.Format(
            "BusinessCalendar({0}; {1}{2}; {3}{4})",
            Zone.Id,
            _versions[_versions.Length - 1],
            _versions.Length > 1 ? Preconditions.Format(" from {0:uuuu-MM-dd}", _versionDates[_versionDates.Length - 1]) : string.Empty,
            Holidays,
            Overrides.Count > 0 ? Preconditions.Format("; {0} overrides", Overrides.Count) : string.Empty);

    /// <summary>Gets the schedule versions and their first dates (the first from <see cref="LocalDate.MinIsoValue"/>), for the writer.</summary>
    internal (LocalDate[] Dates, WeeklySchedule[] Versions) Versions => (_versionDates, _versions);
}
