namespace SlaEngine.Calendars;

/// <summary>The kind of date a <see cref="HolidayRule"/> describes.</summary>
public enum HolidayRuleKind
{
    /// <summary>Not a valid kind; the default value of the enumeration.</summary>
    None = 0,

    /// <summary>A fixed month and day, optionally moved by an <see cref="Observance"/>: <see cref="HolidayRule.Fixed"/>.</summary>
    Fixed = 1,

    /// <summary>The n-th (or last) given weekday of a month, or on or after (on or before) a day of it: <see cref="HolidayRule.NthWeekday(string, int, NodaTime.IsoDayOfWeek, int)"/>.</summary>
    NthWeekday = 2,

    /// <summary>A number of days from Western (Gregorian) Easter Sunday: <see cref="HolidayRule.Easter"/>.</summary>
    Easter = 3,

    /// <summary>A number of days from Orthodox (Julian-computed) Easter Sunday: <see cref="HolidayRule.OrthodoxEaster"/>.</summary>
    OrthodoxEaster = 4,

    /// <summary>A number of calendar days from another rule's observed date: <see cref="HolidayRule.DaysAfter"/>.</summary>
    DaysAfter = 5,

    /// <summary>The business day a number of business days before another rule's observed date: <see cref="HolidayRule.BusinessDaysBefore"/>.</summary>
    BusinessDaysBefore = 6,

    /// <summary>The business day a number of business days after another rule's observed date: <see cref="HolidayRule.BusinessDaysAfter"/>.</summary>
    BusinessDaysAfter = 7,

    /// <summary>Every business day strictly between two rules' observed dates: <see cref="HolidayRule.BusinessDaysBetween"/>.</summary>
    BusinessDaysBetween = 8,

    /// <summary>An explicit list of dates (one-off closures): <see cref="HolidayRule.Dates"/>.</summary>
    Dates = 9,

    /// <summary>A date of the Korean or Chinese lunisolar calendar: <see cref="HolidayRule.Lunisolar"/>.</summary>
    Lunisolar = 10,

    /// <summary>A date of the Hebrew calendar: <see cref="HolidayRule.Hebrew"/>.</summary>
    Hebrew = 11,

    /// <summary>The date of the March or September equinox at a UTC offset: <see cref="HolidayRule.Equinox"/>.</summary>
    Equinox = 12,

    /// <summary>Every day between two holidays that is not one itself (Japan's Citizens' Holiday): <see cref="HolidayRule.DayBetweenHolidays"/>.</summary>
    DayBetweenHolidays = 13,

    /// <summary>Weekend dates made working days (make-up or transferred working days): <see cref="HolidayRule.WorkingDays"/>.</summary>
    WorkingDays = 14,
}
