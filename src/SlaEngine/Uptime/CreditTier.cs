using System;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>One row of a service-credit table: an uptime range and the credit it earns, as a percentage of the monthly charge.</summary>
/// <remarks>
/// The range is [<see cref="MinimumUptimePercent"/>, <see cref="MaximumUptimePercent"/>): the lower bound is inclusive, as cloud
/// contracts write "at least 99.0 % but less than 99.9 %", and the upper bound exclusive, except that a maximum of 100 includes
/// 100. Each figure has at most six decimal places. The default value is an empty range at 0 with no credit, which
/// <see cref="CreditSchedule.Create"/> rejects.
/// </remarks>
public readonly struct CreditTier : IEquatable<CreditTier>
{
    /// <summary>The largest number of decimal places a tier's figures may have: 6.</summary>
    public const int MaxDecimalPlaces = 6;

    /// <summary>Initializes a tier.</summary>
    /// <param name="minimumUptimePercent">The lowest uptime in the tier, inclusive; from 0 to below <paramref name="maximumUptimePercent"/>.</param>
    /// <param name="maximumUptimePercent">The uptime the tier stops at, exclusive (100 is inclusive); at most 100.</param>
    /// <param name="creditPercent">The credit, as a percentage of the monthly charge; from 0 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is out of range or has more than six decimal places.</exception>
    public CreditTier(decimal minimumUptimePercent, decimal maximumUptimePercent, decimal creditPercent)
    {
        Check(minimumUptimePercent, maximumUptimePercent, creditPercent, Problems.Throw);
        MinimumUptimePercent = minimumUptimePercent;
        MaximumUptimePercent = maximumUptimePercent;
        CreditPercent = creditPercent;
    }

    /// <summary>Gets the lowest uptime in the tier, inclusive, as a percentage.</summary>
    public decimal MinimumUptimePercent { get; }

    /// <summary>Gets the uptime the tier stops at, exclusive unless it is 100, as a percentage.</summary>
    public decimal MaximumUptimePercent { get; }

    /// <summary>Gets the credit, as a percentage of the monthly charge.</summary>
    public decimal CreditPercent { get; }

    /// <summary>Returns whether an uptime falls in the tier, exactly.</summary>
    /// <param name="uptime">The uptime.</param>
    /// <returns><see langword="true"/> when minimum ≤ uptime &lt; maximum, or uptime ≤ 100 % when the maximum is 100.</returns>
    public bool Contains(ExactRatio uptime)
        => uptime.CompareToPercent(MinimumUptimePercent) >= 0
            && (MaximumUptimePercent == 100m ? uptime.CompareToPercent(100m) <= 0 : uptime.CompareToPercent(MaximumUptimePercent) < 0);

    /// <inheritdoc />
    public bool Equals(CreditTier other)
        => MinimumUptimePercent == other.MinimumUptimePercent && MaximumUptimePercent == other.MaximumUptimePercent && CreditPercent == other.CreditPercent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditTier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(MinimumUptimePercent.GetHashCode(), MaximumUptimePercent.GetHashCode(), CreditPercent.GetHashCode());

    /// <summary>Returns the tier as "[99.0 %, 99.9 %) → 10 %".</summary>
    /// <returns>The tier in the invariant culture.</returns>
    public override string ToString()
        => Preconditions.Format("[{0} %, {1} %{2} → {3} %", MinimumUptimePercent, MaximumUptimePercent, MaximumUptimePercent == 100m ? "]" : ")", CreditPercent);

    /// <summary>Returns whether two tiers are equal.</summary>
    /// <param name="left">The first tier.</param>
    /// <param name="right">The second tier.</param>
    /// <returns><see langword="true"/> when all three figures are equal.</returns>
    public static bool operator ==(CreditTier left, CreditTier right) => left.Equals(right);

    /// <summary>Returns whether two tiers differ.</summary>
    /// <param name="left">The first tier.</param>
    /// <param name="right">The second tier.</param>
    /// <returns><see langword="true"/> when a figure differs.</returns>
    public static bool operator !=(CreditTier left, CreditTier right) => !left.Equals(right);

    /// <summary>Checks the figures of a tier; returns whether they make one.</summary>
    internal static bool Check(decimal minimumUptimePercent, decimal maximumUptimePercent, decimal creditPercent, Problems problems)
    {
        int before = problems.Count;
        bool figures = CheckPercent(minimumUptimePercent, nameof(minimumUptimePercent), "A tier's minimum uptime", problems)
            & CheckPercent(maximumUptimePercent, nameof(maximumUptimePercent), "A tier's maximum uptime", problems)
            & CheckPercent(creditPercent, nameof(creditPercent), "A tier's credit", problems);
        if (figures && maximumUptimePercent <= minimumUptimePercent)
        {
            problems.OutOfRange(nameof(maximumUptimePercent), maximumUptimePercent, Preconditions.Format(
                "A tier's maximum uptime must be above its minimum ({0} %), was {1} %.", minimumUptimePercent, maximumUptimePercent));
        }

        return problems.Count == before;
    }

    private static bool CheckPercent(decimal value, string paramName, string what, Problems problems)
    {
        if (value < 0m || value > 100m)
        {
            problems.OutOfRange(paramName, value, Preconditions.Format("{0} must be between 0 and 100 percent, was {1}.", what, value));
            return false;
        }

        if (DecimalParts.Places(value) > MaxDecimalPlaces)
        {
            problems.OutOfRange(paramName, value, Preconditions.Format("{0} must have at most {1} decimal places, was {2}.", what, MaxDecimalPlaces, value));
            return false;
        }

        return true;
    }
}
