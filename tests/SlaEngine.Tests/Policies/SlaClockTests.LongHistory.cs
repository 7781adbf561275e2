using FsCheck.Xunit;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>Histories longer than the clock's stack cache of event states (256) take the re-classifying path.</summary>
public sealed partial class SlaClockTests
{
    [Theory]
    [InlineData(255)]
    [InlineData(299)]
    [InlineData(1001)]
    public void Evaluate_LongAlternatingHistory_CountsOnlyTheRunningMinutes(int changes)
    {
        // Calendar(10 h) target (wall clock). Created 00:00, then event i (1..changes) at minute i: Pending for odd i, Open
        // for even i. The clock runs in the even minutes [0,1), [2,3), …: (changes + 1) / 2 of them before the last event
        // (changes is odd, so the last event pauses). At now = last event + 60 min the ticket is paused; the due is
        // projected from now with the 600 − elapsed minutes left.
        SlaPolicy policy = SlaPolicy.Create("long", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(10)));
        Instant created = Instant.FromUtc(2026, 1, 5, 0, 0);
        var events = new TicketEvent[changes + 1];
        events[0] = TicketEvent.Created(created, "P1");
        for (int i = 1; i <= changes; i++)
        {
            events[i] = TicketEvent.StatusChanged(created + Duration.FromMinutes(i), i % 2 == 1 ? "Pending" : "Open");
        }

        Instant now = created + Duration.FromMinutes(changes + 60);
        SlaStatus status = new SlaClock(policy, SlaMetric.Resolution).Evaluate(events, now);

        long running = (changes + 1) / 2;
        Assert.Equal(Duration.FromMinutes(running), status.BusinessElapsed);
        Assert.True(status.IsPaused);
        Assert.Equal(now + Duration.FromMinutes(600 - running), status.Due);
    }

    // 20,000 priority changes on a 24x7 calendar: created 00:00 at P1, then at minute i (1..20,000) a change to P2 for odd i and
    // back to P1 for even i; evaluated at minute 20,060 (60 minutes into the final P1 segment). Worked by hand, in minutes:
    // - P1 Business(10 h), P2 Business(5 h), carrying elapsed time: P2's due is 300, and the first P2 segment that runs past it
    //   is [301, 302): breached at 301. The final P1 target is due at 600.
    // - the same, restarting: no one-minute segment uses 5 hours; the final P1 clock starts at 20,000, due at 20,600.
    // - P1 Business(1000 h), P2 Business(500 h): no segment is ever breached (the whole history is 333 hours), so every change
    //   is checked. Carrying: due 60,000, 20,060 of it used (33.433333 %). Restarting: due 80,000, 60 used (0.1 %).
    // (An outside review found the clock's cost quadratic in such histories; it now grows with the events.)
    [Theory]
    [InlineData(PriorityChangeMode.Carry, 10, 5, 600, 301, 20_060, "3343.333333")]
    [InlineData(PriorityChangeMode.Restart, 10, 5, 20_600, -1, 60, "10.000000")]
    [InlineData(PriorityChangeMode.Carry, 1000, 500, 60_000, -1, 20_060, "33.433333")]
    [InlineData(PriorityChangeMode.Restart, 1000, 500, 80_000, -1, 60, "0.100000")]
    public void Evaluate_TwentyThousandPriorityChanges_AsWorkedByHand(PriorityChangeMode mode, int p1Hours, int p2Hours, int dueMinute, int breachMinute, int elapsedMinutes, string percent)
    {
        const int Changes = 20_000;
        SlaPolicy policy = SlaPolicy.Create("flip", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1", "P2")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(p1Hours)))
            .WithTarget("P2", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(p2Hours)));
        Instant created = Instant.FromUtc(2026, 1, 5, 0, 0);
        var events = new TicketEvent[Changes + 1];
        events[0] = TicketEvent.Created(created, "P1");
        for (int i = 1; i <= Changes; i++)
        {
            events[i] = TicketEvent.PriorityChanged(created + Duration.FromMinutes(i), i % 2 == 1 ? "P2" : "P1");
        }

        SlaStatus status = new SlaClock(policy, SlaMetric.Resolution, new SlaClockOptions { PriorityChange = mode })
            .Evaluate(events, created + Duration.FromMinutes(Changes + 60));

        Assert.Equal("P1", status.Priority.Name);
        Assert.Equal(created + Duration.FromMinutes(dueMinute), status.Due);
        Assert.Equal(breachMinute < 0 ? null : created + Duration.FromMinutes(breachMinute), status.BreachedAt);
        Assert.Equal(Duration.FromMinutes(elapsedMinutes), status.BusinessElapsed);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), status.PercentConsumed);
    }

    // The clock classifies event states once for histories of up to 256 events and again on each pass for longer ones, and it
    // scans a restarted segment from its own first event: padding a random history (the model-checked cases) past 256 events
    // with events that change nothing (a status change to a status of the same class, a change to the current priority, at an
    // event's instant or between two events) must leave every answer as it was, in both priority-change modes.
    [Property(MaxTest = 400, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Evaluate_HistoryPaddedPastTheStateCache_AnswersAsTheShortHistory(ClockCase c)
    {
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(c.Policy);
        SlaClock clock = SlaClockGenerators.BuildClock(c, policy);
        TicketEvent[] events = c.Events.Select(SlaClockGenerators.ToLibrary).ToArray();
        TicketEvent[] padded = PadWithNoOps(events, 300);
        Assert.True(padded.Length > 256);
        Span<SlaWarning> shortWarnings = new SlaWarning[clock.WarningThresholds.Count];
        Span<SlaWarning> paddedWarnings = new SlaWarning[clock.WarningThresholds.Count];
        SlaStatus expected;
        try
        {
            expected = clock.Evaluate(events, c.Now, shortWarnings);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Assert.IsType(e.GetType(), Record.Exception(() => clock.Evaluate(padded, c.Now)));
            return;
        }

        SlaStatus actual = clock.Evaluate(padded, c.Now, paddedWarnings);
        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Equal(
            (expected.Priority.Name, expected.Due, expected.BreachedAt, expected.BusinessElapsed, expected.TargetBusinessTime, expected.IsPaused, expected.FulfilledAt, expected.PercentConsumed, expected.WarningsFired, expected.NextWarningAt, expected.Start, expected.End),
            (actual.Priority.Name, actual.Due, actual.BreachedAt, actual.BusinessElapsed, actual.TargetBusinessTime, actual.IsPaused, actual.FulfilledAt, actual.PercentConsumed, actual.WarningsFired, actual.NextWarningAt, actual.Start, actual.End));
        Assert.Equal(shortWarnings.ToArray(), paddedWarnings.ToArray());
    }

    /// <summary>Adds at least <paramref name="count"/> events that change nothing, after each event at its instant and halfway to the next.</summary>
    private static TicketEvent[] PadWithNoOps(TicketEvent[] events, int count)
    {
        int each = (count / events.Length) + 1;
        var padded = new List<TicketEvent>();
        string status = events[0].Status!;
        string priority = events[0].Value!;
        for (int i = 0; i < events.Length; i++)
        {
            TicketEvent e = events[i];
            padded.Add(e);
            switch (e.Kind)
            {
                case TicketEventKind.StatusChanged:
                case TicketEventKind.Solved:
                case TicketEventKind.Reopened:
                    status = e.Value!;
                    break;
                case TicketEventKind.PriorityChanged:
                    priority = e.Value!;
                    break;
            }

            // A status of the same class: the same name in another case, or another name of the class.
            string same = SlaClockGenerators.IsSolved(status) ? (status == "Closed" ? "Solved" : "Closed")
                : SlaClockGenerators.IsPause(status) ? status.ToUpperInvariant()
                : SlaClockGenerators.RunningStatuses.First(s => s != status);
            // At the event's instant only priority no-ops, so that the state a restarted segment starts in is carried over, not
            // set again by a status event; status no-ops go between events (and more priority ones).
            Instant next = i + 1 < events.Length ? events[i + 1].At : e.At + Duration.FromHours(5);
            Instant between = e.At + ((next - e.At) / 2);
            for (int k = 0; k < each; k++)
            {
                padded.Add(k % 3 == 0 ? TicketEvent.PriorityChanged(e.At, priority)
                    : k % 3 == 1 ? TicketEvent.StatusChanged(between, k % 2 == 0 ? status : same)
                    : TicketEvent.PriorityChanged(between, priority));
            }
        }

        // Keep time order: the events between two events sort before the next one (a stable sort keeps the rest in place).
        return padded.OrderBy(e => e.At).ToArray();
    }
}
