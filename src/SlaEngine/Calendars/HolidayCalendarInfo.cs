using System.Collections.Generic;

namespace SlaEngine.Calendars;

/// <summary>
/// What a built-in holiday calendar is: its id, English name, country, weekend, supported years, what bounds them, and the
/// sources its rules cite (<see cref="HolidayCalendars.Describe"/>).
/// </summary>
/// <remarks>
/// Metadata lives beside the calendar, not in it, so that a <see cref="HolidayCalendar"/> stays equal to any calendar with the
/// same rules, weekend and years. Instances are immutable.
/// </remarks>
public sealed class HolidayCalendarInfo
{
    internal HolidayCalendarInfo(
        string id,
        string name,
        string countryCode,
        HolidayCalendarClass calendarClass,
        IReadOnlyList<NodaTime.IsoDayOfWeek> weekend,
        int firstSupportedYear,
        int lastSupportedYear,
        int? announcedThrough,
        string? localLanguage,
        string? scope,
        IReadOnlyList<string> sources,
        string? basedOn = null)
    {
        BasedOn = basedOn;
        Id = id;
        Name = name;
        CountryCode = countryCode;
        Class = calendarClass;
        WeekendDays = weekend;
        FirstSupportedYear = firstSupportedYear;
        LastSupportedYear = lastSupportedYear;
        AnnouncedThrough = announcedThrough;
        LocalLanguage = localLanguage;
        Scope = scope;
        Sources = sources;
    }

    /// <summary>Gets the id <see cref="HolidayCalendars.Get"/> takes, such as "DE", "DE-BY" or "US-FEDERAL".</summary>
    public string Id { get; }

    /// <summary>Gets the calendar's English name, such as "Germany", or for a subdivision the subdivision's, such as "Bavaria".</summary>
    public string Name { get; }

    /// <summary>Gets the country's ISO 3166-1 alpha-2 code, such as "DE" (for a subdivision, its country's).</summary>
    public string CountryCode { get; }

    /// <summary>
    /// Gets the id of the built-in calendar whose rules this one starts from: for a subdivision (an ISO 3166-2 id such as
    /// "DE-BY"), its national calendar; <see langword="null"/> for a national calendar.
    /// </summary>
    public string? BasedOn { get; }

    /// <summary>Gets what bounds the supported years: rules, a table or calendar system, or announcements.</summary>
    public HolidayCalendarClass Class { get; }

    /// <summary>Gets the weekend days, Monday first (Friday and Saturday for Israel).</summary>
    public IReadOnlyList<NodaTime.IsoDayOfWeek> WeekendDays { get; }

    /// <summary>Gets the first year the calendar answers for.</summary>
    public int FirstSupportedYear { get; }

    /// <summary>Gets the last year the calendar answers for.</summary>
    public int LastSupportedYear { get; }

    /// <summary>
    /// Gets the last year of the dates a government has announced, for calendars that rest on announcements
    /// (<see cref="HolidayCalendarClass.Announced"/>); <see langword="null"/> for the others.
    /// </summary>
    public int? AnnouncedThrough { get; }

    /// <summary>Gets the BCP 47 tag of the language of the holidays' local names ("de", "ja"), or <see langword="null"/> when they have none.</summary>
    public string? LocalLanguage { get; }

    /// <summary>Gets what the calendar holds and leaves out (what "national" means for it), or <see langword="null"/>.</summary>
    public string? Scope { get; }

    /// <summary>Gets the sources: the calendar's general sources, then each distinct source its rules cite, in rule order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + Name + ")";
}
