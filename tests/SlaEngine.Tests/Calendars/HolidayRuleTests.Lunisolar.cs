using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayRule.Lunisolar"/>: Chinese and Korean lunar dates against published holiday dates (sources at each test),
/// the offset, leap months, 29-day months and the calendar systems' year ranges.
/// </summary>
public sealed partial class HolidayRuleTests
{
    [Theory]
    [InlineData("2020-01-25")] // Chinese New Year, 2020–2030: 4to40.com's zodiac table for 2020–2026 and 2029–2030;
    [InlineData("2021-02-12")] // timeanddate.com's Singapore 2027 list (6 February); the Purple Mountain Observatory's
    [InlineData("2022-02-01")] // eves of 2025–2029 (28 January 2025, 16 February 2026, 5 February 2027, 25 January 2028,
    [InlineData("2023-01-22")] // 12 February 2029) as reported by 163.com, one day before each New Year's Day.
    [InlineData("2024-02-10")]
    [InlineData("2025-01-29")]
    [InlineData("2026-02-17")]
    [InlineData("2027-02-06")]
    [InlineData("2028-01-26")]
    [InlineData("2029-02-13")]
    [InlineData("2030-02-03")]
    public void Lunisolar_ChineseNewYear_IsTheFirstDayOfTheFirstMonth(string published)
    {
        LocalDate date = ReferenceData.Date(published);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Spring Festival", LunisolarCalendar.Chinese, 1, 1) });

        Assert.Equal([new Holiday("Spring Festival", date, date)], calendar.GetHolidays(date.Year));
    }

    [Theory]
    [InlineData("2024-02-09")] // the last 30th of the twelfth month before 2030
    [InlineData("2025-01-28")] // 2025–2029: the twelfth month has 29 days (Purple Mountain Observatory, via 163.com and CCTV News)
    [InlineData("2026-02-16")]
    [InlineData("2027-02-05")]
    [InlineData("2028-01-25")]
    [InlineData("2029-02-12")]
    public void Lunisolar_OffsetMinusOne_IsChineseNewYearsEve(string published)
    {
        LocalDate date = ReferenceData.Date(published);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Eve", LunisolarCalendar.Chinese, 1, 1, -1) });

        Assert.Equal([new Holiday("Eve", date, date)], calendar.GetHolidays(date.Year));
    }

    [Fact]
    public void Lunisolar_ThirtiethDayOfA29DayMonth_GivesNoHoliday()
    {
        // The twelfth month of the lunar year begun in 2023 had 30 days (eve 9 February 2024 = the 30th); those of the lunar years
        // begun in 2024–2028 have 29 (no "年三十" in 2025–2029).
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Thirtieth", LunisolarCalendar.Chinese, 12, 30) });

        Assert.Equal([new Holiday("Thirtieth", new LocalDate(2024, 2, 9), new LocalDate(2024, 2, 9))], calendar.GetHolidays(2024));
        for (int year = 2025; year <= 2029; year++)
        {
            Assert.Empty(calendar.GetHolidays(year));
        }
    }

    [Theory]
    [InlineData(5, 5, "2020-06-25")]  // Dragon Boat Festival 2020, after the leap fourth month (State Council notice: 25–27 June)
    [InlineData(5, 5, "2023-06-22")]  // Dragon Boat Festival 2023 (国办发明电〔2022〕16号: 22–24 June)
    [InlineData(5, 5, "2025-05-31")]  // Dragon Boat Festival 2025 (国办发明电〔2024〕12号: 31 May – 2 June)
    [InlineData(8, 15, "2023-09-29")] // Mid-Autumn Festival 2023 (29 September – 6 October break)
    [InlineData(8, 15, "2025-10-06")] // Mid-Autumn Festival 2025, after the leap sixth month
    [InlineData(3, 1, "2023-04-20")]  // 2023 has a leap second month from 22 March: the third month begins on 20 April
    public void Lunisolar_ChineseDatesAfterALeapMonth_CountOnlyTheRegularMonths(int month, int day, string published)
    {
        LocalDate date = ReferenceData.Date(published);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Festival", LunisolarCalendar.Chinese, month, day) });

        Assert.Equal([new Holiday("Festival", date, date)], calendar.GetHolidays(date.Year));
    }

    [Theory]
    [InlineData("1996-02-19", "1996-09-27")] // Hankook Ilbo, 3 October 1995: 설은 2월19일, 추석은 9월27일
    [InlineData("2017-01-28", "2017-10-04")] // KASI 2017 almanac (Hankyoreh, Money Today): Seollal break 27–29 January, Chuseok 4 October
    [InlineData("2018-02-16", "2018-09-24")] // KASI 2018 almanac (Chungcheong Today)
    [InlineData("2019-02-05", "2019-09-13")] // KASI 2019 almanac (Aju News)
    [InlineData("2020-01-25", "2020-10-01")] // Money Today, 15 September 2019: breaks 24–27 January and 30 September – 4 October
    [InlineData("2024-02-10", "2024-09-17")] // published 2024 Korean holiday lists
    [InlineData("2025-01-29", "2025-10-06")] // KASI 2025 almanac: Seollal break 28–30 January, Chuseok 6 October
    public void Lunisolar_KoreanSeollalAndChuseok_AreThePublishedDates(string seollal, string chuseok)
    {
        LocalDate newYear = ReferenceData.Date(seollal);
        LocalDate harvest = ReferenceData.Date(chuseok);
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.Lunisolar("Day before Seollal", LunisolarCalendar.Korean, 1, 1, -1),
            HolidayRule.Lunisolar("Seollal", LunisolarCalendar.Korean, 1, 1),
            HolidayRule.Lunisolar("Chuseok", LunisolarCalendar.Korean, 8, 15),
        }).WithSupportedYears(1990, 2050);

        Assert.Equal(
            [
                new Holiday("Day before Seollal", newYear.PlusDays(-1), newYear.PlusDays(-1)),
                new Holiday("Seollal", newYear, newYear),
                new Holiday("Chuseok", harvest, harvest),
            ],
            calendar.GetHolidays(newYear.Year));
    }

    [Theory]
    [InlineData("2019-05-12")] // Buddha's Birthday, a Sunday in 2019 (KASI 2019 almanac, Aju News)
    [InlineData("2023-05-27")] // after the leap second month of 2023: a Saturday (2023 holiday lists)
    [InlineData("2025-05-05")] // shared with Children's Day (KASI 2025 almanac, Newstree)
    public void Lunisolar_KoreanBuddhasBirthday_IsThePublishedDate(string published)
    {
        LocalDate date = ReferenceData.Date(published);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Buddha's Birthday", LunisolarCalendar.Korean, 4, 8) }).WithSupportedYears(1990, 2050);

        Assert.Equal([new Holiday("Buddha's Birthday", date, date)], calendar.GetHolidays(date.Year));
    }

    [Fact]
    public void Lunisolar_OffsetIntoTheNextYear_IsListedInTheYearItFallsIn()
    {
        // Chinese New Year 2024 (10 February) plus 366 days is 10 February 2025, a holiday of holiday-year 2024.
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Later", LunisolarCalendar.Chinese, 1, 1, 366) });

        Assert.Contains(new Holiday("Later", new LocalDate(2025, 2, 10), new LocalDate(2025, 2, 10)), calendar.GetHolidays(2025));
    }

    [Fact]
    public void Lunisolar_KoreanYearAfter2050_ThrowsWhenTheCalendarSupportsIt()
    {
        // KoreanLunisolarCalendar ends on 10 February 2051: no lunar year begins in 2051. A calendar that supports 2051 (the default
        // years run to 2199) throws rather than leave Seollal out; 2050 itself is fine.
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Seollal", LunisolarCalendar.Korean, 1, 1) });

        Assert.Single(calendar.GetHolidays(2050));
        var error = Assert.Throws<HolidayRuleEvaluationException>(() => calendar.GetHolidays(2051));
        Assert.Contains("Seollal", error.Message, StringComparison.Ordinal);
        Assert.Throws<HolidayRuleEvaluationException>(() => calendar.IsBusinessDay(new LocalDate(2051, 6, 1)));
    }

    [Fact]
    public void Lunisolar_KoreanCalendarSupportedTo2050_AnswersEveryDayOfIt()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Seollal", LunisolarCalendar.Korean, 1, 1) }).WithSupportedYears(1990, 2050);

        Assert.True(calendar.IsBusinessDay(new LocalDate(2050, 12, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.GetHolidays(2051));
    }

    // The holiday-year after the calendar system's last lunar year would have a date inside a supported year (Seollal 2051 minus
    // 60 days is in December 2050; Chinese New Year 2101 minus 60 days is in November 2100): by the documentation the calendar
    // throws rather than leave that holiday out. The library leaves it out: it throws only for holiday-years inside the years
    // being compiled.
    [Theory]
    [InlineData(LunisolarCalendar.Korean, 2050)]
    [InlineData(LunisolarCalendar.Chinese, 2100)]
    public void Lunisolar_NegativeOffsetFromAYearOutsideTheCalendarSystem_ThrowsRatherThanLeaveTheHolidayOut(LunisolarCalendar lunisolar, int lastYear)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Early", lunisolar, 1, 1, -60) }).WithSupportedYears(1990, lastYear);

        Assert.Throws<HolidayRuleEvaluationException>(() => calendar.GetHolidays(lastYear));
    }

    [Theory]
    [InlineData(1900)] // ChineseLunisolarCalendar begins on 19 February 1901
    [InlineData(2101)] // and ends on 28 January 2101
    public void Lunisolar_ChineseYearOutsideItsCalendar_ThrowsWhenTheCalendarSupportsIt(int year)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Lunisolar("Spring Festival", LunisolarCalendar.Chinese, 1, 1) });

        Assert.Throws<HolidayRuleEvaluationException>(() => calendar.GetHolidays(year));
    }

    [Theory]
    [InlineData(LunisolarCalendar.None, 1, 1, 0, "calendar")]
    [InlineData((LunisolarCalendar)3, 1, 1, 0, "calendar")]
    [InlineData(LunisolarCalendar.Korean, 13, 1, 0, "month")]
    [InlineData(LunisolarCalendar.Korean, 0, 1, 0, "month")]
    [InlineData(LunisolarCalendar.Chinese, 1, 31, 0, "day")]
    [InlineData(LunisolarCalendar.Chinese, 1, 0, 0, "day")]
    [InlineData(LunisolarCalendar.Chinese, 1, 1, 367, "offsetDays")]
    public void Lunisolar_InvalidArguments_Throw(LunisolarCalendar lunisolar, int month, int day, int offset, string paramName)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => HolidayRule.Lunisolar("Festival", lunisolar, month, day, offset));
        Assert.Equal(paramName, error.ParamName);
    }
}
