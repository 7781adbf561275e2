using System;
using System.Collections.Generic;

namespace SlaEngine.Policies;

/// <summary>How an <see cref="SlaClock"/> reads a ticket's statuses, priority changes and warnings.</summary>
/// <remarks>
/// A clock copies and checks the options when it is built, so changing them afterwards (they are init-only) has no effect
/// on existing clocks. Status names are compared ignoring case.
/// </remarks>
public sealed class SlaClockOptions
{
    /// <summary>Gets the default options: pause on Pending and On-hold, solved on Solved and Closed, carry elapsed time over priority changes, warn at 50 % and 75 %.</summary>
    public static SlaClockOptions Default { get; } = new();

    /// <summary>Gets the statuses in which the clock is paused. The default value is "Pending" and "On-hold".</summary>
    /// <remarks>A pause stops only the business time it overlaps: a ticket pending overnight on a 9–17 calendar loses nothing.</remarks>
    public IReadOnlyList<string> PauseStatuses { get; init; } = Array.AsReadOnly(new[] { "Pending", "On-hold" });

    /// <summary>
    /// Gets the statuses in which the ticket is solved: the clock stops, and <see cref="SlaMetric.Resolution"/> is met if the
    /// ticket stays solved. The default value is "Solved" and "Closed". A change to any other status reopens the ticket.
    /// </summary>
    public IReadOnlyList<string> SolvedStatuses { get; init; } = Array.AsReadOnly(new[] { TicketEvent.SolvedStatus, "Closed" });

    /// <summary>Gets what a priority change does. The default value is <see cref="PriorityChangeMode.Carry"/>.</summary>
    public PriorityChangeMode PriorityChange { get; init; } = PriorityChangeMode.Carry;

    /// <summary>
    /// Gets the warning thresholds, as percents of the target strictly between 0 and 100 with at most four decimal places;
    /// at most ten, distinct, in any order. The default value is 50 and 75.
    /// </summary>
    public IReadOnlyList<decimal> WarningThresholds { get; init; } = Array.AsReadOnly(new[] { 50m, 75m });

    /// <summary>The most warning thresholds a clock accepts: 10.</summary>
    public const int MaxWarningThresholds = 10;
}
