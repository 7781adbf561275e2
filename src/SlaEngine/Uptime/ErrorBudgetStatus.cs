namespace SlaEngine.Uptime;

/// <summary>How much of an <see cref="ErrorBudget"/> a downtime has used.</summary>
/// <remarks>
/// The default value is an empty budget with nothing consumed: 0 minutes allowed, consumed and remaining, a
/// <see cref="ConsumedFraction"/> of 0, and not exhausted.
/// </remarks>
public readonly struct ErrorBudgetStatus
{
    internal ErrorBudgetStatus(long allowedMinutes, long consumedMinutes, ExactRatio consumedFraction)
    {
        AllowedMinutes = allowedMinutes;
        ConsumedMinutes = consumedMinutes;
        ConsumedFraction = consumedFraction;
    }

    /// <summary>Gets the whole downtime minutes the target allows over the window.</summary>
    public long AllowedMinutes { get; }

    /// <summary>Gets the downtime minutes consumed.</summary>
    public long ConsumedMinutes { get; }

    /// <summary>Gets the whole minutes left: <see cref="AllowedMinutes"/> − <see cref="ConsumedMinutes"/>; negative once the target is missed.</summary>
    public long RemainingMinutes => AllowedMinutes - ConsumedMinutes;

    /// <summary>Gets the consumed downtime as an exact fraction of the exact allowed downtime (43.2 minutes for 30 days at 99.9 %); above 1 once the target is missed.</summary>
    public ExactRatio ConsumedFraction { get; }

    /// <summary>Gets whether the downtime exceeds the budget, so the target is missed.</summary>
    public bool IsExhausted => ConsumedMinutes > AllowedMinutes;

    /// <summary>Returns the status as "12 of 43 minutes consumed, 31 remaining".</summary>
    /// <returns>The status in the invariant culture.</returns>
    public override string ToString() => Internal.Preconditions.Format("{0} of {1} minutes consumed, {2} remaining", ConsumedMinutes, AllowedMinutes, RemainingMinutes);
}
