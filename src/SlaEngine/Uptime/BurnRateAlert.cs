namespace SlaEngine.Uptime;

/// <summary>The state of one <see cref="BurnRateAlertRule"/> over recent per-minute counts.</summary>
/// <remarks>
/// The default value is the alert of the default (empty) <see cref="BurnRateAlertRule"/>: both burn rates 0, and it does not fire.
/// </remarks>
public readonly struct BurnRateAlert
{
    internal BurnRateAlert(BurnRateAlertRule rule, ExactRatio longWindowBurnRate, ExactRatio shortWindowBurnRate)
    {
        Rule = rule;
        LongWindowBurnRate = longWindowBurnRate;
        ShortWindowBurnRate = shortWindowBurnRate;
    }

    /// <summary>Gets the rule.</summary>
    public BurnRateAlertRule Rule { get; }

    /// <summary>Gets the burn rate over the long window: its error ratio ÷ (1 − target).</summary>
    public ExactRatio LongWindowBurnRate { get; }

    /// <summary>Gets the burn rate over the short window.</summary>
    public ExactRatio ShortWindowBurnRate { get; }

    /// <summary>Gets whether both burn rates reach the rule's threshold.</summary>
    public bool IsFiring => Rule.LongWindow > NodaTime.Duration.Zero && LongWindowBurnRate >= Rule.BurnRateThreshold && ShortWindowBurnRate >= Rule.BurnRateThreshold;
}
