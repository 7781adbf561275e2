using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// Equal calendars share one compiled engine while any of them lives, and the engine is freed once none does: a
/// service that builds and drops calendars per request does not keep their compiled timelines.
/// </summary>
public sealed partial class BusinessCalendarTests
{
    [Fact]
    public void SharedEngine_LivesWhileACalendarUsesIt_AndIsFreedAfter()
    {
        // Hours no other test uses, so no other calendar of the process shares the engine.
        var opens = new LocalTime(6, 17);
        var closes = new LocalTime(19, 43);
        (ScheduledBusinessCalendar kept, WeakReference keptEngine) = BuildAndAsk(opens, closes);
        WeakReference droppedEngine = BuildAskAndDrop(new LocalTime(5, 11), new LocalTime(21, 37));

        Collect();

        Assert.True(keptEngine.IsAlive);
        Assert.False(droppedEngine.IsAlive);

        // A calendar built now with the kept one's definition gets the kept engine, already compiled.
        (ScheduledBusinessCalendar again, _) = BuildAndAsk(opens, closes);
        Assert.Same(kept.Engine, again.Engine);
        Assert.Equal(kept, again);

        GC.KeepAlive(kept);
    }

    [Fact]
    public void GetSchedule_ReturnsTheCalendarsOwnSchedule_ThoughTheEngineIsShared()
    {
        WeeklySchedule mine = WeeklySchedule.Create().Weekdays(new LocalTime(7, 13), new LocalTime(15, 47));
        WeeklySchedule theirs = WeeklySchedule.Create().Weekdays(new LocalTime(7, 13), new LocalTime(15, 47));
        WeeklySchedule later = WeeklySchedule.Create().Weekdays(new LocalTime(8, 0), new LocalTime(16, 0));
        var change = new LocalDate(2027, 1, 4);
        ScheduledBusinessCalendar first = BusinessCalendar.Create(theirs, DateTimeZone.Utc).WithSchedule(change, later);
        ScheduledBusinessCalendar second = BusinessCalendar.Create(mine, DateTimeZone.Utc).WithSchedule(change, later);
        Assert.Same(first.Engine, second.Engine);

        Assert.Same(mine, second.GetSchedule(new LocalDate(2026, 12, 7)));
        Assert.Same(mine, second.GetSchedule(LocalDate.MinIsoValue));
        Assert.Same(mine, second.GetSchedule(change.PlusDays(-1)));
        Assert.Same(later, second.GetSchedule(change));
        Assert.Same(theirs, first.GetSchedule(new LocalDate(2026, 12, 7)));
        GC.KeepAlive(first);
    }

    private static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference BuildAskAndDrop(LocalTime opens, LocalTime closes) => BuildAndAsk(opens, closes).Engine;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ScheduledBusinessCalendar Calendar, WeakReference Engine) BuildAndAsk(LocalTime opens, LocalTime closes)
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(
            WeeklySchedule.Create().Weekdays(opens, closes), HolidayCalendars.UsFederal, DateTimeZoneProviders.Tzdb["Pacific/Chatham"]);

        // Monday 2026-12-07 (no holiday, no clock change in Chatham): one day from the opening holds that day's hours.
        Instant monday = new LocalDateTime(2026, 12, 7, opens.Hour, opens.Minute).InZoneStrictly(calendar.Zone).ToInstant();
        Assert.Equal((closes - opens).ToDuration(), calendar.BusinessTimeBetween(monday, monday + Duration.FromDays(1)));
        return (calendar, new WeakReference(calendar.Engine));
    }
}
