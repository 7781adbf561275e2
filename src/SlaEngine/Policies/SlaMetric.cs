namespace SlaEngine.Policies;

/// <summary>What an SLA target measures on a ticket.</summary>
public enum SlaMetric
{
    /// <summary>Not a valid metric; the default value of the enumeration.</summary>
    None = 0,

    /// <summary>
    /// Time to the first response: met by the first <see cref="TicketEventKind.Responded"/> event, or by the ticket
    /// being solved if that comes first. Reopening the ticket afterwards does not undo it.
    /// </summary>
    FirstResponse = 1,

    /// <summary>
    /// Time to resolution: met when the ticket becomes solved and stays solved. A reopened ticket's clock runs again
    /// from the business time it had used; the stretch while it was solved does not count.
    /// </summary>
    Resolution = 2,
}
