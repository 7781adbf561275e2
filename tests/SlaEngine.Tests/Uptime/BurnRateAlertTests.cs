using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="BurnRateAlert"/>: its default value, and its default rule's, read as the docs say.</summary>
public sealed class BurnRateAlertTests
{
    [Fact]
    public void Default_IsTheDefaultRulesAlert_AndDoesNotFire()
    {
        BurnRateAlert alert = default;
        Assert.Equal(default(BurnRateAlertRule), alert.Rule);
        Assert.Equal(ExactRatio.Zero, alert.LongWindowBurnRate);
        Assert.Equal(ExactRatio.Zero, alert.ShortWindowBurnRate);
        Assert.False(alert.IsFiring);
    }

    [Fact]
    public void DefaultRule_IsEmpty()
    {
        BurnRateAlertRule rule = default;
        Assert.Equal(0m, rule.BudgetConsumedPercent);
        Assert.Equal(Duration.Zero, rule.LongWindow);
        Assert.Equal(Duration.Zero, rule.ShortWindow);
        Assert.Equal(ExactRatio.Zero, rule.BurnRateThreshold);
    }
}
