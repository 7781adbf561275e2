using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="ErrorBudget"/> worked by hand: the allowed downtime is (100 − target) % of the window; the burn rate is the
/// error rate divided by (1 − target); the SRE workbook's alert set (2 % of the budget in 1 h, checked over 5 min; 5 % in
/// 6 h, over 30 min; 10 % in 3 days, over 6 h) has threshold = consumed fraction × window / long window.
/// </summary>
public sealed partial class ErrorBudgetTests
{
    // ---------------------------------------------------------------- Allowed downtime

    // 99.9 % leaves 0.1 %: 28 d = 40,320 min → 40.32 = 1,008/25; 29 d = 41,760 → 41.76 = 1,044/25;
    // 30 d = 43,200 → 43.2 = 216/5; 31 d = 44,640 → 44.64 = 1,116/25. Whole minutes: the floors 40, 41, 43, 44.
    [Theory]
    [InlineData(28, 40_320, 40, 1008, 25)]
    [InlineData(29, 41_760, 41, 1044, 25)]
    [InlineData(30, 43_200, 43, 216, 5)]
    [InlineData(31, 44_640, 44, 1116, 25)]
    public void Create_999OverMonthLengths_AllowsTheFloorOfAThousandth(int days, long minutes, long allowed, int numerator, int denominator)
    {
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(days));
        Assert.Equal(99.9m, budget.TargetPercent);
        Assert.Equal(Duration.FromDays(days), budget.Window);
        Assert.Equal(minutes, budget.WindowMinutes);
        Assert.Equal(allowed, budget.AllowedDowntimeMinutes);
        Assert.Equal(new ExactRatio(numerator, denominator), budget.AllowedDowntime);
    }

    [Fact]
    public void AllowedDowntime_ThirtyDays_Is43Point2()
    {
        // 43,200 × 0.1 / 100 = 43.2 = 432/10 = 216/5; as a decimal 43.2.
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        Assert.Equal(216, (int)budget.AllowedDowntime.Numerator);
        Assert.Equal(5, (int)budget.AllowedDowntime.Denominator);
        Assert.Equal(43.2m, budget.AllowedDowntime.ToDecimal(1, MidpointRounding.ToEven));
    }

    // Other targets and windows.
    [Theory]
    [InlineData("99.95", 30, 21, 108, 5)]   // 43,200 × 0.05 % = 21.6 = 108/5
    [InlineData("99.99", 30, 4, 108, 25)]   // 43,200 × 0.01 % = 4.32 = 108/25
    [InlineData("99", 7, 100, 504, 5)]      // 10,080 × 1 % = 100.8 = 504/5
    [InlineData("99.5", 1, 7, 36, 5)]       // 1,440 × 0.5 % = 7.2 = 36/5
    [InlineData("99.999", 365, 5, 2628, 500)] // 525,600 × 0.001 % = 5.256 = 5,256/1,000 = 657/125 (= 2,628/500)
    public void Create_OtherTargets_AllowTheFloorOfTheExactMinutes(string target, int days, long allowed, int numerator, int denominator)
    {
        ErrorBudget budget = ErrorBudget.Create(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), Duration.FromDays(days));
        Assert.Equal(allowed, budget.AllowedDowntimeMinutes);
        Assert.Equal(new ExactRatio(numerator, denominator), budget.AllowedDowntime);
    }

    [Fact]
    public void Create_WindowOfWholeMinutes_IsAccepted()
    {
        // 90 minutes at 99 %: 0.9 minutes allowed → 0 whole minutes; exact 9/10.
        ErrorBudget budget = ErrorBudget.Create(99m, Duration.FromMinutes(90));
        Assert.Equal(90, budget.WindowMinutes);
        Assert.Equal(0, budget.AllowedDowntimeMinutes);
        Assert.Equal(new ExactRatio(9, 10), budget.AllowedDowntime);
    }

    // ---------------------------------------------------------------- Consumed and remaining

    [Fact]
    public void Evaluate_TenMinutesOf30Days_ConsumesTwentyFiveOver108()
    {
        // Allowed 43 (43.2 exact). Consumed 10, remaining 33; fraction 10 / (216/5) = 50/216 = 25/108.
        ErrorBudgetStatus status = ErrorBudget.Create(99.9m, Duration.FromDays(30)).Evaluate(10);
        Assert.Equal(43, status.AllowedMinutes);
        Assert.Equal(10, status.ConsumedMinutes);
        Assert.Equal(33, status.RemainingMinutes);
        Assert.Equal(new ExactRatio(25, 108), status.ConsumedFraction);
        Assert.False(status.IsExhausted);
    }

    [Fact]
    public void Evaluate_AllowedWholeMinutesUsed_IsNotExhausted()
    {
        // 43 consumed: remaining 0; fraction 43 × 5 / 216 = 215/216 (< 1: 0.2 minute of the exact budget is left).
        ErrorBudgetStatus status = ErrorBudget.Create(99.9m, Duration.FromDays(30)).Evaluate(43);
        Assert.Equal(0, status.RemainingMinutes);
        Assert.Equal(new ExactRatio(215, 216), status.ConsumedFraction);
        Assert.False(status.IsExhausted);
    }

    [Fact]
    public void Evaluate_OneMinuteOver_IsExhausted_WithNegativeRemaining()
    {
        // 44 consumed: remaining 43 − 44 = −1; fraction 44 × 5 / 216 = 220/216 = 55/54; 44 > 43 → exhausted.
        ErrorBudgetStatus status = ErrorBudget.Create(99.9m, Duration.FromDays(30)).Evaluate(44);
        Assert.Equal(-1, status.RemainingMinutes);
        Assert.Equal(new ExactRatio(55, 54), status.ConsumedFraction);
        Assert.True(status.IsExhausted);
    }

    [Fact]
    public void Evaluate_Nothing_ConsumesNothing()
    {
        ErrorBudgetStatus status = ErrorBudget.Create(99.9m, Duration.FromDays(28)).Evaluate(0);
        Assert.Equal(40, status.AllowedMinutes);
        Assert.Equal(0, status.ConsumedMinutes);
        Assert.Equal(40, status.RemainingMinutes);
        Assert.Equal(new ExactRatio(0, 1), status.ConsumedFraction);
        Assert.False(status.IsExhausted);
    }

    [Fact]
    public void Evaluate_TwentyEightDays_HalfTheBudget()
    {
        // 28 days: exact 1,008/25 = 40.32. 20 consumed → 20 × 25 / 1,008 = 500/1,008 = 125/252; remaining 40 − 20 = 20.
        ErrorBudgetStatus status = ErrorBudget.Create(99.9m, Duration.FromDays(28)).Evaluate(20);
        Assert.Equal(20, status.RemainingMinutes);
        Assert.Equal(new ExactRatio(125, 252), status.ConsumedFraction);
    }

    // ---------------------------------------------------------------- Burn rate

    [Theory]
    [InlineData(1, 1000, 1, 1)]    // 0.1 % errors at a 0.1 % budget: burn 1
    [InlineData(2, 100, 20, 1)]    // 2 % / 0.1 % = 20
    [InlineData(1, 3, 1000, 3)]    // (1/3) / (1/1,000) = 1,000/3
    [InlineData(0, 500, 0, 1)]     // no errors
    [InlineData(0, 0, 0, 1)]       // no traffic: 0 by definition
    [InlineData(144, 10_000, 72, 5)] // 1.44 % / 0.1 % = 14.4 = 72/5
    public void BurnRate_At999_IsErrorRateOverOneThousandth(long bad, long total, int numerator, int denominator)
    {
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        Assert.Equal(new ExactRatio(numerator, denominator), budget.BurnRate(bad, total));
    }

    [Fact]
    public void BurnRate_At99_IsErrorRateOverOneHundredth()
    {
        // (3/200) / (1/100) = 3/2.
        Assert.Equal(new ExactRatio(3, 2), ErrorBudget.Create(99m, Duration.FromDays(30)).BurnRate(3, 200));
    }

    [Fact]
    public void BurnRate_IgnoresTheWindow()
    {
        // The burn rate depends on the target only: (1/100) / (1/1,000) = 10 over 7 or 30 days.
        Assert.Equal(new ExactRatio(10, 1), ErrorBudget.Create(99.9m, Duration.FromDays(7)).BurnRate(1, 100));
        Assert.Equal(new ExactRatio(10, 1), ErrorBudget.Create(99.9m, Duration.FromDays(30)).BurnRate(1, 100));
    }

    // ---------------------------------------------------------------- Alert rules

    [Fact]
    public void AlertRules_ThirtyDays_AreTheWorkbookSet()
    {
        // 30 d = 720 h. 2 % × 720 / 1 = 14.4 = 72/5; 5 % × 720 / 6 = 6; 10 % × 720 / 72 = 1.
        IReadOnlyList<BurnRateAlertRule> rules = ErrorBudget.Create(99.9m, Duration.FromDays(30)).AlertRules;
        Assert.Equal(3, rules.Count);

        Assert.Equal(2m, rules[0].BudgetConsumedPercent);
        Assert.Equal(Duration.FromHours(1), rules[0].LongWindow);
        Assert.Equal(Duration.FromMinutes(5), rules[0].ShortWindow);
        Assert.Equal(new ExactRatio(72, 5), rules[0].BurnRateThreshold);

        Assert.Equal(5m, rules[1].BudgetConsumedPercent);
        Assert.Equal(Duration.FromHours(6), rules[1].LongWindow);
        Assert.Equal(Duration.FromMinutes(30), rules[1].ShortWindow);
        Assert.Equal(new ExactRatio(6, 1), rules[1].BurnRateThreshold);

        Assert.Equal(10m, rules[2].BudgetConsumedPercent);
        Assert.Equal(Duration.FromDays(3), rules[2].LongWindow);
        Assert.Equal(Duration.FromHours(6), rules[2].ShortWindow);
        Assert.Equal(new ExactRatio(1, 1), rules[2].BurnRateThreshold);
    }

    [Fact]
    public void AlertRules_Get_ReturnsTheSameReadOnlyListEachTime()
    {
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        ReadOnlyListAssert.IsBuiltOnceAndReadOnly(() => budget.AlertRules);
    }

    [Fact]
    public void AlertRules_TwentyEightDays_AreRescaled()
    {
        // 28 d = 672 h. 2 % × 672 = 13.44 = 336/25; 5 % × 672 / 6 = 5.6 = 28/5; 10 % × 672 / 72 = 6.72 / 7.2 = 14/15.
        IReadOnlyList<BurnRateAlertRule> rules = ErrorBudget.Create(99.9m, Duration.FromDays(28)).AlertRules;
        Assert.Equal(new ExactRatio(336, 25), rules[0].BurnRateThreshold);
        Assert.Equal(new ExactRatio(28, 5), rules[1].BurnRateThreshold);
        Assert.Equal(new ExactRatio(14, 15), rules[2].BurnRateThreshold);
        Assert.Equal(13.44m, rules[0].BurnRateThreshold.ToDecimal(2, MidpointRounding.ToEven));
        Assert.Equal(5.6m, rules[1].BurnRateThreshold.ToDecimal(1, MidpointRounding.ToEven));
    }

    [Fact]
    public void AlertRules_SevenDays_AreRescaled()
    {
        // 7 d = 168 h. 2 % × 168 = 3.36 = 84/25; 5 % × 168 / 6 = 1.4 = 7/5; 10 % × 168 / 72 = 16.8 / 72 = 7/30.
        IReadOnlyList<BurnRateAlertRule> rules = ErrorBudget.Create(99.9m, Duration.FromDays(7)).AlertRules;
        Assert.Equal(new ExactRatio(84, 25), rules[0].BurnRateThreshold);
        Assert.Equal(new ExactRatio(7, 5), rules[1].BurnRateThreshold);
        Assert.Equal(new ExactRatio(7, 30), rules[2].BurnRateThreshold);
    }

    [Fact]
    public void AlertRules_DoNotDependOnTheTarget()
    {
        // The threshold is a multiple of the budget, whatever the budget: 99 % over 30 days gives 14.4, 6, 1 too.
        IReadOnlyList<BurnRateAlertRule> rules = ErrorBudget.Create(99m, Duration.FromDays(30)).AlertRules;
        Assert.Equal(new ExactRatio(72, 5), rules[0].BurnRateThreshold);
        Assert.Equal(new ExactRatio(6, 1), rules[1].BurnRateThreshold);
        Assert.Equal(new ExactRatio(1, 1), rules[2].BurnRateThreshold);
    }

    // ---------------------------------------------------------------- EvaluateAlerts on minute data

    private const int ThreeDays = 3 * 1440; // 4,320 minutes

    private static int[] Filled(int length, int value)
    {
        int[] result = new int[length];
        Array.Fill(result, value);
        return result;
    }

    /// <summary>Sets <paramref name="errors"/> to <paramref name="perMinute"/> for minutes [first, end).</summary>
    private static void SetErrors(int[] errors, int first, int end, int perMinute)
    {
        for (int i = first; i < end; i++)
        {
            errors[i] = perMinute;
        }
    }

    private static BurnRateAlert[] Evaluate(ErrorBudget budget, int[] valid, int[] errors)
    {
        var results = new BurnRateAlert[budget.AlertRules.Count];
        Assert.Equal(3, budget.EvaluateAlerts(valid, errors, results));
        return results;
    }

    [Fact]
    public void EvaluateAlerts_OneHourAtTwoPercent_FiresOnlyTheFastRule()
    {
        // 3 days of 1,000 valid per minute; the most recent 60 minutes have 20 errors each (2 %), burn 2 % / 0.1 % = 20.
        //   1 h / 5 min: 1,200 / 60,000 → 20; 100 / 5,000 → 20. Both ≥ 14.4: fires.
        //   6 h / 30 min: 1,200 / 360,000 = 1/300 → 1,000/300 = 10/3 < 6; short 20. Does not fire.
        //   3 d / 6 h: 1,200 / 4,320,000 = 1/3,600 → 1,000/3,600 = 5/18 < 1; short 10/3. Does not fire.
        int[] valid = Filled(ThreeDays, 1000);
        int[] errors = new int[ThreeDays];
        SetErrors(errors, ThreeDays - 60, ThreeDays, 20);
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        BurnRateAlert[] alerts = Evaluate(budget, valid, errors);

        Assert.Equal(budget.AlertRules[0], alerts[0].Rule);
        Assert.Equal(new ExactRatio(20, 1), alerts[0].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(20, 1), alerts[0].ShortWindowBurnRate);
        Assert.True(alerts[0].IsFiring);

        Assert.Equal(budget.AlertRules[1], alerts[1].Rule);
        Assert.Equal(new ExactRatio(10, 3), alerts[1].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(20, 1), alerts[1].ShortWindowBurnRate);
        Assert.False(alerts[1].IsFiring);

        Assert.Equal(budget.AlertRules[2], alerts[2].Rule);
        Assert.Equal(new ExactRatio(5, 18), alerts[2].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(10, 3), alerts[2].ShortWindowBurnRate);
        Assert.False(alerts[2].IsFiring);
    }

    [Fact]
    public void EvaluateAlerts_IncidentEndedTenMinutesAgo_ShortWindowStopsTheFastRule()
    {
        // Errors 20/1,000 in minutes [4,250, 4,310); the last 10 minutes are clean.
        //   1 h = minutes 4,260–4,319: 50 error minutes → 1,000 / 60,000 = 1/60 → 1,000/60 = 50/3 ≥ 14.4,
        //   but 5 min = 0 → not firing.
        //   6 h: all 60 error minutes → 10/3; 30 min = minutes 4,290–4,319: 20 error minutes → 400 / 30,000 = 1/75 → 40/3.
        //   3 d: 5/18.
        int[] valid = Filled(ThreeDays, 1000);
        int[] errors = new int[ThreeDays];
        SetErrors(errors, ThreeDays - 70, ThreeDays - 10, 20);
        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);

        Assert.Equal(new ExactRatio(50, 3), alerts[0].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(0, 1), alerts[0].ShortWindowBurnRate);
        Assert.False(alerts[0].IsFiring);
        Assert.Equal(new ExactRatio(10, 3), alerts[1].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(40, 3), alerts[1].ShortWindowBurnRate);
        Assert.False(alerts[1].IsFiring);
        Assert.Equal(new ExactRatio(5, 18), alerts[2].LongWindowBurnRate);
        Assert.False(alerts[2].IsFiring);
    }

    [Fact]
    public void EvaluateAlerts_SixHoursAtOnePercent_FiresOnlyTheSixHourRule()
    {
        // The last 360 minutes have 10 errors per 1,000 (1 %): burn 10 over 5 min, 30 min, 1 h and 6 h.
        //   1 h: 10 < 14.4 — no. 6 h / 30 min: 10 ≥ 6 both — fires. 3 d: 3,600 / 4,320,000 = 1/1,200 → 5/6 < 1 — no.
        int[] valid = Filled(ThreeDays, 1000);
        int[] errors = new int[ThreeDays];
        SetErrors(errors, ThreeDays - 360, ThreeDays, 10);
        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);

        Assert.Equal(new ExactRatio(10, 1), alerts[0].LongWindowBurnRate);
        Assert.False(alerts[0].IsFiring);
        Assert.Equal(new ExactRatio(10, 1), alerts[1].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(10, 1), alerts[1].ShortWindowBurnRate);
        Assert.True(alerts[1].IsFiring);
        Assert.Equal(new ExactRatio(5, 6), alerts[2].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(10, 1), alerts[2].ShortWindowBurnRate);
        Assert.False(alerts[2].IsFiring);
    }

    [Fact]
    public void EvaluateAlerts_SlowBurnOverThreeDays_FiresOnlyTheSlowRule()
    {
        // Every minute 3 errors of 2,000 (0.15 %): burn 1.5 = 3/2 in every window. 3/2 ≥ 1 (fires), < 6, < 14.4.
        int[] valid = Filled(ThreeDays, 2000);
        int[] errors = Filled(ThreeDays, 3);
        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);
        Assert.False(alerts[0].IsFiring);
        Assert.False(alerts[1].IsFiring);
        Assert.True(alerts[2].IsFiring);
        Assert.Equal(new ExactRatio(3, 2), alerts[2].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(3, 2), alerts[2].ShortWindowBurnRate);
    }

    [Fact]
    public void EvaluateAlerts_BurnExactlyAtTheThreshold_Fires()
    {
        // 6 errors of 1,000 everywhere: burn 0.6 % / 0.1 % = 6 = the 6 h threshold exactly (≥): fires; also ≥ 1; < 14.4.
        int[] valid = Filled(720, 1000);
        int[] errors = Filled(720, 6);
        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);
        Assert.False(alerts[0].IsFiring);
        Assert.True(alerts[1].IsFiring);
        Assert.True(alerts[2].IsFiring);
        Assert.Equal(new ExactRatio(6, 1), alerts[1].LongWindowBurnRate);
    }

    [Fact]
    public void EvaluateAlerts_BurnOfFourteenFifteenths_FiresAt28DaysButNotAt30()
    {
        // 14 errors of 15,000 per minute: (14/15,000) / (1/1,000) = 14/15. The 28-day slow threshold is 14/15 (≥: fires);
        // the 30-day one is 1 (no).
        int[] valid = Filled(ThreeDays, 15_000);
        int[] errors = Filled(ThreeDays, 14);
        BurnRateAlert[] twentyEight = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(28)), valid, errors);
        BurnRateAlert[] thirty = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);
        Assert.Equal(new ExactRatio(14, 15), twentyEight[2].LongWindowBurnRate);
        Assert.True(twentyEight[2].IsFiring);
        Assert.False(thirty[2].IsFiring);
    }

    [Fact]
    public void EvaluateAlerts_DataShorterThanTheWindows_UsesAllOfIt()
    {
        // Only 30 minutes of data, all at 20 errors of 1,000 (burn 20). The 5-min window sees 5 minutes (20); the 30-min,
        // 1 h, 6 h and 3 d windows see all 30 minutes (20). 20 ≥ 14.4, 6, 1: every rule fires.
        int[] valid = Filled(30, 1000);
        int[] errors = Filled(30, 20);
        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);
        foreach (BurnRateAlert alert in alerts)
        {
            Assert.Equal(new ExactRatio(20, 1), alert.LongWindowBurnRate);
            Assert.Equal(new ExactRatio(20, 1), alert.ShortWindowBurnRate);
            Assert.True(alert.IsFiring);
        }
    }

    [Fact]
    public void EvaluateAlerts_TrafficOnlyLongAgo_ShortWindowsHaveNoTrafficAndDoNotFire()
    {
        // 3 days: the first hour has 1,000 valid with 1,000 errors; afterwards no traffic at all.
        //   3 d long: 60,000 / 60,000 = 1 → burn 1,000; 6 h short: no traffic → 0. Not firing.
        //   1 h and 6 h windows: no traffic → 0.
        int[] valid = new int[ThreeDays];
        int[] errors = new int[ThreeDays];
        for (int i = 0; i < 60; i++)
        {
            valid[i] = 1000;
            errors[i] = 1000;
        }

        BurnRateAlert[] alerts = Evaluate(ErrorBudget.Create(99.9m, Duration.FromDays(30)), valid, errors);
        Assert.Equal(new ExactRatio(1000, 1), alerts[2].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(0, 1), alerts[2].ShortWindowBurnRate);
        Assert.Equal(new ExactRatio(0, 1), alerts[0].LongWindowBurnRate);
        Assert.Equal(new ExactRatio(0, 1), alerts[1].LongWindowBurnRate);
        Assert.DoesNotContain(alerts, a => a.IsFiring);
    }

    [Fact]
    public void EvaluateAlerts_ResultsSpanTooShort_ThrowsArgument()
    {
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        var error = Assert.Throws<ArgumentException>(() => budget.EvaluateAlerts(new int[10], new int[10], new BurnRateAlert[2]));
        Assert.Equal("results", error.ParamName);
    }

    [Fact]
    public void EvaluateAlerts_SpanLengthsDiffer_ThrowsArgument()
    {
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        var error = Assert.Throws<ArgumentException>(() => budget.EvaluateAlerts(new int[10], new int[9], new BurnRateAlert[3]));
        Assert.Equal("errorRequests", error.ParamName);
    }

    [Fact]
    public void EvaluateAlerts_MoreErrorsThanValid_ThrowsArgument()
    {
        // Minute 1: 8 errors of 5 valid. (The exception type for a bad span element is not fixed by the API.)
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        var error = Assert.ThrowsAny<ArgumentException>(() => budget.EvaluateAlerts(new[] { 5, 5 }, new[] { 0, 8 }, new BurnRateAlert[3]));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("8", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- Bad arguments

    [Theory]
    [InlineData("100")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100.5")]
    [InlineData("99.1234567")] // seven decimal places
    public void Create_TargetOutsideOpenRangeOrTooPrecise_ThrowsArgumentOutOfRange(string target)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ErrorBudget.Create(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), Duration.FromDays(30)));
        Assert.Equal("targetPercent", error.ParamName);
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90)] // 1.5 minutes: not whole minutes
    [InlineData(0)]  // empty
    [InlineData(-60)] // negative
    public void Create_WindowNotPositiveWholeMinutes_Throws(int seconds)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => ErrorBudget.Create(99.9m, Duration.FromSeconds(seconds)));
        Assert.Equal("window", error.ParamName);
    }

    // 10,000 Gregorian years (3,652,425 days) is the longest window; one minute more, eleven million days (past a long of
    // ticks) and Duration.MaxValue are refused by name.
    [Fact]
    public void Create_WindowLongerThanTenThousandYears_ThrowsArgumentOutOfRange()
    {
        ErrorBudget longest = ErrorBudget.Create(99.9m, Duration.FromDays(3_652_425));
        Assert.Equal(3_652_425L * 1440, longest.WindowMinutes);
        Assert.Equal(3_652_425L * 1440 / 1000, longest.AllowedDowntimeMinutes);
        foreach (Duration window in new[] { Duration.FromDays(3_652_425) + Duration.FromMinutes(1), Duration.FromDays(11_000_000), Duration.MaxValue })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.Create(99.9m, window));
            Assert.Equal("window", error.ParamName);
            Assert.StartsWith("The window must be a positive whole number of minutes, at most 3652425 days (10,000 years), was ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_NegativeDowntime_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.Create(99.9m, Duration.FromDays(30)).Evaluate(-1));
        Assert.Equal("downtimeMinutes", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }
}
