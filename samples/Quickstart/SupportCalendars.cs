using SlaEngine.Calendars;

namespace Quickstart;

/// <summary>Holiday calendars of the published support policies: built-in national calendars and rules on top of them.</summary>
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

    /// <summary>
    /// The holidays of policy 002's support desk in India (Haptik is based in Mumbai): the built-in calendar <c>IN</c>, the four
    /// days off across the whole country (Republic Day 26 January, Independence Day 15 August, Mahatma Gandhi's Birthday
    /// 2 October, Christmas Day), no substitute days. Rule-based, so it keeps working in every year.
    /// </summary>
    /// <remarks>
    /// Not <c>IN-CENTRAL</c>: the central government's full compulsory list (Diwali, Holi, the Eids, …) is announced a year at a
    /// time and ends at the last published year (2026), and Maharashtra's state holidays are not national. Policy 002 names no
    /// company closures.
    /// </remarks>
    public static HolidayCalendar IndiaDesk { get; } = HolidayCalendars.Get("IN");

    /// <summary>
    /// The holidays of policy 003's London office: the built-in calendar <c>GB</c>, the bank holidays of England and Wales
    /// (New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day, Boxing Day,
    /// with their substitute days, and one-off proclamations such as jubilees).
    /// </summary>
    public static HolidayCalendar LondonOffice { get; } = HolidayCalendars.Get("GB");

    /// <summary>
    /// The holidays of policy 003's Tokyo office: the built-in calendar <c>JP</c>, the national holidays of the Act on National
    /// Holidays with its substitute holidays (振替休日) and citizens' holidays (国民の休日).
    /// </summary>
    /// <remarks>
    /// The office used to be in Singapore; <c>SG</c> rests on dates the government announces a year at a time (Chinese New
    /// Year, the Hari Rayas, Vesak, Deepavali) and ends in 2026, so the sample could not keep working through 2030. Tokyo keeps
    /// the follow-the-sun hand-overs without a gap (08:00–17:00 JST is 23:00–08:00 UTC all year).
    /// </remarks>
    public static HolidayCalendar TokyoOffice { get; } = HolidayCalendars.Get("JP");
}
