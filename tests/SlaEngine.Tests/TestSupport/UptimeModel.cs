using System.Numerics;
using NodaTime;

namespace SlaEngine.Tests.TestSupport;

/// <summary>How the model applies exclusions (its own enum: the model uses no <c>SlaEngine.Uptime</c> type).</summary>
public enum ModelExclusionMode
{
    /// <summary>Not a valid mode.</summary>
    None = 0,

    /// <summary>Excluded minutes count as up before runs are grouped.</summary>
    BeforeGrouping,

    /// <summary>Runs are grouped first; each period then loses its excluded minutes.</summary>
    AfterGrouping,
}

/// <summary>The model's uptime method.</summary>
public enum ModelMethod
{
    /// <summary>Not a valid method.</summary>
    None = 0,

    /// <summary>Uptime from down minutes grouped into downtime periods.</summary>
    DownMinutes,

    /// <summary>Uptime as one minus the average of fixed-block error rates.</summary>
    AverageErrorRate,
}

/// <summary>An exact non-negative fraction, reduced, denominator positive.</summary>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator.</param>
public readonly record struct ModelRatio(BigInteger Numerator, BigInteger Denominator)
{
    /// <summary>Gets one.</summary>
    public static ModelRatio One => new(BigInteger.One, BigInteger.One);

    /// <summary>Gets zero.</summary>
    public static ModelRatio Zero => new(BigInteger.Zero, BigInteger.One);

    /// <summary>The reduced fraction n / d (d &gt; 0).</summary>
    public static ModelRatio Of(BigInteger n, BigInteger d)
    {
        if (d.Sign <= 0 || n.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(d), "The model's ratios are non-negative with a positive denominator.");
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(n, d);
        return g.IsZero ? new ModelRatio(BigInteger.Zero, BigInteger.One) : new ModelRatio(n / g, d / g);
    }

    /// <summary>Sign of this − other by cross-multiplication.</summary>
    public int CompareTo(ModelRatio other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>The fraction as text.</summary>
    public override string ToString() => $"{Numerator}/{Denominator}";
}

/// <summary>One downtime period as minute indexes into the period: [First, End) and the minutes it counts.</summary>
/// <param name="First">The index of the run's first minute.</param>
/// <param name="End">One past the index of the run's last minute.</param>
/// <param name="Minutes">The downtime minutes it counts.</param>
public readonly record struct ModelPeriod(long First, long End, long Minutes);

/// <summary>The model's report, every figure the library's <c>UptimeReport</c> has.</summary>
/// <param name="MinutesInPeriod">All minutes of the period.</param>
/// <param name="Measured">Measured minutes (open for the whole minute, or all).</param>
/// <param name="Downtime">Downtime minutes.</param>
/// <param name="Excluded">Measured minutes overlapping an exclusion.</param>
/// <param name="Periods">The downtime periods in order.</param>
/// <param name="Uptime">The exact uptime.</param>
/// <param name="UptimePercent">100 × uptime truncated to 6 decimal places.</param>
/// <param name="AveragedIntervals">Blocks averaged (AverageErrorRate), else 0.</param>
public sealed record ModelReport(
    long MinutesInPeriod,
    long Measured,
    long Downtime,
    long Excluded,
    IReadOnlyList<ModelPeriod> Periods,
    ModelRatio Uptime,
    decimal UptimePercent,
    int AveragedIntervals);

/// <summary>One credit tier as plain decimals: [Min, Max) (Max 100 includes 100), credit percent.</summary>
/// <param name="Min">Lower bound percent, inclusive.</param>
/// <param name="Max">Upper bound percent, exclusive unless 100.</param>
/// <param name="Credit">Credit percent.</param>
public readonly record struct ModelTier(decimal Min, decimal Max, decimal Credit);

/// <summary>One burn-rate alert as the model computes it.</summary>
/// <param name="Threshold">The burn-rate threshold.</param>
/// <param name="Long">The long-window burn rate.</param>
/// <param name="Short">The short-window burn rate.</param>
/// <param name="Firing">Whether both reach the threshold.</param>
public readonly record struct ModelAlert(ModelRatio Threshold, ModelRatio Long, ModelRatio Short, bool Firing);

/// <summary>
/// The brute-force oracle for <c>SlaEngine.Uptime</c> (/work/uptime-api.md, issue 5), written from the semantics only:
/// plain arrays, one minute at a time, every fraction a reduced <see cref="BigInteger"/> pair, decimals taken apart
/// into mantissa and scale, and its own rounding. It uses no <c>SlaEngine.Uptime</c> type and no floating point.
/// Service hours come from <see cref="MinuteModel"/> (a whole-minute open table), never from the library's calendar.
/// </summary>
public static class UptimeModel
{
    private static readonly long s_ticksPerMinute = NodaConstants.TicksPerMinute;

    /// <summary>A decimal as the exact fraction mantissa / 10^scale (sign kept on the numerator).</summary>
    public static (BigInteger Numerator, BigInteger Denominator) Exact(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        int scale = (bits[3] >> 16) & 0xFF;
        bool negative = bits[3] < 0;
        return (negative ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>The number of decimal places a decimal has once trailing zeros are dropped.</summary>
    public static int Places(decimal value)
    {
        (BigInteger n, BigInteger d) = Exact(value);
        int places = 0;
        while (d > 1 && n % 10 == 0)
        {
            n /= 10;
            d /= 10;
        }

        while (d > 1)
        {
            d /= 10;
            places++;
        }

        return places;
    }

    /// <summary>The decimal mantissa / 10^scale (mantissa non-negative, below 2^96).</summary>
    public static decimal ToDecimal(BigInteger mantissa, int scale)
    {
        if (mantissa.Sign < 0 || mantissa >= BigInteger.One << 96)
        {
            throw new ArgumentOutOfRangeException(nameof(mantissa), "Out of the decimal range.");
        }

        var mask = new BigInteger(uint.MaxValue);
        int lo = unchecked((int)(uint)(mantissa & mask));
        int mid = unchecked((int)(uint)((mantissa >> 32) & mask));
        int hi = unchecked((int)(uint)((mantissa >> 64) & mask));
        return new decimal(lo, mid, hi, false, checked((byte)scale));
    }

    /// <summary>n / d (n ≥ 0, d &gt; 0) rounded to an integer: half to even, or half away from zero.</summary>
    public static BigInteger RoundDivide(BigInteger n, BigInteger d, bool toEven)
    {
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        int half = (r * 2).CompareTo(d);
        if (half > 0 || (half == 0 && (!toEven || !q.IsEven)))
        {
            q += 1;
        }

        return q;
    }

    /// <summary>Whether a minute is down: valid ≥ max(min, 1) and errors / valid &gt; threshold, by cross-multiplication.</summary>
    public static bool IsDown(int valid, int errors, decimal threshold, int minimumValid)
    {
        (BigInteger num, BigInteger den) = Exact(threshold);
        return valid >= Math.Max(minimumValid, 1) && (errors * den) > (valid * num);
    }

    /// <summary>The Classify bitmap (ceil(n / 64) words, bits past n clear) and the down count.</summary>
    public static (ulong[] Bits, int Count) Classify(int[] valid, int[] errors, decimal threshold, int minimumValid)
    {
        (BigInteger num, BigInteger den) = Exact(threshold);
        int min = Math.Max(minimumValid, 1);
        var bits = new ulong[(valid.Length + 63) / 64];
        int count = 0;
        for (int i = 0; i < valid.Length; i++)
        {
            if (valid[i] >= min && (errors[i] * den) > (valid[i] * num))
            {
                bits[i / 64] |= 1UL << (i % 64);
                count++;
            }
        }

        return (bits, count);
    }

    /// <summary>Which minutes of [start, start + n min) are open for the whole minute (all of them without hours).</summary>
    public static bool[] Measured(Instant start, int n, MinuteModel? hours)
    {
        var measured = new bool[n];
        for (int i = 0; i < n; i++)
        {
            measured[i] = hours is null || hours.IsOpen(start + Duration.FromMinutes(i));
        }

        return measured;
    }

    /// <summary>Which minutes of [start, start + n min) share at least one instant with some [s, e).</summary>
    public static bool[] Overlapping(Instant start, int n, IEnumerable<(Instant Start, Instant End)> exclusions)
    {
        var hit = new bool[n];
        long origin = start.ToUnixTimeTicks();
        foreach ((Instant s, Instant e) in exclusions)
        {
            long a = s.ToUnixTimeTicks();
            long b = e.ToUnixTimeTicks();
            for (int i = 0; i < n; i++)
            {
                long m = origin + (i * s_ticksPerMinute);
                if (Math.Max(a, m) < Math.Min(b, m + s_ticksPerMinute))
                {
                    hit[i] = true;
                }
            }
        }

        return hit;
    }

    /// <summary>The SoA counts of a period from sparse samples (minute index, valid, errors); indexes outside [0, n) are dropped.</summary>
    public static (int[] Valid, int[] Errors) Dense(int n, IEnumerable<(long Index, int Valid, int Errors)> samples)
    {
        var valid = new int[n];
        var errors = new int[n];
        foreach ((long index, int v, int e) in samples)
        {
            if (index >= 0 && index < n)
            {
                valid[index] = v;
                errors[index] = e;
            }
        }

        return (valid, errors);
    }

    /// <summary>The full report of one period, minute by minute.</summary>
    /// <param name="valid">Valid requests per minute.</param>
    /// <param name="errors">Error requests per minute.</param>
    /// <param name="measured">Whether each minute is measured.</param>
    /// <param name="overlapsExclusion">Whether each minute overlaps an exclusion (measured or not).</param>
    /// <param name="threshold">The error-rate threshold.</param>
    /// <param name="minimumValid">The minimum valid requests.</param>
    /// <param name="minimumRun">N.</param>
    /// <param name="mode">The exclusion mode.</param>
    /// <param name="method">The method.</param>
    /// <param name="blockMinutes">The averaging block length.</param>
    public static ModelReport Evaluate(
        int[] valid,
        int[] errors,
        bool[] measured,
        bool[] overlapsExclusion,
        decimal threshold,
        int minimumValid,
        int minimumRun,
        ModelExclusionMode mode,
        ModelMethod method,
        int blockMinutes)
    {
        int n = valid.Length;
        var excluded = new bool[n];
        var down = new bool[n];
        long measuredCount = 0;
        long excludedCount = 0;
        for (int i = 0; i < n; i++)
        {
            excluded[i] = measured[i] && overlapsExclusion[i];
            down[i] = measured[i] && IsDown(valid[i], errors[i], threshold, minimumValid);
            measuredCount += measured[i] ? 1 : 0;
            excludedCount += excluded[i] ? 1 : 0;
        }

        if (method == ModelMethod.AverageErrorRate)
        {
            return Average(valid, errors, measured, excluded, minimumValid, blockMinutes, measuredCount, excludedCount);
        }

        var periods = new List<ModelPeriod>();
        long downtime = 0;
        int start = -1;
        for (int i = 0; i <= n; i++)
        {
            bool inRun = i < n && down[i] && (mode == ModelExclusionMode.AfterGrouping || !excluded[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                int length = i - start;
                if (length >= minimumRun)
                {
                    long minutes = 0;
                    for (int j = start; j < i; j++)
                    {
                        minutes += excluded[j] ? 0 : 1;
                    }

                    if (minutes > 0)
                    {
                        periods.Add(new ModelPeriod(start, i, minutes));
                        downtime += minutes;
                    }
                }

                start = -1;
            }
        }

        ModelRatio uptime = measuredCount == 0 ? ModelRatio.One : ModelRatio.Of(measuredCount - downtime, measuredCount);
        return new ModelReport(n, measuredCount, downtime, excludedCount, periods, uptime, Percent6(uptime), 0);
    }

    /// <summary>100 × r truncated to six decimal places.</summary>
    public static decimal Percent6(ModelRatio r) => ToDecimal(r.Numerator * 100 * 1_000_000 / r.Denominator, 6);

    private static ModelReport Average(int[] valid, int[] errors, bool[] measured, bool[] excluded, int minimumValid, int blockMinutes, long measuredCount, long excludedCount)
    {
        int n = valid.Length;
        var rates = new List<(BigInteger Numerator, BigInteger Denominator)>();
        int blocks = 0;
        for (int b = 0; b < n; b += blockMinutes)
        {
            long v = 0;
            long e = 0;
            bool any = false;
            for (int i = b; i < Math.Min(n, b + blockMinutes); i++)
            {
                if (measured[i] && !excluded[i])
                {
                    any = true;
                    v += valid[i];
                    e += errors[i];
                }
            }

            if (!any)
            {
                continue;
            }

            blocks++;
            if (v >= Math.Max(minimumValid, 1) && e > 0)
            {
                rates.Add((e, v));
            }
        }

        // Σ e / v summed pairwise without reducing (a month of one-minute blocks has a 50,000-digit common
        // denominator; reducing at every step would take minutes), then reduced once.
        while (rates.Count > 1)
        {
            var next = new List<(BigInteger Numerator, BigInteger Denominator)>((rates.Count + 1) / 2);
            for (int i = 0; i + 1 < rates.Count; i += 2)
            {
                (BigInteger an, BigInteger ad) = rates[i];
                (BigInteger bn, BigInteger bd) = rates[i + 1];
                next.Add(((an * bd) + (bn * ad), ad * bd));
            }

            if (rates.Count % 2 == 1)
            {
                next.Add(rates[^1]);
            }

            rates = next;
        }

        ModelRatio sum = rates.Count == 0 ? ModelRatio.Zero : ModelRatio.Of(rates[0].Numerator, rates[0].Denominator);
        ModelRatio uptime = blocks == 0
            ? ModelRatio.One
            : ModelRatio.Of((sum.Denominator * blocks) - sum.Numerator, sum.Denominator * blocks);
        return new ModelReport(n, measuredCount, 0, excludedCount, [], uptime, Percent6(uptime), blocks);
    }

    /// <summary>The sign of r − percent / 100.</summary>
    public static int CompareToPercent(ModelRatio r, decimal percent)
    {
        (BigInteger pn, BigInteger pd) = Exact(percent);
        return (r.Numerator * pd * 100).CompareTo(pn * r.Denominator);
    }

    /// <summary>percent / 100, reduced.</summary>
    public static ModelRatio FromPercent(decimal percent)
    {
        (BigInteger pn, BigInteger pd) = Exact(percent);
        return ModelRatio.Of(pn, pd * 100);
    }

    /// <summary>r rounded to a decimal with the given places.</summary>
    public static decimal RoundToDecimal(ModelRatio r, int decimals, bool toEven)
        => ToDecimal(RoundDivide(r.Numerator * BigInteger.Pow(10, decimals), r.Denominator, toEven), decimals);

    /// <summary>The index, in <paramref name="sorted"/> (ascending by Min), of the tier holding the uptime, or −1.</summary>
    public static int TierIndex(IReadOnlyList<ModelTier> sorted, ModelRatio uptime)
    {
        for (int i = 0; i < sorted.Count; i++)
        {
            bool aboveMin = CompareToPercent(uptime, sorted[i].Min) >= 0;
            int vsMax = CompareToPercent(uptime, sorted[i].Max);
            if (aboveMin && (vsMax < 0 || (vsMax == 0 && sorted[i].Max == 100m)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>charge × credit / 100 rounded to <paramref name="decimals"/> places.</summary>
    public static decimal CreditAmount(decimal charge, decimal creditPercent, int decimals, bool toEven)
    {
        (BigInteger cn, BigInteger cd) = Exact(charge);
        (BigInteger pn, BigInteger pd) = Exact(creditPercent);
        BigInteger scaled = RoundDivide(cn * pn * BigInteger.Pow(10, decimals), cd * pd * 100, toEven);
        return ToDecimal(scaled, decimals);
    }

    /// <summary>The exact allowed downtime minutes: window × (100 − target) / 100.</summary>
    public static ModelRatio AllowedExact(decimal targetPercent, long windowMinutes)
    {
        (BigInteger tn, BigInteger td) = Exact(targetPercent);
        return ModelRatio.Of(windowMinutes * ((100 * td) - tn), 100 * td);
    }

    /// <summary>The whole allowed downtime minutes: the floor of <see cref="AllowedExact"/>.</summary>
    public static long AllowedMinutes(decimal targetPercent, long windowMinutes)
    {
        ModelRatio exact = AllowedExact(targetPercent, windowMinutes);
        return (long)(exact.Numerator / exact.Denominator);
    }

    /// <summary>(bad / total) / (1 − target / 100); 0 when total is 0.</summary>
    public static ModelRatio BurnRate(long bad, long total, decimal targetPercent)
    {
        if (total == 0)
        {
            return ModelRatio.Zero;
        }

        (BigInteger tn, BigInteger td) = Exact(targetPercent);
        return ModelRatio.Of(bad * 100 * td, total * ((100 * td) - tn));
    }

    /// <summary>The SRE-workbook rules: (budget percent, long minutes, short minutes).</summary>
    public static IReadOnlyList<(decimal Percent, long LongMinutes, long ShortMinutes)> Rules { get; } =
        [(2m, 60, 5), (5m, 6 * 60, 30), (10m, 3 * 24 * 60, 6 * 60)];

    /// <summary>A rule's threshold: consumed fraction × window / long window.</summary>
    public static ModelRatio Threshold(decimal budgetPercent, long windowMinutes, long longMinutes)
    {
        (BigInteger pn, BigInteger pd) = Exact(budgetPercent);
        return ModelRatio.Of(pn * windowMinutes, pd * 100 * longMinutes);
    }

    /// <summary>Every rule's alert over per-minute counts whose last element is the latest minute.</summary>
    public static ModelAlert[] Alerts(int[] valid, int[] errors, decimal targetPercent, long windowMinutes)
    {
        var alerts = new ModelAlert[Rules.Count];
        for (int r = 0; r < Rules.Count; r++)
        {
            (decimal percent, long longMinutes, long shortMinutes) = Rules[r];
            ModelRatio threshold = Threshold(percent, windowMinutes, longMinutes);
            ModelRatio rateLong = WindowBurn(valid, errors, longMinutes, targetPercent);
            ModelRatio rateShort = WindowBurn(valid, errors, shortMinutes, targetPercent);
            alerts[r] = new ModelAlert(threshold, rateLong, rateShort, rateLong.CompareTo(threshold) >= 0 && rateShort.CompareTo(threshold) >= 0);
        }

        return alerts;
    }

    private static ModelRatio WindowBurn(int[] valid, int[] errors, long minutes, decimal targetPercent)
    {
        long v = 0;
        long e = 0;
        for (long i = Math.Max(0, valid.Length - minutes); i < valid.Length; i++)
        {
            v += valid[i];
            e += errors[i];
        }

        return BurnRate(e, v, targetPercent);
    }
}
