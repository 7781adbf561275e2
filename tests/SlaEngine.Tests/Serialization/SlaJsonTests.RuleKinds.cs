using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// The rule kinds, observances and properties of the world calendars in holiday-calendar documents: every one written and
/// read back equal, the descriptive ones (<c>source</c>, <c>note</c>, <c>about</c>) outside equality and <c>localName</c>
/// inside it, and each malformed value reported at its own JSON path.
/// </summary>
public sealed partial class SlaJsonTests
{
    private static readonly Dictionary<IsoDayOfWeek, int> s_israelMoves = new() { [IsoDayOfWeek.Friday] = -1, [IsoDayOfWeek.Saturday] = -2, [IsoDayOfWeek.Monday] = 1 };

    // Every stand-alone kind with an observance or moves (all seven observances other than None), every new kind and every
    // new property.
    private static HolidayCalendar EveryWorldRuleKind() => HolidayCalendar.Create(new[]
    {
        HolidayRule.Fixed("New Year's Day", 1, 1, Observance.WeekendToMonday).WithLocalName("Neujahr").WithSource("Feiertagsgesetz NRW § 2(1)").WithNote("Every state."),
        HolidayRule.NthWeekday("Respect for the Aged Day", 9, IsoDayOfWeek.Monday, 3).WithObservance(Observance.SundayToNextNonHoliday).WithLocalName("敬老の日"),
        HolidayRule.NthWeekday("Moved", 6, IsoDayOfWeek.Wednesday, -1).WithMoves(new Dictionary<IsoDayOfWeek, int> { [IsoDayOfWeek.Wednesday] = -2 }),
        HolidayRule.Easter("Good Friday", -2).WithObservance(Observance.NearestWeekday).WithSource("Banking and Financial Dealings Act 1971"),
        HolidayRule.OrthodoxEaster("Orthodox Easter Monday", 1).WithObservance(Observance.NextWeekday),
        HolidayRule.Dates("State funeral", new LocalDate(2022, 9, 19), new LocalDate(2026, 6, 7)).WithObservance(Observance.SundayToMonday),
        HolidayRule.Lunisolar("Day before Seollal", LunisolarCalendar.Korean, 1, 1, -1).WithObservance(Observance.NextWeekdayWhenSundayOrShared).WithLocalName("설날 전날"),
        HolidayRule.Lunisolar("Mid-Autumn Festival", LunisolarCalendar.Chinese, 8, 15).WithObservance(Observance.NextWeekdayWhenWeekendOrShared),
        HolidayRule.Hebrew("Independence Day", HebrewMonth.Iyar, 5).WithMoves(s_israelMoves).WithNote("Moved by the Knesset's rules since 2004."),
        HolidayRule.Hebrew("Shushan Purim Katan", HebrewMonth.AdarI, 14, 1),
        HolidayRule.Hebrew("Purim", HebrewMonth.Adar, 14),
        HolidayRule.Equinox("Vernal Equinox Day", 3, Offset.FromHours(9)).WithObservance(Observance.SundayToNextNonHoliday),
        HolidayRule.Equinox("Southern equinox", 9, Offset.FromHoursAndMinutes(-3, -30)).WithMoves(new Dictionary<IsoDayOfWeek, int> { [IsoDayOfWeek.Sunday] = 1 }),
        HolidayRule.DayBetweenHolidays("Citizens' Holiday").WithLocalName("国民の休日"),
        HolidayRule.WorkingDays("Working Saturday", IsoDayOfWeek.Friday, new LocalDate(2025, 2, 8)).WithSource("国办发明电〔2024〕12号"),
        HolidayRule.WorkingDays("Working Sunday", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26)),
    }).WithSupportedYears(1990, 2050);

    [Fact]
    public void RoundTrip_EveryWorldRuleKindAndProperty_ReadsBackEqualWithItsTexts()
    {
        HolidayCalendar calendar = EveryWorldRuleKind();

        string json = SlaJson.Write(calendar);
        HolidayCalendar copy = SlaJson.ReadHolidayCalendar(json);

        Assert.Equal(calendar, copy);
        Assert.Equal(calendar.GetHashCode(), copy.GetHashCode());
        Assert.Equal(json, SlaJson.Write(copy));
        Assert.Equal(calendar.Rules.Count, copy.Rules.Count);
        for (int i = 0; i < calendar.Rules.Count; i++)
        {
            HolidayRule rule = calendar.Rules[i];
            HolidayRule read = copy.Rules[i];
            Assert.Equal(rule, read);
            Assert.Equal(
                (rule.Kind, rule.Observance, rule.LocalName, rule.Source, rule.Note, rule.AsWeekday, rule.UtcOffset, rule.LunisolarCalendar, rule.HebrewMonth, rule.Offset),
                (read.Kind, read.Observance, read.LocalName, read.Source, read.Note, read.AsWeekday, read.UtcOffset, read.LunisolarCalendar, read.HebrewMonth, read.Offset));
            Assert.Equal(rule.Moves.OrderBy(m => m.Key), read.Moves.OrderBy(m => m.Key));
        }

        for (int year = 2022; year <= 2026; year++)
        {
            Assert.Equal(calendar.GetHolidays(year), copy.GetHolidays(year));
            Assert.Equal(calendar.BusinessDaysBetween(new LocalDate(year, 1, 1), new LocalDate(year + 1, 1, 1)), copy.BusinessDaysBetween(new LocalDate(year, 1, 1), new LocalDate(year + 1, 1, 1)));
        }

        Assert.Contains(copy.GetHolidays(2026), h => h.LocalName == "敬老の日");
    }

    // The document form of an equinox rule's offset is "+HH:mm", so the rule takes whole minutes only (an offset with seconds,
    // such as the Netherlands' +00:19:32 of 1909–1937, could not be written and read back equal).
    [Theory]
    [InlineData(-30 * 60)]
    [InlineData((5 * 3600) + (45 * 60))]
    [InlineData(-14 * 3600)]
    public void RoundTrip_EquinoxAtAWholeMinuteOffset_ReadsBackEqual(int offsetSeconds)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Equinox("Equinox", 3, Offset.FromSeconds(offsetSeconds)) });

        Assert.Equal(calendar, SlaJson.ReadHolidayCalendar(SlaJson.Write(calendar)));
    }

    [Fact]
    public void Equinox_OffsetWithSeconds_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Equinox("Equinox", 3, Offset.FromSeconds((19 * 60) + 32)));

    [Fact]
    public void ReadHolidayCalendar_WorkingDaysWithoutAsWeekday_WorkAsMonday()
    {
        const string json = """{ "rules": [ { "name": "Working", "kind": "WorkingDays", "dates": ["2025-01-26"] } ] }""";

        HolidayRule rule = Assert.Single(SlaJson.ReadHolidayCalendar(json).Rules);

        Assert.Equal(IsoDayOfWeek.Monday, rule.AsWeekday);
        Assert.Equal(HolidayRule.WorkingDays("Working", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26)), rule);
    }

    [Fact]
    public void Equals_SourceAndNote_DoNotTakePartButLocalNameDoes()
    {
        HolidayRule rule = HolidayRule.Fixed("Unity Day", 10, 3);

        Assert.Equal(rule, rule.WithSource("Einigungsvertrag Art. 2(2)"));
        Assert.Equal(rule.GetHashCode(), rule.WithSource("Einigungsvertrag Art. 2(2)").GetHashCode());
        Assert.Equal(rule.WithNote("a"), rule.WithNote("b"));
        Assert.Equal(rule.WithNote("a").GetHashCode(), rule.WithNote("b").GetHashCode());
        Assert.NotEqual(rule, rule.WithLocalName("Tag der Deutschen Einheit"));
        Assert.NotEqual(rule.WithLocalName("Tag der Deutschen Einheit"), rule.WithLocalName("Einheitstag"));
        Assert.Equal(HolidayCalendar.Create(new[] { rule }), HolidayCalendar.Create(new[] { rule.WithSource("x").WithNote("y") }));
        Assert.NotEqual(HolidayCalendar.Create(new[] { rule }), HolidayCalendar.Create(new[] { rule.WithLocalName("Tag der Deutschen Einheit") }));
    }

    [Fact]
    public void ReadHolidayCalendar_DocumentsDifferingInTexts_AreEqualOnlyWhenTheLocalNamesAgree()
    {
        const string plain = """{ "rules": [ { "name": "Unity Day", "kind": "Fixed", "month": 10, "day": 3 } ] }""";
        const string cited = """{ "rules": [ { "name": "Unity Day", "kind": "Fixed", "month": 10, "day": 3, "source": "Einigungsvertrag Art. 2(2)", "note": "Federal law." } ] }""";
        const string local = """{ "rules": [ { "name": "Unity Day", "kind": "Fixed", "month": 10, "day": 3, "localName": "Tag der Deutschen Einheit" } ] }""";

        Assert.Equal(SlaJson.ReadHolidayCalendar(plain), SlaJson.ReadHolidayCalendar(cited));
        Assert.NotEqual(SlaJson.ReadHolidayCalendar(plain), SlaJson.ReadHolidayCalendar(local));
        Assert.Equal("Tag der Deutschen Einheit", Assert.Single(SlaJson.ReadHolidayCalendar(local).GetHolidays(2026)).LocalName);
    }

    [Fact]
    public void ReadHolidayCalendar_About_IsReadButTakesNoPartInTheCalendar()
    {
        const string rules = """
            "weekendDays": ["Saturday", "Sunday"],
            "supportedYears": { "first": 1990, "last": 2199 },
            "rules": [ { "name": "Unity Day", "localName": "Tag der Deutschen Einheit", "kind": "Fixed", "month": 10, "day": 3 } ]
            """;
        const string about = """
            "about": {
              "id": "DE", "name": "Germany", "country": "DE", "class": "RuleBased", "localLanguage": "de",
              "scope": "The days that are public holidays in every German state.", "announcedThrough": null,
              "sources": ["Einigungsvertrag Art. 2(2)"]
            },
            """;

        HolidayCalendar withAbout = SlaJson.ReadHolidayCalendar("{" + about + rules + "}");
        HolidayCalendar without = SlaJson.ReadHolidayCalendar("{" + rules + "}");

        Assert.Equal(without, withAbout);
        Assert.Equal(without.GetHashCode(), withAbout.GetHashCode());
        Assert.Equal(SlaJson.Write(without), SlaJson.Write(withAbout));
    }

    [Theory]
    [InlineData("\"country\": \"de\"", "$.about.country")]
    [InlineData("\"class\": \"Custom\"", "$.about.class")]
    [InlineData("\"sources\": [\"\"]", "$.about.sources[0]")]
    [InlineData("\"colour\": \"red\"", "$.about.colour")]
    public void ReadHolidayCalendar_MalformedAbout_ReportsTheMember(string member, string path)
    {
        Dictionary<string, string> members = new()
        {
            ["id"] = "\"id\": \"DE\"",
            ["name"] = "\"name\": \"Germany\"",
            ["country"] = "\"country\": \"DE\"",
            ["class"] = "\"class\": \"RuleBased\"",
        };
        string key = member.Split('"')[1];
        members[key] = member;
        string json = "{ \"about\": { " + string.Join(", ", members.Values) + " }, \"rules\": [] }";

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));

        Assert.Equal(path, Assert.Single(exception.Errors).Path);
    }

    [Fact]
    public void ReadHolidayCalendar_AboutWithoutItsRequiredMembers_ReportsEachOne()
    {
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar("""{ "about": { "id": "DE" }, "rules": [] }"""));

        Assert.Equal(["$.about.name", "$.about.country", "$.about.class"], exception.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "moves": { "Saturday": 7 } }""", "$.rules[0].moves.Saturday")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "moves": { "Saturday": -7 } }""", "$.rules[0].moves.Saturday")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "moves": { "Caturday": 1 } }""", "$.rules[0].moves.Caturday")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "moves": [1] }""", "$.rules[0].moves")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "observance": "NextWeekday", "moves": { "Sunday": 1 } }""", "$.rules[0].moves")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "observance": "Sometimes" }""", "$.rules[0].observance")]
    [InlineData("""{ "name": "X", "kind": "Equinox", "month": 3, "utcOffset": "9" }""", "$.rules[0].utcOffset")]
    [InlineData("""{ "name": "X", "kind": "Equinox", "month": 3, "utcOffset": "+15:00" }""", "$.rules[0].utcOffset")]
    [InlineData("""{ "name": "X", "kind": "Equinox", "month": 3 }""", "$.rules[0].utcOffset")]
    [InlineData("""{ "name": "X", "kind": "Equinox", "month": 5, "utcOffset": "+09:00" }""", "$.rules[0].month")]
    [InlineData("""{ "name": "X", "kind": "Equinox", "month": 3, "utcOffset": "+09:00", "day": 20 }""", "$.rules[0].day")]
    [InlineData("""{ "name": "X", "kind": "Hebrew", "month": "Adar III", "day": 14 }""", "$.rules[0].month")]
    [InlineData("""{ "name": "X", "kind": "Hebrew", "month": 7, "day": 1 }""", "$.rules[0].month")]
    [InlineData("""{ "name": "X", "kind": "Hebrew", "month": "Nisan", "day": 31 }""", "$.rules[0].day")]
    [InlineData("""{ "name": "X", "kind": "Lunisolar", "calendar": "Japanese", "month": 1, "day": 1 }""", "$.rules[0].calendar")]
    [InlineData("""{ "name": "X", "kind": "Lunisolar", "calendar": "Korean", "month": 13, "day": 1 }""", "$.rules[0].month")]
    [InlineData("""{ "name": "X", "kind": "Lunisolar", "calendar": "Korean", "month": 1, "day": 1, "offsetDays": 400 }""", "$.rules[0].offsetDays")]
    [InlineData("""{ "name": "X", "kind": "DayBetweenHolidays", "observance": "NextWeekday" }""", "$.rules[0].observance")]
    [InlineData("""{ "name": "X", "kind": "WorkingDays", "dates": ["2025-01-27"] }""", "$.rules[0].dates")]
    [InlineData("""{ "name": "X", "kind": "WorkingDays", "dates": ["2025-01-26"], "asWeekday": "Funday" }""", "$.rules[0].asWeekday")]
    [InlineData("""{ "name": "X", "kind": "WorkingDays", "dates": ["2025-01-26"], "observance": "NextWeekday" }""", "$.rules[0].observance")]
    [InlineData("""{ "name": "X", "kind": "Dates", "dates": ["2025-01-26"], "asWeekday": "Friday" }""", "$.rules[0].asWeekday")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "localName": "" }""", "$.rules[0].localName")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "source": " " }""", "$.rules[0].source")]
    [InlineData("""{ "name": "X", "kind": "Fixed", "month": 1, "day": 1, "note": 5 }""", "$.rules[0].note")]
    public void ReadHolidayCalendar_MalformedWorldRule_ReportsTheValuesPath(string rule, string path)
    {
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar("{ \"rules\": [ " + rule + " ] }"));

        SlaConfigurationError error = Assert.Single(exception.Errors);
        Assert.Equal(path, error.Path);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadHolidayCalendar_MovesOnARelativeRule_IsAProblemAtTheMoves()
    {
        const string json = """
            { "rules": [
              { "name": "A", "kind": "Fixed", "month": 1, "day": 1 },
              { "name": "B", "kind": "DaysAfter", "rule": "A", "days": 1, "moves": { "Sunday": 1 } }
            ] }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));

        Assert.Equal("$.rules[1].moves", Assert.Single(exception.Errors).Path);
    }
}
