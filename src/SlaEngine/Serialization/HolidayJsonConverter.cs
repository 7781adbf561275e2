using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>Converts a <see cref="Holiday"/> to and from JSON with System.Text.Json.</summary>
/// <remarks>
/// <para>
/// The shape is <c>{ "name": "Independence Day", "date": "2026-07-03", "weekday": "Friday", "actualDate": "2026-07-04",
/// "isObservedOnAnotherDay": true }</c>, plus <c>"localName"</c> when the holiday has one (<see cref="Holiday.LocalName"/>): <c>date</c> is the observed date (the day off) and <c>actualDate</c> the date the
/// holiday falls on, both <c>yyyy-MM-dd</c>; <c>weekday</c> is the observed date's day of the week in English, written so that
/// a client need not compute it (a JavaScript <c>Date</c> parsed from <c>"2026-07-03"</c> is midnight UTC, the day before west
/// of Greenwich).
/// </para>
/// <para>
/// Reading needs <c>name</c>, <c>date</c> and <c>actualDate</c> (<c>localName</c> is optional); <c>weekday</c> and <c>isObservedOnAnotherDay</c> follow from
/// the dates and are ignored. The default <see cref="Holiday"/>, which no calendar produces, has no name: it is written with
/// <c>"name": null</c> (left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls) and does not read
/// back.
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT.
/// </para>
/// </remarks>
public sealed class HolidayJsonConverter : JsonConverter<Holiday>
{
    private const string Owner = "A holiday";

    // Required first (the first three), then the derived values, which are ignored when read.
    private static readonly string[] s_names = { "name", "date", "actualDate", "weekday", "isObservedOnAnotherDay", "localName" };

    private static readonly string[] s_weekdays = { "None", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>Reads a holiday.</summary>
    /// <param name="reader">The reader, at the holiday's object.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="Holiday"/>.</param>
    /// <param name="options">The options: property names match ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, and unknown properties are refused when <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them (they are skipped otherwise).</param>
    /// <returns>The holiday.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The value is not a holiday object, or a property is missing, repeated or invalid.</exception>
    public override Holiday Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        ResultJson.StartObject(ref reader, Owner);
        string name = string.Empty;
        string? localName = null;
        LocalDate date = default, actualDate = default;
        ulong seen = 0;
        while (ResultJson.NextProperty(ref reader, out string property))
        {
            switch (ResultJson.Property(ref reader, property, s_names, ref seen, Owner, options))
            {
                case 0:
                    name = ResultJson.ReadString(ref reader, "A holiday's 'name'");
                    break;
                case 1:
                    date = ResultJson.ReadDate(ref reader, "A holiday's 'date'");
                    break;
                case 2:
                    actualDate = ResultJson.ReadDate(ref reader, "A holiday's 'actualDate'");
                    break;
                case 3:
                case 4:
                    reader.Skip();
                    break;
                case 5:
                    localName = reader.TokenType == JsonTokenType.Null ? null : ResultJson.ReadString(ref reader, "A holiday's 'localName'");
                    break;
            }
        }

        ResultJson.Require(seen, 3, s_names, Owner);
        return new Holiday(name, date, actualDate, localName);
    }

    /// <summary>Writes a holiday.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The holiday.</param>
    /// <param name="options">The options: a null name (the default holiday's) is left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, Holiday value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(options, nameof(options));
        writer.WriteStartObject();
        ResultJson.WriteString(writer, "name", value.Name, ResultJson.OmitsNulls(options));
        writer.WriteString("date", ResultJson.FormatDate(value.Date));
        writer.WriteString("weekday", s_weekdays[(int)value.Date.DayOfWeek]);
        writer.WriteString("actualDate", ResultJson.FormatDate(value.ActualDate));
        writer.WriteBoolean("isObservedOnAnotherDay", value.IsObservedOnAnotherDay);
        if (value.LocalName is not null)
        {
            writer.WriteString("localName", value.LocalName);
        }

        writer.WriteEndObject();
    }
}
