using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>Day arithmetic on the US federal calendar, each expected value worked out by hand.</summary>
public sealed partial class HolidayCalendarTests
{
    private static readonly HolidayCalendar s_federal = HolidayCalendars.UsFederal;

    [Theory]
    [InlineData("2026-11-21", 1, "2026-11-23")]   // Saturday + 1 = Monday (a non-business start is not rolled first)
    [InlineData("2026-11-21", 0, "2026-11-23")]   // Saturday + 0 = the next business day
    [InlineData("2026-11-23", 0, "2026-11-23")]   // a business day + 0 = itself
    [InlineData("2026-11-25", 1, "2026-11-27")]   // Wednesday + 1 skips Thanksgiving (Thu 26); Friday is a federal business day
    [InlineData("2026-11-23", 4, "2026-11-30")]   // Mon + 4: Tue 24, Wed 25, Fri 27, Mon 30
    [InlineData("2026-11-23", -1, "2026-11-20")]  // Monday - 1 = Friday
    [InlineData("2026-11-22", -1, "2026-11-20")]  // Sunday - 1 = Friday
    [InlineData("2026-11-27", -1, "2026-11-25")]  // Friday - 1 skips Thanksgiving
    [InlineData("2021-12-23", 1, "2021-12-27")]   // Christmas 2021 (Sat) observed Fri 24
    [InlineData("2021-12-30", 1, "2022-01-03")]   // New Year's Day 2022 (Sat) observed Fri 2021-12-31; across the year end
    [InlineData("2022-01-03", -1, "2021-12-30")]  // and back
    [InlineData("2026-01-02", 250, "2027-01-04")] // 2026 has 250 business days and Fri 2 Jan is the first, so 249 more end 2026 and the 250th is the first of 2027 (Fri 1 Jan is a holiday: Mon 4)
    public void AddBusinessDays_HandWorkedExamples(string start, int days, string expected)
        => Assert.Equal(ReferenceData.Date(expected), s_federal.AddBusinessDays(ReferenceData.Date(start), days));

    [Theory]
    [InlineData("2026-11-23", "2026-11-30", 4)]  // Mon..Sun with Thanksgiving: Mon, Tue, Wed, Fri
    [InlineData("2026-11-30", "2026-11-23", -4)] // reversed: negated
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-21", "2026-11-23", 0)]  // [Sat, Mon): no business day
    [InlineData("2026-11-21", "2026-11-24", 1)]  // [Sat, Tue): Monday
    [InlineData("2026-01-01", "2027-01-01", 250)] // 261 weekdays (2026 starts on a Thursday) - 11 weekday holidays
    public void BusinessDaysBetween_HandWorkedExamples(string start, string end, int expected)
        => Assert.Equal(expected, s_federal.BusinessDaysBetween(ReferenceData.Date(start), ReferenceData.Date(end)));

    [Fact]
    public void BusinessDaysBetween_TenYears_EqualsWeekdaysMinusReferenceHolidays()
    {
        // From the reference data, independently: weekdays of [2020-01-01, 2030-01-01) minus the
        // observed holidays in that range that fall on weekdays.
        var start = new LocalDate(2020, 1, 1);
        var end = new LocalDate(2030, 1, 1);
        int weekdays = 0;
        for (LocalDate d = start; d < end; d = d.PlusDays(1))
        {
            weekdays += d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 1;
        }

        int holidays = ReferenceData.ReadCsv("us-federal-holidays.csv")
            .Select(r => ReferenceData.Date(r[3]))
            .Count(d => d >= start && d < end && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
        Assert.Equal(weekdays - holidays, s_federal.BusinessDaysBetween(start, end));
        Assert.Equal(holidays - weekdays, s_federal.BusinessDaysBetween(end, start));
    }

    [Theory]
    [InlineData("2026-10-31", BusinessDayConvention.Following, "2026-11-02")]         // Saturday -> Monday
    [InlineData("2026-10-31", BusinessDayConvention.ModifiedFollowing, "2026-10-30")] // Monday is in November -> Friday
    [InlineData("2026-10-31", BusinessDayConvention.Preceding, "2026-10-30")]
    [InlineData("2026-10-31", BusinessDayConvention.ModifiedPreceding, "2026-10-30")]
    [InlineData("2026-11-01", BusinessDayConvention.Preceding, "2026-10-30")]         // Sunday -> Friday
    [InlineData("2026-11-01", BusinessDayConvention.ModifiedPreceding, "2026-11-02")] // Friday is in October -> Monday
    [InlineData("2026-11-01", BusinessDayConvention.Following, "2026-11-02")]
    [InlineData("2026-11-26", BusinessDayConvention.Following, "2026-11-27")]         // Thanksgiving
    [InlineData("2026-11-26", BusinessDayConvention.Preceding, "2026-11-25")]
    [InlineData("2026-11-25", BusinessDayConvention.Preceding, "2026-11-25")]         // a business day stays
    [InlineData("2021-12-31", BusinessDayConvention.ModifiedFollowing, "2021-12-30")] // New Year's observed: Mon 3 Jan is next year
    public void Adjust_HandWorkedExamples(string date, BusinessDayConvention convention, string expected)
        => Assert.Equal(ReferenceData.Date(expected), s_federal.Adjust(ReferenceData.Date(date), convention));

    [Fact]
    public void Adjust_UndefinedConvention_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.Adjust(new LocalDate(2026, 1, 1), BusinessDayConvention.None));
        Assert.Equal("convention", error.ParamName);
        Assert.StartsWith("The business-day convention must be Following, ModifiedFollowing, Preceding or ModifiedPreceding, was 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBusinessDays_PastTheLastSupportedYear_ThrowsInsteadOfSearching()
    {
        // 2199-12-31 is a Tuesday (2199 is a common year starting on a Tuesday); + 1 is in 2200.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.AddBusinessDays(new LocalDate(2199, 12, 31), 1));
        Assert.Equal("days", error.ParamName);
        Assert.StartsWith("Counting 1 business day from 2199-12-31 goes past 2199, the last year the built-in calendar 'US' (United States) supports.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.AddBusinessDays(new LocalDate(2026, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.AddBusinessDays(new LocalDate(2026, 1, 1), int.MinValue));
        Assert.StartsWith(
            "Counting -1 business day from 1971-01-01 goes before 1971, the first year the built-in calendar 'US' (United States) supports.",
            Assert.Throws<ArgumentOutOfRangeException>(() => s_federal.AddBusinessDays(new LocalDate(1971, 1, 1), -1)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AddBusinessDays_WholeSupportedRange_ReachesTheLastBusinessDay()
    {
        // Every business day of 1971-2199 counted in one step lands on the last one and back on the first.
        var first = new LocalDate(1971, 1, 1);  // Friday, New Year's Day: not a business day
        var last = new LocalDate(2199, 12, 31); // Tuesday, a business day (1 January 2200 is a Wednesday)
        int count = s_federal.BusinessDaysBetween(first, last) + 1;
        LocalDate firstBusinessDay = s_federal.AddBusinessDays(first, 0);
        Assert.Equal(new LocalDate(1971, 1, 4), firstBusinessDay);
        Assert.Equal(last, s_federal.AddBusinessDays(firstBusinessDay, count - 1));
        Assert.Equal(firstBusinessDay, s_federal.AddBusinessDays(last, -(count - 1)));
    }

    [Fact]
    public void Queries_NonIsoDate_ThrowArgumentException()
    {
        var julian = new LocalDate(2026, 1, 5, CalendarSystem.Julian);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => s_federal.IsBusinessDay(julian)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => s_federal.BusinessDaysBetween(new LocalDate(2026, 1, 5), julian)).ParamName);
    }

    [Fact]
    public void FridaySaturdayWeekend_CountsSundayToThursday()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(Array.Empty<HolidayRule>(), new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
        var thursday = new LocalDate(2026, 11, 26);
        Assert.Equal(new LocalDate(2026, 11, 29), calendar.AddBusinessDays(thursday, 1)); // Sunday
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 11, 27)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 11, 29)));
        Assert.Equal(new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday }, calendar.WeekendDays);
    }

    [Fact]
    public void EmptyWeekend_EveryDayButHolidaysIsABusinessDay()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Christmas Day", 12, 25) }, Array.Empty<IsoDayOfWeek>());
        Assert.Equal(365 - 1, calendar.BusinessDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)));
        Assert.Equal(new LocalDate(2026, 12, 26), calendar.AddBusinessDays(new LocalDate(2026, 12, 24), 1));
    }

    // A calendar of 1900–2199 whose 31 December and 1 January are holidays: Tuesday 2199-12-31 has no following business day
    // inside the range, and Monday 1900-01-01 no preceding one. The modified conventions turn back into the month.
    [Fact]
    public void Adjust_AtTheEndsOfTheSupportedYears_NamesTheDate_OrTurnsBackIntoTheMonth()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Year end", 12, 31), HolidayRule.Fixed("New Year", 1, 1) });
        var last = new LocalDate(2199, 12, 31);
        var first = new LocalDate(1900, 1, 1);
        var following = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Adjust(last, BusinessDayConvention.Following));
        Assert.Equal("date", following.ParamName);
        Assert.StartsWith("Adjusting 2199-12-31 by Following goes past 2199, the last year this calendar supports.", following.Message, StringComparison.Ordinal);
        var preceding = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Adjust(first, BusinessDayConvention.Preceding));
        Assert.Equal("date", preceding.ParamName);
        Assert.StartsWith("Adjusting 1900-01-01 by Preceding goes before 1900, the first year this calendar supports.", preceding.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2199, 12, 30), calendar.Adjust(last, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(new LocalDate(1900, 1, 2), calendar.Adjust(first, BusinessDayConvention.ModifiedPreceding));

        var counting = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(last, 1));
        Assert.Equal("days", counting.ParamName);
        Assert.StartsWith("Counting 1 business day from 2199-12-31 goes past 2199, the last year this calendar supports.", counting.Message, StringComparison.Ordinal);
        Assert.StartsWith("Counting -2 business days from 1900-01-01 goes before 1900", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(first, -2)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDayAWeekendDay_BuildsButSearchingThrowsInvalidOperation()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(Array.Empty<HolidayRule>(), Enum.GetValues<IsoDayOfWeek>().Skip(1));
        var date = new LocalDate(2026, 6, 1);
        Assert.False(calendar.IsBusinessDay(date));
        Assert.Equal(0, calendar.BusinessDaysBetween(date, date.PlusDays(3650)));
        var error = Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessDays(date, 1));
        Assert.Equal("The calendar has no business days: every day of the week is a weekend day.", error.Message);
        Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessDays(date, 0));
        Assert.Throws<InvalidOperationException>(() => calendar.Adjust(date, BusinessDayConvention.Following));
    }
}
