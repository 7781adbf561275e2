using System;
using System.Linq;
using NodaTime;
using SlaEngine.BusinessHours.Engine;
using SlaEngine.Calendars;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Business hours in a time zone, answering instant-level questions (is it open, how much business time lies between two
/// instants, what instant is 8 business hours after this one) and day-level ones (business days). Two kinds:
/// a <see cref="ScheduledBusinessCalendar"/> (a weekly schedule, which may change over time, a holiday calendar and per-date
/// overrides; <see cref="Create(WeeklySchedule, HolidayCalendar, DateTimeZone)"/>) and a <see cref="UnionBusinessCalendar"/>
/// (follow-the-sun: open whenever one of its members is; <see cref="Union"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Hours on the timeline.</b> The hours [open, close) of local date D are the set of instants whose local date in the
/// calendar's zone is D and whose local time lies in [open, close); each date uses its own UTC offsets. So an opening inside a
/// DST gap opens at the end of the gap (02:30 on a day whose clocks jump from 02:00 to 03:00 opens at 03:00, not at 03:30 as
/// NodaTime's lenient resolver would map it); the repeated hour of a fall-back is worked twice (00:00–24:00 on such a day is
/// 25 hours of business time; Lord Howe's half-hour change gives 23h30m or 24h30m); and a local date that never existed
/// (Pacific/Apia, 2011-12-30) has no hours. Business time is real elapsed time.
/// </para>
/// <para>
/// <b>Cost.</b> The hours compile into sorted open intervals on the UTC timeline with running totals of open time, in blocks of
/// 256 days, and only where a query needs them: the first query about an instant compiles that instant's block (in any year of
/// the range), and a query that spans ten years compiles the blocks between its ends, once. After that every query is a
/// lookup: <see cref="IsOpen(Instant)"/>, <see cref="BusinessTimeBetween(Instant, Instant)"/> and
/// <see cref="AddBusinessTime(Instant, Duration)"/> cost the same for a span of one day or ten years and allocate nothing.
/// The day level (<see cref="IsBusinessDay(LocalDate)"/> and its kin) compiles a year at a time the same way. A block of a
/// weekday 9-to-5 schedule takes about 6 KiB; a calendar holds the blocks its queries touched and a window of references from the
/// earliest to the latest of them, so a calendar asked about one season holds one or two blocks. The holidays compile a year at a time in the holiday
/// calendar, once for every business calendar built on it.
/// </para>
/// <para>
/// <b>Sharing.</b> Calendars with equal definitions share one compiled state, however many times they are built: a service that
/// builds one calendar per customer from a few dozen definitions compiles each definition once. The shared state lives as long
/// as some calendar uses it.
/// </para>
/// <para>
/// <b>Range.</b> A calendar answers for <see cref="SupportedInterval"/>: for a scheduled calendar, the instants whose local date
/// lies in the supported years of its holiday calendar (by default 1900–2199); for a union, the instants all its members
/// support. Instants outside it are an <see cref="ArgumentOutOfRangeException"/>. Business time is exact to the nanosecond;
/// the hours' boundaries are whole ticks.
/// </para>
/// <para>
/// Instances are immutable and thread-safe (compiled stretches are published once, under a lock, and may be raced for safely).
/// Equality is structural: the same kind and definition (the same zone object, so the same provider and data version).
/// </para>
/// </remarks>
public abstract partial class BusinessCalendar : IEquatable<BusinessCalendar>
{
    private readonly CalendarEngine _engine;
    private readonly Timeline _timeline;
    private readonly bool _neverOpen;

    /// <summary>Initializes a calendar over a shared engine; only the kinds of this assembly derive.</summary>
    private protected BusinessCalendar(CalendarEngine engine)
    {
        _engine = engine;
        _timeline = engine.Timeline;
        _neverOpen = engine.NeverOpen;
        Zone = engine.Definition.Zone;
        FirstSupportedYear = engine.FirstSupportedYear;
        LastSupportedYear = engine.LastSupportedYear;
    }

    /// <summary>Gets the time zone of the calendar's local dates and times: day-level questions and targets use its dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the instants the calendar answers for (see the remarks on the range).</summary>
    public Interval SupportedInterval => new(Instant.FromUnixTimeTicks(_timeline.First), Instant.FromUnixTimeTicks(_timeline.End));

    /// <summary>Gets the first year whose dates the day-level methods accept.</summary>
    public int FirstSupportedYear { get; }

    /// <summary>Gets the last year whose dates the day-level methods accept (before the first when a union's members support no whole year in its zone in common).</summary>
    public int LastSupportedYear { get; }

    /// <summary>Gets the shared compiled state.</summary>
    internal CalendarEngine Engine => _engine;

    /// <summary>Creates a calendar from a weekly schedule, a holiday calendar and a time zone.</summary>
    /// <param name="schedule">The opening hours of each day of the week.</param>
    /// <param name="holidays">The holidays; each closes its local date. Its supported years are the calendar's.</param>
    /// <param name="zone">The time zone of the hours and dates.</param>
    /// <returns>The calendar, without overrides.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ScheduledBusinessCalendar Create(WeeklySchedule schedule, HolidayCalendar holidays, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckNotNull(holidays, nameof(holidays));
        Preconditions.CheckNotNull(zone, nameof(zone));
        return new ScheduledBusinessCalendar(zone, holidays, new[] { LocalDate.MinIsoValue }, new[] { schedule }, DateOverrides.Empty);
    }

    /// <summary>Creates a calendar without holidays from a weekly schedule and a time zone.</summary>
    /// <param name="schedule">The opening hours of each day of the week.</param>
    /// <param name="zone">The time zone of the hours and dates.</param>
    /// <returns>The calendar, supporting the years <see cref="HolidayCalendar.DefaultFirstSupportedYear"/>–<see cref="HolidayCalendar.DefaultLastSupportedYear"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ScheduledBusinessCalendar Create(WeeklySchedule schedule, DateTimeZone zone)
        => Create(schedule, ScheduledBusinessCalendar.NoHolidays, zone);

    /// <summary>
    /// Returns the follow-the-sun union of <paramref name="calendars"/>: open whenever any of them is open.
    /// </summary>
    /// <param name="zone">The time zone of the union's local dates, for day-level questions and targets (the offices' hours keep their own zones).</param>
    /// <param name="calendars">The members, in any zones; at least one.</param>
    /// <returns>The union. It supports the instants all members support.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="calendars"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendars"/> is empty or contains <see langword="null"/>, or the members support no instant in common.</exception>
    public static UnionBusinessCalendar Union(DateTimeZone zone, params BusinessCalendar[] calendars)
    {
        Preconditions.CheckNotNull(zone, nameof(zone));
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

        return TryUnion(zone, calendars, Problems.Throw)!;
    }

    /// <summary>Returns <see cref="Union"/> of members that are not null, or reports that they support no instant in common (member <c>calendars</c>) and returns <see langword="null"/>.</summary>
    internal static UnionBusinessCalendar? TryUnion(DateTimeZone zone, System.Collections.Generic.IReadOnlyList<BusinessCalendar> calendars, Problems problems)
    {
        long first = calendars.Max(c => c._timeline.First);
        long end = calendars.Min(c => c._timeline.End);
        if (first >= end)
        {
            problems.Invalid(nameof(calendars), "The calendars of a union must support some instant in common, but their supported intervals do not overlap.");
            return null;
        }

        return new UnionBusinessCalendar(zone, calendars.ToArray());
    }

    /// <inheritdoc/>
    /// <remarks>Calendars with equal definitions share one compiled state, so this compares that state's identity.</remarks>
    public bool Equals(BusinessCalendar? other) => other is not null && ReferenceEquals(_engine, other._engine);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => _engine.Definition.GetHashCode();

    /// <summary>Returns the local date and time of <paramref name="instant"/> in <see cref="Zone"/>.</summary>
    internal LocalDateTime ToLocal(Instant instant) => LocalMapping.ToLocal(Zone, _engine.LocalTimes, instant);

    /// <summary>Returns the earliest instant whose local time in <see cref="Zone"/> is at or after <paramref name="local"/> (the end of a gap; the first of an overlap).</summary>
    internal Instant EarliestAtOrAfter(LocalDateTime local) => LocalMapping.EarliestAtOrAfter(Zone, _engine.LocalTimes, local);

    /// <summary>Gets the day-level calendar: a date is a business day when it has open time; built on first use.</summary>
    private CompiledDays Days => _engine.Days;
}
