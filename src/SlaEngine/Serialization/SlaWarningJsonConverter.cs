using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Policies;

namespace SlaEngine.Serialization;

/// <summary>Converts an <see cref="SlaWarning"/> to and from JSON with System.Text.Json.</summary>
/// <remarks>
/// <para>
/// The shape is <c>{ "percent": 75, "at": "2026-11-17T13:00:00Z", "hasFired": true }</c>: the threshold as a JSON number
/// (exact, as the clock's options give it), the instant the ticket reaches it as an ISO-8601 instant in UTC, or <c>null</c> when
/// the metric was met before it, and whether it has fired by the evaluation instant.
/// </para>
/// <para>
/// A null <c>at</c> is written as <c>null</c>, or left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/>
/// ignores nulls; reading takes a missing <c>at</c> as <c>null</c>. <c>percent</c> and <c>hasFired</c> are required, and a
/// warning that has fired must have an instant.
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT.
/// </para>
/// </remarks>
public sealed class SlaWarningJsonConverter : JsonConverter<SlaWarning>
{
    private const string Owner = "An SLA warning";

    // Required first (the first two), then the optional instant.
    private static readonly string[] s_names = { "percent", "hasFired", "at" };

    /// <summary>Reads a warning.</summary>
    /// <param name="reader">The reader, at the warning's object.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="SlaWarning"/>.</param>
    /// <param name="options">The options: property names match ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, and unknown properties are refused when <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them (they are skipped otherwise).</param>
    /// <returns>The warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The value is not a warning object, or a property is missing, repeated or invalid.</exception>
    public override SlaWarning Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        ResultJson.StartObject(ref reader, Owner);
        decimal percent = 0m;
        bool hasFired = false;
        Instant? at = null;
        ulong seen = 0;
        while (ResultJson.NextProperty(ref reader, out string name))
        {
            switch (ResultJson.Property(ref reader, name, s_names, ref seen, Owner, options))
            {
                case 0:
                    percent = ResultJson.ReadDecimal(ref reader, "An SLA warning's 'percent'");
                    break;
                case 1:
                    hasFired = ResultJson.ReadBoolean(ref reader, "An SLA warning's 'hasFired'");
                    break;
                case 2:
                    at = ResultJson.ReadNullableInstant(ref reader, "An SLA warning's 'at'");
                    break;
            }
        }

        ResultJson.Require(seen, 2, s_names, Owner);
        if (hasFired && at is null)
        {
            throw new JsonException("An SLA warning that has fired must have the instant it fired 'at', but it is null or missing.");
        }

        return new SlaWarning(percent, at, hasFired);
    }

    /// <summary>Writes a warning.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The warning.</param>
    /// <param name="options">The options: a null <c>at</c> is left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, SlaWarning value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(options, nameof(options));
        writer.WriteStartObject();
        writer.WriteNumber("percent", value.Percent);
        ResultJson.WriteInstant(writer, "at", value.At, ResultJson.OmitsNulls(options));
        writer.WriteBoolean("hasFired", value.HasFired);
        writer.WriteEndObject();
    }
}
