using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="UptimePolicy.Exclusions"/> is copied when set, built once, and handed out read-only: no caller can change a
/// policy through it, and reading it allocates nothing.
/// </summary>
public sealed partial class UptimePolicyTests
{
    [Fact]
    public void Exclusions_Get_ReturnsTheSameReadOnlyListEachTime()
    {
        var policy = new UptimePolicy { Exclusions = new[] { new Interval(At(1), At(2)), new Interval(At(5), At(9)) } };
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => policy.Exclusions);
        Assert.Equal(new[] { new Interval(At(1), At(2)), new Interval(At(5), At(9)) }, policy.Exclusions);
    }

    [Fact]
    public void Exclusions_Default_IsAnEmptyReadOnlyList()
    {
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => UptimePolicy.Default.Exclusions);
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => new UptimePolicy().Exclusions);
        Assert.Empty(new UptimePolicy().Exclusions);
    }

    [Fact]
    public void Exclusions_SourceArrayChangedAfterInit_PolicyUnchanged()
    {
        Interval[] source = { new Interval(At(1), At(2)) };
        var policy = new UptimePolicy { Exclusions = source };
        source[0] = new Interval(At(30), At(40));
        Assert.Equal(new Interval(At(1), At(2)), Assert.Single(policy.Exclusions));
    }

    [Fact]
    public void Exclusions_WithOtherSetting_KeepsTheList_WithNewExclusions_LeavesTheOriginalAlone()
    {
        var policy = new UptimePolicy { Exclusions = new[] { new Interval(At(1), At(2)) } };
        UptimePolicy longerRuns = policy with { MinimumDowntimeRun = 5 };
        UptimePolicy other = policy with { Exclusions = new[] { new Interval(At(7), At(8)) } };
        Assert.Equal(policy.Exclusions, longerRuns.Exclusions);
        Assert.Equal(new Interval(At(7), At(8)), Assert.Single(other.Exclusions));
        Assert.Equal(new Interval(At(1), At(2)), Assert.Single(policy.Exclusions));
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => longerRuns.Exclusions);
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => other.Exclusions);
    }
}
