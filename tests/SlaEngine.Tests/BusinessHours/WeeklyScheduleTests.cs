using NodaTime;
using SlaEngine.BusinessHours;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

public sealed class WeeklyScheduleTests
{
    private static readonly LocalTime s_nine = new(9, 0);
    private static readonly LocalTime s_noon = new(12, 0);
    private static readonly LocalTime s_five = new(17, 0);

    [Fact]
    public void Builder_ReadsWell_AndGivesEachDayItsHours()
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Weekdays(s_nine, s_five).Add(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0));
        Assert.Equal(new[] { new OpenInterval(s_nine, s_five) }, schedule.GetHours(IsoDayOfWeek.Wednesday));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(10, 0), new LocalTime(14, 0)) }, schedule.GetHours(IsoDayOfWeek.Saturday));
        Assert.Empty(schedule.GetHours(IsoDayOfWeek.Sunday));

        // 5 × 8 hours + 4 hours.
        Assert.Equal(Duration.FromHours(44), schedule.WeeklyOpenTime);
        Assert.Equal("Mon 09:00–17:00; Tue 09:00–17:00; Wed 09:00–17:00; Thu 09:00–17:00; Fri 09:00–17:00; Sat 10:00–14:00", schedule.ToString());
    }

    [Fact]
    public void Add_OvernightShift_SplitsAtMidnight_SundayIntoMonday()
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Add(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(22, 0), LocalTime.Midnight) }, schedule.GetHours(IsoDayOfWeek.Sunday));
        Assert.Equal(new[] { new OpenInterval(LocalTime.Midnight, new LocalTime(6, 0)) }, schedule.GetHours(IsoDayOfWeek.Monday));
        Assert.Equal(Duration.FromHours(8), schedule.WeeklyOpenTime);
    }

    [Fact]
    public void Add_CloseAtMidnight_MeansEndOfDay_WithNoTail()
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Add(IsoDayOfWeek.Friday, new LocalTime(18, 0), LocalTime.Midnight);
        OpenInterval hours = Assert.Single(schedule.GetHours(IsoDayOfWeek.Friday));
        Assert.True(hours.ClosesAtMidnight);
        Assert.Equal("18:00–24:00", hours.ToString());
        Assert.Empty(schedule.GetHours(IsoDayOfWeek.Saturday));
    }

    [Fact]
    public void Add_OverlappingOrTouchingIntervals_Merge()
    {
        WeeklySchedule schedule = WeeklySchedule.Create()
            .Add(IsoDayOfWeek.Monday, s_nine, s_noon)
            .Add(IsoDayOfWeek.Monday, s_noon, s_five)          // touches
            .Add(IsoDayOfWeek.Monday, new LocalTime(16, 0), new LocalTime(18, 0)) // overlaps
            .Add(IsoDayOfWeek.Monday, new LocalTime(19, 0), new LocalTime(20, 0)); // apart
        Assert.Equal(
            new[] { new OpenInterval(s_nine, new LocalTime(18, 0)), new OpenInterval(new LocalTime(19, 0), new LocalTime(20, 0)) },
            schedule.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void AlwaysOpen_IsAllDayEveryDay_AndEmptyIsEmpty()
    {
        Assert.Equal(Duration.FromHours(168), WeeklySchedule.AlwaysOpen.WeeklyOpenTime);
        Assert.Equal(OpenInterval.AllDay, Assert.Single(WeeklySchedule.AlwaysOpen.GetHours(IsoDayOfWeek.Thursday)));
        Assert.Equal("00:00–24:00", OpenInterval.AllDay.ToString());
        Assert.True(WeeklySchedule.Empty.IsEmpty);
        Assert.False(WeeklySchedule.AlwaysOpen.IsEmpty);
        Assert.Equal("closed every day", WeeklySchedule.Empty.ToString());
        Assert.Equal(WeeklySchedule.AlwaysOpen, WeeklySchedule.Create().EveryDay(LocalTime.Midnight, new LocalTime(12, 0)).EveryDay(new LocalTime(12, 0), LocalTime.Midnight));
    }

    [Fact]
    public void Schedules_AreImmutable_AndEqualByStructure()
    {
        WeeklySchedule start = WeeklySchedule.Create();
        WeeklySchedule added = start.Weekdays(s_nine, s_five);
        Assert.True(start.IsEmpty);
        Assert.Equal(added, WeeklySchedule.Create().Weekdays(s_nine, s_five));
        Assert.Equal(added.GetHashCode(), WeeklySchedule.Create().Weekdays(s_nine, s_five).GetHashCode());
        Assert.NotEqual(added, added.Add(IsoDayOfWeek.Sunday, s_nine, s_five));
    }
}
