namespace SlaEngine.Calendars;

/// <summary>
/// How a fixed-date holiday that falls on a weekend is observed on another day.
/// </summary>
/// <remarks>
/// <para>
/// Observance only moves a holiday whose actual date is a weekend day; a holiday on a weekday is
/// always observed on its actual date. Rules that are relative to another rule
/// (<see cref="HolidayRule.DaysAfter"/> and the business-day rules) count from that rule's
/// <em>observed</em> date.
/// </para>
/// <para>
/// Unlike the other enumerations of SlaEngine, the zero value <see cref="None"/> is a valid
/// choice: "observed on its actual date" is the natural default for a holiday.
/// </para>
/// </remarks>
public enum Observance
{
    /// <summary>The holiday is observed on its actual date, even on a Saturday or Sunday.</summary>
    None = 0,

    /// <summary>
    /// Saturday is observed on the Friday before and Sunday on the Monday after, as 5 U.S.C. 6103(b)
    /// and OPM do for the US federal holidays (New Year's Day on a Saturday is observed on Friday
    /// 31 December of the previous year).
    /// </summary>
    NearestWeekday = 1,

    /// <summary>Sunday is observed on the Monday after; Saturday stays on Saturday.</summary>
    SundayToMonday = 2,

    /// <summary>
    /// A holiday that falls on a weekend day of the calendar is observed on the next day that is
    /// neither a weekend day nor another holiday, as UK bank holidays are substituted (Christmas on
    /// a Saturday and Boxing Day on a Sunday are observed on Monday 27 and Tuesday 28 December).
    /// </summary>
    /// <remarks>
    /// "Another holiday" means the observed date of the calendar's other fixed, n-th weekday,
    /// Easter and explicit-date rules; substitutes are given out in the order of the actual dates
    /// (rules with the same actual date in the order the rules were given).
    /// </remarks>
    NextWeekday = 3,

    /// <summary>
    /// Saturday and Sunday are observed on the Monday after, whatever else falls on it (New Zealand's Waitangi Day and ANZAC Day
    /// from 2014, Holidays Act 2003 s. 45A).
    /// </summary>
    WeekendToMonday = 4,

    /// <summary>
    /// A holiday on a Sunday is observed on the first later day that is not a holiday (weekend days included): Japan's substitute
    /// holiday from 2007 (Act on National Holidays, art. 3(2)).
    /// </summary>
    SundayToNextNonHoliday = 5,

    /// <summary>
    /// A holiday on a weekend day, or on a date that an earlier holiday already holds, is observed on the first later day that is
    /// neither a weekend day nor a holiday (Korea's substitute holidays).
    /// </summary>
    /// <remarks>
    /// "An earlier holiday": one that stays on its date whatever else falls there (its rule has no substitute observance, or its
    /// observance is <see cref="NextWeekday"/> or <see cref="SundayToNextNonHoliday"/> and does not move it on this date), or
    /// one with a "shared" observance whose actual date comes first, or the same date with its rule earlier in the calendar's
    /// rules. Two holidays on one date so give one substitute day, not two.
    /// </remarks>
    NextWeekdayWhenWeekendOrShared = 6,

    /// <summary>
    /// A holiday on a Sunday, or on a date that an earlier holiday already holds, is observed on the first later day that is
    /// neither a weekend day nor a holiday (Korea's Seollal and Chuseok from 2014); a Saturday stays.
    /// </summary>
    NextWeekdayWhenSundayOrShared = 7,
}
