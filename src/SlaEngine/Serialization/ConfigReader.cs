using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Serialization.Schema;

namespace SlaEngine.Serialization;

/// <summary>
/// Walks a parsed JSON document, collecting every problem with its JSON path instead of stopping at the first. Every message
/// reads "Expected …, was …." so a reader sees what the document should have said.
/// </summary>
internal sealed class ConfigReader
{
    /// <summary>The property a root document may carry to name its JSON Schema; readers ignore it.</summary>
    public const string SchemaProperty = "$schema";

    private readonly List<SlaConfigurationError> _errors = new();
    private IReadOnlyList<string>? _zoneIds;

    public ConfigReader(IDateTimeZoneProvider zones)
    {
        Zones = zones;
    }

    /// <summary>Gets the provider that resolves time zone ids.</summary>
    public IDateTimeZoneProvider Zones { get; }

    /// <summary>Gets the number of problems found so far; compare before and after reading a part to see whether it was clean.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>Gets the problems found, in the order they were found.</summary>
    public IReadOnlyList<SlaConfigurationError> Errors => _errors;

    /// <summary>Returns the path of property <paramref name="name"/> of the value at <paramref name="path"/>.</summary>
    public static string Child(string path, string name)
    {
        bool identifier = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_');
        for (int i = 1; identifier && i < name.Length; i++)
        {
            identifier = char.IsLetterOrDigit(name[i]) || name[i] == '_';
        }

        return identifier ? path + "." + name : path + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    /// <summary>Returns the path of element <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Describes a JSON value for a message: <c>the string "x"</c>, <c>the number 13</c>, <c>true</c>, <c>null</c>, <c>an object</c>, <c>an array</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string " + Quote(value.GetString()!),
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>Quotes text as JSON would, for messages.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Quotes and joins names: <c>"a", "b" or "c"</c>.</summary>
    public static string OneOf(IReadOnlyList<string> names)
    {
        if (names.Count == 1)
        {
            return Quote(names[0]);
        }

        var parts = new string[names.Count - 1];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Quote(names[i]);
        }

        return string.Join(", ", parts) + " or " + Quote(names[names.Count - 1]);
    }

    /// <summary>Records a problem.</summary>
    public void Error(string path, string message) => _errors.Add(new SlaConfigurationError(path, message));

    /// <summary>Records "Expected <paramref name="expectation"/>, was <paramref name="found"/>."</summary>
    public void Expected(string path, string expectation, JsonElement found) => Error(path, "Expected " + expectation + ", was " + Describe(found) + ".");

    /// <summary>Records "Expected <paramref name="expectation"/>, was missing."</summary>
    public void Missing(string path, string expectation) => Error(path, "Expected " + expectation + ", was missing.");

    /// <summary>
    /// Checks that <paramref name="value"/> is the object <paramref name="node"/> describes: its properties are all the node's (exact
    /// names), each once, and at the root also <c>$schema</c>, a string readers ignore. Unknown and repeated properties are
    /// reported; the object is still read.
    /// </summary>
    public bool CheckObject(JsonElement value, string path, ObjectNode node)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Expected(path, node.Expectation, value);
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string childPath = Child(path, property.Name);
            if (!Contains(node.Names, property.Name))
            {
                if (!IsSchemaReference(path, property))
                {
                    Error(childPath, "Expected one of the properties " + OneOf(node.Names) + ", was an unknown property.");
                }
            }
            else if (!seen.Add(property.Name))
            {
                Error(childPath, "Expected each property once, was a repeated property.");
            }
        }

        foreach (var (first, second) in node.NotBoth)
        {
            if (TryGet(value, first, out _) && TryGet(value, second, out _))
            {
                Error(Child(path, second), "Expected either " + Quote(first) + " or " + Quote(second) + " (the same setting in an older form), was both.");
            }
        }

        foreach (var (property, required) in node.Requires)
        {
            if (TryGet(value, property, out _) && !TryGet(value, required, out _))
            {
                Error(Child(path, property), "Expected " + Quote(property) + " only beside " + Quote(required) + ", was without it.");
            }
        }

        return true;
    }

    /// <summary>
    /// Returns whether <paramref name="property"/> is a root document's <c>$schema</c>, which readers ignore; reports it when it
    /// is not a string.
    /// </summary>
    public bool IsSchemaReference(string path, JsonProperty property)
    {
        if (path != "$" || property.Name != SchemaProperty)
        {
            return false;
        }

        if (property.Value.ValueKind != JsonValueKind.String)
        {
            Expected(Child(path, property.Name), "the URI of the document's JSON Schema (a string)", property.Value);
        }

        return true;
    }

    /// <summary>Gets a property that is present and not null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
        => obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Reads a string property that is not empty or blank.</summary>
    public string? ReadString(JsonElement obj, string path, PropertyNode property)
    {
        string name = property.Name;
        string expectation = property.Expectation;
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, property.Required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
        {
            Expected(childPath, expectation, value);
            return null;
        }

        return value.GetString();
    }

    /// <summary>Reads an integer property in its node's range.</summary>
    public int? ReadInt(JsonElement obj, string path, PropertyNode property)
    {
        var node = (IntegerNode)property.Schema;
        string name = property.Name;
        string childPath = Child(path, name);
        string expectation = node.Expectation;
        if (!Present(obj, name, childPath, property.Required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !TryGetInteger(value, out int result) || result < node.Min || result > node.Max || Contains(node.Excluded, result))
        {
            Expected(childPath, expectation, value);
            return null;
        }

        return result;
    }

    /// <summary>
    /// Gets a number that is an integer in <see cref="int"/>'s range. As in JSON Schema, whose <c>integer</c> the published schemas
    /// use, an integer is a number without a fractional part however it is written: <c>2</c>, <c>2.0</c>, <c>2E0</c>.
    /// </summary>
    private static bool TryGetInteger(JsonElement value, out int result)
    {
        if (value.TryGetInt32(out result))
        {
            return true;
        }

        if (value.TryGetDecimal(out decimal number) && number == decimal.Truncate(number) && number >= int.MinValue && number <= int.MaxValue)
        {
            result = (int)number;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Reads a decimal number property that its node accepts.</summary>
    public decimal? ReadDecimal(JsonElement obj, string path, PropertyNode property)
    {
        var node = (DecimalNode)property.Schema;
        string name = property.Name;
        string expectation = node.Expectation;
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, property.Required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal result) || !node.Accepts(result))
        {
            Expected(childPath, expectation, value);
            return null;
        }

        return result;
    }

    /// <summary>Reads a name property (compared ignoring case) and returns the matching value of <paramref name="values"/>.</summary>
    public T? ReadName<T>(JsonElement obj, string path, PropertyNode property, IReadOnlyList<T> values)
        where T : struct
    {
        IReadOnlyList<string> names = ((NameNode)property.Schema).Names;
        string childPath = Child(path, property.Name);
        if (!Present(obj, property.Name, childPath, property.Required, property.Expectation, out JsonElement value))
        {
            return null;
        }

        return ParseName(value, childPath, names, values);
    }

    /// <summary>Reads a value that must be one of <paramref name="names"/> (compared ignoring case).</summary>
    public T? ParseName<T>(JsonElement value, string path, IReadOnlyList<string> names, IReadOnlyList<T> values)
        where T : struct
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            for (int i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    return values[i];
                }
            }
        }

        Error(path, "Expected one of " + OneOf(names) + ", was " + Describe(value) + Suggest(value, names) + ".");
        return null;
    }

    /// <summary>Reads a duration property: the library's form or ISO 8601's time-based form; a day-based ISO form is refused with its reason.</summary>
    public bool TryReadDuration(JsonElement obj, string path, PropertyNode property, out Duration duration)
    {
        string childPath = Child(path, property.Name);
        duration = Duration.Zero;
        if (!Present(obj, property.Name, childPath, property.Required, property.Expectation, out JsonElement value))
        {
            return false;
        }

        DurationParseResult result = value.ValueKind == JsonValueKind.String ? ConfigText.ParseDuration(value.GetString()!, out duration) : DurationParseResult.Invalid;
        if (result == DurationParseResult.Parsed)
        {
            return true;
        }

        Error(childPath, "Expected " + property.Expectation + ", was " + Describe(value) + (result == DurationParseResult.DateBased
            ? "; days are not a fixed amount of time (a day may have 23 or 25 hours, and is not a business day): use the target kinds \"businessDays\" or \"endOfBusinessDay\", or hours such as \"PT24H\"."
            : "."));
        return false;
    }

    /// <summary>Returns the message tail that names the nearest of <paramref name="names"/> to a string value, or an empty string.</summary>
    public static string Suggest(JsonElement value, IReadOnlyList<string> names)
        => value.ValueKind == JsonValueKind.String ? NearestNames.Suffix(value.GetString()!, names) : string.Empty;

    /// <summary>Reads a string property in a text format (a time, a date, a duration…) with <paramref name="parse"/>.</summary>
    public bool TryReadText<T>(JsonElement obj, string path, PropertyNode property, TryParse<T> parse, out T result)
    {
        string childPath = Child(path, property.Name);
        result = default!;
        if (!Present(obj, property.Name, childPath, property.Required, property.Expectation, out JsonElement value))
        {
            return false;
        }

        return TryParseText(value, childPath, property.Expectation, parse, out result);
    }

    /// <summary>Parses a string value in a text format, reporting a problem when it is not a string or does not parse.</summary>
    public bool TryParseText<T>(JsonElement value, string path, string expectation, TryParse<T> parse, out T result)
    {
        result = default!;
        if (value.ValueKind != JsonValueKind.String || !parse(value.GetString()!, out result))
        {
            Expected(path, expectation, value);
            return false;
        }

        return true;
    }

    /// <summary>Reads an array property; an absent optional array reads as <see langword="null"/>.</summary>
    public JsonElement? ReadArray(JsonElement obj, string path, PropertyNode property, bool required)
    {
        string name = property.Name;
        string expectation = property.Expectation;
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Expected(childPath, expectation, value);
            return null;
        }

        if (property.Schema is ArrayNode { MinItems: > 0 } node && value.GetArrayLength() < node.MinItems)
        {
            Expected(childPath, node.NonEmptyExpectation, value);
        }

        return value;
    }

    /// <summary>Resolves a time zone id property.</summary>
    public DateTimeZone? ReadZone(JsonElement obj, string path, PropertyNode property)
    {
        string name = property.Name;
        string expectation = property.Expectation;
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, property.Required, expectation, out JsonElement value))
        {
            return null;
        }

        DateTimeZone? zone = value.ValueKind == JsonValueKind.String ? Zones.GetZoneOrNull(value.GetString()!) : null;
        if (zone is null)
        {
            Error(childPath, "Expected " + expectation + ", was " + Describe(value) + Suggest(value, ZoneIds()) + ".");
        }

        return zone;
    }

    private IReadOnlyList<string> ZoneIds() => _zoneIds ??= new List<string>(Zones.Ids);

    /// <summary>Gets a property that is present and not null; reports it when it is required and absent or null.</summary>
    private bool Present(JsonElement obj, string name, string childPath, bool required, string expectation, out JsonElement value)
    {
        if (TryGet(obj, name, out value))
        {
            return true;
        }

        if (required)
        {
            ReportAbsent(obj, name, childPath, expectation);
        }

        return false;
    }

    private void ReportAbsent(JsonElement obj, string name, string childPath, string expectation)
    {
        if (obj.TryGetProperty(name, out JsonElement value))
        {
            Expected(childPath, expectation, value);
        }
        else
        {
            Missing(childPath, expectation);
        }
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<int> values, int value)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Parses a text form, as the <c>TryParse</c> methods of <see cref="ConfigText"/> do.</summary>
internal delegate bool TryParse<T>(string text, out T value);
