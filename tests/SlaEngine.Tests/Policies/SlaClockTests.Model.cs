using System.Globalization;
using System.Numerics;
using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Policies;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// <see cref="SlaClock"/> on random policies (random calendars from <see cref="BusinessCalendarGenerators"/> in
/// 2024–2028, targets of all five kinds, some on their own 24x7 calendar) and random valid ticket histories
/// (status changes among the default pause and solved statuses and others, priority changes, responses, solves and
/// reopens), against <see cref="SlaClockModel"/>, an independent minute-by-minute model of /tmp/spec4.md; plus the
/// properties that need no model (no pauses: Due = DueAt; a pause never makes the due earlier; exact percent).
/// </summary>
public sealed partial class SlaClockTests
{
    private static readonly Duration s_clockModelMinute = Duration.FromMinutes(1);

    // Settled: fulfilment preempts a warning due at the same instant (as it preempts a breach at the due), in the
    // library, the README and the model; the random comparison covers that case.
    private const bool ClockKnownWarningAtFulfilment = false;

    // Issue property 5: every result against the brute-force model, at a random now, at the model's due, and (in half
    // the cases) a minute before it.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Model_Evaluate_MatchesTheMinuteModel(ClockCase c)
    {
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(c.Policy);
        SlaClock clock = SlaClockGenerators.BuildClock(c, policy);
        SlaClockModel model = SlaClockGenerators.BuildModel(c);
        IReadOnlyList<ModelEvent> events = c.Events;
        TicketEvent[] library = events.Select(SlaClockGenerators.ToLibrary).ToArray();
        if (ClockModelEvaluate(model, events, c.Now) is not { } atNow)
        {
            return;
        }

        ClockModelCheck(c, clock, library, c.Now, atNow);
        foreach (Instant now in c.Extra % 2 == 0 ? new[] { atNow.Due, atNow.Due - s_clockModelMinute } : [atNow.Due])
        {
            if (now >= c.Created && now != c.Now && ClockModelEvaluate(model, events, now) is { } expected)
            {
                ClockModelCheck(c, clock, library, now, expected);
            }
        }
    }

    // The model's answer, or null (not compared) when it lies beyond the model's search: a due years out because a
    // pause pushed the budget into a much sparser later schedule version (about one case in ten thousand).
    private static ModelStatus? ClockModelEvaluate(SlaClockModel model, IReadOnlyList<ModelEvent> events, Instant now)
    {
        try
        {
            return model.Evaluate(events, now);
        }
        catch (ModelSearchLimitException)
        {
            return null;
        }
    }

    // Issue property 2: with no pause and no solve before the end (running statuses and responses, perhaps a final
    // solve), Due is the policy's DueAt from creation, for every target kind; the events may be off whole minutes.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Evaluate_WithoutPauses_DueEqualsPolicyDueAt(ClockCase c)
    {
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(c.Policy);
        SlaClock clock = SlaClockGenerators.BuildClock(c, policy);
        Duration jitter = c.Extra % 2 == 0 ? Duration.Zero : Duration.FromTicks(c.Extra % NodaConstants.TicksPerMinute);
        IReadOnlyList<ModelEvent> events = SlaClockGenerators.WithoutPauses(c, endSolved: c.Extra % 3 == 0)
            .Select(e => e with { At = e.At + jitter })
            .ToArray();
        TicketEvent[] library = events.Select(SlaClockGenerators.ToLibrary).ToArray();
        Instant created = events[0].At;
        string priority = c.Policy.Priorities[c.CreatedPriority];
        SlaMetric metric = SlaClockGenerators.ToLibrary(c.Metric);
        Instant expected = policy.DueAt(priority, metric, created);
        Assert.True(policy.TryGetTarget(priority, metric, out SlaTarget target, out var calendar));
        Assert.Equal(expected, target.DueAt(calendar ?? policy.Calendar, created));

        Instant last = events[^1].At;
        foreach (Instant now in new[] { created, last, last + Duration.FromMinutes(c.NowValue % (5 * 24 * 60)), expected, expected + Duration.FromTicks(1) })
        {
            SlaStatus status = clock.Evaluate(library, now);
            Assert.True(
                status.Due == expected && status.Start == created,
                $"At {ClockShow(c, now)}: Due {ClockShow(c, status.Due)}, Start {ClockShow(c, status.Start)}; policy.DueAt({priority}, {metric}, {ClockShow(c, created)}) = {ClockShow(c, expected)}.{SlaClockGenerators.Describe(c, events, now)}");
        }
    }

    // Issue property 3: a Pending interval added where the status is steady and not solved never makes Due earlier
    // (nor the elapsed business time larger, nor changes fulfilment); one that overlaps no open time changes nothing.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Evaluate_APauseNeverMakesTheDueEarlier(ClockCase c)
    {
        if (SlaClockGenerators.WithPause(c.Events, c.Extra) is not { } added)
        {
            return; // no steady unsolved stretch to pause in
        }

        (IReadOnlyList<ModelEvent> paused, Instant from, Instant to) = added;
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(c.Policy);
        SlaClock clock = SlaClockGenerators.BuildClock(c, policy);
        Instant now = c.Now;
        SlaStatus without = clock.Evaluate(c.Events.Select(SlaClockGenerators.ToLibrary).ToArray(), now);
        SlaStatus with = clock.Evaluate(paused.Select(SlaClockGenerators.ToLibrary).ToArray(), now);
        string where = $"Pending [{ClockShow(c, from)}, {ClockShow(c, to)}) added; without: Due {ClockShow(c, without.Due)}, elapsed {without.BusinessElapsed}, fulfilled {without.FulfilledAt}; with: Due {ClockShow(c, with.Due)}, elapsed {with.BusinessElapsed}, fulfilled {with.FulfilledAt}.{SlaClockGenerators.Describe(c, paused, now)}";
        Assert.True(with.Due >= without.Due, "The pause made the due earlier. " + where);
        Assert.True(with.BusinessElapsed <= without.BusinessElapsed, "The pause added elapsed business time. " + where);
        Assert.True(with.FulfilledAt == without.FulfilledAt, "The pause changed fulfilment. " + where);
        if (without.Calendar.BusinessTimeBetween(from, to) == Duration.Zero)
        {
            Assert.True(with.Due == without.Due && with.BusinessElapsed == without.BusinessElapsed, "A pause over no open time changed the due or the elapsed time. " + where);
        }
    }

    // Issue property 4: PercentConsumed is exactly floor(100 · BusinessElapsed / TargetBusinessTime) to six places
    // (scale 6), with Calendar targets off whole ticks and now off whole minutes; Remaining = B − elapsed.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Evaluate_PercentConsumedIsElapsedOverTargetExactly(ClockCase c)
    {
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(c.Policy, calendarNanoseconds: c.Extra % 1_000_003);
        SlaClock clock = SlaClockGenerators.BuildClock(c, policy);
        TicketEvent[] library = c.Events.Select(SlaClockGenerators.ToLibrary).ToArray();
        SlaStatus status = clock.Evaluate(library, c.Now + Duration.FromTicks(c.Extra % NodaConstants.TicksPerMinute));
        ClockCheckPercent(c, status);
        ClockCheckPercent(c, clock.Evaluate(library, status.Due)); // where a zero budget jumps from 0 to 100
    }

    // The oracle itself on hand-worked cases (24x7 UTC, P1 Business 1 h, P2 Business 4 h), then the library on the same.
    [Fact]
    public void Model_Evaluate_ReproducesHandWorkedCases()
    {
        Instant t = Instant.FromUtc(2025, 3, 3, 9, 0);
        Instant At(int hour, int minute) => t + Duration.FromMinutes(((hour - 9) * 60) + minute);
        ModelEvent Status(int hour, int minute, string status) => new(ModelEventKind.StatusChanged, At(hour, minute), null, status);

        // P2 created 09:00, Pending 10:00–12:00: 60 min run before the pause; at 11:00 the pause is projected to end
        // at now (due 14:00); from 12:00 on the due is 15:00; warnings at 50 % (120 min) and 75 % (180 min).
        ModelEvent[] paused = [new(ModelEventKind.Created, t, "P2", "New"), Status(10, 0, "Pending"), Status(12, 0, "Open")];
        (ModelStatus model, SlaStatus library, SlaWarning[] warnings) = ClockHandWithWarnings(paused, ModelMetric.FirstResponse, At(11, 0), [50m, 75m]);
        Assert.Equal((At(14, 0), true, 60L, 25m, At(12, 0)), (model.Due, model.IsPaused, model.ElapsedMinutes, model.PercentConsumed, model.Warnings[0].At));
        Assert.Equal((model.Due, model.IsPaused, model.BusinessElapsed, model.PercentConsumed, model.Warnings[0].At), (library.Due, library.IsPaused, library.BusinessElapsed, library.PercentConsumed, warnings[0].At));
        (model, library, warnings) = ClockHandWithWarnings(paused, ModelMetric.FirstResponse, At(15, 0), [50m, 75m]);
        Assert.Equal((At(15, 0), At(15, 0), At(13, 0), At(14, 0), 2), (model.Due, model.BreachedAt, model.Warnings[0].At, model.Warnings[1].At, model.WarningsFired));
        Assert.Equal((model.Due, model.BreachedAt, model.Warnings[0].At, model.Warnings[1].At, model.WarningsFired), (library.Due, library.BreachedAt, warnings[0].At, warnings[1].At, library.WarningsFired));

        // P2 created 09:00, raised to P1 at 11:00 (Carry: P1's 1 h from creation, due 10:00, breached at the change).
        ModelEvent[] raised = [new(ModelEventKind.Created, t, "P2", "New"), new(ModelEventKind.PriorityChanged, At(11, 0), "P1", null)];
        (model, library) = ClockHand(raised, ModelMetric.Resolution, At(11, 30));
        Assert.Equal(("P1", At(10, 0), At(11, 0)), (model.Priority, model.Due, model.BreachedAt));
        Assert.Equal((model.Priority, model.Due, model.BreachedAt), (library.Priority.Name, library.Due, library.BreachedAt));

        // P1 created 09:00, lowered to P2 at 10:30: the P1 segment was due at 10:00, so the breach stays (at 10:00).
        ModelEvent[] lowered = [new(ModelEventKind.Created, t, "P1", "New"), new(ModelEventKind.PriorityChanged, At(10, 30), "P2", null)];
        (model, library) = ClockHand(lowered, ModelMetric.Resolution, At(11, 0));
        Assert.Equal(("P2", At(13, 0), At(10, 0)), (model.Priority, model.Due, model.BreachedAt));
        Assert.Equal((model.Priority, model.Due, model.BreachedAt), (library.Priority.Name, library.Due, library.BreachedAt));

        // Solved 09:30, reopened 10:00, solved 10:10, closed 10:20: Resolution fulfilled at 10:10 after 40 min (met).
        ModelEvent[] resolved =
        [
            new(ModelEventKind.Created, t, "P1", "New"),
            new(ModelEventKind.Solved, At(9, 30), null, "Solved"),
            new(ModelEventKind.Reopened, At(10, 0), null, "Open"),
            new(ModelEventKind.Solved, At(10, 10), null, "Solved"),
            Status(10, 20, "Closed"),
        ];
        (model, library) = ClockHand(resolved, ModelMetric.Resolution, At(12, 0));
        Assert.Equal((At(10, 10), 40L, At(10, 30), true), (model.FulfilledAt, model.ElapsedMinutes, model.Due, model.IsMet));
        Assert.Equal((model.FulfilledAt, model.BusinessElapsed, model.Due, model.IsMet), (library.FulfilledAt, library.BusinessElapsed, library.Due, library.IsMet));
    }

    // Settled: events at one instant apply in span order (README, ticket clocks table), so a zero-length state between
    // two events at the same instant is a real transition. The random histories avoid such instants (the model reads
    // the status per instant); these hand-worked cases pin the library's reading. Policy: P1 Business 1 h, P2 Business
    // 4 h, on a 24x7 UTC calendar, Carry.
    [Fact]
    public void Evaluate_UnsolvedAndSolvedAgainAtOneInstant_FulfilledAtTheLastSolve()
    {
        // Solved 10:00; at 11:00 Pending then Solved again, in that order: the ticket became solved again at 11:00, so
        // Resolution is fulfilled at 11:00. The clock ran 09:00–10:00 only (then solved, then a zero-length Pending):
        // 1 h, all of P1's budget, used up at 10:00, which is the due; the final fulfilment at 11:00 comes after it, so
        // the ticket breached at 10:00 (the earlier solve was undone by the reopen).
        Instant t = Instant.FromUtc(2025, 3, 3, 9, 0);
        ModelEvent[] events =
        [
            new(ModelEventKind.Created, t, "P1", "New"),
            new(ModelEventKind.Solved, t + Duration.FromHours(1), null, "Solved"),
            new(ModelEventKind.StatusChanged, t + Duration.FromHours(2), null, "Pending"),
            new(ModelEventKind.Solved, t + Duration.FromHours(2), null, "Solved"),
        ];
        (_, SlaStatus library) = ClockHand(events, ModelMetric.Resolution, t + Duration.FromHours(3));
        Assert.Equal(t + Duration.FromHours(2), library.FulfilledAt);
        Assert.Equal(Duration.FromHours(1), library.BusinessElapsed);
        Assert.Equal(t + Duration.FromHours(1), library.Due);
        Assert.Equal(t + Duration.FromHours(1), library.BreachedAt);
    }

    [Fact]
    public void Evaluate_SolvedAndReopenedAtOneInstant_FulfilsFirstResponse()
    {
        // Solved then Reopened at 10:00: in span order the ticket became solved at 10:00, which fulfils FirstResponse
        // (the first response or the first solve); P1's 1 h from 09:00 is due 10:00, and fulfilment at the due is on time.
        Instant t = Instant.FromUtc(2025, 3, 3, 9, 0);
        ModelEvent[] events =
        [
            new(ModelEventKind.Created, t, "P1", "New"),
            new(ModelEventKind.Solved, t + Duration.FromHours(1), null, "Solved"),
            new(ModelEventKind.Reopened, t + Duration.FromHours(1), null, "Open"),
        ];
        (_, SlaStatus library) = ClockHand(events, ModelMetric.FirstResponse, t + Duration.FromHours(3));
        Assert.Equal(t + Duration.FromHours(1), library.FulfilledAt);
        Assert.True(library.IsMet);
        Assert.False(library.IsPaused);
    }

    [Fact]
    public void Evaluate_PriorityChangeListedAfterTheResponse_IsIgnored()
    {
        // Responded 09:30, then (same instant, later in the span) P2: events after the fulfilling one do not count, so
        // the status is P1's: due 10:00, fulfilled 09:30, met, 30 min of 1 h = 50 %.
        Instant t = Instant.FromUtc(2025, 3, 3, 9, 0);
        ModelEvent[] events =
        [
            new(ModelEventKind.Created, t, "P1", "New"),
            new(ModelEventKind.Responded, t + Duration.FromMinutes(30), null, null),
            new(ModelEventKind.PriorityChanged, t + Duration.FromMinutes(30), "P2", null),
        ];
        (_, SlaStatus library) = ClockHand(events, ModelMetric.FirstResponse, t + Duration.FromHours(2));
        Assert.Equal("P1", library.Priority.Name);
        Assert.Equal(t + Duration.FromHours(1), library.Due);
        Assert.True(library.IsMet);
        Assert.Equal(50m, library.PercentConsumed);
    }

    [Fact]
    public void Model_WarningAtTheFulfilmentInstant_IsPreempted()
    {
        // 50 % of P1's 1 h is 30 min: 09:30, the instant of the response. Fulfilment preempts the warning, as it preempts
        // a breach at the due: no instant, not fired — in the model and the library alike.
        Instant t = Instant.FromUtc(2025, 3, 3, 9, 0);
        ModelEvent[] events =
        [
            new(ModelEventKind.Created, t, "P1", "New"),
            new(ModelEventKind.Responded, t + Duration.FromMinutes(30), null, null),
        ];
        (ModelStatus model, SlaStatus library, SlaWarning[] warnings) = ClockHandWithWarnings(events, ModelMetric.FirstResponse, t + Duration.FromHours(2), [50m]);
        Assert.Null(model.Warnings[0].At);
        Assert.Null(warnings[0].At);
        Assert.False(warnings[0].HasFired);
        Assert.Equal(0, library.WarningsFired);
        Assert.Equal(model.WarningsFired, library.WarningsFired);
    }

    // Priorities P1 (Business 1 h) and P2 (Business 4 h) for both metrics on a 24x7 UTC calendar, Carry.
    private static (ModelStatus Model, SlaStatus Library) ClockHand(ModelEvent[] events, ModelMetric metric, Instant now)
    {
        (ModelStatus model, SlaStatus library, _) = ClockHandWithWarnings(events, metric, now, []);
        return (model, library);
    }

    private static (ModelStatus Model, SlaStatus Library, SlaWarning[] Warnings) ClockHandWithWarnings(ModelEvent[] events, ModelMetric metric, Instant now, decimal[] thresholds)
    {
        ModelTarget p1 = new(ModelTargetKind.Business, 60, LocalTime.Midnight, null);
        ModelTarget p2 = new(ModelTargetKind.Business, 4 * 60, LocalTime.Midnight, null);
        var policy = new ModelPolicy(SlaClockModel.AlwaysOpen("UTC"), ["P1", "P2"], [p1, p2], [p1, p2]);
        var c = new ClockCase(policy, metric, false, thresholds, events[0].At, "New", 0, [], 0, 0, 0);
        ModelStatus model = SlaClockGenerators.BuildModel(c).Evaluate(events, now);
        var warnings = new SlaWarning[thresholds.Length];
        SlaStatus library = SlaClockGenerators.BuildClock(c, SlaClockGenerators.BuildPolicy(policy))
            .Evaluate(events.Select(SlaClockGenerators.ToLibrary).ToArray(), now, warnings);
        return (model, library, warnings);
    }

    private static void ClockCheckPercent(ClockCase c, SlaStatus status)
    {
        Duration budget = status.TargetBusinessTime;
        Duration elapsed = status.BusinessElapsed;
        decimal expected = budget > Duration.Zero
            ? (decimal)BigInteger.Divide(elapsed.ToBigIntegerNanoseconds() * 100 * 1_000_000, budget.ToBigIntegerNanoseconds()) / 1_000_000m
            : status.End >= status.Due ? 100m : 0m;
        string where = $"At {ClockShow(c, status.EvaluatedAt)}: B {budget}, elapsed {elapsed}, End {ClockShow(c, status.End)}, Due {ClockShow(c, status.Due)}; percent {status.PercentConsumed.ToString(CultureInfo.InvariantCulture)}, expected {expected.ToString(CultureInfo.InvariantCulture)}.{SlaClockGenerators.Describe(c, c.Events, status.EvaluatedAt)}";
        Assert.True(elapsed >= Duration.Zero, "Negative elapsed time. " + where);
        Assert.True(status.PercentConsumed == expected, "PercentConsumed is not floor(100 · elapsed / B). " + where);
        Assert.True(((decimal.GetBits(status.PercentConsumed)[3] >> 16) & 0xFF) == 6, "PercentConsumed does not have scale 6. " + where);
        Assert.True(status.Remaining == budget - elapsed, $"Remaining {status.Remaining} is not B − elapsed. " + where);
        Assert.True(status.ActualElapsed == status.End - status.Start, $"ActualElapsed {status.ActualElapsed} is not End − Start. " + where);
    }

    private static void ClockModelCheck(ClockCase c, SlaClock clock, TicketEvent[] library, Instant now, ModelStatus expected)
    {
        var warnings = new SlaWarning[c.Thresholds.Count];
        SlaStatus actual = clock.Evaluate(library, now, warnings);
        var differences = new List<string>();
        void Check<T>(string name, T model, T lib)
        {
            if (!EqualityComparer<T>.Default.Equals(model, lib))
            {
                differences.Add($"{name}: model {ClockShowValue(c, model)}, library {ClockShowValue(c, lib)}");
            }
        }

        int priority = c.Policy.IndexOf(expected.Priority);
        Check("Priority", expected.Priority, actual.Priority.Name);
        Check("Priority.Index", priority, actual.Priority.Index);
        Check("Target", SlaClockGenerators.ToLibrary(c.Policy.TargetOf(priority, c.Metric)), actual.Target);
        Check("Metric", SlaClockGenerators.ToLibrary(c.Metric), actual.Metric);
        Check("EvaluatedAt", now, actual.EvaluatedAt);
        Check("Start", expected.Start, actual.Start);
        Check("End", expected.End, actual.End);
        Check("Due", expected.Due, actual.Due);
        Check("TargetBusinessTime", expected.TargetBusinessTime, actual.TargetBusinessTime);
        Check("BusinessElapsed", expected.BusinessElapsed, actual.BusinessElapsed);
        Check("ActualElapsed", expected.ActualElapsed, actual.ActualElapsed);
        Check("Remaining", expected.Remaining, actual.Remaining);
        Check("IsPaused", expected.IsPaused, actual.IsPaused);
        Check("IsFulfilled", expected.IsFulfilled, actual.IsFulfilled);
        Check("FulfilledAt", expected.FulfilledAt, actual.FulfilledAt);
        Check("IsBreached", expected.IsBreached, actual.IsBreached);
        Check("BreachedAt", expected.BreachedAt, actual.BreachedAt);
        Check("IsMet", expected.IsMet, actual.IsMet);
        Check("PercentConsumed", expected.PercentConsumed, actual.PercentConsumed);
        // A warning whose instant is exactly FulfilledAt is the disagreement of Model_WarningAtTheFulfilmentInstant_Fires,
        // reported to the lead; it is left out here (and the counts with it) so that the property keeps finding others.
        bool atFulfilment = ClockKnownWarningAtFulfilment && expected.Warnings.Any(w => w.At is not null && w.At == expected.FulfilledAt);
        if (!atFulfilment)
        {
            Check("WarningsFired", expected.WarningsFired, actual.WarningsFired);
            Check("NextWarningAt", expected.NextWarningAt, actual.NextWarningAt);
        }

        for (int i = 0; i < warnings.Length; i++)
        {
            Check($"Warnings[{i}].Percent", expected.Warnings[i].Percent, warnings[i].Percent);
            if (!ClockKnownWarningAtFulfilment || expected.Warnings[i].At is null || expected.Warnings[i].At != expected.FulfilledAt)
            {
                Check($"Warnings[{i}].At", expected.Warnings[i].At, warnings[i].At);
                Check($"Warnings[{i}].HasFired", expected.Warnings[i].HasFired, warnings[i].HasFired);
            }
        }

        Assert.True(
            differences.Count == 0,
            $"Library and model differ at {ClockShow(c, now)} (model: N {ClockShow(c, expected.Nominal)}, B {expected.BudgetMinutes} min, elapsed {expected.ElapsedMinutes} min):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", differences)}{SlaClockGenerators.Describe(c, c.Events, now)}");
    }

    private static string ClockShow(ClockCase c, Instant instant) => BusinessCalendarGenerators.Describe(instant, c.Policy.Calendar.Zone);

    private static string ClockShowValue<T>(ClockCase c, T value) => value switch
    {
        null => "null",
        Instant instant => ClockShow(c, instant),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
