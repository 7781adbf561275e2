using System;
using System.Collections.Generic;

namespace SlaEngine.Serialization.Schema;

/// <summary>
/// One node of the description of the configuration documents: what a JSON value must be. The reader checks documents against
/// these nodes (and reports <see cref="Expectation"/> when a value is not what they say), the writer takes its property names
/// from them, and the published JSON Schema is generated from them (<see cref="JsonSchemaGenerator"/>): one schema source.
/// </summary>
/// <remarks>
/// A node says what can be checked on the value alone (its JSON type, range, text form, properties). Rules that relate values
/// (hours that overlap, a rule that counts from a rule the calendar lacks, credit tiers with gaps) belong to the library's
/// own validators, which the C# API and the reader share.
/// </remarks>
internal abstract class SchemaNode
{
    protected SchemaNode(string expectation, string? description)
    {
        Expectation = expectation;
        Description = description;
    }

    /// <summary>Gets how messages describe a valid value: "an integer from 1 to 12".</summary>
    public string Expectation { get; }

    /// <summary>Gets the description the JSON Schema carries, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets or sets the name under which the JSON Schema defines this node once (<c>$defs</c>), or <see langword="null"/> to write it in place.</summary>
    public string? Definition { get; set; }
}

/// <summary>An integer in [<see cref="Min"/>, <see cref="Max"/>].</summary>
internal sealed class IntegerNode : SchemaNode
{
    public IntegerNode(int min, int max, string? expectation = null, string? description = null)
        : base(expectation ?? Internal.Preconditions.Format("an integer from {0} to {1}", min, max), description)
    {
        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }

    /// <summary>Gets or sets values in the range that are still refused (an occurrence of 0).</summary>
    public IReadOnlyList<int> Excluded { get; set; } = Array.Empty<int>();
}

/// <summary>A decimal number in a range, with at most <see cref="MaxPlaces"/> decimal places.</summary>
internal sealed class DecimalNode : SchemaNode
{
    public DecimalNode(decimal min, bool minExclusive, decimal max, bool maxExclusive, int maxPlaces, string expectation, string? description = null)
        : base(expectation, description)
    {
        Min = min;
        MinExclusive = minExclusive;
        Max = max;
        MaxExclusive = maxExclusive;
        MaxPlaces = maxPlaces;
    }

    public decimal Min { get; }

    public bool MinExclusive { get; }

    public decimal Max { get; }

    public bool MaxExclusive { get; }

    /// <summary>Gets the most decimal places a value may have (28: any).</summary>
    public int MaxPlaces { get; }

    /// <summary>Returns whether <paramref name="value"/> is in the range and has at most <see cref="MaxPlaces"/> places.</summary>
    public bool Accepts(decimal value)
        => (MinExclusive ? value > Min : value >= Min)
            && (MaxExclusive ? value < Max : value <= Max)
            && Internal.DecimalParts.Places(value) <= MaxPlaces;
}

/// <summary>A string: free text that is not blank, or a text form (a time, a date, a duration) that a pattern describes.</summary>
internal sealed class TextNode : SchemaNode
{
    public TextNode(string expectation, string? pattern = null, string? description = null)
        : base(expectation, description)
    {
        Pattern = pattern;
    }

    /// <summary>Gets the ECMA-262 regular expression the JSON Schema gives for the form, or <see langword="null"/> for text that only must not be blank.</summary>
    public string? Pattern { get; }
}

/// <summary>One of a set of names; the reader also accepts them in another case, the schema and the writer use this case.</summary>
internal sealed class NameNode : SchemaNode
{
    public NameNode(IReadOnlyList<string> names, string? description = null)
        : base("one of " + ConfigReader.OneOf(names), description)
    {
        Names = names;
    }

    public IReadOnlyList<string> Names { get; }
}

/// <summary>A time zone id of the provider the reader is given.</summary>
internal sealed class ZoneNode : SchemaNode
{
    public ZoneNode(string? description = null)
        : base("a time zone id such as \"America/New_York\"", description)
    {
    }
}

/// <summary>An array of <see cref="Items"/>.</summary>
internal sealed class ArrayNode : SchemaNode
{
    public ArrayNode(SchemaNode items, string expectation, int minItems = 0, string? description = null, string? nonEmptyExpectation = null)
        : base(expectation, description)
    {
        Items = items;
        MinItems = minItems;
        NonEmptyExpectation = nonEmptyExpectation ?? expectation;
    }

    public SchemaNode Items { get; }

    public int MinItems { get; }

    /// <summary>Gets or sets whether the items must differ (weekend days, each once).</summary>
    public bool UniqueItems { get; set; }

    /// <summary>Gets how messages describe the array when it has fewer than <see cref="MinItems"/> items: "at least one date".</summary>
    public string NonEmptyExpectation { get; }
}

/// <summary>
/// An object with named properties and no others. The reader takes an optional property that is <see langword="null"/> as absent
/// (as it always has), so "present" below means present and not null, and the schema lets optional properties be null.
/// </summary>
internal sealed class ObjectNode : SchemaNode
{
    private IReadOnlyList<PropertyNode> _properties = Array.Empty<PropertyNode>();
    private string[] _names = Array.Empty<string>();

    public ObjectNode(string expectation, string? description = null)
        : base(expectation, description)
    {
    }

    /// <summary>Gets the properties, in the order the writer writes them.</summary>
    public IReadOnlyList<PropertyNode> Properties => _properties;

    /// <summary>Gets the property names, in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Gets or sets sets of properties of which exactly one must be present (the kinds of a target), or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? ExactlyOneOf { get; set; }

    /// <summary>Gets or sets properties of which at least one must be present (a calendar's own rules or the calendar it is based on), or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? AtLeastOneOf { get; set; }

    /// <summary>
    /// Gets or sets whether the reader matches the property names ignoring case (the metrics of a target row), as it has always
    /// done: the schema then also accepts them in another case.
    /// </summary>
    public bool NamesIgnoreCase { get; set; }

    /// <summary>Gets or sets pairs of properties that must not both be present (a value and its older form).</summary>
    public IReadOnlyList<(string First, string Second)> NotBoth { get; set; } = Array.Empty<(string, string)>();

    /// <summary>Gets or sets pairs of properties where the first may be present only beside the second (rules left out of the calendar a calendar is based on).</summary>
    public IReadOnlyList<(string Property, string Required)> Requires { get; set; } = Array.Empty<(string, string)>();

    /// <summary>Gets the property named <paramref name="name"/>.</summary>
    public PropertyNode this[string name]
    {
        get
        {
            foreach (PropertyNode property in _properties)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }

            throw new KeyNotFoundException("The object has no property " + name + ".");
        }
    }

    /// <summary>Sets the properties (after construction, so that nodes can refer to each other).</summary>
    public ObjectNode With(params PropertyNode[] properties)
    {
        _properties = properties;
        _names = Array.ConvertAll(properties, p => p.Name);
        return this;
    }
}

/// <summary>An object whose property names are keys in a text form (dates, priorities) and whose values are all <see cref="Values"/>.</summary>
internal sealed class MapNode : SchemaNode
{
    public MapNode(TextNode keys, SchemaNode values, string expectation, string? description = null)
        : base(expectation, description)
    {
        Keys = keys;
        Values = values;
    }

    public TextNode Keys { get; }

    public SchemaNode Values { get; }
}

/// <summary>
/// One of several shapes, told apart by the value alone: a string or an object (a calendar id or a calendar), an object with a
/// property that only one shape has (a union's <c>union</c>), or a discriminator property's value (a rule's <c>kind</c>).
/// </summary>
internal sealed class ChoiceNode : SchemaNode
{
    private IReadOnlyList<SchemaNode> _options = Array.Empty<SchemaNode>();

    public ChoiceNode(string expectation, string? discriminator = null, string? description = null)
        : base(expectation, description)
    {
        Discriminator = discriminator;
    }

    /// <summary>Gets the property whose value names the option (each option then has it as a one-name <see cref="NameNode"/>), or <see langword="null"/>.</summary>
    public string? Discriminator { get; }

    public IReadOnlyList<SchemaNode> Options => _options;

    public ChoiceNode Of(params SchemaNode[] options)
    {
        _options = options;
        return this;
    }
}

/// <summary>A named property of an <see cref="ObjectNode"/>.</summary>
internal sealed class PropertyNode
{
    public PropertyNode(string name, SchemaNode schema, bool required = false, string? description = null)
    {
        Name = name;
        Schema = schema;
        Required = required;
        Description = description;
    }

    /// <summary>Gets the property name, as the writer writes it and the reader matches it (exactly).</summary>
    public string Name { get; }

    public SchemaNode Schema { get; }

    public bool Required { get; }

    /// <summary>Gets what the property means, for the JSON Schema, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets <see cref="Schema"/>'s expectation.</summary>
    public string Expectation => Schema.Expectation;
}
