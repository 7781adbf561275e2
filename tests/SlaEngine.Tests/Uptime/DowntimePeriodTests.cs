using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="DowntimePeriod"/>: its default value reads as the docs say.</summary>
public sealed class DowntimePeriodTests
{
    [Fact]
    public void Default_IsAnEmptyPeriodAtTheUnixEpoch()
    {
        DowntimePeriod period = default;
        Assert.Equal(NodaConstants.UnixEpoch, period.Start);
        Assert.Equal(NodaConstants.UnixEpoch, period.End);
        Assert.Equal(0, period.Minutes);
    }
}
