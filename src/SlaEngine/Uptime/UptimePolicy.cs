using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Numerics;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;
using SlaEngine.Uptime.Evaluation;

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

    private static readonly Interval[] s_noExclusions = Array.Empty<Interval>();
    private static readonly ReadOnlyCollection<Interval> s_noExclusionsView = new(s_noExclusions);

    private readonly decimal _threshold = 0.05m;
    private readonly int _thresholdNumerator = 1;
    private readonly int _thresholdDenominator = 20;
    private readonly int _minimumValidRequests;
    private readonly int _minimumDowntimeRun = 1;
    private readonly Interval[] _exclusions = s_noExclusions;
    private readonly ReadOnlyCollection<Interval> _exclusionsView = s_noExclusionsView;
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
            CheckThreshold(value, nameof(value), Problems.Throw);
            int places = DecimalParts.Places(value);

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
            CheckMinimumValidRequests(value, nameof(value), Problems.Throw);
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
            CheckMinimumDowntimeRun(value, nameof(value), Problems.Throw);
            _minimumDowntimeRun = value;
        }
    }

    /// <summary>
    /// Gets the excluded intervals, [start, end): scheduled maintenance and other causes the contract excludes. A minute that
    /// overlaps an exclusion at all is excluded: it is never downtime, and it stays in the period's minutes. The default value is empty.
    /// </summary>
    /// <remarks>
    /// The setter copies the intervals, so changing the source afterwards does not change the policy. The getter returns the
    /// same read-only list every time; it cannot be cast to an array or changed.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
    public IReadOnlyList<Interval> Exclusions
    {
        get => _exclusionsView;
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
            _exclusionsView = new ReadOnlyCollection<Interval>(copy);
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
            CheckAveragingInterval(value, nameof(value), Problems.Throw);
            _averagingInterval = value;
        }
    }

    /// <summary>Checks a value for <see cref="ErrorRateThreshold"/>; returns whether it is valid.</summary>
    internal static bool CheckThreshold(decimal value, string member, Problems problems)
    {
        if (value <= 0m || value >= 1m)
        {
            problems.OutOfRange(member, value, Preconditions.Format("The error-rate threshold must be strictly between 0 and 1 (0 % and 100 %), was {0}.", value));
            return false;
        }

        if (DecimalParts.Places(value) > MaxThresholdDecimalPlaces)
        {
            problems.OutOfRange(member, value, Preconditions.Format(
                "The error-rate threshold must have at most {0} decimal places as a fraction ({1} as a percentage), was {2}.", MaxThresholdDecimalPlaces, MaxThresholdDecimalPlaces - 2, value));
            return false;
        }

        return true;
    }

    /// <summary>Checks a value for <see cref="MinimumValidRequests"/>; returns whether it is valid.</summary>
    internal static bool CheckMinimumValidRequests(int value, string member, Problems problems)
    {
        if (value < 0)
        {
            problems.OutOfRange(member, value, Preconditions.Format("The minimum valid requests must be zero or more, was {0}.", value));
            return false;
        }

        return true;
    }

    /// <summary>Checks a value for <see cref="MinimumDowntimeRun"/>; returns whether it is valid.</summary>
    internal static bool CheckMinimumDowntimeRun(int value, string member, Problems problems)
    {
        if (value < 1)
        {
            problems.OutOfRange(member, value, Preconditions.Format("The minimum downtime run must be at least 1 minute, was {0}.", value));
            return false;
        }

        return true;
    }

    /// <summary>Checks a value for <see cref="AveragingInterval"/>; returns whether it is valid.</summary>
    internal static bool CheckAveragingInterval(Duration value, string member, Problems problems)
    {
        if (value < Duration.FromMinutes(1) || value > Duration.FromDays(1) || value.BclCompatibleTicks % UptimeMath.TicksPerMinute != 0
            || value != Duration.FromTicks(value.BclCompatibleTicks))
        {
            problems.OutOfRange(member, value, Preconditions.Format("The averaging interval must be a whole number of minutes from 1 to 1440, was {0}.", value));
            return false;
        }

        return true;
    }

    /// <summary>Gets the numerator of <see cref="ErrorRateThreshold"/> as a reduced fraction: 1 for 5 %.</summary>
    internal int ThresholdNumerator => _thresholdNumerator;

    /// <summary>Gets the denominator of <see cref="ErrorRateThreshold"/> as a reduced fraction: 20 for 5 %.</summary>
    internal int ThresholdDenominator => _thresholdDenominator;

    /// <summary>Gets <see cref="Exclusions"/> for the engine to read, without the read-only wrapper.</summary>
    internal ReadOnlySpan<Interval> ExclusionSpan => _exclusions;

    /// <summary>Gets <see cref="AveragingInterval"/> in whole minutes.</summary>
    internal int AveragingMinutes => (int)(_averagingInterval.BclCompatibleTicks / UptimeMath.TicksPerMinute);

    /// <summary>Returns the period a month covers: from the start of its first day to the start of the next month's, in <see cref="TimeZone"/>.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>The half-open period; 743 hours for March 2026 in America/New_York, 745 for November.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month's year is outside 1–9998.</exception>
    /// <exception cref="ArgumentException">The month is not in the ISO calendar, or its bounds are not whole minutes (a historical offset with seconds).</exception>
    public Interval PeriodOf(YearMonth month) => UptimeEvaluator.PeriodOf(_timeZone, month);

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
        => UptimeEvaluator.Classify(this, validRequests, errorRequests, downMinutes);

    /// <summary>Measures a month from per-minute samples.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the month are ignored, and minutes without one have no traffic.</param>
    /// <returns>The month's report.</returns>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the month's bounds are not whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, ReadOnlySpan<MinuteSample> samples) => UptimeEvaluator.EvaluateSamples(this, PeriodOf(month), samples, nameof(month));

    /// <summary>Measures a period from per-minute samples.</summary>
    /// <param name="period">The period; its start and end are whole minutes.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the period are ignored, and minutes without one have no traffic.</param>
    /// <returns>The period's report.</returns>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the period is unbounded, not whole minutes, or longer than <see cref="int.MaxValue"/> minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, ReadOnlySpan<MinuteSample> samples) => UptimeEvaluator.EvaluateSamples(this, period, samples, nameof(period));

    /// <summary>Measures a month from per-minute samples.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the month are ignored, and minutes without one have no traffic.</param>
    /// <returns>The month's report.</returns>
    /// <remarks>The same as the span overload; the array is read in place. It exists so that an array argument is never ambiguous between the span and sequence overloads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the month's bounds are not whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, MinuteSample[] samples)
        => Evaluate(month, new ReadOnlySpan<MinuteSample>(Preconditions.CheckNotNull(samples, nameof(samples))));

    /// <summary>Measures a month from per-minute samples.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the month are ignored, and minutes without one have no traffic.</param>
    /// <returns>The month's report.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other collection is
    /// copied into a pooled buffer first (so is a list on netstandard2.0), and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the month's bounds are not whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, IEnumerable<MinuteSample> samples)
    {
        using var span = SequenceSpan<MinuteSample>.Of(Preconditions.CheckNotNull(samples, nameof(samples)));
        return Evaluate(month, span.Span);
    }

    /// <summary>Measures a period from per-minute samples.</summary>
    /// <param name="period">The period; its start and end are whole minutes.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the period are ignored, and minutes without one have no traffic.</param>
    /// <returns>The period's report.</returns>
    /// <remarks>The same as the span overload; the array is read in place. It exists so that an array argument is never ambiguous between the span and sequence overloads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the period is unbounded, not whole minutes, or longer than <see cref="int.MaxValue"/> minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, MinuteSample[] samples)
        => Evaluate(period, new ReadOnlySpan<MinuteSample>(Preconditions.CheckNotNull(samples, nameof(samples))));

    /// <summary>Measures a period from per-minute samples.</summary>
    /// <param name="period">The period; its start and end are whole minutes.</param>
    /// <param name="samples">Samples in strictly increasing minute order; samples outside the period are ignored, and minutes without one have no traffic.</param>
    /// <returns>The period's report.</returns>
    /// <remarks>
    /// The same as the span overload. An array, and on net8.0 a <see cref="List{T}"/>, is read in place; any other collection is
    /// copied into a pooled buffer first (so is a list on netstandard2.0), and any other sequence into a new array.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The samples are not in strictly increasing minute order, or the period is unbounded, not whole minutes, or longer than <see cref="int.MaxValue"/> minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, IEnumerable<MinuteSample> samples)
    {
        using var span = SequenceSpan<MinuteSample>.Of(Preconditions.CheckNotNull(samples, nameof(samples)));
        return Evaluate(period, span.Span);
    }

    /// <summary>Measures a month from per-minute counts, one per minute of the month.</summary>
    /// <param name="month">The month, bounded in <see cref="TimeZone"/>.</param>
    /// <param name="validRequests">Valid requests of each minute of the month, in order; exactly as many as the month has minutes.</param>
    /// <param name="errorRequests">Error requests of each minute; the same length.</param>
    /// <returns>The month's report.</returns>
    /// <exception cref="ArgumentException">A span's length is not the month's minutes, or a minute has a negative count or more errors than valid requests.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month's year is outside 1–9998, or service hours are set and the month is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(YearMonth month, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests)
        => UptimeEvaluator.EvaluateCounts(this, PeriodOf(month), validRequests, errorRequests, nameof(month));

    /// <summary>Measures a period from per-minute counts, one per minute of the period.</summary>
    /// <param name="period">The period; its start and end are whole minutes, at most <see cref="MaxPeriodMinutes"/> apart.</param>
    /// <param name="validRequests">Valid requests of each minute of the period, in order; exactly as many as the period has minutes.</param>
    /// <param name="errorRequests">Error requests of each minute; the same length.</param>
    /// <returns>The period's report.</returns>
    /// <exception cref="ArgumentException">The period is unbounded, not whole minutes or too long, a span's length is not the period's minutes, or a minute has a negative count or more errors than valid requests.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Service hours are set and the period is outside the calendar's supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">Service hours are set and their holiday calendar cannot evaluate a year the period needs.</exception>
    public UptimeReport Evaluate(Interval period, ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests)
        => UptimeEvaluator.EvaluateCounts(this, period, validRequests, errorRequests, nameof(period));

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
