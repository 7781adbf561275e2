using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Calendars.World;

/// <summary>
/// The built-in subdivision calendars (GB nations, German and Australian states, Canadian provinces and territories, six Swiss
/// cantons): their descriptions, how each builds on its national calendar, and the decisions. The reference data check is
/// <see cref="WorldCalendarTests"/>'s, over countries and subdivisions alike. The contract every built-in document keeps (schema, round trip, sources, names, composition, the range
/// message) is <see cref="WorldCalendarTests"/>'s, run over every id.
/// </summary>
public sealed class SubdivisionCalendarTests
{
    /// <summary>The subdivisions of issue 18, by ISO 3166-2 code, with their English short names (ISO 3166-2, English).</summary>
    public static readonly IReadOnlyDictionary<string, string> Subdivisions = new Dictionary<string, string>
    {
        ["GB-ENG"] = "England",
        ["GB-WLS"] = "Wales",
        ["GB-SCT"] = "Scotland",
        ["GB-NIR"] = "Northern Ireland",
        ["DE-BW"] = "Baden-Württemberg",
        ["DE-BY"] = "Bavaria",
        ["DE-BE"] = "Berlin",
        ["DE-BB"] = "Brandenburg",
        ["DE-HB"] = "Bremen",
        ["DE-HH"] = "Hamburg",
        ["DE-HE"] = "Hesse",
        ["DE-MV"] = "Mecklenburg-Western Pomerania",
        ["DE-NI"] = "Lower Saxony",
        ["DE-NW"] = "North Rhine-Westphalia",
        ["DE-RP"] = "Rhineland-Palatinate",
        ["DE-SL"] = "Saarland",
        ["DE-SN"] = "Saxony",
        ["DE-ST"] = "Saxony-Anhalt",
        ["DE-SH"] = "Schleswig-Holstein",
        ["DE-TH"] = "Thuringia",
        ["AU-NSW"] = "New South Wales",
        ["AU-VIC"] = "Victoria",
        ["AU-QLD"] = "Queensland",
        ["AU-WA"] = "Western Australia",
        ["AU-SA"] = "South Australia",
        ["AU-TAS"] = "Tasmania",
        ["AU-ACT"] = "Australian Capital Territory",
        ["AU-NT"] = "Northern Territory",
        ["CA-AB"] = "Alberta",
        ["CA-BC"] = "British Columbia",
        ["CA-MB"] = "Manitoba",
        ["CA-NB"] = "New Brunswick",
        ["CA-NL"] = "Newfoundland and Labrador",
        ["CA-NS"] = "Nova Scotia",
        ["CA-NT"] = "Northwest Territories",
        ["CA-NU"] = "Nunavut",
        ["CA-ON"] = "Ontario",
        ["CA-PE"] = "Prince Edward Island",
        ["CA-QC"] = "Quebec",
        ["CA-SK"] = "Saskatchewan",
        ["CA-YT"] = "Yukon",
        ["CH-ZH"] = "Zurich",
        ["CH-BE"] = "Bern",
        ["CH-VD"] = "Vaud",
        ["CH-AG"] = "Aargau",
        ["CH-SG"] = "St. Gallen",
        ["CH-GE"] = "Geneva",
    };

    public static TheoryData<string> SubdivisionIds() => new(Subdivisions.Keys);

    [Theory]
    [MemberData(nameof(SubdivisionIds))]
    public void Describe_NamesTheSubdivision_ItsCountry_AndTheCalendarItIsBasedOn(string id)
    {
        string country = id.Substring(0, 2);
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        HolidayCalendarInfo info = HolidayCalendars.Describe(id);
        HolidayCalendarInfo national = HolidayCalendars.Describe(country);
        Assert.Same(info, HolidayCalendars.Describe(id.ToLowerInvariant()));
        Assert.Equal(id, info.Id);
        Assert.Equal(Subdivisions[id], info.Name);
        Assert.Equal(country, info.CountryCode);
        Assert.Equal(country, info.BasedOn);
        Assert.Null(national.BasedOn);
        Assert.Equal(HolidayCalendarClass.RuleBased, info.Class);
        Assert.Null(info.AnnouncedThrough);
        Assert.Equal(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, info.WeekendDays);
        Assert.Equal(calendar.WeekendDays, info.WeekendDays);
        Assert.True(calendar.FirstSupportedYear <= 1990 && calendar.LastSupportedYear >= 2199, id + " is rule-based: at least 1990–2199.");
        Assert.Equal(calendar.FirstSupportedYear, info.FirstSupportedYear);
        Assert.Equal(calendar.LastSupportedYear, info.LastSupportedYear);
        Assert.Equal(national.LocalLanguage is null, info.LocalLanguage is null);
        Assert.False(string.IsNullOrWhiteSpace(info.Scope));

        // Its own general sources, then its country's, then those of the rules it has (not of the national rules it leaves out).
        string[] expected = AboutSources(id).Concat(AboutSources(country)).Concat(calendar.Rules.Select(r => r.Source!)).Distinct().ToArray();
        Assert.Equal(expected, info.Sources);

        Assert.Contains(info.Id, HolidayCalendars.Ids);
    }

    private static IEnumerable<string> AboutSources(string id)
    {
        using var document = System.Text.Json.JsonDocument.Parse(HolidayCalendars.DocumentText(id)!);
        return document.RootElement.GetProperty("about").TryGetProperty("sources", out System.Text.Json.JsonElement sources)
            ? sources.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : Array.Empty<string>();
    }

    /// <summary>A subdivision keeps every national rule it does not name in <c>without</c>, unchanged, and adds its own.</summary>
    [Theory]
    [MemberData(nameof(SubdivisionIds))]
    public void Calendar_IsItsCountrysRules_LessThoseItLeavesOut_PlusItsOwn(string id)
    {
        HolidayCalendar national = HolidayCalendars.Get(id.Substring(0, 2));
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        using var document = System.Text.Json.JsonDocument.Parse(HolidayCalendars.DocumentText(id)!);
        string[] without = document.RootElement.TryGetProperty("without", out System.Text.Json.JsonElement array)
            ? array.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : Array.Empty<string>();
        Assert.Equal(id.Substring(0, 2), document.RootElement.GetProperty("basedOn").GetString());
        HolidayCalendar expected = national;
        foreach (string name in without)
        {
            Assert.Contains(national.Rules, r => r.Name == name);
            expected = expected.Without(name);
        }

        Assert.Equal(expected.Rules, calendar.Rules.Take(expected.Rules.Count));
        HolidayRule[] own = calendar.Rules.Skip(expected.Rules.Count).ToArray();
        Assert.Equal(expected.With(own), calendar);
    }

    /// <summary>
    /// The issue's examples, each date worked by hand from the statute: Scotland has 2 January and St Andrew's Day and not Easter
    /// Monday; Bavaria has Epiphany, Corpus Christi and All Saints' Day; Quebec has Saint-Jean-Baptiste Day and not the Civic
    /// Holiday; Victoria has the Melbourne Cup. Each against the national calendar, which has none of the regional days.
    /// </summary>
    [Theory]
    [InlineData("GB-SCT", "2026-01-02", false)] // Friday: 2 January (Banking and Financial Dealings Act 1971 Sch. 1 para 2).
    [InlineData("GB-SCT", "2026-04-06", true)] // Easter Monday 2026 (Easter 5 April): not a Scottish bank holiday.
    [InlineData("GB-SCT", "2026-11-30", false)] // Monday: St Andrew's Day (St Andrew's Day Bank Holiday (Scotland) Act 2007).
    [InlineData("GB-ENG", "2026-04-06", false)] // Easter Monday in England.
    [InlineData("GB-ENG", "2026-01-02", true)]
    [InlineData("DE-BY", "2026-01-06", false)] // Tuesday: Epiphany (BayFTG Art. 1 Abs. 1 Nr. 1).
    [InlineData("DE-BY", "2026-06-04", false)] // Thursday: Corpus Christi, Easter + 60 days.
    [InlineData("DE-BY", "2027-11-01", false)] // Monday: All Saints' Day.
    [InlineData("DE-BY", "2025-08-08", true)] // Friday: Augsburg's Peace Festival, a day off in Augsburg only.
    [InlineData("DE-BE", "2026-01-06", true)] // Berlin has no Epiphany.
    [InlineData("CA-QC", "2026-06-24", false)] // Wednesday: Fête nationale (National Holiday Act, CQLR c. F-1.1).
    [InlineData("CA-QC", "2026-08-03", true)] // First Monday of August: the Civic Holiday, not a Quebec holiday.
    [InlineData("CA-ON", "2026-06-24", true)]
    [InlineData("AU-VIC", "2026-11-03", false)] // First Tuesday of November: Melbourne Cup Day (Public Holidays Act 1993 (Vic) s.6).
    [InlineData("AU-NSW", "2026-11-03", true)]
    public void IssueExamples(string id, string date, bool businessDay)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(businessDay, HolidayCalendars.Get(id).IsBusinessDay(day));
    }

    /// <summary>
    /// The decisions on days that are not a statutory day off for everyone in the subdivision, or only in part of it, each pinned
    /// by one date (the reasons are in the rules' notes and the decisions files).
    /// </summary>
    [Theory]
    [InlineData("DE-BY", "2025-08-15", true)] // Friday: Assumption, a holiday only in Bavaria's mostly Catholic municipalities.
    [InlineData("DE-SN", "2026-06-04", true)] // Corpus Christi: only in named Sorbian municipalities.
    [InlineData("DE-TH", "2026-06-04", true)] // Corpus Christi: only in Catholic municipalities such as the Eichsfeld.
    [InlineData("CH-AG", "2026-04-06", false)] // Easter Monday: in the capital's district list (EG ArR § 6 lit. a), not in every district.
    [InlineData("CH-AG", "2026-06-04", true)] // Corpus Christi: Catholic districts only.
    [InlineData("CH-GE", "2026-12-31", false)] // Thursday: Restoration of the Republic, a Geneva holiday.
    [InlineData("CA-QC", "2026-04-06", true)] // Easter Monday: the employer's alternative to Good Friday; Good Friday is kept.
    [InlineData("CA-QC", "2026-04-03", false)]
    [InlineData("CA-NL", "2026-03-16", true)] // St. Patrick's Day (observed): a holiday of the provincial public service only.
    [InlineData("CA-MB", "2026-11-11", false)] // Wednesday: Remembrance Day, when The Remembrance Day Act closes most businesses.
    [InlineData("CA-PE", "2026-08-21", true)] // Friday: Gold Cup Parade Day, Charlottetown only.
    [InlineData("AU-NSW", "2026-08-03", true)] // The August bank holiday closes banks only.
    [InlineData("AU-TAS", "2026-04-07", true)] // Easter Tuesday: State public servants and some awards only.
    [InlineData("AU-QLD", "2026-08-12", true)] // Wednesday: the Royal Queensland Show day, Brisbane area only.
    [InlineData("AU-VIC", "2026-09-25", false)] // Friday before the AFL Grand Final (26 September 2026).
    public void Decisions_OnDaysOffForSomeOnly(string id, string date, bool businessDay)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(businessDay, HolidayCalendars.Get(id).IsBusinessDay(day));
    }

    [Fact]
    public void Without_ReadsAsHolidayCalendarWithout_AndARuleOfTheSameNameMayReplaceTheOneLeftOut()
    {
        HolidayCalendar read = SlaJson.ReadHolidayCalendar("""
            {
              "basedOn": "GB",
              "without": ["Easter Monday", "Summer bank holiday"],
              "rules": [ { "name": "Summer bank holiday", "kind": "NthWeekday", "month": 8, "dayOfWeek": "Monday", "occurrence": 1 } ]
            }
            """);
        HolidayCalendar expected = HolidayCalendars.Get("GB").Without("Easter Monday").Without("Summer bank holiday")
            .With(HolidayRule.NthWeekday("Summer bank holiday", 8, IsoDayOfWeek.Monday, 1));
        Assert.Equal(expected, read);

        // 2026: Easter Monday is 6 April; the first Monday of August is the 3rd, the last the 31st.
        Assert.True(read.IsBusinessDay(new LocalDate(2026, 4, 6)));
        Assert.False(read.IsBusinessDay(new LocalDate(2026, 8, 3)));
        Assert.True(read.IsBusinessDay(new LocalDate(2026, 8, 31)));
    }

    [Fact]
    public void Without_ARuleTheBasisLacks_IsReportedWithTheNearestName()
    {
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar("""{ "basedOn": "GB", "without": ["Easter Mon"] }"""));
        SlaConfigurationError problem = Assert.Single(error.Errors);
        Assert.Equal("$.without[0]", problem.Path);
        Assert.Contains("the nearest is \"Easter Monday\"", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The built-in reader (the embedded documents' fast path) refuses what the general reader refuses in <c>without</c>.</summary>
    [Theory]
    [InlineData("""{ "basedOn": "GB", "without": ["Spring bank holiday", "Easter Mondya"] }""")] // One name removes seven rules, the other none.
    [InlineData("""{ "basedOn": "GB", "without": ["Easter Monday", "Easter Monday"] }""")]
    [InlineData("""{ "basedOn": "GB", "without": [1, "Easter Monday"] }""")]
    public void Without_BuiltInReader_RefusesWhatTheGeneralReaderRefuses(string json)
    {
        Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
        Assert.Throws<InvalidDataException>(() => SlaEngine.Calendars.Engine.BuiltInCalendarReader.Read("TEST", System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Without_BeforeBasedOn_BothReadersAgree()
    {
        const string json = """
            { "without": ["Easter Monday"], "weekendDays": ["Friday", "Saturday"], "basedOn": "GB", "supportedYears": { "first": 2000, "last": 2050 },
              "rules": [ { "name": "Two", "kind": "NthWeekday", "month": 11, "dayOfWeek": "Wednesday", "occurrence": -1, "day": 22 } ] }
            """;
        HolidayCalendar general = SlaJson.ReadHolidayCalendar(json);
        Assert.Equal(general, SlaEngine.Calendars.Engine.BuiltInCalendarReader.Read("TEST", System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(2050, general.LastSupportedYear);
        Assert.DoesNotContain(general.Rules, r => r.Name == "Easter Monday");
    }

    [Fact]
    public void Without_WithoutBasedOn_IsReported()
    {
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar("""{ "without": ["Easter Monday"], "rules": [] }"""));
        Assert.Contains(error.Errors, e => e.Path == "$.without" && e.Message.Contains("\"basedOn\"", StringComparison.Ordinal));
    }
}
