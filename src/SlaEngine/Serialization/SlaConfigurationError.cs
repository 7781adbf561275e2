using System;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>One problem in a JSON configuration document: where it is and what was expected there.</summary>
/// <remarks>Instances are immutable. Equality compares <see cref="Path"/> and <see cref="Message"/> ordinally.</remarks>
public sealed class SlaConfigurationError : IEquatable<SlaConfigurationError>
{
    /// <summary>Initializes a new instance of the <see cref="SlaConfigurationError"/> class.</summary>
    /// <param name="path">The JSON path of the offending value, such as <c>$.rules[2].month</c>.</param>
    /// <param name="message">One sentence saying what was expected and what was found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public SlaConfigurationError(string path, string message)
    {
        Path = Preconditions.CheckNotNull(path, nameof(path));
        Message = Preconditions.CheckNotNull(message, nameof(message));
    }

    /// <summary>Gets the JSON path of the offending value: <c>$</c> is the document, <c>.name</c> a property, <c>[3]</c> an array element, <c>['2026-12-24']</c> a property whose name is not an identifier.</summary>
    public string Path { get; }

    /// <summary>Gets one sentence saying what was expected and what was found.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(SlaConfigurationError? other)
        => other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaConfigurationError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns the path and the message: <c>$.rules[2].month: Expected an integer from 1 to 12, was 13.</c></summary>
    /// <returns>The path, a colon and the message.</returns>
    public override string ToString() => Path + ": " + Message;
}
