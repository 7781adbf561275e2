namespace SlaEngine.Calendars;

/// <summary>
/// How <see cref="HolidayCalendar.Adjust"/> moves a date that is not a business day onto one.
/// A business day is always left where it is.
/// </summary>
public enum BusinessDayConvention
{
    /// <summary>Not a valid convention; the default value of the enumeration.</summary>
    None = 0,

    /// <summary>The first business day on or after the date.</summary>
    Following = 1,

    /// <summary>
    /// The first business day on or after the date, unless that is in another month; then the last
    /// business day before the date.
    /// </summary>
    ModifiedFollowing = 2,

    /// <summary>The last business day on or before the date.</summary>
    Preceding = 3,

    /// <summary>
    /// The last business day on or before the date, unless that is in another month; then the first
    /// business day after the date.
    /// </summary>
    ModifiedPreceding = 4,
}
