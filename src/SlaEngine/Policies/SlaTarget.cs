using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Policies;

/// <summary>
/// How long a ticket may take, named by kind so that "1 day" can never silently mean something else: wall-clock
/// time (<see cref="Calendar"/>), business time (<see cref="Business"/>), business days (<see cref="BusinessDays"/>),
/// the end of a business day (<see cref="EndOfBusinessDay"/>) or a time on the next business day
/// (<see cref="NextBusinessDayAt"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="DueAt"/> gives the due instant for a start on a <see cref="BusinessCalendar"/>. Every result is exact to
/// the nanosecond; local times are mapped the way the calendar's open intervals are (a time skipped by a DST gap
/// means the end of the gap; a repeated time means its first occurrence).
/// </para>
/// <para>
/// Durations and day counts are bounded by 36,600 days (about a century). The default value has kind
/// <see cref="SlaTargetKind.None"/> and is rejected by policies and by <see cref="DueAt"/>. Equality compares the
/// kind and the amount; targets of different kinds are not ordered.
/// </para>
/// </remarks>
public readonly struct SlaTarget : IEquatable<SlaTarget>
{
    /// <summary>The largest duration or day count a target accepts: 36,600 days.</summary>
    public const int MaxDays = 36_600;

    private static readonly Duration s_maxDuration = Duration.FromDays(MaxDays);

    private readonly SlaTargetKind _kind;

    // Nanoseconds for Calendar and Business, a day count for BusinessDays and EndOfBusinessDay, the
    // nanosecond of the day for NextBusinessDayAt.
    private readonly long _value;

    private SlaTarget(SlaTargetKind kind, long value)
    {
        _kind = kind;
        _value = value;
    }

    /// <summary>Gets the kind of target; <see cref="SlaTargetKind.None"/> for the default value.</summary>
    public SlaTargetKind Kind => _kind;

    /// <summary>Gets the duration of a <see cref="SlaTargetKind.Calendar"/> or <see cref="SlaTargetKind.Business"/> target; zero for other kinds.</summary>
    public Duration Duration => _kind is SlaTargetKind.Calendar or SlaTargetKind.Business ? Duration.FromNanoseconds(_value) : Duration.Zero;

    /// <summary>Gets the day count of a <see cref="SlaTargetKind.BusinessDays"/> or <see cref="SlaTargetKind.EndOfBusinessDay"/> target; zero for other kinds.</summary>
    public int Days => _kind is SlaTargetKind.BusinessDays or SlaTargetKind.EndOfBusinessDay ? (int)_value : 0;

    /// <summary>Gets the local time of a <see cref="SlaTargetKind.NextBusinessDayAt"/> target; midnight for other kinds.</summary>
    public LocalTime TimeOfDay => _kind == SlaTargetKind.NextBusinessDayAt ? LocalTime.FromNanosecondsSinceMidnight(_value) : LocalTime.Midnight;

    /// <summary>Creates a wall-clock (24x7) target: due <paramref name="duration"/> after the start, whatever the calendar.</summary>
    /// <param name="duration">The time allowed; positive and at most <see cref="MaxDays"/> days.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive or is too long.</exception>
    public static SlaTarget Calendar(Duration duration) => TryCreate(SlaTargetKind.Calendar, duration, 0, Problems.Throw)!.Value;

    /// <summary>
    /// Creates a business-time target: due at the earliest instant at which <paramref name="duration"/> of open time
    /// has elapsed since the start. "24 business hours" on a 9–17 calendar is three business days.
    /// </summary>
    /// <param name="duration">The business time allowed; positive and at most <see cref="MaxDays"/> days.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive or is too long.</exception>
    public static SlaTarget Business(Duration duration) => TryCreate(SlaTargetKind.Business, duration, 0, Problems.Throw)!.Value;

    /// <summary>
    /// Creates a target due at the same local time on the <paramref name="days"/>-th business day after the start.
    /// A start outside business hours first moves to the next opening: a ticket from Friday 18:00 with one business
    /// day on a 9–17 Monday–Friday calendar is due Tuesday 09:00.
    /// </summary>
    /// <param name="days">The number of business days; 1 to <see cref="MaxDays"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static SlaTarget BusinessDays(int days) => TryCreate(SlaTargetKind.BusinessDays, Duration.Zero, days, Problems.Throw)!.Value;

    /// <summary>
    /// Creates a target due at the close of the <paramref name="days"/>-th business day after the start's business
    /// day. The start's business day is the date of the next opening at or after the start, so a ticket from Saturday
    /// with 0 days is due at Monday's close.
    /// </summary>
    /// <param name="days">The number of business days after the start's; 0 (the same day) to <see cref="MaxDays"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static SlaTarget EndOfBusinessDay(int days) => TryCreate(SlaTargetKind.EndOfBusinessDay, Duration.Zero, days, Problems.Throw)!.Value;

    /// <summary>
    /// Creates a target of a duration kind (<paramref name="duration"/>, member <c>duration</c>) or a day kind (<paramref name="days"/>,
    /// member <c>days</c>), or reports the problem and returns <see langword="null"/>.
    /// </summary>
    internal static SlaTarget? TryCreate(SlaTargetKind kind, Duration duration, int days, Problems problems)
    {
        switch (kind)
        {
            case SlaTargetKind.Calendar:
            case SlaTargetKind.Business:
                if (duration <= Duration.Zero || duration > s_maxDuration)
                {
                    problems.OutOfRange(nameof(duration), duration, Preconditions.Format(
                        "The duration of a target must be positive and at most {0} days, was {1}.", MaxDays, duration.ToString("-D:hh:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture)));
                    return null;
                }

                return new SlaTarget(kind, duration.ToInt64Nanoseconds());
            default:
                int min = kind == SlaTargetKind.BusinessDays ? 1 : 0;
                if (days < min || days > MaxDays)
                {
                    problems.OutOfRange(nameof(days), days, Preconditions.Format("The business days of a target must be between {0} and {1}, was {2}.", min, MaxDays, days));
                    return null;
                }

                return new SlaTarget(kind, days);
        }
    }

    /// <summary>
    /// Creates a target due at local time <paramref name="time"/> on the first business day after the start's local
    /// date: "next business day at 09:00" turns Friday 16:30 into Monday 09:00, and Monday 08:00 into Tuesday 09:00.
    /// </summary>
    /// <param name="time">The local time of day.</param>
    /// <returns>The target.</returns>
    public static SlaTarget NextBusinessDayAt(LocalTime time) => new(SlaTargetKind.NextBusinessDayAt, time.NanosecondOfDay);

    /// <summary>Returns whether two targets are equal.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when they have the same kind and amount.</returns>
    public static bool operator ==(SlaTarget left, SlaTarget right) => left.Equals(right);

    /// <summary>Returns whether two targets differ.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when they differ in kind or amount.</returns>
    public static bool operator !=(SlaTarget left, SlaTarget right) => !left.Equals(right);

    /// <summary>Returns the instant a ticket started at <paramref name="start"/> is due under this target.</summary>
    /// <param name="calendar">The business calendar; ignored by a <see cref="SlaTargetKind.Calendar"/> target, which runs 24x7.</param>
    /// <param name="start">When the clock starts (for example the ticket's creation).</param>
    /// <returns>The due instant; never before <paramref name="start"/>.</returns>
    /// <remarks>
    /// Business days and dates are those of <paramref name="calendar"/>: local dates in its zone with any open time.
    /// Costs a few calendar lookups whatever the target's size, and allocates nothing once the calendar's years are compiled.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> or the due is outside the calendar's supported range (for a <see cref="SlaTargetKind.Calendar"/>
    /// target, the due is past <see cref="Instant.MaxValue"/>).
    /// </exception>
    /// <exception cref="InvalidOperationException">This is the default value, which has no kind; or the calendar has no business time after <paramref name="start"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant DueAt(BusinessCalendar calendar, Instant start)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        if (_kind == SlaTargetKind.Calendar)
        {
            Duration duration = Duration.FromNanoseconds(_value);
            if (start > Instant.MaxValue - duration)
            {
                Preconditions.ThrowOutOfRange(nameof(start), start, Preconditions.Format(
                    "The due of a Calendar target must be a representable instant, but {0} + {1} is past {2}.", start, FormatDuration(_value), Instant.MaxValue));
            }

            return start + duration;
        }

        Interval supported = calendar.SupportedInterval;
        if (start < supported.Start || start >= supported.End)
        {
            Preconditions.ThrowOutOfRange(nameof(start), start, Preconditions.Format(
                "The start must lie in the calendar's supported range [{0}, {1}), was {2}.", supported.Start, supported.End, start));
        }

        switch (_kind)
        {
            case SlaTargetKind.Business:
                return calendar.AddBusinessTime(start, Duration.FromNanoseconds(_value));
            case SlaTargetKind.BusinessDays:
            {
                Instant opening = calendar.NextOpen(start);
                LocalDateTime local = calendar.ToLocal(opening);
                LocalDate day = calendar.AddBusinessDays(local.Date, (int)_value);
                return calendar.EarliestAtOrAfter(day + local.TimeOfDay);
            }

            case SlaTargetKind.EndOfBusinessDay:
            {
                Instant opening = calendar.NextOpen(start);
                LocalDate day = calendar.AddBusinessDays(calendar.ToLocal(opening).Date, (int)_value);
                Instant nextDay = calendar.EarliestAtOrAfter(day.PlusDays(1).AtMidnight());
                Instant last = supported.End - Duration.Epsilon;
                if (nextDay > last)
                {
                    // The day is the last supported one: its close is measurable unless it is open to the very end.
                    if (calendar.IsOpen(last))
                    {
                        Preconditions.ThrowOutOfRange(nameof(start), start, Preconditions.Format(
                            "The due of {0} from {1} is the end of the calendar's supported range, {2}, which is outside it.", this, start, supported.End));
                    }

                    nextDay = last;
                }

                return calendar.AddBusinessTime(opening, calendar.BusinessTimeBetween(opening, nextDay));
            }

            case SlaTargetKind.NextBusinessDayAt:
            {
                LocalDate day = calendar.AddBusinessDays(calendar.ToLocal(start).Date, 1);
                return calendar.EarliestAtOrAfter(day + LocalTime.FromNanosecondsSinceMidnight(_value));
            }

            default:
                Preconditions.ThrowInvalidOperation("The target has no kind: it is the default SlaTarget value.");
                return default;
        }
    }

    /// <inheritdoc/>
    public bool Equals(SlaTarget other) => _kind == other._kind && _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine((int)_kind, _value.GetHashCode());

    /// <summary>Returns the target as its factory call, for example <c>Business(4h)</c> or <c>NextBusinessDayAt(09:00)</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => _kind switch
    {
        SlaTargetKind.Calendar => "Calendar(" + FormatDuration(_value) + ")",
        SlaTargetKind.Business => "Business(" + FormatDuration(_value) + ")",
        SlaTargetKind.BusinessDays => "BusinessDays(" + _value.ToString(CultureInfo.InvariantCulture) + ")",
        SlaTargetKind.EndOfBusinessDay => "EndOfBusinessDay(" + _value.ToString(CultureInfo.InvariantCulture) + ")",
        SlaTargetKind.NextBusinessDayAt => "NextBusinessDayAt(" + LocalTimePattern.ExtendedIso.Format(TimeOfDay) + ")",
        _ => "None",
    };

    private static string FormatDuration(long nanoseconds)
    {
        const long perMinute = 60L * 1_000_000_000;
        const long perHour = 60 * perMinute;
        if (nanoseconds % perHour == 0)
        {
            return (nanoseconds / perHour).ToString(CultureInfo.InvariantCulture) + "h";
        }

        if (nanoseconds % perMinute == 0)
        {
            return (nanoseconds / perMinute).ToString(CultureInfo.InvariantCulture) + "min";
        }

        return Duration.FromNanoseconds(nanoseconds).ToString("-D:hh:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
    }
}
