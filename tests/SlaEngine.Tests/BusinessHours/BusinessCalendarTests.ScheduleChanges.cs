using NodaTime;
using SlaEngine.BusinessHours;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>Schedules that change over time, one at a time and in bulk.</summary>
public sealed partial class BusinessCalendarTests
{
    // 20,000 daily changes in UTC from 2000-01-01: day k opens 00:00 for (k mod 8) + 1 hours, every day of the week. The
    // open time of the 20,000 days is sum over k of ((k mod 8) + 1) hours = 2,500 cycles of 36 hours = 90,000 hours. An outside
    // review found reading such a history and querying its whole range quadratic (over 10 s); it is one pass now.
    [Fact]
    public void WithSchedules_TwentyThousandChanges_EachDayHasItsOwnHours()
    {
        const int Days = 20_000;
        var first = new LocalDate(2000, 1, 1);
        WeeklySchedule[] byLength = Enumerable.Range(1, 8)
            .Select(h => WeeklySchedule.Create().EveryDay(LocalTime.Midnight, new LocalTime(h, 0)))
            .ToArray();
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(WeeklySchedule.Empty, DateTimeZone.Utc)
            .WithSchedules(Enumerable.Range(0, Days).Select(k => new KeyValuePair<LocalDate, WeeklySchedule>(first.PlusDays(k), byLength[k % 8])));

        Assert.Equal(Days, calendar.ScheduleChanges.Count);
        Instant start = Instant.FromUtc(2000, 1, 1, 0, 0);
        Assert.Equal(Duration.FromHours(90_000), calendar.BusinessTimeBetween(start, start + Duration.FromDays(Days)));

        // The whole supported range, 1900–2199: nothing before 2000; after the last change its 8 hours a day go on to 2199-12-31.
        int after = Period.Between(first.PlusDays(Days), new LocalDate(2200, 1, 1), PeriodUnits.Days).Days;
        Assert.Equal(
            Duration.FromHours(90_000 + (8L * after)),
            calendar.BusinessTimeBetween(calendar.SupportedInterval.Start, calendar.SupportedInterval.End - Duration.Epsilon));
        Assert.Same(byLength[12_345 % 8], calendar.GetSchedule(first.PlusDays(12_345)));
        Assert.Same(byLength[(Days - 1) % 8], calendar.GetSchedule(new LocalDate(2199, 12, 31)));
        Assert.Same(WeeklySchedule.Empty, calendar.GetSchedule(new LocalDate(1999, 12, 31)));
    }

    [Fact]
    public void WithSchedules_EqualsWithScheduleCalledInTurn_TheLastScheduleOfADateWinning()
    {
        WeeklySchedule a = WeeklySchedule.Create().Weekdays(new LocalTime(8, 0), new LocalTime(16, 0));
        WeeklySchedule b = WeeklySchedule.Create().Weekdays(new LocalTime(10, 0), new LocalTime(18, 0));
        WeeklySchedule c = WeeklySchedule.AlwaysOpen;
        var march = new LocalDate(2026, 3, 2);
        var june = new LocalDate(2026, 6, 1);
        ScheduledBusinessCalendar start = NewYork().WithSchedule(june, c);

        ScheduledBusinessCalendar bulk = start.WithSchedules(new Dictionary<LocalDate, WeeklySchedule> { [june] = a, [march] = b }.Concat([new(march, a)]));
        ScheduledBusinessCalendar oneByOne = start.WithSchedule(june, a).WithSchedule(march, b).WithSchedule(march, a);
        Assert.Equal(oneByOne, bulk);
        Assert.Equal(new[] { march, june }, bulk.ScheduleChanges);
        Assert.Same(a, bulk.GetSchedule(march));
        Assert.Same(a, bulk.GetSchedule(june.PlusDays(-1)));
        Assert.Same(a, bulk.GetSchedule(june));
        Assert.Equal(start, start.WithSchedules([]));
    }

    [Fact]
    public void WithSchedules_BadArguments_AreNamed()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => calendar.WithSchedules(null!)).ParamName);
        var nullSchedule = Assert.Throws<ArgumentException>(() => calendar.WithSchedules([new(new LocalDate(2026, 1, 1), null!)]));
        Assert.Equal("changes", nullSchedule.ParamName);
        Assert.StartsWith("The schedule of each change must not be null, was null from 2026-01-01.", nullSchedule.Message);
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => calendar.WithSchedules([new(new LocalDate(2026, 1, 1, CalendarSystem.Julian), WeeklySchedule.AlwaysOpen)])).ParamName);
    }
}
