using System;

namespace SlaEngine.Policies;

/// <summary>A priority of an <see cref="SlaPolicy"/>, resolved from its name to its position in the policy.</summary>
/// <remarks>
/// Get one from <see cref="SlaPolicy.GetPriority"/> or <see cref="SlaPolicy.TryGetPriority"/> once, and pass it to
/// <see cref="SlaPolicy.DueAt(SlaPriority, SlaMetric, NodaTime.Instant)"/> to skip the name lookup. The default value
/// has no name and is rejected by every policy. Equality compares the index and the name (ordinal).
/// </remarks>
public readonly struct SlaPriority : IEquatable<SlaPriority>
{
    internal SlaPriority(string name, int index)
    {
        Name = name;
        Index = index;
    }

    /// <summary>Gets the priority's name as the policy spells it (for example "P1" or "Urgent"); <see langword="null"/> for the default value.</summary>
    public string Name { get; }

    /// <summary>Gets the priority's position in <see cref="SlaPolicy.Priorities"/>; 0 is the most urgent.</summary>
    public int Index { get; }

    /// <summary>Returns whether two priorities are equal.</summary>
    /// <param name="left">The first priority.</param>
    /// <param name="right">The second priority.</param>
    /// <returns><see langword="true"/> when they have the same index and name.</returns>
    public static bool operator ==(SlaPriority left, SlaPriority right) => left.Equals(right);

    /// <summary>Returns whether two priorities differ.</summary>
    /// <param name="left">The first priority.</param>
    /// <param name="right">The second priority.</param>
    /// <returns><see langword="true"/> when they differ in index or name.</returns>
    public static bool operator !=(SlaPriority left, SlaPriority right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaPriority other) => Index == other.Index && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaPriority other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Index ^ (Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Returns the name.</summary>
    /// <returns>The priority's name, or an empty string for the default value.</returns>
    public override string ToString() => Name ?? string.Empty;
}
