using System;
using System.Buffers;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>
/// The uptime engine behind <see cref="UptimePolicy"/>: checks a period and its counts, classifies the minutes, masks the
/// measured and excluded ones, and hands the bitmaps to <see cref="DowntimeGrouping"/> or <see cref="ErrorRateAveraging"/>.
/// </summary>
/// <remarks>
/// The policy holds the settings and validates them as they are set; this class reads them and computes. Every entry point
/// checks its arguments as the policy's public member documents (the parameter names are the public ones). Scratch bitmaps and
/// dense counts come from <see cref="ArrayPool{T}.Shared"/>; <see cref="Classify"/> allocates nothing.
/// </remarks>
internal static class UptimeEvaluator
{
    /// <summary>The first and last years <see cref="PeriodOf"/> accepts: 1 and 9998.</summary>
    private const int MinYear = 1, MaxYear = 9998;

    /// <summary>Returns the period a month covers in <paramref name="zone"/>; see <see cref="UptimePolicy.PeriodOf"/>.</summary>
    public static Interval PeriodOf(DateTimeZone zone, YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(nameof(month), Preconditions.Format("Months must be in the ISO calendar, was {0} in {1}.", month, month.Calendar.Id));
        }

        if (month.Year < MinYear || month.Year > MaxYear)
        {
            Preconditions.ThrowOutOfRange(nameof(month), month, Preconditions.Format("The month's year must be between {0} and {1}, was {2}.", MinYear, MaxYear, month));
        }

        Instant start = zone.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        Instant end = zone.AtStartOfDay(month.OnDayOfMonth(1).PlusMonths(1)).ToInstant();
        UptimeMath.WholeMinute(start, nameof(month), "The month's start");
        UptimeMath.WholeMinute(end, nameof(month), "The month's end");
        return new Interval(start, end);
    }

    /// <summary>Classifies per-minute counts into a bitmap; see <see cref="UptimePolicy.Classify"/>.</summary>
    public static int Classify(UptimePolicy policy, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests, Span<ulong> downMinutes)
    {
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        long words = ((long)validRequests.Length + 63) >> 6;
        if (downMinutes.Length < words)
        {
            Preconditions.ThrowArgument(nameof(downMinutes), Preconditions.Format(
                "The bitmap must hold at least {0} words for {1} minutes, was {2}.", words, validRequests.Length, downMinutes.Length));
        }

        int count = DownMinuteKernel.Classify(validRequests, errorRequests, policy.MinimumValidRequests, policy.ThresholdNumerator, policy.ThresholdDenominator, downMinutes);
        if (count < 0)
        {
            DownMinuteKernel.ThrowBadCounts(validRequests, errorRequests, -1 - count);
        }

        return count;
    }

    /// <summary>Measures a period from sparse per-minute samples; <paramref name="periodName"/> names the period in errors.</summary>
    public static UptimeReport EvaluateSamples(UptimePolicy policy, Interval period, ReadOnlySpan<MinuteSample> samples, string periodName)
    {
        (long first, int minutes) = CheckPeriod(period, periodName);
        for (int i = 1; i < samples.Length; i++)
        {
            if (samples[i].UnixMinute <= samples[i - 1].UnixMinute)
            {
                Preconditions.ThrowArgument(nameof(samples), Preconditions.Format(
                    "Samples must be in strictly increasing minute order, but sample {0} ({1}) {2} sample {3} ({4}).",
                    i, samples[i].Minute, samples[i].UnixMinute == samples[i - 1].UnixMinute ? "repeats" : "comes before", i - 1, samples[i - 1].Minute));
            }
        }

        // The samples inside the period, as a contiguous slice.
        int lo = LowerBound(samples, first);
        int hi = LowerBound(samples, first + minutes);
        ReadOnlySpan<MinuteSample> inside = samples.Slice(lo, hi - lo);
        int[] valid = ArrayPool<int>.Shared.Rent(minutes);
        int[] errors = ArrayPool<int>.Shared.Rent(minutes);
        try
        {
            Array.Clear(valid, 0, minutes);
            Array.Clear(errors, 0, minutes);
            for (int i = 0; i < inside.Length; i++)
            {
                int index = (int)(inside[i].UnixMinute - first);
                valid[index] = inside[i].ValidRequests;
                errors[index] = inside[i].ErrorRequests;
            }

            return Measure(policy, period, first, minutes, valid.AsSpan(0, minutes), errors.AsSpan(0, minutes), nameof(samples), periodName);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(valid);
            ArrayPool<int>.Shared.Return(errors);
        }
    }

    /// <summary>Measures a period from dense per-minute counts; <paramref name="periodName"/> names the period in errors.</summary>
    public static UptimeReport EvaluateCounts(UptimePolicy policy, Interval period, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests, string periodName)
    {
        (long first, int minutes) = CheckPeriod(period, periodName);
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        if (validRequests.Length != minutes)
        {
            Preconditions.ThrowArgument(nameof(validRequests), Preconditions.Format(
                "The spans must hold one count per minute of the period ({0}), were {1} long.", minutes, validRequests.Length));
        }

        return Measure(policy, period, first, minutes, validRequests, errorRequests, paramName: null, periodName);
    }

    /// <summary>
    /// Classifies, masks and measures: <paramref name="paramName"/> names the input a bad count is reported against (the two
    /// spans when <see langword="null"/>), <paramref name="periodParamName"/> the period.
    /// </summary>
    private static UptimeReport Measure(UptimePolicy policy, Interval period, long first, int minutes, ReadOnlySpan<int> valid, ReadOnlySpan<int> errors,
        string? paramName, string periodParamName)
    {
        int words = (minutes + 63) >> 6;
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(3 * words, 1));
        try
        {
            Span<ulong> down = rented.AsSpan(0, words);
            Span<ulong> measured = rented.AsSpan(words, words);
            Span<ulong> excluded = rented.AsSpan(2 * words, words);
            int downCount = DownMinuteKernel.Classify(valid, errors, policy.MinimumValidRequests, policy.ThresholdNumerator, policy.ThresholdDenominator, down);
            if (downCount < 0)
            {
                DownMinuteKernel.ThrowBadCounts(valid, errors, -1 - downCount, paramName);
            }

            long measuredCount = MinuteMasks.Measured(policy.ServiceHours, period, minutes, measured, periodParamName);
            MinuteMasks.Excluded(policy.ExclusionSpan, first, minutes, excluded);
            long excludedCount = 0;
            for (int w = 0; w < words; w++)
            {
                excluded[w] &= measured[w];
                down[w] &= measured[w];
                excludedCount += Bits.PopCount(excluded[w]);
            }

            return policy.Method == UptimeMethod.DownMinutes
                ? DowntimeGrouping.Group(period, first, minutes, measuredCount, excludedCount, down, excluded, policy.MinimumDowntimeRun, policy.ExclusionMode)
                : ErrorRateAveraging.Average(period, minutes, measuredCount, excludedCount, valid, errors, measured, excluded,
                    policy.AveragingMinutes, policy.MinimumValidRequests);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Returns the period's first minute since the Unix epoch and its length; throws unless it is bounded, whole minutes and not too long.</summary>
    private static (long First, int Minutes) CheckPeriod(Interval period, string paramName)
    {
        if (!period.HasStart || !period.HasEnd)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("The period must have a start and an end, was {0}.", period));
        }

        long first = UptimeMath.WholeMinute(period.Start, paramName, "The period's start");
        long last = UptimeMath.WholeMinute(period.End, paramName, "The period's end");
        if (last - first > UptimePolicy.MaxPeriodMinutes)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("The period must be at most {0} minutes long, was {1}.", UptimePolicy.MaxPeriodMinutes, last - first));
        }

        return (first, (int)(last - first));
    }

    /// <summary>Returns the index of the first sample at or after the given minute.</summary>
    private static int LowerBound(ReadOnlySpan<MinuteSample> samples, long unixMinute)
    {
        int lo = 0, hi = samples.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (samples[mid].UnixMinute < unixMinute)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
