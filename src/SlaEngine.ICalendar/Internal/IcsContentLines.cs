using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SlaEngine.ICalendar.Internal;

/// <summary>
/// Rewrites iCalendar text, before Ical.Net parses it, where Ical.Net's own parse would be slow or random, without
/// changing what the text means.
/// </summary>
/// <remarks>
/// <para>
/// <b>Long RDATE and EXDATE lists.</b> Ical.Net 5.2.4 checks every value of one RDATE or EXDATE property against all
/// the values before it (<c>PeriodList.Add</c> calls <c>List.Contains</c>), so a property of n values costs n²/2
/// comparisons: 10,000 dates took 2 s and 20,000 took 7 s. A property with more than
/// <see cref="MaxValuesPerLine"/> values is split into several properties with the same name and parameters, each
/// starting with the first value again, so that Ical.Net checks each value's kind and time zone against the same first
/// value as before; the repeated value is one date, which Ical.Net counts once (it takes the distinct periods of all
/// the properties).
/// </para>
/// <para>
/// <b>Events without a UID.</b> Ical.Net gives a VEVENT without a UID (or with an empty one) a random one, which would
/// make the closures of the same text differ from one read to the next. Such an event gets a placeholder UID instead:
/// <see cref="Prepared.MissingUidPrefix"/> followed by a number, unique in the text, that the reader reports as no UID.
/// </para>
/// <para>
/// Content lines are unfolded exactly as Ical.Net unfolds them (empty lines are skipped; a line starting with a space or
/// tab continues the one before), so the rewritten text, one unfolded line each, reads as the original does. Text
/// that needs neither change is returned as it is.
/// </para>
/// </remarks>
internal static class IcsContentLines
{
    /// <summary>The most values one RDATE or EXDATE property keeps; longer lists are split.</summary>
    public const int MaxValuesPerLine = 64;

    private const string UidPrefixBase = "slaengine-no-uid-";

    /// <summary>Prepares <paramref name="text"/> for Ical.Net.</summary>
    /// <param name="text">The iCalendar text.</param>
    /// <returns>The text to parse and the prefix of placeholder UIDs.</returns>
    public static Prepared Prepare(string text)
    {
        List<string> lines = Unfold(text);
        string prefix = UniquePrefix(lines);
        var output = new List<string>(lines.Count + 16);
        var components = new Stack<Component>();
        int placeholders = 0;
        bool changed = false;
        foreach (string line in lines)
        {
            int nameEnd = NameEnd(line);
            int colon = nameEnd > 0 ? ValueSeparator(line, nameEnd) : -1;
            if (colon < 0)
            {
                output.Add(line);
                continue;
            }

            string name = line.Substring(0, nameEnd);
            string value = line.Substring(colon + 1);
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                components.Push(new Component(value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase)));
            }
            else if (name.Equals("END", StringComparison.OrdinalIgnoreCase) && components.Count > 0)
            {
                Component component = components.Pop();
                if (component.IsEvent && !component.HasUid)
                {
                    output.Add("UID:" + prefix + placeholders.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    placeholders++;
                    changed = true;
                }
            }
            else if (name.Equals("UID", StringComparison.OrdinalIgnoreCase) && components.Count > 0 && components.Peek().IsEvent)
            {
                if (value.Length == 0)
                {
                    // Ical.Net would replace an empty UID with a random one; the placeholder takes its place at END.
                    changed = true;
                    continue;
                }

                components.Peek().HasUid = true;
            }
            else if ((name.Equals("RDATE", StringComparison.OrdinalIgnoreCase) || name.Equals("EXDATE", StringComparison.OrdinalIgnoreCase))
                && line.IndexOf("ENCODING", nameEnd, colon - nameEnd, StringComparison.OrdinalIgnoreCase) < 0
                && Split(line, colon, output))
            {
                changed = true;
                continue;
            }

            output.Add(line);
        }

        if (!changed)
        {
            return new Prepared(text, prefix);
        }

        var builder = new StringBuilder(text.Length + (placeholders * (prefix.Length + 8)) + 16);
        foreach (string line in output)
        {
            builder.Append(line).Append("\r\n");
        }

        return new Prepared(builder.ToString(), prefix);
    }

    /// <summary>The content lines of <paramref name="text"/>, unfolded as Ical.Net's <c>SimpleDeserializer</c> unfolds them.</summary>
    private static List<string> Unfold(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is string line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == ' ' || line[0] == '\t')
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
            }

            current.Clear().Append(line);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    /// <summary>The end of the property name at the start of <paramref name="line"/> (letters, digits, '-' and '_'); 0 when there is none.</summary>
    private static int NameEnd(string line)
    {
        int i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '-' || line[i] == '_'))
        {
            i++;
        }

        return i < line.Length && (line[i] == ':' || line[i] == ';') ? i : 0;
    }

    /// <summary>The index of the ':' that ends the parameters (the first one outside double quotes); -1 when there is none.</summary>
    private static int ValueSeparator(string line, int nameEnd)
    {
        bool quoted = false;
        for (int i = nameEnd; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds the line split into properties of at most <see cref="MaxValuesPerLine"/> values; false (adding nothing) when it is short enough.</summary>
    private static bool Split(string line, int colon, List<string> output)
    {
        string[] values = line.Substring(colon + 1).Split(',');
        if (values.Length <= MaxValuesPerLine)
        {
            return false;
        }

        string head = line.Substring(0, colon + 1) + values[0];
        var builder = new StringBuilder();
        for (int i = 1; i < values.Length; i += MaxValuesPerLine - 1)
        {
            builder.Clear().Append(head);
            for (int j = i; j < Math.Min(values.Length, i + MaxValuesPerLine - 1); j++)
            {
                builder.Append(',').Append(values[j]);
            }

            output.Add(builder.ToString());
        }

        return true;
    }

    /// <summary>A placeholder-UID prefix that no line contains, so no UID of the text can start with it.</summary>
    /// <remarks>
    /// Ical.Net unescapes TEXT values (<c>\,</c>, <c>\;</c>, <c>\\</c>, <c>\n</c>), which cannot make the prefix's letters,
    /// digits and hyphens appear where the line does not already hold them.
    /// </remarks>
    private static string UniquePrefix(List<string> lines)
    {
        int longest = -1;
        foreach (string line in lines)
        {
            int at = line.IndexOf(UidPrefixBase, StringComparison.Ordinal);
            while (at >= 0)
            {
                int run = 0;
                while (at + UidPrefixBase.Length + run < line.Length && line[at + UidPrefixBase.Length + run] == 'x')
                {
                    run++;
                }

                longest = Math.Max(longest, run);
                at = line.IndexOf(UidPrefixBase, at + 1, StringComparison.Ordinal);
            }
        }

        return UidPrefixBase + new string('x', longest + 1);
    }

    /// <summary>The text to parse, and the prefix of the placeholder UIDs it may contain.</summary>
    /// <param name="Text">The text.</param>
    /// <param name="MissingUidPrefix">The prefix; a UID starting with it is a placeholder.</param>
    internal readonly record struct Prepared(string Text, string MissingUidPrefix);

    private sealed class Component
    {
        public Component(bool isEvent)
        {
            IsEvent = isEvent;
        }

        public bool IsEvent { get; }

        public bool HasUid { get; set; }
    }
}
