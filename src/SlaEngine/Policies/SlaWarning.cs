using System;
using NodaTime;

namespace SlaEngine.Policies;

/// <summary>When a ticket reaches one warning threshold of its target.</summary>
/// <remarks>The default value has a percent of zero and no instant.</remarks>
public readonly struct SlaWarning : IEquatable<SlaWarning>
{
    internal SlaWarning(decimal percent, Instant? at, bool hasFired)
    {
        Percent = percent;
        At = at;
        HasFired = hasFired;
    }

    /// <summary>Gets the threshold, as a percent of the target.</summary>
    public decimal Percent { get; }

    /// <summary>
    /// Gets the earliest instant at which the ticket has used <see cref="Percent"/> of its target's business time (projected
    /// when it lies after the evaluation instant, as if the clock ran from then on); <see langword="null"/> when the metric was
    /// met before it.
    /// </summary>
    public Instant? At { get; }

    /// <summary>Gets whether the warning has fired: <see cref="At"/> is at or before the evaluation instant.</summary>
    public bool HasFired { get; }

    /// <summary>Returns whether two warnings are equal.</summary>
    /// <param name="left">The first warning.</param>
    /// <param name="right">The second warning.</param>
    /// <returns><see langword="true"/> when all their values are equal.</returns>
    public static bool operator ==(SlaWarning left, SlaWarning right) => left.Equals(right);

    /// <summary>Returns whether two warnings differ.</summary>
    /// <param name="left">The first warning.</param>
    /// <param name="right">The second warning.</param>
    /// <returns><see langword="true"/> when any of their values differ.</returns>
    public static bool operator !=(SlaWarning left, SlaWarning right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaWarning other) => Percent == other.Percent && At == other.At && HasFired == other.HasFired;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaWarning other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Percent.GetHashCode() ^ At.GetHashCode() ^ (HasFired ? 1 : 0);

    /// <summary>Returns the warning as text, for example <c>75 % at 2026-11-23T18:00:00Z (fired)</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString()
        => Percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + " % "
        + (At is { } at ? "at " + NodaTime.Text.InstantPattern.ExtendedIso.Format(at) + (HasFired ? " (fired)" : string.Empty) : "never");
}
