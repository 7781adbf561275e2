using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayCalendar"/> against <see cref="ReferenceHolidayModel"/>, an independent brute-force
/// model of the holiday-rule semantics, on random calendars; and the worked examples of the
/// specification against dates worked out by hand.
/// </summary>
public sealed partial class HolidayCalendarTests
{
    private static readonly IReadOnlySet<IsoDayOfWeek> s_modelSaturdaySunday =
        new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    [Property(MaxTest = 5000, Arbitrary = [typeof(CalendarGenerators)])]
    public void Model_GetHolidays_MatchesTheReferenceModel(CalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new ReferenceHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        Assert.Equal(ModelFormat(model, calendarCase.Year), ModelFormat(calendar.GetHolidays(calendarCase.Year)));
    }

    [Property(MaxTest = 2500, Arbitrary = [typeof(CalendarGenerators)])]
    public void Model_IsHolidayAndIsBusinessDay_MatchTheReferenceModelOnEveryDayOfTheYear(CalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new ReferenceHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        for (var date = new LocalDate(calendarCase.Year, 1, 1); date.Year == calendarCase.Year; date = date.PlusDays(1))
        {
            Assert.True(model.IsHoliday(date) == calendar.IsHoliday(date), $"IsHoliday({ReferenceData.Iso(date)}): model {model.IsHoliday(date)}, library {calendar.IsHoliday(date)}.");
            Assert.True(model.IsBusinessDay(date) == calendar.IsBusinessDay(date), $"IsBusinessDay({ReferenceData.Iso(date)}): model {model.IsBusinessDay(date)}, library {calendar.IsBusinessDay(date)}.");
        }
    }

    // The same comparison with the queries in the opposite order (business days first, from 31 December
    // backwards, then the holiday lists of the year and the year before), so that any lazily built state
    // is reached another way.
    [Property(MaxTest = 1000, Arbitrary = [typeof(CalendarGenerators)])]
    public void Model_QueriesInReverseOrder_MatchTheReferenceModel(CalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new ReferenceHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        for (var date = new LocalDate(calendarCase.Year, 12, 31); date.Year == calendarCase.Year; date = date.PlusDays(-1))
        {
            Assert.True(model.IsBusinessDay(date) == calendar.IsBusinessDay(date), $"IsBusinessDay({ReferenceData.Iso(date)}): model {model.IsBusinessDay(date)}, library {calendar.IsBusinessDay(date)}.");
        }

        Assert.Equal(ModelFormat(model, calendarCase.Year), ModelFormat(calendar.GetHolidays(calendarCase.Year)));
        Assert.Equal(ModelFormat(model, calendarCase.Year - 1), ModelFormat(calendar.GetHolidays(calendarCase.Year - 1)));
    }

    // Narrowing the supported years changes which years may be asked about, not the holidays: a holiday
    // of an unsupported holiday-year (1970, 2200) observed inside 1971-2199 is still listed.
    [Property(MaxTest = 1000, Arbitrary = [typeof(CalendarGenerators)])]
    public void Model_GetHolidaysWithSupportedYears1971To2199_MatchesTheReferenceModel(CalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend).WithSupportedYears(1971, 2199);
        var model = new ReferenceHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        Assert.Equal(ModelFormat(model, calendarCase.Year), ModelFormat(calendar.GetHolidays(calendarCase.Year)));
    }

    [Fact]
    public void Model_NextWeekdaySubstitutes_FollowTheUkExamples()
    {
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NextWeekday),
            HolidayRule.Fixed("Boxing Day", 12, 26, Observance.NextWeekday),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);
        var model = new ReferenceHolidayModel(rules, s_modelSaturdaySunday);

        // 2021: Christmas on Saturday 25, Boxing Day on Sunday 26 -> Monday 27 and Tuesday 28.
        string[] expected2021 = ["2021-12-27 Christmas Day (2021-12-25)", "2021-12-28 Boxing Day (2021-12-26)"];

        // 2022: Christmas on Sunday 25; Boxing Day stays on Monday 26, so Christmas moves to Tuesday 27.
        string[] expected2022 = ["2022-12-26 Boxing Day (2022-12-26)", "2022-12-27 Christmas Day (2022-12-25)"];

        Assert.Equal(expected2021, ModelFormat(calendar.GetHolidays(2021)));
        Assert.Equal(expected2022, ModelFormat(calendar.GetHolidays(2022)));
        Assert.Equal(expected2021, ModelFormat(model, 2021));
        Assert.Equal(expected2022, ModelFormat(model, 2022));
        Assert.False(calendar.IsHoliday(new LocalDate(2022, 12, 25)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2022, 12, 27)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2022, 12, 28)));
    }

    [Fact]
    public void Model_SupportCalendar2015_CountsBusinessDaysAroundChristmas()
    {
        IReadOnlyList<HolidayRule> rules = ModelSupportRules();
        HolidayCalendar calendar = HolidayCalendar.Create(rules);
        var model = new ReferenceHolidayModel(rules, s_modelSaturdaySunday);

        // Christmas 2015 is a Friday and 1 January 2016 a Friday: before = Thursday 24, after = Monday 28,
        // between = Monday 28 to Thursday 31. 1 November 2015 is a Sunday, so Thanksgiving is the 26th.
        string[] expected =
        [
            "2015-01-01 New Year's Day (2015-01-01)",
            "2015-01-19 Birthday of Martin Luther King, Jr. (2015-01-19)",
            "2015-02-16 Washington's Birthday (2015-02-16)",
            "2015-05-25 Memorial Day (2015-05-25)",
            "2015-07-03 Independence Day (2015-07-04)",
            "2015-09-07 Labor Day (2015-09-07)",
            "2015-10-12 Columbus Day (2015-10-12)",
            "2015-11-11 Veterans Day (2015-11-11)",
            "2015-11-26 Thanksgiving Day (2015-11-26)",
            "2015-11-27 Day after Thanksgiving (2015-11-27)",
            "2015-12-24 B before (2015-12-24)",
            "2015-12-25 Christmas Day (2015-12-25)",
            "2015-12-28 B after (2015-12-28)",
            "2015-12-28 Between (2015-12-28)",
            "2015-12-29 Between (2015-12-29)",
            "2015-12-30 Between (2015-12-30)",
            "2015-12-31 Between (2015-12-31)",
        ];

        Assert.Equal(expected, ModelFormat(calendar.GetHolidays(2015)));
        Assert.Equal(expected, ModelFormat(model, 2015));
    }

    [Fact]
    public void Model_SupportCalendar_MatchesTheSupportClosuresData()
    {
        IReadOnlyList<HolidayRule> rules = ModelSupportRules();
        HolidayCalendar calendar = HolidayCalendar.Create(rules);
        var model = new ReferenceHolidayModel(rules, s_modelSaturdaySunday);
        var closures = ReferenceData.ReadCsv("support-closures.csv").Select(r => ReferenceData.Date(r[0])).ToHashSet();

        for (var date = new LocalDate(2015, 1, 1); date.Year <= 2030; date = date.PlusDays(1))
        {
            Assert.True(closures.Contains(date) == model.IsHoliday(date), $"Model disagrees with support-closures.csv on {ReferenceData.Iso(date)}.");
            Assert.True(closures.Contains(date) == calendar.IsHoliday(date), $"Library disagrees with support-closures.csv on {ReferenceData.Iso(date)}.");
        }
    }

    [Fact]
    public void Model_NewYearsDay2022_IsObservedOnDecember31_2021()
    {
        HolidayRule[] rules = [HolidayRule.Fixed("New Year's Day", 1, 1, Observance.NearestWeekday)];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);
        var model = new ReferenceHolidayModel(rules, s_modelSaturdaySunday);

        // 1 January 2022 is a Saturday: observed Friday 31 December 2021; none observed in 2022.
        string[] expected2021 = ["2021-01-01 New Year's Day (2021-01-01)", "2021-12-31 New Year's Day (2022-01-01)"];
        Assert.Equal(expected2021, ModelFormat(calendar.GetHolidays(2021)));
        Assert.Equal(expected2021, ModelFormat(model, 2021));
        Assert.Empty(calendar.GetHolidays(2022));
        Assert.Empty(model.HolidaysObservedIn(2022));
        Assert.True(calendar.IsHoliday(new LocalDate(2021, 12, 31)));
        Assert.False(calendar.IsHoliday(new LocalDate(2022, 1, 1)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2022, 1, 1)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2022, 1, 3)));
    }

    [Theory]
    [InlineData(1900, "1900-04-15", "1900-04-22")]
    [InlineData(1954, "1954-04-18", "1954-04-25")] // Gauss's second exception (25 -> 18 April)
    [InlineData(1981, "1981-04-19", "1981-04-26")] // Gauss's first exception (26 -> 19 April)
    [InlineData(2008, "2008-03-23", "2008-04-27")]
    [InlineData(2010, "2010-04-04", "2010-04-04")]
    [InlineData(2016, "2016-03-27", "2016-05-01")]
    [InlineData(2021, "2021-04-04", "2021-05-02")]
    [InlineData(2024, "2024-03-31", "2024-05-05")]
    [InlineData(2025, "2025-04-20", "2025-04-20")]
    [InlineData(2049, "2049-04-18", "2049-04-25")] // Gauss's second exception again
    [InlineData(2076, "2076-04-19", "2076-04-26")]
    [InlineData(2100, "2100-03-28", "2100-05-02")] // from March 2100 the Julian calendar is 14 days behind
    [InlineData(2101, "2101-04-17", "2101-04-24")]
    [InlineData(2199, "2199-04-14", "2199-04-21")]
    public void Model_Easter_MatchesPublishedDates(int year, string western, string orthodox)
    {
        HolidayRule[] rules = [HolidayRule.Easter("Easter", 0), HolidayRule.OrthodoxEaster("Pascha", 0)];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);

        Assert.Equal(ReferenceData.Date(western), ReferenceHolidayModel.WesternEaster(year));
        Assert.Equal(ReferenceData.Date(orthodox), ReferenceHolidayModel.OrthodoxEaster(year));
        Assert.Contains(new Holiday("Easter", ReferenceData.Date(western), ReferenceData.Date(western)), calendar.GetHolidays(year));
        Assert.Contains(new Holiday("Pascha", ReferenceData.Date(orthodox), ReferenceData.Date(orthodox)), calendar.GetHolidays(year));
    }

    // The US federal holidays (as from 2021) plus the support policy's business-day rules.
    private static HolidayRule[] ModelSupportRules() =>
    [
        HolidayRule.Fixed("New Year's Day", 1, 1, Observance.NearestWeekday),
        HolidayRule.NthWeekday("Birthday of Martin Luther King, Jr.", 1, IsoDayOfWeek.Monday, 3),
        HolidayRule.NthWeekday("Washington's Birthday", 2, IsoDayOfWeek.Monday, 3),
        HolidayRule.NthWeekday("Memorial Day", 5, IsoDayOfWeek.Monday, -1),
        HolidayRule.Fixed("Juneteenth National Independence Day", 6, 19, Observance.NearestWeekday).From(2021),
        HolidayRule.Fixed("Independence Day", 7, 4, Observance.NearestWeekday),
        HolidayRule.NthWeekday("Labor Day", 9, IsoDayOfWeek.Monday, 1),
        HolidayRule.NthWeekday("Columbus Day", 10, IsoDayOfWeek.Monday, 2),
        HolidayRule.Fixed("Veterans Day", 11, 11, Observance.NearestWeekday),
        HolidayRule.NthWeekday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4),
        HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NearestWeekday),
        HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
        HolidayRule.BusinessDaysBefore("B before", "Christmas Day", 1),
        HolidayRule.BusinessDaysAfter("B after", "Christmas Day", 1),
        HolidayRule.BusinessDaysBetween("Between", "Christmas Day", "New Year's Day"),
    ];

    private static string ModelFormat(string name, LocalDate observed, LocalDate actual) =>
        $"{ReferenceData.Iso(observed)} {name} ({ReferenceData.Iso(actual)})";

    private static string[] ModelFormat(IEnumerable<Holiday> holidays) =>
        holidays.Select(h => ModelFormat(h.Name, h.Date, h.ActualDate)).Order(StringComparer.Ordinal).ToArray();

    private static string[] ModelFormat(ReferenceHolidayModel model, int year) =>
        model.HolidaysObservedIn(year).Select(h => ModelFormat(h.Name, h.Observed, h.Actual)).Order(StringComparer.Ordinal).ToArray();
}
