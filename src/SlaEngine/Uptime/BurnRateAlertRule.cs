using NodaTime;

namespace SlaEngine.Uptime;

/// <summary>
/// One multi-window burn-rate alert: it fires when the error budget burns at least <see cref="BurnRateThreshold"/> times the
/// sustainable rate over both <see cref="LongWindow"/> and <see cref="ShortWindow"/>.
/// </summary>
/// <remarks>
/// The threshold is the rate that would consume <see cref="BudgetConsumedPercent"/> of the budget in the long window:
/// consumed ÷ 100 × budget window ÷ long window. For a 30-day budget the SRE workbook's rules are 2 % in 1 hour (14.4×),
/// 5 % in 6 hours (6×) and 10 % in 3 days (1×). The default value is an empty rule: 0 % of the budget, zero-length windows
/// and a threshold of 0; a <see cref="BurnRateAlert"/> for it never fires.
/// </remarks>
public readonly struct BurnRateAlertRule
{
    internal BurnRateAlertRule(decimal budgetConsumedPercent, Duration longWindow, Duration shortWindow, ExactRatio burnRateThreshold)
    {
        BudgetConsumedPercent = budgetConsumedPercent;
        LongWindow = longWindow;
        ShortWindow = shortWindow;
        BurnRateThreshold = burnRateThreshold;
    }

    /// <summary>Gets the share of the budget, as a percentage, that burning at the threshold for the long window consumes.</summary>
    public decimal BudgetConsumedPercent { get; }

    /// <summary>Gets the long window.</summary>
    public Duration LongWindow { get; }

    /// <summary>Gets the short window, a twelfth of the long one, which lets the alert stop soon after the burning stops.</summary>
    public Duration ShortWindow { get; }

    /// <summary>Gets the burn rate both windows must reach, exactly: 72/5 (14.4) for the 1-hour rule of a 30-day budget.</summary>
    public ExactRatio BurnRateThreshold { get; }

    /// <summary>Returns the rule as "14.4000× over 60 min and 5 min (2 % of the budget)", the threshold rounded to four decimals.</summary>
    /// <returns>The rule in the invariant culture.</returns>
    public override string ToString()
        => Internal.Preconditions.Format("{0}× over {1} min and {2} min ({3} % of the budget)",
            BurnRateThreshold.ToDecimal(4, System.MidpointRounding.ToEven),
            LongWindow.BclCompatibleTicks / Evaluation.UptimeMath.TicksPerMinute,
            ShortWindow.BclCompatibleTicks / Evaluation.UptimeMath.TicksPerMinute,
            BudgetConsumedPercent);
}
