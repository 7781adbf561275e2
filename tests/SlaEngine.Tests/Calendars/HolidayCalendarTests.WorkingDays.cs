using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayRule.WorkingDays"/>: weekend dates made working days are business days of the calendar and of the day
/// arithmetic, unless a holiday falls on them; other dates are refused; in a union they open only where no member closes.
/// The example is China's Spring Festival 2025 (国办发明电〔2024〕12号: off 28 January – 4 February, at work on Sunday
/// 26 January and Saturday 8 February).
/// </summary>
public sealed partial class HolidayCalendarTests
{
    private static readonly HolidayRule s_springFestival2025 = HolidayRule.Dates(
        "Spring Festival",
        new LocalDate(2025, 1, 28), new LocalDate(2025, 1, 29), new LocalDate(2025, 1, 30), new LocalDate(2025, 1, 31),
        new LocalDate(2025, 2, 1), new LocalDate(2025, 2, 2), new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 4));

    private static readonly HolidayRule s_workingDays2025 = HolidayRule.WorkingDays(
        "Working day (Spring Festival)", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26), new LocalDate(2025, 2, 8));

    private static readonly HolidayCalendar s_china2025 = HolidayCalendar.Create(new[] { s_springFestival2025, s_workingDays2025 });

    [Fact]
    public void WorkingDays_WeekendDates_AreBusinessDaysAndNoHolidays()
    {
        Assert.True(s_china2025.IsBusinessDay(new LocalDate(2025, 1, 26)));
        Assert.True(s_china2025.IsBusinessDay(new LocalDate(2025, 2, 8)));
        Assert.False(s_china2025.IsHoliday(new LocalDate(2025, 1, 26)));
        Assert.False(s_china2025.IsBusinessDay(new LocalDate(2025, 1, 25)));
        Assert.False(s_china2025.IsBusinessDay(new LocalDate(2025, 2, 9)));
        Assert.Equal(s_springFestival2025.ExplicitDates, s_china2025.GetHolidays(2025).Select(h => h.Date));
    }

    [Fact]
    public void WorkingDays_AddBusinessDays_StepsOnTheWorkingWeekendDates()
    {
        Assert.Equal(new LocalDate(2025, 1, 26), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 24), 1));
        Assert.Equal(new LocalDate(2025, 1, 27), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 26), 1));
        Assert.Equal(new LocalDate(2025, 2, 5), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 27), 1));
        Assert.Equal(new LocalDate(2025, 2, 8), s_china2025.AddBusinessDays(new LocalDate(2025, 2, 7), 1));
        Assert.Equal(new LocalDate(2025, 2, 10), s_china2025.AddBusinessDays(new LocalDate(2025, 2, 7), 2));
        Assert.Equal(new LocalDate(2025, 1, 26), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 27), -1));
        Assert.Equal(new LocalDate(2025, 1, 26), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 26), 0));
        Assert.Equal(new LocalDate(2025, 1, 26), s_china2025.AddBusinessDays(new LocalDate(2025, 1, 25), 0));
    }

    [Fact]
    public void WorkingDays_BusinessDaysBetween_CountsTheWorkingWeekendDates()
    {
        // [25 January, 28 January): Sunday 26 and Monday 27. [3 February, 10 February): 5, 6, 7 and Saturday 8.
        Assert.Equal(2, s_china2025.BusinessDaysBetween(new LocalDate(2025, 1, 25), new LocalDate(2025, 1, 28)));
        Assert.Equal(4, s_china2025.BusinessDaysBetween(new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 10)));
        Assert.Equal(-4, s_china2025.BusinessDaysBetween(new LocalDate(2025, 2, 10), new LocalDate(2025, 2, 3)));

        // The whole year: 2025 has 261 weekdays; 6 of the Spring Festival days are weekdays; 2 weekend days work.
        Assert.Equal(261 - 6 + 2, s_china2025.BusinessDaysBetween(new LocalDate(2025, 1, 1), new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void WorkingDays_HolidayOnTheSameDate_Wins()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            s_springFestival2025,
            HolidayRule.WorkingDays("Working", IsoDayOfWeek.Monday, new LocalDate(2025, 2, 1)),
        });

        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 2, 1)));
        Assert.True(calendar.IsHoliday(new LocalDate(2025, 2, 1)));
    }

    [Fact]
    public void WorkingDays_OutsideTheirYears_AreWeekendDaysAgain()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { s_workingDays2025.From(2026) });

        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 1, 26)));
    }

    [Theory]
    [InlineData("2025-01-27", false)] // a Monday
    [InlineData("2025-01-31", false)] // a Friday
    [InlineData("2025-02-08", true)]  // a Saturday
    public void WorkingDays_DateThatIsNoWeekendDay_IsRefusedWhenTheCalendarIsMade(string date, bool accepted)
    {
        LocalDate day = Tests.TestSupport.ReferenceData.Date(date);
        HolidayRule rule = HolidayRule.WorkingDays("Working", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26), day);

        if (accepted)
        {
            Assert.True(HolidayCalendar.Create(new[] { rule }).IsBusinessDay(day));
        }
        else
        {
            var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[] { rule }));
            Assert.Equal("Working", error.RuleName);
            Assert.Contains(date, error.Message, StringComparison.Ordinal);
            Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(Array.Empty<HolidayRule>()).With(rule));
        }
    }

    [Fact]
    public void WorkingDays_FridaySaturdayWeekend_AcceptsFridayAndRefusesSunday()
    {
        IsoDayOfWeek[] weekend = [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday];
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.WorkingDays("Working", IsoDayOfWeek.Thursday, new LocalDate(2025, 1, 31)) }, weekend);

        Assert.True(calendar.IsBusinessDay(new LocalDate(2025, 1, 31)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 2, 7)));
        Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[] { HolidayRule.WorkingDays("Working", IsoDayOfWeek.Thursday, new LocalDate(2025, 1, 26)) }, weekend));
    }

    [Fact]
    public void WorkingDays_InAUnion_OpenOnlyWhereNoOtherMemberCloses()
    {
        HolidayCalendar plain = HolidayCalendar.Create(Array.Empty<HolidayRule>());
        HolidayCalendar fridaySaturday = HolidayCalendar.Create(Array.Empty<HolidayRule>(), new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
        HolidayCalendar fridaySaturdayHoliday = HolidayCalendar.Create(new[] { HolidayRule.Dates("Closed", new LocalDate(2025, 1, 26)) }, new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
        HolidayCalendar alsoWorking = HolidayCalendar.Create(new[] { HolidayRule.WorkingDays("Also working", IsoDayOfWeek.Tuesday, new LocalDate(2025, 1, 26)) });
        var sunday = new LocalDate(2025, 1, 26);

        // Another member whose weekend it is closes it; one whose weekday it is and that has no holiday there leaves it open; a
        // member that makes it a working day too leaves it open; a holiday of another member closes it.
        Assert.False(s_china2025.Union(plain).IsBusinessDay(sunday));
        Assert.False(plain.Union(s_china2025).IsBusinessDay(sunday));
        Assert.True(s_china2025.Union(fridaySaturday).IsBusinessDay(sunday));
        Assert.True(s_china2025.Union(alsoWorking).IsBusinessDay(sunday));
        Assert.False(s_china2025.Union(fridaySaturdayHoliday).IsBusinessDay(sunday));

        // The Saturday working day is Saturday, a weekend day of the Friday–Saturday member.
        Assert.False(s_china2025.Union(fridaySaturday).IsBusinessDay(new LocalDate(2025, 2, 8)));
        Assert.Equal(s_springFestival2025.ExplicitDates, s_china2025.Union(fridaySaturday).GetHolidays(2025).Select(h => h.Date));
    }

    [Fact]
    public void WorkingDays_AsWeekday_TakesPartInEquality()
    {
        HolidayRule monday = HolidayRule.WorkingDays("Working", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26));
        HolidayRule friday = HolidayRule.WorkingDays("Working", IsoDayOfWeek.Friday, new LocalDate(2025, 1, 26));

        Assert.Equal(IsoDayOfWeek.Friday, friday.AsWeekday);
        Assert.NotEqual(monday, friday);
        Assert.NotEqual(HolidayCalendar.Create(new[] { monday }), HolidayCalendar.Create(new[] { friday }));
    }
}
