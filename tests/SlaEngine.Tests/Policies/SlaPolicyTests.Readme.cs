using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>The README's SLA example, with its values worked by hand.</summary>
public sealed partial class SlaPolicyTests
{
    private static SlaPolicy ReadmeEnterprise()
    {
        ScheduledBusinessCalendar eastern = BusinessCalendar.Create(
            WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
            HolidayCalendars.UsFederal, DateTimeZoneProviders.Tzdb["America/New_York"]);
        return SlaPolicy.Create("Enterprise", eastern, "P1", "P2", "P3", "P4")
            .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(1)))
            .WithTarget("P2", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(4)))
            .WithTarget("P2", SlaMetric.Resolution, SlaTarget.BusinessDays(1))
            .WithTarget("P3", SlaMetric.Resolution, SlaTarget.EndOfBusinessDay(2));
    }

    [Fact]
    public void Readme_DueAt_DayBeforeThanksgiving()
    {
        SlaPolicy enterprise = ReadmeEnterprise();
        Instant created = Instant.FromUtc(2026, 11, 25, 21, 30); // Wed 16:30 EST

        // 4 business hours: 16:30–17:00 Wed (0.5 h), Thanksgiving Thu closed, Fri 09:00 + 3.5 h = 12:30 EST = 17:30Z.
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 17, 30), enterprise.DueAt("p2", SlaMetric.FirstResponse, created));

        // One business day: Wed 16:30 is open, the next business day is Fri (Thu is a holiday): Fri 16:30 EST = 21:30Z.
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 21, 30), enterprise.DueAt("P2", SlaMetric.Resolution, created));
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 17, 30), enterprise.DueAt(enterprise.GetPriority("P2"), SlaMetric.FirstResponse, created));

        // P1 calendar hour: 17:30 EST the same day.
        Assert.Equal(Instant.FromUtc(2026, 11, 25, 22, 30), enterprise.DueAt("P1", SlaMetric.FirstResponse, created));
    }

    [Fact]
    public void Readme_Clock_PendingThenRaised()
    {
        var clock = new SlaClock(ReadmeEnterprise(), SlaMetric.Resolution);
        TicketEvent[] events =
        {
            TicketEvent.Created(Instant.FromUtc(2026, 11, 20, 19, 0), "P3"),             // Fri 14:00 EST
            TicketEvent.StatusChanged(Instant.FromUtc(2026, 11, 20, 20, 0), "Pending"),  // Fri 15:00
            TicketEvent.StatusChanged(Instant.FromUtc(2026, 11, 23, 16, 0), "Open"),     // Mon 11:00
            TicketEvent.PriorityChanged(Instant.FromUtc(2026, 11, 23, 17, 0), "P2"),     // Mon 12:00
        };

        SlaStatus status = clock.Evaluate(events, Instant.FromUtc(2026, 11, 23, 21, 30)); // Mon 16:30 EST

        // Carry: P2 (one business day) from Fri 14:00 is Mon 14:00, a budget of 3 h Fri + 5 h Mon = 8 h. Running: Fri
        // 14–15 (1 h), paused to Mon 11:00, then Mon 11–17 (6 h) and Tue 09–10 (1 h): due Tue 10:00 EST = 15:00Z.
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 15, 0), status.Due);
        Assert.Equal(Duration.FromHours(8), status.TargetBusinessTime);
        Assert.Equal(Duration.FromMinutes(390), status.BusinessElapsed);    // 1 h + Mon 11:00–16:30
        Assert.Equal(81.25m, status.PercentConsumed);                       // 6.5 / 8
        Assert.Equal(2, status.WarningsFired);                              // 4 h at Mon 14:00, 6 h at Mon 16:00
        Assert.False(status.IsBreached);

        // P3's stretch (EndOfBusinessDay(2) from Fri: Tue 17:00, later still with the pause) did not breach before the change.
        Assert.Null(status.BreachedAt);
    }
}
