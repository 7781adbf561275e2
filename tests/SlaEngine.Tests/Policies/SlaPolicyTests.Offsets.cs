using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>The <see cref="DateTimeOffset"/> overload keeps the caller's offset and checks that the result fits.</summary>
public sealed partial class SlaPolicyTests
{
    [Fact]
    public void DueAt_DateTimeOffset_ResultPastYear9999_IsArgumentOutOfRange()
    {
        // Calendar 4 h from 9999-12-31 23:00 +05:00 (18:00Z) is 22:00Z, a valid instant, but at +05:00 its local date is
        // 10000-01-01, which no DateTimeOffset can hold.
        SlaPolicy policy = SlaPolicy.Create("far", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(4)));
        var start = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.FromHours(5));
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => policy.DueAt("P1", SlaMetric.Resolution, start));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void DueAt_DateTimeOffset_KeepsTheCallersOffset()
    {
        // Calendar 2 h from 2026-11-25 16:30 -08:00 is 18:30 -08:00.
        SlaPolicy policy = SlaPolicy.Create("p", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1")
            .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(2)));
        DateTimeOffset due = policy.DueAt("P1", SlaMetric.FirstResponse, new DateTimeOffset(2026, 11, 25, 16, 30, 0, TimeSpan.FromHours(-8)));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 18, 30, 0, TimeSpan.FromHours(-8)), due);
        Assert.Equal(TimeSpan.FromHours(-8), due.Offset);
    }
}
