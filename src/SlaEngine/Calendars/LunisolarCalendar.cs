namespace SlaEngine.Calendars;

/// <summary>The lunisolar calendar of a <see cref="HolidayRuleKind.Lunisolar"/> rule.</summary>
public enum LunisolarCalendar
{
    /// <summary>Not a calendar; the value of rules of other kinds.</summary>
    None = 0,

    /// <summary>
    /// The Korean lunisolar calendar (the BCL's <see cref="System.Globalization.KoreanLunisolarCalendar"/>): lunar years that
    /// begin in Gregorian years 918 to 2050.
    /// </summary>
    Korean = 1,

    /// <summary>
    /// The Chinese lunisolar calendar (the BCL's <see cref="System.Globalization.ChineseLunisolarCalendar"/>): lunar years that
    /// begin in Gregorian years 1901 to 2100.
    /// </summary>
    Chinese = 2,
}
