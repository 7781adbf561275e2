using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// Walks a parsed JSON document, collecting every problem with its JSON path instead of stopping at the first. Every message
/// reads "Expected …, was …." so a reader sees what the document should have said.
/// </summary>
internal sealed class ConfigReader
{
    private readonly List<SlaConfigurationError> _errors = new();

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

    /// <summary>Records a library argument check that failed, without the parameter suffix .NET appends to the message.</summary>
    public void Rejected(string path, ArgumentException exception)
    {
        string message = exception.Message;
        int suffix = exception.ParamName is null ? -1 : message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message.Substring(0, suffix);
        }

        int newline = message.IndexOf('\n');
        Error(path, (newline > 0 ? message.Substring(0, newline) : message).TrimEnd('\r'));
    }

    /// <summary>
    /// Checks that <paramref name="value"/> is an object whose properties are all in <paramref name="known"/> (exact names), each
    /// once. Unknown and repeated properties are reported; the object is still read.
    /// </summary>
    public bool CheckObject(JsonElement value, string path, string expectation, IReadOnlyList<string> known)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Expected(path, expectation, value);
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string childPath = Child(path, property.Name);
            if (!Contains(known, property.Name))
            {
                Error(childPath, "Expected one of the properties " + OneOf(known) + ", was an unknown property.");
            }
            else if (!seen.Add(property.Name))
            {
                Error(childPath, "Expected each property once, was a repeated property.");
            }
        }

        return true;
    }

    /// <summary>Gets a property that is present and not null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
        => obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Reads a required or optional string that is not empty or blank.</summary>
    public string? ReadString(JsonElement obj, string path, string name, bool required, string expectation)
    {
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, required, expectation, out JsonElement value))
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

    /// <summary>Reads an integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? ReadInt(JsonElement obj, string path, string name, bool required, int min, int max)
    {
        string childPath = Child(path, name);
        string expectation = Preconditions.Format("an integer from {0} to {1}", min, max);
        if (!Present(obj, name, childPath, required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int result) || result < min || result > max)
        {
            Expected(childPath, expectation, value);
            return null;
        }

        return result;
    }

    /// <summary>Reads a decimal number that <paramref name="isValid"/> accepts.</summary>
    public decimal? ReadDecimal(JsonElement obj, string path, string name, bool required, string expectation, Func<decimal, bool> isValid)
    {
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, required, expectation, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal result) || !isValid(result))
        {
            Expected(childPath, expectation, value);
            return null;
        }

        return result;
    }

    /// <summary>Reads one of <paramref name="names"/> (compared ignoring case) and returns the matching value.</summary>
    public T? ReadName<T>(JsonElement obj, string path, string name, bool required, IReadOnlyList<string> names, IReadOnlyList<T> values)
        where T : struct
    {
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, required, "one of " + OneOf(names), out JsonElement value))
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

        Expected(path, "one of " + OneOf(names), value);
        return null;
    }

    /// <summary>Reads a string in a text format (a time, a date, a duration…) with <paramref name="parse"/>.</summary>
    public bool TryReadText<T>(JsonElement obj, string path, string name, bool required, string expectation, TryParse<T> parse, out T result)
    {
        string childPath = Child(path, name);
        result = default!;
        if (!Present(obj, name, childPath, required, expectation, out JsonElement value))
        {
            return false;
        }

        return TryParseText(value, childPath, expectation, parse, out result);
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
    public JsonElement? ReadArray(JsonElement obj, string path, string name, bool required, string expectation)
    {
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

        return value;
    }

    /// <summary>Resolves a time zone id.</summary>
    public DateTimeZone? ReadZone(JsonElement obj, string path, string name, bool required)
    {
        const string Expectation = "a time zone id such as \"America/New_York\"";
        string childPath = Child(path, name);
        if (!Present(obj, name, childPath, required, Expectation, out JsonElement value))
        {
            return null;
        }

        DateTimeZone? zone = value.ValueKind == JsonValueKind.String ? Zones.GetZoneOrNull(value.GetString()!) : null;
        if (zone is null)
        {
            Expected(childPath, Expectation, value);
        }

        return zone;
    }

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
}

/// <summary>Parses a text form, as the <c>TryParse</c> methods of <see cref="ConfigText"/> do.</summary>
internal delegate bool TryParse<T>(string text, out T value);
