using System;
using System.Collections.Generic;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>A period's uptime as an <see cref="UptimePolicy"/> measures it: the figures a contract's credit clause needs, exactly.</summary>
/// <remarks>
/// <para>
/// With <see cref="UptimeMethod.DownMinutes"/>, <see cref="Uptime"/> = (<see cref="MeasuredMinutes"/> − <see cref="DowntimeMinutes"/>)
/// ÷ <see cref="MeasuredMinutes"/>, and 1 when nothing was measured. Excluded minutes are never downtime but stay in the
/// denominator, as "total number of minutes in a month" does in the contracts. With <see cref="UptimeMethod.AverageErrorRate"/>,
/// <see cref="Uptime"/> is 1 minus the average of the intervals' error rates, and there are no downtime minutes or periods.
/// </para>
/// <para>A report is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class UptimeReport
{
    internal UptimeReport(Interval period, UptimeMethod method, long minutesInPeriod, long measuredMinutes, long downtimeMinutes,
        long excludedMinutes, DowntimePeriod[] periods, ExactRatio uptime, int averagedIntervals)
    {
        Period = period;
        Method = method;
        MinutesInPeriod = minutesInPeriod;
        MeasuredMinutes = measuredMinutes;
        DowntimeMinutes = downtimeMinutes;
        ExcludedMinutes = excludedMinutes;
        DowntimePeriods = Array.AsReadOnly(periods);
        Uptime = uptime;
        UptimePercent = uptime.ToPercent(6, (MidpointRounding)2) /* ToZero, which netstandard2.0 does not name */;
        AveragedIntervals = averagedIntervals;
    }

    /// <summary>Gets the period measured, [start, end).</summary>
    public Interval Period { get; }

    /// <summary>Gets the method that computed <see cref="Uptime"/>.</summary>
    public UptimeMethod Method { get; }

    /// <summary>Gets the minutes in the period: 44,640 for a 31-day month in UTC, 44,580 for March in New York (743 hours).</summary>
    public long MinutesInPeriod { get; }

    /// <summary>Gets the minutes that count: every minute, or with service hours only those the calendar is open for throughout.</summary>
    public long MeasuredMinutes { get; }

    /// <summary>Gets the downtime minutes: the sum of <see cref="DowntimePeriods"/>' minutes. Zero for the averaged method.</summary>
    public long DowntimeMinutes { get; }

    /// <summary>Gets the measured minutes that overlap an excluded interval.</summary>
    public long ExcludedMinutes { get; }

    /// <summary>Gets the Downtime Periods in time order.</summary>
    /// <remarks>The same read-only list every time; it cannot be cast to an array or changed.</remarks>
    public IReadOnlyList<DowntimePeriod> DowntimePeriods { get; }

    /// <summary>Gets the uptime as an exact, reduced fraction between 0 and 1.</summary>
    public ExactRatio Uptime { get; }

    /// <summary>Gets the uptime as a percentage, rounded toward zero to six decimal places: 44,596 of 44,640 minutes is 99.901433.</summary>
    /// <remarks>Rounding toward zero never shows a missed target as met; compare with <see cref="Meets"/>, which is exact.</remarks>
    public decimal UptimePercent { get; }

    /// <summary>Gets the number of intervals averaged by <see cref="UptimeMethod.AverageErrorRate"/>; zero for the other method.</summary>
    public int AveragedIntervals { get; }

    /// <summary>Returns whether the uptime is at least <paramref name="targetPercent"/>, compared exactly in integers.</summary>
    /// <param name="targetPercent">The target, such as 99.9; between 0 and 100, with any number of decimal places (the comparison is exact).</param>
    /// <returns><see langword="true"/> when <see cref="Uptime"/> ≥ <paramref name="targetPercent"/> ÷ 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetPercent"/> is outside 0–100.</exception>
    public bool Meets(decimal targetPercent)
    {
        if (targetPercent < 0m || targetPercent > 100m)
        {
            Preconditions.ThrowOutOfRange(nameof(targetPercent), targetPercent, Preconditions.Format("The target must be between 0 and 100 percent, was {0}.", targetPercent));
        }

        return Uptime.CompareToPercent(targetPercent) >= 0;
    }

    /// <summary>Returns a one-line summary, such as "2026-10-01T00:00:00Z/2026-11-01T00:00:00Z: 99.901433 % (44 of 44640 minutes down)".</summary>
    /// <returns>The summary in the invariant culture.</returns>
    public override string ToString()
        => Method == UptimeMethod.AverageErrorRate
            ? Preconditions.Format("{0}: {1} % (average of {2} intervals' error rates)", Period, UptimePercent, AveragedIntervals)
            : Preconditions.Format("{0}: {1} % ({2} of {3} minutes down)", Period, UptimePercent, DowntimeMinutes, MeasuredMinutes);
}
