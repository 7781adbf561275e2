using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// Hand-worked ticket scenarios for <see cref="SlaClock"/>: pauses, priority changes, breaches, warnings, reopening,
/// first response and invalid event sequences. Every expected value is derived by hand in the comment beside it from
/// the clock semantics (issue 4), not by running the library.
/// </summary>
/// <remarks>
/// <para>The scenario policy runs on Monday–Friday 09:00–17:00 America/New_York with US federal holidays. Almost all
/// tickets live in the week of Mon 2026-11-16, when New York is on EST (UTC-5): 09:00 EST = 14:00Z and 17:00 EST =
/// 22:00Z, so each weekday is open 14:00Z–22:00Z. No holiday falls in Mon 11-16 – Fri 11-20.</para>
/// <para>Targets (priority: first response / resolution): Urgent Calendar 2 h / Calendar 4 h; High Business 1 h /
/// Business 4 h; Normal Business 3 h / Business 8 h; Low Business 4 h / Business 16 h; Callback NextBusinessDayAt(09:00)
/// for both.</para>
/// </remarks>
public sealed partial class SlaClockTests
{
    private static readonly InstantPattern s_scenarioUtcPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");

    private static readonly ScheduledBusinessCalendar s_scenarioCalendar = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
        HolidayCalendars.UsFederal,
        DateTimeZoneProviders.Tzdb["America/New_York"]);

    private static readonly SlaPolicy s_scenarioPolicy = SlaPolicy.Create("Scenario", s_scenarioCalendar, "Urgent", "High", "Normal", "Low", "Callback")
        .WithTarget("Urgent", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(2)))
        .WithTarget("High", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(1)))
        .WithTarget("Normal", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(3)))
        .WithTarget("Low", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(4)))
        .WithTarget("Callback", SlaMetric.FirstResponse, SlaTarget.NextBusinessDayAt(new LocalTime(9, 0)))
        .WithTarget("Urgent", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(4)))
        .WithTarget("High", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(4)))
        .WithTarget("Normal", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(8)))
        .WithTarget("Low", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(16)))
        .WithTarget("Callback", SlaMetric.Resolution, SlaTarget.NextBusinessDayAt(new LocalTime(9, 0)));

    /// <summary>An instant from a UTC literal, e.g. "2026-11-16T15:00Z".</summary>
    private static Instant UtcAt(string text) => s_scenarioUtcPattern.Parse(text).Value;

    private static SlaClock ResolutionClock(PriorityChangeMode mode = PriorityChangeMode.Carry)
        => new(s_scenarioPolicy, SlaMetric.Resolution, new SlaClockOptions { PriorityChange = mode });

    private static SlaClock FirstResponseClock() => new(s_scenarioPolicy, SlaMetric.FirstResponse);

    private static Duration Hours(double hours) => Duration.FromMinutes((long)(hours * 60));

    // ======================================================================== Pauses

    [Fact]
    public void Evaluate_PendingOvernight_ChangesNothing()
    {
        // Normal, Resolution Business 8 h, created Mon 10:00 EST (15:00Z). Nominal due: Mon 15:00–22:00Z = 7 h, Tue
        // 14:00Z + 1 h → Tue 15:00Z. Pending Mon 17:30 EST (22:30Z) → Open Tue 08:30 EST (13:30Z): the pause overlaps
        // no open time, so Due stays Tue 15:00Z. At now = Tue 09:30 EST (14:30Z): elapsed = 7 h + (14:00–14:30Z) 0.5 h =
        // 7.5 h; remaining 0.5 h; 7.5 / 8 = 93.75 %; wall clock 23.5 h.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T22:30Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-17T13:30Z"), "Open"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:30Z"));

        Assert.Equal(s_scenarioPolicy.DueAt("Normal", SlaMetric.Resolution, UtcAt("2026-11-16T15:00Z")), status.Due);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.Due);
        Assert.Equal(UtcAt("2026-11-16T15:00Z"), status.Start);
        Assert.Equal(Duration.FromHours(8), status.TargetBusinessTime);
        Assert.Equal(Hours(7.5), status.BusinessElapsed);
        Assert.Equal(Hours(0.5), status.Remaining);
        Assert.Equal(Hours(23.5), status.ActualElapsed);
        Assert.Equal(93.75m, status.PercentConsumed);
        Assert.False(status.IsPaused);
        Assert.False(status.IsFulfilled);
        Assert.False(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-17T14:30Z"), status.EvaluatedAt);
    }

    [Fact]
    public void Evaluate_PendingForTwoBusinessHours_PushesDueTwoHours()
    {
        // Normal 8 h, created Mon 15:00Z; Pending 17:00Z – 19:00Z (12:00–14:00 EST, all open time). At now = 20:00Z:
        // running 15–17Z (2 h) + 19–20Z (1 h) = 3 h. Projected: 5 h left from 20:00Z: Mon to 22:00Z 2 h (5), Tue 14:00Z
        // + 3 h = Tue 17:00Z, two hours after the nominal Tue 15:00Z. 3 / 8 = 37.5 %.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(UtcAt("2026-11-17T17:00Z"), status.Due);
        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(5), status.Remaining);
        Assert.Equal(Duration.FromHours(5), status.ActualElapsed);
        Assert.Equal(37.5m, status.PercentConsumed);
        Assert.False(status.IsPaused);
    }

    [Fact]
    public void Evaluate_PausedAtNow_IsPaused_AndProjectsAsIfResumedNow()
    {
        // Normal 8 h, created Mon 15:00Z, Pending from 17:00Z and still pending. At now = Mon 19:00Z: elapsed 2 h (25 %);
        // projected as if resumed at 19:00Z: 6 h left: Mon 19–22Z 3 h, Tue 14:00Z + 3 h = Tue 17:00Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T19:00Z"));
        Assert.True(status.IsPaused);
        Assert.Equal(Duration.FromHours(2), status.BusinessElapsed);
        Assert.Equal(25m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T17:00Z"), status.Due);
        Assert.False(status.IsBreached);

        // Still pending on Tue 14:00Z (09:00 EST): elapsed still 2 h; resumed at 14:00Z, 6 h later = Tue 20:00Z.
        SlaStatus later = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:00Z"));
        Assert.True(later.IsPaused);
        Assert.Equal(Duration.FromHours(2), later.BusinessElapsed);
        Assert.Equal(UtcAt("2026-11-17T20:00Z"), later.Due);
    }

    [Fact]
    public void Evaluate_OnHoldAnyCase_PausesAndClosedFulfils()
    {
        // Normal 8 h, created Mon 15:00Z; "ON-HOLD" 16:00Z (pause statuses are case-insensitive) → "open" 17:00Z →
        // "Closed" 18:00Z (a solved status). Running 15–16Z + 17–18Z = 2 h = 25 %; fulfilled at 18:00Z, met.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T16:00Z"), "ON-HOLD"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "open"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T18:00Z"), "Closed"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(UtcAt("2026-11-16T18:00Z"), status.FulfilledAt);
        Assert.Equal(Duration.FromHours(2), status.BusinessElapsed);
        Assert.Equal(25m, status.PercentConsumed);
        Assert.True(status.IsMet);
        Assert.False(status.IsPaused);
    }

    [Fact]
    public void Evaluate_CalendarTarget_PauseCountsWallClock()
    {
        // Urgent first response, Calendar 2 h (24x7 UTC for the clock), on Sat 2026-11-21 (closed day): created 15:00Z,
        // Pending 15:30Z – 16:00Z. At now = 16:30Z: running 0.5 h + 0.5 h = 1 h = 50 %; 1 h left from 16:30Z → Due
        // 17:30Z (nominal 17:00Z plus the 30-minute pause).
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-21T15:00Z"), "Urgent"),
            TicketEvent.StatusChanged(UtcAt("2026-11-21T15:30Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-21T16:00Z"), "Open"),
        };

        SlaStatus status = FirstResponseClock().Evaluate(events, UtcAt("2026-11-21T16:30Z"));

        Assert.Equal(Duration.FromHours(2), status.TargetBusinessTime);
        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(50m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-21T17:30Z"), status.Due);
    }

    [Fact]
    public void Evaluate_CreatedDirectlyInPending_ClockStartsWhenOpened()
    {
        // Normal 8 h, created Mon 15:00Z in status Pending; Open at 17:00Z. At now = 18:00Z: running 17–18Z = 1 h =
        // 12.5 %; Start is still the creation (wall clock 3 h). Due: 8 h from 17:00Z: Mon 17–22Z 5 h, Tue 14:00Z + 3 h =
        // Tue 17:00Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal", "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Open"),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T18:00Z"));

        Assert.Equal(UtcAt("2026-11-16T15:00Z"), status.Start);
        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(3), status.ActualElapsed);
        Assert.Equal(12.5m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T17:00Z"), status.Due);
        Assert.False(status.IsPaused);
    }

    [Fact]
    public void Evaluate_CreatedInPendingAndStillPending_HasConsumedNothing()
    {
        // Normal 8 h, created Mon 15:00Z Pending, still pending at now = 16:00Z: paused, 0 h, 0 %; projected from 16:00Z:
        // Mon 16–22Z 6 h, Tue 14:00Z + 2 h = Tue 16:00Z.
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal", "Pending") };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T16:00Z"));

        Assert.True(status.IsPaused);
        Assert.Equal(Duration.Zero, status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(8), status.Remaining);
        Assert.Equal(0m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T16:00Z"), status.Due);
    }

    // ======================================================================== Priority changes

    [Fact]
    public void Evaluate_PriorityRaisedCarry_MeasuresFromCreation()
    {
        // Created Mon 15:00Z Low, raised to High (Business 4 h) at 18:00Z; Carry: Start = creation, Due = 15:00Z + 4 h =
        // 19:00Z. At now = 18:30Z: elapsed 3.5 h, remaining 0.5 h, 87.5 %. Low's own segment (due Wed 15:00Z) did not
        // breach before the change. Warnings fire at max(acc(W), last change): 50 % = 2 h → acc 17:00Z → 18:00Z; 75 % =
        // 3 h → acc 18:00Z → 18:00Z; both fired by 18:30Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Low"),
            TicketEvent.PriorityChanged(UtcAt("2026-11-16T18:00Z"), "High"),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock(PriorityChangeMode.Carry).Evaluate(events, UtcAt("2026-11-16T18:30Z"), warnings);

        Assert.Equal("High", status.Priority.Name);
        Assert.Equal(SlaTarget.Business(Duration.FromHours(4)), status.Target);
        Assert.Equal(UtcAt("2026-11-16T15:00Z"), status.Start);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.Due);
        Assert.Equal(Hours(3.5), status.BusinessElapsed);
        Assert.Equal(Hours(0.5), status.Remaining);
        Assert.Equal(87.5m, status.PercentConsumed);
        Assert.False(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-16T18:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-16T18:00Z"), warnings[1].At);
        Assert.Equal(2, status.WarningsFired);
        Assert.Null(status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_PriorityRaisedRestart_MeasuresFromChange()
    {
        // Same ticket, Restart: Start = 18:00Z, Due = 18:00Z + 4 business h = 22:00Z (Mon 17:00 EST). At now = 18:30Z:
        // elapsed 0.5 h, remaining 3.5 h, 12.5 %, wall clock 0.5 h. Warnings: 50 % = 2 h → 20:00Z, 75 % = 3 h → 21:00Z;
        // none fired yet.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Low"),
            TicketEvent.PriorityChanged(UtcAt("2026-11-16T18:00Z"), "High"),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock(PriorityChangeMode.Restart).Evaluate(events, UtcAt("2026-11-16T18:30Z"), warnings);

        Assert.Equal(UtcAt("2026-11-16T18:00Z"), status.Start);
        Assert.Equal(UtcAt("2026-11-16T22:00Z"), status.Due);
        Assert.Equal(Hours(0.5), status.BusinessElapsed);
        Assert.Equal(Hours(3.5), status.Remaining);
        Assert.Equal(Hours(0.5), status.ActualElapsed);
        Assert.Equal(12.5m, status.PercentConsumed);
        Assert.False(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-16T20:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-16T21:00Z"), warnings[1].At);
        Assert.Equal(0, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-16T20:00Z"), status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_UpgradeWhoseDueIsPast_Carry_BreachedAtTheChange()
    {
        // Created Mon 15:00Z Low (due Wed 15:00Z); raised to High at Tue 15:00Z (10:00 EST). Carry: High from creation is
        // due Mon 19:00Z, already past: the last segment [Tue 15:00Z, …) is breached, BreachedAt = max(Mon 19:00Z, Tue
        // 15:00Z) = Tue 15:00Z. At now = Tue 16:00Z: elapsed Mon 7 h + Tue 14–16Z 2 h = 9 h; remaining 4 − 9 = −5 h;
        // 9 / 4 = 225 %. Both warnings (acc 17:00Z and 18:00Z on Monday) fire at the change, Tue 15:00Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Low"),
            TicketEvent.PriorityChanged(UtcAt("2026-11-17T15:00Z"), "High"),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock(PriorityChangeMode.Carry).Evaluate(events, UtcAt("2026-11-17T16:00Z"), warnings);

        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.Due);
        Assert.True(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.BreachedAt);
        Assert.Equal(Duration.FromHours(9), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(-5), status.Remaining);
        Assert.Equal(225m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), warnings[1].At);
        Assert.True(warnings[0].HasFired && warnings[1].HasFired);
        Assert.Equal(2, status.WarningsFired);
    }

    [Fact]
    public void Evaluate_UpgradeWhoseCarriedDueIsPast_Restart_IsNotBreached()
    {
        // Same ticket under Restart: Start = Tue 15:00Z, Due = Tue 19:00Z; at now = Tue 16:00Z elapsed 1 h = 25 %; the
        // Low segment (due Wed 15:00Z) was not breached before the change.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Low"),
            TicketEvent.PriorityChanged(UtcAt("2026-11-17T15:00Z"), "High"),
        };

        SlaStatus status = ResolutionClock(PriorityChangeMode.Restart).Evaluate(events, UtcAt("2026-11-17T16:00Z"));

        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.Start);
        Assert.Equal(UtcAt("2026-11-17T19:00Z"), status.Due);
        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(25m, status.PercentConsumed);
        Assert.False(status.IsBreached);
        Assert.Null(status.BreachedAt);
    }

    [Fact]
    public void Evaluate_DowngradeAfterBreach_Restart_EarlierSegmentStillBreaches()
    {
        // Created Mon 15:00Z High (due 19:00Z); lowered to Low at 20:00Z under Restart. Segment 0 (High from 15:00Z) has
        // due 19:00Z < 20:00Z → breached at max(19:00Z, 15:00Z) = 19:00Z, permanently. The final segment restarts at
        // 20:00Z with 16 h: Mon 20–22Z 2 h, Tue 8 h (10), Wed 14:00Z + 6 h = Wed 20:00Z. At now = 21:00Z: elapsed 1 h of
        // 16 = 6.25 %.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High"),
            TicketEvent.PriorityChanged(UtcAt("2026-11-16T20:00Z"), "Low"),
        };

        SlaStatus status = ResolutionClock(PriorityChangeMode.Restart).Evaluate(events, UtcAt("2026-11-16T21:00Z"));

        Assert.Equal("Low", status.Priority.Name);
        Assert.Equal(UtcAt("2026-11-16T20:00Z"), status.Start);
        Assert.Equal(UtcAt("2026-11-18T20:00Z"), status.Due);
        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(6.25m, status.PercentConsumed);
        Assert.True(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.BreachedAt);
    }

    // ======================================================================== Breach and fulfilment

    [Fact]
    public void Evaluate_SolvedAfterDue_BreachedAtDue_NotMet()
    {
        // High 4 h, created Mon 15:00Z → due 19:00Z; solved 20:00Z (after the due); evaluated Tue 14:00Z. Breached at
        // 19:00Z; fulfilled at 20:00Z; elapsed 5 h (125 %), remaining −1 h, wall clock 5 h.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High"),
            TicketEvent.Solved(UtcAt("2026-11-16T20:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:00Z"));

        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.Due);
        Assert.True(status.IsFulfilled);
        Assert.Equal(UtcAt("2026-11-16T20:00Z"), status.FulfilledAt);
        Assert.True(status.IsBreached);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.BreachedAt);
        Assert.False(status.IsMet);
        Assert.Equal(Duration.FromHours(5), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(-1), status.Remaining);
        Assert.Equal(Duration.FromHours(5), status.ActualElapsed);
        Assert.Equal(125m, status.PercentConsumed);
        Assert.False(status.IsPaused);
    }

    [Fact]
    public void Evaluate_SolvedBeforeDue_EvaluatedAfterDue_IsMet()
    {
        // High 4 h, created Mon 15:00Z (due 19:00Z), solved 18:00Z, evaluated Tue 15:00Z (after the due): not breached,
        // met; elapsed 3 h = 75 %, remaining 1 h. Warnings: 50 % = 2 h → 17:00Z (fired); 75 % = 3 h → 18:00Z, the very
        // instant of the fulfilment, which preempts it (as solving exactly at the due preempts the breach): it never fires.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High"),
            TicketEvent.Solved(UtcAt("2026-11-16T18:00Z")),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T15:00Z"), warnings);

        Assert.True(status.IsMet);
        Assert.False(status.IsBreached);
        Assert.Null(status.BreachedAt);
        Assert.Equal(UtcAt("2026-11-16T18:00Z"), status.FulfilledAt);
        Assert.Equal(Duration.FromHours(3), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(1), status.Remaining);
        Assert.Equal(75m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-16T17:00Z"), warnings[0].At);
        Assert.Null(warnings[1].At);
        Assert.False(warnings[1].HasFired);
        Assert.Equal(1, status.WarningsFired);
    }

    [Fact]
    public void Evaluate_SolvedExactlyAtDue_IsMet()
    {
        // High 4 h, created Mon 15:00Z, solved at the due 19:00Z: fulfilled exactly at Due = met, 100 %, remaining 0.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High"),
            TicketEvent.Solved(UtcAt("2026-11-16T19:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T21:00Z"));

        Assert.True(status.IsMet);
        Assert.False(status.IsBreached);
        Assert.Equal(100m, status.PercentConsumed);
        Assert.Equal(Duration.Zero, status.Remaining);
    }

    [Fact]
    public void Evaluate_UnfulfilledAtDue_IsBreachedAtDue()
    {
        // High 4 h, created Mon 15:00Z, due 19:00Z. Unfulfilled and Due ≤ now at now = 19:00Z: breached at 19:00Z, 100 %.
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High") };

        SlaStatus atDue = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T19:00Z"));
        Assert.True(atDue.IsBreached);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), atDue.BreachedAt);
        Assert.Equal(100m, atDue.PercentConsumed);
        Assert.Equal(Duration.Zero, atDue.Remaining);
        Assert.False(atDue.IsMet);

        // A minute earlier, 18:59Z: not breached; 3 h 59 min of 4 h = 239 / 240 = 99.58333… % → floored 99.583333.
        SlaStatus before = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T18:59Z"));
        Assert.False(before.IsBreached);
        Assert.Null(before.BreachedAt);
        Assert.Equal(99.583333m, before.PercentConsumed);
        Assert.Equal(Duration.FromMinutes(1), before.Remaining);
    }

    [Fact]
    public void Evaluate_EventsAfterNow_AreIgnored()
    {
        // Normal 8 h, created Mon 15:00Z, solved 20:00Z, but evaluated at 19:00Z: the solve is in the future, so the ticket
        // is open: elapsed 4 h = 50 %, not fulfilled.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T20:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T19:00Z"));

        Assert.False(status.IsFulfilled);
        Assert.Null(status.FulfilledAt);
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
        Assert.Equal(50m, status.PercentConsumed);
    }

    [Fact]
    public void Evaluate_AtCreation_NothingConsumed()
    {
        // Normal 8 h evaluated at its creation Mon 15:00Z: elapsed 0, 0 %, due Tue 15:00Z, no warning fired; next warning
        // at 50 % = 4 h → 19:00Z.
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T15:00Z"));

        Assert.Equal(Duration.Zero, status.BusinessElapsed);
        Assert.Equal(Duration.Zero, status.ActualElapsed);
        Assert.Equal(0m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.Due);
        Assert.Equal(0, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), status.NextWarningAt);
    }

    // ======================================================================== Warnings

    [Fact]
    public void Evaluate_Warnings_FireAtFiftyAndSeventyFivePercent()
    {
        // Normal 8 h, created Mon 15:00Z. 50 % = 4 h → 19:00Z; 75 % = 6 h → 21:00Z. At now = 20:00Z: one fired, next 21:00Z.
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"), warnings);

        Assert.Equal(50m, warnings[0].Percent);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), warnings[0].At);
        Assert.True(warnings[0].HasFired);
        Assert.Equal(75m, warnings[1].Percent);
        Assert.Equal(UtcAt("2026-11-16T21:00Z"), warnings[1].At);
        Assert.False(warnings[1].HasFired);
        Assert.Equal(1, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-16T21:00Z"), status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_Warnings_OvernightUseBusinessTime()
    {
        // Low 16 h, created Mon 15:00Z. 50 % = 8 h: Mon 7 h, Tue 14:00Z + 1 h = Tue 15:00Z; 75 % = 12 h: Tue 14:00Z + 5 h
        // = Tue 19:00Z; due 16 h = Wed 15:00Z. At now = Tue 14:00Z none fired (Mon 7 h = 43.75 %).
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Low") };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:00Z"), warnings);

        Assert.Equal(UtcAt("2026-11-18T15:00Z"), status.Due);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-17T19:00Z"), warnings[1].At);
        Assert.Equal(0, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.NextWarningAt);
        Assert.Equal(43.75m, status.PercentConsumed);
    }

    [Fact]
    public void Evaluate_Warnings_ShiftWithPause()
    {
        // Normal 8 h, created Mon 15:00Z, Pending 16:00Z – 17:00Z. Running: 15–16Z (1 h), then from 17:00Z. 50 % = 4 h →
        // 17:00Z + 3 h = 20:00Z; 75 % = 6 h → 17:00Z + 5 h = 22:00Z (Monday's close); due 8 h → Tue 14:00Z + 2 h = 16:00Z.
        // At now = 20:30Z: 1 + 3.5 = 4.5 h = 56.25 %, one warning fired, next 22:00Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T16:00Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Open"),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-16T20:30Z"), warnings);

        Assert.Equal(UtcAt("2026-11-16T20:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-16T22:00Z"), warnings[1].At);
        Assert.Equal(UtcAt("2026-11-17T16:00Z"), status.Due);
        Assert.Equal(Hours(4.5), status.BusinessElapsed);
        Assert.Equal(56.25m, status.PercentConsumed);
        Assert.Equal(1, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-16T22:00Z"), status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_Warnings_FulfilledBeforeThreshold_HaveNoInstant()
    {
        // Normal 8 h, created Mon 15:00Z, solved 20:30Z, evaluated Tue 15:00Z. 50 % → 19:00Z (fired); 75 % → 21:00Z is after
        // the fulfilment, so At = null and it never fires; no next warning. Elapsed 5.5 h = 68.75 %.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T20:30Z")),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T15:00Z"), warnings);

        Assert.Equal(UtcAt("2026-11-16T19:00Z"), warnings[0].At);
        Assert.True(warnings[0].HasFired);
        Assert.Null(warnings[1].At);
        Assert.False(warnings[1].HasFired);
        Assert.Equal(1, status.WarningsFired);
        Assert.Null(status.NextWarningAt);
        Assert.Equal(68.75m, status.PercentConsumed);
        Assert.True(status.IsMet);
    }

    [Fact]
    public void Evaluate_Warnings_CustomThresholds_InAscendingOrder()
    {
        // Thresholds 25, 50, 90 on Normal 8 h from Mon 15:00Z: 2 h → 17:00Z; 4 h → 19:00Z; 7.2 h = 7 h 12 min → Mon 7 h to
        // 22:00Z, Tue 14:00Z + 12 min = Tue 14:12Z. At now = Mon 19:00Z: two fired (19:00Z ≤ now), next Tue 14:12Z.
        var clock = new SlaClock(s_scenarioPolicy, SlaMetric.Resolution, new SlaClockOptions { WarningThresholds = new[] { 25m, 50m, 90m } });
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") };

        var warnings = new SlaWarning[3];
        SlaStatus status = clock.Evaluate(events, UtcAt("2026-11-16T19:00Z"), warnings);

        Assert.Equal(new[] { 25m, 50m, 90m }, warnings.Select(w => w.Percent));
        Assert.Equal(UtcAt("2026-11-16T17:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-16T19:00Z"), warnings[1].At);
        Assert.Equal(UtcAt("2026-11-17T14:12Z"), warnings[2].At);
        Assert.Equal(2, status.WarningsFired);
        Assert.Equal(UtcAt("2026-11-17T14:12Z"), status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_ZeroBudget_NextBusinessDayAfterHours_JumpsFromZeroToHundredAtDue()
    {
        // Callback = NextBusinessDayAt(09:00). Created Mon 18:00 EST (23:00Z): due Tue 09:00 EST = Tue 14:00Z; the budget
        // B = open time in [Mon 23:00Z, Tue 14:00Z) = 0. Before the due: 0 %, not breached, both warnings at the due
        // (B = 0 correction), none fired.
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T23:00Z"), "Callback") };

        var warnings = new SlaWarning[2];
        SlaStatus before = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T13:30Z"), warnings);
        Assert.Equal(UtcAt("2026-11-17T14:00Z"), before.Due);
        Assert.Equal(Duration.Zero, before.TargetBusinessTime);
        Assert.Equal(0m, before.PercentConsumed);
        Assert.False(before.IsBreached);
        Assert.Equal(UtcAt("2026-11-17T14:00Z"), warnings[0].At);
        Assert.Equal(UtcAt("2026-11-17T14:00Z"), warnings[1].At);
        Assert.Equal(0, before.WarningsFired);
        Assert.Equal(UtcAt("2026-11-17T14:00Z"), before.NextWarningAt);

        // At the due, Tue 14:00Z: unfulfilled and Due ≤ now → breached at 14:00Z; 100 %; both warnings fired; elapsed
        // R(14:00Z) = 0 (the range [start, 14:00Z) holds no open time).
        SlaStatus atDue = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:00Z"), warnings);
        Assert.True(atDue.IsBreached);
        Assert.Equal(UtcAt("2026-11-17T14:00Z"), atDue.BreachedAt);
        Assert.Equal(100m, atDue.PercentConsumed);
        Assert.Equal(2, atDue.WarningsFired);
        Assert.Equal(Duration.Zero, atDue.BusinessElapsed);

        // An hour later: elapsed 1 h, remaining 0 − 1 = −1 h, still 100 %.
        SlaStatus later = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T15:00Z"));
        Assert.Equal(Duration.FromHours(1), later.BusinessElapsed);
        Assert.Equal(Duration.FromHours(-1), later.Remaining);
        Assert.Equal(100m, later.PercentConsumed);
    }

    // ======================================================================== Reopening

    [Fact]
    public void Evaluate_Reopened_ResolutionContinues_SolvedStretchDoesNotCount()
    {
        // Normal 8 h, created Mon 15:00Z; solved 18:00Z (3 h); reopened Tue 15:00Z (10:00 EST). The solved stretch Mon
        // 18:00Z – Tue 15:00Z (4 h of Monday + 1 h of Tuesday open time) does not count. At now = Tue 16:00Z: elapsed
        // 3 h + 1 h = 4 h = 50 %; unfulfilled (not solved at now); projected: 4 h left from 16:00Z → Tue 20:00Z.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T18:00Z")),
            TicketEvent.Reopened(UtcAt("2026-11-17T15:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T16:00Z"));

        Assert.False(status.IsFulfilled);
        Assert.Equal(Duration.FromHours(4), status.BusinessElapsed);
        Assert.Equal(50m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T20:00Z"), status.Due);
        Assert.False(status.IsBreached);
        Assert.False(status.IsPaused);
    }

    [Fact]
    public void Evaluate_ReopenedThenSolvedAgain_FulfilledAtLastSolve()
    {
        // As above, solved again Tue 19:00Z; at now = Tue 21:00Z: fulfilled at the last solve, Tue 19:00Z; elapsed 3 + 4 =
        // 7 h = 87.5 %; Due = Tue 20:00Z (the projection runs on after the end: 7 h at 19:00Z, 8 h at 20:00Z); met. Wall
        // clock Mon 15:00Z → Tue 19:00Z = 28 h.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T18:00Z")),
            TicketEvent.Reopened(UtcAt("2026-11-17T15:00Z")),
            TicketEvent.Solved(UtcAt("2026-11-17T19:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T21:00Z"));

        Assert.Equal(UtcAt("2026-11-17T19:00Z"), status.FulfilledAt);
        Assert.Equal(Duration.FromHours(7), status.BusinessElapsed);
        Assert.Equal(87.5m, status.PercentConsumed);
        Assert.Equal(UtcAt("2026-11-17T20:00Z"), status.Due);
        Assert.Equal(Duration.FromHours(28), status.ActualElapsed);
        Assert.True(status.IsMet);
    }

    [Fact]
    public void Evaluate_ReopenedAfterNominalDue_SolvedStretchIsNoBreach()
    {
        // High 4 h, created Mon 15:00Z (nominal due 19:00Z); solved 18:00Z (3 h), reopened Tue 14:00Z (09:00 EST). The
        // nominal due passed while solved, which does not count: at now = Tue 14:30Z elapsed 3 h + (14:00–14:30Z) 0.5 h =
        // 3.5 h; projected, 0.5 h left from 14:30Z → Due = Tue 15:00Z (> now, so not breached); 87.5 %.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "High"),
            TicketEvent.Solved(UtcAt("2026-11-16T18:00Z")),
            TicketEvent.Reopened(UtcAt("2026-11-17T14:00Z")),
        };

        SlaStatus status = ResolutionClock().Evaluate(events, UtcAt("2026-11-17T14:30Z"));

        Assert.Equal(Hours(3.5), status.BusinessElapsed);
        Assert.Equal(UtcAt("2026-11-17T15:00Z"), status.Due);
        Assert.False(status.IsBreached);
        Assert.Equal(87.5m, status.PercentConsumed);
    }

    // ======================================================================== First response

    [Fact]
    public void Evaluate_FirstResponse_FulfilledByResponded_OneThirdExactly()
    {
        // Normal first response, Business 3 h: created Mon 15:00Z (due 18:00Z), responded 16:00Z; at now = 20:00Z: met,
        // elapsed 1 h of 3 = 33.3333…% floored to 33.333333; remaining 2 h; 50 % (1.5 h → 16:30Z) and 75 % (2.25 h →
        // 17:15Z) come after the response, so neither has an instant.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Responded(UtcAt("2026-11-16T16:00Z")),
        };

        var warnings = new SlaWarning[2];
        SlaStatus status = FirstResponseClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"), warnings);

        Assert.Equal(SlaMetric.FirstResponse, status.Metric);
        Assert.Equal(UtcAt("2026-11-16T18:00Z"), status.Due);
        Assert.Equal(UtcAt("2026-11-16T16:00Z"), status.FulfilledAt);
        Assert.True(status.IsMet);
        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.Equal(Duration.FromHours(2), status.Remaining);
        Assert.Equal(33.333333m, status.PercentConsumed);
        Assert.Null(warnings[0].At);
        Assert.Null(warnings[1].At);
        Assert.Equal(0, status.WarningsFired);
        Assert.Null(status.NextWarningAt);
    }

    [Fact]
    public void Evaluate_FirstResponse_TwoThirds_IsFlooredNotRounded()
    {
        // Responded 17:00Z: 2 h of 3 = 66.6666…% → 66.666666 (never rounded up to 66.666667).
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Responded(UtcAt("2026-11-16T17:00Z")),
        };

        SlaStatus status = FirstResponseClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(66.666666m, status.PercentConsumed);
    }

    [Fact]
    public void Evaluate_FirstResponse_SolvedBeforeResponse_CountsAsFulfilment()
    {
        // Created 15:00Z Normal, solved 15:30Z, responded 17:00Z: first response is fulfilled at the earlier solve,
        // 15:30Z; 0.5 h of 3 = 16.6666…% → 16.666666.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T15:30Z")),
            TicketEvent.Responded(UtcAt("2026-11-16T17:00Z")),
        };

        SlaStatus status = FirstResponseClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(UtcAt("2026-11-16T15:30Z"), status.FulfilledAt);
        Assert.Equal(16.666666m, status.PercentConsumed);
    }

    [Fact]
    public void Evaluate_FirstResponse_SecondResponseAndLaterPriorityChange_AreIgnored()
    {
        // Created 15:00Z Normal (3 h → due 18:00Z), responded 16:30Z and again 17:00Z, raised to High at 17:30Z. Fulfilled
        // at the first response, 16:30Z; the change after the end is ignored (High's 1 h would have been due 16:00Z and
        // breached), so Normal's target stands: met, 1.5 h = 50 %.
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Responded(UtcAt("2026-11-16T16:30Z")),
            TicketEvent.Responded(UtcAt("2026-11-16T17:00Z")),
            TicketEvent.PriorityChanged(UtcAt("2026-11-16T17:30Z"), "High"),
        };

        SlaStatus status = FirstResponseClock().Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(UtcAt("2026-11-16T16:30Z"), status.FulfilledAt);
        Assert.Equal("Normal", status.Priority.Name);
        Assert.Equal(SlaTarget.Business(Duration.FromHours(3)), status.Target);
        Assert.Equal(UtcAt("2026-11-16T18:00Z"), status.Due);
        Assert.True(status.IsMet);
        Assert.False(status.IsBreached);
        Assert.Equal(50m, status.PercentConsumed);
    }

    // ======================================================================== Invalid input

    [Fact]
    public void Evaluate_InvalidEventSequences_ThrowArgumentException()
    {
        SlaClock clock = ResolutionClock();
        Instant created = UtcAt("2026-11-16T15:00Z");
        Instant now = UtcAt("2026-11-16T20:00Z");

        // No events at all.
        AssertEventsRejected(clock, Array.Empty<TicketEvent>(), now);

        // Not starting with Created (an event before creation).
        AssertEventsRejected(clock, new[] { TicketEvent.Responded(UtcAt("2026-11-16T14:00Z")), TicketEvent.Created(created, "Normal") }, now);
        AssertEventsRejected(clock, new[] { TicketEvent.StatusChanged(created, "Open") }, now);

        // Out of order: 17:00Z then 16:00Z.
        AssertEventsRejected(clock, new[]
        {
            TicketEvent.Created(created, "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T16:00Z"), "Open"),
        }, now);

        // An event timed before the creation that follows it in the list.
        AssertEventsRejected(clock, new[] { TicketEvent.Created(created, "Normal"), TicketEvent.Responded(UtcAt("2026-11-16T14:00Z")) }, now);

        // Two Created events.
        AssertEventsRejected(clock, new[] { TicketEvent.Created(created, "Normal"), TicketEvent.Created(UtcAt("2026-11-16T16:00Z"), "High") }, now);

        // Unknown priority, at creation and in a change.
        AssertEventsRejected(clock, new[] { TicketEvent.Created(created, "Critical") }, now);
        AssertEventsRejected(clock, new[] { TicketEvent.Created(created, "Normal"), TicketEvent.PriorityChanged(UtcAt("2026-11-16T16:00Z"), "P1") }, now);

        // Reopened while not solved.
        AssertEventsRejected(clock, new[] { TicketEvent.Created(created, "Normal"), TicketEvent.Reopened(UtcAt("2026-11-16T16:00Z")) }, now);
    }

    [Fact]
    public void Evaluate_NowBeforeCreation_ThrowsArgumentExceptionForNow()
    {
        TicketEvent[] events = { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") };
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ResolutionClock().Evaluate(events, UtcAt("2026-11-16T14:59Z")));
        Assert.Equal("now", ex.ParamName);
    }

    [Fact]
    public void Evaluate_WithFakeClock_EqualsEvaluateAtItsNow()
    {
        // The IClock overload reads the clock once and answers as at that instant (here the pause scenario at Mon 20:00Z:
        // due Tue 17:00Z, 3 h elapsed).
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T17:00Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T19:00Z"), "Open"),
        };
        Instant now = UtcAt("2026-11-16T20:00Z");
        SlaClock clock = ResolutionClock();

        SlaStatus fromClock = clock.Evaluate(events, new FakeClock(now));
        SlaStatus fromInstant = clock.Evaluate(events, now);

        Assert.Equal(now, fromClock.EvaluatedAt);
        Assert.Equal(fromInstant.Due, fromClock.Due);
        Assert.Equal(fromInstant.Start, fromClock.Start);
        Assert.Equal(fromInstant.BusinessElapsed, fromClock.BusinessElapsed);
        Assert.Equal(fromInstant.ActualElapsed, fromClock.ActualElapsed);
        Assert.Equal(fromInstant.PercentConsumed, fromClock.PercentConsumed);
        Assert.Equal(fromInstant.IsBreached, fromClock.IsBreached);
        Assert.Equal(fromInstant.IsPaused, fromClock.IsPaused);
        Assert.Equal(fromInstant.WarningsFired, fromClock.WarningsFired);
        Assert.Equal(fromInstant.NextWarningAt, fromClock.NextWarningAt);
        Assert.Equal(UtcAt("2026-11-17T17:00Z"), fromClock.Due);
        Assert.Equal(Duration.FromHours(3), fromClock.BusinessElapsed);
    }

    private static void AssertEventsRejected(SlaClock clock, TicketEvent[] events, Instant now)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => clock.Evaluate(events, now));
        Assert.Equal("events", ex.ParamName);
    }
}
