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
}
