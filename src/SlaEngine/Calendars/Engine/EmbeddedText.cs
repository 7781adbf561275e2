using System;
using System.Text.Json;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// A JSON string token inside an embedded resource of this assembly (mapped with the assembly image for the life of the
/// process), decoded to a <see cref="string"/> only when asked for.
/// </summary>
internal readonly unsafe struct EmbeddedText
{
    private readonly byte* _token;
    private readonly int _length;

    /// <summary>Initializes a new instance of the <see cref="EmbeddedText"/> struct over the token (its quotes included) at <paramref name="token"/>.</summary>
    public EmbeddedText(byte* token, int length)
    {
        _token = token;
        _length = length;
    }

    /// <summary>Decodes the string, its escapes included.</summary>
    public string Decode()
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_token, _length));
        reader.Read();
        return reader.GetString()!;
    }
}
