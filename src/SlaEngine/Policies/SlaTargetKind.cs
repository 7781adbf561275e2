namespace SlaEngine.Policies;

/// <summary>How an <see cref="SlaTarget"/> turns a start instant into a due instant.</summary>
public enum SlaTargetKind
{
    /// <summary>Not a valid kind; the kind of <c>default(SlaTarget)</c>.</summary>
    None = 0,

    /// <summary>Wall-clock time, 24x7: the due is the start plus the duration, whatever the business calendar.</summary>
    Calendar = 1,

    /// <summary>Business time on the calendar: the earliest instant at which the duration of open time has elapsed.</summary>
    Business = 2,

    /// <summary>The same local time on the n-th business day after the start; a start outside hours first moves to the next opening.</summary>
    BusinessDays = 3,

    /// <summary>The close of the n-th business day after the start's business day (n = 0: the close of that day).</summary>
    EndOfBusinessDay = 4,

    /// <summary>A fixed local time on the first business day after the start's date.</summary>
    NextBusinessDayAt = 5,
}
