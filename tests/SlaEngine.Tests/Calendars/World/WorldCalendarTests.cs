using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars.World;

/// <summary>
/// The built-in national calendars against the independent reference data (data/world, see its README) and the contract every
/// built-in calendar keeps: its document validates and round-trips, its description matches it, and it composes.
/// </summary>
public sealed class WorldCalendarTests
{
    /// <summary>The 31 countries of issue 17, by ISO 3166-1 alpha-2 code.</summary>
    public static readonly string[] Countries =
    {
        "US", "CN", "JP", "DE", "IN", "GB", "FR", "IT", "BR", "CA", "RU", "KR", "AU", "MX", "TR", "AR", "ZA", "ES", "NL", "BE", "PL", "AT", "IE", "SE", "DK",
        "FI", "NO", "CH", "NZ", "SG", "IL",
    };

    public static TheoryData<string> CountryIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in Countries)
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> DocumentIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in HolidayCalendars.Ids)
        {
            if (HolidayCalendars.DocumentText(id) is not null)
            {
                data.Add(id);
            }
        }

        return data;
    }

    /// <summary>The countries and the subdivisions (<see cref="SubdivisionCalendarTests.Subdivisions"/>): every id the reference data covers.</summary>
    public static TheoryData<string> ReferenceIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in Countries.Concat(SubdivisionCalendarTests.Subdivisions.Keys))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceIds))]
    public void Reference_EveryYearWithTwoSources_AgreesWithTheConsensusAndTheDecisions(string id)
    {
        Assert.True(HolidayCalendars.TryGet(id, out HolidayCalendar? calendar), id + " is built in.");
        List<string> problems = WorldReference.Check(Path.Combine(ReferenceData.Folder, "world"), id, calendar!);
        Assert.True(problems.Count == 0, id + ": " + problems.Count + " mismatch(es):\n" + string.Join("\n", problems.Take(60)));
    }

    [Theory]
    [MemberData(nameof(CountryIds))]
    public void Describe_MatchesTheCalendarAndItsClass(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        HolidayCalendarInfo info = HolidayCalendars.Describe(id);
        Assert.Same(info, HolidayCalendars.Describe(id.ToLowerInvariant()));
        Assert.Equal(id, info.Id);
        Assert.Equal(id, info.CountryCode);
        Assert.False(string.IsNullOrWhiteSpace(info.Name));
        Assert.Equal(calendar.WeekendDays, info.WeekendDays);
        Assert.Equal(calendar.FirstSupportedYear, info.FirstSupportedYear);
        Assert.Equal(calendar.LastSupportedYear, info.LastSupportedYear);
        Assert.Equal(id == "IL" ? new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday } : new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, info.WeekendDays);
        Assert.NotEmpty(info.Sources);
        switch (info.Class)
        {
            case HolidayCalendarClass.RuleBased:
                Assert.True(info.FirstSupportedYear <= 1990 && info.LastSupportedYear >= 2199, id + " is rule-based: at least 1990–2199.");
                Assert.Null(info.AnnouncedThrough);
                break;
            case HolidayCalendarClass.Bounded:
                Assert.True(info.FirstSupportedYear <= 1990 && info.LastSupportedYear >= 2030, id + " is bounded: from 1990 to its bound.");
                Assert.Null(info.AnnouncedThrough);
                break;
            case HolidayCalendarClass.Announced:
                Assert.True(info.FirstSupportedYear <= 2010, id + " rests on announcements: from at least 2010.");
                Assert.Equal(info.LastSupportedYear, info.AnnouncedThrough);
                Assert.True(info.AnnouncedThrough >= 2026, id + " is announced through " + info.AnnouncedThrough + ", before the current year.");
                break;
            default:
                Assert.Fail(id + " has no class.");
                break;
        }

        // The classification.
        string[] ruleBased = { "US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "SE", "DK", "FI", "NO", "PL", "IE", "AU", "CA", "ZA", "MX", "BR", "JP", "IN" };
        string[] announced = { "CN", "SG", "TR", "RU", "AR" };
        Assert.Equal(
            ruleBased.Contains(id) ? HolidayCalendarClass.RuleBased : announced.Contains(id) ? HolidayCalendarClass.Announced : HolidayCalendarClass.Bounded,
            info.Class);
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void Document_ValidatesAgainstTheSchema_RoundTripsEqual_AndCitesItsSources(string id)
    {
        string text = HolidayCalendars.DocumentText(id)!;
        Assert.Empty(Schemas.Errors("holiday-calendar.schema.json", text));
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        Assert.Equal(calendar, SlaJson.ReadHolidayCalendar(text));
        Assert.Equal(calendar, SlaJson.ReadHolidayCalendar(SlaJson.Write(calendar)));
        foreach (HolidayRule rule in calendar.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), id + ": rule '" + rule.Name + "' cites no source.");
        }
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void Names_AreNotEmptyOrRepeatedOnADate_AndLocalNamesAreConsistent(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        foreach (HolidayRule rule in calendar.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Name));
            Assert.True(rule.LocalName is null || rule.LocalName.Trim().Length > 0);
        }

        for (int year = Math.Max(calendar.FirstSupportedYear, 1990); year <= Math.Min(calendar.LastSupportedYear, 2060); year++)
        {
            IReadOnlyList<Holiday> holidays = calendar.GetHolidays(year);
            Assert.Equal(holidays.Count, holidays.Select(h => (h.Date, h.Name)).Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void UnionAndWith_Compose(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        int year = Math.Min(Math.Max(2026, calendar.FirstSupportedYear), calendar.LastSupportedYear);
        HolidayCalendar withDay = calendar.With(HolidayRule.Dates("Company day", new LocalDate(year, 8, 5)));
        Assert.Contains(withDay.GetHolidays(year), h => h.Name == "Company day");
        HolidayCalendar union = calendar.Union(HolidayCalendars.UsFederal);
        foreach (Holiday holiday in calendar.GetHolidays(year).Concat(HolidayCalendars.UsFederal.GetHolidays(year)))
        {
            Assert.True(union.IsHoliday(holiday.Date), id + " ∪ US: " + holiday);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void OutsideTheSupportedYears_ThrowsNamingTheCalendarAndItsRange(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsBusinessDay(new LocalDate(calendar.LastSupportedYear + 1, 3, 2)));
        Assert.Contains("'" + id + "'", error.Message);
        Assert.Contains(calendar.FirstSupportedYear + "–" + calendar.LastSupportedYear, error.Message);
    }

    [Fact]
    public void AnnouncedCalendar_ExtendedByTheUserWithNextYearsDates_AnswersThatYear()
    {
        // The README's recipe for an announced calendar whose next year is published before a release carries it. The 2027
        // days are what Singapore's Holidays Act s.4(2) gives for Chinese New Year on Saturday 6 and Sunday 7 February 2027:
        // the Sunday's day in lieu is Monday 8 February. National Day, a fixed Schedule day, falls on Monday 9 August 2027.
        const string Json = """
            {
              "basedOn": "SG",
              "supportedYears": { "first": 2008, "last": 2027 },
              "rules": [
                { "name": "Chinese New Year", "kind": "Dates", "dates": ["2027-02-06", "2027-02-07"],
                  "observance": "SundayToNextNonHoliday", "source": "MOM, Public Holidays 2027" }
              ]
            }
            """;
        HolidayCalendar sg = HolidayCalendars.Get("SG");
        HolidayCalendar fromJson = SlaJson.ReadHolidayCalendar(Json);
        HolidayCalendar fromCode = sg
            .With(HolidayRule.Dates("Chinese New Year", new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 7))
                .WithObservance(Observance.SundayToNextNonHoliday)
                .WithSource("MOM, Public Holidays 2027"))
            .WithSupportedYears(2008, 2027);
        Assert.Equal(fromCode, fromJson);
        Assert.Throws<ArgumentOutOfRangeException>(() => sg.IsBusinessDay(new LocalDate(2027, 2, 8)));
        foreach (HolidayCalendar extended in new[] { fromJson, fromCode })
        {
            Assert.False(extended.IsBusinessDay(new LocalDate(2027, 2, 8)));
            Assert.True(extended.IsBusinessDay(new LocalDate(2027, 2, 9)));
            Assert.False(extended.IsBusinessDay(new LocalDate(2027, 8, 9)));
            Assert.Equal(sg.GetHolidays(2026), extended.GetHolidays(2026));
            Assert.Throws<ArgumentOutOfRangeException>(() => extended.IsBusinessDay(new LocalDate(2028, 1, 3)));
        }
    }

    [Fact]
    public void AnnouncedCalendar_NextYearsDaysOffMayBeginInDecember()
    {
        // China's New Year break can begin on 30 or 31 December of the year before (30 December 2018 to 1 January 2019, with
        // Saturday 29 December 2018 worked). A user extending CN with a year of that shape (the 2027 dates here are made up)
        // writes its dates under the built-in names.
        const string Json = """
            {
              "basedOn": "CN",
              "supportedYears": { "first": 2008, "last": 2027 },
              "rules": [
                { "name": "New Year's Day", "kind": "Dates", "dates": ["2026-12-31", "2027-01-01"] },
                { "name": "New Year's Day make-up working days", "kind": "WorkingDays", "dates": ["2026-12-26"] }
              ]
            }
            """;
        HolidayCalendar cn = SlaJson.ReadHolidayCalendar(Json);
        Assert.False(cn.IsBusinessDay(new LocalDate(2026, 12, 31)));   // a Thursday
        Assert.True(cn.IsBusinessDay(new LocalDate(2026, 12, 26)));    // a Saturday, worked
        Assert.False(cn.IsBusinessDay(new LocalDate(2027, 1, 1)));
        Assert.Equal(HolidayCalendars.Get("CN").GetHolidays(2025), cn.GetHolidays(2025));
    }
}
