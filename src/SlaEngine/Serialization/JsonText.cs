using System;
using System.Text;
using System.Text.Json;

namespace SlaEngine.Serialization;

/// <summary>
/// Keeps text that is not valid Unicode from escaping the readers as an exception other than <see cref="SlaConfigurationException"/>:
/// a lone UTF-16 surrogate, raw in the text or written as a <c>\uD800</c> escape, is a problem reported at its JSON path.
/// </summary>
/// <remarks>
/// System.Text.Json refuses a raw lone surrogate while transcoding (an <see cref="ArgumentException"/>) and an escaped one when the
/// string is read (an <see cref="InvalidOperationException"/>). So raw ones are first rewritten as escapes (inside a string that
/// keeps the document's structure; outside one the text is malformed JSON either way), and after parsing every string and property
/// name that may hold an escaped surrogate is decoded once, before any reader looks at the document.
/// </remarks>
internal static class JsonText
{
    private const string Expectation = "Expected text of valid Unicode characters, was a string with an unpaired surrogate";

    /// <summary>
    /// Returns <paramref name="json"/> with every unpaired surrogate written as a <c>\uXXXX</c> escape that stays unpaired; the
    /// text itself when it has none.
    /// </summary>
    /// <remarks>
    /// The escape must stay an unpaired surrogate, so that the document is refused at its path: a backslash left before it
    /// (an odd run, which would escape the escape) is dropped, and where the escape would pair with an escaped surrogate next to
    /// it (<c>\uD800</c> then <c>\uDC00</c>) a U+FFFD goes between them.
    /// </remarks>
    public static ReadOnlyMemory<char> EscapeLoneSurrogates(ReadOnlyMemory<char> json)
    {
        ReadOnlySpan<char> text = json.Span;
        int first = FirstLoneSurrogate(text, 0);
        if (first < 0)
        {
            return json;
        }

        var builder = new StringBuilder(text.Length + 16);
        int start = 0;
        for (int at = first; at >= 0; at = FirstLoneSurrogate(text, at + 1))
        {
            builder.Append(text.Slice(start, at - start).ToString());
            char c = text[at];
            bool high = char.IsHighSurrogate(c);
            if ((BackslashesBefore(text, at) & 1) == 1)
            {
                // The backslash before it escapes nothing valid; the escape written below takes its place.
                builder.Length--;
            }

            if (!high && EndsWithEscape(builder, '8', 'B'))
            {
                builder.Append('\uFFFD');
            }

            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            if (high && StartsWithEscape(text.Slice(at + 1), 'C', 'F'))
            {
                builder.Append('\uFFFD');
            }

            start = at + 1;
        }

        builder.Append(text.Slice(start).ToString());
        return builder.ToString().AsMemory();
    }

    /// <summary>Returns whether the text may hold an escaped surrogate (a <c>\u</c> followed by D8–DF), so that the check is needed.</summary>
    public static bool MayHoldEscapedSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOf('\\'); i >= 0 && i + 3 < text.Length; i++)
        {
            if (text[i] == '\\' && text[i + 1] == 'u' && (text[i + 2] == 'd' || text[i + 2] == 'D'))
            {
                char c = text[i + 3];
                if (c is >= '8' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reports every string value and property name under <paramref name="value"/> that does not decode to valid Unicode.</summary>
    public static void CheckStrings(ConfigReader reader, JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (!Decodes(value))
                {
                    reader.Error(path, Expectation + ".");
                }

                break;
            case JsonValueKind.Array:
            {
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    CheckStrings(reader, item, ConfigReader.Item(path, index++));
                }

                break;
            }

            case JsonValueKind.Object:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        // The name cannot be decoded, so the path shows it as the document wrote it.
                        string childPath = path + "['" + RawName(property) + "']";
                        reader.Error(childPath, Expectation + " in the property name.");
                        CheckStrings(reader, property.Value, childPath);
                        continue;
                    }

                    CheckStrings(reader, property.Value, ConfigReader.Child(path, name));
                }

                break;
        }
    }

    private static bool Decodes(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The property's name as written in the document, escapes and all (its raw text runs from the opening quote of the name).</summary>
    private static string RawName(JsonProperty property)
    {
        string raw = property.ToString();
        int end = 1;
        while (end < raw.Length && raw[end] != '"')
        {
            end += raw[end] == '\\' ? 2 : 1;
        }

        return raw.Substring(1, Math.Min(end, raw.Length) - 1);
    }

    private static int BackslashesBefore(ReadOnlySpan<char> text, int at)
    {
        int count = 0;
        while (at - count - 1 >= 0 && text[at - count - 1] == '\\')
        {
            count++;
        }

        return count;
    }

    /// <summary>Returns whether the text starts with an escape <c>\uD?XX</c> whose third hex digit is from <paramref name="low"/> to <paramref name="high"/>.</summary>
    private static bool StartsWithEscape(ReadOnlySpan<char> text, char low, char high)
        => text.Length >= 6 && text[0] == '\\' && text[1] == 'u' && (text[2] is 'd' or 'D') && IsHex(text[3]) && InRange(text[3], low, high) && IsHex(text[4]) && IsHex(text[5]);

    /// <summary>Returns whether the text written so far ends with an escape (its backslash not itself escaped) <c>\uD?XX</c> whose third hex digit is from <paramref name="low"/> to <paramref name="high"/>.</summary>
    private static bool EndsWithEscape(StringBuilder builder, char low, char high)
    {
        int n = builder.Length;
        if (n < 6 || builder[n - 6] != '\\' || builder[n - 5] != 'u' || builder[n - 4] is not ('d' or 'D') || !IsHex(builder[n - 3]) || !InRange(builder[n - 3], low, high) || !IsHex(builder[n - 2]) || !IsHex(builder[n - 1]))
        {
            return false;
        }

        int backslashes = 0;
        while (n - 7 - backslashes >= 0 && builder[n - 7 - backslashes] == '\\')
        {
            backslashes++;
        }

        return (backslashes & 1) == 0;
    }

    private static bool InRange(char c, char low, char high) => char.ToUpperInvariant(c) >= low && char.ToUpperInvariant(c) <= high;

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static int FirstLoneSurrogate(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
