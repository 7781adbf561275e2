using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="UptimeReport"/>: its Downtime Periods are built once and handed out read-only.</summary>
public sealed class UptimeReportTests
{
    [Fact]
    public void DowntimePeriods_Get_ReturnsTheSameReadOnlyListEachTime()
    {
        // Minutes 1 and 3 of four are down (10 errors of 10 requests): two one-minute periods.
        var start = Instant.FromUtc(2026, 1, 5, 10, 0);
        UptimeReport report = UptimePolicy.Default.Evaluate(new Interval(start, start + Duration.FromMinutes(4)), new[] { 10, 10, 10, 10 }, new[] { 0, 10, 0, 10 });
        Assert.Equal(2, report.DowntimePeriods.Count);
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => report.DowntimePeriods);
    }
}
