namespace SlaEngine.Calendars;

/// <summary>The lunisolar calendar of a <see cref="HolidayRuleKind.Lunisolar"/> rule.</summary>
public enum LunisolarCalendar
{
    /// <summary>Not a calendar; the value of rules of other kinds.</summary>
    None = 0,

    /// <summary>
    /// The Korean lunisolar calendar, as the BCL's <see cref="System.Globalization.KoreanLunisolarCalendar"/> gives it: lunar
    /// years that begin in Gregorian years 1900 to 2050 (the BCL's range ends early in 2051).
    /// </summary>
    Korean = 1,

    /// <summary>
    /// The Chinese lunisolar calendar, as the BCL's <see cref="System.Globalization.ChineseLunisolarCalendar"/> gives it: lunar
    /// years that begin in Gregorian years 1901 to 2100.
    /// </summary>
    Chinese = 2,
}
