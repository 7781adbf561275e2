using System;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>A Downtime Period: a run of consecutive down minutes at least as long as the policy's minimum run.</summary>
/// <remarks>
/// The period covers the half-open range [<see cref="Start"/>, <see cref="End"/>). <see cref="Minutes"/> is the downtime it
/// counts: the run's length, less its excluded minutes when exclusions are applied after grouping. The default value is an empty
/// period at the Unix epoch: <see cref="Start"/> and <see cref="End"/> at the epoch, 0 minutes.
/// </remarks>
public readonly struct DowntimePeriod : IEquatable<DowntimePeriod>
{
    /// <summary>Initializes a period.</summary>
    /// <param name="start">The start of the first down minute.</param>
    /// <param name="end">The end of the last down minute.</param>
    /// <param name="minutes">The downtime minutes the period counts.</param>
    internal DowntimePeriod(Instant start, Instant end, long minutes)
    {
        Start = start;
        End = end;
        Minutes = minutes;
    }

    /// <summary>Gets the start of the first down minute.</summary>
    public Instant Start { get; }

    /// <summary>Gets the end of the last down minute (exclusive).</summary>
    public Instant End { get; }

    /// <summary>Gets the downtime minutes the period counts toward the report.</summary>
    public long Minutes { get; }

    /// <inheritdoc />
    public bool Equals(DowntimePeriod other) => Start == other.Start && End == other.End && Minutes == other.Minutes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DowntimePeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(Start.GetHashCode(), End.GetHashCode(), Minutes.GetHashCode());

    /// <summary>Returns the period as "start–end (n min)".</summary>
    /// <returns>The period in the invariant culture.</returns>
    public override string ToString() => Preconditions.Format("{0}–{1} ({2} min)", Start, End, Minutes);

    /// <summary>Returns whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when start, end and minutes are equal.</returns>
    public static bool operator ==(DowntimePeriod left, DowntimePeriod right) => left.Equals(right);

    /// <summary>Returns whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when start, end or minutes differ.</returns>
    public static bool operator !=(DowntimePeriod left, DowntimePeriod right) => !left.Equals(right);
}
