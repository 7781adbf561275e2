namespace SlaEngine.Calendars;

/// <summary>What bounds a built-in calendar's supported years (see <see cref="HolidayCalendarInfo.Class"/>).</summary>
public enum HolidayCalendarClass
{
    /// <summary>Not a class; the default value of the enumeration.</summary>
    None = 0,

    /// <summary>
    /// Rules alone (fixed dates, Easter, n-th weekdays, substitute rules, equinoxes): supported at least 1990–2199.
    /// </summary>
    RuleBased = 1,

    /// <summary>
    /// Rules bounded by a statute's table or a calendar system's range (New Zealand's Matariki table to 2052, the Korean
    /// lunisolar calendar to 2050): supported from 1990 to that bound.
    /// </summary>
    Bounded = 2,

    /// <summary>
    /// Dates a government announces year by year (China, Singapore, India, Türkiye's religious days, Russia's transfers,
    /// Argentina's bridge days): supported to the last published year (<see cref="HolidayCalendarInfo.AnnouncedThrough"/>); a
    /// later year is an <see cref="System.ArgumentOutOfRangeException"/>, never a guess.
    /// </summary>
    Announced = 3,
}
