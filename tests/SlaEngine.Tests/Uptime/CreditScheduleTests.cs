using System.Numerics;
using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="CreditSchedule"/> worked by hand. The cloud-style three-tier schedule used throughout:
/// uptime [0, 95) → 100 % credit, [95, 99) → 25 %, [99, 99.9) → 10 %; 99.9 % and above earns nothing. Tier indexes
/// follow the tiers sorted by their minimum: 0 = [0, 95), 1 = [95, 99), 2 = [99, 99.9).
/// </summary>
public sealed partial class CreditScheduleTests
{
    private static CreditSchedule Cloud() => CreditSchedule.Create(
        new CreditTier(0m, 95m, 100m),
        new CreditTier(95m, 99m, 25m),
        new CreditTier(99m, 99.9m, 10m));

    private static ExactRatio Ratio(string numerator, string denominator) => new(BigInteger.Parse(numerator), BigInteger.Parse(denominator));

    // ---------------------------------------------------------------- Tier boundaries

    // Lower bounds are inclusive, upper bounds exclusive, compared exactly.
    [Theory]
    [InlineData("99", "100", 2, "10")]                          // exactly 99.0 %: the tier whose lower bound is 99
    [InlineData("98999999", "100000000", 1, "25")]              // 98.999999 %: just below, in [95, 99)
    [InlineData("999", "1000", -1, "0")]                        // exactly 99.9 %: the top tier's maximum is exclusive → none
    [InlineData("998999999999", "1000000000000", 2, "10")]      // 99.8999999999 %: below 99.9 by 10⁻¹⁰ %, finer than 6 places
    [InlineData("95", "100", 1, "25")]                          // exactly 95 %: [95, 99)
    [InlineData("94999999", "100000000", 0, "100")]             // 94.999999 %: [0, 95)
    [InlineData("0", "1", 0, "100")]                            // 0 %: the lowest tier includes 0
    [InlineData("1", "1", -1, "0")]                             // 100 %: above every tier
    [InlineData("1007", "1008", -1, "0")]                       // 99.9007…%: above 99.9
    public void Evaluate_CloudSchedule_PicksTheTierByExactUptime(string numerator, string denominator, int tierIndex, string credit)
    {
        CreditResult result = Cloud().Evaluate(Ratio(numerator, denominator), 1000m, MidpointRounding.ToEven);
        Assert.Equal(tierIndex, result.TierIndex);
        Assert.Equal(decimal.Parse(credit, System.Globalization.CultureInfo.InvariantCulture), result.CreditPercent);
        Assert.Equal(Ratio(numerator, denominator), result.Uptime);
    }

    [Fact]
    public void Evaluate_Exactly99Percent_ReportsTheTierItself()
    {
        // 99/100 is in [99, 99.9): the tier object, 10 %, 10 % of 1,000 = 100.00.
        CreditResult result = Cloud().Evaluate(new ExactRatio(99, 100), 1000m, MidpointRounding.ToEven);
        Assert.Equal(new CreditTier(99m, 99.9m, 10m), result.Tier);
        Assert.Equal(10m, result.CreditPercent);
        Assert.Equal(100m, result.Amount);
    }

    [Fact]
    public void Evaluate_NoTier_IsZeroCredit()
    {
        // 99.9 % earns nothing: TierIndex −1, no tier, 0 %, amount 0.
        CreditResult result = Cloud().Evaluate(new ExactRatio(999, 1000), 1234.45m, MidpointRounding.AwayFromZero);
        Assert.Equal(-1, result.TierIndex);
        Assert.Null(result.Tier);
        Assert.Equal(0m, result.CreditPercent);
        Assert.Equal(0m, result.Amount);
    }

    [Fact]
    public void Evaluate_TopTierEndingAt100_Includes100()
    {
        // [0, 99) → 25 %, [99, 100] → 5 %: a maximum of 100 includes 100, so full uptime is in tier 1.
        var schedule = CreditSchedule.Create(new CreditTier(0m, 99m, 25m), new CreditTier(99m, 100m, 5m));
        CreditResult result = schedule.Evaluate(new ExactRatio(1, 1), 200m, MidpointRounding.ToEven);
        Assert.Equal(1, result.TierIndex);
        Assert.Equal(5m, result.CreditPercent);
        Assert.Equal(10m, result.Amount); // 5 % of 200
    }

    // ---------------------------------------------------------------- Rounding to the minor unit

    [Fact]
    public void Evaluate_TenPercentOf1234_45_ToEven_Is123_44()
    {
        // 1,234.45 × 10 / 100 = 123.445, a midpoint at two places; half to even keeps the 4 → 123.44.
        CreditResult result = Cloud().Evaluate(new ExactRatio(99, 100), 1234.45m, MidpointRounding.ToEven);
        Assert.Equal(123.44m, result.Amount);
    }

    [Fact]
    public void Evaluate_TenPercentOf1234_45_AwayFromZero_Is123_45()
    {
        // 123.445 rounds away from zero → 123.45.
        CreditResult result = Cloud().Evaluate(new ExactRatio(99, 100), 1234.45m, MidpointRounding.AwayFromZero);
        Assert.Equal(123.45m, result.Amount);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "124")]       // 1,245 × 10 % = 124.5 → 124 (even)
    [InlineData(MidpointRounding.AwayFromZero, "125")] // → 125
    public void Evaluate_Yen_RoundsToWholeUnits(MidpointRounding rounding, string expected)
    {
        CreditResult result = Cloud().Evaluate(new ExactRatio(99, 100), 1245m, rounding, minorUnitDecimals: 0);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "312")]       // 1,250 × 25 % = 312.5 → 312 (even)
    [InlineData(MidpointRounding.AwayFromZero, "313")] // → 313
    public void Evaluate_Yen_TwentyFivePercentTier(MidpointRounding rounding, string expected)
    {
        CreditResult result = Cloud().Evaluate(new ExactRatio(98, 100), 1250m, rounding, minorUnitDecimals: 0);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "1.234")]       // 12.345 × 10 % = 1.2345 → three places: 1.234 (even)
    [InlineData(MidpointRounding.AwayFromZero, "1.235")] // → 1.235
    public void Evaluate_ThreeDecimalCurrency_RoundsToThousandths(MidpointRounding rounding, string expected)
    {
        CreditResult result = Cloud().Evaluate(new ExactRatio(99, 100), 12.345m, rounding, minorUnitDecimals: 3);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
    }

    [Fact]
    public void Evaluate_NotAMidpoint_BothModesAgree()
    {
        // 25 % of 1,234.45 = 308.6125 → two places: the dropped 0.0025 is below half a cent → 308.61 in both modes.
        ExactRatio uptime = new(97, 100);
        Assert.Equal(308.61m, Cloud().Evaluate(uptime, 1234.45m, MidpointRounding.ToEven).Amount);
        Assert.Equal(308.61m, Cloud().Evaluate(uptime, 1234.45m, MidpointRounding.AwayFromZero).Amount);
    }

    [Fact]
    public void Evaluate_FullCredit_IsTheWholeCharge()
    {
        // 50 % uptime → [0, 95) → 100 %: the amount is the charge itself.
        Assert.Equal(1234.45m, Cloud().Evaluate(new ExactRatio(1, 2), 1234.45m, MidpointRounding.ToEven).Amount);
    }

    // The largest charge: 100 % of it is itself; 25 % is 19,807,040,628,566,084,398,385,987,583.75 (the charge is 3 more than a
    // multiple of 4), which in cents needs 31 digits, more than a decimal holds, but in whole units rounds to …584.
    [Fact]
    public void Evaluate_LargestCharge_FitsOrSaysTheChargeIsTooLarge()
    {
        Assert.Equal(decimal.MaxValue, Cloud().Evaluate(ExactRatio.Zero, decimal.MaxValue, MidpointRounding.ToEven).Amount);
        Assert.Equal(19_807_040_628_566_084_398_385_987_584m, Cloud().Evaluate(new ExactRatio(96, 100), decimal.MaxValue, MidpointRounding.ToEven, 0).Amount);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cloud().Evaluate(new ExactRatio(96, 100), decimal.MaxValue, MidpointRounding.ToEven));
        Assert.Equal("monthlyCharge", error.ParamName);
        Assert.StartsWith(
            "The credit of 25 % of a monthly charge of 79228162514264337593543950335 must fit in a decimal at 2 minor-unit decimals, but it does not; the charge is too large.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ZeroCharge_IsZero()
    {
        Assert.Equal(0m, Cloud().Evaluate(new ExactRatio(1, 2), 0m, MidpointRounding.ToEven).Amount);
    }

    // ---------------------------------------------------------------- From a real UptimeReport

    [Fact]
    public void Evaluate_April2026With432DownMinutes_IsExactly99Percent_TenPercentTier()
    {
        // April: 43,200 minutes; 1 % of them is 432. (43,200 − 432) / 43,200 = 42,768 / 43,200 = 99/100 exactly → tier 2.
        // 10 % of 1,234.45 = 123.445 → 123.44 (to even).
        UptimeReport report = AprilWithDownMinutes(432);
        Assert.Equal(new ExactRatio(99, 100), report.Uptime);
        CreditResult result = Cloud().Evaluate(report, 1234.45m, MidpointRounding.ToEven);
        Assert.Equal(2, result.TierIndex);
        Assert.Equal(10m, result.CreditPercent);
        Assert.Equal(123.44m, result.Amount);
        Assert.Equal(report.Uptime, result.Uptime);
    }

    [Fact]
    public void Evaluate_April2026With433DownMinutes_FallsToTheTwentyFivePercentTier()
    {
        // (43,200 − 433) / 43,200 = 42,767 / 43,200 < 99/100 → tier 1, 25 %. 25 % of 1,234.45 = 308.6125 → 308.61.
        UptimeReport report = AprilWithDownMinutes(433);
        CreditResult result = Cloud().Evaluate(report, 1234.45m, MidpointRounding.AwayFromZero);
        Assert.Equal(1, result.TierIndex);
        Assert.Equal(25m, result.CreditPercent);
        Assert.Equal(308.61m, result.Amount);
    }

    [Fact]
    public void Evaluate_April2026With43And44DownMinutes_StraddlesTheTopOfTheSchedule()
    {
        // 0.1 % of 43,200 = 43.2. 43 down: 43,157 / 43,200 = 99.900462…% ≥ 99.9 → no credit.
        // 44 down: 43,156 / 43,200 = 99.898148…% < 99.9 → tier 2, 10 %; AwayFromZero 123.445 → 123.45.
        CreditResult fortyThree = Cloud().Evaluate(AprilWithDownMinutes(43), 1234.45m, MidpointRounding.AwayFromZero);
        Assert.Equal(-1, fortyThree.TierIndex);
        Assert.Equal(0m, fortyThree.Amount);

        CreditResult fortyFour = Cloud().Evaluate(AprilWithDownMinutes(44), 1234.45m, MidpointRounding.AwayFromZero);
        Assert.Equal(2, fortyFour.TierIndex);
        Assert.Equal(123.45m, fortyFour.Amount);
    }

    [Fact]
    public void Evaluate_January2026With45DownMinutes_TenPercentTier()
    {
        // 44,640 minutes; (44,640 − 45) / 44,640 = 44,595 / 44,640 = 991 / 992 (both ÷ 45) = 99.899193…% → tier 2.
        var samples = new MinuteSample[45];
        Instant start = Instant.FromUtc(2026, 1, 20, 8, 0);
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = new MinuteSample(start + Duration.FromMinutes(i), 50, 50);
        }

        UptimeReport report = UptimePolicy.Default.Evaluate(new YearMonth(2026, 1), samples);
        Assert.Equal(new ExactRatio(991, 992), report.Uptime);
        Assert.Equal(99.899193m, report.UptimePercent);
        CreditResult result = Cloud().Evaluate(report, 1234.45m, MidpointRounding.ToEven);
        Assert.Equal(2, result.TierIndex);
        Assert.Equal(123.44m, result.Amount);
    }

    private static UptimeReport AprilWithDownMinutes(int down)
    {
        int[] valid = new int[43_200];
        int[] errors = new int[43_200];
        for (int i = 0; i < down; i++)
        {
            valid[i * 90] = 20; // spread out: each a one-minute period
            errors[i * 90] = 20;
        }

        UptimeReport report = UptimePolicy.Default.Evaluate(new YearMonth(2026, 4), valid, errors);
        Assert.Equal(down, report.DowntimeMinutes);
        return report;
    }

    // ---------------------------------------------------------------- Construction

    [Fact]
    public void Create_TiersInAnyOrder_AreSortedByMinimum()
    {
        var shuffled = CreditSchedule.Create(
            new CreditTier(99m, 99.9m, 10m),
            new CreditTier(0m, 95m, 100m),
            new CreditTier(95m, 99m, 25m));
        Assert.Equal(
            new[] { new CreditTier(0m, 95m, 100m), new CreditTier(95m, 99m, 25m), new CreditTier(99m, 99.9m, 10m) },
            shuffled.Tiers);
        Assert.Equal(Cloud(), shuffled);
        Assert.Equal(2, shuffled.Evaluate(new ExactRatio(99, 100), 1m, MidpointRounding.ToEven).TierIndex);
    }

    [Fact]
    public void Tiers_Get_ReturnsTheSameReadOnlyListEachTime()
    {
        CreditSchedule schedule = Cloud();
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => schedule.Tiers);
    }

    [Fact]
    public void Create_SourceArrayChangedAfterwards_ScheduleUnchanged()
    {
        CreditTier[] source = { new CreditTier(0m, 95m, 100m), new CreditTier(95m, 99.9m, 10m) };
        CreditSchedule schedule = CreditSchedule.Create(source);
        source[1] = new CreditTier(95m, 99.99m, 50m);
        Assert.Equal(new[] { new CreditTier(0m, 95m, 100m), new CreditTier(95m, 99.9m, 10m) }, schedule.Tiers);
    }

    [Fact]
    public void Create_EqualCreditInNeighbouringTiers_IsAllowed()
    {
        // Credit must not rise as uptime rises; staying equal is not rising.
        var schedule = CreditSchedule.Create(new CreditTier(0m, 95m, 25m), new CreditTier(95m, 99m, 25m));
        Assert.Equal(2, schedule.Tiers.Count);
    }

    [Fact]
    public void Create_Gap_ThrowsArgument()
    {
        // [0, 95) then [96, 99): 95 ≤ u < 96 has no tier.
        var error = Assert.Throws<ArgumentException>(
            () => CreditSchedule.Create(new CreditTier(0m, 95m, 100m), new CreditTier(96m, 99m, 25m)));
        Assert.Equal("tiers", error.ParamName);
        Assert.Contains("95", error.Message, StringComparison.Ordinal);
        Assert.Contains("96", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Overlap_ThrowsArgument()
    {
        // [0, 95.5) and [95, 99) both contain 95.2.
        var error = Assert.Throws<ArgumentException>(
            () => CreditSchedule.Create(new CreditTier(0m, 95.5m, 100m), new CreditTier(95m, 99m, 25m)));
        Assert.Equal("tiers", error.ParamName);
        Assert.Contains("95.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameMinimumTwice_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(
            () => CreditSchedule.Create(new CreditTier(0m, 95m, 100m), new CreditTier(0m, 95m, 100m)));
        Assert.Equal("tiers", error.ParamName);
    }

    [Fact]
    public void Create_NotStartingAtZero_ThrowsArgument()
    {
        // Uptime below 1 % would have no tier.
        var error = Assert.Throws<ArgumentException>(
            () => CreditSchedule.Create(new CreditTier(1m, 95m, 100m), new CreditTier(95m, 99m, 25m)));
        Assert.Equal("tiers", error.ParamName);
        Assert.Contains("1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CreditRisingWithUptime_ThrowsArgument()
    {
        // [0, 95) → 10 % but [95, 99) → 25 %: better uptime would earn more credit.
        var error = Assert.Throws<ArgumentException>(
            () => CreditSchedule.Create(new CreditTier(0m, 95m, 10m), new CreditTier(95m, 99m, 25m)));
        Assert.Equal("tiers", error.ParamName);
        Assert.Contains("25", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoTiers_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => CreditSchedule.Create());
        Assert.Equal("tiers", error.ParamName);
    }

    [Fact]
    public void Create_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CreditSchedule.Create(null!));
    }

    // ---------------------------------------------------------------- CreditTier and Evaluate arguments

    [Theory]
    [InlineData("95", "95", "10", "maximumUptimePercent")]    // empty range: minimum must be below maximum
    [InlineData("96", "95", "10", "maximumUptimePercent")]    // reversed
    [InlineData("-1", "95", "10", "minimumUptimePercent")]    // below 0
    [InlineData("0", "100.5", "10", "maximumUptimePercent")]  // above 100
    [InlineData("0", "95", "101", "creditPercent")]           // credit above 100
    [InlineData("0", "95", "-1", "creditPercent")]            // negative credit
    [InlineData("0", "95.1234567", "10", "maximumUptimePercent")] // seven decimal places
    [InlineData("0", "95", "10.0000001", "creditPercent")]    // seven decimal places
    public void CreditTier_OutOfRange_ThrowsArgumentOutOfRange(string minimum, string maximum, string credit, string paramName)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new CreditTier(decimal.Parse(minimum, culture), decimal.Parse(maximum, culture), decimal.Parse(credit, culture)));
        Assert.Equal(paramName, error.ParamName);
    }

    [Fact]
    public void CreditTier_KeepsItsValues()
    {
        var tier = new CreditTier(99m, 99.9m, 10m);
        Assert.Equal(99m, tier.MinimumUptimePercent);
        Assert.Equal(99.9m, tier.MaximumUptimePercent);
        Assert.Equal(10m, tier.CreditPercent);
        Assert.Equal(new CreditTier(99m, 99.9m, 10m), tier);
        Assert.NotEqual(new CreditTier(99m, 99.9m, 25m), tier);
    }

    [Fact]
    public void Evaluate_NegativeCharge_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Cloud().Evaluate(new ExactRatio(99, 100), -0.01m, MidpointRounding.ToEven));
        Assert.Equal("monthlyCharge", error.ParamName);
        Assert.Contains("-0.01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Evaluate_MinorUnitDecimalsOutside0To6_ThrowsArgumentOutOfRange(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Cloud().Evaluate(new ExactRatio(99, 100), 10m, MidpointRounding.ToEven, decimals));
        Assert.Equal("minorUnitDecimals", error.ParamName);
        Assert.Contains(decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }
}
