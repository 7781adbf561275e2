using Microsoft.Extensions.Time.Testing;
using NodaTime;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// The <see cref="TimeProvider"/> overloads (net8.0 and later): "now" is the provider's <see cref="TimeProvider.GetUtcNow"/>,
/// read once per call, and the answer is the Instant overload's at that instant.
/// </summary>
/// <remarks>
/// The anchor is the pause scenario of <see cref="Evaluate_WithFakeClock_EqualsEvaluateAtItsNow"/>: Normal, Resolution
/// Business 8 h, created Mon 2026-11-16 15:00Z (10:00 EST), Pending 17:00Z–19:00Z. At Mon 20:00Z (15:00 EST) the clock has
/// run 15:00–17:00Z and 19:00–20:00Z, 3 h; the other 5 h run Mon 20:00–22:00Z (2 h) and Tue 14:00–17:00Z (3 h): due Tue
/// 2026-11-17 17:00Z.
/// </remarks>
public sealed partial class SlaClockTests
{
    /// <summary>Mon 2026-11-16 15:00 EST, which is 20:00Z: the anchor's "now", given with New York's offset.</summary>
    private static readonly DateTimeOffset s_pauseScenarioNow = new(2026, 11, 16, 15, 0, 0, TimeSpan.FromHours(-5));

    private static TicketEvent[] PauseScenario() =>
    [
        TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
        TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
        TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
    ];

    /// <summary>Everything a status reports, as one comparable value (a status has no equality of its own).</summary>
    private static object StatusKey(SlaStatus s) => (
        s.Metric, s.Priority, s.Target, s.EvaluatedAt, s.Start, s.End, s.Due,
        (s.TargetBusinessTime, s.BusinessElapsed, s.IsPaused, s.FulfilledAt, s.BreachedAt, s.PercentConsumed, s.WarningsFired, s.NextWarningAt));

    private static void AssertSameStatus(SlaStatus expected, SlaStatus actual) => Assert.Equal(StatusKey(expected), StatusKey(actual));

    [Fact]
    public void Evaluate_WithFakeTimeProvider_EqualsEvaluateAtItsNow()
    {
        TicketEvent[] events = PauseScenario();
        var provider = new FakeTimeProvider(s_pauseScenarioNow);
        SlaClock clock = ResolutionClock();

        SlaStatus fromProvider = clock.Evaluate(events, provider);

        Assert.Equal(UtcAt("2026-11-16T20:00Z"), fromProvider.EvaluatedAt);
        Assert.Equal(UtcAt("2026-11-17T17:00Z"), fromProvider.Due);
        Assert.Equal(Duration.FromHours(3), fromProvider.BusinessElapsed);
        Assert.False(fromProvider.IsPaused);
        Assert.False(fromProvider.IsBreached);
        AssertSameStatus(clock.Evaluate(events, UtcAt("2026-11-16T20:00Z")), fromProvider);
    }

    [Fact]
    public void Evaluate_TimeProviderOverEverySequenceShape_EqualsEvaluateAtItsNow()
    {
        TicketEvent[] events = PauseScenario();
        var provider = new FakeTimeProvider(s_pauseScenarioNow);
        SlaClock clock = ResolutionClock();
        SlaStatus expected = clock.Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        AssertSameStatus(expected, clock.Evaluate(new ReadOnlySpan<TicketEvent>(events), provider));
        AssertSameStatus(expected, clock.Evaluate(events.AsSpan(), provider));
        AssertSameStatus(expected, clock.Evaluate(events, provider));
        AssertSameStatus(expected, clock.Evaluate(new List<TicketEvent>(events), provider));
        AssertSameStatus(expected, clock.Evaluate((IReadOnlyList<TicketEvent>)new List<TicketEvent>(events), provider));
        AssertSameStatus(expected, clock.Evaluate(events.Select(e => e), provider));
        AssertSameStatus(expected, clock.Evaluate(
            [
                TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
            ],
            provider));
    }

    [Fact]
    public void Evaluate_TimeProviderAdvancedPastTheDue_ReadsTheNewNow()
    {
        // Advanced 22 h, from Mon 20:00Z to Tue 18:00Z: the clock has run since 19:00Z, so it breached at the due, Tue 17:00Z.
        // Elapsed: Mon 15:00–17:00Z and 19:00–22:00Z (5 h) and Tue 14:00–18:00Z (4 h) = 9 h of 8 h, 112.5 %.
        var provider = new FakeTimeProvider(s_pauseScenarioNow);
        SlaClock clock = ResolutionClock();
        Assert.False(clock.Evaluate(PauseScenario(), provider).IsBreached);

        provider.Advance(TimeSpan.FromHours(22));
        SlaStatus status = clock.Evaluate(PauseScenario(), provider);

        Assert.Equal(UtcAt("2026-11-17T18:00Z"), status.EvaluatedAt);
        Assert.Equal(UtcAt("2026-11-17T17:00Z"), status.BreachedAt);
        Assert.Equal(Duration.FromHours(9), status.BusinessElapsed);
        Assert.Equal(112.5m, status.PercentConsumed);
    }

    [Fact]
    public void Evaluate_DateTimeOffsetEventsAndFakeTimeProvider_GiveTheHandWorkedDue()
    {
        // The anchor told in New York's offset (UTC-5 in November): 10:00, 12:00 and 14:00 EST are 15:00Z, 17:00Z and 19:00Z.
        TimeSpan est = TimeSpan.FromHours(-5);
        var events = new List<TicketEvent>
        {
            TicketEvent.Created(new DateTimeOffset(2026, 11, 16, 10, 0, 0, est), "Normal"),
            TicketEvent.StatusChanged(new DateTimeOffset(2026, 11, 16, 12, 0, 0, est), "Pending"),
            TicketEvent.StatusChanged(new DateTimeOffset(2026, 11, 16, 14, 0, 0, est), "Open"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, new FakeTimeProvider(s_pauseScenarioNow));

        Assert.Equal(UtcAt("2026-11-17T17:00Z"), status.Due);
        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
        AssertSameStatus(ResolutionClock().Evaluate(PauseScenario(), UtcAt("2026-11-16T20:00Z")), status);
    }

    [Fact]
    public void Evaluate_NullTimeProvider_ThrowsArgumentNullExceptionForTimeProvider()
    {
        TicketEvent[] events = PauseScenario();
        SlaClock clock = ResolutionClock();
        TimeProvider provider = null!;

        Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(new ReadOnlySpan<TicketEvent>(events), provider)).ParamName);
        Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(events, provider)).ParamName);
        Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(new List<TicketEvent>(events), provider)).ParamName);
        Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(events.Select(e => e), provider)).ParamName);
    }

    [Fact]
    public void Evaluate_TimeProviderBeforeCreation_ThrowsArgumentExceptionForTimeProvider()
    {
        // 09:59 EST is 14:59Z, a minute before the creation at 15:00Z.
        var provider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 9, 59, 0, TimeSpan.FromHours(-5)));
        SlaClock clock = ResolutionClock();

        ArgumentException fromArray = Assert.Throws<ArgumentException>(() => clock.Evaluate(PauseScenario(), provider));
        ArgumentException fromList = Assert.Throws<ArgumentException>(() => clock.Evaluate(new List<TicketEvent>(PauseScenario()), provider));

        Assert.Equal("timeProvider", fromArray.ParamName);
        Assert.Equal("timeProvider", fromList.ParamName);
        Assert.Contains("2026-11-16T14:59:00Z", fromArray.Message, StringComparison.Ordinal);
    }
}
