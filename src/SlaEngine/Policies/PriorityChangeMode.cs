namespace SlaEngine.Policies;

/// <summary>What an <see cref="SlaClock"/> does when a ticket's priority changes.</summary>
public enum PriorityChangeMode
{
    /// <summary>Not a valid mode; the default value of the enumeration.</summary>
    None = 0,

    /// <summary>
    /// The new priority's target applies from the ticket's creation, as if the ticket had always had it: elapsed
    /// business time is kept (measured on the new target's calendar, with the same pauses). A target that is then
    /// already past is breached at the moment of the change. This is the default.
    /// </summary>
    Carry = 1,

    /// <summary>The new priority's target starts afresh at the moment of the change, with nothing elapsed.</summary>
    Restart = 2,
}
