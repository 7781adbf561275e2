using System;
using System.Text.Json;
using NodaTime;

namespace SlaEngine.Serialization;

/// <summary>Reads configuration documents embedded in larger JSON, for the document converters.</summary>
internal static class DocumentJson
{
    /// <summary>Reads the value at <paramref name="reader"/> as a document; throws <see cref="JsonException"/> listing its problems.</summary>
    public static T Read<T>(ref Utf8JsonReader reader, IDateTimeZoneProvider zones, Func<ConfigReader, JsonElement, string, T?> read)
        where T : class
    {
        using var document = JsonDocument.ParseValue(ref reader);
        try
        {
            return SlaJson.ReadElement(document.RootElement, zones, read, checkStrings: true);
        }
        catch (SlaConfigurationException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
