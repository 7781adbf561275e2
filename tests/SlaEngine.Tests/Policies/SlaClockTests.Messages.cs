using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>The clock's messages for bad histories, word for word: they name the event, its index and the rule.</summary>
public sealed partial class SlaClockTests
{
    private static SlaClock MessagesClock()
        => new(SlaPolicy.Create("msg", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(1))), SlaMetric.Resolution);

    [Fact]
    public void Evaluate_EventBeforeCreation_SaysSo()
    {
        TicketEvent[] events =
        {
            TicketEvent.Created(Instant.FromUtc(2026, 11, 16, 15, 0), "P1"),
            TicketEvent.Responded(Instant.FromUtc(2026, 11, 16, 14, 0)),
        };
        ArgumentException ex = Assert.Throws<ArgumentException>(() => MessagesClock().Evaluate(events, Instant.FromUtc(2026, 11, 16, 20, 0)));
        Assert.Equal("events", ex.ParamName);
        Assert.StartsWith("Ticket event 1 (Responded at 2026-11-16T14:00:00Z) is before the ticket's creation at 2026-11-16T15:00:00Z.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EventsOutOfOrder_SaysWhich()
    {
        TicketEvent[] events =
        {
            TicketEvent.Created(Instant.FromUtc(2026, 11, 16, 15, 0), "P1"),
            TicketEvent.StatusChanged(Instant.FromUtc(2026, 11, 16, 17, 0), "Pending"),
            TicketEvent.StatusChanged(Instant.FromUtc(2026, 11, 16, 16, 0), "Open"),
        };
        ArgumentException ex = Assert.Throws<ArgumentException>(() => MessagesClock().Evaluate(events, Instant.FromUtc(2026, 11, 16, 20, 0)));
        Assert.StartsWith(
            "Ticket events must be in time order, but event 2 (StatusChanged(Open) at 2026-11-16T16:00:00Z) is before event 1 (StatusChanged(Pending) at 2026-11-16T17:00:00Z).",
            ex.Message,
            StringComparison.Ordinal);
    }
}
