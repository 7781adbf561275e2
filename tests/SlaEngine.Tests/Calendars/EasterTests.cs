using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>Easter Sunday against published tables (Western: the US Naval Observatory list; Orthodox: the churches' calendars).</summary>
public sealed class EasterTests
{
    private static readonly HolidayCalendar s_easter = HolidayCalendar.Create(new[]
    {
        HolidayRule.Easter("Easter Sunday", 0),
        HolidayRule.OrthodoxEaster("Orthodox Easter Sunday", 0),
    });

    [Theory]
    [InlineData("1943-04-25")] // the latest possible date
    [InlineData("2000-04-23")]
    [InlineData("2008-03-23")]
    [InlineData("2011-04-24")]
    [InlineData("2019-04-21")]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-20")]
    [InlineData("2026-04-05")]
    [InlineData("2027-03-28")]
    [InlineData("2038-04-25")]
    public void Easter_MatchesThePublishedDate(string date) => AssertEaster("Easter Sunday", date);

    [Theory]
    [InlineData("2021-05-02")]
    [InlineData("2022-04-24")]
    [InlineData("2023-04-16")]
    [InlineData("2024-05-05")]
    [InlineData("2025-04-20")] // the same Sunday as Western Easter
    [InlineData("2026-04-12")]
    [InlineData("2027-05-02")]
    public void OrthodoxEaster_MatchesThePublishedDate(string date) => AssertEaster("Orthodox Easter Sunday", date);

    [Fact]
    public void Easter_EarliestPossibleDate_In2285()
    {
        HolidayCalendar calendar = s_easter.WithSupportedYears(2285, 2285);
        Assert.Contains(new LocalDate(2285, 3, 22), calendar.GetHolidays(2285).Where(h => h.Name == "Easter Sunday").Select(h => h.Date));
    }

    [Fact]
    public void Easter_EveryYear_IsASundayBetween22MarchAnd25April()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            LocalDate western = s_easter.GetHolidays(year).Single(h => h.Name == "Easter Sunday").Date;
            LocalDate orthodox = s_easter.GetHolidays(year).Single(h => h.Name == "Orthodox Easter Sunday").Date;
            Assert.Equal(IsoDayOfWeek.Sunday, western.DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Sunday, orthodox.DayOfWeek);
            Assert.InRange(western, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
            Assert.True(orthodox >= western, $"Orthodox Easter {orthodox} is before Western Easter {western}.");
        }
    }

    private static void AssertEaster(string name, string date)
    {
        LocalDate expected = Tests.TestSupport.ReferenceData.Date(date);
        Assert.Equal(expected, s_easter.GetHolidays(expected.Year).Single(h => h.Name == name).Date);
    }
}
