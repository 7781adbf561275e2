using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>
/// How an uptime SLA measures a period from per-minute request counts: the error-rate threshold that makes a minute down, the
/// minimum traffic, the minimum run that forms a Downtime Period, exclusions, service hours, the time zone of the month, and the
/// method.
/// </summary>
/// <remarks>
/// <para>
/// A minute is <b>down</b> when it has at least max(<see cref="MinimumValidRequests"/>, 1) valid requests and its error rate
/// (errors ÷ valid) is <b>more than</b> <see cref="ErrorRateThreshold"/>: at 5 %, 50 errors in 1,000 requests is up and 51 is
/// down. A minute without traffic is never down. Every comparison is an integer cross-multiplication; nothing is floating point.
/// </para>
/// <para>
/// A policy is immutable: properties are set in an object initializer and checked as they are set; a <c>with</c> expression
/// returns a changed copy (<c>policy with { MinimumDowntimeRun = 5 }</c>), checked the same way. Equality is structural
/// (exclusions compared in order). A policy is safe to share between threads.
/// </para>
/// </remarks>
public sealed record UptimePolicy
{
    /// <summary>The largest number of decimal places <see cref="ErrorRateThreshold"/> may have: 9.</summary>
    public const int MaxThresholdDecimalPlaces = 9;

    /// <summary>The longest period <see cref="Evaluate(Interval, ReadOnlySpan{MinuteSample})"/> and its overloads measure: 100 years of 366 days, 52,704,000 minutes.</summary>
    public const int MaxPeriodMinutes = 100 * 366 * 1440;

    /// <summary>The first and last years <see cref="PeriodOf"/> accepts: 1 and 9998.</summary>
    private const int MinYear = 1, MaxYear = 9998;

    private static readonly Interval[] NoExclusions = Array.Empty<Interval>();

    private readonly decimal _threshold = 0.05m;
    private readonly int _thresholdNumerator = 1;
    private readonly int _thresholdDenominator = 20;
    private readonly int _minimumValidRequests;
    private readonly int _minimumDowntimeRun = 1;
    private readonly Interval[] _exclusions = NoExclusions;
    private readonly ExclusionMode _exclusionMode = ExclusionMode.BeforeGrouping;
    private readonly DateTimeZone _timeZone = DateTimeZone.Utc;
    private readonly UptimeMethod _method = UptimeMethod.DownMinutes;
    private readonly Duration _averagingInterval = Duration.FromMinutes(5);

    /// <summary>Gets the default policy: 5 % threshold, no minimum traffic, one-minute runs, no exclusions, every hour of the UTC month.</summary>
    public static UptimePolicy Default { get; } = new();

    /// <summary>
    /// Gets the error rate a minute must be <b>more than</b> to be down, as a fraction strictly between 0 and 1 with at most nine
    /// decimal places. The default value is 0.05 (5 %).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1, or has more than nine decimal places.</exception>
    public decimal ErrorRateThreshold
    {
        get => _threshold;
        init
        {
            if (value <= 0m || value >= 1m)
            {
                Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format("The error-rate threshold must be strictly between 0 and 1, was {0}.", value));
            }

            int places = DecimalParts.Places(value);
            if (places > MaxThresholdDecimalPlaces)
            {
                Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format(
                    "The error-rate threshold must have at most {0} decimal places, was {1}.", MaxThresholdDecimalPlaces, value));
            }

            long den = Pow10(places);
            long num = DecimalParts.ScaledInteger(value, places);
            long gcd = (long)BigInteger.GreatestCommonDivisor(num, den);
            _threshold = value;
            _thresholdNumerator = (int)(num / gcd);
            _thresholdDenominator = (int)(den / gcd);
        }
    }

    /// <summary>
    /// Gets the fewest valid requests a minute (or an averaged interval) needs before it can be down; a quieter minute is never
    /// down. Zero or more; the default value is 0, and a minute with no traffic is never down in any case.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumValidRequests
    {
        get => _minimumValidRequests;
        init
        {
            Preconditions.CheckRange(value, 0, int.MaxValue, nameof(value), "The minimum valid requests");
            _minimumValidRequests = value;
        }
    }

    /// <summary>
    /// Gets the fewest consecutive down minutes that form a Downtime Period; shorter runs are not downtime, and partial minutes
    /// never count. One or more; the default value is 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MinimumDowntimeRun
    {
        get => _minimumDowntimeRun;
        init
        {
            Preconditions.CheckRange(value, 1, int.MaxValue, nameof(value), "The minimum downtime run");
            _minimumDowntimeRun = value;
        }
    }

    /// <summary>
    /// Gets the excluded intervals, [start, end): scheduled maintenance and other causes the contract excludes. A minute that
    /// overlaps an exclusion at all is excluded: it is never downtime, and it stays in the period's minutes. The default value is empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
    public IReadOnlyList<Interval> Exclusions
    {
        get => Array.AsReadOnly(_exclusions);
        init
        {
            Interval[] copy = Preconditions.CheckNotNull(value, nameof(value)).ToArray();
            for (int i = 0; i < copy.Length; i++)
            {
                if (!copy[i].HasStart || !copy[i].HasEnd)
                {
                    Preconditions.ThrowArgument(nameof(value), Preconditions.Format("Excluded intervals must have a start and an end, was {0} at index {1}.", copy[i], i));
                }
            }

            _exclusions = copy;
        }
    }

    /// <summary>Gets whether exclusions are applied before or after down minutes are grouped into periods. The default value is <see cref="ExclusionMode.BeforeGrouping"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined mode other than <see cref="ExclusionMode.None"/>.</exception>
    public ExclusionMode ExclusionMode
    {
        get => _exclusionMode;
        init
        {
            if (value != ExclusionMode.BeforeGrouping && value != ExclusionMode.AfterGrouping)
            {
                Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format("The exclusion mode must be BeforeGrouping or AfterGrouping, was {0}.", value));
            }

            _exclusionMode = value;
        }
    }

    /// <summary>
    /// Gets the service hours, or <see langword="null"/> to measure every minute. With service hours, only the minutes the
    /// calendar is open for throughout count, in both the numerator and the denominator; closed minutes are never down and
    /// break runs. The default value is <see langword="null"/>.
    /// </summary>
    public BusinessCalendar? ServiceHours { get; init; }

    /// <summary>Gets the time zone whose midnights bound a month. The default value is UTC.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public DateTimeZone TimeZone
    {
        get => _timeZone;
        init => _timeZone = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets how uptime is computed. The default value is <see cref="UptimeMethod.DownMinutes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method other than <see cref="UptimeMethod.None"/>.</exception>
    public UptimeMethod Method
    {
        get => _method;
        init
        {
            if (value != UptimeMethod.DownMinutes && value != UptimeMethod.AverageErrorRate)
            {
                Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format("The uptime method must be DownMinutes or AverageErrorRate, was {0}.", value));
            }

            _method = value;
        }
    }

    /// <summary>
    /// Gets the length of the intervals <see cref="UptimeMethod.AverageErrorRate"/> averages, cut from the start of the period
    /// (the last may be shorter). Whole minutes, from 1 minute to 1 day; the default value is 5 minutes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a whole number of minutes from 1 to 1,440.</exception>
    public Duration AveragingInterval
    {
        get => _averagingInterval;
        init
        {
            if (value < Duration.FromMinutes(1) || value > Duration.FromDays(1) || value.BclCompatibleTicks % UptimeMath.TicksPerMinute != 0
                || value != Duration.FromTicks(value.BclCompatibleTicks))
            {
                Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format("The averaging interval must be a whole number of minutes from 1 to 1440, was {0}.", value));
            }

            _averagingInterval = value;
        }
    }

    /// <summary>Returns the period a month covers: from the start of its first day to the start of the next month's, in <see cref="TimeZone"/>.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>The half-open period; 743 hours for March 2026 in America/New_York, 745 for November.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month's year is outside 1–9998.</exception>
    /// <exception cref="ArgumentException">The month is not in the ISO calendar, or its bounds are not whole minutes (a historical offset with seconds).</exception>
    public Interval PeriodOf(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(nameof(month), Preconditions.Format("Months must be in the ISO calendar, was {0} in {1}.", month, month.Calendar.Id));
        }

        if (month.Year < MinYear || month.Year > MaxYear)
        {
            Preconditions.ThrowOutOfRange(nameof(month), month, Preconditions.Format("The month's year must be between {0} and {1}, was {2}.", MinYear, MaxYear, month));
        }

        Instant start = _timeZone.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        Instant end = _timeZone.AtStartOfDay(month.OnDayOfMonth(1).PlusMonths(1)).ToInstant();
        UptimeMath.WholeMinute(start, nameof(month), "The month's start");
        UptimeMath.WholeMinute(end, nameof(month), "The month's end");
        return new Interval(start, end);
    }

    /// <summary>
    /// Classifies per-minute counts: sets bit <c>i</c> of <paramref name="downMinutes"/> (word <c>i / 64</c>, bit <c>i % 64</c>)
    /// when minute <c>i</c> is down under <see cref="ErrorRateThreshold"/> and <see cref="MinimumValidRequests"/>.
    /// </summary>
    /// <param name="validRequests">Valid requests per minute.</param>
    /// <param name="errorRequests">Error requests per minute; the same length.</param>
    /// <param name="downMinutes">Receives the bitmap: at least ceil(n / 64) words. Bits past n in the last word are cleared; later words are untouched.</param>
    /// <returns>The number of down minutes.</returns>
    /// <remarks>
    /// This is the hot pass: a vectorized loop on net8.0 (AVX-512 or AVX2 where the processor has them) that allocates nothing
    /// and checks the counts as it goes. Service hours, exclusions and runs are not applied here.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length, the bitmap is too short, or a minute has a negative count or more errors than valid requests (the message gives its index); the bitmap's contents are then unspecified.</exception>
    public int Classify(ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests, Span<ulong> downMinutes)
    {
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        long words = ((long)validRequests.Length + 63) >> 6;
        if (downMinutes.Length < words)
        {
            Preconditions.ThrowArgument(nameof(downMinutes), Preconditions.Format(
                "The bitmap must hold at least {0} words for {1} minutes, was {2}.", words, validRequests.Length, downMinutes.Length));
        }

        int count = DownMinuteKernel.Classify(validRequests, errorRequests, _minimumValidRequests, _thresholdNumerator, _thresholdDenominator, downMinutes);
        if (count < 0)
        {
            DownMinuteKernel.ThrowBadCounts(validRequests, errorRequests, -1 - count);
        }

        return count;
    }

    /// <summary>Measures a month from per-minute samples.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the month are ignored, and minutes without one have no traffic.</param>
    /// <returns>The month's report.</returns>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the month's bounds are not whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, ReadOnlySpan<MinuteSample> samples) => EvaluateSamples(PeriodOf(month), samples, nameof(month));

    /// <summary>Measures a period from per-minute samples.</summary>
    /// <param name="period">The period; its start and end are whole minutes.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the period are ignored, and minutes without one have no traffic.</param>
    /// <returns>The period's report.</returns>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the period is unbounded, not whole minutes, or longer than <see cref="int.MaxValue"/> minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, ReadOnlySpan<MinuteSample> samples) => EvaluateSamples(period, samples, nameof(period));

    /// <summary>Measures a month from per-minute counts, one per minute of the month.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="validRequests">Valid requests of each minute of the month, in order; exactly as many as the month has minutes.</param>
    /// <param name="errorRequests">Error requests of each minute; the same length.</param>
    /// <returns>The month's report.</returns>
    /// <exception cref="ArgumentException">A span's length is not the month's minutes, or a minute has a negative count or more errors than valid requests.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month's year is outside 1–9998, or service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests)
        => EvaluateCounts(PeriodOf(month), validRequests, errorRequests, nameof(month));

    /// <summary>Measures a period from per-minute counts, one per minute of the period.</summary>
    /// <param name="period">The period; its start and end are whole minutes, at most <see cref="MaxPeriodMinutes"/> apart.</param>
    /// <param name="validRequests">Valid requests of each minute of the period, in order; exactly as many as the period has minutes.</param>
    /// <param name="errorRequests">Error requests of each minute; the same length.</param>
    /// <returns>The period's report.</returns>
    /// <exception cref="ArgumentException">The period is unbounded, not whole minutes or too long, a span's length is not the period's minutes, or a minute has a negative count or more errors than valid requests.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests)
        => EvaluateCounts(period, validRequests, errorRequests, nameof(period));

    private UptimeReport EvaluateSamples(Interval period, ReadOnlySpan<MinuteSample> samples, string periodName)
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

            return Measure(period, first, minutes, valid.AsSpan(0, minutes), errors.AsSpan(0, minutes), nameof(samples), periodName);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(valid);
            ArrayPool<int>.Shared.Return(errors);
        }
    }

    private UptimeReport EvaluateCounts(Interval period, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests, string periodName)
    {
        (long first, int minutes) = CheckPeriod(period, periodName);
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        if (validRequests.Length != minutes)
        {
            Preconditions.ThrowArgument(nameof(validRequests), Preconditions.Format(
                "The spans must hold one count per minute of the period ({0}), were {1} long.", minutes, validRequests.Length));
        }

        return Measure(period, first, minutes, validRequests, errorRequests, paramName: null, periodName);
    }

    /// <summary>Returns whether two policies measure the same way: every setting equal, exclusions in the same order.</summary>
    /// <param name="other">The other policy.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(UptimePolicy? other)
        => other is not null
            && _threshold == other._threshold
            && _minimumValidRequests == other._minimumValidRequests
            && _minimumDowntimeRun == other._minimumDowntimeRun
            && _exclusions.AsSpan().SequenceEqual(other._exclusions)
            && _exclusionMode == other._exclusionMode
            && Equals(ServiceHours, other.ServiceHours)
            && _timeZone.Equals(other._timeZone)
            && _method == other._method
            && _averagingInterval == other._averagingInterval;

    /// <inheritdoc />
    /// <inheritdoc />
    public override int GetHashCode()
        => HashCodes.Combine(
            HashCodes.Combine(_threshold.GetHashCode(), _minimumValidRequests, _minimumDowntimeRun, _exclusions.Length),
            HashCodes.Combine((int)_exclusionMode, ServiceHours?.GetHashCode() ?? 0, _timeZone.GetHashCode()),
            HashCodes.Combine((int)_method, _averagingInterval.GetHashCode()));

    /// <summary>Returns a summary, such as "downtime > 5.00 %, minimum 0 valid requests, runs ≥ 1 min, 0 exclusions BeforeGrouping, UTC".</summary>
    /// <returns>The summary in the invariant culture.</returns>
    public override string ToString()
        => Preconditions.Format(
            "{0} > {1} %, minimum {2} valid requests, runs ≥ {3} min, {4} exclusions {5}, {6}{7}",
            _method == UptimeMethod.DownMinutes ? "downtime" : "averaged " + (_averagingInterval.BclCompatibleTicks / UptimeMath.TicksPerMinute).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-minute error rate",
            _threshold * 100m,
            _minimumValidRequests,
            _minimumDowntimeRun,
            _exclusions.Length,
            _exclusionMode,
            _timeZone.Id,
            ServiceHours is null ? string.Empty : ", service hours");

    private UptimeReport Measure(Interval period, long first, int minutes, ReadOnlySpan<int> valid, ReadOnlySpan<int> errors, string? paramName, string periodParamName)
    {
        int words = (minutes + 63) >> 6;
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(3 * words, 1));
        try
        {
            Span<ulong> down = rented.AsSpan(0, words);
            Span<ulong> measured = rented.AsSpan(words, words);
            Span<ulong> excluded = rented.AsSpan(2 * words, words);
            int downCount = DownMinuteKernel.Classify(valid, errors, _minimumValidRequests, _thresholdNumerator, _thresholdDenominator, down);
            if (downCount < 0)
            {
                DownMinuteKernel.ThrowBadCounts(valid, errors, -1 - downCount, paramName);
            }

            long measuredCount = BuildMeasured(period, minutes, measured, periodParamName);
            excluded.Clear();
            for (int i = 0; i < _exclusions.Length; i++)
            {
                // Every minute the exclusion overlaps at all: round its start down and its end up to whole minutes.
                Interval exclusion = _exclusions[i];
                if (exclusion.Start >= exclusion.End)
                {
                    continue;
                }

                long from = UptimeMath.FloorMinute(exclusion.Start) - first;
                long to = UptimeMath.CeilingMinute(exclusion.End) - first;
                UptimeMath.SetRange(excluded, Math.Max(from, 0), Math.Min(to, minutes));
            }

            long excludedCount = 0;
            for (int w = 0; w < words; w++)
            {
                excluded[w] &= measured[w];
                down[w] &= measured[w];
                excludedCount += Bits.PopCount(excluded[w]);
            }

            return _method == UptimeMethod.DownMinutes
                ? Group(period, first, minutes, measuredCount, excludedCount, down, excluded)
                : Average(period, minutes, measuredCount, excludedCount, valid, errors, measured, excluded);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Sets the bits of the minutes the service hours cover throughout (all minutes without service hours); returns their count.</summary>
    private long BuildMeasured(Interval period, int minutes, Span<ulong> measured, string paramName)
    {
        measured.Clear();
        if (ServiceHours is not { } hours)
        {
            UptimeMath.SetRange(measured, 0, minutes);
            return minutes;
        }

        Interval supported = hours.SupportedInterval;
        if (period.Start < supported.Start || period.End > supported.End)
        {
            Preconditions.ThrowOutOfRange(paramName, period, Preconditions.Format(
                "The period must lie within the service hours' supported range {0}, was {1}.", supported, period));
        }

        // The calendar answers for instants before its supported end; the last tick stands in for the end itself.
        Instant end = period.End;
        Instant probe = end == supported.End ? end - Duration.FromTicks(1) : end;
        long count = 0;
        Instant t = period.Start;
        long firstTicks = UptimeMath.Ticks(period.Start);
        while (t < probe)
        {
            if (hours.BusinessTimeBetween(t, probe) == Duration.Zero)
            {
                break;
            }

            Instant open = hours.NextOpen(t);
            Instant close = hours.BusinessTimeBetween(open, probe) == probe - open ? end : hours.NextClose(open);
            if (close > end)
            {
                close = end;
            }

            // Whole minutes inside [open, close): round the opening up and the closing down to minute bounds.
            long from = -UptimeMath.FloorDiv(-(UptimeMath.Ticks(open) - firstTicks), UptimeMath.TicksPerMinute);
            long to = UptimeMath.FloorDiv(UptimeMath.Ticks(close) - firstTicks, UptimeMath.TicksPerMinute);
            if (to > from)
            {
                UptimeMath.SetRange(measured, from, to);
                count += to - from;
            }

            t = close;
        }

        return count;
    }

    private UptimeReport Group(Interval period, long first, int minutes, long measuredCount, long excludedCount, Span<ulong> down, ReadOnlySpan<ulong> excluded)
    {
        bool before = _exclusionMode == ExclusionMode.BeforeGrouping;
        if (before)
        {
            for (int w = 0; w < down.Length; w++)
            {
                down[w] &= ~excluded[w];
            }
        }

        var periods = new List<DowntimePeriod>();
        long downtime = 0;
        long position = 0;
        while (true)
        {
            long runStart = UptimeMath.Next(down, position, minutes, value: true);
            if (runStart >= minutes)
            {
                break;
            }

            long runEnd = UptimeMath.Next(down, runStart, minutes, value: false);
            position = runEnd;
            if (runEnd - runStart < _minimumDowntimeRun)
            {
                continue;
            }

            long counted = before ? runEnd - runStart : runEnd - runStart - UptimeMath.CountRange(excluded, runStart, runEnd);
            if (counted == 0)
            {
                continue;
            }

            periods.Add(new DowntimePeriod(MinuteStart(first + runStart), MinuteStart(first + runEnd), counted));
            downtime += counted;
        }

        ExactRatio uptime = measuredCount == 0 ? ExactRatio.One : new ExactRatio(measuredCount - downtime, measuredCount);
        return new UptimeReport(period, UptimeMethod.DownMinutes, minutes, measuredCount, downtime, excludedCount, periods.ToArray(), uptime, 0);
    }

    private UptimeReport Average(Interval period, int minutes, long measuredCount, long excludedCount, ReadOnlySpan<int> valid, ReadOnlySpan<int> errors,
        ReadOnlySpan<ulong> measured, ReadOnlySpan<ulong> excluded)
    {
        int block = (int)(_averagingInterval.BclCompatibleTicks / UptimeMath.TicksPerMinute);
        long floor = Math.Max(_minimumValidRequests, 1);
        var rates = new List<(long Errors, long Valid)>();
        int blocks = 0;
        for (int start = 0; start < minutes; start += block)
        {
            int end = Math.Min(start + block, minutes);
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

    private static Instant MinuteStart(long unixMinute) => Instant.FromUnixTimeTicks(unixMinute * UptimeMath.TicksPerMinute);

    private static (long First, int Minutes) CheckPeriod(Interval period, string paramName)
    {
        if (!period.HasStart || !period.HasEnd)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("The period must have a start and an end, was {0}.", period));
        }

        long first = UptimeMath.WholeMinute(period.Start, paramName, "The period's start");
        long last = UptimeMath.WholeMinute(period.End, paramName, "The period's end");
        if (last - first > MaxPeriodMinutes)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("The period must be at most {0} minutes long, was {1}.", MaxPeriodMinutes, last - first));
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

    private static long Pow10(int places)
    {
        long result = 1;
        for (int i = 0; i < places; i++)
        {
            result *= 10;
        }

        return result;
    }
}
