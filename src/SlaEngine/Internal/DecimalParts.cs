using System;
using System.Numerics;

namespace SlaEngine.Internal;

/// <summary>Exact conversions between <see cref="decimal"/> and scaled integers, and exact rounding of integer quotients.</summary>
internal static class DecimalParts
{
    /// <summary>Splits a decimal into its integer units and scale: 99.90 gives (9990, 2). The sign stays on the units.</summary>
    public static (BigInteger Units, int Scale) Split(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var units = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -units : units, scale);
    }

    /// <summary>Returns the number of decimal places a decimal needs, ignoring trailing zeros: 99.900 needs 1.</summary>
    public static int Places(decimal value)
    {
        (BigInteger units, int scale) = Split(value);
        while (scale > 0 && (units % 10).IsZero)
        {
            units /= 10;
            scale--;
        }

        return scale;
    }

    /// <summary>Returns <paramref name="value"/> × 10^<paramref name="places"/> as an integer; the caller has checked it has at most that many places.</summary>
    public static long ScaledInteger(decimal value, int places)
    {
        (BigInteger units, int scale) = Split(value);
        return (long)(units * BigInteger.Pow(10, places - scale > 0 ? places - scale : 0) / BigInteger.Pow(10, scale > places ? scale - places : 0));
    }

    /// <summary>Throws unless <paramref name="rounding"/> is a <see cref="MidpointRounding"/> member: ToEven, AwayFromZero, ToZero, ToNegativeInfinity or ToPositiveInfinity.</summary>
    public static void CheckRounding(MidpointRounding rounding, string paramName)
    {
        if ((int)rounding < 0 || (int)rounding > 4)
        {
            Preconditions.ThrowOutOfRange(paramName, rounding, Preconditions.Format("The rounding must be a MidpointRounding member, was {0}.", (int)rounding));
        }
    }

    /// <summary>
    /// Rounds the non-negative quotient <c>q + r/d</c> (with 0 &lt;= r &lt; d) to an integer: ToEven and AwayFromZero round to
    /// the nearest, breaking a tie as named; ToZero and ToNegativeInfinity truncate; ToPositiveInfinity rounds up.
    /// </summary>
    public static BigInteger Round(BigInteger quotient, BigInteger remainder, BigInteger denominator, MidpointRounding rounding)
    {
        if (remainder.IsZero)
        {
            return quotient;
        }

        switch ((int)rounding)
        {
            case 0: // ToEven
                int half = (remainder * 2).CompareTo(denominator);
                return half > 0 || (half == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
            case 1: // AwayFromZero
                return (remainder * 2).CompareTo(denominator) >= 0 ? quotient + 1 : quotient;
            case 4: // ToPositiveInfinity
                return quotient + 1;
            default: // ToZero, ToNegativeInfinity
                return quotient;
        }
    }

    /// <summary>Builds the decimal <paramref name="units"/> / 10^<paramref name="scale"/>, exactly.</summary>
    /// <exception cref="OverflowException"><paramref name="units"/> does not fit in 96 bits.</exception>
    public static decimal Join(BigInteger units, int scale)
    {
        if (!TryJoin(units, scale, out decimal value))
        {
            throw new OverflowException(Preconditions.Format("The value {0}E-{1} does not fit in a decimal.", units, scale));
        }

        return value;
    }

    /// <summary>Builds the decimal <paramref name="units"/> / 10^<paramref name="scale"/>, exactly; <see langword="false"/> when it does not fit.</summary>
    public static bool TryJoin(BigInteger units, int scale, out decimal value)
    {
        bool negative = units.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(units);

        // A value too wide at this scale may still fit with its trailing zeros dropped: 10^27 at scale 2.
        while (magnitude >> 96 != BigInteger.Zero && scale > 0 && (magnitude % 10).IsZero)
        {
            magnitude /= 10;
            scale--;
        }

        if (magnitude >> 96 != BigInteger.Zero || scale > 28)
        {
            value = default;
            return false;
        }

        var mask = new BigInteger(uint.MaxValue);
        int lo = unchecked((int)(uint)(magnitude & mask));
        int mid = unchecked((int)(uint)((magnitude >> 32) & mask));
        int hi = unchecked((int)(uint)((magnitude >> 64) & mask));
        value = new decimal(lo, mid, hi, negative, (byte)scale);
        return true;
    }
}
