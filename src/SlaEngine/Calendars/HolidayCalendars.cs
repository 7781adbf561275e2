using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using SlaEngine.Serialization;
using NodaTime;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.Calendars;

/// <summary>
/// The built-in holiday calendars, and lookup by id so configuration can name one ("US-FEDERAL").
/// </summary>
/// <remarks>
/// Built-in calendars are created once and shared; like every <see cref="HolidayCalendar"/> they
/// are immutable and thread-safe. Ids compare case-insensitively (ordinal). Countries have their ISO 3166-1 alpha-2 code
/// ("DE"), subdivisions their ISO 3166-2 code ("DE-BY"); a subdivision's calendar is its country's rules, less those it does
/// not keep, plus its own (<see cref="HolidayCalendarInfo.BasedOn"/>).
/// </remarks>
public static class HolidayCalendars
{
    /// <summary>The id of <see cref="UsFederal"/>: "US-FEDERAL".</summary>
    public const string UsFederalId = "US-FEDERAL";

    /// <summary>The id of <see cref="UsFederalClosures"/>: "US-FEDERAL-CLOSURES".</summary>
    public const string UsFederalClosuresId = "US-FEDERAL-CLOSURES";

    /// <summary>The id of the national calendar of the United States, the same instance as <see cref="UsFederal"/>: "US".</summary>
    public const string UsId = "US";

    private const string ResourcePrefix = "SlaEngine.Calendars.Data.";
    private const string ResourceSuffix = ".json";

    private static readonly Dictionary<string, Entry> s_byId;

    /// <summary>1 once the first built-in calendar has been read and <see cref="WarmUp"/> has run (or is running).</summary>
    private static int s_warmedUp;

    static HolidayCalendars()
    {
        s_byId = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        var countries = new List<string>();
        foreach (string resource in typeof(HolidayCalendars).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                string id = resource.Substring(ResourcePrefix.Length, resource.Length - ResourcePrefix.Length - ResourceSuffix.Length);
                countries.Add(id);
                s_byId.Add(id, new Entry(id, resource));
            }
        }

        // "US" is the document US.json; "US-FEDERAL" is the same instance, and the closures calendar builds on it.
        s_byId.Add(UsFederalId, new Entry(() => Get(UsId), () => Rename(Describe(UsId), UsFederalId)));
        s_byId.Add(UsFederalClosuresId, new Entry(
            () =>
            {
                HolidayCalendar closures = CreateUsFederalClosures(Get(UsId));
                closures.SetLabel(Label(UsFederalClosuresId, "United States, federal, with executive-order closures", null));
                return closures;
            },
            () =>
            {
                HolidayCalendarInfo us = Describe(UsId);
                var sources = new List<string>(us.Sources) { "Executive orders closing executive departments (days of mourning, Christmas Eve, the day after Christmas), as OPM lists them" };
                return new HolidayCalendarInfo(
                    UsFederalClosuresId, "United States (federal, with executive-order closures)", us.CountryCode, us.Class, us.WeekendDays,
                    us.FirstSupportedYear, us.LastSupportedYear, us.AnnouncedThrough, us.LocalLanguage, us.Scope, new ReadOnlyCollection<string>(sources));
            }));
        countries.Sort(StringComparer.Ordinal);
        var ids = new List<string> { UsFederalId, UsFederalClosuresId };
        ids.AddRange(countries);
        Ids = new ReadOnlyCollection<string>(ids.ToArray());
    }

    /// <summary>
    /// Gets the legal public holidays of the United States (5 U.S.C. 6103(a)) with the observance
    /// rules of 5 U.S.C. 6103(b) as OPM applies them, Saturday and Sunday weekends, exact for 1971–2199.
    /// </summary>
    /// <remarks>
    /// <para>One rule a line, with its source (rule names are the statutory names, so other rules can count from them):</para>
    /// <list type="bullet">
    /// <item>New Year's Day — 1 January (6103(a)).</item>
    /// <item>Birthday of Martin Luther King, Jr. — third Monday in January, from 1986 (Pub. L. 98-144).</item>
    /// <item>Washington's Birthday — third Monday in February, from 1971 (Uniform Monday Holiday Act, Pub. L. 90-363).</item>
    /// <item>Memorial Day — last Monday in May, from 1971 (Pub. L. 90-363).</item>
    /// <item>Juneteenth National Independence Day — 19 June, from 2021 (Pub. L. 117-17).</item>
    /// <item>Independence Day — 4 July (6103(a)).</item>
    /// <item>Labor Day — first Monday in September (6103(a)).</item>
    /// <item>Columbus Day — second Monday in October, from 1971 (Pub. L. 90-363).</item>
    /// <item>Veterans Day — fourth Monday in October 1971–1977 (Pub. L. 90-363), 11 November from 1978 (Pub. L. 94-97).</item>
    /// <item>Thanksgiving Day — fourth Thursday in November (6103(a); since 1942).</item>
    /// <item>Christmas Day — 25 December (6103(a)).</item>
    /// </list>
    /// <para>
    /// Observance (6103(b), OPM's "Federal Holidays" page): a holiday on a Saturday is observed on the
    /// Friday before, one on a Sunday on the Monday after. So New Year's Day on a Saturday is observed
    /// on Friday 31 December of the previous year (1999-12-31, 2010-12-31, 2021-12-31), and Juneteenth
    /// 2021 (a Saturday) on Friday 18 June. Other institutions differ on purpose: the Federal Reserve
    /// does not move Saturday holidays to Friday, so this calendar is not a bank-holiday calendar.
    /// Inauguration Day (6103(c), Washington DC area only) and executive-order closures are not
    /// included; see <see cref="UsFederalClosures"/>.
    /// </para>
    /// <para>Supported years: 1971–2199; any other year is an <see cref="ArgumentOutOfRangeException"/>.</para>
    /// </remarks>
    public static HolidayCalendar UsFederal => Get(UsId);

    /// <summary>
    /// Gets <see cref="UsFederal"/> plus the whole-day closures of executive departments ordered by the
    /// President (days of mourning, Christmas Eve, the day after Christmas), 1971–2199. Opt-in: these
    /// are one-off dates, not rules, and the list grows as new orders are issued.
    /// </summary>
    /// <remarks>
    /// <para>The one-off closures, each a <see cref="HolidayRule.Dates"/> rule:</para>
    /// <list type="bullet">
    /// <item>National Day of Mourning for Richard Nixon — 1994-04-27.</item>
    /// <item>National Day of Mourning for Ronald Reagan — 2004-06-11.</item>
    /// <item>National Day of Mourning for Gerald R. Ford — 2007-01-02.</item>
    /// <item>National Day of Mourning for George H. W. Bush — 2018-12-05 (EO 13852).</item>
    /// <item>National Day of Mourning for Jimmy Carter — 2025-01-09 (EO 14133).</item>
    /// <item>Christmas Eve (executive order) — 2001, 2007 (EO 13453), 2012 (EO 13633), 2018 (EO 13854), 2019 (EO 13900), 2020 (EO 13965), 2024 (EO 14129), 2025 (EO 14371).</item>
    /// <item>Day after Christmas (executive order) — 1997, 2003, 2008, 2014 (EO 13682), 2025 (EO 14371).</item>
    /// </list>
    /// <para>
    /// Half-day closures (Christmas Eve 1998, 2002, 2009 and 2015: the last half of the workday) are
    /// not whole days off and are not in this calendar; they are business-hours overrides.
    /// </para>
    /// </remarks>
    public static HolidayCalendar UsFederalClosures => Get(UsFederalClosuresId);

    /// <summary>Gets the ids of the built-in calendars.</summary>
    public static IReadOnlyList<string> Ids { get; }

    /// <summary>Returns the built-in calendar with the id <paramref name="id"/>.</summary>
    /// <param name="id">The id, compared case-insensitively; see <see cref="Ids"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="HolidayCalendarNotFoundException">No built-in calendar has the id.</exception>
    public static HolidayCalendar Get(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        if (!s_byId.TryGetValue(id, out Entry? entry))
        {
            throw new HolidayCalendarNotFoundException(id, Preconditions.Format(
                "No built-in holiday calendar has the id '{0}'{1}; the ids are {2}.", id, NearestNames.Suffix(id, Ids), string.Join(", ", Ids)));
        }

        return entry.Calendar;
    }

    /// <summary>Gets the built-in calendar with the id <paramref name="id"/>, if there is one.</summary>
    /// <param name="id">The id, compared case-insensitively; see <see cref="Ids"/>.</param>
    /// <param name="calendar">The calendar, or <see langword="null"/> when no built-in calendar has that id.</param>
    /// <returns><see langword="true"/> when the calendar was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static bool TryGet(string id, [NotNullWhen(true)] out HolidayCalendar? calendar)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        if (s_byId.TryGetValue(id, out Entry? entry))
        {
            calendar = entry.Calendar;
            return true;
        }

        calendar = null;
        return false;
    }

    /// <summary>
    /// Describes the built-in calendar with the id <paramref name="id"/>: name, country, weekend, supported years, what bounds
    /// them, how far announced dates reach, and the sources its rules cite.
    /// </summary>
    /// <param name="id">The id, compared case-insensitively; see <see cref="Ids"/>.</param>
    /// <returns>The description (the same instance on every call).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="HolidayCalendarNotFoundException">No built-in calendar has the id.</exception>
    public static HolidayCalendarInfo Describe(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        if (!s_byId.TryGetValue(id, out Entry? entry))
        {
            throw new HolidayCalendarNotFoundException(id, Preconditions.Format(
                "No built-in holiday calendar has the id '{0}'{1}; the ids are {2}.", id, NearestNames.Suffix(id, Ids), string.Join(", ", Ids)));
        }

        return entry.Info;
    }

    /// <summary>Returns the holiday-calendar document of a built-in calendar read from a document (the embedded text), or <see langword="null"/> for the calendars built in code.</summary>
    internal static string? DocumentText(string id)
    {
        if (!s_byId.TryGetValue(id, out Entry? entry) || entry.Resource is null)
        {
            return null;
        }

        using Stream stream = typeof(HolidayCalendars).Assembly.GetManifestResourceStream(entry.Resource)!;
        return ReadAll(stream);
    }

    private static unsafe HolidayCalendar Load(string id, string resource)
    {
        using Stream stream = typeof(HolidayCalendars).Assembly.GetManifestResourceStream(resource)!;
        if (stream is UnmanagedMemoryStream mapped)
        {
            // The resource lies in the mapped assembly image for the life of the process: read in place, and leave the rules'
            // sources and notes there until asked for.
            (HolidayCalendar calendar, string name, int? announced, _) = BuiltInCalendarReader.Read(id, mapped.PositionPointer, checked((int)mapped.Length));
            calendar.SetLabel(Label(id, name, announced));
            if (Interlocked.Exchange(ref s_warmedUp, 1) == 0)
            {
                WarmUp();
            }

            return calendar;
        }

        // Another host's resource stream: the general reader, from a copy.
        string text = ReadAll(stream);
        HolidayCalendar read = SlaJson.ReadHolidayCalendar(text);
        DocumentReader.AboutData about = ReadAbout(text);
        read.SetLabel(Label(id, about.Name, about.AnnouncedThrough));
        return read;
    }

    /// <summary>
    /// Runs every kind of rule once, on the first use of any built-in calendar, so that the code each country's kinds need is
    /// compiled then and the first use of each other country is quick (a lunisolar, Hebrew or equinox rule, moves, substitutes
    /// and working days each need code of their own, as do rules that share a name: tables that follow each other, and rules
    /// in different years). A few milliseconds, once a process.
    /// </summary>
    private static unsafe void WarmUp()
    {
        ReadOnlySpan<byte> document = """
            {
              "about": { "id": "WARM-UP", "name": "Warm-up", "country": "ZZ", "class": "RuleBased" },
              "weekendDays": ["Saturday", "Sunday"],
              "supportedYears": { "first": 2000, "last": 2100 },
              "rules": [
                { "name": "A", "localName": "A", "kind": "Fixed", "month": 1, "day": 1, "observance": "NextWeekday", "source": "s", "note": "n" },
                { "name": "B", "kind": "Fixed", "month": 1, "day": 2, "observance": "NearestWeekday", "fromYear": 2000, "untilYear": 2100 },
                { "name": "C", "kind": "Fixed", "month": 2, "day": 3, "observance": "SundayToMonday" },
                { "name": "D", "kind": "Fixed", "month": 3, "day": 4, "observance": "WeekendToMonday" },
                { "name": "E", "kind": "Fixed", "month": 4, "day": 5, "observance": "SundayToNextNonHoliday" },
                { "name": "F", "kind": "Fixed", "month": 5, "day": 6, "observance": "NextWeekdayWhenWeekendOrShared" },
                { "name": "G", "kind": "Fixed", "month": 5, "day": 6, "observance": "NextWeekdayWhenSundayOrShared" },
                { "name": "H", "kind": "Fixed", "month": 6, "day": 7, "moves": { "Tuesday": -1, "Thursday": 4 } },
                { "name": "I", "kind": "NthWeekday", "month": 5, "dayOfWeek": "Monday", "occurrence": -1 },
                { "name": "I2", "kind": "NthWeekday", "month": 11, "dayOfWeek": "Wednesday", "occurrence": -1, "day": 22 },
                { "name": "J", "kind": "Easter", "offsetDays": 1 },
                { "name": "K", "kind": "OrthodoxEaster", "offsetDays": 0 },
                { "name": "L", "kind": "DaysAfter", "rule": "I", "days": 1 },
                { "name": "M", "kind": "BusinessDaysBefore", "rule": "A", "count": 1 },
                { "name": "N", "kind": "BusinessDaysAfter", "rule": "J", "count": 1 },
                { "name": "O", "kind": "BusinessDaysBetween", "fromRule": "B", "toRule": "C" },
                { "name": "P", "kind": "Dates", "dates": ["2026-08-05", "2026-08-04"] },
                { "name": "Q", "kind": "Lunisolar", "calendar": "Korean", "month": 1, "day": 1, "offsetDays": -1 },
                { "name": "R", "kind": "Lunisolar", "calendar": "Chinese", "month": 8, "day": 15 },
                { "name": "S", "kind": "Hebrew", "month": "Tishrei", "day": 1 },
                { "name": "T", "kind": "Equinox", "month": 9, "utcOffset": "+09:00" },
                { "name": "U", "kind": "DayBetweenHolidays" },
                { "name": "V", "kind": "WorkingDays", "dates": ["2026-02-14"], "asWeekday": "Friday" },
                { "name": "P", "kind": "Dates", "dates": ["2027-08-05"] },
                { "name": "P", "kind": "Fixed", "month": 8, "day": 6, "fromYear": 2028 },
                { "name": "X", "kind": "Fixed", "month": 10, "day": 1, "untilYear": 2049 },
                { "name": "X", "kind": "NthWeekday", "month": 10, "dayOfWeek": "Monday", "occurrence": 1, "fromYear": 2050 }
              ]
            }
            """u8;
        fixed (byte* start = document)
        {
            HolidayCalendar calendar = BuiltInCalendarReader.Read("WARM-UP", start, document.Length).Calendar;
            _ = calendar.IsBusinessDay(new LocalDate(2026, 6, 3));
            _ = calendar.GetHolidays(2026).Count;
            _ = calendar.Rules[0].Source;

            // A calendar of more than 32 rules finds exact repeats with a hash set (HolidayRuleSet.TryCreate).
            _ = new HashSet<HolidayRule>(calendar.Rules).Count;

            // A subdivision: based on another calendar, less some of its rules.
            ReadOnlySpan<byte> subdivision = """
                {
                  "about": { "id": "WARM-UP-SUB", "name": "Warm-up subdivision", "country": "ZZ", "class": "RuleBased" },
                  "basedOn": "WARM-UP",
                  "without": ["H"],
                  "rules": [ { "name": "W", "kind": "Fixed", "month": 7, "day": 1, "observance": "NextWeekday" } ]
                }
                """u8;
            fixed (byte* subStart = subdivision)
            {
                HolidayCalendar sub = BuiltInCalendarReader.Read("WARM-UP-SUB", subStart, subdivision.Length, _ => calendar).Calendar;
                _ = sub.IsBusinessDay(new LocalDate(2026, 7, 1));
            }

            // A subdivision that keeps its country's rules as they are (GB-ENG): no rules of its own.
            ReadOnlySpan<byte> same = """
                { "about": { "id": "WARM-UP-SAME", "name": "Warm-up subdivision", "country": "ZZ", "class": "RuleBased" }, "basedOn": "WARM-UP", "rules": [] }
                """u8;
            fixed (byte* sameStart = same)
            {
                _ = BuiltInCalendarReader.Read("WARM-UP-SAME", sameStart, same.Length, _ => calendar).Calendar.IsBusinessDay(new LocalDate(2026, 7, 2));
            }
        }
    }

    private static string Label(string id, string name, int? announcedThrough)
        => Preconditions.Format(
            "the built-in calendar '{0}' ({1}{2})",
            id,
            name,
            announcedThrough is int through ? Preconditions.Format(", dates announced through {0}", through) : string.Empty);

    private static string ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static DocumentReader.AboutData ReadAbout(string text) => ReadAbout(text, out _);

    private static DocumentReader.AboutData ReadAbout(string text, out string? basedOn)
    {
        using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        basedOn = document.RootElement.TryGetProperty("basedOn", out JsonElement basis) ? basis.GetString() : null;
        return SlaJson.ReadElement(document.RootElement, DateTimeZoneProviders.Tzdb, (r, value, path) => DocumentReader.About(r, value, path), false);
    }

    private static HolidayCalendarInfo CreateInfo(string id, HolidayCalendar calendar, string text)
    {
        DocumentReader.AboutData about = ReadAbout(text, out string? basedOn);
        var sources = new List<string>(about.Sources);
        if (basedOn is not null && DocumentText(basedOn) is string basis)
        {
            // The national calendar's general sources; the sources of the national rules the subdivision keeps come with its rules.
            foreach (string source in ReadAbout(basis).Sources)
            {
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }
        }

        foreach (HolidayRule rule in calendar.Rules)
        {
            if (rule.Source is string source && !sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        return new HolidayCalendarInfo(
            id, about.Name, about.Country, about.Class, calendar.WeekendDays, calendar.FirstSupportedYear, calendar.LastSupportedYear,
            about.AnnouncedThrough, about.LocalLanguage, about.Scope, new ReadOnlyCollection<string>(sources), basedOn);
    }

    private static HolidayCalendarInfo Rename(HolidayCalendarInfo info, string id, string? name = null)
        => new(id, name ?? info.Name, info.CountryCode, info.Class, info.WeekendDays, info.FirstSupportedYear, info.LastSupportedYear, info.AnnouncedThrough, info.LocalLanguage, info.Scope, info.Sources, info.BasedOn);

    /// <summary>A built-in calendar and its description, each made on first use (thread-safe; every caller gets the same instances).</summary>
    private sealed class Entry
    {
        private readonly Lazy<HolidayCalendar> _calendar;
        private readonly Lazy<HolidayCalendarInfo> _info;

        public Entry(string id, string resource)
        {
            Resource = resource;
            _calendar = new Lazy<HolidayCalendar>(() => Load(id, resource), LazyThreadSafetyMode.ExecutionAndPublication);
            _info = new Lazy<HolidayCalendarInfo>(() => CreateInfo(id, Calendar, DocumentText(id)!), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Entry(Func<HolidayCalendar> calendar, Func<HolidayCalendarInfo> info)
        {
            _calendar = new Lazy<HolidayCalendar>(calendar, LazyThreadSafetyMode.ExecutionAndPublication);
            _info = new Lazy<HolidayCalendarInfo>(info, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public string? Resource { get; }

        public HolidayCalendar Calendar => _calendar.Value;

        public HolidayCalendarInfo Info => _info.Value;
    }

    private static HolidayCalendar CreateUsFederalClosures(HolidayCalendar federal)
        => federal.With(
            HolidayRule.Dates("National Day of Mourning for Richard Nixon", new LocalDate(1994, 4, 27)),
            HolidayRule.Dates("National Day of Mourning for Ronald Reagan", new LocalDate(2004, 6, 11)),
            HolidayRule.Dates("National Day of Mourning for Gerald R. Ford", new LocalDate(2007, 1, 2)),
            HolidayRule.Dates("National Day of Mourning for George H. W. Bush", new LocalDate(2018, 12, 5)),
            HolidayRule.Dates("National Day of Mourning for Jimmy Carter", new LocalDate(2025, 1, 9)),
            HolidayRule.Dates(
                "Christmas Eve (executive order)",
                new LocalDate(2001, 12, 24),
                new LocalDate(2007, 12, 24),
                new LocalDate(2012, 12, 24),
                new LocalDate(2018, 12, 24),
                new LocalDate(2019, 12, 24),
                new LocalDate(2020, 12, 24),
                new LocalDate(2024, 12, 24),
                new LocalDate(2025, 12, 24)),
            HolidayRule.Dates(
                "Day after Christmas (executive order)",
                new LocalDate(1997, 12, 26),
                new LocalDate(2003, 12, 26),
                new LocalDate(2008, 12, 26),
                new LocalDate(2014, 12, 26),
                new LocalDate(2025, 12, 26)));
}
