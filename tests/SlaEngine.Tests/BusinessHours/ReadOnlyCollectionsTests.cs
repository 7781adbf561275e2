using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// The calendars' and schedules' collections are read-only and built once: the same list on every read, which no cast
/// turns into something that changes the object (the uptime types' lists are checked beside their own tests).
/// </summary>
public sealed class ReadOnlyCollectionsTests
{
    private static readonly LocalDate s_christmasEve = new(2026, 12, 24);
    private static readonly WeeklySchedule s_schedule = WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));
    private static readonly DateOverrides s_overrides = DateOverrides.Empty
        .Hours(s_christmasEve, new LocalTime(9, 0), new LocalTime(13, 0))
        .Closed(new LocalDate(2026, 12, 31));

    [Fact]
    public void ScheduledBusinessCalendar_ScheduleChanges()
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(s_schedule, HolidayCalendars.UsFederal, DateTimeZone.Utc)
            .WithSchedule(new LocalDate(2027, 3, 1), WeeklySchedule.AlwaysOpen);
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => calendar.ScheduleChanges);
    }

    [Fact]
    public void UnionBusinessCalendar_Members()
    {
        UnionBusinessCalendar union = BusinessCalendar.Union(
            DateTimeZone.Utc, BusinessCalendar.Create(s_schedule, DateTimeZone.Utc), BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc));
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => union.Members);
    }

    [Fact]
    public void DateOverrides_Dates() => ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => s_overrides.Dates);

    [Fact]
    public void DateOverrides_TryGetHours_OfAnOpenAndAClosedDate()
    {
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => s_overrides.TryGetHours(s_christmasEve, out IReadOnlyList<OpenInterval> hours) ? hours : throw new InvalidOperationException());
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => s_overrides.TryGetHours(new LocalDate(2026, 12, 31), out IReadOnlyList<OpenInterval> hours) ? hours : throw new InvalidOperationException());
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => s_overrides.TryGetHours(new LocalDate(2026, 12, 30), out IReadOnlyList<OpenInterval> hours) ? throw new InvalidOperationException() : hours);

        Assert.True(s_overrides.TryGetHours(s_christmasEve, out IReadOnlyList<OpenInterval> again));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(9, 0), new LocalTime(13, 0)) }, again);
    }

    [Fact]
    public void WeeklySchedule_GetHours() => ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => s_schedule.GetHours(IsoDayOfWeek.Monday));

    [Fact]
    public void HolidayCalendar_WeekendDaysAndRules()
    {
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => HolidayCalendars.UsFederal.WeekendDays);
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => HolidayCalendars.UsFederal.Rules);
    }
}
