using System;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Uptime.Evaluation;

namespace SlaEngine.Uptime;

/// <summary>The request counts of one whole UTC minute: how many valid requests arrived and how many of them failed.</summary>
/// <remarks>
/// The minute covers the half-open range [<see cref="Minute"/>, <see cref="Minute"/> + 1 minute). A sample is valid by
/// construction: counts are not negative and errors never exceed valid requests. The default value is the first minute of
/// 1970 (UTC) with no traffic. A minute that has no sample has no traffic.
/// </remarks>
public readonly struct MinuteSample : IEquatable<MinuteSample>
{
    private readonly long _unixMinute;

    /// <summary>Initializes a sample.</summary>
    /// <param name="minute">The start of the minute; a whole UTC minute (seconds and fractions zero).</param>
    /// <param name="validRequests">The valid requests received in the minute; zero or positive.</param>
    /// <param name="errorRequests">The valid requests that failed (server errors); between zero and <paramref name="validRequests"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="minute"/> is not a whole minute.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or errors exceed valid requests.</exception>
    public MinuteSample(Instant minute, int validRequests, int errorRequests)
    {
        _unixMinute = UptimeMath.WholeMinute(minute, nameof(minute), "A sample's minute");
        if (validRequests < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(validRequests), validRequests, Preconditions.Format("Valid requests must not be negative, was {0} at {1}.", validRequests, minute));
        }

        if (errorRequests < 0 || errorRequests > validRequests)
        {
            Preconditions.ThrowOutOfRange(nameof(errorRequests), errorRequests, Preconditions.Format(
                "Error requests must be between 0 and the valid requests ({0}), was {1} at {2}.", validRequests, errorRequests, minute));
        }

        ValidRequests = validRequests;
        ErrorRequests = errorRequests;
    }

    /// <summary>Gets the start of the minute.</summary>
    public Instant Minute => Instant.FromUnixTimeSeconds(_unixMinute * 60);

    /// <summary>Gets the valid requests received in the minute.</summary>
    public int ValidRequests { get; }

    /// <summary>Gets the valid requests that failed.</summary>
    public int ErrorRequests { get; }

    /// <summary>Gets the minute as whole minutes since the Unix epoch.</summary>
    internal long UnixMinute => _unixMinute;

    /// <inheritdoc />
    public bool Equals(MinuteSample other) => _unixMinute == other._unixMinute && ValidRequests == other.ValidRequests && ErrorRequests == other.ErrorRequests;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MinuteSample other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(_unixMinute.GetHashCode(), ValidRequests, ErrorRequests);

    /// <summary>Returns the sample as "minute valid/errors", such as "2026-10-14T13:02:00Z 1000/51".</summary>
    /// <returns>The sample in the invariant culture.</returns>
    public override string ToString() => Preconditions.Format("{0} {1}/{2}", Minute, ValidRequests, ErrorRequests);

    /// <summary>Returns whether two samples are equal.</summary>
    /// <param name="left">The first sample.</param>
    /// <param name="right">The second sample.</param>
    /// <returns><see langword="true"/> when minute and counts are equal.</returns>
    public static bool operator ==(MinuteSample left, MinuteSample right) => left.Equals(right);

    /// <summary>Returns whether two samples differ.</summary>
    /// <param name="left">The first sample.</param>
    /// <param name="right">The second sample.</param>
    /// <returns><see langword="true"/> when minute or counts differ.</returns>
    public static bool operator !=(MinuteSample left, MinuteSample right) => !left.Equals(right);
}
