namespace SlaEngine.Policies;

/// <summary>What happened to a ticket, as seen by an <see cref="SlaClock"/>.</summary>
public enum TicketEventKind
{
    /// <summary>Not a valid kind; the kind of <c>default(TicketEvent)</c>.</summary>
    None = 0,

    /// <summary>The ticket was created, with a priority and a status. Always the first event, and only once.</summary>
    Created = 1,

    /// <summary>The ticket's status changed; pause and solved statuses are set in <see cref="SlaClockOptions"/>.</summary>
    StatusChanged = 2,

    /// <summary>The ticket's priority changed; see <see cref="PriorityChangeMode"/>.</summary>
    PriorityChanged = 3,

    /// <summary>An agent responded to the requester; the first one meets <see cref="SlaMetric.FirstResponse"/>.</summary>
    Responded = 4,

    /// <summary>The ticket was solved: its status became "Solved".</summary>
    Solved = 5,

    /// <summary>A solved ticket was reopened: its status became "Open".</summary>
    Reopened = 6,
}
