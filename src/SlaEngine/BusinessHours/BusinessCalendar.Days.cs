using System;
using NodaTime;

namespace SlaEngine.BusinessHours;

/// <content>Day-level queries: business days are local dates with any open time.</content>
public abstract partial class BusinessCalendar
{
    /// <summary>Returns whether <paramref name="date"/> is a business day: a local date in <see cref="Zone"/> with any open time.</summary>
    /// <param name="date">An ISO date in the supported years.</param>
    /// <returns><see langword="true"/> when the calendar is open at some instant of that local date.</returns>
    /// <remarks>A date whose only hours fall in a DST gap, or that never existed in the zone, is not a business day.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">This is a union whose members support no whole year of local dates in its zone in common.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public bool IsBusinessDay(LocalDate date) => Days.IsBusinessDay(date, nameof(date));

    /// <summary>Returns the business day <paramref name="days"/> business days after <paramref name="date"/> (before it when negative).</summary>
    /// <param name="date">The start date; it need not be a business day.</param>
    /// <param name="days">
    /// The number of business days, with the conventions of <see cref="Calendars.HolidayCalendar.AddBusinessDays"/>:
    /// positive, the <paramref name="days"/>-th business day strictly after <paramref name="date"/> (Saturday + 1 is
    /// Monday); negative, the symmetric count strictly before; zero, <paramref name="date"/> if it is a business day,
    /// otherwise the next one.
    /// </param>
    /// <returns>The business day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> or the result is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business day at all in its supported years, or is a union whose members support no whole year of local dates in its zone in common.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days)
    {
        CheckSomeOpenTime();
        return Days.AddBusinessDays(date, days, Calendars.BusinessDayConvention.None);
    }

    /// <summary>Returns the number of business days in [<paramref name="start"/>, <paramref name="end"/>): start included, end excluded.</summary>
    /// <param name="start">The first date counted.</param>
    /// <param name="end">The date after the last date counted.</param>
    /// <returns>The count; 0 when the dates are equal, and the negated count of [<paramref name="end"/>, <paramref name="start"/>) when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">This is a union whose members support no whole year of local dates in its zone in common.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public int BusinessDaysBetween(LocalDate start, LocalDate end) => Days.BusinessDaysBetween(start, end);
}
