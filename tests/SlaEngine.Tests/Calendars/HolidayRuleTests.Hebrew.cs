using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayRule.Hebrew"/>: Hebrew dates against published Jewish holiday dates (the day itself; the holidays begin at
/// sundown the evening before), Adar in leap years, months of 29 days, the holiday-year of Tevet, and Israel's Independence
/// Day moves.
/// </summary>
public sealed partial class HolidayRuleTests
{
    [Theory]
    [InlineData(HebrewMonth.Tishrei, 1, "2023-09-16")]  // Rosh Hashanah 5784: sundown 15 September 2023 (istanbullife.org table)
    [InlineData(HebrewMonth.Tishrei, 1, "2024-10-03")]  // Rosh Hashanah 5785: 2–4 October 2024 (Rodeph Sholom calendar)
    [InlineData(HebrewMonth.Tishrei, 1, "2025-09-23")]  // Rosh Hashanah 5786: 22–24 September 2025
    [InlineData(HebrewMonth.Tishrei, 10, "2024-10-12")] // Yom Kippur 5785: 11–12 October 2024
    [InlineData(HebrewMonth.Tishrei, 10, "2025-10-02")] // Yom Kippur 5786: 1–2 October 2025
    [InlineData(HebrewMonth.Nisan, 15, "2024-04-23")]   // Passover 5784: from sundown 22 April 2024
    [InlineData(HebrewMonth.Nisan, 15, "2025-04-13")]   // Passover 5785: from sundown 12 April 2025
    [InlineData(HebrewMonth.Sivan, 6, "2024-06-12")]    // Shavuot 5784: from sundown 11 June 2024
    [InlineData(HebrewMonth.Sivan, 6, "2025-06-02")]    // Shavuot 5785: from sundown 1 June 2025
    [InlineData(HebrewMonth.Adar, 14, "2024-03-24")]    // Purim 5784, a leap year: 14 Adar II, from sundown 23 March 2024
    [InlineData(HebrewMonth.Adar, 14, "2025-03-14")]    // Purim 5785: from sundown 13 March 2025
    [InlineData(HebrewMonth.Kislev, 25, "2023-12-08")]  // Hanukkah 5784: from sundown 7 December 2023
    [InlineData(HebrewMonth.Kislev, 25, "2024-12-26")]  // Hanukkah 5785: from sundown 25 December 2024
    public void Hebrew_PublishedHolidays_AreTheRulesDates(HebrewMonth month, int day, string published)
    {
        LocalDate date = ReferenceData.Date(published);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Hebrew("Holiday", month, day) });

        Assert.Equal([new Holiday("Holiday", date, date)], calendar.GetHolidays(date.Year));
    }

    [Theory]
    [InlineData(2024, "2024-02-23", "2024-03-24")] // 5784 is a leap year: Purim Katan on 14 Adar I, Purim on 14 Adar II
    [InlineData(2025, "2025-03-14", "2025-03-14")] // 5785 is a common year: both name its one Adar
    public void Hebrew_AdarI_IsAdarIInALeapYearAndAdarOtherwise(int year, string adarI, string adar)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.Hebrew("Adar I", HebrewMonth.AdarI, 14),
            HolidayRule.Hebrew("Adar", HebrewMonth.Adar, 14),
        });

        Assert.Equal(ReferenceData.Date(adarI), calendar.GetHolidays(year).Single(h => h.Name == "Adar I").Date);
        Assert.Equal(ReferenceData.Date(adar), calendar.GetHolidays(year).Single(h => h.Name == "Adar").Date);
    }

    [Fact]
    public void Hebrew_ThirtiethOfA29DayMonth_GivesNoHoliday()
    {
        // Adar I of a leap year has 30 days (30 Adar I 5784 = 10 March 2024, the day before 1 Adar II); the Adar of a common year
        // and Adar II have 29, so 30 Adar never exists, nor 30 Adar I in the common year 5785.
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.Hebrew("30 Adar I", HebrewMonth.AdarI, 30),
            HolidayRule.Hebrew("30 Adar", HebrewMonth.Adar, 30),
        });

        Assert.Equal([new Holiday("30 Adar I", new LocalDate(2024, 3, 10), new LocalDate(2024, 3, 10))], calendar.GetHolidays(2024));
        Assert.Empty(calendar.GetHolidays(2025));
    }

    [Fact]
    public void Hebrew_Tevet_BelongsToTheHebrewYearThatBeganTheAutumnBefore()
    {
        // The Tenth of Tevet 5783 was 3 January 2023 and 5784's was 22 December 2023, holiday-year 2024 (Wikipedia, "Tenth of
        // Tevet"; Emmanuel's tzetl for Friday 22 December 2023), so 2024 has none; 5786's is 30 December 2025 (Israel National News).
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Hebrew("Tenth of Tevet", HebrewMonth.Tevet, 10) });

        Assert.Equal(
            [
                new Holiday("Tenth of Tevet", new LocalDate(2023, 1, 3), new LocalDate(2023, 1, 3)),
                new Holiday("Tenth of Tevet", new LocalDate(2023, 12, 22), new LocalDate(2023, 12, 22)),
            ],
            calendar.GetHolidays(2023));
        Assert.Contains(new Holiday("Tenth of Tevet", new LocalDate(2025, 12, 30), new LocalDate(2025, 12, 30)), calendar.GetHolidays(2025));
        Assert.Empty(calendar.GetHolidays(2024));
    }

    [Fact]
    public void Hebrew_OffsetDays_CountFromTheHebrewDate()
    {
        // Rosh Hashanah 5785 was 3–4 October 2024; its eve 2 October.
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.Hebrew("Erev Rosh Hashanah", HebrewMonth.Tishrei, 1, -1),
            HolidayRule.Hebrew("Rosh Hashanah II", HebrewMonth.Tishrei, 1, 1),
        });

        Assert.Equal([new LocalDate(2024, 10, 2), new LocalDate(2024, 10, 4)], calendar.GetHolidays(2024).Select(h => h.Date));
    }

    [Theory]
    [InlineData("2020-04-29", "2020-04-29")] // 5 Iyar a Wednesday: kept
    [InlineData("2021-04-17", "2021-04-15")] // a Saturday: the Thursday before
    [InlineData("2022-05-06", "2022-05-05")] // a Friday: the Thursday before
    [InlineData("2023-04-26", "2023-04-26")]
    [InlineData("2024-05-13", "2024-05-14")] // a Monday: the Tuesday after (since 2004)
    [InlineData("2025-05-03", "2025-05-01")] // a Saturday: the Thursday before
    public void Hebrew_IndependenceDayMoves_AreObservedOnThePublishedDays(string actual, string observed)
    {
        // Yom Ha'atzmaut (akhlah.com: begins at sundown 28 April 2020, 14 April 2021, 4 May 2022, 25 April 2023, 13 May 2024;
        // Rodeph Sholom: 30 April – 1 May 2025), 5 Iyar moved from Friday and Saturday to Thursday and from Monday to Tuesday.
        HolidayRule rule = HolidayRule.Hebrew("Independence Day", HebrewMonth.Iyar, 5)
            .WithMoves(new Dictionary<IsoDayOfWeek, int> { [IsoDayOfWeek.Friday] = -1, [IsoDayOfWeek.Saturday] = -2, [IsoDayOfWeek.Monday] = 1 });
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { rule }, new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
        LocalDate actualDate = ReferenceData.Date(actual);

        Assert.Equal([new Holiday("Independence Day", ReferenceData.Date(observed), actualDate)], calendar.GetHolidays(actualDate.Year));
    }

    [Theory]
    [InlineData(HebrewMonth.None, 1, "month")]
    [InlineData((HebrewMonth)14, 1, "month")]
    [InlineData(HebrewMonth.Nisan, 31, "day")]
    [InlineData(HebrewMonth.Nisan, 0, "day")]
    public void Hebrew_InvalidArguments_Throw(HebrewMonth month, int day, string paramName)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => HolidayRule.Hebrew("Holiday", month, day));
        Assert.Equal(paramName, error.ParamName);
    }
}
