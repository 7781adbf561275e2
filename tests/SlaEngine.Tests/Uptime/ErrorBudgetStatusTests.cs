using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="ErrorBudgetStatus"/>: its default value reads as the docs say.</summary>
public sealed class ErrorBudgetStatusTests
{
    [Fact]
    public void Default_IsAnEmptyBudgetWithNothingConsumed()
    {
        ErrorBudgetStatus status = default;
        Assert.Equal(0, status.AllowedMinutes);
        Assert.Equal(0, status.ConsumedMinutes);
        Assert.Equal(0, status.RemainingMinutes);
        Assert.Equal(ExactRatio.Zero, status.ConsumedFraction);
        Assert.False(status.IsExhausted);
    }
}
