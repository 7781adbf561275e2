using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Uptime;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// Reads and writes a <see cref="UptimeSla"/> as its uptime SLA document (the shape <see cref="SlaJson.ReadUptimeSla(string)"/> reads), so that
/// it can sit inside a larger JSON document: an application's settings, an API's request or response.
/// </summary>
/// <remarks>
/// <para>
/// Writing gives the document <see cref="SlaJson.Write(UptimeSla)"/> gives (indented or not as the writer is). Reading checks the
/// whole value as <see cref="SlaJson"/> does and throws one <see cref="JsonException"/> whose message lists every problem with its
/// path from the value (<c>$</c> is the value itself); its inner exception is the <see cref="SlaConfigurationException"/>. Time zone
/// ids resolve through the provider given to the constructor, TZDB by default. A JSON <c>null</c> reads as <see langword="null"/>.
/// </para>
/// <para>Thread-safe and stateless; one instance serves any number of serializations. <see cref="SlaJsonConverters.Documents"/> holds one.</para>
/// </remarks>
public sealed class UptimeSlaJsonConverter : JsonConverter<UptimeSla>
{
    private readonly IDateTimeZoneProvider _zones;

    /// <summary>Initializes a converter that resolves time zone ids in TZDB.</summary>
    public UptimeSlaJsonConverter()
        : this(DateTimeZoneProviders.Tzdb)
    {
    }

    /// <summary>Initializes a converter that resolves time zone ids with <paramref name="zones"/>.</summary>
    /// <param name="zones">The time zone provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is <see langword="null"/>.</exception>
    public UptimeSlaJsonConverter(IDateTimeZoneProvider zones)
    {
        _zones = Preconditions.CheckNotNull(zones, nameof(zones));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a valid uptime SLA document.</exception>
    public override UptimeSla Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DocumentJson.Read(ref reader, _zones, DocumentReader.UptimeSla);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, UptimeSla value, JsonSerializerOptions options)
        => DocumentWriter.UptimeSla(Preconditions.CheckNotNull(writer, nameof(writer)), Preconditions.CheckNotNull(value, nameof(value)));
}
