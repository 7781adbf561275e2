using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;

namespace SlaEngine.Tests.TestSupport;

/// <summary>One raw step of a ticket's history; <see cref="SlaClockGenerators.BuildEvents"/> turns the steps into valid events.</summary>
/// <param name="GapMinutes">Minutes after the previous event (0: the same instant).</param>
/// <param name="KindRoll">Chooses the kind of event.</param>
/// <param name="ValueRoll">Chooses the status or priority.</param>
public sealed record ClockStep(int GapMinutes, int KindRoll, int ValueRoll);

/// <summary>
/// A random policy (random calendar, one to three priorities, a random target of each of the five kinds per priority
/// and metric, some on their own 24x7 calendar), clock options, a valid whole-minute ticket history and a now, for
/// <c>SlaClock</c> against <see cref="SlaClockModel"/>.
/// </summary>
/// <param name="Policy">The policy as raw data.</param>
/// <param name="Metric">The metric measured.</param>
/// <param name="Restart">Restart (rather than Carry) on a priority change.</param>
/// <param name="Thresholds">The warning thresholds, ascending.</param>
/// <param name="Created">The creation instant, a whole minute in 2024–2028.</param>
/// <param name="CreatedStatus">The status at creation.</param>
/// <param name="CreatedPriority">The priority index at creation.</param>
/// <param name="Steps">The raw steps of the history.</param>
/// <param name="NowKind">How now is chosen.</param>
/// <param name="NowValue">A non-negative number that places now.</param>
/// <param name="Extra">A non-negative number for the properties' own choices (pause placement, sub-minute jitter).</param>
public sealed record ClockCase(
    ModelPolicy Policy,
    ModelMetric Metric,
    bool Restart,
    IReadOnlyList<decimal> Thresholds,
    Instant Created,
    string CreatedStatus,
    int CreatedPriority,
    IReadOnlyList<ClockStep> Steps,
    int NowKind,
    int NowValue,
    int Extra)
{
    /// <summary>Gets the events (valid, whole minutes, first Created); built afresh each time (a cache would survive <c>with</c>).</summary>
    public IReadOnlyList<ModelEvent> Events => SlaClockGenerators.BuildEvents(this);

    /// <summary>Gets now: at an event, a little or a lot after the last event, or between creation and the last event.</summary>
    public Instant Now
    {
        get
        {
            IReadOnlyList<ModelEvent> events = Events;
            Instant last = events[^1].At;
            long span = (long)(last - Created).TotalMinutes;
            long minutes = NowKind switch
            {
                0 => (long)(events[NowValue % events.Count].At - Created).TotalMinutes,
                1 => span + (NowValue % (2 * 24 * 60)),
                2 => NowValue % (span + 1),
                _ => span + (NowValue % (10 * 24 * 60)),
            };
            return Created + Duration.FromMinutes(minutes);
        }
    }

    /// <summary>The case as the C# that reproduces it (with local times as comments).</summary>
    public override string ToString() => SlaClockGenerators.Describe(this, Events, Now);
}

/// <summary>A random calendar and start with targets of every kind in pairs (smaller, larger) for the DueAt properties.</summary>
/// <param name="Calendar">The policy calendar.</param>
/// <param name="Start">A whole-minute start in 2024–2028.</param>
/// <param name="SubMinuteNanoseconds">Nanoseconds (whole ticks, under a minute) for the library-only properties.</param>
/// <param name="Minutes">Two minute amounts, ascending.</param>
/// <param name="Days">A day count 1–5 (BusinessDays uses it, EndOfBusinessDay uses it − 1).</param>
/// <param name="MoreDays">How many more days the larger day targets have (1–3).</param>
/// <param name="Times">Two whole-minute times of day, ascending.</param>
/// <param name="OwnZone">The zone of the targets' own 24x7 calendar, or <see langword="null"/> for the policy calendar.</param>
/// <param name="QueryZone">The zone of the ZonedDateTime overload's start.</param>
public sealed record DueCase(
    CalendarDefinition Calendar,
    Instant Start,
    long SubMinuteNanoseconds,
    (int Small, int Large) Minutes,
    int Days,
    int MoreDays,
    (LocalTime Early, LocalTime Late) Times,
    string? OwnZone,
    string QueryZone)
{
    /// <summary>Gets the targets' own calendar, if any.</summary>
    public CalendarDefinition? OwnCalendar => OwnZone is null ? null : SlaClockModel.AlwaysOpen(OwnZone);

    /// <summary>The case, with the C# that builds the calendar.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Calendar};{Environment.NewLine}  start {BusinessCalendarGenerators.Describe(Start, Calendar.Zone)} (+{SubMinuteNanoseconds} ns for library-only checks), minutes {Minutes.Small}/{Minutes.Large}, days {Days} (+{MoreDays}), times {Times.Early:HH:mm}/{Times.Late:HH:mm}, own 24x7 calendar {OwnZone ?? "none"}, query zone {QueryZone}");
}

/// <summary>
/// FsCheck generators for the <c>SlaEngine.Policies</c> properties, built on <see cref="BusinessCalendarGenerators"/>'
/// random calendars (kept to starts in 2024–2028), and the adapters from the raw model data to the library's types.
/// </summary>
/// <remarks>
/// The histories are valid by construction: one Created first, times non-decreasing whole minutes, Reopened only
/// while solved, priority changes only to a different priority and at most one per instant (after creation), no two
/// status events at one instant that make a zero-length solved or unsolved state, and no priority change listed after
/// a response or solve at the same instant (see <see cref="BuildEvents"/>).
/// </remarks>
public static class SlaClockGenerators
{
    /// <summary>The statuses the histories use: the clock's defaults (in several cases) and two that run.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        ["New", "Open", "Pending", "On-hold", "Solved", "Closed", "In progress", "pending", "ON-HOLD", "closed", "Waiting"];

    /// <summary>The statuses that run the clock (no pause, not solved).</summary>
    public static readonly IReadOnlyList<string> RunningStatuses = ["New", "Open", "In progress", "Waiting"];

    private static readonly Instant s_first = Instant.FromUtc(2024, 1, 10, 0, 0);
    private static readonly Instant s_last = Instant.FromUtc(2028, 10, 1, 0, 0);
    private static readonly Dictionary<string, Instant[]> s_transitions = BusinessCalendarGenerators.ZoneIds.ToDictionary(id => id, id => BusinessCalendarGenerators.Transitions(id, s_first, s_last));
    private static readonly string[] s_pause = ["Pending", "On-hold"];
    private static readonly string[] s_solved = ["Solved", "Closed"];

    /// <summary>Clock cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<ClockCase> ClockCases() => Arb.From(ClockCaseGen(), ShrinkClockCase);

    /// <summary>DueAt cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<DueCase> DueCases() => Arb.From(DueCaseGen());

    /// <summary>Whether a status pauses the clock (the default pause statuses, case-insensitive).</summary>
    public static bool IsPause(string status) => s_pause.Contains(status, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a status is solved (the default solved statuses, case-insensitive).</summary>
    public static bool IsSolved(string status) => s_solved.Contains(status, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The valid history of a case: Created, then one event per step. A step's kind roll (mod 100) gives a status
    /// change (0–29), a priority change (30–49; a response when there is one priority, or already a change at
    /// that instant), a response (50–59), a solve (60–74), or a reopen (75–99; a status change when not solved).
    /// A status event that would undo, at the same instant, a change of the solved state (a zero-length solved or
    /// unsolved state) is moved one minute later, and so is a priority change that would follow a response or a
    /// solving status at the same instant.
    /// </summary>
    public static IReadOnlyList<ModelEvent> BuildEvents(ClockCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        int count = c.Policy.Priorities.Count;
        var events = new List<ModelEvent> { new(ModelEventKind.Created, c.Created, c.Policy.Priorities[c.CreatedPriority], c.CreatedStatus) };
        Instant t = c.Created;
        string status = c.CreatedStatus;
        Instant? flippedAt = null; // when the solved flag last changed
        Instant? fulfillingAt = null; // the last Responded or solving status event
        int priority = c.CreatedPriority;
        Instant lastPriorityChange = c.Created;
        foreach (ClockStep step in c.Steps)
        {
            t += Duration.FromMinutes(step.GapMinutes);
            int roll = step.KindRoll % 100;
            ModelEvent e;
            if (roll < 30 || (roll >= 75 && !IsSolved(status)))
            {
                e = new ModelEvent(ModelEventKind.StatusChanged, t, null, Statuses[step.ValueRoll % Statuses.Count]);
            }
            else if (roll < 50 && count > 1 && t > lastPriorityChange)
            {
                if (fulfillingAt == t)
                {
                    // A change listed after a response or solve at the same instant: the spec counts it (it is at
                    // End, not after), the library does not (see SlaClockTests.Model_PriorityChangeAtTheFulfilment*).
                    t += Duration.FromMinutes(1);
                }

                priority = (priority + 1 + (step.ValueRoll % (count - 1))) % count;
                lastPriorityChange = t;
                e = new ModelEvent(ModelEventKind.PriorityChanged, t, c.Policy.Priorities[priority], null);
            }
            else if (roll < 60)
            {
                e = new ModelEvent(ModelEventKind.Responded, t, null, null);
            }
            else if (roll < 75)
            {
                e = new ModelEvent(ModelEventKind.Solved, t, null, "Solved");
            }
            else
            {
                e = new ModelEvent(ModelEventKind.Reopened, t, null, "Open");
            }

            if (e.Status is { } next)
            {
                if (IsSolved(next) != IsSolved(status))
                {
                    if (flippedAt == t)
                    {
                        // Undoing a solve (or an unsolve) made at this very instant would make a zero-length solved
                        // (or unsolved) state, which the spec's per-instant status and the event order read
                        // differently (see SlaClockTests.Model_ZeroLength*); keep the first state a minute instead.
                        t += Duration.FromMinutes(1);
                        e = e with { At = t };
                    }

                    flippedAt = t;
                }

                status = next;
            }

            if (e.Kind == ModelEventKind.Responded || (e.Status is { } solving && IsSolved(solving)))
            {
                fulfillingAt = e.At;
            }

            events.Add(e);
        }

        return events;
    }

    /// <summary>The events of a case with the pauses and solves (and priority changes) taken out: running statuses and responses only, ending solved when <paramref name="endSolved"/>.</summary>
    public static IReadOnlyList<ModelEvent> WithoutPauses(ClockCase c, bool endSolved)
    {
        ArgumentNullException.ThrowIfNull(c);
        string createdStatus = IsPause(c.CreatedStatus) || IsSolved(c.CreatedStatus) ? "Open" : c.CreatedStatus;
        var events = new List<ModelEvent> { new(ModelEventKind.Created, c.Created, c.Policy.Priorities[c.CreatedPriority], createdStatus) };
        Instant t = c.Created;
        foreach (ClockStep step in c.Steps)
        {
            t += Duration.FromMinutes(step.GapMinutes);
            events.Add(step.KindRoll % 100 < 50
                ? new ModelEvent(ModelEventKind.StatusChanged, t, null, RunningStatuses[step.ValueRoll % RunningStatuses.Count])
                : new ModelEvent(ModelEventKind.Responded, t, null, null));
        }

        if (endSolved)
        {
            events.Add(new ModelEvent(ModelEventKind.Solved, t + Duration.FromMinutes(c.Extra % 600), null, "Solved"));
        }

        return events;
    }

    /// <summary>
    /// The events with a Pending interval [a, b) added inside a stretch where the status does not change and is
    /// not solved: Pending at a (after the events at a) and the stretch's status again at b (before the events at
    /// b). Null when there is no such stretch.
    /// </summary>
    public static (IReadOnlyList<ModelEvent> Events, Instant From, Instant To)? WithPause(IReadOnlyList<ModelEvent> events, int roll)
    {
        ArgumentNullException.ThrowIfNull(events);

        // The status after all the status events at each distinct instant.
        var stretches = new List<(Instant At, string Status)>();
        foreach (ModelEvent e in events)
        {
            if (e.Status is { } status)
            {
                if (stretches.Count > 0 && stretches[^1].At == e.At)
                {
                    stretches[^1] = (e.At, status);
                }
                else
                {
                    stretches.Add((e.At, status));
                }
            }
        }

        var candidates = new List<(Instant From, Instant To, string Status)>();
        for (int i = 0; i < stretches.Count; i++)
        {
            Instant to = i + 1 < stretches.Count ? stretches[i + 1].At : stretches[i].At + Duration.FromDays(3);
            if (!IsSolved(stretches[i].Status))
            {
                candidates.Add((stretches[i].At, to, stretches[i].Status));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        (Instant stretchFrom, Instant stretchTo, string restore) = candidates[roll % candidates.Count];
        long length = (long)(stretchTo - stretchFrom).TotalMinutes;
        long r = roll / candidates.Count;
        Instant a = stretchFrom + Duration.FromMinutes(r % length);
        Instant b = a + Duration.FromMinutes(1 + ((r / length) % (long)(stretchTo - a).TotalMinutes));
        var result = events.ToList();
        result.Insert(result.FindLastIndex(e => e.At <= a) + 1, new ModelEvent(ModelEventKind.StatusChanged, a, null, "Pending"));
        result.Insert(result.FindLastIndex(e => e.At < b) + 1, new ModelEvent(ModelEventKind.StatusChanged, b, null, restore));
        return (result, a, b);
    }

    /// <summary>The library's target.</summary>
    /// <param name="target">The raw target.</param>
    /// <param name="extraNanoseconds">Nanoseconds added to a Calendar or Business duration (library-only checks).</param>
    public static SlaTarget ToLibrary(ModelTarget target, long extraNanoseconds = 0)
    {
        ArgumentNullException.ThrowIfNull(target);
        Duration duration = Duration.FromMinutes(target.Amount) + Duration.FromNanoseconds(extraNanoseconds);
        return target.Kind switch
        {
            ModelTargetKind.Calendar => SlaTarget.Calendar(duration),
            ModelTargetKind.Business => SlaTarget.Business(duration),
            ModelTargetKind.BusinessDays => SlaTarget.BusinessDays(target.Amount),
            ModelTargetKind.EndOfBusinessDay => SlaTarget.EndOfBusinessDay(target.Amount),
            ModelTargetKind.NextBusinessDayAt => SlaTarget.NextBusinessDayAt(target.TimeOfDay),
            _ => throw new InvalidOperationException($"Unknown target {target}."),
        };
    }

    /// <summary>The library's metric.</summary>
    public static SlaMetric ToLibrary(ModelMetric metric) => metric == ModelMetric.FirstResponse ? SlaMetric.FirstResponse : SlaMetric.Resolution;

    /// <summary>The library's event.</summary>
    public static TicketEvent ToLibrary(ModelEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind switch
        {
            ModelEventKind.Created => TicketEvent.Created(e.At, e.Priority!, e.Status!),
            ModelEventKind.StatusChanged => TicketEvent.StatusChanged(e.At, e.Status!),
            ModelEventKind.PriorityChanged => TicketEvent.PriorityChanged(e.At, e.Priority!),
            ModelEventKind.Responded => TicketEvent.Responded(e.At),
            ModelEventKind.Solved => TicketEvent.Solved(e.At),
            ModelEventKind.Reopened => TicketEvent.Reopened(e.At),
            _ => throw new InvalidOperationException($"Unknown event {e}."),
        };
    }

    /// <summary>The library's policy: the calendar, the priorities and every target (own calendars built from their definitions).</summary>
    /// <param name="policy">The raw policy.</param>
    /// <param name="calendarNanoseconds">Nanoseconds added to every Calendar target (library-only checks).</param>
    public static SlaPolicy BuildPolicy(ModelPolicy policy, long calendarNanoseconds = 0)
    {
        ArgumentNullException.ThrowIfNull(policy);
        SlaPolicy result = SlaPolicy.Create("Model", BusinessCalendarGenerators.Build(policy.Calendar), [.. policy.Priorities]);
        var own = new Dictionary<CalendarDefinition, BusinessCalendar>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < policy.Priorities.Count; i++)
        {
            foreach (ModelMetric metric in new[] { ModelMetric.FirstResponse, ModelMetric.Resolution })
            {
                ModelTarget target = policy.TargetOf(i, metric);
                SlaTarget library = ToLibrary(target, target.Kind == ModelTargetKind.Calendar ? calendarNanoseconds : 0);
                if (target.OwnCalendar is { } definition && target.Kind != ModelTargetKind.Calendar)
                {
                    if (!own.TryGetValue(definition, out BusinessCalendar? calendar))
                    {
                        own[definition] = calendar = BusinessCalendarGenerators.Build(definition);
                    }

                    result = result.WithTarget(policy.Priorities[i], ToLibrary(metric), library, calendar);
                }
                else
                {
                    result = result.WithTarget(policy.Priorities[i], ToLibrary(metric), library);
                }
            }
        }

        return result;
    }

    /// <summary>The library's clock for a case.</summary>
    public static SlaClock BuildClock(ClockCase c, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new SlaClock(policy, ToLibrary(c.Metric), new SlaClockOptions
        {
            PriorityChange = c.Restart ? PriorityChangeMode.Restart : PriorityChangeMode.Carry,
            WarningThresholds = c.Thresholds.ToArray(),
        });
    }

    /// <summary>The model for a case.</summary>
    public static SlaClockModel BuildModel(ClockCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new SlaClockModel(c.Policy, c.Metric, c.Restart, c.Thresholds);
    }

    /// <summary>A case (with given events and now) as the C# that reproduces it, with local times as comments.</summary>
    public static string Describe(ClockCase c, IReadOnlyList<ModelEvent> events, Instant now)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(events);
        DateTimeZone zone = c.Policy.Calendar.Zone;
        string metric = "SlaMetric." + ToLibrary(c.Metric);
        var text = new StringBuilder();
        text.AppendLine().Append("var calendar = ").Append(c.Policy.Calendar).AppendLine(";");
        text.Append("var policy = SlaPolicy.Create(\"Model\", calendar, ").AppendJoin(", ", c.Policy.Priorities.Select(p => $"\"{p}\"")).Append(')');
        for (int i = 0; i < c.Policy.Priorities.Count; i++)
        {
            ModelTarget target = c.Policy.TargetOf(i, c.Metric);
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"    .WithTarget(\"{c.Policy.Priorities[i]}\", {metric}, {target}");
            if (target.OwnCalendar is { } own)
            {
                text.Append(", ").Append(own);
            }

            text.Append(')');
        }

        text.AppendLine(";");
        text.Append(CultureInfo.InvariantCulture, $"var clock = new SlaClock(policy, {metric}, new SlaClockOptions {{ PriorityChange = PriorityChangeMode.{(c.Restart ? "Restart" : "Carry")}, WarningThresholds = [{string.Join(", ", c.Thresholds.Select(t => t.ToString(CultureInfo.InvariantCulture) + "m"))}] }});");
        text.AppendLine().AppendLine("TicketEvent[] events =").AppendLine("[");
        foreach (ModelEvent e in events)
        {
            string at = Code(e.At);
            string call = e.Kind switch
            {
                ModelEventKind.Created => $"TicketEvent.Created({at}, \"{e.Priority}\", \"{e.Status}\")",
                ModelEventKind.StatusChanged => $"TicketEvent.StatusChanged({at}, \"{e.Status}\")",
                ModelEventKind.PriorityChanged => $"TicketEvent.PriorityChanged({at}, \"{e.Priority}\")",
                _ => $"TicketEvent.{e.Kind}({at})",
            };
            text.Append("    ").Append(call).Append(", // ").AppendLine(Local(e.At, zone));
        }

        text.AppendLine("];");
        text.Append("SlaStatus status = clock.Evaluate(events, ").Append(Code(now)).Append("); // ").Append(Local(now, zone));
        return text.ToString();
    }

    /// <summary>An instant as C#.</summary>
    public static string Code(Instant instant)
    {
        LocalDateTime utc = instant.InUtc().LocalDateTime;
        string code = string.Create(CultureInfo.InvariantCulture, $"Instant.FromUtc({utc.Year}, {utc.Month}, {utc.Day}, {utc.Hour}, {utc.Minute})");
        Duration rest = instant - Instant.FromUtc(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute);
        return rest == Duration.Zero ? code : string.Create(CultureInfo.InvariantCulture, $"{code} + Duration.FromNanoseconds({rest.ToInt64Nanoseconds()})");
    }

    /// <summary>An instant in a zone, for comments.</summary>
    public static string Local(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ZonedDateTime local = instant.InZone(zone);
        return $"{OffsetDateTimePattern.ExtendedIso.Format(local.ToOffsetDateTime())} {local.DayOfWeek}";
    }

    // The random calendars of BusinessCalendarGenerators around anchors in 2024–2028 (uniform, or near one of the
    // zone's offset transitions), with its start instants (the anchor, or an opening, closing or midnight nearby).
    // Its Definitions and Starts generators are private, so they are called by reflection: filtering its public
    // Cases() (anchors in 1995–2035) down to 2024–2028 threw away nine cases in ten and cost more than the tests.
    private static Gen<(CalendarDefinition Calendar, Instant Start)> Bases() =>
        from zoneId in Gen.Elements(BusinessCalendarGenerators.ZoneIds.ToArray())
        from anchor in Anchors(zoneId)
        from calendar in BusinessCalendarGenerators.Definitions(zoneId, anchor)
        from start in BusinessCalendarGenerators.Starts(calendar, anchor)
        select (calendar, start);

    private static Gen<Instant> Anchors(string zoneId)
    {
        int totalMinutes = (int)(s_last - s_first).TotalMinutes;
        Gen<Instant> uniform = Gen.Choose(0, totalMinutes).Select(m => s_first + Duration.FromMinutes(m));
        Instant[] transitions = s_transitions[zoneId];
        if (transitions.Length == 0)
        {
            return uniform;
        }

        Gen<int> near = Gen.Frequency((2, Gen.Elements(0, 0, -1, 1)), (1, Gen.Choose(-180, 180)), (3, Gen.Choose(-3 * 24 * 60, 3 * 24 * 60)));
        return Gen.Frequency((1, uniform), (1, from t in Gen.Elements(transitions) from m in near select t + Duration.FromMinutes(m)));
    }

    private static Gen<ClockCase> ClockCaseGen() =>
        from b in Bases()
        from priorityCount in Gen.Frequency((2, Gen.Constant(1)), (4, Gen.Constant(2)), (3, Gen.Constant(3)))
        from firstResponse in Gen.ArrayOf(Targets(b.Calendar), priorityCount)
        from resolution in Gen.ArrayOf(Targets(b.Calendar), priorityCount)
        from metric in Gen.Elements(ModelMetric.FirstResponse, ModelMetric.Resolution)
        from restart in Gen.Elements(false, true)
        from thresholds in Thresholds()
        from createdStatus in Gen.Frequency(
            (8, Gen.Constant("New")), (3, Gen.Constant("Open")), (2, Gen.Constant("Pending")), (1, Gen.Constant("On-hold")), (1, Gen.Constant("Waiting")))
        from createdPriority in Gen.Choose(0, priorityCount - 1)
        from stepCount in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 4)), (4, Gen.Choose(5, 10)), (1, Gen.Choose(11, 16)))
        from steps in Gen.ArrayOf(Steps(), stepCount)
        from nowKind in Gen.Frequency((3, Gen.Constant(0)), (4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from nowValue in Gen.Choose(0, 1_000_000_000)
        from extra in Gen.Choose(0, 1_000_000_000)
        select new ClockCase(
            new ModelPolicy(b.Calendar, [.. Enumerable.Range(1, priorityCount).Select(i => "P" + i.ToString(CultureInfo.InvariantCulture))], firstResponse, resolution),
            metric,
            restart,
            thresholds,
            b.Start,
            createdStatus,
            createdPriority,
            steps,
            nowKind,
            nowValue,
            extra);

    private static Gen<ClockStep> Steps() =>
        from gap in Gen.Frequency((3, Gen.Constant(0)), (6, Gen.Choose(1, 180)), (4, Gen.Choose(1, 1440)), (1, Gen.Choose(1, 3 * 1440)))
        from kind in Gen.Choose(0, 99)
        from value in Gen.Choose(0, 1_000_000)
        select new ClockStep(gap, kind, value);

    // None to four thresholds in (0, 100), distinct and ascending: the defaults, edge values, and random ones with up to
    // four places (the library rejects more; the spec sets no limit).
    private static Gen<IReadOnlyList<decimal>> Thresholds() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Constant(2)), (2, Gen.Choose(3, 4)))
        from values in Gen.ArrayOf(
            Gen.Frequency(
                (3, Gen.Elements(50m, 75m, 90m, 25m, 12.5m, 1m, 99m)),
                (1, Gen.Elements(33.3333m, 66.6667m, 0.0001m, 99.9999m, 0.5m)),
                (2, Gen.Choose(1, 999_999).Select(v => v / 10_000m))),
            count)
        select (IReadOnlyList<decimal>)values.Distinct().Order().ToArray();

    // A target of a random kind, sized so that the model's walks stay short on the calendar's sparsest schedule;
    // a fifth of the others on their own 24x7 calendar (the library rejects a calendar for a Calendar target).
    private static Gen<ModelTarget> Targets(CalendarDefinition calendar)
    {
        int cap = Math.Clamp(2 * WeeklyMinutesEstimate(calendar), 1, 4000);
        LocalTime[] boundaries = calendar.Versions.SelectMany(v => v.Specs).SelectMany(s => new[] { s.Open, s.Close })
            .Append(LocalTime.Midnight)
            .Distinct()
            .ToArray();
        Gen<LocalTime> times = Gen.Frequency(
            (2, Gen.Elements(boundaries)),
            (2, Gen.Choose(0, 95).Select(q => LocalTime.FromMinutesSinceMidnight(q * 15))),
            (1, Gen.Choose(0, (24 * 60) - 1).Select(LocalTime.FromMinutesSinceMidnight)));
        Gen<CalendarDefinition?> own = Gen.Frequency(
            (4, Gen.Constant<CalendarDefinition?>(null)),
            (1, Gen.Elements(BusinessCalendarGenerators.ZoneIds.ToArray()).Select(id => (CalendarDefinition?)SlaClockModel.AlwaysOpen(id))));
        return
            from ownCalendar in own
            let businessCap = ownCalendar is null ? cap : 4000
            from target in Gen.Frequency(
                (2, Gen.Frequency((1, Gen.Elements(1, 60, 240, 480, 1440)), (3, Gen.Choose(1, 7200)))
                    .Select(m => new ModelTarget(ModelTargetKind.Calendar, m, LocalTime.Midnight, null))),
                (4, Gen.Frequency((1, Gen.Elements(1, 2, 60, 240, 480)), (4, Gen.Choose(1, businessCap)))
                    .Select(m => new ModelTarget(ModelTargetKind.Business, Math.Min(m, businessCap), LocalTime.Midnight, ownCalendar))),
                (2, Gen.Choose(1, 4).Select(n => new ModelTarget(ModelTargetKind.BusinessDays, n, LocalTime.Midnight, ownCalendar))),
                (2, Gen.Choose(0, 3).Select(n => new ModelTarget(ModelTargetKind.EndOfBusinessDay, n, LocalTime.Midnight, ownCalendar))),
                (2, times.Select(t => new ModelTarget(ModelTargetKind.NextBusinessDayAt, 0, t, ownCalendar))))
            select target;
    }

    private static Gen<DueCase> DueCaseGen() =>
        from b in Bases()
        from subMinute in Gen.Frequency((1, Gen.Constant(0L)), (3, Gen.Choose(1, 59_999).Select(ms => (ms * 1_000_000L) + 700)))
        let cap = Math.Clamp(2 * WeeklyMinutesEstimate(b.Calendar), 1, 4000)
        from small in Gen.Frequency((1, Gen.Elements(1, 60, 480)), (4, Gen.Choose(1, cap)))
        from more in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Elements(1, 59, 60, 61)), (3, Gen.Choose(1, cap)))
        from days in Gen.Choose(1, 5)
        from moreDays in Gen.Choose(1, 3)
        from early in Gen.Choose(0, (24 * 60) - 1)
        from later in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Elements(1, 30, 60)), (3, Gen.Choose(0, (24 * 60) - 1)))
        from own in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(BusinessCalendarGenerators.ZoneIds.ToArray()).Select(id => (string?)id)))
        from queryZone in Gen.Elements(BusinessCalendarGenerators.ZoneIds.ToArray())
        select new DueCase(
            b.Calendar,
            b.Start,
            subMinute,
            (small, small + more),
            days,
            moreDays,
            (LocalTime.FromMinutesSinceMidnight(early), LocalTime.FromMinutesSinceMidnight(Math.Min(early + later, (24 * 60) - 1))),
            own,
            queryZone);

    // Open minutes a week of the sparsest schedule version, roughly (a sum of the calls, at most a week).
    private static int WeeklyMinutesEstimate(CalendarDefinition calendar) => calendar.Versions.Min(version =>
    {
        if (version.StartsAlwaysOpen)
        {
            return 7 * 24 * 60;
        }

        int total = version.Specs.Sum(spec =>
        {
            int open = (spec.Open.Hour * 60) + spec.Open.Minute;
            int close = spec.Close == LocalTime.Midnight ? 24 * 60 : (spec.Close.Hour * 60) + spec.Close.Minute;
            int length = close > open ? close - open : close + (24 * 60) - open;
            return spec.Kind switch
            {
                WeeklySpecKind.AllDay => 24 * 60,
                WeeklySpecKind.Weekdays => 5 * length,
                WeeklySpecKind.EveryDay => 7 * length,
                _ => length,
            };
        });
        return Math.Min(total, 7 * 24 * 60);
    });

    // Fewer steps, fewer thresholds, Carry, an earlier now.
    private static IEnumerable<ClockCase> ShrinkClockCase(ClockCase c)
    {
        for (int i = 0; i < c.Steps.Count; i++)
        {
            yield return c with { Steps = c.Steps.Where((_, j) => j != i).ToArray() };
        }

        for (int i = 0; i < c.Thresholds.Count; i++)
        {
            yield return c with { Thresholds = c.Thresholds.Where((_, j) => j != i).ToArray() };
        }

        if (c.Restart)
        {
            yield return c with { Restart = false };
        }

        if (c.NowValue != 0)
        {
            yield return c with { NowValue = 0 };
            yield return c with { NowValue = c.NowValue / 2 };
        }
    }
}
