using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SlaEngine.Tests.TestSupport;

/// <summary>
/// Mutates valid JSON configuration documents into the inputs of a fuzz run: structural changes on a tree that keeps property
/// order and repeats (values of the wrong kind, boundary numbers, near-miss texts for dates, hours and durations, removed,
/// repeated, renamed and unknown properties, subtrees spliced in from other documents, deep nesting, long arrays), then
/// sometimes character-level damage (<see cref="Fuzzing.MutateText"/>): lone surrogates, raw and escaped, controls, cuts.
/// </summary>
public sealed class JsonMutator
{
    /// <summary>The largest input made, in characters; a mutation that would grow past it is dropped.</summary>
    public const int MaxInputChars = 64 * 1024;

    private static readonly string[] s_strings =
    [
        "", " ", "\t", "a", "x", new string('x', 300), "Monday", "monday", "MONDAY", "Funday", "Saturday", "Sunday", "Friday",
        "None", "NearestWeekday", "SundayToMonday", "NextWeekday", "Fixed", "NthWeekday", "Easter", "OrthodoxEaster", "DaysAfter",
        "BusinessDaysBefore", "BusinessDaysAfter", "BusinessDaysBetween", "Dates", "US-FEDERAL", "US", "us-federal", "GB", "DE-BY",
        "UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Apia", "Pacific/Kiritimati",
        "Mars/Olympus_Mons", "Etc/GMT+12", "09:00-17:00", "00:00-24:00", "22:00-06:00", "24:00-24:00", "09:00-09:00", "17:00-09:00",
        "23:59:59.9999999-24:00", "09:00:00.00000001-10:00", "9-5", "25:00-26:00", "00:00-00:00", "12:00", "24:00", "23:60",
        "09:00:00.1234567", "2026-12-24", "2026-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "1900-01-01", "2199-12-31",
        "2200-01-01", "-0001-01-01", "2026-13-01", "2026-12-32", "2026-1-1", "4h", "90m", "1h30m", "0.5s", "0h", "0s", "-1h",
        "999999999999999999999h", "87600h", "10000000h", "0.0000000001s", "PT4H", "P1D", "1d", "4 hours", "2026-10-10T02:00:00Z",
        "2026-10-10T02:00:00+14:00", "9999-12-31T23:59:59Z", "-9998-01-01T00:00:00Z", "2026-10-10T02:00:00", "ToEven",
        "AwayFromZero", "ToZero", "ToPositiveInfinity", "ToNegativeInfinity", "Carry", "Restart", "Business", "Calendar",
        "BusinessDays", "EndOfBusinessDay", "NextBusinessDayAt", "FirstResponse", "Resolution", "Urgent", "High", "P1", "P2",
        "PerMinute", "AveragedIntervals", "BeforeGrouping", "AfterGrouping", "Thanksgiving Day", "Christmas Day", "New Year's Day",
        "\0", "\uFEFF", "日本", "🚀", "\uD800", "\uDFFF", "x\"y", "a\\b", "$.rules[0]", "\u00a0", "null", "true", "0", "1e3",
    ];

    private static readonly string[] s_numbers =
    [
        "0", "-0", "1", "-1", "2", "3", "5", "6", "7", "12", "13", "24", "29", "30", "31", "32", "59", "60", "61", "100", "101", "365",
        "366", "367", "1000", "1440", "1441", "1899", "1900", "1971", "2000", "2026", "2199", "2200", "9900", "9901", "9999", "10000",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "79228162514264337593543950335", "79228162514264337593543950336", "1e3", "1E+2", "1.5", "0.5", "0.05", "0.0000001",
        "0.000000001", "0.0000000001", "1e-30", "99.9", "99.99999999", "99.9999999", "100.0", "100.000001", "1e308", "1e309",
        "-1e309", "0.1e1", "5.0", "12.0", "-5",
    ];

    private readonly List<Node> _subtrees = [];
    private readonly List<string> _names = [];
    private readonly Node[] _seeds;

    /// <summary>Initializes a mutator over <paramref name="seeds"/> (valid documents of one kind); <paramref name="donors"/> lend property names and subtrees.</summary>
    public JsonMutator(IEnumerable<string> seeds, IEnumerable<string> donors)
    {
        _seeds = seeds.Select(Parse).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Node donor in _seeds.Concat(donors.Select(Parse)))
        {
            Harvest(donor, names);
        }

        _names.AddRange(names.Order(StringComparer.Ordinal));
    }

    /// <summary>Gets the seed documents, as written by this mutator (the fuzz run's unmutated inputs).</summary>
    public IEnumerable<string> Seeds => _seeds.Select(s => Write(s, new Random(0)));

    /// <summary>Makes one input: a seed with one to six structural changes, sometimes followed by character-level damage.</summary>
    public string Next(Random random)
    {
        for (int attempt = 0; ; attempt++)
        {
            Node document = random.Pick(_seeds).Clone();
            int changes = 1 + (random.OneIn(3) ? random.Next(6) : 0);
            for (int c = 0; c < changes; c++)
            {
                document = Mutate(random, document);
            }

            string text = Write(document, random);
            if (random.OneIn(4))
            {
                int damage = 1 + random.Next(3);
                for (int d = 0; d < damage; d++)
                {
                    text = Fuzzing.MutateText(random, text);
                }
            }

            if (text.Length <= MaxInputChars || attempt >= 5)
            {
                return text.Length <= MaxInputChars ? text : text[..MaxInputChars];
            }
        }
    }

    private Node Mutate(Random random, Node document)
    {
        var places = new List<(Node Node, Node? Parent, int Index)>();
        Collect(document, null, -1, places);
        (Node node, Node? parent, int index) = random.Pick(places);
        switch (random.Next(12))
        {
            case 0:
            case 1:
                Replace(document, parent, index, Interesting(random), out document);
                break;
            case 2:
                if (node.Kind == Kind.String)
                {
                    node.Text = MutateScalar(random, node.Text!);
                }
                else if (node.Kind == Kind.Number)
                {
                    node.Text = Neighbour(random, node.Text!);
                }
                else
                {
                    Replace(document, parent, index, Interesting(random), out document);
                }

                break;
            case 3:
                // Remove the node from its object or array.
                if (parent?.Items is { } removeFrom)
                {
                    removeFrom.RemoveAt(index);
                }

                break;
            case 4:
                // Repeat it: a repeated property, or a repeated array element.
                if (parent?.Items is { } repeatIn)
                {
                    repeatIn.Insert(index, repeatIn[index].Clone());
                }

                break;
            case 5:
                // Add a property with a known name and a value from anywhere.
                if (node.Kind == Kind.Object)
                {
                    Node value = random.OneIn(2) ? random.Pick(_subtrees).Clone() : Interesting(random);
                    value.Name = random.OneIn(8) ? MutateScalar(random, random.Pick(_names)) : random.Pick(_names);
                    node.Items!.Insert(random.Next(node.Items.Count + 1), value);
                }

                break;
            case 6:
                // Rename a property: another known name, a change of case, a typo.
                if (node.Name is not null)
                {
                    node.Name = random.Next(3) switch
                    {
                        0 => random.Pick(_names),
                        1 => random.OneIn(2) ? node.Name.ToUpperInvariant() : node.Name.ToLowerInvariant(),
                        _ => MutateScalar(random, node.Name),
                    };
                }

                break;
            case 7:
            case 8:
                // Splice in a subtree of any document.
                Replace(document, parent, index, random.Pick(_subtrees).Clone(), out document);
                break;
            case 9:
                // Grow an array with copies of its elements.
                if (node.Kind == Kind.Array && node.Items!.Count > 0)
                {
                    int copies = random.OneIn(4) ? random.Next(200) : random.Next(8);
                    for (int k = 0; k < copies; k++)
                    {
                        node.Items.Add(random.Pick(node.Items).Clone());
                    }
                }

                break;
            case 10:
            {
                // Nest the node in arrays (sometimes past System.Text.Json's depth limit of 64).
                Node nested = node.Clone();
                int depth = random.OneIn(4) ? 60 + random.Next(10) : 1 + random.Next(3);
                for (int k = 0; k < depth; k++)
                {
                    nested = new Node { Kind = Kind.Array, Items = [nested] };
                }

                Replace(document, parent, index, nested, out document);
                break;
            }

            default:
                // Swap two elements of the same object or array.
                if (parent?.Items is { Count: > 1 } swapIn)
                {
                    int other = random.Next(swapIn.Count);
                    (swapIn[index], swapIn[other]) = (swapIn[other], swapIn[index]);
                    (swapIn[index].Name, swapIn[other].Name) = (swapIn[other].Name, swapIn[index].Name);
                }

                break;
        }

        return document;
    }

    private static void Replace(Node document, Node? parent, int index, Node replacement, out Node result)
    {
        if (parent is null)
        {
            replacement.Name = null;
            result = replacement;
            return;
        }

        replacement.Name = parent.Items![index].Name;
        parent.Items[index] = replacement;
        result = document;
    }

    private static Node Interesting(Random random) => random.Next(8) switch
    {
        0 or 1 or 2 => new Node { Kind = Kind.String, Text = random.Pick(s_strings) },
        3 or 4 => new Node { Kind = Kind.Number, Text = random.Pick(s_numbers) },
        5 => new Node { Kind = random.OneIn(2) ? Kind.True : Kind.False },
        6 => new Node { Kind = Kind.Null },
        _ => new Node { Kind = random.OneIn(2) ? Kind.Object : Kind.Array, Items = [] },
    };

    /// <summary>Edits a text value near where it may matter: digits, separators and units of dates, times and durations.</summary>
    private static string MutateScalar(Random random, string text)
    {
        const string Alphabet = "0123456789-:.,TZ+ hmsPHD";
        if (text.Length == 0 || random.OneIn(5))
        {
            return random.Pick(s_strings);
        }

        int at = random.Next(text.Length);
        return random.Next(5) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            2 => text.Remove(at, 1).Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            3 => text + text[at..],
            _ => random.OneIn(2) ? " " + text : text + " ",
        };
    }

    /// <summary>A number near <paramref name="raw"/>: one more or less, ten times, negated, a fraction, or a boundary.</summary>
    private static string Neighbour(Random random, string raw)
    {
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) || random.OneIn(4))
        {
            return random.Pick(s_numbers);
        }

        try
        {
            decimal next = random.Next(6) switch
            {
                0 => value + 1,
                1 => value - 1,
                2 => value * 10,
                3 => -value,
                4 => value + 0.5m,
                _ => value / 3,
            };
            return next.ToString(CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return random.Pick(s_numbers);
        }
    }

    private void Harvest(Node node, HashSet<string> names)
    {
        _subtrees.Add(node);
        if (node.Name is not null)
        {
            names.Add(node.Name);
        }

        foreach (Node child in node.Items ?? [])
        {
            Harvest(child, names);
        }
    }

    private static void Collect(Node node, Node? parent, int index, List<(Node, Node?, int)> places)
    {
        places.Add((node, parent, index));
        if (node.Items is { } items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                Collect(items[i], node, i, places);
            }
        }
    }

    private static Node Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return From(document.RootElement);
    }

    private static Node From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new Node
        {
            Kind = Kind.Object,
            Items = element.EnumerateObject().Select(p =>
            {
                Node value = From(p.Value);
                value.Name = p.Name;
                return value;
            }).ToList(),
        },
        JsonValueKind.Array => new Node { Kind = Kind.Array, Items = element.EnumerateArray().Select(From).ToList() },
        JsonValueKind.String => new Node { Kind = Kind.String, Text = element.GetString() },
        JsonValueKind.Number => new Node { Kind = Kind.Number, Text = element.GetRawText() },
        JsonValueKind.True => new Node { Kind = Kind.True },
        JsonValueKind.False => new Node { Kind = Kind.False },
        _ => new Node { Kind = Kind.Null },
    };

    /// <summary>Writes the tree as JSON, indented or not; lone surrogates in texts come out raw or as escapes, at random.</summary>
    private static string Write(Node node, Random random)
    {
        var builder = new StringBuilder();
        bool indented = random.OneIn(2);
        Write(node, builder, random, indented, 0);
        return builder.ToString();
    }

    private static void Write(Node node, StringBuilder builder, Random random, bool indented, int depth)
    {
        switch (node.Kind)
        {
            case Kind.Object:
            case Kind.Array:
            {
                bool isObject = node.Kind == Kind.Object;
                builder.Append(isObject ? '{' : '[');
                for (int i = 0; i < node.Items!.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    if (indented)
                    {
                        builder.Append('\n').Append(' ', 2 * (depth + 1));
                    }

                    if (isObject)
                    {
                        WriteString(node.Items[i].Name ?? "x", builder, random);
                        builder.Append(indented ? ": " : ":");
                    }

                    Write(node.Items[i], builder, random, indented, depth + 1);
                }

                if (indented && node.Items.Count > 0)
                {
                    builder.Append('\n').Append(' ', 2 * depth);
                }

                builder.Append(isObject ? '}' : ']');
                break;
            }

            case Kind.String:
                WriteString(node.Text!, builder, random);
                break;
            case Kind.Number:
                builder.Append(node.Text);
                break;
            case Kind.True:
                builder.Append("true");
                break;
            case Kind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteString(string text, StringBuilder builder, Random random)
    {
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || (char.IsSurrogate(c) && !pair && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])) && random.OneIn(2)))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }

    private enum Kind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A JSON value; <see cref="Name"/> is its property name inside an object.</summary>
    private sealed class Node
    {
        public Kind Kind { get; set; }

        public string? Name { get; set; }

        public string? Text { get; set; }

        public List<Node>? Items { get; set; }

        public Node Clone() => new() { Kind = Kind, Name = Name, Text = Text, Items = Items?.Select(i => i.Clone()).ToList() };
    }
}
