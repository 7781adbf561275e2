using System.Collections.ObjectModel;
using NodaTime;
using NodaTime.Testing;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// Every shape of <see cref="SlaClock.Evaluate(ReadOnlySpan{TicketEvent}, Instant)"/> takes the events as a span, an array, a
/// <see cref="List{T}"/>, any other sequence, or a collection expression, and answers the same. These calls compile only
/// because the array and sequence overloads exist (a list once failed with an error about <see cref="IClock"/>), and an array
/// is never ambiguous between them. The ticket is the pause scenario of <c>SlaClockTests.TimeProvider.cs</c>: due Tue
/// 2026-11-17 17:00Z, 3 h elapsed at Mon 20:00Z.
/// </summary>
public sealed partial class SlaClockTests
{
    /// <summary>The pause scenario in every container the overloads accept (the span shapes are checked by the callers).</summary>
    private static IEnumerable<(string Shape, IEnumerable<TicketEvent> Events)> PauseScenarioSequences()
    {
        TicketEvent[] events = PauseScenario();
        yield return ("List", new List<TicketEvent>(events));
        yield return ("ReadOnlyCollection", new ReadOnlyCollection<TicketEvent>(events));
        yield return ("LinkedList", new LinkedList<TicketEvent>(events));
        yield return ("Queue", new Queue<TicketEvent>(events));
        yield return ("lazy", events.Select(e => e));
    }

    [Fact]
    public void Evaluate_ArrayListSpanAndCollectionExpressionAtAnInstant_GiveTheSameStatus()
    {
        TicketEvent[] array = PauseScenario();
        var list = new List<TicketEvent>(array);
        IReadOnlyList<TicketEvent> readOnlyList = list;
        Instant now = UtcAt("2026-11-16T20:00Z");
        SlaClock clock = ResolutionClock();

        SlaStatus fromSpan = clock.Evaluate(new ReadOnlySpan<TicketEvent>(array), now);

        Assert.Equal(UtcAt("2026-11-17T17:00Z"), fromSpan.Due);
        Assert.Equal(Duration.FromHours(3), fromSpan.BusinessElapsed);
        AssertSameStatus(fromSpan, clock.Evaluate(array, now));
        AssertSameStatus(fromSpan, clock.Evaluate(array.AsSpan(), now));
        AssertSameStatus(fromSpan, clock.Evaluate(list, now));
        AssertSameStatus(fromSpan, clock.Evaluate(readOnlyList, now));
        AssertSameStatus(fromSpan, clock.Evaluate(
            [
                TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
            ],
            now));
        foreach ((string shape, IEnumerable<TicketEvent> events) in PauseScenarioSequences())
        {
            Assert.True(StatusKey(fromSpan).Equals(StatusKey(clock.Evaluate(events, now))), shape);
        }
    }

    [Fact]
    public void Evaluate_ArrayListSpanAndCollectionExpressionWithAClock_GiveTheSameStatus()
    {
        TicketEvent[] array = PauseScenario();
        var list = new List<TicketEvent>(array);
        var fake = new FakeClock(UtcAt("2026-11-16T20:00Z"));
        SlaClock clock = ResolutionClock();

        SlaStatus fromSpan = clock.Evaluate(new ReadOnlySpan<TicketEvent>(array), fake);

        Assert.Equal(UtcAt("2026-11-17T17:00Z"), fromSpan.Due);
        AssertSameStatus(fromSpan, clock.Evaluate(array, fake));
        AssertSameStatus(fromSpan, clock.Evaluate(array.AsSpan(), fake));
        AssertSameStatus(fromSpan, clock.Evaluate(list, fake));
        AssertSameStatus(fromSpan, clock.Evaluate(
            [
                TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
            ],
            fake));
        foreach ((string shape, IEnumerable<TicketEvent> events) in PauseScenarioSequences())
        {
            Assert.True(StatusKey(fromSpan).Equals(StatusKey(clock.Evaluate(events, fake))), shape);
        }
    }

    [Fact]
    public void Evaluate_ArrayListSpanAndCollectionExpressionWithWarnings_WriteTheSameWarnings()
    {
        // At Mon 21:30Z the clock has run 2 h + 2.5 h = 4.5 h of 8 h. 50 % (4 h) fired at 19:00Z + 2 h = 21:00Z; 75 % (6 h)
        // is projected: 5 h by Mon 22:00Z, then 1 h from Tue 14:00Z, so Tue 15:00Z.
        TicketEvent[] array = PauseScenario();
        Instant now = UtcAt("2026-11-16T21:30Z");
        SlaClock clock = ResolutionClock();
        var expectedWarnings = new SlaWarning[2];
        SlaStatus fromSpan = clock.Evaluate(new ReadOnlySpan<TicketEvent>(array), now, expectedWarnings);

        Assert.Equal(1, fromSpan.WarningsFired);
        Assert.Equal(UtcAt("2026-11-16T21:00Z"), expectedWarnings[0].At);
        Assert.True(expectedWarnings[0].HasFired);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), expectedWarnings[1].At);
        Assert.False(expectedWarnings[1].HasFired);

        var fromArray = new SlaWarning[2];
        AssertSameStatus(fromSpan, clock.Evaluate(array, now, fromArray));
        Assert.Equal(expectedWarnings, fromArray);

        var fromList = new SlaWarning[2];
        AssertSameStatus(fromSpan, clock.Evaluate(new List<TicketEvent>(array), now, fromList));
        Assert.Equal(expectedWarnings, fromList);

        Span<SlaWarning> fromExpression = stackalloc SlaWarning[2];
        AssertSameStatus(fromSpan, clock.Evaluate(
            [
                TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
                TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
            ],
            now,
            fromExpression));
        Assert.Equal(expectedWarnings, fromExpression.ToArray());

        foreach ((string shape, IEnumerable<TicketEvent> events) in PauseScenarioSequences())
        {
            var fromSequence = new SlaWarning[2];
            Assert.True(StatusKey(fromSpan).Equals(StatusKey(clock.Evaluate(events, now, fromSequence))), shape);
            Assert.Equal(expectedWarnings, fromSequence);
        }
    }

    [Fact]
    public void Evaluate_ListsOfDifferentLengthsInTurn_EachAnswersForItsOwnEvents()
    {
        // A collection that is neither an array nor a list is copied into a pooled buffer; a longer ticket and then a shorter
        // one must not see each other's events. The created-only ticket at Mon 20:00Z has run 15:00–20:00Z: 5 h.
        SlaClock clock = ResolutionClock();
        Instant now = UtcAt("2026-11-16T20:00Z");
        TicketEvent created = TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal");

        SlaStatus longer = clock.Evaluate(new LinkedList<TicketEvent>(PauseScenario()), now);
        SlaStatus shorter = clock.Evaluate(new LinkedList<TicketEvent>([created]), now);

        Assert.Equal(Duration.FromHours(3), longer.BusinessElapsed);
        Assert.Equal(Duration.FromHours(5), shorter.BusinessElapsed);
        AssertSameStatus(clock.Evaluate([created], now), shorter);
    }

    [Fact]
    public void Evaluate_NullEventsArrayOrSequence_ThrowsArgumentNullExceptionForEvents()
    {
        SlaClock clock = ResolutionClock();
        Instant now = UtcAt("2026-11-16T20:00Z");
        TicketEvent[] array = null!;
        IEnumerable<TicketEvent> sequence = null!;
        var fake = new FakeClock(now);
        var provider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(s_pauseScenarioNow);

        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(array, now)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(array, now, new SlaWarning[2])).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(array, fake)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(array, provider)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(sequence, now)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(sequence, now, new SlaWarning[2])).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(sequence, fake)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate(sequence, provider)).ParamName);
    }

    [Fact]
    public void Evaluate_NullClockWithAList_ThrowsArgumentNullExceptionForClock()
    {
        IClock clock = null!;
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => ResolutionClock().Evaluate(PauseScenario(), clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => ResolutionClock().Evaluate(new List<TicketEvent>(PauseScenario()), clock)).ParamName);
    }

    [Fact]
    public void Evaluate_EmptyListOrArray_ThrowsArgumentExceptionForEventsLikeAnEmptySpan()
    {
        SlaClock clock = ResolutionClock();
        Instant now = UtcAt("2026-11-16T20:00Z");

        ArgumentException fromSpan = Assert.Throws<ArgumentException>(() => clock.Evaluate(ReadOnlySpan<TicketEvent>.Empty, now));
        ArgumentException fromArray = Assert.Throws<ArgumentException>(() => clock.Evaluate(Array.Empty<TicketEvent>(), now));
        ArgumentException fromList = Assert.Throws<ArgumentException>(() => clock.Evaluate(new List<TicketEvent>(), now));
        ArgumentException fromLazy = Assert.Throws<ArgumentException>(() => clock.Evaluate(Enumerable.Empty<TicketEvent>().Select(e => e), now));

        Assert.Equal("events", fromSpan.ParamName);
        Assert.Equal("A ticket's events must start with a Created event, was empty. (Parameter 'events')", fromSpan.Message);
        foreach (ArgumentException ex in new[] { fromArray, fromList, fromLazy })
        {
            Assert.Equal(fromSpan.ParamName, ex.ParamName);
            Assert.Equal(fromSpan.Message, ex.Message);
        }
    }

    [Fact]
    public void Evaluate_InvalidHistoryInAList_NamesTheEventsLikeASpan()
    {
        // Out of order: the Pending change at 17:00Z follows the Open change at 19:00Z.
        SlaClock clock = ResolutionClock();
        TicketEvent[] events =
        [
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
        ];
        Instant now = UtcAt("2026-11-16T20:00Z");

        ArgumentException fromSpan = Assert.Throws<ArgumentException>(() => clock.Evaluate(new ReadOnlySpan<TicketEvent>(events), now));
        ArgumentException fromList = Assert.Throws<ArgumentException>(() => clock.Evaluate(new List<TicketEvent>(events), now));

        Assert.Equal("events", fromList.ParamName);
        Assert.Equal(fromSpan.Message, fromList.Message);
    }
}
