using System;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <content>Overloads for <see cref="ZonedDateTime"/> and, for callers who do not use NodaTime, <see cref="DateTimeOffset"/> and <see cref="TimeSpan"/>.</content>
public abstract partial class BusinessCalendar
{
    /// <summary>Returns whether the calendar is open at <paramref name="value"/>.</summary>
    /// <param name="value">A supported instant, in any zone.</param>
    /// <returns>As <see cref="IsOpen(Instant)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public bool IsOpen(ZonedDateTime value) => IsOpen(value.ToInstant());

    /// <summary>Returns the first instant at or after <paramref name="value"/> at which the calendar is open, in <paramref name="value"/>'s zone.</summary>
    /// <param name="value">A supported instant, in any zone.</param>
    /// <returns>As <see cref="NextOpen(Instant)"/>, in the zone of <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time after it up to the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public ZonedDateTime NextOpen(ZonedDateTime value) => NextOpen(value.ToInstant()).InZone(value.Zone);

    /// <summary>Returns the instant the calendar next closes, in <paramref name="value"/>'s zone.</summary>
    /// <param name="value">A supported instant, in any zone.</param>
    /// <returns>As <see cref="NextClose(Instant)"/>, in the zone of <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no next close before the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public ZonedDateTime NextClose(ZonedDateTime value) => NextClose(value.ToInstant()).InZone(value.Zone);

    /// <summary>Returns the open time inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="start">The first instant counted, in any zone.</param>
    /// <param name="end">The instant after the last one counted, in any zone.</param>
    /// <returns>As <see cref="BusinessTimeBetween(Instant, Instant)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Duration BusinessTimeBetween(ZonedDateTime start, ZonedDateTime end) => BusinessTimeBetween(start.ToInstant(), end.ToInstant());

    /// <summary>Adds business time to <paramref name="start"/>; the result is in <paramref name="start"/>'s zone.</summary>
    /// <param name="start">A supported instant, in any zone.</param>
    /// <param name="amount">The business time; see <see cref="AddBusinessTime(Instant, Duration)"/>.</param>
    /// <returns>As <see cref="AddBusinessTime(Instant, Duration)"/>, in the zone of <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start or the result is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time at all in the direction searched.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public ZonedDateTime AddBusinessTime(ZonedDateTime start, Duration amount) => AddBusinessTime(start.ToInstant(), amount).InZone(start.Zone);

    /// <summary>Returns whether the calendar is open at <paramref name="value"/>.</summary>
    /// <param name="value">A supported instant.</param>
    /// <returns>As <see cref="IsOpen(Instant)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public bool IsOpen(DateTimeOffset value) => IsOpen(Instant.FromDateTimeOffset(value));

    /// <summary>Returns the first instant at or after <paramref name="value"/> at which the calendar is open, with <paramref name="value"/>'s offset.</summary>
    /// <param name="value">A supported instant.</param>
    /// <returns>As <see cref="NextOpen(Instant)"/>, with the offset of <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time after it up to the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public DateTimeOffset NextOpen(DateTimeOffset value) => WithOffsetOf(NextOpen(Instant.FromDateTimeOffset(value)), value, nameof(value));

    /// <summary>Returns the instant the calendar next closes, with <paramref name="value"/>'s offset.</summary>
    /// <param name="value">A supported instant.</param>
    /// <returns>As <see cref="NextClose(Instant)"/>, with the offset of <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no next close before the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public DateTimeOffset NextClose(DateTimeOffset value) => WithOffsetOf(NextClose(Instant.FromDateTimeOffset(value)), value, nameof(value));

    /// <summary>Returns the open time inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="start">The first instant counted.</param>
    /// <param name="end">The instant after the last one counted.</param>
    /// <returns>As <see cref="BusinessTimeBetween(Instant, Instant)"/>, as a <see cref="TimeSpan"/> (exact: the inputs are whole ticks).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public TimeSpan BusinessTimeBetween(DateTimeOffset start, DateTimeOffset end)
        => BusinessTimeBetween(Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(end)).ToTimeSpan();

    /// <summary>Adds business time to <paramref name="start"/>; the result has <paramref name="start"/>'s offset.</summary>
    /// <param name="start">A supported instant.</param>
    /// <param name="amount">The business time; see <see cref="AddBusinessTime(Instant, Duration)"/>.</param>
    /// <returns>As <see cref="AddBusinessTime(Instant, Duration)"/>, with the offset of <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start or the result is outside <see cref="SupportedInterval"/>, or the result cannot be a <see cref="DateTimeOffset"/> at the start's offset (years 1–9999).</exception>
    /// <exception cref="InvalidOperationException">There is no business time at all in the direction searched.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan amount)
        => WithOffsetOf(AddBusinessTime(Instant.FromDateTimeOffset(start), Duration.FromTimeSpan(amount)), start, nameof(start));

    /// <summary>The <see cref="DateTime"/> ticks of 1970-01-01T00:00Z.</summary>
    private const long UnixEpochDateTimeTicks = 621_355_968_000_000_000;

    /// <summary>Returns <paramref name="instant"/> with the offset of <paramref name="reference"/>, if a <see cref="DateTimeOffset"/> can hold it.</summary>
    internal static DateTimeOffset WithOffsetOf(Instant instant, DateTimeOffset reference, string paramName)
    {
        // DateTimeOffset needs both its UTC and its local date-time within years 1–9999; check in DateTime ticks, before
        // NodaTime is asked for a local date it cannot represent either.
        long utcTicks = instant.ToUnixTimeTicks() + UnixEpochDateTimeTicks;
        long localTicks = utcTicks + reference.Offset.Ticks;
        long max = DateTime.MaxValue.Ticks;
        if (utcTicks < 0 || utcTicks > max || localTicks < 0 || localTicks > max)
        {
            Preconditions.ThrowOutOfRange(paramName, reference, Preconditions.Format(
                "The result {0} cannot be a DateTimeOffset at offset {1}: its date would be outside the years 1–9999.", instant, Offset.FromTimeSpan(reference.Offset)));
        }

        return instant.WithOffset(Offset.FromTimeSpan(reference.Offset)).ToDateTimeOffset();
    }
}
