using System;
using System.Collections.Generic;
using System.Numerics;
using NodaTime;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>
/// <see cref="UptimeMethod.AverageErrorRate"/>: cuts the period into fixed intervals from its start, takes each interval's error
/// rate over its measured, non-excluded minutes, and averages the rates as one exact fraction.
/// </summary>
internal static class ErrorRateAveraging
{
    /// <summary>
    /// Builds the report from the counts and the bitmaps of measured and excluded minutes. An interval with no measured,
    /// non-excluded minute is not averaged; one with fewer valid requests than max(<paramref name="minimumValid"/>, 1) or no
    /// errors averages in as 0.
    /// </summary>
    public static UptimeReport Average(Interval period, int minutes, long measuredCount, long excludedCount, ReadOnlySpan<int> valid, ReadOnlySpan<int> errors,
        ReadOnlySpan<ulong> measured, ReadOnlySpan<ulong> excluded, int blockMinutes, int minimumValid)
    {
        long floor = Math.Max(minimumValid, 1);
        var rates = new List<(long Errors, long Valid)>();
        int blocks = 0;
        for (int start = 0; start < minutes; start += blockMinutes)
        {
            int end = Math.Min(start + blockMinutes, minutes);
            long validSum = 0, errorSum = 0;
            bool any = false;
            for (int i = start; i < end; i++)
            {
                ulong bit = 1UL << (i & 63);
                if ((measured[i >> 6] & bit) == 0 || (excluded[i >> 6] & bit) != 0)
                {
                    continue;
                }

                any = true;
                validSum += valid[i];
                errorSum += errors[i];
            }

            if (!any)
            {
                continue;
            }

            blocks++;
            if (validSum >= floor && errorSum > 0)
            {
                rates.Add((errorSum, validSum));
            }
        }

        ExactRatio uptime = ExactRatio.One;
        if (blocks > 0 && rates.Count > 0)
        {
            (BigInteger num, BigInteger den) = SumOfRates(rates, 0, rates.Count);

            // 1 - num / (den * blocks)
            BigInteger total = den * blocks;
            uptime = new ExactRatio(total - num, total);
        }

        return new UptimeReport(period, UptimeMethod.AverageErrorRate, minutes, measuredCount, 0, excludedCount, Array.Empty<DowntimePeriod>(), uptime, blocks);
    }

    /// <summary>Sums errors/valid over a range exactly, pairwise, keeping each denominator the least common multiple of its terms'.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) SumOfRates(List<(long Errors, long Valid)> rates, int from, int to)
    {
        if (to - from == 1)
        {
            return (rates[from].Errors, rates[from].Valid);
        }

        int middle = from + ((to - from) >> 1);
        (BigInteger a, BigInteger b) = SumOfRates(rates, from, middle);
        (BigInteger c, BigInteger d) = SumOfRates(rates, middle, to);
        BigInteger gcd = BigInteger.GreatestCommonDivisor(b, d);
        BigInteger bOverGcd = b / gcd;
        BigInteger dOverGcd = d / gcd;
        return ((a * dOverGcd) + (c * bOverGcd), bOverGcd * d);
    }
}
