using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// The result converters' sink for the library's shared validators: the first problem is a <see cref="JsonException"/> with the
/// validator's message, as System.Text.Json reports a value it cannot read.
/// </summary>
internal sealed class JsonExceptionProblems : Problems
{
    /// <summary>Gets the one instance (it keeps no state).</summary>
    public static JsonExceptionProblems Instance { get; } = new();

    /// <inheritdoc/>
    public override int Count => 0;

    /// <inheritdoc/>
    [DoesNotReturn]
    public override void OutOfRange(string member, object? actual, string message) => throw new JsonException(message);

    /// <inheritdoc/>
    [DoesNotReturn]
    public override void Invalid(string member, string message) => throw new JsonException(message);

    /// <inheritdoc/>
    [DoesNotReturn]
    public override void InRule(Calendars.HolidayRule rule, string? member, string message) => throw new JsonException(message);
}
