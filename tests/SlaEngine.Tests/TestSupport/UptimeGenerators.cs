using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SlaEngine.Tests.TestSupport;

/// <summary>A small deterministic integer generator (SplitMix64), so the data built from a seed uses no floating point.</summary>
public sealed class IntegerRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A value in [min, max] (inclusive).</summary>
    public long Next(long min, long max) => max <= min ? min : unchecked(min + (long)(NextBits() % (ulong)(max - min + 1)));

    /// <summary>A value in [min, max] (inclusive) as an int.</summary>
    public int NextInt(long min, long max) => checked((int)Next(min, max));

    /// <summary>True one time in <paramref name="n"/>.</summary>
    public bool OneIn(int n) => Next(1, n) == 1;
}

/// <summary>A random valid uptime case: policy options as raw data, a whole-minute period and its per-minute counts.</summary>
/// <param name="Threshold">The error-rate threshold, in (0, 1), at most 9 decimal places.</param>
/// <param name="MinimumValid">The minimum valid requests.</param>
/// <param name="MinimumRun">N.</param>
/// <param name="Mode">The exclusion mode.</param>
/// <param name="Method">The method.</param>
/// <param name="BlockMinutes">The averaging interval in minutes.</param>
/// <param name="Start">The period's start, a whole minute.</param>
/// <param name="Valid">Valid requests per minute.</param>
/// <param name="Errors">Error requests per minute.</param>
/// <param name="Exclusions">The exclusion intervals [start, end), non-empty, perhaps off whole minutes.</param>
/// <param name="Hours">The service hours, or none.</param>
/// <param name="Seed">A seed for the properties' own choices.</param>
public sealed record UptimeCase(
    decimal Threshold,
    int MinimumValid,
    int MinimumRun,
    ModelExclusionMode Mode,
    ModelMethod Method,
    int BlockMinutes,
    Instant Start,
    int[] Valid,
    int[] Errors,
    IReadOnlyList<(Instant Start, Instant End)> Exclusions,
    CalendarDefinition? Hours,
    ulong Seed)
{
    /// <summary>Gets the number of minutes.</summary>
    public int Length => Valid.Length;

    /// <summary>Gets the period's end.</summary>
    public Instant End => Start + Duration.FromMinutes(Length);

    /// <summary>The case for failure reports: options, exclusions as offsets from the start, counts run-length encoded.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"threshold {Threshold}, min valid {MinimumValid}, N {MinimumRun}, {Mode}, {Method}, block {BlockMinutes} min, start {Start}, {Length} min, seed {Seed}");
        text.Append(Environment.NewLine).Append("  exclusions (ticks from start): ");
        text.AppendJoin(", ", Exclusions.Select(e => string.Create(CultureInfo.InvariantCulture, $"[{(e.Start - Start).BclCompatibleTicks}, {(e.End - Start).BclCompatibleTicks})")));
        text.Append(Environment.NewLine).Append("  hours: ").Append(Hours?.ToString() ?? "none");
        text.Append(Environment.NewLine).Append("  counts (valid/errors x run): ").Append(UptimeGenerators.RunLength(Valid, Errors));
        return text.ToString();
    }
}

/// <summary>Classify input: threshold, minimum, counts (some near int.MaxValue) and extra buffer words.</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="MinimumValid">The minimum valid requests.</param>
/// <param name="Valid">Valid requests.</param>
/// <param name="Errors">Error requests.</param>
/// <param name="ExtraWords">Words beyond ceil(n / 64) in the caller's buffer.</param>
/// <param name="Garbage">What the buffer holds before the call.</param>
public sealed record ClassifyCase(decimal Threshold, int MinimumValid, int[] Valid, int[] Errors, int ExtraWords, ulong Garbage)
{
    /// <summary>The case for failure reports.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"threshold {Threshold}, min valid {MinimumValid}, {Valid.Length} min, extra words {ExtraWords}, garbage {Garbage:X}; counts {UptimeGenerators.RunLength(Valid, Errors)}");
}

/// <summary>A valid credit schedule as raw tiers (any order) with the same tiers ascending.</summary>
/// <param name="Tiers">The tiers in the order passed to Create.</param>
/// <param name="Sorted">The tiers ascending by minimum.</param>
public sealed record ScheduleSpec(IReadOnlyList<ModelTier> Tiers, IReadOnlyList<ModelTier> Sorted)
{
    /// <summary>The tiers for failure reports.</summary>
    public override string ToString() => string.Join(", ", Sorted.Select(t => string.Create(CultureInfo.InvariantCulture, $"[{t.Min}, {t.Max}) -> {t.Credit} %")));
}

/// <summary>A credit case: a schedule, an uptime (often on or next to a tier bound), a charge and rounding.</summary>
/// <param name="Schedule">The schedule.</param>
/// <param name="Uptime">The uptime.</param>
/// <param name="Lower">A second, lower or equal uptime.</param>
/// <param name="Charge">The monthly charge.</param>
/// <param name="ToEven">ToEven rather than AwayFromZero.</param>
/// <param name="MinorDecimals">The minor-unit decimals.</param>
public sealed record CreditCase(ScheduleSpec Schedule, ModelRatio Uptime, ModelRatio Lower, decimal Charge, bool ToEven, int MinorDecimals)
{
    /// <summary>The case for failure reports.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"tiers {Schedule}; uptime {Uptime}, lower {Lower}, charge {Charge}, {(ToEven ? "ToEven" : "AwayFromZero")}, {MinorDecimals} decimals");
}

/// <summary>An error-budget case: target, window, per-minute counts, and numbers for Evaluate and BurnRate.</summary>
/// <param name="Target">The target percent in (0, 100), at most 6 places.</param>
/// <param name="WindowMinutes">The window in minutes.</param>
/// <param name="Valid">Valid requests per minute (last = latest).</param>
/// <param name="Errors">Error requests per minute.</param>
/// <param name="Consumed">Downtime minutes for Evaluate.</param>
/// <param name="Bad">Bad events for BurnRate.</param>
/// <param name="Total">Total events for BurnRate.</param>
/// <param name="ResultSlots">The results span's length (at least 3).</param>
public sealed record BudgetCase(decimal Target, long WindowMinutes, int[] Valid, int[] Errors, long Consumed, long Bad, long Total, int ResultSlots)
{
    /// <summary>The case for failure reports.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"target {Target} %, window {WindowMinutes} min, consumed {Consumed}, burn {Bad}/{Total}, slots {ResultSlots}, {Valid.Length} min: {UptimeGenerators.RunLength(Valid, Errors)}");
}

/// <summary>
/// FsCheck generators of valid uptime, credit and error-budget inputs. Counts come in runs of one kind (no traffic,
/// below the minimum, healthy, down, exactly on the threshold, one error past it, near int.MaxValue), so down runs of
/// every length around N occur; thresholds have up to nine places; exclusions may start or end inside a minute.
/// </summary>
public static class UptimeGenerators
{
    /// <summary>Lengths Classify must handle exactly (vector widths and their neighbours, a 31-day month).</summary>
    public static readonly int[] SpecialLengths = [0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 4113, 44640];

    private static readonly string[] s_zones = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo"];
    private static readonly Instant s_first = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant s_last = Instant.FromUtc(2035, 1, 1, 0, 0);

    /// <summary>Uptime cases.</summary>
    public static Arbitrary<UptimeCase> UptimeCases() => Arb.From(UptimeCaseGen(), ShrinkUptime);

    /// <summary>Classify cases.</summary>
    public static Arbitrary<ClassifyCase> ClassifyCases() => Arb.From(ClassifyGen());

    /// <summary>Credit cases.</summary>
    public static Arbitrary<CreditCase> CreditCases() => Arb.From(CreditGen());

    /// <summary>Error-budget cases.</summary>
    public static Arbitrary<BudgetCase> BudgetCases() => Arb.From(BudgetGen());

    /// <summary>Fails with the message, built only on failure (the cases print long counts).</summary>
    public static void Check(bool condition, Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!condition)
        {
            Xunit.Assert.Fail(message());
        }
    }

    /// <summary>Counts as "valid/errors x run" groups, shortened past 40 groups.</summary>
    public static string RunLength(int[] valid, int[] errors)
    {
        var groups = new List<string>();
        int i = 0;
        while (i < valid.Length)
        {
            int j = i;
            while (j < valid.Length && valid[j] == valid[i] && errors[j] == errors[i])
            {
                j++;
            }

            groups.Add(string.Create(CultureInfo.InvariantCulture, $"{valid[i]}/{errors[i]}x{j - i}"));
            i = j;
        }

        return groups.Count <= 40 ? string.Join(" ", groups) : string.Join(" ", groups.Take(40)) + $" … ({groups.Count} groups)";
    }

    /// <summary>Thresholds in (0, 1) with up to nine places, some unnormalized (0.050), some at the extremes.</summary>
    public static Gen<decimal> Thresholds() =>
        Gen.Frequency(
            (3, Gen.Elements(0.05m, 0.050m, 0.01m, 0.001m, 0.1m, 0.5m, 0.25m, 0.000000001m, 0.999999999m, 0.333333333m, 0.05000m, 0.9m)),
            (5, from scale in Gen.Choose(1, 9)
                from mantissa in Gen.Choose(1, (int)Pow10(scale) - 1)
                select new decimal(mantissa, 0, 0, false, (byte)scale)),
            (2, from mantissa in Gen.Choose(1, 999_999_999)
                select new decimal(mantissa, 0, 0, false, 9)));

    /// <summary>Per-minute counts built from a seed in runs of one kind; every pair has 0 ≤ errors ≤ valid.</summary>
    public static (int[] Valid, int[] Errors) Counts(IntegerRandom random, int n, decimal threshold, int minimumValid, int runScale, int hugeWeight)
    {
        (BigInteger num, BigInteger den) = UptimeModel.Exact(threshold);
        BigInteger g = BigInteger.GreatestCommonDivisor(num, den);
        long rn = (long)(num / g);
        long rd = (long)(den / g);
        int min = Math.Max(minimumValid, 1);
        var valid = new int[n];
        var errors = new int[n];
        int i = 0;
        while (i < n)
        {
            int run = random.OneIn(8) ? random.NextInt(1, 300) : random.NextInt(1, runScale + 3);
            int kind = random.NextInt(0, 9 + hugeWeight);
            for (int k = 0; k < run && i < n; k++, i++)
            {
                (valid[i], errors[i]) = Minute(random, kind, rn, rd, min);
            }
        }

        return (valid, errors);
    }

    private static (int Valid, int Errors) Minute(IntegerRandom random, int kind, long rn, long rd, int min)
    {
        switch (kind)
        {
            case 0:
                return (0, 0);
            case 1:
            {
                // Below the minimum (never down), perhaps all errors; with a minimum of 1 this is no traffic.
                int v = random.NextInt(0, min - 1);
                return (v, random.NextInt(0, v));
            }

            case 2:
            case 3:
            {
                int v = Valid(random, min);
                int limit = Floor(v, rn, rd);
                return (v, random.OneIn(3) ? limit : random.NextInt(0, limit)); // up
            }

            case 4:
            case 5:
            {
                int v = Valid(random, min);
                int limit = Floor(v, rn, rd);
                return (v, random.OneIn(3) ? limit + 1 : random.NextInt(limit + 1, v)); // down when v ≥ min
            }

            case 6:
            case 7:
            {
                // errors · den == valid · num exactly (up), or one error more (down).
                long c = random.Next(1, Math.Max(1, Math.Min(int.MaxValue / rd, random.OneIn(2) ? 50 : int.MaxValue)));
                int v = checked((int)(rd * c));
                int e = checked((int)(rn * c));
                return (v, kind == 6 ? e : e + 1);
            }

            case 8:
            {
                // Exactly the minimum, or one below it; errors all or none.
                int v = random.OneIn(2) ? min : min - 1;
                return (v, random.OneIn(2) ? v : 0);
            }

            default:
            {
                // Near int.MaxValue: on either side of the threshold.
                int v = int.MaxValue - random.NextInt(0, 1000);
                int limit = Floor(v, rn, rd);
                return (v, Math.Min(v, limit + random.NextInt(0, 1)));
            }
        }
    }

    private static int Valid(IntegerRandom random, int min) => random.NextInt(0, 3) switch
    {
        0 => random.NextInt(min, Math.Min(int.MaxValue, min + 20L)),
        1 => random.NextInt(min, Math.Max(min, 10_000)),
        2 => random.NextInt(min, Math.Max(min, 2_000_000)),
        _ => random.NextInt(min, int.MaxValue),
    };

    // floor(v · rn / rd), which is below v because the threshold is below 1.
    private static int Floor(int v, long rn, long rd) => (int)((BigInteger)v * rn / rd);

    private static long Pow10(int n)
    {
        long p = 1;
        for (int i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }

    private static Gen<int> Lengths() =>
        Gen.Frequency(
            (1, Gen.Elements(0, 1, 2, 63, 64, 65, 127, 128, 129)),
            (3, Gen.Choose(0, 60)),
            (4, Gen.Choose(0, 600)),
            (2, Gen.Choose(0, 3000)));

    private static Gen<Instant> Starts() =>
        from minute in Gen.Choose(0, (int)((s_last - s_first).BclCompatibleTicks / NodaConstants.TicksPerMinute))
        select s_first + Duration.FromMinutes(minute);

    private static Gen<CalendarDefinition?> Hours(Instant start) =>
        Gen.Frequency(
            (2, Gen.Constant<CalendarDefinition?>(null)),
            (1, from zone in Gen.Elements(s_zones)
                from definition in BusinessCalendarGenerators.Definitions(zone, start)
                select (CalendarDefinition?)definition));

    // Start one side of the period or inside it, sometimes off whole minutes by a tick or more; at least a tick long.
    private static Gen<(Instant, Instant)> Exclusion(Instant start, int n) =>
        from offset in Gen.Choose(-30, n + 30)
        from length in Gen.Frequency((2, Gen.Choose(1, 5)), (2, Gen.Choose(1, 60)), (1, Gen.Choose(1, 600)))
        from startTicks in Gen.Frequency((3, Gen.Constant(0L)), (1, Gen.Elements(1L, NodaConstants.TicksPerMinute - 1)), (1, Gen.Choose(1, (int)NodaConstants.TicksPerMinute - 1).Select(t => (long)t)))
        from endTicks in Gen.Frequency((3, Gen.Constant(0L)), (1, Gen.Elements(1L - NodaConstants.TicksPerMinute, -1L)), (1, Gen.Choose(1, (int)NodaConstants.TicksPerMinute - 1).Select(t => -(long)t)))
        let a = start + Duration.FromMinutes(offset) + Duration.FromTicks(startTicks)
        let b = start + Duration.FromMinutes(offset + length) + Duration.FromTicks(endTicks)
        select b > a ? (a, b) : (a, a + Duration.FromTicks(1));

    /// <summary>The uptime-case generator (also used, with month lengths, by the month property).</summary>
    public static Gen<UptimeCase> UptimeCaseGen() => UptimeCaseGen(Lengths());

    /// <summary>The uptime-case generator with the given lengths.</summary>
    public static Gen<UptimeCase> UptimeCaseGen(Gen<int> lengths) =>
        from threshold in Thresholds()
        from minimumValid in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)), (2, Gen.Choose(2, 100)), (1, Gen.Choose(101, 5_000_000)))
        from minimumRun in Gen.Frequency((3, Gen.Constant(1)), (4, Gen.Choose(2, 10)), (1, Gen.Choose(11, 60)))
        from mode in Gen.Elements(ModelExclusionMode.BeforeGrouping, ModelExclusionMode.AfterGrouping)
        from method in Gen.Frequency((3, Gen.Constant(ModelMethod.DownMinutes)), (1, Gen.Constant(ModelMethod.AverageErrorRate)))
        from block in Gen.Frequency((2, Gen.Constant(5)), (2, Gen.Choose(1, 60)), (1, Gen.Elements(1, 1440, 7, 13)))
        from start in Starts()
        from n in lengths
        from exclusionCount in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 4)))
        from exclusions in Gen.ArrayOf(Exclusion(start, n), exclusionCount)
        from hours in Hours(start)
        from seed in Gen.Choose(0, int.MaxValue)
        from runScale in Gen.Elements(1, 2, minimumRun, minimumRun * 2)
        from hugeWeight in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(3)))
        let random = new IntegerRandom(unchecked((ulong)seed * 0x2545F4914F6CDD1DUL))
        let counts = Counts(random, n, threshold, minimumValid, runScale, hugeWeight)
        select new UptimeCase(threshold, minimumValid, minimumRun, mode, method, block, start, counts.Valid, counts.Errors, exclusions, hours, unchecked((ulong)seed));

    // Shorter data (halves, then drop the tail minute), fewer exclusions, no hours, N = 1, no minimum.
    private static IEnumerable<UptimeCase> ShrinkUptime(UptimeCase c)
    {
        if (c.Hours is not null)
        {
            yield return c with { Hours = null };
        }

        for (int i = 0; i < c.Exclusions.Count; i++)
        {
            yield return c with { Exclusions = c.Exclusions.Where((_, j) => j != i).ToArray() };
        }

        if (c.Length > 1)
        {
            int half = c.Length / 2;
            yield return c with { Valid = c.Valid[..half], Errors = c.Errors[..half] };
            yield return c with { Valid = c.Valid[half..], Errors = c.Errors[half..], Start = c.Start + Duration.FromMinutes(half), Hours = null };
            yield return c with { Valid = c.Valid[..^1], Errors = c.Errors[..^1] };
            yield return c with { Valid = c.Valid[1..], Errors = c.Errors[1..], Start = c.Start + Duration.FromMinutes(1), Hours = null };
        }

        if (c.MinimumRun > 1)
        {
            yield return c with { MinimumRun = 1 };
            yield return c with { MinimumRun = c.MinimumRun - 1 };
        }

        if (c.MinimumValid > 0)
        {
            yield return c with { MinimumValid = 0 };
        }
    }

    private static Gen<ClassifyCase> ClassifyGen() =>
        from threshold in Gen.Frequency((1, Thresholds()), (2, Gen.Choose(1, 999_999_999).Select(m => new decimal(m, 0, 0, false, 9))))
        from minimumValid in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Choose(2, 100)), (1, Gen.Choose(int.MaxValue - 2000, int.MaxValue)))
        from n in Gen.Frequency((3, Gen.Elements(SpecialLengths.Where(l => l < 10000).ToArray())), (1, Gen.Constant(44640)), (4, Gen.Choose(0, 5000)), (1, Gen.Choose(0, 200)))
        from seed in Gen.Choose(0, int.MaxValue)
        from hugeWeight in Gen.Elements(0, 2, 10)
        from runScale in Gen.Elements(1, 3, 70)
        from extraWords in Gen.Choose(0, 2)
        from garbage in Gen.Elements(0UL, ulong.MaxValue, 0xA5A5_A5A5_A5A5_A5A5UL)
        let counts = Counts(new IntegerRandom(unchecked((ulong)seed)), n, threshold, minimumValid, runScale, hugeWeight)
        select new ClassifyCase(threshold, minimumValid, counts.Valid, counts.Errors, extraWords, garbage);

    /// <summary>A percent in [0, 100] with up to six places, biased to the high nineties.</summary>
    public static Gen<decimal> Percents() =>
        Gen.Frequency(
            (2, Gen.Elements(0m, 100m, 99m, 99.9m, 99.95m, 99.99m, 99.999m, 95m, 90m, 50m, 99.000000m, 99.999999m, 0.000001m)),
            (3, from scale in Gen.Choose(0, 6)
                from whole in Gen.Choose(0, 99)
                from fraction in Gen.Choose(0, (int)Pow10(scale) - 1)
                select whole + new decimal(fraction, 0, 0, false, (byte)scale)),
            (4, from scale in Gen.Choose(0, 6)
                from whole in Gen.Choose(90, 99)
                from fraction in Gen.Choose(0, (int)Pow10(scale) - 1)
                select whole + new decimal(fraction, 0, 0, false, (byte)scale)));

    /// <summary>A valid schedule: ascending bounds from 0 (top at or below 100), non-increasing credits, shuffled.</summary>
    public static Gen<ScheduleSpec> Schedules() =>
        from count in Gen.Choose(1, 5)
        from inner in Gen.ArrayOf(Percents().Where(p => p > 0m && p < 100m), count - 1)
        from top in Gen.Frequency((3, Gen.Constant(100m)), (1, Percents().Where(p => p > 0m)))
        from credits in Gen.ArrayOf(Percents(), count)
        from order in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
        let bounds = inner.Append(top).Distinct().Order().ToArray()
        where bounds.Length == count && bounds[0] > 0m
        let sortedCredits = credits.OrderDescending().ToArray()
        let sorted = Enumerable.Range(0, count).Select(i => new ModelTier(i == 0 ? 0m : bounds[i - 1], bounds[i], sortedCredits[i])).ToArray()
        select new ScheduleSpec(order.Select(i => sorted[i]).ToArray(), sorted);

    // An uptime on a tier bound, one smallest step either side of one, or a random fraction.
    private static Gen<ModelRatio> Uptimes(ScheduleSpec schedule)
    {
        decimal[] bounds = schedule.Sorted.SelectMany(t => new[] { t.Min, t.Max }).Distinct().ToArray();
        return Gen.Frequency(
            (3, from bound in Gen.Elements(bounds)
                from step in Gen.Elements(0, 0, -1, 1)
                from tiny in Gen.Elements(1_000_000_000L, 100_000_000L, long.MaxValue)
                let exact = UptimeModel.FromPercent(bound)
                let shifted = ModelRatio.Of(BigInteger.Max(BigInteger.Zero, (exact.Numerator * tiny) + step), exact.Denominator * tiny)
                select shifted.CompareTo(ModelRatio.One) > 0 ? ModelRatio.One : shifted),
            (2, from measured in Gen.Choose(1, 50_000)
                from downtime in Gen.Choose(0, measured)
                select ModelRatio.Of(measured - downtime, measured)),
            (1, from measured in Gen.Choose(1, int.MaxValue)
                from downtime in Gen.Choose(0, 10_000)
                select ModelRatio.Of(Math.Max(0, measured - downtime), measured)));
    }

    private static Gen<CreditCase> CreditGen() =>
        from schedule in Schedules()
        from uptime in Uptimes(schedule)
        from other in Uptimes(schedule)
        from charge in Charges()
        from toEven in Gen.Elements(false, true)
        from decimals in Gen.Frequency((3, Gen.Constant(2)), (1, Gen.Choose(0, 6)))
        select uptime.CompareTo(other) >= 0
            ? new CreditCase(schedule, uptime, other, charge, toEven, decimals)
            : new CreditCase(schedule, other, uptime, charge, toEven, decimals);

    /// <summary>Monthly charges: 0, the issue's 1,234.45, and random amounts with 0–4 places up to 10^15.</summary>
    public static Gen<decimal> Charges() =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1234.45m, 0.05m, 1m, 0.5m, 12.5m, 1000m)),
            (4, from cents in Gen.Choose(0, int.MaxValue)
                from scale in Gen.Choose(0, 4)
                select new decimal(cents, 0, 0, false, (byte)scale)),
            (1, from high in Gen.Choose(0, 100_000)
                from low in Gen.Choose(0, int.MaxValue)
                from scale in Gen.Choose(0, 4)
                select new decimal(((long)high * int.MaxValue) + low) / UptimeModel.ToDecimal(BigInteger.Pow(10, scale), 0)));

    private static Gen<decimal> Targets() =>
        Gen.Frequency(
            (2, Gen.Elements(99.9m, 99.95m, 99.99m, 99.5m, 99m, 95m, 90m, 50m, 99.999999m, 0.000001m, 99.900m)),
            (3, from scale in Gen.Choose(0, 6)
                from whole in Gen.Choose(0, 99)
                from fraction in Gen.Choose(0, (int)Pow10(scale) - 1)
                let p = whole + new decimal(fraction, 0, 0, false, (byte)scale)
                where p > 0m
                select p));

    private static Gen<long> Windows() =>
        Gen.Frequency(
            (3, Gen.Elements(28L, 29L, 30L, 31L, 7L, 1L, 90L, 365L).Select(d => d * 24 * 60)),
            (2, Gen.Choose(1, 400 * 24 * 60).Select(m => (long)m)),
            (1, Gen.Choose(1, 100).Select(m => (long)m)));

    private static Gen<BudgetCase> BudgetGen() =>
        from target in Targets()
        from window in Windows()
        from n in Gen.Frequency((1, Gen.Elements(0, 1, 5, 6, 30, 31, 60, 61, 360, 361, 4320, 4321)), (3, Gen.Choose(0, 600)), (3, Gen.Choose(0, 5000)))
        from rule in Gen.Choose(0, 2)
        from factorPercent in Gen.Elements(0, 50, 90, 99, 100, 100, 101, 110, 200, 1000)
        from exact in Gen.Elements(false, true, true)
        from seed in Gen.Choose(0, int.MaxValue)
        from consumedKind in Gen.Choose(0, 3)
        from consumedRandom in Gen.Choose(0, int.MaxValue)
        from total in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, int.MaxValue)))
        from badPercent in Gen.Choose(0, 100)
        from slots in Gen.Choose(3, 5)
        let counts = BudgetCounts(new IntegerRandom(unchecked((ulong)seed)), n, target, window, rule, factorPercent, exact)
        let allowed = UptimeModel.AllowedMinutes(target, window)
        let consumed = consumedKind switch { 0 => allowed, 1 => allowed + 1, 2 => Math.Max(0, allowed - 1), _ => consumedRandom }
        select new BudgetCase(target, window, counts.Valid, counts.Errors, consumed, (long)total * badPercent / 100, total, slots);

    // Counts whose error rate is a rule's threshold × (1 − target) × factor; exactly so (one constant valid/errors pair,
    // perhaps with one minute nudged) when the rate's denominator is small enough.
    private static (int[] Valid, int[] Errors) BudgetCounts(IntegerRandom random, int n, decimal target, long window, int rule, int factorPercent, bool exact)
    {
        (decimal percent, long longMinutes, _) = UptimeModel.Rules[rule];
        ModelRatio threshold = UptimeModel.Threshold(percent, window, longMinutes);
        (BigInteger tn, BigInteger td) = UptimeModel.Exact(target);
        ModelRatio rate = ModelRatio.Of(threshold.Numerator * ((100 * td) - tn) * factorPercent, threshold.Denominator * 100 * td * 100);
        var valid = new int[n];
        var errors = new int[n];
        bool constant = exact && rate.Denominator <= 1_000_000 && rate.Numerator <= rate.Denominator;
        int nudged = n == 0 ? -1 : random.NextInt(Math.Max(0, n - 400), n - 1);
        for (int i = 0; i < n; i++)
        {
            if (constant)
            {
                long c = random.OneIn(4) ? 1 : 3;
                valid[i] = (int)(rate.Denominator * c);
                errors[i] = (int)(rate.Numerator * c);
                if (i == nudged && random.OneIn(2))
                {
                    errors[i] += errors[i] < valid[i] && random.OneIn(2) ? 1 : errors[i] > 0 ? -1 : 0;
                }
            }
            else
            {
                int v = random.OneIn(20) ? 0 : random.NextInt(0, random.OneIn(2) ? 1000 : 1_000_000);
                BigInteger e = v * rate.Numerator / rate.Denominator;
                long jitter = random.Next(-2, 2);
                valid[i] = v;
                errors[i] = (int)Math.Clamp((long)BigInteger.Min(e, v) + jitter, 0, v);
            }
        }

        return (valid, errors);
    }
}
