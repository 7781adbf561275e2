namespace SlaEngine.Uptime;

/// <summary>The service credit a <see cref="CreditSchedule"/> grants for an uptime and a monthly charge.</summary>
/// <remarks>
/// The default value is no tier, no credit, at uptime 0: <see cref="TierIndex"/> -1, <see cref="Tier"/> <see langword="null"/>,
/// <see cref="CreditPercent"/> and <see cref="Amount"/> 0, <see cref="Uptime"/> 0.
/// </remarks>
public readonly struct CreditResult
{
    private readonly int _tierIndexPlusOne; // so that default(CreditResult) has no tier, -1

    internal CreditResult(int tierIndex, CreditTier? tier, decimal creditPercent, decimal amount, ExactRatio uptime)
    {
        _tierIndexPlusOne = tierIndex + 1;
        Tier = tier;
        CreditPercent = creditPercent;
        Amount = amount;
        Uptime = uptime;
    }

    /// <summary>Gets the index of the tier in <see cref="CreditSchedule.Tiers"/> (lowest uptime first), or -1 when the uptime earns no credit.</summary>
    public int TierIndex => _tierIndexPlusOne - 1;

    /// <summary>Gets the tier the uptime falls in, or <see langword="null"/> when it earns no credit.</summary>
    public CreditTier? Tier { get; }

    /// <summary>Gets the credit as a percentage of the monthly charge; 0 without a tier.</summary>
    public decimal CreditPercent { get; }

    /// <summary>Gets the credit amount: charge × percent ÷ 100, rounded to the currency's minor unit as asked.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the uptime the credit was computed for.</summary>
    public ExactRatio Uptime { get; }

    /// <summary>Returns the result as "10 % (tier 2) = 123.44".</summary>
    /// <returns>The result in the invariant culture.</returns>
    public override string ToString() => Internal.Preconditions.Format("{0} % (tier {1}) = {2}", CreditPercent, TierIndex, Amount);
}
