using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
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

    // 20,000 priority changes on a 24x7 calendar: created 00:00 at P1 (Business 10 h), then at minute i (1..20,000) a change to
    // P2 (Business 5 h) for odd i and back to P1 for even i; evaluated 60 minutes after the last change (a P1 segment).
    // Carrying elapsed time, P2's due is 00:00 + 300 min, and the first P2 segment that runs past it is [301, 302): breached at
    // minute 301. The final P1 target is due at minute 600. Restarting, no one-minute segment uses 5 hours, and the final P1
    // clock starts at minute 20,000: due 600 minutes later, 60 of them used. (An outside review found the clock's cost
    // quadratic in such histories; it now grows with the events.)
    [Theory]
    [InlineData(PriorityChangeMode.Carry)]
    [InlineData(PriorityChangeMode.Restart)]
    public void Evaluate_TwentyThousandPriorityChanges_BreachesWhereTheHandWorkedHistorySays(PriorityChangeMode mode)
    {
        const int Changes = 20_000;
        SlaPolicy policy = SlaPolicy.Create("flip", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1", "P2")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(10)))
            .WithTarget("P2", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(5)));
        Instant created = Instant.FromUtc(2026, 1, 5, 0, 0);
        var events = new TicketEvent[Changes + 1];
        events[0] = TicketEvent.Created(created, "P1");
        for (int i = 1; i <= Changes; i++)
        {
            events[i] = TicketEvent.PriorityChanged(created + Duration.FromMinutes(i), i % 2 == 1 ? "P2" : "P1");
        }

        Instant now = created + Duration.FromMinutes(Changes + 60);
        SlaStatus status = new SlaClock(policy, SlaMetric.Resolution, new SlaClockOptions { PriorityChange = mode }).Evaluate(events, now);

        Assert.Equal("P1", status.Priority.Name);
        if (mode == PriorityChangeMode.Carry)
        {
            Assert.Equal(created + Duration.FromMinutes(600), status.Due);
            Assert.Equal(created + Duration.FromMinutes(301), status.BreachedAt);
            Assert.Equal(Duration.FromMinutes(Changes + 60), status.BusinessElapsed);
        }
        else
        {
            Assert.Equal(created + Duration.FromMinutes(Changes + 600), status.Due);
            Assert.Null(status.BreachedAt);
            Assert.Equal(Duration.FromMinutes(60), status.BusinessElapsed);
            Assert.Equal(10.000000m, status.PercentConsumed);
        }
    }
}
