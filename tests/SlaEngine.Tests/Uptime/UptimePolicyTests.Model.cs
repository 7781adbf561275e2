using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="UptimePolicy"/> on random valid cases from <see cref="UptimeGenerators"/> against <see cref="UptimeModel"/>,
/// an independent minute-by-minute model of /work/uptime-api.md: every report field (SoA and sparse AoS, periods and
/// whole months), the Classify bitmap, uptime never rising when a minute turns down, and every integer comparison.
/// </summary>
public sealed partial class UptimePolicyTests
{
    private static readonly Regex s_digits = new(@"\d[\d,]*", RegexOptions.CultureInvariant);

    // Every report field against the model; the same data as sparse samples (zero-traffic minutes often left out,
    // samples before and after the period that must be ignored) gives the same report.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_Evaluate_SoAAndAoSMatchTheModel(UptimeCase c)
    {
        UptimePolicy policy = ModelPolicy(c);
        ModelReport expected = ModelReportOf(c);
        var period = new Interval(c.Start, c.End);
        UptimeReport soa = policy.Evaluate(period, c.Valid, c.Errors);
        ModelCheckReport(c, expected, soa, "SoA");
        UptimeReport aos = policy.Evaluate(period, ModelSparseSamples(c, c.Start));
        ModelCheckReport(c, expected, aos, "AoS");
    }

    // Whole months in zones with DST (743/745-hour months) and half-hour offsets: PeriodOf and both YearMonth overloads.
    [Property(MaxTest = 40, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_EvaluateMonth_MatchesTheModel(UptimeCase shape, int monthIndex, int zoneIndex)
    {
        string[] zones = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata"];
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zones[(int)(unchecked((uint)zoneIndex) % zones.Length)]];
        var month = new YearMonth(2020, 1).PlusMonths((int)(unchecked((uint)monthIndex) % 120));
        Instant start = zone.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        Instant end = zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        int n = (int)((end - start).BclCompatibleTicks / NodaConstants.TicksPerMinute);
        var random = new IntegerRandom(shape.Seed);
        (int[] valid, int[] errors) = UptimeGenerators.Counts(random, n, shape.Threshold, shape.MinimumValid, Math.Max(shape.MinimumRun, 30), 0);
        UptimeCase c = shape with
        {
            Start = start,
            Valid = valid,
            Errors = errors,
            Exclusions = shape.Exclusions.Select(e => (Shift: start - shape.Start + Duration.FromMinutes(random.Next(0, n)), e)).Select(s => (s.e.Start + s.Shift, s.e.End + s.Shift)).ToArray(),
        };
        UptimePolicy policy = ModelPolicy(c, zone);
        Assert.Equal(new Interval(start, end), policy.PeriodOf(month));
        ModelReport expected = ModelReportOf(c);
        ModelCheckReport(c, expected, policy.Evaluate(month, valid, errors), $"month {month} in {zone.Id}, SoA");
        ModelCheckReport(c, expected, policy.Evaluate(month, ModelSparseSamples(c, start)), $"month {month} in {zone.Id}, AoS");
    }

    // The vectorized pass: bitmap and count for lengths around the vector widths and a 31-day month, counts near
    // int.MaxValue, thresholds with nine places; the caller's buffer starts dirty and may be longer than needed.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_Classify_MatchesTheModel(ClassifyCase c)
    {
        var policy = new UptimePolicy { ErrorRateThreshold = c.Threshold, MinimumValidRequests = c.MinimumValid };
        (ulong[] bits, int count) = UptimeModel.Classify(c.Valid, c.Errors, c.Threshold, c.MinimumValid);
        ulong[] buffer = Enumerable.Repeat(c.Garbage, bits.Length + c.ExtraWords).ToArray();
        int actual = policy.Classify(c.Valid, c.Errors, buffer);
        UptimeGenerators.Check(count == actual, () => $"Classify counted {actual} down minutes; the model {count}. {c}");
        for (int w = 0; w < bits.Length; w++)
        {
            UptimeGenerators.Check(bits[w] == buffer[w], () => string.Create(CultureInfo.InvariantCulture, $"Word {w}: library {buffer[w]:X16}, model {bits[w]:X16}. {c}"));
        }
    }

    // Every instruction-set path of the internal kernel (portable, AVX2, AVX-512: whichever this processor has) gives the
    // model's bitmap and count, with the threshold passed unreduced as n / 10^9.
    [Property(MaxTest = 1000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_KernelPaths_MatchTheModel(ClassifyCase c)
    {
        (ulong[] bits, int count) = UptimeModel.Classify(c.Valid, c.Errors, c.Threshold, c.MinimumValid);
        int num = (int)(c.Threshold * 1_000_000_000m);
        for (int widest = 0; widest <= 2; widest++)
        {
            ulong[] buffer = Enumerable.Repeat(c.Garbage, bits.Length).ToArray();
            int actual = SlaEngine.Uptime.Evaluation.DownMinuteKernel.Classify(c.Valid, c.Errors, c.MinimumValid, num, 1_000_000_000, buffer, widest);
            UptimeGenerators.Check(count == actual, () => $"Path {widest} counted {actual} down minutes; the model {count}. {c}");
            UptimeGenerators.Check(bits.AsSpan().SequenceEqual(buffer), () => $"Path {widest}: the bitmap differs from the model's. {c}");
        }
    }

    // Issue property 2a: turning one up minute down (its errors raised to its valid count) never raises uptime, and
    // never lowers the downtime minutes, under either method, either exclusion mode, with or without service hours.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Evaluate_AMinuteTurningDown_NeverRaisesUptime(UptimeCase c)
    {
        int[] candidates = Enumerable.Range(0, c.Length)
            .Where(i => c.Errors[i] < c.Valid[i] && c.Valid[i] >= Math.Max(c.MinimumValid, 1) && !UptimeModel.IsDown(c.Valid[i], c.Errors[i], c.Threshold, c.MinimumValid))
            .ToArray();
        if (candidates.Length == 0)
        {
            return;
        }

        int flip = candidates[(int)(c.Seed % (ulong)candidates.Length)];
        int[] errors = (int[])c.Errors.Clone();
        errors[flip] = c.Valid[flip];
        UptimePolicy policy = ModelPolicy(c);
        var period = new Interval(c.Start, c.End);
        UptimeReport before = policy.Evaluate(period, c.Valid, c.Errors);
        UptimeReport after = policy.Evaluate(period, c.Valid, errors);
        Func<string> where = () => $"Minute {flip} turned down: uptime {before.Uptime} -> {after.Uptime}, downtime {before.DowntimeMinutes} -> {after.DowntimeMinutes}. {c}";
        UptimeGenerators.Check(after.Uptime <= before.Uptime, () => "Uptime rose. " + where());
        UptimeGenerators.Check(after.Uptime.Numerator * before.Uptime.Denominator <= before.Uptime.Numerator * after.Uptime.Denominator, () => "Uptime rose (cross-multiplied). " + where());
        UptimeGenerators.Check(after.UptimePercent <= before.UptimePercent, () => "UptimePercent rose. " + where());
        UptimeGenerators.Check(after.DowntimeMinutes >= before.DowntimeMinutes, () => "Downtime fell. " + where());
    }

    // Issue property 2c: Meets and CompareToPercent against the model, at the report's own truncated percent, one
    // millionth either side, random targets, and 0 and 100.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_MeetsAndCompareToPercent_AgreeWithTheModel(UptimeCase c, int pick)
    {
        UptimeReport report = ModelPolicy(c).Evaluate(new Interval(c.Start, c.End), c.Valid, c.Errors);
        var uptime = new ModelRatio(report.Uptime.Numerator, report.Uptime.Denominator);
        decimal own = report.UptimePercent;
        decimal random = UptimeModel.ToDecimal(new BigInteger(unchecked((uint)pick) % 100_000_001), 6);
        foreach (decimal target in new[] { own, own - 0.000001m, own + 0.000001m, random, 0m, 100m, 99.9m, 99m })
        {
            if (target < 0m || target > 100m)
            {
                continue;
            }

            int expected = UptimeModel.CompareToPercent(uptime, target);
            UptimeGenerators.Check(expected >= 0 == report.Meets(target), () => $"Meets({target}) = {report.Meets(target)}; the model compares {expected}. Uptime {report.Uptime}. {c}");
            UptimeGenerators.Check(expected == Math.Sign(report.Uptime.CompareToPercent(target)), () => $"CompareToPercent({target}) = {report.Uptime.CompareToPercent(target)}; the model {expected}. Uptime {report.Uptime}. {c}");
        }
    }

    // ExactRatio's comparisons, FromPercent and rounding against the BigInteger model (ratios near each other, percents
    // on and next to a ratio's value).
    [Property(MaxTest = 2000)]
    public void Model_ExactRatioComparisons_AgreeWithTheModel(uint n1, uint d1, long scale, int step, uint places, bool toEven)
    {
        var a = ModelRatio.Of(n1, (BigInteger)d1 + 1);
        BigInteger k = new BigInteger(Math.Abs(scale % 1_000_000_000_000L)) + 1;
        var b = ModelRatio.Of(BigInteger.Max(BigInteger.Zero, (a.Numerator * k) + (step % 3)), a.Denominator * k);
        var x = new ExactRatio(n1, (BigInteger)d1 + 1);
        var y = new ExactRatio((a.Numerator * k) + (step % 3) < 0 ? 0 : (a.Numerator * k) + (step % 3), a.Denominator * k);
        Assert.Equal((a.Numerator, a.Denominator), (x.Numerator, x.Denominator));
        Assert.Equal((b.Numerator, b.Denominator), (y.Numerator, y.Denominator));
        int expected = a.CompareTo(b);
        Assert.Equal(Math.Sign(expected), Math.Sign(x.CompareTo(y)));
        Assert.Equal((expected < 0, expected <= 0, expected > 0, expected >= 0, expected == 0, expected != 0), (x < y, x <= y, x > y, x >= y, x == y, x != y));
        Assert.Equal(expected == 0, x.Equals(y));

        int decimals = (int)(places % 10);
        MidpointRounding rounding = toEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        if (a.CompareTo(ModelRatio.Of(1_000_000, 1)) < 0)
        {
            Assert.Equal(UptimeModel.RoundToDecimal(a, decimals, toEven), x.ToDecimal(decimals, rounding));
            Assert.Equal(UptimeModel.RoundToDecimal(ModelRatio.Of(a.Numerator * 100, a.Denominator), decimals, toEven), x.ToPercent(decimals, rounding));
        }

        decimal percent = UptimeModel.ToDecimal(new BigInteger(unchecked((uint)step) % 100_000_001), (int)(places % 7));
        ExactRatio fromPercent = ExactRatio.FromPercent(percent);
        ModelRatio modelPercent = UptimeModel.FromPercent(percent);
        Assert.Equal((modelPercent.Numerator, modelPercent.Denominator), (fromPercent.Numerator, fromPercent.Denominator));
        Assert.Equal(0, fromPercent.CompareToPercent(percent));
        Assert.Equal(UptimeModel.CompareToPercent(a, percent), Math.Sign(x.CompareToPercent(percent)));
    }

    // Bad input: one bad sample (negative valid, negative errors, or errors > valid) anywhere in a long span, in the
    // vectorized body or the scalar tail, throws an ArgumentException whose message names its index; nothing returned.
    [Property(MaxTest = 300, Arbitrary = [typeof(UptimeGenerators)])]
    public void Classify_ABadSampleAnywhere_ThrowsNamingTheIndex(UptimeCase shape, int where, byte kind)
    {
        int n = shape.Length < 70 ? 44640 - (shape.Length % 17) : shape.Length;
        var random = new IntegerRandom(shape.Seed);
        (int[] valid, int[] errors) = UptimeGenerators.Counts(random, n, shape.Threshold, 0, 3, 0);
        int index = (unchecked((uint)where) % 4) switch
        {
            0 => n - 1 - (int)random.Next(0, Math.Min(n - 1, 70)),
            1 => (int)random.Next(0, Math.Min(n - 1, 70)),
            _ => (int)random.Next(0, n - 1),
        };
        int big = index + 1_000_003;
        switch (kind % 3)
        {
            case 0:
                valid[index] = -big;
                errors[index] = 0;
                break;
            case 1:
                errors[index] = -big;
                break;
            default:
                valid[index] = big;
                errors[index] = big + 7;
                break;
        }

        var policy = new UptimePolicy { ErrorRateThreshold = shape.Threshold };
        var buffer = new ulong[(n + 63) / 64];
        ArgumentException classify = Assert.ThrowsAny<ArgumentException>(() => policy.Classify(valid, errors, buffer));
        ModelCheckNamesIndex(classify, index, $"Classify, kind {kind % 3}, n {n}");
        Instant start = Instant.FromUtc(2025, 1, 1, 0, 0);
        ArgumentException evaluate = Assert.ThrowsAny<ArgumentException>(() => policy.Evaluate(new Interval(start, start + Duration.FromMinutes(n)), valid, errors));
        ModelCheckNamesIndex(evaluate, index, $"Evaluate, kind {kind % 3}, n {n}");
    }

    private static void ModelCheckNamesIndex(ArgumentException e, int index, string what)
    {
        string[] numbers = s_digits.Matches(e.Message).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToArray();
        UptimeGenerators.Check(
            numbers.Contains(index.ToString(CultureInfo.InvariantCulture)), () =>
            $"{what}: the message does not name index {index}: \"{e.Message}\"");
    }

    /// <summary>The library's policy for a case.</summary>
    internal static UptimePolicy ModelPolicy(UptimeCase c, DateTimeZone? zone = null) => new()
    {
        TimeZone = zone ?? DateTimeZone.Utc,
        ErrorRateThreshold = c.Threshold,
        MinimumValidRequests = c.MinimumValid,
        MinimumDowntimeRun = c.MinimumRun,
        Exclusions = c.Exclusions.Select(e => new Interval(e.Start, e.End)).ToArray(),
        ExclusionMode = c.Mode == ModelExclusionMode.AfterGrouping ? ExclusionMode.AfterGrouping : ExclusionMode.BeforeGrouping,
        ServiceHours = c.Hours is null ? null : BusinessCalendarGenerators.Build(c.Hours),
        Method = c.Method == ModelMethod.AverageErrorRate ? UptimeMethod.AverageErrorRate : UptimeMethod.DownMinutes,
        AveragingInterval = Duration.FromMinutes(c.BlockMinutes),
    };

    /// <summary>The model's report for a case.</summary>
    internal static ModelReport ModelReportOf(UptimeCase c)
    {
        bool[] measured = UptimeModel.Measured(c.Start, c.Length, c.Hours is null ? null : MinuteModel.Of(c.Hours));
        bool[] overlaps = UptimeModel.Overlapping(c.Start, c.Length, c.Exclusions);
        return UptimeModel.Evaluate(c.Valid, c.Errors, measured, overlaps, c.Threshold, c.MinimumValid, c.MinimumRun, c.Mode, c.Method, c.BlockMinutes);
    }

    // The case's counts as strictly increasing samples: minutes with traffic always, empty minutes one time in two
    // (as 0/0 samples), plus up to three samples on each side of the period, which must be ignored.
    private static MinuteSample[] ModelSparseSamples(UptimeCase c, Instant start)
    {
        var random = new IntegerRandom(c.Seed ^ 0x5DEECE66DUL);
        var samples = new List<MinuteSample>();
        for (long k = random.Next(0, 3); k > 0; k--)
        {
            int v = random.NextInt(0, 1000);
            samples.Add(new MinuteSample(start - Duration.FromMinutes(k * random.Next(1, 3)), v, v));
        }

        samples = samples.DistinctBy(s => s.Minute).OrderBy(s => s.Minute).ToList();
        for (int i = 0; i < c.Length; i++)
        {
            if (c.Valid[i] != 0 || random.OneIn(2))
            {
                samples.Add(new MinuteSample(start + Duration.FromMinutes(i), c.Valid[i], c.Errors[i]));
            }
        }

        Instant end = start + Duration.FromMinutes(c.Length);
        for (long k = 0, count = random.Next(0, 3); k < count; k++)
        {
            int v = random.NextInt(0, 1000);
            samples.Add(new MinuteSample(end + Duration.FromMinutes(k), v, v));
        }

        return samples.ToArray();
    }

    private static void ModelCheckReport(UptimeCase c, ModelReport expected, UptimeReport actual, string label)
    {
        Func<string> show = () => $"{label}: library measured {actual.MeasuredMinutes}, downtime {actual.DowntimeMinutes}, excluded {actual.ExcludedMinutes}, uptime {actual.Uptime} ({actual.UptimePercent} %), averaged {actual.AveragedIntervals}, periods [{string.Join(", ", actual.DowntimePeriods.Select(p => $"{((p.Start - c.Start).BclCompatibleTicks / NodaConstants.TicksPerMinute)}..{((p.End - c.Start).BclCompatibleTicks / NodaConstants.TicksPerMinute)}:{p.Minutes}"))}]; "
            + $"model measured {expected.Measured}, downtime {expected.Downtime}, excluded {expected.Excluded}, uptime {expected.Uptime} ({expected.UptimePercent} %), averaged {expected.AveragedIntervals}, periods [{string.Join(", ", expected.Periods.Select(p => $"{p.First}..{p.End}:{p.Minutes}"))}].{Environment.NewLine}  {c}";
        UptimeGenerators.Check(actual.Period == new Interval(c.Start, c.End), () => "Period. " + show());
        UptimeGenerators.Check(actual.Method == (c.Method == ModelMethod.AverageErrorRate ? UptimeMethod.AverageErrorRate : UptimeMethod.DownMinutes), () => "Method. " + show());
        UptimeGenerators.Check(actual.MinutesInPeriod == expected.MinutesInPeriod, () => "MinutesInPeriod. " + show());
        UptimeGenerators.Check(actual.MeasuredMinutes == expected.Measured, () => "MeasuredMinutes. " + show());
        UptimeGenerators.Check(actual.ExcludedMinutes == expected.Excluded, () => "ExcludedMinutes. " + show());
        UptimeGenerators.Check(actual.DowntimeMinutes == expected.Downtime, () => "DowntimeMinutes. " + show());
        UptimeGenerators.Check(actual.DowntimePeriods.Count == expected.Periods.Count, () => "DowntimePeriods.Count. " + show());
        for (int i = 0; i < expected.Periods.Count; i++)
        {
            ModelPeriod p = expected.Periods[i];
            DowntimePeriod q = actual.DowntimePeriods[i];
            UptimeGenerators.Check(
                q.Start == c.Start + Duration.FromMinutes(p.First) && q.End == c.Start + Duration.FromMinutes(p.End) && q.Minutes == p.Minutes, () =>
                $"DowntimePeriods[{i}]. " + show());
        }

        UptimeGenerators.Check(actual.Uptime.Numerator == expected.Uptime.Numerator && actual.Uptime.Denominator == expected.Uptime.Denominator, () => "Uptime. " + show());
        UptimeGenerators.Check(actual.UptimePercent == expected.UptimePercent, () => "UptimePercent. " + show());
        UptimeGenerators.Check(actual.AveragedIntervals == expected.AveragedIntervals, () => "AveragedIntervals. " + show());
    }
}
