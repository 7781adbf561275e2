using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SlaEngine.Serialization.Schema;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of a document kind from <see cref="DocumentSchemas"/>: the files under <c>schemas/</c>
/// are this class's output (a test regenerates them and compares).
/// </summary>
internal static class JsonSchemaGenerator
{
    /// <summary>The base of the schemas' <c>$id</c>s: where the repository publishes <c>schemas/</c>.</summary>
    public const string BaseUri = "https://raw.githubusercontent.com/slaengine/slaengine/main/schemas/";

    /// <summary>Returns the schema of a document whose root is <paramref name="root"/>, as indented JSON with a final newline.</summary>
    public static string Generate(string kind, string fileName, SchemaNode root)
    {
        var definitions = new SortedDictionary<string, SchemaNode>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", BaseUri + fileName);
            writer.WriteString("title", "SlaEngine " + kind);
            writer.WriteString("description", "A SlaEngine " + kind + " document. A document may name its schema in a \"$schema\" property, which readers ignore.");
            WriteBody(writer, root, definitions, isRoot: true, isTop: true);

            // Definitions found while writing may refer to further ones: write until none is left unwritten.
            var written = new SortedDictionary<string, SchemaNode>(StringComparer.Ordinal);
            while (written.Count < definitions.Count)
            {
                foreach (var pair in new List<KeyValuePair<string, SchemaNode>>(definitions))
                {
                    if (!written.ContainsKey(pair.Key))
                    {
                        written.Add(pair.Key, pair.Value);
                        using (var inner = new Utf8JsonWriter(Stream.Null))
                        {
                            inner.WriteStartObject();
                            WriteBody(inner, pair.Value, definitions, isRoot: false);
                            inner.WriteEndObject();
                        }
                    }
                }
            }

            writer.WriteStartObject("$defs");
            foreach (var pair in written)
            {
                writer.WriteStartObject(pair.Key);
                WriteBody(writer, pair.Value, definitions, isRoot: false);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteSchema(Utf8JsonWriter writer, SchemaNode node, string? description, SortedDictionary<string, SchemaNode> definitions)
    {
        writer.WriteStartObject();
        if (node.Definition is string name)
        {
            definitions[name] = node;
            writer.WriteString("$ref", "#/$defs/" + name);
            if (description is not null)
            {
                writer.WriteString("description", description);
            }
        }
        else
        {
            WriteBody(writer, node, definitions, isRoot: false, description);
        }

        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, SchemaNode node, SortedDictionary<string, SchemaNode> definitions, bool isRoot, string? description = null, bool isTop = false)
    {
        description ??= node.Description;
        if (description is not null && !isTop)
        {
            writer.WriteString("description", description);
        }

        switch (node)
        {
            case IntegerNode integer:
                writer.WriteString("type", "integer");
                writer.WriteNumber("minimum", integer.Min);
                writer.WriteNumber("maximum", integer.Max);
                if (integer.Excluded.Count > 0)
                {
                    writer.WriteStartObject("not");
                    writer.WriteStartArray("enum");
                    foreach (int excluded in integer.Excluded)
                    {
                        writer.WriteNumberValue(excluded);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                break;
            case DecimalNode number:
                writer.WriteString("type", "number");
                writer.WriteNumber(number.MinExclusive ? "exclusiveMinimum" : "minimum", number.Min);
                writer.WriteNumber(number.MaxExclusive ? "exclusiveMaximum" : "maximum", number.Max);
                break;
            case TextNode text:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", text.Pattern ?? DocumentSchemas.NotBlankPattern);
                break;
            case NameNode names:
                writer.WriteString("type", "string");
                writer.WriteStartArray("enum");
                foreach (string value in names.Names)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                break;
            case ZoneNode:
                writer.WriteString("type", "string");
                writer.WriteNumber("minLength", 1);
                break;
            case ArrayNode array:
                writer.WriteString("type", "array");
                writer.WritePropertyName("items");
                WriteSchema(writer, array.Items, null, definitions);
                if (array.MinItems > 0)
                {
                    writer.WriteNumber("minItems", array.MinItems);
                }

                if (array.UniqueItems)
                {
                    writer.WriteBoolean("uniqueItems", true);
                }

                break;
            case ObjectNode obj:
                WriteObject(writer, obj, definitions, isRoot);
                break;
            case MapNode map:
                writer.WriteString("type", "object");
                if (isRoot)
                {
                    writer.WriteStartObject("properties");
                    WriteSchemaProperty(writer);
                    writer.WriteEndObject();
                    writer.WriteStartObject("propertyNames");
                    writer.WriteStartArray("anyOf");
                    writer.WriteStartObject();
                    writer.WriteString("const", "$schema");
                    writer.WriteEndObject();
                    WriteSchema(writer, map.Keys, null, definitions);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WritePropertyName("propertyNames");
                    WriteSchema(writer, map.Keys, null, definitions);
                }

                writer.WritePropertyName("additionalProperties");
                WriteSchema(writer, map.Values, null, definitions);
                break;
            case ChoiceNode choice:
                writer.WriteStartArray("oneOf");
                foreach (SchemaNode option in choice.Options)
                {
                    if (isRoot && option is ObjectNode)
                    {
                        // The root's own object options take "$schema", which their shared definitions do not.
                        writer.WriteStartObject();
                        WriteBody(writer, option, definitions, isRoot: true);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        WriteSchema(writer, option, null, definitions);
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException("Unknown schema node " + node.GetType().Name + ".");
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, ObjectNode obj, SortedDictionary<string, SchemaNode> definitions, bool isRoot)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        if (isRoot)
        {
            WriteSchemaProperty(writer);
        }

        var required = new List<string>();
        foreach (PropertyNode property in obj.Properties)
        {
            writer.WritePropertyName(property.Name);
            if (property.Required)
            {
                WriteSchema(writer, property.Schema, property.Description, definitions);
                required.Add(property.Name);
            }
            else
            {
                WriteNullable(writer, property, definitions);
            }
        }

        writer.WriteEndObject();
        if (obj.NamesIgnoreCase)
        {
            // The names in another case ("FirstResponse"): a pattern that ignores case, letter by letter, as ECMAScript
            // patterns have no flags.
            writer.WriteStartObject("patternProperties");
            foreach (PropertyNode property in obj.Properties)
            {
                writer.WritePropertyName(IgnoringCase(property.Name));
                WriteNullable(writer, property, definitions);
            }

            writer.WriteEndObject();
        }

        if (required.Count > 0)
        {
            WriteNames(writer, "required", required);
        }

        writer.WriteBoolean("additionalProperties", false);
        var all = new List<Action>();
        if (obj.ExactlyOneOf is { } exactlyOne)
        {
            all.Add(() => WriteRequiredChoice(writer, "oneOf", exactlyOne));
        }

        if (obj.AtLeastOneOf is { } atLeastOne)
        {
            all.Add(() => WriteRequiredChoice(writer, "anyOf", atLeastOne));
        }

        foreach (var (first, second) in obj.NotBoth)
        {
            all.Add(() =>
            {
                writer.WriteStartObject("not");
                WritePresent(writer, new[] { first, second });
                writer.WriteEndObject();
            });
        }

        foreach (var (property, requiredBeside) in obj.Requires)
        {
            all.Add(() =>
            {
                writer.WriteStartObject("if");
                WritePresent(writer, new[] { property });
                writer.WriteEndObject();
                writer.WriteStartObject("then");
                WritePresent(writer, new[] { requiredBeside });
                writer.WriteEndObject();
            });
        }

        if (all.Count == 1)
        {
            all[0]();
        }
        else if (all.Count > 1)
        {
            writer.WriteStartArray("allOf");
            foreach (Action part in all)
            {
                writer.WriteStartObject();
                part();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteRequiredChoice(Utf8JsonWriter writer, string keyword, IReadOnlyList<string> names)
    {
        writer.WriteStartArray(keyword);
        foreach (string name in names)
        {
            writer.WriteStartObject();
            WritePresent(writer, new[] { name });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes that the optional properties <paramref name="names"/> are present and not null, as the reader counts them.</summary>
    private static void WritePresent(Utf8JsonWriter writer, IReadOnlyList<string> names)
    {
        WriteNames(writer, "required", names);
        writer.WriteStartObject("properties");
        foreach (string name in names)
        {
            writer.WriteStartObject(name);
            writer.WriteStartObject("not");
            writer.WriteString("type", "null");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an optional property's schema: its node, or null, which the reader takes as absent.</summary>
    private static void WriteNullable(Utf8JsonWriter writer, PropertyNode property, SortedDictionary<string, SchemaNode> definitions)
    {
        writer.WriteStartObject();
        if (property.Description is not null)
        {
            writer.WriteString("description", property.Description);
        }

        writer.WriteStartArray("anyOf");
        WriteSchema(writer, property.Schema, null, definitions);
        writer.WriteStartObject();
        writer.WriteString("type", "null");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns a pattern that matches exactly <paramref name="name"/> in any case: <c>^[Aa][Bb]$</c>.</summary>
    private static string IgnoringCase(string name)
    {
        var pattern = new StringBuilder("^");
        foreach (char c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                throw new InvalidOperationException("A property name matched ignoring case must be letters and digits, was " + name + ".");
            }

            char upper = char.ToUpperInvariant(c);
            char lower = char.ToLowerInvariant(c);
            pattern.Append(upper == lower ? c.ToString() : "[" + upper + lower + "]");
        }

        return pattern.Append('$').ToString();
    }

    private static void WriteSchemaProperty(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("$schema");
        writer.WriteString("description", "The URI of this schema, for editors; readers ignore it.");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
