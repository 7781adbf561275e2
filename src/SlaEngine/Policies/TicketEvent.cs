using System;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Internal;

namespace SlaEngine.Policies;

/// <summary>One thing that happened to a ticket, at an instant: what an <see cref="SlaClock"/> evaluates.</summary>
/// <remarks>
/// Create events with the factory methods, from an <see cref="Instant"/> or a <see cref="DateTimeOffset"/> (whose offset only
/// locates the instant). A ticket's events go in a caller-provided span, array or list in time order, starting with
/// <see cref="Created(Instant, string, string)"/>; events at the same instant apply in their order there. The default value has kind
/// <see cref="TicketEventKind.None"/> and is rejected by the clock. Equality compares kind, instant and value (ordinal).
/// </remarks>
public readonly struct TicketEvent : IEquatable<TicketEvent>
{
    /// <summary>The status <see cref="Solved(Instant)"/> sets: "Solved".</summary>
    public const string SolvedStatus = "Solved";

    /// <summary>The status <see cref="Reopened(Instant)"/> sets: "Open".</summary>
    public const string OpenStatus = "Open";

    /// <summary>The status <see cref="Created(Instant, string)"/> sets: "New".</summary>
    public const string NewStatus = "New";

    // The initial status of a Created event (its Value is the priority).
    private readonly string? _status;

    private TicketEvent(TicketEventKind kind, Instant at, string? value, string? status = null)
    {
        Kind = kind;
        At = at;
        Value = value;
        _status = status;
    }

    /// <summary>Gets what happened.</summary>
    public TicketEventKind Kind { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>
    /// Gets the event's value: the priority for <see cref="TicketEventKind.PriorityChanged"/>, the status for
    /// <see cref="TicketEventKind.StatusChanged"/>, <see cref="TicketEventKind.Solved"/> ("Solved") and
    /// <see cref="TicketEventKind.Reopened"/> ("Open"), the priority for <see cref="TicketEventKind.Created"/> (see
    /// <see cref="Status"/> for its status); <see langword="null"/> otherwise.
    /// </summary>
    public string? Value { get; }

    /// <summary>Gets the status a <see cref="TicketEventKind.Created"/> event starts the ticket in; <see langword="null"/> for other kinds.</summary>
    public string? Status => Kind == TicketEventKind.Created ? _status : null;

    /// <summary>The ticket was created at <paramref name="at"/> with <paramref name="priority"/>, in status "New" (<see cref="NewStatus"/>).</summary>
    /// <param name="at">The creation instant.</param>
    /// <param name="priority">The priority's name in the policy (any case).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    public static TicketEvent Created(Instant at, string priority) => Created(at, priority, NewStatus);

    /// <summary>The ticket was created at <paramref name="at"/> with <paramref name="priority"/>, in <paramref name="status"/>.</summary>
    /// <param name="at">The creation instant.</param>
    /// <param name="priority">The priority's name in the policy (any case).</param>
    /// <param name="status">The initial status, for example "New" (<see cref="NewStatus"/>). A pause status (for example "Pending") starts the clock paused.</param>
    /// <returns>The event.</returns>
    /// <remarks>
    /// The initial status is a second overload rather than an optional parameter so that the <see cref="DateTimeOffset"/> overloads
    /// can have the same shape (only one overload of a public method may have optional parameters).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> or <paramref name="status"/> is <see langword="null"/>.</exception>
    public static TicketEvent Created(Instant at, string priority, string status)
    {
        Preconditions.CheckNotNull(priority, nameof(priority));
        Preconditions.CheckNotNull(status, nameof(status));
        return new TicketEvent(TicketEventKind.Created, at, priority, status);
    }

    /// <summary>The ticket's status changed to <paramref name="status"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <param name="status">The new status (any case), for example "Open", "Pending" or "Solved".</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is <see langword="null"/>.</exception>
    public static TicketEvent StatusChanged(Instant at, string status)
        => new(TicketEventKind.StatusChanged, at, Preconditions.CheckNotNull(status, nameof(status)));

    /// <summary>The ticket's priority changed to <paramref name="priority"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <param name="priority">The new priority's name in the policy (any case).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    public static TicketEvent PriorityChanged(Instant at, string priority)
        => new(TicketEventKind.PriorityChanged, at, Preconditions.CheckNotNull(priority, nameof(priority)));

    /// <summary>An agent responded to the requester at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Responded(Instant at) => new(TicketEventKind.Responded, at, null);

    /// <summary>The ticket was solved at <paramref name="at"/>: its status became "Solved".</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Solved(Instant at) => new(TicketEventKind.Solved, at, SolvedStatus);

    /// <summary>The solved ticket was reopened at <paramref name="at"/>: its status became "Open".</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Reopened(Instant at) => new(TicketEventKind.Reopened, at, OpenStatus);

    /// <summary>The ticket was created at <paramref name="at"/> with <paramref name="priority"/>, in status "New" (<see cref="NewStatus"/>).</summary>
    /// <param name="at">The creation instant, with any offset: <c>2026-11-20T09:00-05:00</c> is <c>2026-11-20T14:00Z</c>.</param>
    /// <param name="priority">The priority's name in the policy (any case).</param>
    /// <returns>The event; the same as <see cref="Created(Instant, string)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    public static TicketEvent Created(DateTimeOffset at, string priority) => Created(Instant.FromDateTimeOffset(at), priority, NewStatus);

    /// <summary>The ticket was created at <paramref name="at"/> with <paramref name="priority"/>, in <paramref name="status"/>.</summary>
    /// <param name="at">The creation instant, with any offset: <c>2026-11-20T09:00-05:00</c> is <c>2026-11-20T14:00Z</c>.</param>
    /// <param name="priority">The priority's name in the policy (any case).</param>
    /// <param name="status">The initial status, for example "New" (<see cref="NewStatus"/>). A pause status (for example "Pending") starts the clock paused.</param>
    /// <returns>The event; the same as <see cref="Created(Instant, string, string)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> or <paramref name="status"/> is <see langword="null"/>.</exception>
    public static TicketEvent Created(DateTimeOffset at, string priority, string status) => Created(Instant.FromDateTimeOffset(at), priority, status);

    /// <summary>The ticket's status changed to <paramref name="status"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When, with any offset.</param>
    /// <param name="status">The new status (any case), for example "Open", "Pending" or "Solved".</param>
    /// <returns>The event; the same as <see cref="StatusChanged(Instant, string)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is <see langword="null"/>.</exception>
    public static TicketEvent StatusChanged(DateTimeOffset at, string status)
        => StatusChanged(Instant.FromDateTimeOffset(at), status);

    /// <summary>The ticket's priority changed to <paramref name="priority"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When, with any offset.</param>
    /// <param name="priority">The new priority's name in the policy (any case).</param>
    /// <returns>The event; the same as <see cref="PriorityChanged(Instant, string)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    public static TicketEvent PriorityChanged(DateTimeOffset at, string priority)
        => PriorityChanged(Instant.FromDateTimeOffset(at), priority);

    /// <summary>An agent responded to the requester at <paramref name="at"/>.</summary>
    /// <param name="at">When, with any offset.</param>
    /// <returns>The event; the same as <see cref="Responded(Instant)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    public static TicketEvent Responded(DateTimeOffset at) => Responded(Instant.FromDateTimeOffset(at));

    /// <summary>The ticket was solved at <paramref name="at"/>: its status became "Solved".</summary>
    /// <param name="at">When, with any offset.</param>
    /// <returns>The event; the same as <see cref="Solved(Instant)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    public static TicketEvent Solved(DateTimeOffset at) => Solved(Instant.FromDateTimeOffset(at));

    /// <summary>The solved ticket was reopened at <paramref name="at"/>: its status became "Open".</summary>
    /// <param name="at">When, with any offset.</param>
    /// <returns>The event; the same as <see cref="Reopened(Instant)"/> at <paramref name="at"/>'s instant.</returns>
    /// <remarks>Any offset gives the same event: only the instant counts, and the offset is not kept.</remarks>
    public static TicketEvent Reopened(DateTimeOffset at) => Reopened(Instant.FromDateTimeOffset(at));

    /// <summary>Returns whether two events are equal.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when kind, instant, value and status are equal.</returns>
    public static bool operator ==(TicketEvent left, TicketEvent right) => left.Equals(right);

    /// <summary>Returns whether two events differ.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when they differ in kind, instant, value or status.</returns>
    public static bool operator !=(TicketEvent left, TicketEvent right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TicketEvent other)
        => Kind == other.Kind && At == other.At
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && string.Equals(_status, other._status, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TicketEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine((int)Kind, At.GetHashCode(), Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>Returns the event as text, for example <c>StatusChanged(Pending) at 2026-11-20T21:30:00Z</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString()
    {
        string at = InstantPattern.ExtendedIso.Format(At);
        return Kind switch
        {
            TicketEventKind.Created => "Created(" + Value + ", " + _status + ") at " + at,
            TicketEventKind.StatusChanged or TicketEventKind.PriorityChanged => Kind + "(" + Value + ") at " + at,
            _ => Kind + " at " + at,
        };
    }
}
