using System;
using System.Collections.Generic;

namespace SlaEngine.Internal;

/// <summary>
/// Finds the names a misspelled name most plausibly meant, for the tail of a configuration message:
/// <c>Expected a time zone id, was "Europe/Londn"; the nearest is "Europe/London".</c>
/// </summary>
/// <remarks>
/// <para>
/// Names are compared case-insensitively (invariant culture) with the separators space, <c>_</c>, <c>-</c> and <c>/</c>
/// removed, so <c>america/new_york</c>, <c>America/NewYork</c> and <c>America/New_York</c> are the same name, as are
/// <c>first_response</c> and <c>firstResponse</c>. A candidate is plausible when its name, so compared, is
/// </para>
/// <list type="bullet">
/// <item>the same as the input's (distance 0);</item>
/// <item>starts with the input or is the start of it, the shorter at least three characters and a third of the longer
/// (<c>Thanksgiving</c> for <c>Thanksgiving Day</c>, <c>tue</c> for <c>Tuesday</c>), or contains it or is contained in
/// it, the shorter at least four characters and half the longer (<c>Berlin</c> for <c>Europe/Berlin</c>); the distance
/// is the difference in length;</item>
/// <item>or within an optimal-string-alignment distance (insertions, deletions, substitutions and transpositions of
/// two neighbours, each one edit) of a third of the shorter length, at least one: <c>hgh</c> for <c>High</c>,
/// <c>Caturday</c> for <c>Saturday</c>.</item>
/// </list>
/// <para>
/// Only the nearest plausible candidates are returned: those at the smallest distance, in the candidates' order (so an
/// exact match hides every other, and <c>Europe/Lond</c> gets <c>Europe/London</c>, two away, without
/// <c>Europe/Rome</c>, three away). Each call allocates a few buffers sized to the input and the longest name, none per
/// candidate: about a thousand bytes. Thread-safe.
/// </para>
/// </remarks>
internal static class NearestNames
{
    /// <summary>
    /// Returns up to <paramref name="max"/> candidates the input plausibly meant, all equally near, in the candidates'
    /// order; empty when none is plausible.
    /// </summary>
    /// <param name="input">The name that was not found.</param>
    /// <param name="candidates">The names that exist, in the order that breaks ties. Null entries are skipped.</param>
    /// <param name="max">The most names to return; at least 1. The default value is 3.</param>
    /// <returns>A new list of distinct candidates, or an empty list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public static IReadOnlyList<string> Find(string input, IReadOnlyList<string> candidates, int max = 3)
    {
        Preconditions.CheckNotNull(input, nameof(input));
        Preconditions.CheckNotNull(candidates, nameof(candidates));
        Preconditions.CheckRange(max, 1, int.MaxValue, nameof(max), "The number of names");
        var key = new char[input.Length];
        int keyLength = Normalize(input, key);
        if (keyLength == 0 || candidates.Count == 0)
        {
            return Array.Empty<string>();
        }

        var buffers = new Buffers(key, keyLength);
        int slots = Math.Min(max, candidates.Count);
        var nearest = new int[slots];   // the indices of the candidates at distance best, in order
        int count = 0;
        int best = int.MaxValue;
        for (int i = 0; i < candidates.Count; i++)
        {
            // Once max names are at the best distance, only a nearer one changes the answer.
            int bound = count == slots ? best - 1 : best;
            if (bound < 0)
            {
                break;
            }

            string? candidate = candidates[i];
            if (candidate is null)
            {
                continue;
            }

            char[] name = buffers.Name(candidate.Length);
            int nameLength = Normalize(candidate, name);
            int distance = Distance(key, keyLength, name, nameLength, bound, buffers);
            if (distance < 0 || (distance == best && Contains(candidates, nearest, count, candidate)))
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                count = 0;
            }

            nearest[count++] = i;
        }

        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = candidates[nearest[i]];
        }

        return names;
    }

    /// <summary>
    /// Returns the tail to append to an "Expected …, was "x"" message before its full stop: empty when no candidate is
    /// plausible, <c>; the nearest is "Thanksgiving Day"</c> for one, <c>; the nearest are "A" or "B"</c> (or
    /// <c>"A", "B" or "C"</c>) for more; names are quoted as JSON would.
    /// </summary>
    /// <param name="input">The name that was not found.</param>
    /// <param name="candidates">The names that exist, in the order that breaks ties.</param>
    /// <returns>The tail, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="candidates"/> is null.</exception>
    public static string Suffix(string input, IReadOnlyList<string> candidates)
    {
        IReadOnlyList<string> names = Find(input, candidates);
        if (names.Count == 0)
        {
            return string.Empty;
        }

        if (names.Count == 1)
        {
            return "; the nearest is " + Quote(names[0]);
        }

        string text = "; the nearest are " + Quote(names[0]);
        for (int i = 1; i < names.Count - 1; i++)
        {
            text += ", " + Quote(names[i]);
        }

        return text + " or " + Quote(names[names.Count - 1]);
    }

    /// <summary>Quotes text as JSON would, for messages: the same as <c>ConfigReader.Quote</c>.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Whether a candidate equal to <paramref name="candidate"/> is already kept: a list may repeat a name.</summary>
    private static bool Contains(IReadOnlyList<string> candidates, int[] kept, int count, string candidate)
    {
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(candidates[kept[i]], candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the name lower-cased (invariant) without separators into <paramref name="into"/>; returns its length.</summary>
    private static int Normalize(string name, char[] into)
    {
        int length = 0;
        foreach (char c in name)
        {
            if (c >= 'a' && c <= 'z')
            {
                into[length++] = c;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                into[length++] = (char)(c + ('a' - 'A'));
            }
            else if (c != ' ' && c != '_' && c != '-' && c != '/')
            {
                into[length++] = c < 0x80 ? c : char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>
    /// The distance between two normalized names, or -1 when the candidate is not plausible (see the remarks) or
    /// farther than <paramref name="bound"/>.
    /// </summary>
    private static int Distance(char[] a, int n, char[] b, int m, int bound, Buffers buffers)
    {
        int shorter = Math.Min(n, m);
        int longer = Math.Max(n, m);
        if (m == 0 || longer - shorter > bound)
        {
            return -1;      // every distance here is at least the difference in length
        }

        if (n == m && Equal(a, 0, b, 0, n))
        {
            return 0;
        }

        char[] small = n <= m ? a : b;
        char[] large = n <= m ? b : a;
        if (shorter >= 3 && 3 * shorter >= longer && Equal(small, 0, large, 0, shorter))
        {
            return longer - shorter;
        }

        if (shorter >= 4 && 2 * shorter >= longer)
        {
            for (int start = 1; start + shorter <= longer; start++)
            {
                if (Equal(small, 0, large, start, shorter))
                {
                    return longer - shorter;
                }
            }
        }

        int limit = Math.Min(Math.Max(1, shorter / 3), bound);
        if (longer - shorter > limit || BagDistance(b, m, n, buffers.KeyCounts) > limit)
        {
            return -1;
        }

        int distance = Alignment(a, n, b, m, limit, buffers);
        return distance <= limit ? distance : -1;
    }

    /// <summary>
    /// A lower bound of the alignment distance, cheap to compute: how many characters of the longer name find no
    /// partner in the other, counting characters by their low six bits (a collision only lowers the bound).
    /// </summary>
    /// <param name="b">The candidate's normalized name.</param>
    /// <param name="m">Its length.</param>
    /// <param name="n">The input's normalized length.</param>
    /// <param name="keyCounts">The input's character counts, left as they were on return.</param>
    private static int BagDistance(char[] b, int m, int n, int[] keyCounts)
    {
        int matched = 0;
        for (int j = 0; j < m; j++)
        {
            if (keyCounts[b[j] & 63]-- > 0)
            {
                matched++;
            }
        }

        for (int j = 0; j < m; j++)
        {
            keyCounts[b[j] & 63]++;
        }

        return Math.Max(n, m) - matched;
    }

    private static bool Equal(char[] a, int aStart, char[] b, int bStart, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (a[aStart + i] != b[bStart + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The optimal-string-alignment distance of <paramref name="a"/> and <paramref name="b"/> when at most
    /// <paramref name="limit"/>, else a larger number: only the band of cells within <paramref name="limit"/> of the
    /// diagonal is computed, and the rows stop as soon as one has no cell within the limit.
    /// </summary>
    /// <remarks>The caller has checked that the lengths differ by at most <paramref name="limit"/>.</remarks>
    private static int Alignment(char[] a, int n, char[] b, int m, int limit, Buffers buffers)
    {
        int far = limit + 1;
        int[] before = buffers.Row(0, m);    // row i - 2
        int[] previous = buffers.Row(1, m);  // row i - 1
        int[] current = buffers.Row(2, m);   // row i
        for (int j = 0; j <= m; j++)
        {
            previous[j] = Math.Min(j, far);
        }

        for (int i = 1; i <= n; i++)
        {
            int low = Math.Max(1, i - limit);
            int high = Math.Min(m, i + limit);
            current[low - 1] = low == 1 ? Math.Min(i, far) : far;
            int rowMin = current[low - 1];
            for (int j = low; j <= high; j++)
            {
                char ai = a[i - 1];
                char bj = b[j - 1];
                int value = previous[j - 1] + (ai == bj ? 0 : 1);
                value = Math.Min(value, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj && ai != bj)
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                value = Math.Min(value, far);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (high < m)
            {
                current[high + 1] = far;    // the next row reads one cell past this row's band
            }

            if (rowMin > limit)
            {
                return far;
            }

            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return previous[m];
    }

    /// <summary>The scratch arrays of one call, grown to the longest name seen.</summary>
    private sealed class Buffers
    {
        private readonly int[][] _rows = new int[3][];
        private char[] _name;

        /// <summary>How many characters of the input's normalized name fall in each of 64 buckets (by their low six bits).</summary>
        public int[] KeyCounts { get; } = new int[64];

        /// <summary>Creates buffers for names of about the input's length, and counts the input's characters.</summary>
        public Buffers(char[] key, int length)
        {
            for (int i = 0; i < length; i++)
            {
                KeyCounts[key[i] & 63]++;
            }

            _name = new char[Math.Max(length, 32)];
            for (int i = 0; i < _rows.Length; i++)
            {
                _rows[i] = new int[_name.Length + 1];
            }
        }

        /// <summary>A buffer for a name of <paramref name="length"/> characters.</summary>
        public char[] Name(int length)
        {
            if (_name.Length < length)
            {
                _name = new char[Math.Max(length, _name.Length * 2)];
            }

            return _name;
        }

        /// <summary>Row <paramref name="index"/> (0 to 2) with room for columns 0 to <paramref name="columns"/>.</summary>
        public int[] Row(int index, int columns)
        {
            if (_rows[index].Length <= columns)
            {
                _rows[index] = new int[Math.Max(columns + 1, _rows[index].Length * 2)];
            }

            return _rows[index];
        }
    }
}
