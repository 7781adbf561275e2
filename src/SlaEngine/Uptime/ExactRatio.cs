using System;
using System.Globalization;
using System.Numerics;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>
/// An exact, non-negative rational number: an uptime, an error rate, an allowed downtime in minutes, a burn rate. Every
/// comparison and every rounding is done in integer arithmetic, never in floating point.
/// </summary>
/// <remarks>
/// The value is kept reduced, with a positive denominator, so equal values have equal numerators and denominators. The
/// default value is 0 (0/1). This type is an immutable value and is safe to share between threads.
/// </remarks>
public readonly struct ExactRatio : IEquatable<ExactRatio>, IComparable<ExactRatio>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // so that default(ExactRatio) is 0/1

    /// <summary>Initializes a ratio equal to <paramref name="numerator"/> / <paramref name="denominator"/>, reduced.</summary>
    /// <param name="numerator">The numerator; zero or positive.</param>
    /// <param name="denominator">The denominator; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative, or the denominator is not positive.</exception>
    public ExactRatio(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(numerator), numerator, Preconditions.Format("A ratio's numerator must not be negative, was {0}.", numerator));
        }

        if (denominator.Sign <= 0)
        {
            Preconditions.ThrowOutOfRange(nameof(denominator), denominator, Preconditions.Format("A ratio's denominator must be positive, was {0}.", denominator));
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        if (numerator.IsZero)
        {
            denominator = BigInteger.One;
        }

        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    /// <summary>Gets the ratio 0.</summary>
    public static ExactRatio Zero => default;

    /// <summary>Gets the ratio 1.</summary>
    public static ExactRatio One => new(BigInteger.One, BigInteger.One);

    /// <summary>Gets the numerator of the reduced ratio; zero or positive.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>Gets the denominator of the reduced ratio; positive.</summary>
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    /// <summary>Returns the exact ratio of a percentage: 99.9 gives 999/1000.</summary>
    /// <param name="percent">The percentage; zero or positive.</param>
    /// <returns><paramref name="percent"/> / 100, exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static ExactRatio FromPercent(decimal percent)
    {
        if (percent < 0m)
        {
            Preconditions.ThrowOutOfRange(nameof(percent), percent, Preconditions.Format("A percentage must not be negative, was {0}.", percent));
        }

        (BigInteger units, int scale) = DecimalParts.Split(percent);
        return new ExactRatio(units, BigInteger.Pow(10, scale) * 100);
    }

    /// <summary>Returns the value rounded to <paramref name="decimals"/> decimal places by <paramref name="rounding"/>.</summary>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <param name="rounding">How to round: any <see cref="MidpointRounding"/> member this runtime defines.</param>
    /// <returns>The rounded value; exact when the value has at most <paramref name="decimals"/> places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or <paramref name="rounding"/> is not a defined member.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public decimal ToDecimal(int decimals, MidpointRounding rounding) => Scaled(BigInteger.One, decimals, rounding);

    /// <summary>Returns 100 times the value (a percentage) rounded to <paramref name="decimals"/> decimal places by <paramref name="rounding"/>.</summary>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <param name="rounding">How to round: any <see cref="MidpointRounding"/> member this runtime defines.</param>
    /// <returns>The rounded percentage: 999/1000 gives 99.9.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or <paramref name="rounding"/> is not a defined member.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public decimal ToPercent(int decimals, MidpointRounding rounding) => Scaled(100, decimals, rounding);

    /// <summary>Compares the value with a percentage, exactly: a negative result means the value is less than <paramref name="percent"/> / 100.</summary>
    /// <param name="percent">The percentage to compare with.</param>
    /// <returns>Less than zero, zero or greater than zero as the value is less than, equal to or greater than <paramref name="percent"/> %.</returns>
    public int CompareToPercent(decimal percent)
    {
        if (percent < 0m)
        {
            return 1;
        }

        (BigInteger units, int scale) = DecimalParts.Split(percent);

        // value = n/d against units / (10^scale * 100).
        return (_numerator * BigInteger.Pow(10, scale) * 100).CompareTo(units * Denominator);
    }

    /// <inheritdoc />
    public int CompareTo(ExactRatio other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(ExactRatio other) => _numerator.Equals(other._numerator) && _denominatorMinusOne.Equals(other._denominatorMinusOne);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExactRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(_numerator.GetHashCode(), _denominatorMinusOne.GetHashCode());

    /// <summary>Returns the ratio as "numerator/denominator", such as "44551/44640", or "0" and "1" for whole numbers.</summary>
    /// <returns>The reduced ratio in the invariant culture.</returns>
    public override string ToString()
        => _denominatorMinusOne.IsZero
            ? _numerator.ToString(CultureInfo.InvariantCulture)
            : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns whether two ratios are equal.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ExactRatio left, ExactRatio right) => left.Equals(right);

    /// <summary>Returns whether two ratios differ.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExactRatio left, ExactRatio right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(ExactRatio left, ExactRatio right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(ExactRatio left, ExactRatio right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(ExactRatio left, ExactRatio right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(ExactRatio left, ExactRatio right) => left.CompareTo(right) >= 0;

    private decimal Scaled(BigInteger factor, int decimals, MidpointRounding rounding)
    {
        Preconditions.CheckRange(decimals, 0, 28, nameof(decimals), "Decimal places");
        DecimalParts.CheckRounding(rounding, nameof(rounding));
        BigInteger quotient = BigInteger.DivRem(_numerator * factor * BigInteger.Pow(10, decimals), Denominator, out BigInteger remainder);
        quotient = DecimalParts.Round(quotient, remainder, Denominator, rounding);
        return DecimalParts.Join(quotient, decimals);
    }
}
