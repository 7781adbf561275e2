using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// The fuzz suite of the minute CSV reader: <see cref="Inputs"/> mutations of valid files (rows and fields replaced by
/// near-miss values, lines dropped, repeated and swapped, characters damaged), each read by <see cref="MinuteCsv.Read(TextReader, string)"/>.
/// Every input either reads, and then each sample agrees with a plain reading of its line (digits only, whole minutes in
/// increasing order, errors at most valid), or fails with an <see cref="InvalidDataException"/> that names the source and a line.
/// </summary>
public sealed partial class MinuteCsvTests
{
    /// <summary>Inputs per run.</summary>
    public const int Inputs = 10_000;

    private static readonly Regex s_row = new(@"^\s*(-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00Z)\s*,\s*([0-9]+)\s*,\s*([0-9]+)\s*$", RegexOptions.CultureInvariant);

    private static readonly string[] s_fields =
    [
        "", " ", "0", "1", "-1", "+5", "007", "2147483647", "2147483648", "99999999999999999999", "7\0", "\0", "1e3", "0x10", "1.0", "1,0",
        "\u0661\u0660", "\uFF11", " 5 ", "\t5", "5\u00a0", "2026-10-01T00:00:00Z", "2026-10-01T00:00:30Z", "2026-10-01T00:00:00+00:00",
        "2026-10-01 00:00:00Z", "2026-02-29T00:00:00Z", "9999-12-31T23:59:00Z", "-9998-01-01T00:00:00Z", "2026-10-01T24:00:00Z",
        "\uD800", "\"5\"", "five",
    ];

    [Fact]
    public void Fuzz_Read_ReadsOrNamesTheLine()
    {
        string[] seeds = [Month(0, 40), Month(3, 25).Replace("\n", "\r\n", StringComparison.Ordinal), "minute,valid,errors\n\n2026-10-01T00:00:00Z, 20 ,3\n\n", MinuteCsv.Header + "\n"];
        int count = Fuzzing.Run("MinuteCsv", Inputs, random => Mutate(random, random.Pick(seeds)), Check, seeds.Append("minute,valid,errors\n2026-10-01T00:00:00Z,100,7\0\n").Append("minute,valid,errors\n2026-10-01T00:16:00Z\0,12,3\n"));
        Assert.True(count >= Inputs);
    }

    private static string? Check(string text)
    {
        MinuteSample[] samples;
        try
        {
            samples = MinuteCsv.Read(new StringReader(text), "fuzz.csv");
        }
        catch (InvalidDataException e)
        {
            return Regex.IsMatch(e.Message, @"^fuzz\.csv (line [0-9]+: .+|is empty; .+)\.$", RegexOptions.Singleline) ? null : "a message that names no line: " + e.Message;
        }

        // Lines as TextReader.ReadLine splits them: at "\r\n", "\r" or "\n".
        string[] lines = Regex.Split(text, "\r\n|\r|\n").Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0 || samples.Length != lines.Length - 1)
        {
            return $"{samples.Length} samples from {lines.Length} non-empty lines";
        }

        for (int i = 0; i < samples.Length; i++)
        {
            Match match = s_row.Match(lines[i + 1]);
            if (!match.Success)
            {
                return $"line {i + 2} read, but it is not a row of digits: {Fuzzing.Show(lines[i + 1])}";
            }

            Instant minute = MinuteCsv.MinutePattern.Parse(match.Groups[1].Value).Value;
            if (samples[i] != new MinuteSample(minute, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture))
                || samples[i].ErrorRequests > samples[i].ValidRequests
                || (i > 0 && samples[i].Minute <= samples[i - 1].Minute))
            {
                return $"sample {i} is {samples[i]}, its line says {lines[i + 1]}";
            }
        }

        return null;
    }

    private static string Month(int startMinute, int rows)
        => MinuteCsv.Header + "\n" + string.Concat(Enumerable.Range(startMinute, rows).Select(m =>
            MinuteCsv.MinutePattern.Format(Instant.FromUtc(2026, 10, 1, 0, 0) + Duration.FromMinutes(m)) + "," + (m * 7 % 50) + "," + (m * 3 % 5) + "\n"));

    private static string Mutate(Random random, string text)
    {
        int changes = 1 + random.Next(3);
        for (int c = 0; c < changes; c++)
        {
            List<string> lines = [.. text.Split('\n')];
            int at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                {
                    // Replace one field of a row.
                    string[] fields = lines[at].Split(',');
                    fields[random.Next(fields.Length)] = random.Pick(s_fields);
                    lines[at] = string.Join(",", fields);
                    break;
                }

                case 1:
                case 2:
                case 3:
                    Fuzzing.MutateLines(random, lines, at);
                    break;

                case 4:
                    lines[at] += random.OneIn(2) ? "," + random.Pick(s_fields) : string.Empty;
                    lines[at] = random.OneIn(2) ? lines[at].ToUpperInvariant() : lines[at];
                    break;
                default:
                    text = Fuzzing.MutateText(random, string.Join("\n", lines));
                    continue;
            }

            text = string.Join("\n", lines);
        }

        return text;
    }
}
