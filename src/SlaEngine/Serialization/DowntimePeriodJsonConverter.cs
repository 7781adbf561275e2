using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>Converts a <see cref="DowntimePeriod"/> to and from JSON with System.Text.Json.</summary>
/// <remarks>
/// <para>
/// The shape is <c>{ "start": "2026-10-14T13:02:00Z", "end": "2026-10-14T13:20:00Z", "minutes": 18 }</c>: the half-open range
/// [start, end) as ISO-8601 instants in UTC, and the downtime minutes it counts as a JSON number. All three properties are
/// required when reading; the instants may carry any offset (<c>2026-10-14T15:02:00+02:00</c>), and the end must not be before
/// the start, nor the minutes negative or more than the range holds.
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT.
/// </para>
/// </remarks>
public sealed class DowntimePeriodJsonConverter : JsonConverter<DowntimePeriod>
{
    private const string Owner = "A downtime period";
    private static readonly string[] s_names = { "start", "end", "minutes" };

    /// <summary>Reads a downtime period.</summary>
    /// <param name="reader">The reader, at the period's object.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="DowntimePeriod"/>.</param>
    /// <param name="options">The options: property names match ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, and unknown properties are refused when <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them (they are skipped otherwise).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The value is not a downtime period object, or a property is missing, repeated or invalid.</exception>
    public override DowntimePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadPeriod(ref reader, Owner, null, Preconditions.CheckNotNull(options, nameof(options)));

    /// <summary>Writes a downtime period.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The period.</param>
    /// <param name="options">The options; not used, as the period has no null values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, DowntimePeriod value, JsonSerializerOptions options)
        => WritePeriod(Preconditions.CheckNotNull(writer, nameof(writer)), value);

    /// <summary>Writes the period's object.</summary>
    internal static void WritePeriod(Utf8JsonWriter writer, DowntimePeriod value)
    {
        writer.WriteStartObject();
        ResultJson.WriteInstant(writer, "start", value.Start);
        ResultJson.WriteInstant(writer, "end", value.End);
        writer.WriteNumber("minutes", value.Minutes);
        writer.WriteEndObject();
    }

    /// <summary>Reads the period's object, as a value of its own or inside an uptime report.</summary>
    internal static DowntimePeriod ReadPeriod(ref Utf8JsonReader reader, string owner, string? path, JsonSerializerOptions options)
    {
        string what = ResultJson.What(owner, path);
        ResultJson.StartObject(ref reader, what);
        Instant start = default, end = default;
        long minutes = 0;
        ulong seen = 0;
        while (ResultJson.NextProperty(ref reader, out string name))
        {
            switch (ResultJson.Property(ref reader, name, s_names, ref seen, what, options))
            {
                case 0:
                    start = ResultJson.ReadInstant(ref reader, ResultJson.What(owner, ResultJson.Child(path, "start")));
                    break;
                case 1:
                    end = ResultJson.ReadInstant(ref reader, ResultJson.What(owner, ResultJson.Child(path, "end")));
                    break;
                case 2:
                    minutes = ResultJson.ReadInt64(ref reader, ResultJson.What(owner, ResultJson.Child(path, "minutes")), 0, long.MaxValue);
                    break;
            }
        }

        ResultJson.Require(seen, 3, s_names, what);
        if (end < start)
        {
            throw new JsonException(Preconditions.Format(
                "{0} must not end before it starts, was [{1}, {2}).", what, ResultJson.FormatInstant(start), ResultJson.FormatInstant(end)));
        }

        Duration length = end - start;
        long lengthMinutes = (length.Days * 1440L) + (length.NanosecondOfDay / 60_000_000_000L);
        if (minutes > lengthMinutes)
        {
            throw new JsonException(Preconditions.Format(
                "{0} must count at most the {1} minutes from its start to its end, was {2} minutes.", what, lengthMinutes, minutes));
        }

        return new DowntimePeriod(start, end, minutes);
    }
}
