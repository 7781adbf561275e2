using System.Globalization;
using System.Numerics;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary><see cref="ExactRatio"/>: reduction, equality, ordering, percent comparisons and rounding, worked by hand.</summary>
public sealed class ExactRatioTests
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- Reduction and equality

    [Theory]
    [InlineData(6, 8, 3, 4)]
    [InlineData(40_280, 40_320, 1007, 1008)] // gcd 40
    [InlineData(44_535, 44_580, 2969, 2972)] // gcd 15
    [InlineData(0, 5, 0, 1)]                 // zero is 0/1
    [InlineData(7, 7, 1, 1)]
    [InlineData(9, 6, 3, 2)]                 // above one is allowed (burn rates)
    public void Constructor_StoresTheReducedFraction(int numerator, int denominator, int reducedNumerator, int reducedDenominator)
    {
        var ratio = new ExactRatio(numerator, denominator);
        Assert.Equal(new BigInteger(reducedNumerator), ratio.Numerator);
        Assert.Equal(new BigInteger(reducedDenominator), ratio.Denominator);
    }

    [Fact]
    public void Constructor_ReducesBeyondLongRange()
    {
        // 10³⁰ / 10³¹ = 1/10.
        var ratio = new ExactRatio(BigInteger.Pow(10, 30), BigInteger.Pow(10, 31));
        Assert.Equal(BigInteger.One, ratio.Numerator);
        Assert.Equal(new BigInteger(10), ratio.Denominator);
    }

    [Fact]
    public void Equality_IsOnTheReducedValue()
    {
        var half = new ExactRatio(1, 2);
        var twoQuarters = new ExactRatio(2, 4);
        Assert.Equal(half, twoQuarters);
        Assert.True(half == twoQuarters);
        Assert.False(half != twoQuarters);
        Assert.True(half.Equals((object)twoQuarters));
        Assert.Equal(half.GetHashCode(), twoQuarters.GetHashCode());
        Assert.NotEqual(new ExactRatio(1, 3), half);
        Assert.True(new ExactRatio(1, 3) != half);
        Assert.Equal(new ExactRatio(0, 1), new ExactRatio(0, 99));
    }

    [Fact]
    public void Ordering_ComparesExactly()
    {
        // 1/3 < 1/2; 999/1,000 < 1,007/1,008 (999 × 1,008 = 1,006,992 < 1,007,000 = 1,007 × 1,000).
        var third = new ExactRatio(1, 3);
        var half = new ExactRatio(1, 2);
        Assert.True(third < half);
        Assert.True(third <= half);
        Assert.True(half > third);
        Assert.True(half >= third);
        Assert.True(half <= new ExactRatio(2, 4));
        Assert.True(half >= new ExactRatio(2, 4));
        Assert.False(half < new ExactRatio(2, 4));
        Assert.True(third.CompareTo(half) < 0);
        Assert.True(half.CompareTo(third) > 0);
        Assert.Equal(0, half.CompareTo(new ExactRatio(3, 6)));
        Assert.True(new ExactRatio(999, 1000) < new ExactRatio(1007, 1008));
    }

    [Fact]
    public void Ordering_AdjacentFractionsWithHugeDenominators()
    {
        // (10¹⁵ − 1) / 10¹⁵ < 10¹⁵ / (10¹⁵ + 1): cross products 10³⁰ − 1 < 10³⁰.
        BigInteger p = BigInteger.Pow(10, 15);
        Assert.True(new ExactRatio(p - 1, p) < new ExactRatio(p, p + 1));
    }

    [Fact]
    public void Constructor_NegativeNumerator_Throws()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ExactRatio(-1, 2));
        Assert.Equal("numerator", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Constructor_DenominatorNotPositive_Throws(int denominator)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ExactRatio(1, denominator));
        Assert.Equal("denominator", error.ParamName);
    }

    // ---------------------------------------------------------------- FromPercent

    [Theory]
    [InlineData("99.9", 999, 1000)]
    [InlineData("12.5", 1, 8)]
    [InlineData("100", 1, 1)]
    [InlineData("0", 0, 1)]
    [InlineData("99.999999", 99_999_999, 100_000_000)] // six places: (10⁸ − 1) / 10⁸, already reduced
    [InlineData("33.333333", 33_333_333, 100_000_000)] // 33,333,333 = 3 × 11,111,111, no factor 2 or 5
    public void FromPercent_IsThePercentOverOneHundred(string percent, int numerator, int denominator)
    {
        Assert.Equal(new ExactRatio(numerator, denominator), ExactRatio.FromPercent(D(percent)));
    }

    // ---------------------------------------------------------------- ToDecimal / ToPercent rounding

    [Theory]
    [InlineData(1, 8, 0, MidpointRounding.ToEven, "12")]         // 12.5 → 12
    [InlineData(1, 8, 0, MidpointRounding.AwayFromZero, "13")]   // 12.5 → 13
    [InlineData(1, 8, 1, MidpointRounding.ToEven, "12.5")]       // exact
    [InlineData(3, 8, 0, MidpointRounding.ToEven, "38")]         // 37.5 → 38 (8 is even)
    [InlineData(3, 8, 0, MidpointRounding.AwayFromZero, "38")]
    [InlineData(5, 8, 0, MidpointRounding.ToEven, "62")]         // 62.5 → 62
    [InlineData(5, 8, 0, MidpointRounding.AwayFromZero, "63")]
    [InlineData(1, 1600, 3, MidpointRounding.ToEven, "0.062")]   // 0.0625 → 0.062
    [InlineData(1, 1600, 3, MidpointRounding.AwayFromZero, "0.063")]
    [InlineData(2, 3, 4, MidpointRounding.ToEven, "66.6667")]    // 66.66666… → not a midpoint, rounds up
    [InlineData(1, 3, 4, MidpointRounding.AwayFromZero, "33.3333")] // 33.33333… → not a midpoint, rounds down
    [InlineData(1007, 1008, 6, MidpointRounding.ToEven, "99.900794")] // 99.90079365… → up (UptimePercent truncates to …793)
    [InlineData(1007, 1008, 2, MidpointRounding.ToEven, "99.90")]
    [InlineData(1, 1, 6, MidpointRounding.ToEven, "100")]
    [InlineData(0, 1, 6, MidpointRounding.AwayFromZero, "0")]
    public void ToPercent_RoundsTheExactPercent(int numerator, int denominator, int decimals, MidpointRounding rounding, string expected)
    {
        Assert.Equal(D(expected), new ExactRatio(numerator, denominator).ToPercent(decimals, rounding));
    }

    [Theory]
    [InlineData(1, 8, 2, MidpointRounding.ToEven, "0.12")]          // 0.125 → 0.12
    [InlineData(1, 8, 2, MidpointRounding.AwayFromZero, "0.13")]    // 0.125 → 0.13
    [InlineData(1, 1600, 5, MidpointRounding.ToEven, "0.00062")]    // 0.000625 → 0.00062
    [InlineData(1, 1600, 5, MidpointRounding.AwayFromZero, "0.00063")]
    [InlineData(3, 2, 0, MidpointRounding.ToEven, "2")]             // 1.5 → 2
    [InlineData(1, 2, 0, MidpointRounding.ToEven, "0")]             // 0.5 → 0
    [InlineData(1, 2, 0, MidpointRounding.AwayFromZero, "1")]       // 0.5 → 1
    [InlineData(216, 5, 1, MidpointRounding.ToEven, "43.2")]        // exact
    [InlineData(1, 3, 9, MidpointRounding.ToEven, "0.333333333")]
    public void ToDecimal_RoundsTheExactValue(int numerator, int denominator, int decimals, MidpointRounding rounding, string expected)
    {
        Assert.Equal(D(expected), new ExactRatio(numerator, denominator).ToDecimal(decimals, rounding));
    }

    [Fact]
    public void ToPercent_MidpointOnlyPastManyDigits_IsNotAMidpoint()
    {
        // 2,000,001 / 16,000,000 = 0.1250000625 → 12.50000625 %: at 0 places just above 12.5, so both modes give 13.
        var ratio = new ExactRatio(2_000_001, 16_000_000);
        Assert.Equal(13m, ratio.ToPercent(0, MidpointRounding.ToEven));
        Assert.Equal(13m, ratio.ToPercent(0, MidpointRounding.AwayFromZero));
    }

    // ---------------------------------------------------------------- CompareToPercent

    [Theory]
    [InlineData(999, 1000, "99.9", 0)]
    [InlineData(998, 1000, "99.9", -1)]
    [InlineData(1007, 1008, "99.9", 1)]      // 1,007,000 > 999 × 1,008 = 1,006,992
    [InlineData(1007, 1008, "99.900794", -1)] // 99.90079365… < 99.900794
    [InlineData(1007, 1008, "99.900793", 1)]
    [InlineData(1, 1, "100", 0)]
    [InlineData(0, 1, "0", 0)]
    [InlineData(0, 1, "0.000001", -1)]
    [InlineData(1, 3, "33.333333", 1)]       // 1/3 = 33.3333333…% > 33.333333
    [InlineData(1, 3, "33.333334", -1)]
    [InlineData(99, 100, "99", 0)]
    public void CompareToPercent_ComparesExactly(int numerator, int denominator, string percent, int sign)
    {
        Assert.Equal(sign, Math.Sign(new ExactRatio(numerator, denominator).CompareToPercent(D(percent))));
    }
}
