using System.Globalization;
using System.Numerics;
using NodaTime;

namespace SlaEngine.Tests.TestSupport;

/// <summary>The metric a <see cref="SlaClockModel"/> measures (the model's own copy of the library's enum).</summary>
public enum ModelMetric
{
    /// <summary>Not a valid metric.</summary>
    None = 0,

    /// <summary>Until the first response (or the first solve, if earlier).</summary>
    FirstResponse = 1,

    /// <summary>Until the ticket is solved (and stays solved).</summary>
    Resolution = 2,
}

/// <summary>The kind of a <see cref="ModelTarget"/>.</summary>
public enum ModelTargetKind
{
    /// <summary>Not a valid kind.</summary>
    None = 0,

    /// <summary>Wall-clock minutes (24x7 UTC for the clock).</summary>
    Calendar = 1,

    /// <summary>Open minutes of the target's calendar.</summary>
    Business = 2,

    /// <summary>The same local time n business days later.</summary>
    BusinessDays = 3,

    /// <summary>The end of the n-th business day's open time.</summary>
    EndOfBusinessDay = 4,

    /// <summary>A local time on the next business day.</summary>
    NextBusinessDayAt = 5,
}

/// <summary>The kind of a <see cref="ModelEvent"/>.</summary>
public enum ModelEventKind
{
    /// <summary>Not a valid kind.</summary>
    None = 0,

    /// <summary>The ticket is created with a priority and a status.</summary>
    Created = 1,

    /// <summary>The status changes.</summary>
    StatusChanged = 2,

    /// <summary>The priority changes.</summary>
    PriorityChanged = 3,

    /// <summary>An agent responds.</summary>
    Responded = 4,

    /// <summary>The status becomes "Solved".</summary>
    Solved = 5,

    /// <summary>The status becomes "Open" (only while solved).</summary>
    Reopened = 6,
}

/// <summary>A target as raw data: whole minutes, whole days or a whole-minute time of day.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Amount">Minutes for Calendar and Business, days for BusinessDays and EndOfBusinessDay; ignored by NextBusinessDayAt.</param>
/// <param name="TimeOfDay">The time of NextBusinessDayAt, a whole minute.</param>
/// <param name="OwnCalendar">The target's own calendar, or <see langword="null"/> for the policy's.</param>
public sealed record ModelTarget(ModelTargetKind Kind, int Amount, LocalTime TimeOfDay, CalendarDefinition? OwnCalendar)
{
    /// <summary>The target as the C# that builds the library's SlaTarget.</summary>
    public override string ToString() => Kind switch
    {
        ModelTargetKind.Calendar => string.Create(CultureInfo.InvariantCulture, $"SlaTarget.Calendar(Duration.FromMinutes({Amount}))"),
        ModelTargetKind.Business => string.Create(CultureInfo.InvariantCulture, $"SlaTarget.Business(Duration.FromMinutes({Amount}))"),
        ModelTargetKind.BusinessDays => string.Create(CultureInfo.InvariantCulture, $"SlaTarget.BusinessDays({Amount})"),
        ModelTargetKind.EndOfBusinessDay => string.Create(CultureInfo.InvariantCulture, $"SlaTarget.EndOfBusinessDay({Amount})"),
        ModelTargetKind.NextBusinessDayAt => $"SlaTarget.NextBusinessDayAt({CalendarDefinition.Code(TimeOfDay)})",
        _ => Kind.ToString(),
    };
}

/// <summary>A policy as raw data: a calendar, priorities (most urgent first) and one target per priority and metric.</summary>
/// <param name="Calendar">The policy calendar.</param>
/// <param name="Priorities">The priority names.</param>
/// <param name="FirstResponse">The FirstResponse target of each priority, by index.</param>
/// <param name="Resolution">The Resolution target of each priority, by index.</param>
public sealed record ModelPolicy(
    CalendarDefinition Calendar,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<ModelTarget> FirstResponse,
    IReadOnlyList<ModelTarget> Resolution)
{
    /// <summary>The target of a priority (by index) for a metric.</summary>
    public ModelTarget TargetOf(int priority, ModelMetric metric)
        => metric == ModelMetric.FirstResponse ? FirstResponse[priority] : Resolution[priority];

    /// <summary>The index of a priority, by case-insensitive name.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Priorities.Count; i++)
        {
            if (string.Equals(Priorities[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown priority '{name}'.", nameof(name));
    }
}

/// <summary>A ticket event as raw data.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="At">A whole-minute instant.</param>
/// <param name="Priority">The priority of Created and PriorityChanged.</param>
/// <param name="Status">The status of Created and StatusChanged.</param>
public sealed record ModelEvent(ModelEventKind Kind, Instant At, string? Priority, string? Status);

/// <summary>One warning as the model sees it.</summary>
/// <param name="Percent">The threshold.</param>
/// <param name="At">When it fires, or <see langword="null"/> when the ticket was fulfilled before.</param>
/// <param name="HasFired">Whether it fired at or before now.</param>
public readonly record struct ModelWarning(decimal Percent, Instant? At, bool HasFired);

/// <summary>What the model computes for one evaluation.</summary>
/// <param name="Priority">The final segment's priority name.</param>
/// <param name="Start">The start of measurement.</param>
/// <param name="Nominal">The nominal due N of the final segment.</param>
/// <param name="Due">max(N, acc(B)).</param>
/// <param name="BudgetMinutes">The budget B in minutes.</param>
/// <param name="ElapsedMinutes">R(End) in minutes.</param>
/// <param name="End">FulfilledAt, else now.</param>
/// <param name="IsPaused">Unfulfilled and in a pause status at now.</param>
/// <param name="FulfilledAt">The fulfilment instant, if fulfilled.</param>
/// <param name="BreachedAt">The breach instant, if breached.</param>
/// <param name="PercentConsumed">floor(100 · R(End) / B) to six places.</param>
/// <param name="Warnings">One per threshold, in order.</param>
public sealed record ModelStatus(
    string Priority,
    Instant Start,
    Instant Nominal,
    Instant Due,
    long BudgetMinutes,
    long ElapsedMinutes,
    Instant End,
    bool IsPaused,
    Instant? FulfilledAt,
    Instant? BreachedAt,
    decimal PercentConsumed,
    IReadOnlyList<ModelWarning> Warnings)
{
    /// <summary>Gets the budget.</summary>
    public Duration TargetBusinessTime => Duration.FromMinutes(BudgetMinutes);

    /// <summary>Gets R(End).</summary>
    public Duration BusinessElapsed => Duration.FromMinutes(ElapsedMinutes);

    /// <summary>Gets End − Start.</summary>
    public Duration ActualElapsed => End - Start;

    /// <summary>Gets B − R(End).</summary>
    public Duration Remaining => Duration.FromMinutes(BudgetMinutes - ElapsedMinutes);

    /// <summary>Gets a value indicating whether the ticket is fulfilled.</summary>
    public bool IsFulfilled => FulfilledAt is not null;

    /// <summary>Gets a value indicating whether the ticket is breached.</summary>
    public bool IsBreached => BreachedAt is not null;

    /// <summary>Gets a value indicating whether the ticket is fulfilled and not breached.</summary>
    public bool IsMet => IsFulfilled && !IsBreached;

    /// <summary>Gets the number of warnings fired.</summary>
    public int WarningsFired => Warnings.Count(w => w.HasFired);

    /// <summary>Gets the instant of the first warning not yet fired.</summary>
    public Instant? NextWarningAt => Warnings.FirstOrDefault(w => !w.HasFired).At;
}

/// <summary>
/// Thrown when an answer lies beyond the model's search (about three years of minutes, or of dates): a due pushed
/// far out by a pause into a much sparser later schedule. The properties skip such an evaluation.
/// </summary>
public sealed class ModelSearchLimitException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ModelSearchLimitException"/> class.</summary>
    public ModelSearchLimitException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelSearchLimitException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ModelSearchLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelSearchLimitException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The search that gave up.</param>
    public ModelSearchLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The brute-force oracle for <c>SlaClock</c> (issue 4, /tmp/spec4.md "Clock semantics"): it steps one whole
/// minute at a time, deciding for each minute whether the ticket's clock runs (from the raw events) and whether
/// the target's calendar is open (from the raw <see cref="CalendarDefinition"/>, through <see cref="MinuteModel"/>).
/// It uses no <c>SlaEngine.Policies</c> type and no <c>BusinessCalendar</c> query.
/// </summary>
/// <remarks>
/// <para>
/// Everything is on whole minutes (events, now, targets, calendar boundaries, zone offsets), so the minute
/// [m, m + 1 min) has one status and is either open or closed, and every "earliest instant" is a minute
/// boundary (except warnings, whose level may end inside a minute: see below).
/// </para>
/// <para>
/// Status at an instant is the status of the latest status-bearing event at or before it (Created, StatusChanged,
/// Solved = "Solved", Reopened = "Open"; the last of several at one instant wins). Pending/On-hold pause,
/// Solved/Closed solve (case-insensitive); anything else runs. The ticket "becomes solved" at an instant whose
/// status is solved while the status just before it was not (or at creation, if created solved) — so a solve
/// undone at the same instant never happened. FirstResponse is fulfilled at the earlier of the first Responded
/// and the first becoming-solved; Resolution at the last becoming-solved if solved at now. End = FulfilledAt ?? now.
/// A minute m runs when m ≥ End (the projection) or its status is neither paused nor solved.
/// </para>
/// <para>
/// Segments: created with its priority, then each PriorityChanged at or before End. For a segment starting at
/// c with priority p, the measurement starts at S = created (Carry) or c (Restart); with p's target T and
/// calendar C (24x7 UTC for Calendar targets), N is the nominal due of T from S, B = open minutes of C in [S, N)
/// (d for Calendar(d)), acc(L) is the end of the L-th running open minute at or after S (S when L = 0), and the
/// segment's due is max(N, acc(B)). Nominal dues: Calendar(d) = S + d; Business(d) = the end of the d-th open
/// minute at or after S; BusinessDays(n): S' = the first open minute at or after S, D0 its local date, Dn = the
/// n-th business day after D0, due = Dn at S''s local time; EndOfBusinessDay(n): the same Dn, due = the end of
/// the last open minute whose local date is Dn; NextBusinessDayAt(t): D = the first business day after S's local
/// date, due = D at t. A local date-time is resolved to the earliest minute whose local date-time is at or after
/// it (so a gap resolves to its end and an overlap to the earlier instant).
/// </para>
/// <para>
/// Breach: a segment other than the last is breached when its due is before the next segment's start; the last
/// when its due is before FulfilledAt, or (unfulfilled) at or before now. BreachedAt = max(due, segment start) of
/// the first breached one. Percent = floor(100 · R(End) · 10^6 / B) / 10^6 (B = 0: 100 when End ≥ Due, else 0).
/// A warning at p% has level W = ceil(B · p / 100) ns; with k = ceil(W / 1 min) it fires at the start of the k-th
/// running open minute plus W − (k − 1) min, then max with the last segment's start (when B = 0, Due replaces the
/// level's instant: max(Due, last segment's start)); null when after FulfilledAt.
/// </para>
/// </remarks>
public sealed class SlaClockModel
{
    private const long NanosPerMinute = 60L * 1_000_000_000;
    private const long MinutesPerDay = 24 * 60;
    private static readonly Duration s_minute = Duration.FromMinutes(1);

    private static readonly string[] s_pauseStatuses = ["Pending", "On-hold"];
    private static readonly string[] s_solvedStatuses = ["Solved", "Closed"];

    private readonly ModelPolicy _policy;
    private readonly ModelMetric _metric;
    private readonly bool _restart;
    private readonly IReadOnlyList<decimal> _thresholds;
    private readonly DayModel _alwaysOpenUtc;
    private readonly Dictionary<CalendarDefinition, DayModel> _calendars = new(ReferenceEqualityComparer.Instance);

    /// <summary>Initializes a new instance of the <see cref="SlaClockModel"/> class with the default statuses.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="restart">Restart (rather than Carry) on a priority change.</param>
    /// <param name="thresholds">The warning thresholds, ascending, each in (0, 100).</param>
    public SlaClockModel(ModelPolicy policy, ModelMetric metric, bool restart, IReadOnlyList<decimal> thresholds)
    {
        _policy = policy;
        _metric = metric;
        _restart = restart;
        _thresholds = thresholds;
        _alwaysOpenUtc = new DayModel(AlwaysOpen("UTC"));
    }

    private enum Phase
    {
        Running,
        Paused,
        Solved,
    }

    /// <summary>A calendar open all the time in a zone (its day questions use the zone's dates).</summary>
    public static CalendarDefinition AlwaysOpen(string zoneId) => new(zoneId, [new ScheduleVersionSpec(null, true, [])], [], [], null);

    /// <summary>The nominal due N of a target from a whole-minute start, on the target's calendar.</summary>
    public Instant NominalDue(ModelTarget target, Instant start) => NominalOnly(target, start).Due;

    /// <summary>The budget B (minutes) of a target from a whole-minute start.</summary>
    public long BudgetMinutes(ModelTarget target, Instant start) => Nominal(target, start).Budget;

    /// <summary>Evaluates valid events (whole minutes, first Created) at a whole-minute now at or after creation.</summary>
    /// <exception cref="ModelSearchLimitException">An answer lies beyond the model's search.</exception>
    public ModelStatus Evaluate(IReadOnlyList<ModelEvent> events, Instant now)
    {
        try
        {
            return EvaluateCore(events, now);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The model found", StringComparison.Ordinal))
        {
            throw new ModelSearchLimitException("The minute model's search gave up.", e); // MinuteModel's searches
        }
    }

    private ModelStatus EvaluateCore(IReadOnlyList<ModelEvent> events, Instant now)
    {
        List<ModelEvent> seen = events.Where(e => e.At <= now).ToList();
        ModelEvent created = seen[0];
        if (created.Kind != ModelEventKind.Created || now < created.At)
        {
            throw new ArgumentException("The model needs a Created event first and now at or after it.", nameof(events));
        }

        var timeline = new Timeline(seen);

        // Fulfilment.
        Instant? fulfilledAt;
        if (_metric == ModelMetric.FirstResponse)
        {
            Instant? responded = seen.FirstOrDefault(e => e.Kind == ModelEventKind.Responded)?.At;
            Instant? solved = timeline.BecameSolved.Count > 0 ? timeline.BecameSolved[0] : null;
            fulfilledAt = responded is { } r && solved is { } s ? (r < s ? r : s) : responded ?? solved;
        }
        else
        {
            fulfilledAt = timeline.PhaseAt(now) == Phase.Solved ? timeline.BecameSolved[^1] : null;
        }

        Instant end = fulfilledAt ?? now;

        // Priority segments from created to End.
        var segments = new List<(Instant Start, int Priority)> { (created.At, _policy.IndexOf(created.Priority!)) };
        foreach (ModelEvent e in seen.Where(e => e.Kind == ModelEventKind.PriorityChanged && e.At <= end))
        {
            segments.Add((e.At, _policy.IndexOf(e.Priority!)));
        }

        Instant? breachedAt = null;
        int last = segments.Count - 1;
        for (int i = 0; i < last && breachedAt is null; i++)
        {
            Instant next = segments[i + 1].Start;
            Instant from = _restart ? segments[i].Start : created.At;
            ModelTarget target = _policy.TargetOf(segments[i].Priority, _metric);
            (DayModel calendar, Instant nominal, long budget) = Nominal(target, from);
            if (nominal >= next)
            {
                continue;
            }

            // Due = max(N, acc(B)) < next exactly when acc(B) is reached before next (N < next already).
            Instant? reached = Walk(calendar, timeline, from, budget, end, next, null).Reached;
            if (reached is { } acc && acc < next)
            {
                breachedAt = Max(Max(nominal, acc), segments[i].Start);
            }
        }

        // The final segment: its due, elapsed time, and the running open minutes for the warnings.
        (Instant lastStart, int lastPriority) = segments[last];
        Instant start = _restart ? lastStart : created.At;
        ModelTarget finalTarget = _policy.TargetOf(lastPriority, _metric);
        (DayModel finalCalendar, Instant finalNominal, long finalBudget) = Nominal(finalTarget, start);
        var opens = new List<Instant>();
        (Instant? finalReached, long elapsed) = Walk(finalCalendar, timeline, start, finalBudget, end, null, opens);
        Instant due = Max(finalNominal, finalReached!.Value);
        if (breachedAt is null && (fulfilledAt is { } f ? due < f : due <= now))
        {
            breachedAt = Max(due, lastStart);
        }

        decimal percent = finalBudget > 0
            ? Scale6(BigInteger.Divide(new BigInteger(elapsed) * 100 * 1_000_000, finalBudget))
            : Scale6(end >= due ? 100_000_000 : 0);

        var warnings = new List<ModelWarning>();
        foreach (decimal threshold in _thresholds)
        {
            Instant? at;
            if (finalBudget == 0)
            {
                // The spec's correction: "when B = 0 every warning fires at Due". Read as replacing acc(W) in
                // max(acc(W), c_last), so a warning never fires before the final segment starts (Carry can give
                // c_last > Due); the literal "at Due" differs only then (reported to the lead).
                at = Max(due, lastStart);
            }
            else
            {
                (BigInteger mantissa, int scale) = Decompose(threshold);
                BigInteger level = CeilingDivide(finalBudget * NanosPerMinute * mantissa, 100 * BigInteger.Pow(10, scale));
                int k = (int)CeilingDivide(level, NanosPerMinute);
                long within = (long)(level - ((k - 1) * (BigInteger)NanosPerMinute));
                at = Max(opens[k - 1] + Duration.FromNanoseconds(within), lastStart);
            }

            if (fulfilledAt is { } fulfilled && at >= fulfilled)
            {
                at = null;
            }

            warnings.Add(new ModelWarning(threshold, at, at is { } a && a <= now));
        }

        return new ModelStatus(
            _policy.Priorities[lastPriority],
            start,
            finalNominal,
            due,
            finalBudget,
            elapsed,
            end,
            fulfilledAt is null && timeline.PhaseAt(now) == Phase.Paused,
            fulfilledAt,
            breachedAt,
            percent,
            warnings);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static decimal Scale6(BigInteger value)
    {
        long v = (long)value;
        return new decimal(unchecked((int)(v & 0xFFFF_FFFF)), (int)(v >> 32), 0, false, 6);
    }

    private static (BigInteger Mantissa, int Scale) Decompose(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return (mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static BigInteger CeilingDivide(BigInteger numerator, BigInteger denominator)
        => BigInteger.Divide(numerator + denominator - 1, denominator); // both positive

    private static Phase PhaseOf(string status)
        => s_solvedStatuses.Contains(status, StringComparer.OrdinalIgnoreCase) ? Phase.Solved
            : s_pauseStatuses.Contains(status, StringComparer.OrdinalIgnoreCase) ? Phase.Paused
            : Phase.Running;

    // From `start`, minute by minute: count the running open minutes of the calendar (a minute at or after `end`
    // always runs); Reached = the end of the budget-th one (start when the budget is 0); ElapsedAtEnd = the count
    // over [start, end). Stops at `stopAt` if given (Reached may then be null), else once past end and reached.
    private static (Instant? Reached, long ElapsedAtEnd) Walk(
        DayModel calendar, Timeline timeline, Instant start, long budget, Instant end, Instant? stopAt, List<Instant>? opens)
    {
        Instant? reached = budget == 0 ? start : null;
        long count = 0;
        long elapsedAtEnd = -1;
        int cursor = 0;
        for (long step = 0; ; step++)
        {
            Instant m = start + (s_minute * step);
            if (m == end)
            {
                elapsedAtEnd = count;
            }

            if ((stopAt is { } stop && m >= stop) || (reached is not null && m >= end))
            {
                return (reached, elapsedAtEnd);
            }

            if (step > MinuteModel.SearchLimitMinutes)
            {
                throw new ModelSearchLimitException("The clock model walked too far.");
            }

            bool running = m >= end || timeline.PhaseAt(m, ref cursor) == Phase.Running;
            if (running && calendar.Minutes.IsOpen(m))
            {
                count++;
                if (count <= budget)
                {
                    opens?.Add(m);
                }

                if (count == budget)
                {
                    reached = m + s_minute;
                }
            }
        }
    }

    private DayModel CalendarOf(CalendarDefinition definition)
    {
        if (!_calendars.TryGetValue(definition, out DayModel? model))
        {
            _calendars[definition] = model = new DayModel(definition);
        }

        return model;
    }

    // The target's calendar, its nominal due N from `start` and the budget B (open minutes in [start, N); d for Calendar(d)).
    private (DayModel Calendar, Instant Due, long Budget) Nominal(ModelTarget target, Instant start)
    {
        (DayModel calendar, Instant due) = NominalOnly(target, start);
        long budget = target.Kind == ModelTargetKind.Calendar ? target.Amount : calendar.Minutes.BusinessMinutesBetween(start, due);
        return (calendar, due, budget);
    }

    // The target's calendar (24x7 UTC for Calendar targets) and its nominal due N from `start`.
    private (DayModel Calendar, Instant Due) NominalOnly(ModelTarget target, Instant start)
    {
        if (target.Kind == ModelTargetKind.Calendar)
        {
            return (_alwaysOpenUtc, start + Duration.FromMinutes(target.Amount));
        }

        DayModel calendar = CalendarOf(target.OwnCalendar ?? _policy.Calendar);
        Instant due;
        switch (target.Kind)
        {
            case ModelTargetKind.Business:
                due = calendar.Minutes.AddBusinessMinutes(start, target.Amount);
                break;
            case ModelTargetKind.BusinessDays:
            {
                // S' = the first open minute at or after S; D0 its local date; Dn the n-th business day after D0;
                // due = Dn at the local time of S'.
                Instant opening = calendar.Minutes.NextOpen(start);
                long local = calendar.LocalMinute(opening);
                long d0 = FloorDivide(local, MinutesPerDay);
                due = calendar.Resolve((calendar.AddBusinessDays(d0, target.Amount) * MinutesPerDay) + (local - (d0 * MinutesPerDay)));
                break;
            }

            case ModelTargetKind.EndOfBusinessDay:
            {
                long d0 = FloorDivide(calendar.LocalMinute(calendar.Minutes.NextOpen(start)), MinutesPerDay);
                due = calendar.EndOfOpenTime(calendar.AddBusinessDays(d0, target.Amount));
                break;
            }

            case ModelTargetKind.NextBusinessDayAt:
            {
                long day = FloorDivide(calendar.LocalMinute(start), MinutesPerDay);
                long time = (target.TimeOfDay.Hour * 60) + target.TimeOfDay.Minute;
                due = calendar.Resolve((calendar.AddBusinessDays(day, 1) * MinutesPerDay) + time);
                break;
            }

            default:
                throw new InvalidOperationException($"Unknown target {target}.");
        }

        return (calendar, due);
    }

    private static long FloorDivide(long value, long divisor)
    {
        long quotient = Math.DivRem(value, divisor, out long remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    /// <summary>
    /// One calendar's open minutes (<see cref="MinuteModel.IsOpen"/>) with the day questions the targets ask, from the
    /// spec's definitions, on local minutes (minutes since 1970-01-01T00:00 local: the instant plus the zone's wall
    /// offset there) in the calendar's day zone: a business day is a local date with some open minute.
    /// </summary>
    private sealed class DayModel
    {
        private const long ScanMinutes = 18 * 60; // more than any UTC offset
        private readonly DateTimeZone _zone;
        private readonly Dictionary<long, bool> _businessDays = [];
        private long _intervalStart = long.MaxValue; // the cached zone interval, [start, end) in Unix minutes
        private long _intervalEnd = long.MinValue;
        private long _offsetMinutes;

        public DayModel(CalendarDefinition definition)
        {
            Minutes = MinuteModel.Of(definition);
            _zone = Minutes.DayZone;
        }

        public MinuteModel Minutes { get; }

        // The local minute of a whole-minute instant.
        public long LocalMinute(Instant instant)
        {
            long minute = FloorDivide(instant.ToUnixTimeTicks(), NodaConstants.TicksPerMinute);
            if (minute < _intervalStart || minute >= _intervalEnd)
            {
                NodaTime.TimeZones.ZoneInterval interval = _zone.GetZoneInterval(instant);
                _intervalStart = interval.HasStart ? FloorDivide(interval.Start.ToUnixTimeTicks(), NodaConstants.TicksPerMinute) : long.MinValue;
                _intervalEnd = interval.HasEnd ? FloorDivide(interval.End.ToUnixTimeTicks(), NodaConstants.TicksPerMinute) : long.MaxValue;
                _offsetMinutes = Math.DivRem(interval.WallOffset.Seconds, 60, out int seconds);
                if (seconds != 0)
                {
                    throw new InvalidOperationException($"The clock model needs whole-minute offsets, {_zone.Id} has {interval.WallOffset}.");
                }
            }

            return minute + _offsetMinutes;
        }

        // Whether some open minute has the local date (days since 1970-01-01).
        public bool IsBusinessDay(long day)
        {
            if (!_businessDays.TryGetValue(day, out bool result))
            {
                foreach (Instant m in MinutesOfDate(day))
                {
                    if (Minutes.IsOpen(m))
                    {
                        result = true;
                        break;
                    }
                }

                _businessDays[day] = result;
            }

            return result;
        }

        // n > 0: the n-th business day strictly after the date; n = 0: the date if a business day, else the next.
        public long AddBusinessDays(long day, int n)
        {
            long d = n == 0 ? day : day + 1;
            for (int left = Math.Max(n, 1); ; d++)
            {
                if (d - day > 3 * 366)
                {
                    throw new ModelSearchLimitException("The clock model found too few business days.");
                }

                if (IsBusinessDay(d) && --left == 0)
                {
                    return d;
                }
            }
        }

        // The earliest whole minute whose local minute is at or after `local`: the instant itself when it exists once,
        // the earlier of two in an overlap, the end of the gap in a gap.
        public Instant Resolve(long local)
        {
            Instant guess = Instant.FromUnixTimeTicks(local * NodaConstants.TicksPerMinute);
            for (long k = -ScanMinutes; k <= ScanMinutes; k++)
            {
                Instant m = guess + Duration.FromMinutes(k);
                if (LocalMinute(m) >= local)
                {
                    return m;
                }
            }

            throw new InvalidOperationException($"The clock model could not resolve local minute {local}.");
        }

        // The end of the last open minute whose local date is the date.
        public Instant EndOfOpenTime(long day)
        {
            Instant? found = null;
            foreach (Instant m in MinutesOfDate(day))
            {
                if (Minutes.IsOpen(m))
                {
                    found = m + Duration.FromMinutes(1);
                }
            }

            return found ?? throw new InvalidOperationException($"The clock model found no open minute on day {day}.");
        }

        // The whole-minute instants, ascending, whose local date is the date.
        private IEnumerable<Instant> MinutesOfDate(long day)
        {
            long first = (day * MinutesPerDay) - ScanMinutes;
            long last = ((day + 1) * MinutesPerDay) + ScanMinutes;
            for (long minute = first; minute < last; minute++)
            {
                Instant m = Instant.FromUnixTimeTicks(minute * NodaConstants.TicksPerMinute);
                if (FloorDivide(LocalMinute(m), MinutesPerDay) == day)
                {
                    yield return m;
                }
            }
        }
    }

    // The status phase at each instant: one entry per distinct event instant (the last status there wins), and the
    // instants at which the ticket became solved.
    private sealed class Timeline
    {
        private readonly List<Instant> _times = [];
        private readonly List<Phase> _phases = [];

        public Timeline(List<ModelEvent> events)
        {
            foreach (ModelEvent e in events)
            {
                string? status = e.Kind switch
                {
                    ModelEventKind.Created => e.Status ?? "New",
                    ModelEventKind.StatusChanged => e.Status,
                    ModelEventKind.Solved => "Solved",
                    ModelEventKind.Reopened => "Open",
                    _ => null,
                };
                if (status is null)
                {
                    continue;
                }

                if (_times.Count > 0 && _times[^1] == e.At)
                {
                    _phases[^1] = PhaseOf(status);
                }
                else
                {
                    _times.Add(e.At);
                    _phases.Add(PhaseOf(status));
                }
            }

            for (int i = 0; i < _times.Count; i++)
            {
                if (_phases[i] == Phase.Solved && (i == 0 || _phases[i - 1] != Phase.Solved))
                {
                    BecameSolved.Add(_times[i]);
                }
            }
        }

        public List<Instant> BecameSolved { get; } = [];

        public Phase PhaseAt(Instant t)
        {
            int cursor = 0;
            return PhaseAt(t, ref cursor);
        }

        // For ascending queries at or after creation: the cursor only moves forward.
        public Phase PhaseAt(Instant t, ref int cursor)
        {
            while (cursor + 1 < _times.Count && _times[cursor + 1] <= t)
            {
                cursor++;
            }

            return _phases[cursor];
        }
    }
}
