using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// The closure calendar of support policy 001, built from rules in this test, against the
/// reference file data/support-closures.csv (2015–2030), date for date.
/// </summary>
public sealed class SupportClosuresTests
{
    // Policy text: "US Federal Holidays, as defined by the Office of Personal Management of the United
    // States; the day after Thanksgiving; one business day before and after Christmas; all business
    // days between Christmas and New Years."
    private static readonly HolidayCalendar s_closures = HolidayCalendars.UsFederal.With(
        HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
        HolidayRule.BusinessDaysBefore("One business day before Christmas", "Christmas Day", 1),
        HolidayRule.BusinessDaysAfter("One business day after Christmas", "Christmas Day", 1),
        HolidayRule.BusinessDaysBetween("Business day between Christmas and New Year's Day", "Christmas Day", "New Year's Day"));

    public static TheoryData<int> Years()
    {
        var years = new TheoryData<int>();
        for (int year = 2015; year <= 2030; year++)
        {
            years.Add(year);
        }

        return years;
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void ClosureDates_MatchTheReferenceFile_NoneMissingNoneExtra(int year)
    {
        string[] expected = ReferenceData.ReadCsv("support-closures.csv")
            .Select(r => r[0])
            .Where(d => d.StartsWith(year + "-", StringComparison.Ordinal))
            .ToArray();
        string[] actual = s_closures.GetHolidays(year).Select(h => ReferenceData.Iso(h.Date)).Distinct().ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryOtherDay_OfTheYear_IsOpenUnlessAWeekend(int year)
    {
        var closed = ReferenceData.ReadCsv("support-closures.csv").Select(r => ReferenceData.Date(r[0])).ToHashSet();
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            bool weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            Assert.Equal(!weekend && !closed.Contains(date), s_closures.IsBusinessDay(date));
        }
    }

    [Fact]
    public void Reasons_2015_NameEachRuleThatClosesTheDay()
    {
        // From the reference file: the 28th is both the day after Christmas and between Christmas and New Year's.
        Holiday[] december = s_closures.GetHolidays(2015).Where(h => h.Date.Month == 12).ToArray();
        Assert.Equal(
            new[]
            {
                "2015-12-24 One business day before Christmas",
                "2015-12-25 Christmas Day",
                "2015-12-28 Business day between Christmas and New Year's Day",
                "2015-12-28 One business day after Christmas",
                "2015-12-29 Business day between Christmas and New Year's Day",
                "2015-12-30 Business day between Christmas and New Year's Day",
                "2015-12-31 Business day between Christmas and New Year's Day",
            },
            december.Select(h => $"{ReferenceData.Iso(h.Date)} {h.Name}").ToArray());
    }

    [Fact]
    public void SampleCalendar_IsTheSameCalendarAsThisTestBuilds_UpToRuleNames()
    {
        // The sample names its rules differently; it must close the same days every year of the file.
        HolidayCalendar sample = Quickstart.SupportCalendars.Policy001Closures;
        for (var date = new LocalDate(2015, 1, 1); date.Year <= 2030; date = date.PlusDays(1))
        {
            Assert.Equal(s_closures.IsBusinessDay(date), sample.IsBusinessDay(date));
        }
    }
}
