using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayCalendars.UsFederal"/> against the reference data (consensus of six
/// implementations, cross-checked with OPM) and hand-derived lists for the years around each rule change.
/// </summary>
public sealed class UsFederalTests
{
    private static readonly HolidayCalendar s_federal = HolidayCalendars.UsFederal;

    public static TheoryData<int> ReferenceYears()
    {
        var years = new TheoryData<int>();
        for (int year = 1990; year <= 2030; year++)
        {
            years.Add(year);
        }

        return years;
    }

    [Fact]
    public void ReferenceData_EveryRow_MatchesNameActualAndObservedDate()
    {
        IReadOnlyList<string[]> rows = ReferenceData.ReadCsv("us-federal-holidays.csv");
        Assert.Equal(420, rows.Count);
        foreach (string[] row in rows)
        {
            int holidayYear = int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture);
            var expected = new Holiday(row[1], ReferenceData.Date(row[3]), ReferenceData.Date(row[2]));
            Assert.Equal(holidayYear, expected.ActualDate.Year);
            Assert.Contains(expected, s_federal.GetHolidays(expected.Date.Year));
            Assert.True(s_federal.IsHoliday(expected.Date), $"{expected} should be a holiday.");
            Assert.False(s_federal.IsBusinessDay(expected.Date), $"{expected} should not be a business day.");
        }
    }

    [Fact]
    public void ReferenceData_NoOtherWeekdayFrom1990To2030_IsAHoliday()
    {
        var observed = ReferenceData.ReadCsv("us-federal-holidays.csv").Select(r => ReferenceData.Date(r[3])).ToHashSet();
        int weekdays = 0;
        for (var date = new LocalDate(1990, 1, 1); date <= new LocalDate(2030, 12, 31); date = date.PlusDays(1))
        {
            bool weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            bool holiday = observed.Contains(date);
            Assert.Equal(holiday, s_federal.IsHoliday(date));
            Assert.Equal(!weekend && !holiday, s_federal.IsBusinessDay(date));
            weekdays += weekend ? 0 : 1;
        }

        Assert.Equal(10_697, weekdays);
    }

    [Theory]
    [MemberData(nameof(ReferenceYears))]
    public void GetHolidays_ReferenceYear_ListsExactlyTheRowsObservedThatYear(int year)
    {
        string[] expected = ReferenceData.ReadCsv("us-federal-holidays.csv")
            .Where(r => ReferenceData.Date(r[3]).Year == year)
            .Select(r => $"{r[3]} {r[1]} {r[2]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] actual = s_federal.GetHolidays(year)
            .Select(h => $"{ReferenceData.Iso(h.Date)} {h.Name} {ReferenceData.Iso(h.ActualDate)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        // The reference rows stop at holiday-year 2030, so calendar years 1989 and 2030 can differ by
        // a New Year's Day observed on 31 December; 1990-2029 have no such edge.
        if (year < 2030)
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.Equal(expected, actual.Where(a => !a.EndsWith("2031-01-01", StringComparison.Ordinal)).ToArray());
        }
    }

    // Years before and at each rule change, worked out by hand from the statute (the reference data
    // starts in 1990). 1971: first year of the Uniform Monday Holiday Act; 1 January 1971 was a Friday.
    [Fact]
    public void GetHolidays_1971_FollowsTheUniformMondayHolidayAct()
    {
        AssertHolidays(
            1971,
            "1971-01-01 New Year's Day",                // Friday
            "1971-02-15 Washington's Birthday",         // third Monday of February: 1, 8, 15
            "1971-05-31 Memorial Day",                  // last Monday of May
            "1971-07-05 Independence Day (1971-07-04)", // Sunday -> Monday
            "1971-09-06 Labor Day",                     // first Monday of September
            "1971-10-11 Columbus Day",                  // second Monday: 4, 11
            "1971-10-25 Veterans Day",                  // fourth Monday of October 1971-1977: 4, 11, 18, 25
            "1971-11-25 Thanksgiving Day",              // fourth Thursday: 4, 11, 18, 25
            "1971-12-24 Christmas Day (1971-12-25)",    // Saturday -> Friday
            "1971-12-31 New Year's Day (1972-01-01)");  // 1 January 1972 is a Saturday
    }

    [Fact]
    public void GetHolidays_1977And1978_MoveVeteransDayBackToNovember11()
    {
        // 1977: fourth Monday of October (3, 10, 17, 24); 1978: 11 November is a Saturday -> Friday 10th.
        Assert.Contains(new Holiday("Veterans Day", new LocalDate(1977, 10, 24), new LocalDate(1977, 10, 24)), s_federal.GetHolidays(1977));
        Assert.DoesNotContain(s_federal.GetHolidays(1977), h => h.Date.Month == 11 && h.Name == "Veterans Day");
        Assert.Contains(new Holiday("Veterans Day", new LocalDate(1978, 11, 10), new LocalDate(1978, 11, 11)), s_federal.GetHolidays(1978));
        Assert.DoesNotContain(s_federal.GetHolidays(1978), h => h.Date.Month == 10 && h.Name == "Veterans Day");
    }

    [Fact]
    public void GetHolidays_1985And1986_AddMartinLutherKingDayFrom1986()
    {
        Assert.DoesNotContain(s_federal.GetHolidays(1985), h => h.Name.StartsWith("Birthday of Martin", StringComparison.Ordinal));

        // 1 January 1986 was a Wednesday, so the Mondays are 6, 13, 20.
        Assert.Contains(new Holiday("Birthday of Martin Luther King, Jr.", new LocalDate(1986, 1, 20), new LocalDate(1986, 1, 20)), s_federal.GetHolidays(1986));
    }

    [Fact]
    public void GetHolidays_2020And2021_AddJuneteenthFrom2021()
    {
        Assert.DoesNotContain(s_federal.GetHolidays(2020), h => h.Name.StartsWith("Juneteenth", StringComparison.Ordinal));
        Assert.True(s_federal.IsBusinessDay(new LocalDate(2020, 6, 19)));

        // 19 June 2021 was a Saturday: observed Friday 18 June, as the statute reads and OPM did.
        Assert.Contains(new Holiday("Juneteenth National Independence Day", new LocalDate(2021, 6, 18), new LocalDate(2021, 6, 19)), s_federal.GetHolidays(2021));
    }

    [Fact]
    public void GetHolidays_2021_ListsNewYearsDay2022ObservedOnDecember31()
    {
        Holiday last = s_federal.GetHolidays(2021)[^1];
        Assert.Equal(new Holiday("New Year's Day", new LocalDate(2021, 12, 31), new LocalDate(2022, 1, 1)), last);
        Assert.DoesNotContain(s_federal.GetHolidays(2022), h => h.Name == "New Year's Day");
    }

    [Fact]
    public void GetHolidays_2199_IsTheLastSupportedYear()
    {
        // 2199-12-25 is a Wednesday (2199-01-01 is a Tuesday; 25 December is day 359 of a common year, 51 weeks + 2 days later).
        Assert.Contains(new Holiday("Christmas Day", new LocalDate(2199, 12, 25), new LocalDate(2199, 12, 25)), s_federal.GetHolidays(2199));
        Assert.Equal(1971, s_federal.FirstSupportedYear);
        Assert.Equal(2199, s_federal.LastSupportedYear);
    }

    [Theory]
    [InlineData(1970)]
    [InlineData(2200)]
    public void GetHolidays_YearOutsideRange_ThrowsNamingTheRange(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.GetHolidays(year));
        Assert.Equal("year", error.ParamName);
        Assert.StartsWith($"The year {year} is outside the years 1971–2199 that the built-in calendar 'US' (United States) supports.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBusinessDay_DateOutsideRange_ThrowsNamingTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.IsBusinessDay(new LocalDate(1970, 12, 31)));
        Assert.Equal("date", error.ParamName);
        Assert.StartsWith("The date 1970-12-31 is outside the years 1971–2199 that the built-in calendar 'US' (United States) supports.", error.Message, StringComparison.Ordinal);
    }

    private static void AssertHolidays(int year, params string[] expected)
    {
        string[] actual = s_federal.GetHolidays(year)
            .Select(h => h.IsObservedOnAnotherDay ? $"{ReferenceData.Iso(h.Date)} {h.Name} ({ReferenceData.Iso(h.ActualDate)})" : $"{ReferenceData.Iso(h.Date)} {h.Name}")
            .ToArray();
        Assert.Equal(expected, actual);
    }
}
