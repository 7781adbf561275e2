using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// A weekend date that the holiday calendar makes a working day (<see cref="HolidayRule.WorkingDays"/>) opens with the hours
/// the schedule gives the rule's <see cref="HolidayRule.AsWeekday"/>, in place of the date's own weekday's hours.
/// </summary>
public sealed partial class BusinessCalendarTests
{
    // Monday–Thursday 09:00–17:00, Friday 09:00–12:00, Saturday 10:00–14:00, no Sunday hours, in UTC so the instants read as
    // local times.
    private static readonly WeeklySchedule s_shortFridays = WeeklySchedule.Create()
        .Add(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))
        .Add(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0))
        .Add(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(17, 0))
        .Add(IsoDayOfWeek.Thursday, new LocalTime(9, 0), new LocalTime(17, 0))
        .Add(IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(12, 0))
        .Add(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0));

    // Saturday 8 February 2025 works as a Friday, Sunday 26 January as a Monday, Sunday 9 February as a Sunday (no hours).
    private static readonly HolidayCalendar s_workingWeekends = HolidayCalendar.Create(new[]
    {
        HolidayRule.WorkingDays("As Friday", IsoDayOfWeek.Friday, new LocalDate(2025, 2, 8)),
        HolidayRule.WorkingDays("As Monday", IsoDayOfWeek.Monday, new LocalDate(2025, 1, 26)),
        HolidayRule.WorkingDays("As Sunday", IsoDayOfWeek.Sunday, new LocalDate(2025, 2, 9)),
    });

    [Fact]
    public void WorkingDays_SaturdayAsFriday_OpensWithFridaysHours()
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_shortFridays, s_workingWeekends, DateTimeZone.Utc);

        Assert.False(calendar.IsOpen(At("2025-02-08T08:59:59Z")));
        Assert.True(calendar.IsOpen(At("2025-02-08T09:00:00Z")));
        Assert.True(calendar.IsOpen(At("2025-02-08T11:59:59Z")));
        Assert.False(calendar.IsOpen(At("2025-02-08T12:00:00Z")));
        Assert.False(calendar.IsOpen(At("2025-02-08T13:00:00Z"))); // Saturday's own hours (10:00–14:00) do not apply
        Assert.Equal(At("2025-02-08T09:00:00Z"), calendar.NextOpen(At("2025-02-08T00:00:00Z")));
        Assert.Equal(At("2025-02-08T12:00:00Z"), calendar.NextClose(At("2025-02-08T09:00:00Z")));
        Assert.Equal(Duration.FromHours(3), calendar.BusinessTimeBetween(At("2025-02-08T00:00:00Z"), At("2025-02-09T00:00:00Z")));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2025, 2, 8)));
    }

    [Fact]
    public void WorkingDays_SundayAsMonday_OpensWithMondaysHours()
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_shortFridays, s_workingWeekends, DateTimeZone.Utc);

        Assert.Equal(Duration.FromHours(8), calendar.BusinessTimeBetween(At("2025-01-26T00:00:00Z"), At("2025-01-27T00:00:00Z")));
        Assert.Equal(At("2025-01-26T09:00:00Z"), calendar.NextOpen(At("2025-01-25T15:00:00Z"))); // after Saturday's own 10:00–14:00
        Assert.True(calendar.IsBusinessDay(new LocalDate(2025, 1, 26)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 2, 2)));
    }

    [Fact]
    public void WorkingDays_AsAWeekdayWithoutHours_StaysClosed()
    {
        // The holiday calendar counts Sunday 9 February as a business day; the schedule has no Sunday hours, so the business
        // calendar is closed all day.
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_shortFridays, s_workingWeekends, DateTimeZone.Utc);

        Assert.True(s_workingWeekends.IsBusinessDay(new LocalDate(2025, 2, 9)));
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(At("2025-02-09T00:00:00Z"), At("2025-02-10T00:00:00Z")));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 2, 9)));
    }

    [Fact]
    public void WorkingDays_OrdinarySaturday_KeepsItsOwnHours()
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_shortFridays, s_workingWeekends, DateTimeZone.Utc);

        Assert.Equal(Duration.FromHours(4), calendar.BusinessTimeBetween(At("2025-02-15T00:00:00Z"), At("2025-02-16T00:00:00Z")));
        Assert.Equal(At("2025-02-15T10:00:00Z"), calendar.NextOpen(At("2025-02-15T00:00:00Z")));
    }

    [Fact]
    public void WorkingDays_AddBusinessTime_RunsThroughTheWorkingSaturday()
    {
        // Friday 7 February 11:00 plus 2 hours: one hour on Friday (to 12:00), one on the working Saturday (09:00–10:00).
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_shortFridays, s_workingWeekends, DateTimeZone.Utc);

        Assert.Equal(At("2025-02-08T10:00:00Z"), calendar.AddBusinessTime(At("2025-02-07T11:00:00Z"), Duration.FromHours(2)));
    }
}
