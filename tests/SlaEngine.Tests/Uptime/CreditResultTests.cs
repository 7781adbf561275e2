using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="CreditResult"/>: its default value reads as the docs say, "no tier, no credit, at uptime 0".</summary>
public sealed class CreditResultTests
{
    [Fact]
    public void Default_HasNoTier_AsTheDocsSay()
    {
        CreditResult result = default;
        Assert.Equal(-1, result.TierIndex);
        Assert.Null(result.Tier);
        Assert.Equal(0m, result.CreditPercent);
        Assert.Equal(0m, result.Amount);
        Assert.Equal(ExactRatio.Zero, result.Uptime);
    }

    [Fact]
    public void Default_ReadsLikeAResultWithoutATier()
    {
        // 100 % uptime earns nothing under any schedule whose top tier ends below 100: the schedule's own "no tier" result.
        CreditSchedule schedule = CreditSchedule.Create(new CreditTier(0m, 99.9m, 10m));
        CreditResult none = schedule.Evaluate(ExactRatio.One, 0m, MidpointRounding.ToEven);
        CreditResult result = default;
        Assert.Equal(none.TierIndex, result.TierIndex);
        Assert.Equal(none.Tier, result.Tier);
        Assert.Equal(none.CreditPercent, result.CreditPercent);
        Assert.Equal(none.Amount, result.Amount);
        Assert.Contains("(tier -1)", none.ToString(), StringComparison.Ordinal);
        Assert.Contains("(tier -1)", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TierIndex_FirstTier_IsZero()
    {
        CreditSchedule schedule = CreditSchedule.Create(new CreditTier(0m, 99.9m, 10m));
        CreditResult result = schedule.Evaluate(ExactRatio.Zero, 100m, MidpointRounding.ToEven);
        Assert.Equal(0, result.TierIndex);
        Assert.Equal(schedule.Tiers[0], result.Tier);
    }
}
