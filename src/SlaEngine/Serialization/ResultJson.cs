using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Internal;
using SlaEngine.Policies;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>
/// The text forms and the reading loop the result converters (<see cref="SlaJsonConverters"/>) share: ISO-8601 instants, dates
/// and elapsed-time durations, enumeration names, exact ratios and credit tiers, and the checks that turn a bad value into one
/// <see cref="JsonException"/> sentence.
/// </summary>
/// <remarks>
/// Everything here reads and writes through <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>: no reflection, so the
/// converters work trimmed and under NativeAOT.
/// </remarks>
internal static class ResultJson
{
    private const long NanosecondsPerSecond = 1_000_000_000L;
    private const long NanosecondsPerMinute = 60 * NanosecondsPerSecond;
    private const long NanosecondsPerHour = 60 * NanosecondsPerMinute;

    private static readonly BigInteger s_minDuration = Duration.MinValue.ToBigIntegerNanoseconds();
    private static readonly BigInteger s_maxDuration = Duration.MaxValue.ToBigIntegerNanoseconds();

    private static readonly string[] s_ratioNames = { "numerator", "denominator" };
    private static readonly string[] s_tierNames = { "minimumUptimePercent", "maximumUptimePercent", "creditPercent" };
    private static readonly string[] s_intervalNames = { "start", "end" };

    /// <summary>Gets whether <paramref name="options"/> asks for null values to be left out rather than written as <c>null</c>.</summary>
    public static bool OmitsNulls(JsonSerializerOptions options)
        => options.DefaultIgnoreCondition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;

    // ------------------------------------------------------------------ Text forms

    /// <summary>Formats an instant in UTC: <c>2026-12-07T21:00:00Z</c>, with up to nine fraction digits only when there are any.</summary>
    public static string FormatInstant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Formats a date: <c>2026-12-24</c>.</summary>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a time of day: <c>09:00:00</c>, with up to nine fraction digits only when there are any.</summary>
    public static string FormatTime(LocalTime time) => LocalTimePattern.ExtendedIso.Format(time);

    /// <summary>
    /// Formats a duration as ISO-8601 elapsed time in hours, minutes and seconds: <c>PT1H30M</c>, <c>PT26H</c> (never days),
    /// <c>-PT5M</c>, <c>PT0.5S</c>, <c>PT0S</c>. Zero components are left out; the seconds have up to nine fraction digits.
    /// </summary>
    public static string FormatDuration(Duration duration) => ConfigText.FormatIsoDuration(duration);

    /// <summary>
    /// Parses what <see cref="FormatDuration"/> writes, and any ISO-8601 duration of hours, minutes and seconds in that order
    /// (<c>PT90M</c>, <c>PT1H0.5S</c>), with an optional leading minus. Days, years and months are refused: they are not a fixed
    /// length of elapsed time.
    /// </summary>
    public static bool TryParseDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        int at = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            at++;
        }

        if (text.Length < at + 3 || text[at] != 'P' || text[at + 1] != 'T')
        {
            return false;
        }

        at += 2;
        BigInteger total = BigInteger.Zero;
        int stage = 0; // 1 after hours, 2 after minutes, 3 after seconds: components come in that order, each once.
        while (at < text.Length)
        {
            int start = at;
            while (at < text.Length && IsDigit(text[at]))
            {
                at++;
            }

            if (at == start)
            {
                return false;
            }

            BigInteger whole = BigInteger.Parse(text.Substring(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture);
            long fraction = 0;
            bool hasFraction = false;
            if (at < text.Length && text[at] == '.')
            {
                int fractionStart = ++at;
                while (at < text.Length && IsDigit(text[at]))
                {
                    at++;
                }

                int digits = at - fractionStart;
                if (digits == 0 || digits > 9)
                {
                    return false;
                }

                hasFraction = true;
                fraction = long.Parse(text.Substring(fractionStart, digits), NumberStyles.None, CultureInfo.InvariantCulture);
                for (int i = digits; i < 9; i++)
                {
                    fraction *= 10;
                }
            }

            if (at == text.Length)
            {
                return false;
            }

            char unit = text[at++];
            int unitStage = unit switch { 'H' => 1, 'M' => 2, 'S' => 3, _ => 0 };
            if (unitStage <= stage || (hasFraction && unitStage != 3))
            {
                return false;
            }

            stage = unitStage;
            long unitNanoseconds = unitStage switch { 1 => NanosecondsPerHour, 2 => NanosecondsPerMinute, _ => NanosecondsPerSecond };
            total += (whole * unitNanoseconds) + fraction;
        }

        if (negative)
        {
            total = BigInteger.Negate(total);
        }

        if (total < s_minDuration || total > s_maxDuration)
        {
            return false;
        }

        duration = Duration.FromNanoseconds(total);
        return true;
    }

    /// <summary>Returns the name of a metric, as the enumeration spells it.</summary>
    public static string Name(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstResponse => nameof(SlaMetric.FirstResponse),
        SlaMetric.Resolution => nameof(SlaMetric.Resolution),
        SlaMetric.None => nameof(SlaMetric.None),
        _ => ((int)metric).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Returns the name of a target kind, as the enumeration spells it.</summary>
    public static string Name(SlaTargetKind kind) => kind switch
    {
        SlaTargetKind.Calendar => nameof(SlaTargetKind.Calendar),
        SlaTargetKind.Business => nameof(SlaTargetKind.Business),
        SlaTargetKind.BusinessDays => nameof(SlaTargetKind.BusinessDays),
        SlaTargetKind.EndOfBusinessDay => nameof(SlaTargetKind.EndOfBusinessDay),
        SlaTargetKind.NextBusinessDayAt => nameof(SlaTargetKind.NextBusinessDayAt),
        SlaTargetKind.None => nameof(SlaTargetKind.None),
        _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Returns the name of an uptime method, as the enumeration spells it.</summary>
    public static string Name(UptimeMethod method) => method switch
    {
        UptimeMethod.DownMinutes => nameof(UptimeMethod.DownMinutes),
        UptimeMethod.AverageErrorRate => nameof(UptimeMethod.AverageErrorRate),
        UptimeMethod.None => nameof(UptimeMethod.None),
        _ => ((int)method).ToString(CultureInfo.InvariantCulture),
    };

    // ------------------------------------------------------------------ Writing

    /// <summary>Writes <c>"name": "2026-12-07T21:00:00Z"</c>.</summary>
    public static void WriteInstant(Utf8JsonWriter writer, string name, Instant value) => writer.WriteString(name, FormatInstant(value));

    /// <summary>Writes an instant, or <c>null</c> (left out when <paramref name="omitNull"/>).</summary>
    public static void WriteInstant(Utf8JsonWriter writer, string name, Instant? value, bool omitNull)
    {
        if (value is { } instant)
        {
            WriteInstant(writer, name, instant);
        }
        else if (!omitNull)
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <c>"name": "PT1H30M"</c>.</summary>
    public static void WriteDuration(Utf8JsonWriter writer, string name, Duration value) => writer.WriteString(name, FormatDuration(value));

    /// <summary>Writes a string, or <c>null</c> (left out when <paramref name="omitNull"/>).</summary>
    public static void WriteString(Utf8JsonWriter writer, string name, string? value, bool omitNull)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else if (!omitNull)
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <c>"name": { "numerator": 4459, "denominator": 4464 }</c>, the integers as JSON numbers of any size.</summary>
    public static void WriteRatio(Utf8JsonWriter writer, string name, ExactRatio ratio)
    {
        writer.WriteStartObject(name);
        writer.WritePropertyName("numerator");
        writer.WriteRawValue(ratio.Numerator.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        writer.WritePropertyName("denominator");
        writer.WriteRawValue(ratio.Denominator.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"name": { "minimumUptimePercent": 99.0, "maximumUptimePercent": 99.9, "creditPercent": 10 }</c>.</summary>
    public static void WriteTier(Utf8JsonWriter writer, string name, CreditTier tier)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("minimumUptimePercent", tier.MinimumUptimePercent);
        writer.WriteNumber("maximumUptimePercent", tier.MaximumUptimePercent);
        writer.WriteNumber("creditPercent", tier.CreditPercent);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a target as its kind and its amount, only the amount the kind has: <c>{ "kind": "Business", "duration": "PT4H" }</c>,
    /// <c>{ "kind": "BusinessDays", "days": 2 }</c>, <c>{ "kind": "NextBusinessDayAt", "timeOfDay": "09:00:00" }</c>,
    /// <c>{ "kind": "None" }</c>.
    /// </summary>
    public static void WriteTarget(Utf8JsonWriter writer, string name, SlaTarget target)
    {
        writer.WriteStartObject(name);
        writer.WriteString("kind", Name(target.Kind));
        switch (target.Kind)
        {
            case SlaTargetKind.Calendar:
            case SlaTargetKind.Business:
                WriteDuration(writer, "duration", target.Duration);
                break;
            case SlaTargetKind.BusinessDays:
            case SlaTargetKind.EndOfBusinessDay:
                writer.WriteNumber("days", target.Days);
                break;
            case SlaTargetKind.NextBusinessDayAt:
                writer.WriteString("timeOfDay", FormatTime(target.TimeOfDay));
                break;
        }

        writer.WriteEndObject();
    }

    // ------------------------------------------------------------------ Reading

    /// <summary>Checks that the reader is at the start of an object.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="what">The value described with its article: "An uptime report".</param>
    public static void StartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(ref reader, what, "a JSON object");
        }
    }

    /// <summary>Moves to the next property's value; returns <see langword="false"/> at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    /// <summary>
    /// Finds a property among an object's names (exact, or ignoring case when the options say so) and records it as seen. A name
    /// not listed is skipped, or refused when the options disallow unmapped members; a name seen twice is refused.
    /// </summary>
    /// <returns>The index of the name in <paramref name="names"/>, or -1 when the value was skipped.</returns>
    public static int Property(ref Utf8JsonReader reader, string name, string[] names, ref ulong seen, string what, JsonSerializerOptions options)
    {
        StringComparison comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(name, names[i], comparison))
            {
                ulong bit = 1UL << i;
                if ((seen & bit) != 0)
                {
                    throw new JsonException(Preconditions.Format("{0} must have one property named '{1}', but it appears twice.", what, names[i]));
                }

                seen |= bit;
                return i;
            }
        }

        if (options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow)
        {
            throw new JsonException(Preconditions.Format("{0} has no property named '{1}'.", what, name));
        }

        reader.Skip();
        return -1;
    }

    /// <summary>Checks that every required property was seen.</summary>
    /// <param name="seen">The properties seen, one bit per index of <paramref name="names"/>.</param>
    /// <param name="required">The required ones: the first <paramref name="required"/> names.</param>
    /// <param name="names">The object's property names.</param>
    /// <param name="what">The value described with its article.</param>
    public static void Require(ulong seen, int required, string[] names, string what)
    {
        for (int i = 0; i < required; i++)
        {
            if ((seen & (1UL << i)) == 0)
            {
                throw new JsonException(Preconditions.Format("{0} must have a property named '{1}', but it is missing.", what, names[i]));
            }
        }
    }

    /// <summary>Reads an ISO-8601 instant with an offset (<c>2026-12-07T21:00:00Z</c>, <c>2026-12-07T22:00:00+01:00</c>).</summary>
    public static Instant ReadInstant(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            ParseResult<OffsetDateTime> result = OffsetDateTimePattern.ExtendedIso.Parse(reader.GetString()!);
            if (result.Success)
            {
                return result.Value.ToInstant();
            }
        }

        throw Invalid(ref reader, what, "an ISO-8601 instant such as \"2026-12-07T21:00:00Z\"");
    }

    /// <summary>Reads an instant, or <see langword="null"/> for a JSON <c>null</c>.</summary>
    public static Instant? ReadNullableInstant(ref Utf8JsonReader reader, string what)
        => reader.TokenType == JsonTokenType.Null ? null : ReadInstant(ref reader, what);

    /// <summary>Reads an ISO-8601 duration of hours, minutes and seconds (<c>PT1H30M</c>, <c>-PT5M</c>).</summary>
    public static Duration ReadDuration(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String && TryParseDuration(reader.GetString()!, out Duration duration))
        {
            return duration;
        }

        throw Invalid(ref reader, what, "an ISO-8601 duration in hours, minutes and seconds such as \"PT1H30M\"");
    }

    /// <summary>Reads an ISO date, <c>2026-12-24</c>.</summary>
    public static LocalDate ReadDate(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(reader.GetString()!);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw Invalid(ref reader, what, "a date such as \"2026-12-24\"");
    }

    /// <summary>Reads a string that may not be null.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string what)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Invalid(ref reader, what, "a string");

    /// <summary>Reads <see langword="true"/> or <see langword="false"/>.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string what) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Invalid(ref reader, what, "true or false"),
    };

    /// <summary>Reads a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string what, long min, long max)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value) && value >= min && value <= max)
        {
            return value;
        }

        throw Invalid(ref reader, what, max == long.MaxValue
            ? Preconditions.Format("a whole number of at least {0}", min)
            : Preconditions.Format("a whole number from {0} to {1}", min, max));
    }

    /// <summary>Reads a whole number from <paramref name="min"/> to <see cref="int.MaxValue"/>.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string what, int min) => (int)ReadInt64(ref reader, what, min, int.MaxValue);

    /// <summary>Reads a number exactly as a <see cref="decimal"/> (never through a <see cref="double"/>).</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value))
        {
            return value;
        }

        throw Invalid(ref reader, what, "a number that a decimal holds");
    }

    /// <summary>Reads an uptime method by name, ignoring case; <see cref="UptimeMethod.None"/> is refused.</summary>
    public static UptimeMethod ReadMethod(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            if (string.Equals(text, nameof(UptimeMethod.DownMinutes), StringComparison.OrdinalIgnoreCase))
            {
                return UptimeMethod.DownMinutes;
            }

            if (string.Equals(text, nameof(UptimeMethod.AverageErrorRate), StringComparison.OrdinalIgnoreCase))
            {
                return UptimeMethod.AverageErrorRate;
            }
        }

        throw Invalid(ref reader, what, "\"DownMinutes\" or \"AverageErrorRate\"");
    }

    /// <summary>Describes a value for messages: the owner alone ("An uptime report") or a property of it ("An uptime report's 'uptime'").</summary>
    /// <param name="owner">The value read at the top, with its article.</param>
    /// <param name="path">The path of the property in it, such as <c>downtimePeriods[2]</c>; <see langword="null"/> for the owner itself.</param>
    public static string What(string owner, string? path) => path is null ? owner : owner + "'s '" + path + "'";

    /// <summary>Returns the path of a property of the value at <paramref name="path"/>: <c>uptime.numerator</c>, or <c>start</c> at the top.</summary>
    public static string Child(string? path, string name) => path is null ? name : path + "." + name;

    /// <summary>Reads <c>{ "numerator": n, "denominator": d }</c>: whole numbers of any size, n at least 0 and d at least 1.</summary>
    public static ExactRatio ReadRatio(ref Utf8JsonReader reader, string owner, string path, JsonSerializerOptions options)
    {
        string what = What(owner, path);
        StartObject(ref reader, what);
        BigInteger numerator = BigInteger.Zero;
        BigInteger denominator = BigInteger.One;
        ulong seen = 0;
        while (NextProperty(ref reader, out string name))
        {
            switch (Property(ref reader, name, s_ratioNames, ref seen, what, options))
            {
                case 0:
                    numerator = ReadBigInteger(ref reader, What(owner, Child(path, "numerator")), BigInteger.Zero);
                    break;
                case 1:
                    denominator = ReadBigInteger(ref reader, What(owner, Child(path, "denominator")), BigInteger.One);
                    break;
            }
        }

        Require(seen, 2, s_ratioNames, what);
        return new ExactRatio(numerator, denominator);
    }

    /// <summary>Reads a credit tier object; the figures are checked by the <see cref="CreditTier"/> constructor.</summary>
    public static CreditTier ReadTier(ref Utf8JsonReader reader, string owner, string path, JsonSerializerOptions options)
    {
        string what = What(owner, path);
        StartObject(ref reader, what);
        decimal minimum = 0m, maximum = 0m, credit = 0m;
        ulong seen = 0;
        while (NextProperty(ref reader, out string name))
        {
            int index = Property(ref reader, name, s_tierNames, ref seen, what, options);
            if (index >= 0)
            {
                decimal value = ReadDecimal(ref reader, What(owner, Child(path, s_tierNames[index])));
                switch (index)
                {
                    case 0:
                        minimum = value;
                        break;
                    case 1:
                        maximum = value;
                        break;
                    default:
                        credit = value;
                        break;
                }
            }
        }

        Require(seen, 3, s_tierNames, what);
        CreditTier.Check(minimum, maximum, credit, JsonExceptionProblems.Instance);
        return new CreditTier(minimum, maximum, credit);
    }

    /// <summary>Reads <c>{ "start": instant, "end": instant }</c>, [start, end), with the end not before the start.</summary>
    public static Interval ReadInterval(ref Utf8JsonReader reader, string owner, string path, JsonSerializerOptions options)
    {
        string what = What(owner, path);
        StartObject(ref reader, what);
        Instant start = default, end = default;
        ulong seen = 0;
        while (NextProperty(ref reader, out string name))
        {
            switch (Property(ref reader, name, s_intervalNames, ref seen, what, options))
            {
                case 0:
                    start = ReadInstant(ref reader, What(owner, Child(path, "start")));
                    break;
                case 1:
                    end = ReadInstant(ref reader, What(owner, Child(path, "end")));
                    break;
            }
        }

        Require(seen, 2, s_intervalNames, what);
        if (end < start)
        {
            throw new JsonException(Preconditions.Format(
                "{0} must not end before it starts, was [{1}, {2}).", what, FormatInstant(start), FormatInstant(end)));
        }

        return new Interval(start, end);
    }

    /// <summary>The exception for a value of the wrong kind or form: "{what} must be {expected}, was {value}."</summary>
    public static JsonException Invalid(ref Utf8JsonReader reader, string what, string expected)
        => new(Preconditions.Format("{0} must be {1}, was {2}.", what, expected, Describe(ref reader)));

    private static BigInteger ReadBigInteger(ref Utf8JsonReader reader, string what, BigInteger min)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            string text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
            if (BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out BigInteger value) && value >= min)
            {
                return value;
            }
        }

        throw Invalid(ref reader, what, Preconditions.Format("a whole number of at least {0}", min));
    }

    private static string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                string text = reader.GetString()!;
                return "\"" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "\"";
            case JsonTokenType.Number:
                string number = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
                return number.Length > 60 ? number.Substring(0, 57) + "..." : number;
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            default:
                return reader.TokenType.ToString();
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
