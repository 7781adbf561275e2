using NodaTime;
using SlaEngine.BusinessHours;

namespace SlaEngine.Policies;

/// <summary>Where one metric of one ticket stands at an instant: its due, elapsed and remaining business time, and whether it is met or breached.</summary>
/// <remarks>
/// <para>
/// Produced by <see cref="SlaClock.Evaluate(System.ReadOnlySpan{TicketEvent}, Instant)"/>. All durations are exact to the
/// nanosecond; <see cref="PercentConsumed"/> is rounded toward zero, so it never reaches 100 before the business time is used up.
/// </para>
/// <para>The default value describes no ticket: its <see cref="Metric"/> is <see cref="SlaMetric.None"/>.</para>
/// </remarks>
public readonly struct SlaStatus
{
    internal SlaStatus(
        SlaMetric metric,
        SlaPriority priority,
        SlaTarget target,
        BusinessCalendar calendar,
        Instant evaluatedAt,
        Instant start,
        Instant end,
        Instant due,
        Duration targetBusinessTime,
        Duration businessElapsed,
        bool isPaused,
        Instant? fulfilledAt,
        Instant? breachedAt,
        decimal percentConsumed,
        int warningsFired,
        Instant? nextWarningAt)
    {
        Metric = metric;
        Priority = priority;
        Target = target;
        Calendar = calendar;
        EvaluatedAt = evaluatedAt;
        Start = start;
        End = end;
        Due = due;
        TargetBusinessTime = targetBusinessTime;
        BusinessElapsed = businessElapsed;
        IsPaused = isPaused;
        FulfilledAt = fulfilledAt;
        BreachedAt = breachedAt;
        PercentConsumed = percentConsumed;
        WarningsFired = warningsFired;
        NextWarningAt = nextWarningAt;
    }

    /// <summary>Gets the metric evaluated.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the ticket's priority at <see cref="End"/>, whose target the status describes.</summary>
    public SlaPriority Priority { get; }

    /// <summary>Gets the target in force at <see cref="End"/>.</summary>
    public SlaTarget Target { get; }

    /// <summary>Gets the calendar the target is measured on (a 24x7 calendar in UTC for a <see cref="SlaTargetKind.Calendar"/> target).</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the instant the status was evaluated at ("now").</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>
    /// Gets the instant the target is measured from: the ticket's creation, or under <see cref="PriorityChangeMode.Restart"/>
    /// the last priority change.
    /// </summary>
    public Instant Start { get; }

    /// <summary>Gets the instant measurement stops: <see cref="FulfilledAt"/> when the metric is met or missed, otherwise <see cref="EvaluatedAt"/>.</summary>
    public Instant End { get; }

    /// <summary>
    /// Gets the due instant: the target from <see cref="Start"/>, pushed back by the business time spent paused (and solved,
    /// for a reopened ticket). While the ticket is paused at <see cref="EvaluatedAt"/>, the due is projected as if the clock
    /// resumed then, so it moves later as the pause goes on.
    /// </summary>
    public Instant Due { get; }

    /// <summary>Gets the business time the target allows, on <see cref="Calendar"/>: its duration, or for day-based targets the business time from <see cref="Start"/> to the unpaused due.</summary>
    public Duration TargetBusinessTime { get; }

    /// <summary>Gets the business time the clock has run from <see cref="Start"/> to <see cref="End"/>: open time on <see cref="Calendar"/> while the ticket was neither paused nor solved.</summary>
    public Duration BusinessElapsed { get; }

    /// <summary>Gets the wall-clock (24x7) time from <see cref="Start"/> to <see cref="End"/>, pauses included.</summary>
    public Duration ActualElapsed => End - Start;

    /// <summary>Gets the business time left: <see cref="TargetBusinessTime"/> minus <see cref="BusinessElapsed"/>; negative once it is overspent.</summary>
    public Duration Remaining => TargetBusinessTime - BusinessElapsed;

    /// <summary>Gets whether the metric is not yet met and the ticket is in a pause status at <see cref="EvaluatedAt"/>.</summary>
    public bool IsPaused { get; }

    /// <summary>Gets the instant the metric was met (response given or ticket solved), or <see langword="null"/> if it is not yet.</summary>
    public Instant? FulfilledAt { get; }

    /// <summary>Gets whether the metric has been met (on time or not); see <see cref="IsMet"/>.</summary>
    public bool IsFulfilled => FulfilledAt.HasValue;

    /// <summary>
    /// Gets the instant the ticket breached its target, or <see langword="null"/> if it has not. A ticket is breached at its due
    /// when the metric is not met by then (met exactly at the due is on time); a priority change whose target is already past
    /// breaches at the change. A breach is permanent: a later priority change does not undo it.
    /// </summary>
    public Instant? BreachedAt { get; }

    /// <summary>Gets whether the ticket has breached its target.</summary>
    public bool IsBreached => BreachedAt.HasValue;

    /// <summary>Gets whether the metric was met without a breach.</summary>
    public bool IsMet => FulfilledAt.HasValue && !BreachedAt.HasValue;

    /// <summary>
    /// Gets the share of the target used, in percent: 100 × <see cref="BusinessElapsed"/> ÷ <see cref="TargetBusinessTime"/>,
    /// rounded toward zero to six decimal places (so 99.9999999 % shows as 99.999999, never as 100). When the target allows no
    /// business time (a next-business-day target set after hours), it is 0 before the due and 100 from then on.
    /// </summary>
    public decimal PercentConsumed { get; }

    /// <summary>Gets how many warning thresholds have fired by <see cref="EvaluatedAt"/>.</summary>
    public int WarningsFired { get; }

    /// <summary>Gets the instant the next warning threshold will fire (projected as for <see cref="Due"/>), or <see langword="null"/> when none is left.</summary>
    public Instant? NextWarningAt { get; }

    /// <summary>Returns a one-line summary, for example <c>Resolution P2 due 2026-11-24T15:00:00Z, 37.5 % used</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString()
    {
        string due = NodaTime.Text.InstantPattern.ExtendedIso.Format(Due);
        string state = IsBreached ? "breached" : IsMet ? "met" : IsPaused ? "paused" : "running";
        return Metric + " " + Priority + " due " + due + ", " + PercentConsumed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " % used, " + state;
    }
}
