using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;

namespace SlaEngine.Tests.TestSupport;

/// <summary>
/// Runs a reader over a fixed number of generated inputs, seeded, so every run sees the same inputs: the amount of work is
/// bounded by the input count and each input's size, never by a clock. A generous watchdog only catches hangs; it is not a
/// timing assertion (timing belongs in the benchmarks).
/// </summary>
/// <remarks>
/// <para>
/// <c>SLAENGINE_FUZZ_SCALE</c> (a positive integer, default 1) multiplies every input count, and <c>SLAENGINE_FUZZ_SEED</c>
/// (default 20261206) changes the inputs, for longer or different runs on a developer's machine; CI runs the defaults.
/// </para>
/// <para>
/// A failure lists the first inputs that broke the rule (an exception other than the documented one, or a round trip that
/// did not hold), each with its index, so that <c>Replay</c> of that index reproduces it.
/// </para>
/// </remarks>
public static class Fuzzing
{
    /// <summary>The seed of every run unless <c>SLAENGINE_FUZZ_SEED</c> says otherwise.</summary>
    public const int DefaultSeed = 20261206;

    /// <summary>How long one fuzz test may run before it is taken for a hang: far above the seconds a run takes.</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(90);

    private const int MaxReportedFailures = 5;

    /// <summary>Gets the multiplier of input counts.</summary>
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("SLAENGINE_FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;

    /// <summary>Gets the base seed.</summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("SLAENGINE_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seed) ? seed : DefaultSeed;

    /// <summary>
    /// Runs <paramref name="check"/> on <paramref name="count"/> × <see cref="Scale"/> inputs made by <paramref name="generate"/>
    /// (input i from a <see cref="Random"/> seeded with the seed, <paramref name="stream"/> and i), and then on each of
    /// <paramref name="fixedInputs"/> once. <paramref name="check"/> returns <see langword="null"/> when the input was handled as
    /// documented, or says what went wrong; an exception escaping it is a failure too.
    /// </summary>
    /// <returns>The number of inputs run.</returns>
    public static int Run(string stream, int count, Func<Random, string> generate, Func<string, string?> check, IEnumerable<string>? fixedInputs = null)
    {
        int total = count * Scale;
        string[] fixedList = fixedInputs?.ToArray() ?? [];
        var failures = new List<string>();
        int failed = 0;
        int current = -1;
        string? currentInput = null;
        int streamSeed = StableHash(stream);

        void Body()
        {
            for (int i = 0; i < total + fixedList.Length; i++)
            {
                string input = i < total ? generate(new Random(unchecked((Seed * 1_000_003) + (streamSeed * 7919) + (i * 104_729)))) : fixedList[i - total];
                Volatile.Write(ref currentInput, input);
                Volatile.Write(ref current, i);
                string? problem;
                try
                {
                    problem = check(input);
                }
                catch (Exception e)
                {
                    problem = "an undocumented " + e.GetType().FullName + ": " + e.Message + Environment.NewLine + e.StackTrace;
                }

                if (problem is not null)
                {
                    failed++;
                    if (failures.Count < MaxReportedFailures)
                    {
                        failures.Add($"input {(i < total ? "#" + i.ToString(CultureInfo.InvariantCulture) : "fixed #" + (i - total).ToString(CultureInfo.InvariantCulture))} ({input.Length} chars): {problem}{Environment.NewLine}    {Show(input)}");
                    }
                }
            }
        }

        var stopwatch = Stopwatch.StartNew();
        Task run = Task.Factory.StartNew(Body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!run.Wait(Watchdog))
        {
            Assert.Fail($"{stream}: no answer within {Watchdog.TotalSeconds} s (a hang) on input #{Volatile.Read(ref current)}: {Show(Volatile.Read(ref currentInput) ?? string.Empty)}");
        }

        run.GetAwaiter().GetResult();
        Assert.True(
            failed == 0,
            $"{stream}: {failed} of {total + fixedList.Length} inputs broke the reader's contract (seed {Seed}, scale {Scale}, {stopwatch.Elapsed.TotalSeconds:F1} s). First ones:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        return total + fixedList.Length;
    }

    /// <summary>Shows an input in a failure message: escaped, and cut in the middle when long.</summary>
    public static string Show(string input)
    {
        var builder = new StringBuilder();
        foreach (char c in input.Length > 4000 ? input[..2000] + "…" + input[^2000..] : input)
        {
            if (c is '\n')
            {
                builder.Append("\\n");
            }
            else if (c < ' ' || c is >= '\uD800' and <= '\uDFFF' || c == '\uFEFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Picks an element.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Returns true with probability 1 / <paramref name="n"/>.</summary>
    public static bool OneIn(this Random random, int n) => random.Next(n) == 0;

    /// <summary>Characters worth inserting into any text: structure, escapes, controls, surrogates, digits and separators.</summary>
    public static readonly string[] InterestingSnippets =
    [
        "\"", "\\", "{", "}", "[", "]", ",", ":", "-", "+", ".", "0", "9", "e", "E", " ", "\t", "\r\n", "\n", "\0", "\u0001", "\u001f",
        "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDFFF", "\uD83D\uDE80", "\\u0000", "\\uD800", "\\uDFFF", "\\ud83d\\ude80", "\\x", "\\",
        "null", "true", "1e999", "-0", "NaN", "Infinity", "/*", "*/", "//", "é", "日", "\u00a0", "\u2028",
    ];

    /// <summary>Applies one character-level change: insert a snippet or random character, delete, duplicate or replace a span, or cut the text.</summary>
    public static string MutateText(Random random, string text)
    {
        int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        int span = Math.Min(text.Length - Math.Min(at, text.Length), 1 + random.Next(random.OneIn(4) ? 64 : 8));
        switch (random.Next(7))
        {
            case 0:
                return text.Insert(at, random.Pick(InterestingSnippets));
            case 1:
                return text.Insert(at, ((char)random.Next(random.OneIn(3) ? 0x10000 : 0x80)).ToString());
            case 2:
                return span <= 0 ? text : text.Remove(at, span);
            case 3:
                return span <= 0 ? text : text.Insert(at, text.Substring(at, span));
            case 4:
                return at >= text.Length ? text : text.Remove(at, 1).Insert(at, unchecked((char)(text[at] + random.Next(-3, 4))).ToString());
            case 5:
                return text[..at];
            default:
            {
                // Swap two spans of the text.
                int other = random.Next(text.Length + 1);
                int length = Math.Min(span, Math.Min(text.Length - at, text.Length - other));
                if (length <= 0 || Math.Abs(other - at) < length)
                {
                    return text;
                }

                char[] chars = text.ToCharArray();
                for (int k = 0; k < length; k++)
                {
                    (chars[at + k], chars[other + k]) = (chars[other + k], chars[at + k]);
                }

                return new string(chars);
            }
        }
    }

    /// <summary>Drops, repeats (a copy of any line, inserted at <paramref name="at"/>) or swaps lines, one of the three at random.</summary>
    public static void MutateLines(Random random, List<string> lines, int at)
    {
        switch (random.Next(3))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            default:
            {
                int other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            }
        }
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }
}
