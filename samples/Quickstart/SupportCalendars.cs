using SlaEngine.Calendars;

namespace Quickstart;

/// <summary>Holiday calendars of the published support policies, built from rules.</summary>
public static class SupportCalendars
{
    /// <summary>
    /// The closures of support policy 001 ("9 AM - 5 PM Pacific"): "US Federal Holidays, as defined by
    /// the Office of Personnel Management; the day after Thanksgiving; one business day before and
    /// after Christmas; all business days between Christmas and New Years."
    /// </summary>
    /// <remarks>
    /// Reading: federal holidays on their observed dates (no executive-order one-offs); the Friday
    /// after Thanksgiving; the business day immediately before and after the observed Christmas
    /// Day; every business day strictly between the observed Christmas Day and the next observed
    /// New Year's Day. Business days there are weekdays that are not already federal holidays or the
    /// day after Thanksgiving, so the four rules do not push each other around.
    /// </remarks>
    public static HolidayCalendar Policy001Closures { get; } = HolidayCalendars.UsFederal.With(
        HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
        HolidayRule.BusinessDaysBefore("Business day before Christmas", "Christmas Day", 1),
        HolidayRule.BusinessDaysAfter("Business day after Christmas", "Christmas Day", 1),
        HolidayRule.BusinessDaysBetween("Business days between Christmas and New Year's", "Christmas Day", "New Year's Day"));
}
