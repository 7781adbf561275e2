using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Policies;

/// <summary>
/// Evaluates one metric of one ticket under an <see cref="SlaPolicy"/> from the ticket's events: due instant, elapsed
/// business time, pauses, warnings and breach.
/// </summary>
/// <remarks>
/// <para>
/// The clock runs while the ticket is in neither a pause status nor a solved status (<see cref="SlaClockOptions"/>), and
/// counts only the business time of the target's calendar: a ticket pending overnight on a 9–17 calendar loses nothing,
/// one pending for two business hours is due two business hours later. Every target is turned into a budget of business
/// time from <see cref="SlaStatus.Start"/> (its duration, or for day-based targets the business time up to their due), and
/// the due is the earliest instant at which the running clock has used the budget, never before the target's own due.
/// Without pauses the due is therefore exactly <see cref="SlaPolicy.DueAt(string, SlaMetric, Instant)"/>.
/// </para>
/// <para>
/// Evaluation reads a caller-provided span and allocates nothing once the calendars' years are compiled (for policies of up to 64
/// priorities); its cost grows with the number of events (times the priorities a ticket had under
/// <see cref="PriorityChangeMode.Carry"/>), not with the ticket's age. The events may also come in an array or a list (any
/// <see cref="IEnumerable{T}"/>): an array, and on net8.0 a <see cref="List{T}"/>, is read in place. Nothing reads the system
/// clock: pass the instant, an <see cref="IClock"/>, or on net8.0 a <c>System.TimeProvider</c>. A clock is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class SlaClock
{
    private const byte Running = 0;
    private const byte Paused = 1;
    private const byte Solved = 2;
    private const decimal NanosecondsPerDay = 86_400_000_000_000m;
    private const int MaxCachedStates = 256;
    private const int MaxStackPriorities = 64;

    private readonly HashSet<string> _pauseStatuses;
    private readonly HashSet<string> _solvedStatuses;
    private readonly decimal[] _thresholds;

    /// <summary>Initializes a clock for <paramref name="metric"/> under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy whose targets apply.</param>
    /// <param name="metric">The metric the clock measures.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SlaClockOptions.Default"/>. They are copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>, or an option list is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or the priority change mode is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// A status is empty or both a pause and a solved status, or a warning threshold is not strictly between 0 and 100, has more
    /// than four decimal places or repeats, or there are more than <see cref="SlaClockOptions.MaxWarningThresholds"/>.
    /// </exception>
    public SlaClock(SlaPolicy policy, SlaMetric metric, SlaClockOptions? options = null)
    {
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
        if (metric is not (SlaMetric.FirstResponse or SlaMetric.Resolution))
        {
            Preconditions.ThrowOutOfRange(nameof(metric), metric, Preconditions.Format("The metric must be FirstResponse or Resolution, was {0}.", metric));
        }

        Metric = metric;
        options ??= SlaClockOptions.Default;
        if (options.PriorityChange is not (PriorityChangeMode.Carry or PriorityChangeMode.Restart))
        {
            Preconditions.ThrowOutOfRange(nameof(options), options.PriorityChange, Preconditions.Format(
                "The priority change mode must be Carry or Restart, was {0}.", options.PriorityChange));
        }

        PriorityChange = options.PriorityChange;
        _pauseStatuses = StatusSet(options.PauseStatuses, "pause");
        _solvedStatuses = StatusSet(options.SolvedStatuses, "solved");
        foreach (string status in _pauseStatuses)
        {
            if (_solvedStatuses.Contains(status))
            {
                Preconditions.ThrowArgument(nameof(options), "A status cannot both pause and solve a ticket, was \"" + status + "\".");
            }
        }

        _thresholds = Thresholds(Preconditions.CheckNotNull(options.WarningThresholds, nameof(options) + "." + nameof(options.WarningThresholds)));
        PauseStatuses = new ReadOnlyCollection<string>(options.PauseStatuses.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        SolvedStatuses = new ReadOnlyCollection<string>(options.SolvedStatuses.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        WarningThresholds = new ReadOnlyCollection<decimal>((decimal[])_thresholds.Clone());
    }

    /// <summary>Gets the policy whose targets apply.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the metric the clock measures.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets what a priority change does.</summary>
    public PriorityChangeMode PriorityChange { get; }

    /// <summary>Gets the statuses that pause the clock.</summary>
    public IReadOnlyList<string> PauseStatuses { get; }

    /// <summary>Gets the statuses in which the ticket is solved.</summary>
    public IReadOnlyList<string> SolvedStatuses { get; }

    /// <summary>Gets the warning thresholds in percent, ascending.</summary>
    public IReadOnlyList<decimal> WarningThresholds { get; }

    /// <summary>Evaluates the ticket at the instant <paramref name="clock"/> reports.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="clock">The source of "now".</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="clock"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(ReadOnlySpan<TicketEvent> events, IClock clock)
        => Evaluate(events, Preconditions.CheckNotNull(clock, nameof(clock)).GetCurrentInstant(), Span<SlaWarning>.Empty, nameof(clock));

    /// <summary>Evaluates the ticket at <paramref name="now"/>.</summary>
    /// <param name="events">
    /// The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>. Events after <paramref name="now"/>
    /// are ignored, so a full history can be replayed at any instant.
    /// </param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or <paramref name="now"/> is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(ReadOnlySpan<TicketEvent> events, Instant now) => Evaluate(events, now, Span<SlaWarning>.Empty);

    /// <summary>Evaluates the ticket at <paramref name="now"/>, and writes when each warning threshold fires into <paramref name="warnings"/>.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>; events after <paramref name="now"/> are ignored.</param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <param name="warnings">
    /// Receives one <see cref="SlaWarning"/> per threshold of <see cref="WarningThresholds"/>, in the same (ascending) order; empty
    /// to skip them, otherwise at least as long as <see cref="WarningThresholds"/>.
    /// </param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">
    /// The events are not a valid ticket history, <paramref name="now"/> is before the ticket's creation, or <paramref name="warnings"/> is too short.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(ReadOnlySpan<TicketEvent> events, Instant now, Span<SlaWarning> warnings) => Evaluate(events, now, warnings, nameof(now));

    /// <summary>Evaluates the ticket at the instant <paramref name="clock"/> reports.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="clock">The source of "now".</param>
    /// <returns>The status.</returns>
    /// <remarks>The same as the span overload; the array is read in place. It exists so that an array argument is never ambiguous between the span and sequence overloads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="clock"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(TicketEvent[] events, IClock clock)
        => Evaluate(new ReadOnlySpan<TicketEvent>(Preconditions.CheckNotNull(events, nameof(events))), clock);

    /// <summary>Evaluates the ticket at the instant <paramref name="clock"/> reports.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="clock">The source of "now".</param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other collection is
    /// copied into a pooled buffer first (so is a list on netstandard2.0), and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="clock"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(IEnumerable<TicketEvent> events, IClock clock)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        Instant now = Preconditions.CheckNotNull(clock, nameof(clock)).GetCurrentInstant();
        using var span = SequenceSpan<TicketEvent>.Of(events);
        return Evaluate(span.Span, now, Span<SlaWarning>.Empty, nameof(clock));
    }

#if NET8_0_OR_GREATER
    /// <summary>Evaluates the ticket at the instant <paramref name="timeProvider"/> reports: its <see cref="TimeProvider.GetUtcNow"/>, read once.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="timeProvider">The source of "now" (for example a fake time provider in tests).</param>
    /// <returns>The status.</returns>
    /// <remarks>Available on net8.0 and later; on netstandard2.0 pass an <see cref="IClock"/> or the instant.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="timeProvider"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(ReadOnlySpan<TicketEvent> events, TimeProvider timeProvider)
        => Evaluate(events, Now(timeProvider), Span<SlaWarning>.Empty, nameof(timeProvider));

    /// <summary>Evaluates the ticket at the instant <paramref name="timeProvider"/> reports: its <see cref="TimeProvider.GetUtcNow"/>, read once.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="timeProvider">The source of "now" (for example a fake time provider in tests).</param>
    /// <returns>The status.</returns>
    /// <remarks>The same as the span overload, available on net8.0 and later; the array is read in place.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="timeProvider"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(TicketEvent[] events, TimeProvider timeProvider)
        => Evaluate(new ReadOnlySpan<TicketEvent>(Preconditions.CheckNotNull(events, nameof(events))), timeProvider);

    /// <summary>Evaluates the ticket at the instant <paramref name="timeProvider"/> reports: its <see cref="TimeProvider.GetUtcNow"/>, read once.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>.</param>
    /// <param name="timeProvider">The source of "now" (for example a fake time provider in tests).</param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// The same as the span overload, available on net8.0 and later. An array or a <see cref="List{T}"/> is read in place; any
    /// other collection is copied into a pooled buffer first, and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or now is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The current instant (named <paramref name="timeProvider"/>) or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(IEnumerable<TicketEvent> events, TimeProvider timeProvider)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        Instant now = Now(timeProvider);
        using var span = SequenceSpan<TicketEvent>.Of(events);
        return Evaluate(span.Span, now, Span<SlaWarning>.Empty, nameof(timeProvider));
    }

    /// <summary>Reads "now" from <paramref name="timeProvider"/>.</summary>
    private static Instant Now(TimeProvider timeProvider)
        => Instant.FromDateTimeOffset(Preconditions.CheckNotNull(timeProvider, nameof(timeProvider)).GetUtcNow());
#endif

    /// <summary>Evaluates the ticket at <paramref name="now"/>.</summary>
    /// <param name="events">
    /// The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>. Events after <paramref name="now"/>
    /// are ignored, so a full history can be replayed at any instant.
    /// </param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <returns>The status.</returns>
    /// <remarks>The same as the span overload; the array is read in place. It exists so that an array argument is never ambiguous between the span and sequence overloads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or <paramref name="now"/> is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(TicketEvent[] events, Instant now)
        => Evaluate(new ReadOnlySpan<TicketEvent>(Preconditions.CheckNotNull(events, nameof(events))), now, Span<SlaWarning>.Empty, nameof(now));

    /// <summary>Evaluates the ticket at <paramref name="now"/>.</summary>
    /// <param name="events">
    /// The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>. Events after <paramref name="now"/>
    /// are ignored, so a full history can be replayed at any instant.
    /// </param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other collection is
    /// copied into a pooled buffer first (so is a list on netstandard2.0), and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The events are not a valid ticket history, or <paramref name="now"/> is before the ticket's creation.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(IEnumerable<TicketEvent> events, Instant now)
    {
        using var span = SequenceSpan<TicketEvent>.Of(Preconditions.CheckNotNull(events, nameof(events)));
        return Evaluate(span.Span, now, Span<SlaWarning>.Empty, nameof(now));
    }

    /// <summary>Evaluates the ticket at <paramref name="now"/>, and writes when each warning threshold fires into <paramref name="warnings"/>.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>; events after <paramref name="now"/> are ignored.</param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <param name="warnings">
    /// Receives one <see cref="SlaWarning"/> per threshold of <see cref="WarningThresholds"/>, in the same (ascending) order; empty
    /// to skip them, otherwise at least as long as <see cref="WarningThresholds"/>.
    /// </param>
    /// <returns>The status.</returns>
    /// <remarks>The same as the span overload; the array is read in place. It exists so that an array argument is never ambiguous between the span and sequence overloads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The events are not a valid ticket history, <paramref name="now"/> is before the ticket's creation, or <paramref name="warnings"/> is too short.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(TicketEvent[] events, Instant now, Span<SlaWarning> warnings)
        => Evaluate(new ReadOnlySpan<TicketEvent>(Preconditions.CheckNotNull(events, nameof(events))), now, warnings, nameof(now));

    /// <summary>Evaluates the ticket at <paramref name="now"/>, and writes when each warning threshold fires into <paramref name="warnings"/>.</summary>
    /// <param name="events">The ticket's events in time order, starting with <see cref="TicketEventKind.Created"/>; events after <paramref name="now"/> are ignored.</param>
    /// <param name="now">The instant to evaluate at; not before the ticket's creation.</param>
    /// <param name="warnings">
    /// Receives one <see cref="SlaWarning"/> per threshold of <see cref="WarningThresholds"/>, in the same (ascending) order; empty
    /// to skip them, otherwise at least as long as <see cref="WarningThresholds"/>.
    /// </param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other collection is
    /// copied into a pooled buffer first (so is a list on netstandard2.0), and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The events are not a valid ticket history, <paramref name="now"/> is before the ticket's creation, or <paramref name="warnings"/> is too short.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or the clock's start lies outside the supported range of a business-time target's calendar, or the due does (for a <see cref="SlaTargetKind.Calendar"/> target: lies past <see cref="Instant.MaxValue"/>); the others are named <c>events</c>.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for this metric at a priority the ticket had.</exception>
    /// <exception cref="InvalidOperationException">A calendar has no business time after the ticket's creation.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public SlaStatus Evaluate(IEnumerable<TicketEvent> events, Instant now, Span<SlaWarning> warnings)
    {
        using var span = SequenceSpan<TicketEvent>.Of(Preconditions.CheckNotNull(events, nameof(events)));
        return Evaluate(span.Span, now, warnings, nameof(now));
    }

    /// <summary>Evaluates the ticket; <paramref name="nowParam"/> names the argument "now" came from, for messages.</summary>
    private SlaStatus Evaluate(ReadOnlySpan<TicketEvent> events, Instant now, Span<SlaWarning> warnings, string nowParam)
    {
        int thresholdCount = _thresholds.Length;
        if (warnings.Length != 0 && warnings.Length < thresholdCount)
        {
            Preconditions.ThrowArgument(nameof(warnings), Preconditions.Format(
                "The warnings span must be empty or hold one warning per threshold ({0}), was {1} long.", thresholdCount, warnings.Length));
        }

        // The ticket's state after each event, classified once (status names are hashed once, not once per pass); a very
        // long history is classified again on each pass instead, so evaluation never allocates.
        Span<byte> states = events.Length <= MaxCachedStates ? stackalloc byte[events.Length] : Span<byte>.Empty;
        int count = Validate(events, now, nowParam, states, out byte finalState);
        Instant created = events[0].At;

        // Fulfilment: the end of measurement, and the events that count (those before the fulfilling one).
        int limit = count;
        Instant? fulfilledAt = null;
        if (Metric == SlaMetric.FirstResponse)
        {
            byte state = Running;
            for (int i = 0; i < count; i++)
            {
                state = StateAfter(events, states, i, state);
                if (events[i].Kind == TicketEventKind.Responded || state == Solved)
                {
                    fulfilledAt = events[i].At;
                    limit = i + 1;
                    break;
                }
            }
        }
        else if (finalState == Solved)
        {
            byte state = Running;
            int solvedFrom = 0;
            for (int i = 0; i < count; i++)
            {
                byte next = StateAfter(events, states, i, state);
                if (next == Solved && state != Solved)
                {
                    solvedFrom = i;
                }

                state = next;
            }

            fulfilledAt = events[solvedFrom].At;
            limit = solvedFrom + 1;
        }

        Instant end = fulfilledAt ?? now;

        // Priority segments, with the breach rule for each one but the last. Carrying elapsed time, every segment's clock runs
        // from the creation over the same events, so its due depends only on the priority: computed once per priority. Restarting,
        // a segment's clock runs from its own start and matters only until the next change: scanned that far and no further.
        // Either way the cost grows with the events (times the priorities a ticket had), never with their square. Carried dues
        // live on the stack for policies of up to 64 priorities; a larger policy allocates one array per evaluation.
        int priority = Policy.IndexOf(events[0].Value!, nameof(events));
        int priorityCount = Policy.Priorities.Count;
        Span<Instant> carriedDues = PriorityChange == PriorityChangeMode.Carry && priorityCount <= MaxStackPriorities
            ? stackalloc Instant[priorityCount]
            : Span<Instant>.Empty;
        carriedDues.Fill(Instant.MinValue);
        Instant[]? carriedDuesOnHeap = null;
        Instant segmentStart = created;
        int segmentFirst = 0;
        byte stateBeforeSegment = Running;
        byte stateBefore = Running;
        Instant? breachedAt = null;
        for (int i = 0; i < limit; i++)
        {
            byte stateAfter = StateAfter(events, states, i, stateBefore);
            if (i > 0 && events[i].Kind == TicketEventKind.PriorityChanged)
            {
                int next = Policy.IndexOf(events[i].Value!, nameof(events));
                if (next != priority)
                {
                    Instant change = events[i].At;
                    if (breachedAt is null && segmentStart < change)
                    {
                        Instant due;
                        if (PriorityChange == PriorityChangeMode.Carry)
                        {
                            if (carriedDues.Length == 0)
                            {
                                carriedDuesOnHeap ??= NewDues(priorityCount);
                            }

                            Span<Instant> dues = carriedDues.Length != 0 ? carriedDues : carriedDuesOnHeap;
                            if (dues[priority] == Instant.MinValue)
                            {
                                dues[priority] = SegmentDue(events, states, 0, Running, limit, priority, created, end, fulfilledAt is null ? nowParam : null);
                            }

                            due = dues[priority];
                        }
                        else
                        {
                            due = SegmentDue(events, states, segmentFirst, stateBeforeSegment, i, priority, segmentStart, change, nowParam: null);
                        }

                        if (due < change)
                        {
                            breachedAt = Max(due, segmentStart);
                        }
                    }

                    priority = next;
                    segmentStart = change;
                    segmentFirst = i;
                    stateBeforeSegment = stateBefore;
                }
            }

            stateBefore = stateAfter;
        }

        // The final segment: the status describes its target.
        Instant start = PriorityChange == PriorityChangeMode.Carry ? created : segmentStart;
        int first = PriorityChange == PriorityChangeMode.Carry ? 0 : segmentFirst;
        byte firstState = PriorityChange == PriorityChangeMode.Carry ? Running : stateBeforeSegment;
        SlaTarget target = Policy.GetTarget(priority, Metric, out BusinessCalendar calendar);
        CheckRange(target, calendar, start, end, fulfilledAt is null ? nowParam : null);
        Instant nominal = NominalDue(target, calendar, start) ?? ThrowDueOutOfRange(target, calendar, start);
        Duration budget = Budget(target, calendar, start, nominal);

        Span<Duration> levels = stackalloc Duration[SlaClockOptions.MaxWarningThresholds + 1];
        Span<Instant> reached = stackalloc Instant[SlaClockOptions.MaxWarningThresholds + 1];
        long budgetNanoseconds = budget.ToInt64Nanoseconds();
        for (int j = 0; j < thresholdCount; j++)
        {
            levels[j] = Duration.FromNanoseconds((long)decimal.Ceiling(budgetNanoseconds * _thresholds[j] / 100m));
        }

        levels[thresholdCount] = budget;
        Duration elapsed = Accumulate(events, states, first, firstState, limit, start, end, WallClock(target), calendar, levels.Slice(0, thresholdCount + 1), reached, out bool representable, project: true);
        if (!representable)
        {
            ThrowDueOutOfRange(target, calendar, start);
        }

        Instant dueAt = Max(nominal, reached[thresholdCount]);
        bool lastBreached = fulfilledAt is { } fulfilled ? dueAt < fulfilled : dueAt <= now;
        if (breachedAt is null && lastBreached)
        {
            breachedAt = Max(dueAt, segmentStart);
        }

        decimal percent = budget == Duration.Zero
            ? (end >= dueAt ? 100.000000m : 0.000000m)
            : PercentOf(elapsed, budgetNanoseconds);

        int fired = 0;
        Instant? nextWarning = null;
        for (int j = 0; j < thresholdCount; j++)
        {
            Instant at = Max(budget == Duration.Zero ? dueAt : reached[j], segmentStart);
            Instant? warningAt = fulfilledAt is { } f && f <= at ? null : at;
            bool hasFired = warningAt is { } w && w <= now;
            if (hasFired)
            {
                fired++;
            }
            else if (nextWarning is null && warningAt is not null)
            {
                nextWarning = warningAt;
            }

            if (warnings.Length != 0)
            {
                warnings[j] = new SlaWarning(_thresholds[j], warningAt, hasFired);
            }
        }

        return new SlaStatus(
            Metric,
            Policy.PriorityAt(priority),
            target,
            calendar,
            now,
            start,
            end,
            dueAt,
            budget,
            elapsed,
            fulfilledAt is null && finalState == Paused,
            fulfilledAt,
            breachedAt,
            percent,
            fired,
            nextWarning);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static bool WallClock(SlaTarget target) => target.Kind == SlaTargetKind.Calendar;

    private static Duration Budget(SlaTarget target, BusinessCalendar calendar, Instant start, Instant nominal)
        => target.Kind is SlaTargetKind.Calendar or SlaTargetKind.Business ? target.Duration : calendar.BusinessTimeBetween(start, nominal);

    /// <summary>100 × elapsed ÷ budget, rounded toward zero to six decimal places, in exact decimal integer arithmetic.</summary>
    private static decimal PercentOf(Duration elapsed, long budgetNanoseconds)
    {
        decimal numerator = ((elapsed.Days * NanosecondsPerDay) + elapsed.NanosecondOfDay) * 100_000_000m;
        decimal denominator = budgetNanoseconds;
        decimal quotient = decimal.Truncate(numerator / denominator);
        decimal remainder = numerator - (quotient * denominator);
        if (remainder < 0)
        {
            quotient--;
        }
        else if (remainder >= denominator)
        {
            quotient++;
        }

        return quotient * 0.000001m;
    }

    private static HashSet<string> StatusSet(IReadOnlyList<string> statuses, string what)
    {
        Preconditions.CheckNotNull(statuses, "options");
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string status in statuses)
        {
            if (status is null || status.Trim().Length == 0)
            {
                Preconditions.ThrowArgument("options", Preconditions.Format("The {0} statuses must not be null, empty or blank, was \"{1}\".", what, status));
            }

            set.Add(status);
        }

        return set;
    }

    private static decimal[] Thresholds(IReadOnlyList<decimal> thresholds)
    {
        if (thresholds.Count > SlaClockOptions.MaxWarningThresholds)
        {
            Preconditions.ThrowArgument("options", Preconditions.Format(
                "A clock takes at most {0} warning thresholds, was {1}.", SlaClockOptions.MaxWarningThresholds, thresholds.Count));
        }

        decimal[] sorted = thresholds.OrderBy(t => t).ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            decimal t = sorted[i];
            if (t <= 0m || t >= 100m || decimal.Round(t, 4) != t)
            {
                Preconditions.ThrowArgument("options", Preconditions.Format(
                    "Warning thresholds must be percents strictly between 0 and 100 with at most four decimal places, was {0}.", t));
            }

            if (i > 0 && sorted[i - 1] == t)
            {
                Preconditions.ThrowArgument("options", Preconditions.Format("Warning thresholds must be distinct, but {0} repeats.", t));
            }
        }

        return sorted;
    }

    /// <summary>
    /// Runs the clock from <paramref name="from"/> to <paramref name="end"/> over events <paramref name="first"/> to
    /// <paramref name="limit"/> (excluded; the state before event <paramref name="first"/> is <paramref name="stateBefore"/>, and
    /// the events before it end at or before <paramref name="from"/>), writing into <paramref name="reached"/> the earliest
    /// instant at which each of the ascending <paramref name="levels"/> of running business time is reached, and returning the
    /// running business time at <paramref name="end"/>.
    /// </summary>
    /// <remarks>
    /// A level not reached by <paramref name="end"/> is projected past it as if the clock ran on when <paramref name="project"/>
    /// is set, and is <see cref="Instant.MaxValue"/> otherwise; a projection that leaves the calendar's range (or, on the wall
    /// clock of a <see cref="SlaTargetKind.Calendar"/> target, the representable instants) is <see cref="Instant.MaxValue"/> too.
    /// </remarks>
    private Duration Accumulate(
        ReadOnlySpan<TicketEvent> events,
        ReadOnlySpan<byte> states,
        int first,
        byte stateBefore,
        int limit,
        Instant from,
        Instant end,
        bool wallClock,
        BusinessCalendar calendar,
        ReadOnlySpan<Duration> levels,
        Span<Instant> reached,
        out bool representable,
        bool project)
    {
        representable = true;
        int next = 0;
        while (next < levels.Length && levels[next] <= Duration.Zero)
        {
            reached[next++] = from;
        }

        Duration total = Duration.Zero;
        byte state = stateBefore;
        for (int i = first; i < limit; i++)
        {
            state = StateAfter(events, states, i, state);
            if (state != Running)
            {
                continue;
            }

            Instant a = events[i].At;
            Instant b = i + 1 < limit ? events[i + 1].At : end;
            if (a < from)
            {
                a = from;
            }

            if (b > end)
            {
                b = end;
            }

            if (a >= b)
            {
                continue;
            }

            Duration open = wallClock ? b - a : calendar.BusinessTimeBetween(a, b);
            while (next < levels.Length && levels[next] - total <= open)
            {
                reached[next] = Add(calendar, wallClock, a, levels[next] - total, ref representable);
                next++;
            }

            total += open;
            if (!project && next == levels.Length)
            {
                break;
            }
        }

        while (next < levels.Length)
        {
            reached[next] = project ? Add(calendar, wallClock, end, levels[next] - total, ref representable) : Instant.MaxValue;
            next++;
        }

        return total;
    }

    /// <summary>Returns <paramref name="start"/> plus <paramref name="amount"/> of running time; <see cref="Instant.MaxValue"/>, clearing <paramref name="representable"/>, when that is out of range.</summary>
    private static Instant Add(BusinessCalendar calendar, bool wallClock, Instant start, Duration amount, ref bool representable)
    {
        if (wallClock ? amount <= Instant.MaxValue - start : calendar.TryAddBusinessTime(start, amount, out start))
        {
            return wallClock ? start + amount : start;
        }

        representable = false;
        return Instant.MaxValue;
    }

    /// <summary>
    /// The due of a priority's target measured from <paramref name="from"/> with the pauses in events <paramref name="first"/> to
    /// <paramref name="limit"/>, up to <paramref name="end"/>: <see cref="Instant.MaxValue"/> when it is not reached by then (or
    /// cannot be represented), which is never a breach.
    /// </summary>
    private Instant SegmentDue(ReadOnlySpan<TicketEvent> events, ReadOnlySpan<byte> states, int first, byte stateBefore, int limit, int priority, Instant from, Instant end, string? nowParam)
    {
        SlaTarget target = Policy.GetTarget(priority, Metric, out BusinessCalendar calendar);
        CheckRange(target, calendar, from, end, nowParam);
        if (NominalDue(target, calendar, from) is not Instant nominal)
        {
            return Instant.MaxValue;
        }

        Span<Duration> level = stackalloc Duration[1];
        Span<Instant> reached = stackalloc Instant[1];
        level[0] = Budget(target, calendar, from, nominal);
        Accumulate(events, states, first, stateBefore, limit, from, end, WallClock(target), calendar, level, reached, out _, project: false);
        return Max(nominal, reached[0]);
    }

    /// <summary>The target's due from <paramref name="from"/> without pauses, or <see langword="null"/> when it lies outside the calendar's range (or past <see cref="Instant.MaxValue"/>).</summary>
    private static Instant? NominalDue(SlaTarget target, BusinessCalendar calendar, Instant from)
    {
        if (WallClock(target))
        {
            return target.Duration > Instant.MaxValue - from ? null : from + target.Duration;
        }

        // DueAt documents one reason for ArgumentOutOfRangeException: the start or the due lies outside the calendar's range. The
        // start was checked (CheckRange), so here it means the due lies past the range's end: for a segment before a priority
        // change (which lies inside the range), never a breach; for the final segment, the caller's error.
        try
        {
            return target.DueAt(calendar, from);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks that the calendar of a business-time target covers its clock, from <paramref name="from"/> to <paramref name="end"/>;
    /// <paramref name="nowParam"/> names the argument <paramref name="end"/> came from when it is the evaluation instant.
    /// </summary>
    private static void CheckRange(SlaTarget target, BusinessCalendar calendar, Instant from, Instant end, string? nowParam)
    {
        if (WallClock(target))
        {
            return;
        }

        Interval supported = calendar.SupportedInterval;
        if (from < supported.Start || from >= supported.End)
        {
            Preconditions.ThrowOutOfRange("events", from, Preconditions.Format(
                "The clock of target {0} starts at {1}, outside {2}–{3}, the instants its calendar supports.", target, from, supported.Start, supported.End));
        }

        if (end >= supported.End)
        {
            Preconditions.ThrowOutOfRange(nowParam ?? "events", end, Preconditions.Format(
                nowParam is not null ? "The evaluation instant {1} is outside {2}–{3}, the instants the calendar of target {0} supports." : "The ticket's clock ends at {1}, outside {2}–{3}, the instants the calendar of target {0} supports.",
                target,
                end,
                supported.Start,
                supported.End));
        }
    }

    [DoesNotReturn]
    private static Instant ThrowDueOutOfRange(SlaTarget target, BusinessCalendar calendar, Instant start)
    {
        if (WallClock(target))
        {
            Preconditions.ThrowOutOfRange("events", start, Preconditions.Format(
                "The due of target {0} for the clock that starts at {1} is past {2}, the last instant that can be represented.", target, start, Instant.MaxValue));
        }

        Preconditions.ThrowOutOfRange("events", start, Preconditions.Format(
            "The due of target {0} for the clock that starts at {1} is at or past {2}, the end of the instants its calendar supports.", target, start, calendar.SupportedInterval.End));
        return default;
    }

    private static Instant[] NewDues(int count)
    {
        var dues = new Instant[count];
        dues.AsSpan().Fill(Instant.MinValue);
        return dues;
    }

    /// <summary>The state after event <paramref name="i"/>: cached in <paramref name="states"/>, or classified from <paramref name="state"/>, the state before it.</summary>
    private byte StateAfter(ReadOnlySpan<TicketEvent> events, ReadOnlySpan<byte> states, int i, byte state)
        => states.Length != 0 ? states[i] : Apply(events[i], state);

    private byte Apply(in TicketEvent e, byte state) => e.Kind switch
    {
        TicketEventKind.Created => Classify(e.Status!),
        TicketEventKind.StatusChanged => Classify(e.Value!),
        TicketEventKind.Solved => Solved,
        TicketEventKind.Reopened => Classify(TicketEvent.OpenStatus),
        _ => state,
    };

    private byte Classify(string status)
        => _solvedStatuses.Contains(status) ? Solved : _pauseStatuses.Contains(status) ? Paused : Running;

    /// <summary>Checks the events and <paramref name="now"/>; returns how many events are at or before now, and the state after them.</summary>
    private int Validate(ReadOnlySpan<TicketEvent> events, Instant now, string nowParam, Span<byte> states, out byte finalState)
    {
        if (events.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(events), "A ticket's events must start with a Created event, was empty.");
        }

        if (events[0].Kind != TicketEventKind.Created)
        {
            Preconditions.ThrowArgument(nameof(events), Preconditions.Format("A ticket's events must start with a Created event, was {0}.", events[0]));
        }

        if (now < events[0].At)
        {
            Preconditions.ThrowArgument(nowParam, Preconditions.Format(
                "The evaluation instant must not be before the ticket's creation at {0}, was {1}.", events[0].At, now));
        }

        int count = 0;
        byte state = Running;
        finalState = Running;
        for (int i = 0; i < events.Length; i++)
        {
            TicketEvent e = events[i];
            if (e.Kind is < TicketEventKind.Created or > TicketEventKind.Reopened)
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format("Ticket event {0} has no kind: it is the default TicketEvent value.", i));
            }

            if (i > 0 && e.Kind == TicketEventKind.Created)
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format("A ticket is created once, but event {0} ({1}) is a second Created event.", i, e));
            }

            if (i > 0 && e.At < events[0].At)
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format(
                    "Ticket event {0} ({1}) is before the ticket's creation at {2}.", i, e, events[0].At));
            }

            if (i > 0 && e.At < events[i - 1].At)
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format(
                    "Ticket events must be in time order, but event {0} ({1}) is before event {2} ({3}).", i, e, i - 1, events[i - 1]));
            }

            if (e.Kind is TicketEventKind.Created or TicketEventKind.PriorityChanged && !Policy.TryGetPriority(e.Value, out _))
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format(
                    "Ticket event {0} ({1}) names priority \"{2}\", which policy \"{3}\" does not have; its priorities are {4}.",
                    i, e, e.Value, Policy.Name, string.Join(", ", Policy.Priorities)));
            }

            if (e.Kind == TicketEventKind.Reopened && state != Solved)
            {
                Preconditions.ThrowArgument(nameof(events), Preconditions.Format("Ticket event {0} ({1}) reopens a ticket that is not solved.", i, e));
            }

            state = Apply(e, state);
            if (states.Length != 0)
            {
                states[i] = state;
            }

            if (e.At <= now)
            {
                count = i + 1;
                finalState = state;
            }
        }

        return count;
    }
}
