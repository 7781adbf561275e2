using System.Numerics;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="UptimePolicy"/> worked by hand from the uptime section of contract 002 ("Downtime" means more than a 5 % error
/// rate; a Downtime Period is one or more consecutive whole minutes; Monthly Uptime Percentage = (minutes in the month −
/// downtime minutes) / minutes in the month) and the options of issue 5. Every expected value is derived in the comment
/// beside it, never taken from the library's output.
/// </summary>
/// <remarks>
/// Calendar facts used: 2026-01-01 is a Thursday, 2026-02-01 a Sunday, 2026-04-01 a Wednesday, 2028-02-01 a Tuesday
/// (2028 is a leap year). A day has 1,440 minutes. Most small cases use a period starting Mon 2026-01-05 10:00Z, whose
/// minute i is [10:00 + i min, 10:01 + i min).
/// </remarks>
public sealed partial class UptimePolicyTests
{
    private static readonly DateTimeZone s_newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone s_london = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Mon 2026-01-05 10:00Z, the start of the small test periods.</summary>
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 5, 10, 0);

    /// <summary>The instant <paramref name="minute"/> minutes after <see cref="s_start"/>.</summary>
    private static Instant At(int minute) => s_start + Duration.FromMinutes(minute);

    /// <summary>The period of the first <paramref name="minutes"/> minutes from <see cref="s_start"/>.</summary>
    private static Interval FirstMinutes(int minutes) => new(s_start, At(minutes));

    private static int[] Filled(int length, int value)
    {
        int[] result = new int[length];
        Array.Fill(result, value);
        return result;
    }

    /// <summary>
    /// The run pattern of the N tests: 60 minutes of 100 valid requests each; all 100 fail in minutes 2–4 (a run of 3),
    /// 10–14 (5), 20–26 (7) and 30–41 (12): 3 + 5 + 7 + 12 = 27 down minutes. Every other minute has no errors.
    /// </summary>
    private static (int[] Valid, int[] Errors) RunPattern()
    {
        int[] valid = Filled(60, 100);
        int[] errors = new int[60];
        foreach ((int first, int length) in new[] { (2, 3), (10, 5), (20, 7), (30, 12) })
        {
            for (int i = first; i < first + length; i++)
            {
                errors[i] = 100;
            }
        }

        return (valid, errors);
    }

    /// <summary>A downtime period as (start, end, minutes), from minute indexes of the small test period.</summary>
    private static (Instant Start, Instant End, long Minutes) Period(int firstMinute, int endMinute, long minutes)
        => (At(firstMinute), At(endMinute), minutes);

    /// <summary>The report's downtime periods as (start, end, minutes), to compare with literal lists.</summary>
    private static (Instant Start, Instant End, long Minutes)[] Periods(UptimeReport report)
        => report.DowntimePeriods.Select(p => (p.Start, p.End, p.Minutes)).ToArray();

    // ---------------------------------------------------------------- 28/29/30/31-day months at 99.9 %

    // Minutes: 28 d × 1,440 = 40,320; 29 × 1,440 = 41,760; 30 × 1,440 = 43,200; 31 × 1,440 = 44,640.
    // 0.1 % of them: 40.32, 41.76, 43.2, 44.64, so 40/41/43/44 whole down minutes still meet 99.9 % (D ≤ 0.001 M) and one
    // more does not. The error budget over the same period (floor of 0.1 % of it) is the same 40/41/43/44.
    [Theory]
    [InlineData(2026, 2, 40_320, 40)] // Feb 2026
    [InlineData(2028, 2, 41_760, 41)] // Feb 2028 (leap)
    [InlineData(2026, 4, 43_200, 43)] // Apr 2026
    [InlineData(2026, 1, 44_640, 44)] // Jan 2026
    public void Evaluate_MonthWithAllowedDownMinutes_Meets999_AndOneMoreDoesNot(int year, int month, int minutes, int allowed)
    {
        var policy = UptimePolicy.Default;
        var yearMonth = new YearMonth(year, month);
        Interval period = policy.PeriodOf(yearMonth);
        Assert.Equal(Duration.FromMinutes(minutes), period.Duration);

        int[] valid = Filled(minutes, 100);
        int[] errors = new int[minutes];
        for (int i = 0; i < allowed; i++)
        {
            errors[i * 100] = 100; // spread out, one at a time; N = 1, so each is its own period
        }

        UptimeReport atLimit = policy.Evaluate(yearMonth, valid, errors);
        Assert.Equal(minutes, atLimit.MinutesInPeriod);
        Assert.Equal(minutes, atLimit.MeasuredMinutes);
        Assert.Equal(allowed, atLimit.DowntimeMinutes);
        Assert.Equal(allowed, atLimit.DowntimePeriods.Count);
        Assert.Equal(new ExactRatio(minutes - allowed, minutes), atLimit.Uptime);
        Assert.True(atLimit.Meets(99.9m));

        errors[allowed * 100] = 100;
        UptimeReport overLimit = policy.Evaluate(yearMonth, valid, errors);
        Assert.Equal(allowed + 1, overLimit.DowntimeMinutes);
        Assert.False(overLimit.Meets(99.9m));

        Assert.Equal(allowed, ErrorBudget.Create(99.9m, period.Duration).AllowedDowntimeMinutes);
    }

    [Fact]
    public void Evaluate_February2026With40DownMinutes_IsExactly1007Over1008()
    {
        // (40,320 − 40) / 40,320 = 40,280 / 40,320; gcd 40 → 1,007 / 1,008. 100 × 1,007 / 1,008 = 99.900793650…, truncated
        // to six places 99.900793. Above 99.9 %, below 99.91 % (1,007/1,008 − 0.9991 < 0 since 1,007,000 < 1,007,092.8).
        var samples = new MinuteSample[40];
        Instant start = Instant.FromUtc(2026, 2, 1, 0, 0);
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = new MinuteSample(start + Duration.FromMinutes(i), 10, 10);
        }

        UptimeReport report = UptimePolicy.Default.Evaluate(new YearMonth(2026, 2), samples);
        Assert.Equal(new ExactRatio(1007, 1008), report.Uptime);
        Assert.Equal(new BigInteger(1007), report.Uptime.Numerator);
        Assert.Equal(new BigInteger(1008), report.Uptime.Denominator);
        Assert.Equal(99.900793m, report.UptimePercent);
        Assert.True(report.Meets(99.9m));
        Assert.False(report.Meets(99.91m));
        Assert.Equal(new[] { (start, start + Duration.FromMinutes(40), 40L) }, Periods(report));
    }

    // ---------------------------------------------------------------- Threshold: strictly greater

    [Fact]
    public void Evaluate_FiftyOfThousandIsUp_FiftyOneIsDown()
    {
        // Default threshold 5 %: 50 / 1,000 = 5 % is not more than 5 % (up); 51 / 1,000 = 5.1 % is (down).
        // One down minute of two: uptime 1/2, period = minute 1 = [10:01, 10:02).
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(2), new[] { 1000, 1000 }, new[] { 50, 51 });
        Assert.Equal(1, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(1, 2, 1) }, Periods(report));
        Assert.Equal(new ExactRatio(1, 2), report.Uptime);
        Assert.Equal(50m, report.UptimePercent);
    }

    [Fact]
    public void Classify_FiftyOfThousandIsUp_FiftyOneIsDown()
    {
        // Minute 0 up (50/1,000 = 5 %), minute 1 down (51/1,000 > 5 %): bits 0b10, one down minute.
        ulong[] bits = new ulong[1];
        Assert.Equal(1, UptimePolicy.Default.Classify(new[] { 1000, 1000 }, new[] { 50, 51 }, bits));
        Assert.Equal(0b10UL, bits[0]);
    }

    [Fact]
    public void Classify_CustomThresholdOneInAThousand_IsStrict()
    {
        // Threshold 0.001: 1/1,000 = 0.001 is not more (up); 2/1,000 is (down); 1/999 > 1/1,000 (down, since 999 < 1,000).
        var policy = new UptimePolicy { ErrorRateThreshold = 0.001m };
        ulong[] bits = new ulong[1];
        Assert.Equal(2, policy.Classify(new[] { 1000, 1000, 999 }, new[] { 1, 2, 1 }, bits));
        Assert.Equal(0b110UL, bits[0]);
    }

    [Fact]
    public void Evaluate_CustomThreshold_UsesItForDownMinutes()
    {
        // Same three minutes as above at threshold 0.001: minutes 1 and 2 down, one run [10:01, 10:03) of 2; uptime 1/3.
        var policy = new UptimePolicy { ErrorRateThreshold = 0.001m };
        UptimeReport report = policy.Evaluate(FirstMinutes(3), new[] { 1000, 1000, 999 }, new[] { 1, 2, 1 });
        Assert.Equal(2, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(1, 3, 2) }, Periods(report));
        Assert.Equal(new ExactRatio(1, 3), report.Uptime);
    }

    [Fact]
    public void Classify_ThresholdJustBelowOne_OnlyAllErrorsIsDown()
    {
        // Threshold 0.999999999 (nine places, the most allowed): 999/1,000 = 0.999 is up; 1,000/1,000 = 1 is down.
        var policy = new UptimePolicy { ErrorRateThreshold = 0.999999999m };
        ulong[] bits = new ulong[1];
        Assert.Equal(1, policy.Classify(new[] { 1000, 1000 }, new[] { 999, 1000 }, bits));
        Assert.Equal(0b10UL, bits[0]);
    }

    [Fact]
    public void Classify_SeventyMinutes_SetsBitsAcrossWordsAndClearsBitsPastTheEnd()
    {
        // Down minutes 0, 63, 64, 69 (100 of 100 errors). Word 0: bits 0 and 63; word 1: bits 0 (64) and 5 (69) = 0b100001.
        // Bits 6..63 of word 1 are past n = 70 and must be cleared even though they start as ones.
        int[] valid = Filled(70, 100);
        int[] errors = new int[70];
        errors[0] = errors[63] = errors[64] = errors[69] = 100;
        ulong[] bits = { ulong.MaxValue, ulong.MaxValue };
        Assert.Equal(4, UptimePolicy.Default.Classify(valid, errors, bits));
        Assert.Equal(1UL | (1UL << 63), bits[0]);
        Assert.Equal(0b100001UL, bits[1]);
    }

    // ---------------------------------------------------------------- Zero- and minimum-traffic minutes

    [Fact]
    public void Evaluate_ZeroTrafficMinutes_AreNeverDown_EvenWithMinimumValidRequestsZero()
    {
        // MinimumValidRequests 0: a minute needs valid ≥ max(0, 1) = 1 to be down, so the 0-of-0 minutes 0 and 2 are up.
        // Minute 1 has 1 of 1 failing (100 % > 5 %): down. Uptime 2/3.
        var policy = new UptimePolicy { MinimumValidRequests = 0 };
        UptimeReport report = policy.Evaluate(FirstMinutes(3), new[] { 0, 1, 0 }, new[] { 0, 1, 0 });
        Assert.Equal(3, report.MeasuredMinutes);
        Assert.Equal(1, report.DowntimeMinutes);
        Assert.Equal(new ExactRatio(2, 3), report.Uptime);
    }

    [Fact]
    public void Evaluate_NoSamplesAtAll_IsFullUptime()
    {
        // A minute without a sample has no traffic, so is up: 10 of 10 up, uptime 1, 100 %.
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(10), ReadOnlySpan<MinuteSample>.Empty);
        Assert.Equal(10, report.MinutesInPeriod);
        Assert.Equal(0, report.DowntimeMinutes);
        Assert.Empty(Periods(report));
        Assert.Equal(new ExactRatio(1, 1), report.Uptime);
        Assert.Equal(100m, report.UptimePercent);
        Assert.True(report.Meets(100m));
    }

    [Fact]
    public void Classify_MinimumValidRequestsTen_CountsOnlyMinutesWithTenOrMore()
    {
        // MinimumValidRequests 10, threshold 5 %:
        //   0: 9 valid, 9 errors   → fewer than 10 valid: up, however bad
        //   1: 10 valid, 1 error   → 10 %  > 5 %: down
        //   2: 10 valid, 0 errors  → 0 %: up
        //   3: 0 valid             → up
        //   4: 100 valid, 6 errors → 6 % > 5 %: down
        //   5: 20 valid, 1 error   → 5 % is not more than 5 %: up
        //   6: 10 valid, 10 errors → 100 %: down
        // Bits 1, 4, 6 = 2 + 16 + 64 = 82; three down.
        var policy = new UptimePolicy { MinimumValidRequests = 10 };
        ulong[] bits = new ulong[1];
        int down = policy.Classify(new[] { 9, 10, 10, 0, 100, 20, 10 }, new[] { 9, 1, 0, 0, 6, 1, 10 }, bits);
        Assert.Equal(3, down);
        Assert.Equal(82UL, bits[0]);
    }

    [Fact]
    public void Evaluate_MinimumValidRequestsTen_NineAllFailingIsUp()
    {
        // Same seven minutes: down minutes 1, 4, 6 are three separate runs of 1; uptime (7 − 3) / 7 = 4/7.
        var policy = new UptimePolicy { MinimumValidRequests = 10 };
        UptimeReport report = policy.Evaluate(FirstMinutes(7), new[] { 9, 10, 10, 0, 100, 20, 10 }, new[] { 9, 1, 0, 0, 6, 1, 10 });
        Assert.Equal(3, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(1, 2, 1), Period(4, 5, 1), Period(6, 7, 1) }, Periods(report));
        Assert.Equal(new ExactRatio(4, 7), report.Uptime);
    }

    // ---------------------------------------------------------------- Minimum downtime run N on the same data

    [Fact]
    public void Evaluate_RunPattern_N1_EveryRunIsAPeriod()
    {
        // Runs 3, 5, 7, 12 all ≥ 1: downtime 27; uptime (60 − 27) / 60 = 33/60 = 11/20 = 55 %.
        (int[] valid, int[] errors) = RunPattern();
        UptimeReport report = new UptimePolicy { MinimumDowntimeRun = 1 }.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(27, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(2, 5, 3), Period(10, 15, 5), Period(20, 27, 7), Period(30, 42, 12) }, Periods(report));
        Assert.Equal(new ExactRatio(11, 20), report.Uptime);
        Assert.Equal(55m, report.UptimePercent);
    }

    [Fact]
    public void Evaluate_RunPattern_N5_RunOfExactlyFiveCounts_RunOfThreeDoesNot()
    {
        // Runs ≥ 5: 5, 7, 12 → downtime 24; the run of 3 is not a Downtime Period. Uptime 36/60 = 3/5 = 60 %.
        (int[] valid, int[] errors) = RunPattern();
        UptimeReport report = (new UptimePolicy { MinimumDowntimeRun = 5 }).Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(24, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(10, 15, 5), Period(20, 27, 7), Period(30, 42, 12) }, Periods(report));
        Assert.Equal(new ExactRatio(3, 5), report.Uptime);
        Assert.Equal(60m, report.UptimePercent);
    }

    [Fact]
    public void Evaluate_RunPattern_N10_OnlyTheTwelveMinuteRunCounts()
    {
        // Runs ≥ 10: only 12 → downtime 12, one period [10:30, 10:42). Uptime 48/60 = 4/5 = 80 %.
        (int[] valid, int[] errors) = RunPattern();
        UptimeReport report = (new UptimePolicy { MinimumDowntimeRun = 10 }).Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(12, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(30, 42, 12) }, Periods(report));
        Assert.Equal(At(30), report.DowntimePeriods[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 10, 42), report.DowntimePeriods[0].End);
        Assert.Equal(new ExactRatio(4, 5), report.Uptime);
    }

    // Downtime for each N on the run pattern (runs 3, 5, 7, 12): sum of the runs of length ≥ N.
    [Theory]
    [InlineData(1, 27, 4)]  // 3 + 5 + 7 + 12
    [InlineData(3, 27, 4)]  // 3 counts at N = 3
    [InlineData(4, 24, 3)]  // 5 + 7 + 12
    [InlineData(6, 19, 2)]  // 7 + 12
    [InlineData(8, 12, 1)]  // 12
    [InlineData(12, 12, 1)] // 12 counts at N = 12
    [InlineData(13, 0, 0)]  // nothing
    public void Evaluate_RunPattern_DowntimeIsTheRunsOfAtLeastN(int n, long downtime, int periods)
    {
        (int[] valid, int[] errors) = RunPattern();
        UptimeReport report = (new UptimePolicy { MinimumDowntimeRun = n }).Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(downtime, report.DowntimeMinutes);
        Assert.Equal(periods, report.DowntimePeriods.Count);
        Assert.Equal(new ExactRatio(60 - downtime, 60), report.Uptime);
    }

    [Fact]
    public void Evaluate_RunAtTheEndOfThePeriod_EndsAtThePeriodEnd()
    {
        // Ten minutes, down minutes 0 and 7–9: periods [10:00, 10:01) of 1 and [10:07, 10:10) of 3; uptime 6/10 = 3/5.
        int[] errors = new int[10];
        errors[0] = errors[7] = errors[8] = errors[9] = 5;
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(10), Filled(10, 5), errors);
        Assert.Equal(new[] { Period(0, 1, 1), Period(7, 10, 3) }, Periods(report));
        Assert.Equal(new ExactRatio(3, 5), report.Uptime);
    }

    // ---------------------------------------------------------------- Exclusions before and after grouping

    [Fact]
    public void Evaluate_ExclusionInsideTheLongRun_BeforeGrouping_SplitsItBelowN()
    {
        // Maintenance [10:34, 10:38) excludes minutes 34–37 (4). Before grouping they count as up, so the 12-minute run
        // 30–41 becomes 30–33 (4) and 38–41 (4); with N = 10 no run is long enough (others are 3, 5, 7): downtime 0.
        // The excluded minutes stay in the denominator: uptime 60/60 = 1.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy
        {
            MinimumDowntimeRun = 10,
            Exclusions = new[] { new Interval(At(34), At(38)) },
            ExclusionMode = ExclusionMode.BeforeGrouping,
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(4, report.ExcludedMinutes);
        Assert.Equal(0, report.DowntimeMinutes);
        Assert.Empty(Periods(report));
        Assert.Equal(60, report.MeasuredMinutes);
        Assert.Equal(new ExactRatio(1, 1), report.Uptime);
    }

    [Fact]
    public void Evaluate_ExclusionInsideTheLongRun_AfterGrouping_SubtractsItFromThePeriod()
    {
        // Same data and window. After grouping the run 30–41 (12 ≥ 10) is found first and is a period [10:30, 10:42);
        // its 4 excluded minutes are then subtracted: 12 − 4 = 8 downtime minutes. Uptime (60 − 8) / 60 = 52/60 = 13/15.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy
        {
            MinimumDowntimeRun = 10,
            Exclusions = new[] { new Interval(At(34), At(38)) },
            ExclusionMode = ExclusionMode.AfterGrouping,
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(4, report.ExcludedMinutes);
        Assert.Equal(8, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(30, 42, 8) }, Periods(report));
        Assert.Equal(new ExactRatio(13, 15), report.Uptime);
    }

    [Fact]
    public void Evaluate_ExclusionInsideTheLongRun_N1_BeforeGivesTwoPeriods_AfterGivesOne()
    {
        // N = 1, maintenance minutes 34–37.
        // Before: runs 3, 5, 7, 4 (30–33), 4 (38–41) → 23 minutes in 5 periods.
        // After: runs 3, 5, 7, 12 → the 12-minute period counts 12 − 4 = 8 → 23 minutes in 4 periods.
        (int[] valid, int[] errors) = RunPattern();
        var before = new UptimePolicy { Exclusions = new[] { new Interval(At(34), At(38)) } };
        var after = new UptimePolicy { Exclusions = new[] { new Interval(At(34), At(38)) }, ExclusionMode = ExclusionMode.AfterGrouping };

        UptimeReport b = before.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(
            new[] { Period(2, 5, 3), Period(10, 15, 5), Period(20, 27, 7), Period(30, 34, 4), Period(38, 42, 4) },
            Periods(b));
        Assert.Equal(23, b.DowntimeMinutes);

        UptimeReport a = after.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(new[] { Period(2, 5, 3), Period(10, 15, 5), Period(20, 27, 7), Period(30, 42, 8) }, Periods(a));
        Assert.Equal(23, a.DowntimeMinutes);
    }

    [Fact]
    public void ExclusionMode_DefaultIsBeforeGrouping()
    {
        // The documented default.
        Assert.Equal(ExclusionMode.BeforeGrouping, UptimePolicy.Default.ExclusionMode);
        Assert.Equal(ExclusionMode.BeforeGrouping, new UptimePolicy().ExclusionMode);
    }

    [Fact]
    public void Evaluate_WhollyExcludedRun_AfterGrouping_IsNotReported()
    {
        // Exclusion [10:02, 10:05) covers the whole 3-minute run: its period would count 3 − 3 = 0 and is dropped.
        // Downtime 5 + 7 + 12 = 24, three periods; 3 excluded minutes.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy
        {
            Exclusions = new[] { new Interval(At(2), At(5)) },
            ExclusionMode = ExclusionMode.AfterGrouping,
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(3, report.ExcludedMinutes);
        Assert.Equal(24, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(10, 15, 5), Period(20, 27, 7), Period(30, 42, 12) }, Periods(report));
    }

    [Fact]
    public void Evaluate_ExclusionOverlappingPartOfAMinute_ExcludesTheWholeMinute()
    {
        // [10:04:59, 10:05:01) touches minute 4 (its last second) and minute 5 (its first second): both excluded (2).
        // Minute 4 was down, so the first run shrinks to minutes 2–3: period [10:02, 10:04) of 2.
        // Downtime 2 + 5 + 7 + 12 = 26; uptime (60 − 26) / 60 = 34/60 = 17/30.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy
        {
            Exclusions = new[] { new Interval(At(4) + Duration.FromSeconds(59), At(5) + Duration.FromSeconds(1)) },
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(2, report.ExcludedMinutes);
        Assert.Equal(26, report.DowntimeMinutes);
        Assert.Equal(Period(2, 4, 2), Periods(report)[0]);
        Assert.Equal(new ExactRatio(17, 30), report.Uptime);
    }

    [Fact]
    public void Evaluate_ExclusionEndingAtAMinuteStart_DoesNotExcludeThatMinute()
    {
        // [10:05, 10:10) is half-open: it excludes minutes 5–9 (5, none down) but not minute 10, the first of the 5-run.
        // So at N = 5 the run 10–14 is still a whole period: downtime 5 + 7 + 12 = 24.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy { MinimumDowntimeRun = 5, Exclusions = new[] { new Interval(At(5), At(10)) } };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(5, report.ExcludedMinutes);
        Assert.Equal(24, report.DowntimeMinutes);
        Assert.Equal(Period(10, 15, 5), Periods(report)[0]);
    }

    [Fact]
    public void Evaluate_ExclusionOutsideThePeriod_ExcludesNothing()
    {
        // [09:00, 10:00) ends where the period starts and [11:00, 12:00) starts where it ends: no minute overlaps.
        (int[] valid, int[] errors) = RunPattern();
        var policy = new UptimePolicy
        {
            Exclusions = new[] { new Interval(At(-60), At(0)), new Interval(At(60), At(120)) },
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(60), valid, errors);
        Assert.Equal(0, report.ExcludedMinutes);
        Assert.Equal(27, report.DowntimeMinutes);
    }

    // ---------------------------------------------------------------- Averaged 5-minute method vs down minutes

    /// <summary>
    /// One incident on 20 minutes of 100 valid requests each: errors 100 in minutes 6 and 7, 4 in minute 8 (4 %, up),
    /// 6 in minute 12 (6 %, down).
    /// </summary>
    private static (int[] Valid, int[] Errors) Incident()
    {
        int[] errors = new int[20];
        errors[6] = 100;
        errors[7] = 100;
        errors[8] = 4;
        errors[12] = 6;
        return (Filled(20, 100), errors);
    }

    [Fact]
    public void Evaluate_Incident_DownMinutes()
    {
        // Down minutes 6, 7 (100 %) and 12 (6 %); minute 8 (4 %) is up. Periods [10:06, 10:08) and [10:12, 10:13).
        // Uptime (20 − 3) / 20 = 17/20 = 85 %.
        (int[] valid, int[] errors) = Incident();
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(20), valid, errors);
        Assert.Equal(UptimeMethod.DownMinutes, report.Method);
        Assert.Equal(3, report.DowntimeMinutes);
        Assert.Equal(new[] { Period(6, 8, 2), Period(12, 13, 1) }, Periods(report));
        Assert.Equal(new ExactRatio(17, 20), report.Uptime);
        Assert.Equal(85m, report.UptimePercent);
        Assert.Equal(0, report.AveragedIntervals);
    }

    [Fact]
    public void Evaluate_Incident_AverageOfFiveMinuteErrorRates()
    {
        // Blocks of 5 minutes (500 valid each):
        //   0–4: 0 / 500 = 0;  5–9: (100 + 100 + 4) / 500 = 204/500;  10–14: 6/500;  15–19: 0.
        // Average = (204 + 6) / 500 / 4 = 210 / 2,000 = 21/200; uptime = 179/200 = 89.5 % (vs 85 % per minute).
        (int[] valid, int[] errors) = Incident();
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate };
        UptimeReport report = policy.Evaluate(FirstMinutes(20), valid, errors);
        Assert.Equal(UptimeMethod.AverageErrorRate, report.Method);
        Assert.Equal(4, report.AveragedIntervals);
        Assert.Equal(0, report.DowntimeMinutes);
        Assert.Empty(Periods(report));
        Assert.Equal(new ExactRatio(179, 200), report.Uptime);
        Assert.Equal(89.5m, report.UptimePercent);
        Assert.True(report.Meets(89.5m));
        Assert.False(report.Meets(89.500001m));
    }

    [Fact]
    public void Evaluate_AverageErrorRate_LastBlockIsShorter()
    {
        // Seven minutes of 10 valid, 5-minute blocks: 0–4 and 5–6 (the last block has 2 minutes).
        // Errors 10 in minute 5: block 0 rate 0, block 1 rate 10 / 20 = 1/2. Average 1/4, uptime 3/4.
        int[] errors = new int[7];
        errors[5] = 10;
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate };
        UptimeReport report = policy.Evaluate(FirstMinutes(7), Filled(7, 10), errors);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(new ExactRatio(3, 4), report.Uptime);
        Assert.Equal(75m, report.UptimePercent);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_BlockWithoutTrafficCountsAsZero()
    {
        // Ten minutes: block 0–4 has no traffic (rate 0, still averaged), block 5–9 has 10 valid, 5 errors in minute 5
        // (rate 5/10 = 1/2). Average (0 + 1/2) / 2 = 1/4, uptime 3/4.
        int[] valid = new int[10];
        int[] errors = new int[10];
        valid[5] = 10;
        errors[5] = 5;
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate };
        UptimeReport report = policy.Evaluate(FirstMinutes(10), valid, errors);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(new ExactRatio(3, 4), report.Uptime);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_BlockBelowMinimumTraffic_HasRateZero()
    {
        // MinimumValidRequests 10. Block 0–4: 9 valid, 9 errors in minute 0: Σvalid 9 < 10 → rate 0.
        // Block 5–9: 10 valid, 1 error in minute 5 → 1/10. Average 1/20, uptime 19/20 = 95 %.
        int[] valid = new int[10];
        int[] errors = new int[10];
        valid[0] = 9;
        errors[0] = 9;
        valid[5] = 10;
        errors[5] = 1;
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate, MinimumValidRequests = 10 };
        UptimeReport report = policy.Evaluate(FirstMinutes(10), valid, errors);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(new ExactRatio(19, 20), report.Uptime);
        Assert.Equal(95m, report.UptimePercent);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_WhollyExcludedBlockIsSkipped()
    {
        // Exclusion [10:00, 10:05) covers block 0–4 entirely (all failing there): it is skipped. Block 5–9: 50 valid,
        // 5 errors in total (1 per minute) → 5/50 = 1/10. Average over one block 1/10, uptime 9/10; 5 excluded minutes.
        int[] valid = Filled(10, 10);
        int[] errors = { 10, 10, 10, 10, 10, 1, 1, 1, 1, 1 };
        var policy = new UptimePolicy
        {
            Method = UptimeMethod.AverageErrorRate,
            Exclusions = new[] { new Interval(At(0), At(5)) },
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(10), valid, errors);
        Assert.Equal(1, report.AveragedIntervals);
        Assert.Equal(5, report.ExcludedMinutes);
        Assert.Equal(new ExactRatio(9, 10), report.Uptime);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_PartlyExcludedBlockAveragesItsOtherMinutes()
    {
        // Exclusion [10:00, 10:02) removes minutes 0–1 of block 0–4. Block 0 then sums minutes 2–4: 30 valid, 3 errors
        // (1 each) → 1/10. Block 5–9: 50 valid, 0 errors → 0. Average 1/20, uptime 19/20.
        int[] valid = Filled(10, 10);
        int[] errors = { 10, 10, 1, 1, 1, 0, 0, 0, 0, 0 };
        var policy = new UptimePolicy
        {
            Method = UptimeMethod.AverageErrorRate,
            Exclusions = new[] { new Interval(At(0), At(2)) },
        };
        UptimeReport report = policy.Evaluate(FirstMinutes(10), valid, errors);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(2, report.ExcludedMinutes);
        Assert.Equal(new ExactRatio(19, 20), report.Uptime);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_TenMinuteBlocks()
    {
        // The incident with 10-minute blocks: 0–9: 204/1,000; 10–19: 6/1,000. Average 210/2,000 = 21/200 — the same as
        // with 5-minute blocks here, because every block has equal traffic. Uptime 179/200, two blocks.
        (int[] valid, int[] errors) = Incident();
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate, AveragingInterval = Duration.FromMinutes(10) };
        UptimeReport report = policy.Evaluate(FirstMinutes(20), valid, errors);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(new ExactRatio(179, 200), report.Uptime);
    }

    [Fact]
    public void Evaluate_AverageErrorRate_UnequalTrafficAveragesRatesNotRequests()
    {
        // Two 5-minute blocks: block 0 has 1,000 valid with 0 errors, block 1 has 10 valid with 10 errors (minute 5).
        // Average of rates (0 + 1) / 2 = 1/2 → uptime 1/2 (a request-weighted rate would be 10/1,010).
        int[] valid = { 200, 200, 200, 200, 200, 10, 0, 0, 0, 0 };
        int[] errors = { 0, 0, 0, 0, 0, 10, 0, 0, 0, 0 };
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate };
        UptimeReport report = policy.Evaluate(FirstMinutes(10), valid, errors);
        Assert.Equal(new ExactRatio(1, 2), report.Uptime);
    }

    // ---------------------------------------------------------------- A month with a DST change (America/New_York)

    [Fact]
    public void PeriodOf_March2026InNewYork_Is743Hours()
    {
        // 2026-03-01 00:00 EST (UTC−5) = 05:00Z; 2026-04-01 00:00 EDT (UTC−4) = 04:00Z (clocks sprang forward Sun 03-08
        // 02:00 → 03:00). 31 × 24 − 1 = 743 h = 44,580 min.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        Interval period = policy.PeriodOf(new YearMonth(2026, 3));
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 1, 5, 0), Instant.FromUtc(2026, 4, 1, 4, 0)), period);
        Assert.Equal(Duration.FromHours(743), period.Duration);
        Assert.Equal(Duration.FromMinutes(44_580), period.Duration);
    }

    [Fact]
    public void PeriodOf_November2026InNewYork_Is721Hours()
    {
        // 2026-11-01 00:00 EDT = 04:00Z; 2026-12-01 00:00 EST = 05:00Z (clocks fell back Sun 11-01 02:00 → 01:00).
        // November has 30 days: 30 × 24 + 1 = 721 h = 43,260 min.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        Interval period = policy.PeriodOf(new YearMonth(2026, 11));
        Assert.Equal(new Interval(Instant.FromUtc(2026, 11, 1, 4, 0), Instant.FromUtc(2026, 12, 1, 5, 0)), period);
        Assert.Equal(Duration.FromMinutes(43_260), period.Duration);
    }

    [Fact]
    public void Evaluate_October2006InNewYork_Is745Hours()
    {
        // Before 2007 US DST ended on the last Sunday of October (2006-10-29). 2006-10-01 00:00 EDT = 04:00Z;
        // 2006-11-01 00:00 EST = 05:00Z. 31 × 24 + 1 = 745 h = 44,700 min; no samples → all up.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        UptimeReport report = policy.Evaluate(new YearMonth(2006, 10), ReadOnlySpan<MinuteSample>.Empty);
        Assert.Equal(new Interval(Instant.FromUtc(2006, 10, 1, 4, 0), Instant.FromUtc(2006, 11, 1, 5, 0)), report.Period);
        Assert.Equal(44_700, report.MinutesInPeriod);
        Assert.Equal(new ExactRatio(1, 1), report.Uptime);
    }

    [Fact]
    public void PeriodOf_October2026InLondon_Is745Hours()
    {
        // BST ends Sun 2026-10-25 (the last Sunday). 2026-10-01 00:00 BST (UTC+1) = 09-30 23:00Z; 2026-11-01 00:00 GMT =
        // 00:00Z. 31 × 24 + 1 = 745 h = 44,700 min.
        var policy = new UptimePolicy { TimeZone = s_london };
        Interval period = policy.PeriodOf(new YearMonth(2026, 10));
        Assert.Equal(new Interval(Instant.FromUtc(2026, 9, 30, 23, 0), Instant.FromUtc(2026, 11, 1, 0, 0)), period);
        Assert.Equal(Duration.FromMinutes(44_700), period.Duration);
    }

    [Fact]
    public void Evaluate_March2026InNewYork_UsesThe743HourDenominator()
    {
        // 45 down minutes straddling the skipped hour: 01:30 EST (06:30Z) to 03:15 EDT (07:15Z) on 2026-03-08 is 45 real
        // minutes. Their index from the period start 03-01 05:00Z: 7 days + 1 h 30 min = 7 × 1,440 + 90 = 10,170.
        // Uptime (44,580 − 45) / 44,580 = 44,535 / 44,580; gcd 15 → 2,969 / 2,972 = 99.899057…% → 99.899057.
        // 99.9 % allows 44.58 minutes: 45 fails; 99.8 % allows 89.16: passes.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        int[] valid = Filled(44_580, 20);
        int[] errors = new int[44_580];
        for (int i = 10_170; i < 10_170 + 45; i++)
        {
            errors[i] = 2; // 2 / 20 = 10 % > 5 %
        }

        UptimeReport report = policy.Evaluate(new YearMonth(2026, 3), valid, errors);
        Assert.Equal(44_580, report.MinutesInPeriod);
        Assert.Equal(44_580, report.MeasuredMinutes);
        Assert.Equal(45, report.DowntimeMinutes);
        Assert.Equal(
            new[] { (Instant.FromUtc(2026, 3, 8, 6, 30), Instant.FromUtc(2026, 3, 8, 7, 15), 45L) },
            Periods(report));
        Assert.Equal(new ExactRatio(2969, 2972), report.Uptime);
        Assert.Equal(new ExactRatio(44_580 - 45, 44_580), report.Uptime);
        Assert.Equal(99.899057m, report.UptimePercent);
        Assert.False(report.Meets(99.9m));
        Assert.True(report.Meets(99.8m));
    }

    [Fact]
    public void Evaluate_March2026InNewYork_44DownMinutesMeet999()
    {
        // 44 ≤ 44.58 (0.1 % of 44,580): meets 99.9 %. Uptime (44,580 − 44) / 44,580 = 44,536 / 44,580; gcd 4 → 11,134 / 11,145.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        Instant start = Instant.FromUtc(2026, 3, 1, 5, 0);
        var samples = new MinuteSample[44];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = new MinuteSample(start + Duration.FromMinutes(i), 1, 1);
        }

        UptimeReport report = policy.Evaluate(new YearMonth(2026, 3), samples);
        Assert.Equal(new ExactRatio(11_134, 11_145), report.Uptime);
        Assert.True(report.Meets(99.9m));
    }

    // ---------------------------------------------------------------- Service hours

    /// <summary>Monday–Friday 09:00–17:00 UTC, no holidays.</summary>
    private static ScheduledBusinessCalendar NineToFiveUtc() => BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
        DateTimeZone.Utc);

    private static void AddDown(List<MinuteSample> samples, Instant first, int minutes)
    {
        for (int i = 0; i < minutes; i++)
        {
            samples.Add(new MinuteSample(first + Duration.FromMinutes(i), 100, 100));
        }
    }

    // Weekdays × 8 h × 60 = weekdays × 480 open minutes; the period keeps all days × 1,440 minutes.
    [Theory]
    [InlineData(2026, 1, 44_640, 22, 10_560)] // Thu 01-01 … Sat 01-31: 4 full weeks (20) + Thu 29, Fri 30 → 22
    [InlineData(2026, 2, 40_320, 20, 9_600)]  // Sun 02-01 … Sat 02-28: exactly 4 weeks → 20
    [InlineData(2026, 4, 43_200, 22, 10_560)] // Wed 04-01 … Thu 04-30: 4 weeks (20) + Wed 29, Thu 30 → 22
    [InlineData(2028, 2, 41_760, 21, 10_080)] // Tue 02-01 … Tue 02-29: 4 weeks (20) + Tue 29 → 21
    public void Evaluate_ServiceHours_MeasuredMinutesAreTheOpenMinutes(int year, int month, long minutes, int weekdays, long measured)
    {
        Assert.Equal(weekdays * 480L, measured);
        var policy = new UptimePolicy { ServiceHours = NineToFiveUtc() };
        UptimeReport report = policy.Evaluate(new YearMonth(year, month), ReadOnlySpan<MinuteSample>.Empty);
        Assert.Equal(measured, report.MeasuredMinutes);
        Assert.Equal(minutes, report.MinutesInPeriod);
        Assert.Equal(new ExactRatio(1, 1), report.Uptime);
    }

    [Fact]
    public void Evaluate_ServiceHours_OnlyOpenMinutesCount()
    {
        // January 2026, open Mon–Fri 09–17 UTC: 22 weekdays × 480 = 10,560 measured of 44,640.
        // Down: Sat 01-03 10:00–10:59 (closed, 0); Mon 01-05 03:00–03:29 (night, 0); Mon 01-05 16:50–17:09: only
        // 16:50–16:59 is open (10), and the run stops at the close: period [16:50, 17:00) of 10.
        // Uptime (10,560 − 10) / 10,560 = 10,550 / 10,560; gcd 10 → 1,055 / 1,056.
        var samples = new List<MinuteSample>();
        AddDown(samples, Instant.FromUtc(2026, 1, 3, 10, 0), 60);
        AddDown(samples, Instant.FromUtc(2026, 1, 5, 3, 0), 30);
        AddDown(samples, Instant.FromUtc(2026, 1, 5, 16, 50), 20);

        var policy = new UptimePolicy { ServiceHours = NineToFiveUtc() };
        UptimeReport report = policy.Evaluate(new YearMonth(2026, 1), samples.ToArray());
        Assert.Equal(44_640, report.MinutesInPeriod);
        Assert.Equal(10_560, report.MeasuredMinutes);
        Assert.Equal(10, report.DowntimeMinutes);
        Assert.Equal(
            new[] { (Instant.FromUtc(2026, 1, 5, 16, 50), Instant.FromUtc(2026, 1, 5, 17, 0), 10L) },
            Periods(report));
        Assert.Equal(new ExactRatio(1055, 1056), report.Uptime);
    }

    [Fact]
    public void Evaluate_ServiceHours_TheNightBreaksARun()
    {
        // Mon 01-05 16:55–16:59 (5 open minutes) and Tue 01-06 09:00–09:04 (5) are consecutive open minutes, but the
        // closed night between them breaks the run: two runs of 5. N = 10 → no period; N = 5 → two periods.
        var samples = new List<MinuteSample>();
        AddDown(samples, Instant.FromUtc(2026, 1, 5, 16, 55), 5);
        AddDown(samples, Instant.FromUtc(2026, 1, 6, 9, 0), 5);
        ScheduledBusinessCalendar hours = NineToFiveUtc();

        UptimeReport ten = new UptimePolicy { ServiceHours = hours, MinimumDowntimeRun = 10 }.Evaluate(new YearMonth(2026, 1), samples.ToArray());
        Assert.Equal(0, ten.DowntimeMinutes);
        Assert.Empty(Periods(ten));

        UptimeReport five = new UptimePolicy { ServiceHours = hours, MinimumDowntimeRun = 5 }.Evaluate(new YearMonth(2026, 1), samples.ToArray());
        Assert.Equal(10, five.DowntimeMinutes);
        Assert.Equal(
            new[]
            {
                (Instant.FromUtc(2026, 1, 5, 16, 55), Instant.FromUtc(2026, 1, 5, 17, 0), 5L),
                (Instant.FromUtc(2026, 1, 6, 9, 0), Instant.FromUtc(2026, 1, 6, 9, 5), 5L),
            },
            Periods(five));
        // (10,560 − 10) / 10,560 = 1,055 / 1,056.
        Assert.Equal(new ExactRatio(1055, 1056), five.Uptime);
    }

    [Fact]
    public void Evaluate_ServiceHours_ExcludedMinutesCountOnlyOpenMinutes()
    {
        // Maintenance Mon 01-05 16:00–18:00 (120 min) overlaps 60 open minutes (16:00–16:59); a Saturday window
        // 01-10 00:00–06:00 overlaps none. ExcludedMinutes = 60; the measured minutes stay 10,560.
        var policy = new UptimePolicy
        {
            ServiceHours = NineToFiveUtc(),
            Exclusions = new[]
            {
                new Interval(Instant.FromUtc(2026, 1, 5, 16, 0), Instant.FromUtc(2026, 1, 5, 18, 0)),
                new Interval(Instant.FromUtc(2026, 1, 10, 0, 0), Instant.FromUtc(2026, 1, 10, 6, 0)),
            },
        };
        UptimeReport report = policy.Evaluate(new YearMonth(2026, 1), ReadOnlySpan<MinuteSample>.Empty);
        Assert.Equal(60, report.ExcludedMinutes);
        Assert.Equal(10_560, report.MeasuredMinutes);
    }

    [Fact]
    public void Evaluate_ServiceHours_AverageErrorRate_SkipsClosedBlocks()
    {
        // Period Mon 01-05 16:50–17:10Z, 5-minute blocks: 16:50–16:54 and 16:55–16:59 are open; 17:00–17:04 and
        // 17:05–17:09 have no measured minute and are skipped. 10 valid every minute; 5 errors at 16:55 → block 1 rate
        // 5/50 = 1/10; block 0 rate 0; the closed minutes fail completely but do not count. Average 1/20 → uptime 19/20.
        int[] valid = Filled(20, 10);
        int[] errors = new int[20];
        errors[5] = 5;
        for (int i = 10; i < 20; i++)
        {
            errors[i] = 10;
        }

        var policy = new UptimePolicy { ServiceHours = NineToFiveUtc(), Method = UptimeMethod.AverageErrorRate };
        var period = new Interval(Instant.FromUtc(2026, 1, 5, 16, 50), Instant.FromUtc(2026, 1, 5, 17, 10));
        UptimeReport report = policy.Evaluate(period, valid, errors);
        Assert.Equal(20, report.MinutesInPeriod);
        Assert.Equal(10, report.MeasuredMinutes);
        Assert.Equal(2, report.AveragedIntervals);
        Assert.Equal(new ExactRatio(19, 20), report.Uptime);
    }

    // ---------------------------------------------------------------- SoA and AoS give the same report

    [Fact]
    public void Evaluate_SoAAndAoS_GiveTheSameReport()
    {
        // The run pattern as samples (only minutes with traffic), plus samples before and after the period that must be
        // ignored. N = 5, maintenance minutes 34–37, before grouping: runs 5, 7, 4, 4 → only 5 and 7 count → 12.
        // Uptime (60 − 12) / 60 = 4/5.
        (int[] valid, int[] errors) = RunPattern();
        var samples = new List<MinuteSample> { new(At(-1), 10, 10) };
        for (int i = 0; i < 60; i++)
        {
            samples.Add(new MinuteSample(At(i), valid[i], errors[i]));
        }

        samples.Add(new MinuteSample(At(60), 10, 10));
        var policy = new UptimePolicy { MinimumDowntimeRun = 5, Exclusions = new[] { new Interval(At(34), At(38)) } };

        UptimeReport soa = policy.Evaluate(FirstMinutes(60), valid, errors);
        UptimeReport aos = policy.Evaluate(FirstMinutes(60), samples.ToArray());
        foreach (UptimeReport report in new[] { soa, aos })
        {
            Assert.Equal(FirstMinutes(60), report.Period);
            Assert.Equal(60, report.MinutesInPeriod);
            Assert.Equal(60, report.MeasuredMinutes);
            Assert.Equal(4, report.ExcludedMinutes);
            Assert.Equal(12, report.DowntimeMinutes);
            Assert.Equal(new[] { Period(10, 15, 5), Period(20, 27, 7) }, Periods(report));
            Assert.Equal(new ExactRatio(4, 5), report.Uptime);
            Assert.Equal(80m, report.UptimePercent);
        }
    }

    [Fact]
    public void Evaluate_SoAAndAoS_MonthOverloads_GiveTheSameReport()
    {
        // April 2026 (43,200 minutes): 7 down minutes 2026-04-10 12:00–12:06 as sparse samples, the same as dense counts
        // at index 9 × 1,440 + 720 = 13,680. Uptime (43,200 − 7) / 43,200 = 43,193 / 43,200 (43,193 = 47 × 919, coprime
        // with 2⁶ × 3³ × 5²).
        Instant first = Instant.FromUtc(2026, 4, 10, 12, 0);
        var samples = new List<MinuteSample>();
        AddDown(samples, first, 7);
        int[] valid = new int[43_200];
        int[] errors = new int[43_200];
        for (int i = 13_680; i < 13_687; i++)
        {
            valid[i] = 100;
            errors[i] = 100;
        }

        var month = new YearMonth(2026, 4);
        UptimeReport aos = UptimePolicy.Default.Evaluate(month, samples.ToArray());
        UptimeReport soa = UptimePolicy.Default.Evaluate(month, valid, errors);
        foreach (UptimeReport report in new[] { soa, aos })
        {
            Assert.Equal(43_200, report.MinutesInPeriod);
            Assert.Equal(7, report.DowntimeMinutes);
            Assert.Equal(new[] { (first, first + Duration.FromMinutes(7), 7L) }, Periods(report));
            Assert.Equal(new ExactRatio(43_193, 43_200), report.Uptime);
        }
    }

    // ---------------------------------------------------------------- MinuteSamples.Accumulate

    [Fact]
    public void Accumulate_CountsRecordsIntoTheirMinutes_AndIgnoresOthers()
    {
        // Period start 10:00, two minutes [10:00, 10:02). Records:
        //   09:59:59 (before, ignored); 10:00:00 ok → minute 0; 10:00:59.999 error → minute 0; 10:01:30 error → minute 1;
        //   10:02:00 (the end is exclusive, ignored).
        // Counted 3. Minute 0: valid 2, errors 1. Minute 1: valid 1, errors 1.
        RequestRecord[] records =
        {
            new(At(0) - Duration.FromSeconds(1), true),
            new(At(0), false),
            new(At(1) - Duration.FromMilliseconds(1), true),
            new(At(1) + Duration.FromSeconds(30), true),
            new(At(2), true),
        };
        int[] valid = new int[2];
        int[] errors = new int[2];
        Assert.Equal(3, MinuteSamples.Accumulate(records, At(0), valid, errors));
        Assert.Equal(new[] { 2, 1 }, valid);
        Assert.Equal(new[] { 1, 1 }, errors);
    }

    [Fact]
    public void Accumulate_AddsToTheCountsAlreadyThere()
    {
        // Spans start at valid [5, 0], errors [1, 0]; records add one ok and one error to minute 0 → [7, 0], [2, 0].
        RequestRecord[] records = { new(At(0) + Duration.FromSeconds(10), false), new(At(0) + Duration.FromSeconds(20), true) };
        int[] valid = { 5, 0 };
        int[] errors = { 1, 0 };
        Assert.Equal(2, MinuteSamples.Accumulate(records, At(0), valid, errors));
        Assert.Equal(new[] { 7, 0 }, valid);
        Assert.Equal(new[] { 2, 0 }, errors);
    }

    [Fact]
    public void Accumulate_ThenEvaluate_GivesTheDownMinute()
    {
        // Minute 0: 20 ok → 0 %; minute 1: 19 ok + 1 error = 1/20 = 5 % (up); minute 2: 18 ok + 2 errors = 10 % (down).
        // Uptime 2/3, period [10:02, 10:03).
        var records = new List<RequestRecord>();
        for (int minute = 0; minute < 3; minute++)
        {
            for (int i = 0; i < 20; i++)
            {
                records.Add(new RequestRecord(At(minute) + Duration.FromSeconds(i), i < minute));
            }
        }

        int[] valid = new int[3];
        int[] errors = new int[3];
        Assert.Equal(60, MinuteSamples.Accumulate(records.ToArray(), At(0), valid, errors));
        Assert.Equal(new[] { 20, 20, 20 }, valid);
        Assert.Equal(new[] { 0, 1, 2 }, errors);
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(3), valid, errors);
        Assert.Equal(new[] { Period(2, 3, 1) }, Periods(report));
        Assert.Equal(new ExactRatio(2, 3), report.Uptime);
    }
}
