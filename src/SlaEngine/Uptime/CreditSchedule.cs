using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>
/// A service-credit table: uptime ranges and the credit each earns, as a percentage of the monthly charge, such as
/// "[99.0 %, 99.9 %) → 10 %, [95.0 %, 99.0 %) → 25 %, below 95.0 % → 100 %".
/// </summary>
/// <remarks>
/// <para>
/// The tiers cover [0 %, top) without gaps or overlaps: the lowest starts at 0 and each ends where the next begins. Uptime at or
/// above the top tier's maximum earns no credit (when that maximum is 100, 100 % is in the top tier). The credit never rises as
/// uptime rises, so more downtime never earns less. Every comparison is exact.
/// </para>
/// <para>A schedule is immutable, with structural equality, and is safe to share between threads.</para>
/// </remarks>
public sealed class CreditSchedule : IEquatable<CreditSchedule>
{
    private readonly CreditTier[] _tiers;
    private readonly ReadOnlyCollection<CreditTier> _tiersView;

    private CreditSchedule(CreditTier[] tiers)
    {
        _tiers = tiers;
        _tiersView = new ReadOnlyCollection<CreditTier>(tiers);
    }

    /// <summary>Gets the tiers, lowest uptime first.</summary>
    /// <remarks>The same read-only list every time; it cannot be cast to an array or changed.</remarks>
    public IReadOnlyList<CreditTier> Tiers => _tiersView;

    /// <summary>Creates a schedule from its tiers, in any order.</summary>
    /// <param name="tiers">The tiers; at least one.</param>
    /// <returns>The schedule, its tiers sorted by minimum uptime.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no tiers, a tier is the default value, the lowest tier does not start at 0 %, two tiers leave a gap or overlap, or the credit rises with uptime.</exception>
    public static CreditSchedule Create(params CreditTier[] tiers) => TryCreate(Preconditions.CheckNotNull(tiers, nameof(tiers)), Problems.Throw)!;

    /// <summary>Creates a schedule as <see cref="Create"/> does, or reports every problem of its tiers (member <c>tiers</c>) and returns <see langword="null"/>.</summary>
    internal static CreditSchedule? TryCreate(IReadOnlyList<CreditTier> tiers, Problems problems)
    {
        int before = problems.Count;
        if (tiers.Count == 0)
        {
            problems.Invalid(nameof(tiers), "A credit schedule needs at least one tier, was given none.");
            return null;
        }

        CreditTier[] sorted = tiers.OrderBy(t => t.MinimumUptimePercent).ThenBy(t => t.MaximumUptimePercent).ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].MaximumUptimePercent <= sorted[i].MinimumUptimePercent)
            {
                problems.Invalid(nameof(tiers), Preconditions.Format("A tier's range must not be empty, was {0}.", sorted[i]));
                return null;
            }
        }

        if (sorted[0].MinimumUptimePercent != 0m)
        {
            problems.Invalid(nameof(tiers), Preconditions.Format(
                "The lowest tier must start at 0 %, so that every uptime below the top has a tier, was {0}.", sorted[0]));
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            CreditTier lower = sorted[i - 1];
            CreditTier upper = sorted[i];
            if (lower.MaximumUptimePercent < upper.MinimumUptimePercent)
            {
                problems.Invalid(nameof(tiers), Preconditions.Format(
                    "Tiers must not leave a gap, but {0} and {1} leave [{2} %, {3} %) uncovered.", lower, upper, lower.MaximumUptimePercent, upper.MinimumUptimePercent));
            }

            if (lower.MaximumUptimePercent > upper.MinimumUptimePercent)
            {
                problems.Invalid(nameof(tiers), Preconditions.Format(
                    "Tiers must not overlap, but {0} and {1} both cover {2} %.", lower, upper, upper.MinimumUptimePercent));
            }

            if (upper.CreditPercent > lower.CreditPercent)
            {
                problems.Invalid(nameof(tiers), Preconditions.Format(
                    "A tier's credit must not rise with uptime, but {0} grants more than {1}.", upper, lower));
            }
        }

        return problems.Count == before ? new CreditSchedule(sorted) : null;
    }

    /// <summary>Returns the credit a report's uptime earns on a monthly charge, in a currency with two minor-unit decimals (USD, EUR).</summary>
    /// <param name="report">The month's uptime report.</param>
    /// <param name="monthlyCharge">The charge for the month; zero or positive.</param>
    /// <param name="rounding">How the amount is rounded to cents: 10 % of 1,234.45 is 123.44 with <see cref="MidpointRounding.ToEven"/> and 123.45 with <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <returns>The tier, percent and amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The charge is negative or so large that the credit does not fit in a <see cref="decimal"/> in cents, or <paramref name="rounding"/> is not a defined member.</exception>
    public CreditResult Evaluate(UptimeReport report, decimal monthlyCharge, MidpointRounding rounding) => Evaluate(report, monthlyCharge, rounding, 2);

    /// <summary>Returns the credit an uptime earns on a monthly charge, in a currency with two minor-unit decimals (USD, EUR).</summary>
    /// <param name="uptime">The uptime, from 0 to 1.</param>
    /// <param name="monthlyCharge">The charge for the month; zero or positive.</param>
    /// <param name="rounding">How the amount is rounded to cents.</param>
    /// <returns>The tier, percent and amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The uptime is above 1, the charge is negative or so large that the credit does not fit in a <see cref="decimal"/> in cents, or <paramref name="rounding"/> is not a defined member.</exception>
    public CreditResult Evaluate(ExactRatio uptime, decimal monthlyCharge, MidpointRounding rounding) => Evaluate(uptime, monthlyCharge, rounding, 2);

    /// <summary>Returns the credit a report's uptime earns on a monthly charge.</summary>
    /// <param name="report">The month's uptime report.</param>
    /// <param name="monthlyCharge">The charge for the month; zero or positive, in the currency's major unit.</param>
    /// <param name="rounding">How the amount is rounded to the minor unit: 10 % of 1,234.45 is 123.44 with <see cref="MidpointRounding.ToEven"/> and 123.45 with <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <param name="minorUnitDecimals">The currency's minor-unit decimal places, 0 to 6: 2 for USD and EUR, 0 for JPY, 3 for BHD.</param>
    /// <returns>The tier, percent and amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The charge is negative or so large that the credit does not fit in a <see cref="decimal"/> at the minor unit, <paramref name="minorUnitDecimals"/> is outside 0–6, or <paramref name="rounding"/> is not a defined member.</exception>
    public CreditResult Evaluate(UptimeReport report, decimal monthlyCharge, MidpointRounding rounding, int minorUnitDecimals)
        => Evaluate(Preconditions.CheckNotNull(report, nameof(report)).Uptime, monthlyCharge, rounding, minorUnitDecimals);

    /// <summary>Returns the credit an uptime earns on a monthly charge.</summary>
    /// <param name="uptime">The uptime, from 0 to 1.</param>
    /// <param name="monthlyCharge">The charge for the month; zero or positive, in the currency's major unit.</param>
    /// <param name="rounding">How the amount is rounded to the minor unit.</param>
    /// <param name="minorUnitDecimals">The currency's minor-unit decimal places, 0 to 6.</param>
    /// <returns>The tier, percent and amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The uptime is above 1, the charge is negative or so large that the credit does not fit in a <see cref="decimal"/> at the minor unit, <paramref name="minorUnitDecimals"/> is outside 0–6, or <paramref name="rounding"/> is not a defined member.</exception>
    public CreditResult Evaluate(ExactRatio uptime, decimal monthlyCharge, MidpointRounding rounding, int minorUnitDecimals)
    {
        if (uptime > ExactRatio.One)
        {
            Preconditions.ThrowOutOfRange(nameof(uptime), uptime, Preconditions.Format("The uptime must be at most 1, was {0}.", uptime));
        }

        if (monthlyCharge < 0m)
        {
            Preconditions.ThrowOutOfRange(nameof(monthlyCharge), monthlyCharge, Preconditions.Format("The monthly charge must not be negative, was {0}.", monthlyCharge));
        }

        Preconditions.CheckRange(minorUnitDecimals, 0, 6, nameof(minorUnitDecimals), "The minor-unit decimal places");
        DecimalParts.CheckRounding(rounding, nameof(rounding));
        int index = -1;
        for (int i = 0; i < _tiers.Length; i++)
        {
            if (_tiers[i].Contains(uptime))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return new CreditResult(-1, null, 0m, Amount(monthlyCharge, 0m, rounding, minorUnitDecimals), uptime);
        }

        CreditTier tier = _tiers[index];
        return new CreditResult(index, tier, tier.CreditPercent, Amount(monthlyCharge, tier.CreditPercent, rounding, minorUnitDecimals), uptime);
    }

    /// <inheritdoc />
    public bool Equals(CreditSchedule? other) => other is not null && _tiers.AsSpan().SequenceEqual(other._tiers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CreditSchedule);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = _tiers.Length;
        foreach (CreditTier tier in _tiers)
        {
            hash = HashCodes.Combine(hash, tier.GetHashCode());
        }

        return hash;
    }

    /// <summary>Returns the tiers, such as "[0 %, 95.0 %) → 100 %; [95.0 %, 99.0 %) → 25 %; [99.0 %, 99.9 %) → 10 %".</summary>
    /// <returns>The schedule in the invariant culture.</returns>
    public override string ToString() => string.Join("; ", _tiers.Select(t => t.ToString()));

    /// <summary>charge × percent ÷ 100, rounded exactly to the minor unit: the product is computed in integers, never in floating point.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount at the minor unit does not fit in a <see cref="decimal"/> (a charge near <see cref="decimal.MaxValue"/>).</exception>
    private static decimal Amount(decimal charge, decimal percent, MidpointRounding rounding, int decimals)
    {
        (System.Numerics.BigInteger chargeUnits, int chargeScale) = DecimalParts.Split(charge);
        (System.Numerics.BigInteger percentUnits, int percentScale) = DecimalParts.Split(percent);

        // value = chargeUnits × percentUnits / 10^(chargeScale + percentScale + 2); scaled to the minor unit.
        System.Numerics.BigInteger numerator = chargeUnits * percentUnits * System.Numerics.BigInteger.Pow(10, decimals);
        System.Numerics.BigInteger denominator = System.Numerics.BigInteger.Pow(10, chargeScale + percentScale + 2);
        System.Numerics.BigInteger quotient = System.Numerics.BigInteger.DivRem(numerator, denominator, out System.Numerics.BigInteger remainder);
        if (!DecimalParts.TryJoin(DecimalParts.Round(quotient, remainder, denominator, rounding), decimals, out decimal amount))
        {
            Preconditions.ThrowOutOfRange("monthlyCharge", charge, Preconditions.Format(
                "The credit of {0} % of a monthly charge of {1} must fit in a decimal at {2} minor-unit decimals, but it does not; the charge is too large.",
                percent, charge, decimals));
        }

        return amount;
    }
}
