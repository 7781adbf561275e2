using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>Reads per-minute request counts from CSV: a header <c>minute,valid,errors</c>, then one row per minute.</summary>
/// <remarks>
/// <para>
/// The minute is ISO-8601 UTC to the second, on a whole minute (<c>2026-10-01T00:00:00Z</c>); valid and errors are whole
/// numbers from 0 to <see cref="int.MaxValue"/>, errors at most valid; minutes strictly increase. Each row is the minute
/// [minute, minute + 1 minute). Empty lines are skipped; a minute with no row has no traffic, as for
/// <see cref="UptimePolicy.Evaluate(YearMonth, ReadOnlySpan{MinuteSample})"/>.
/// </para>
/// <para>
/// Any other line is rejected with an <see cref="InvalidDataException"/> whose message names the source and the line number:
/// <c>uptime.csv line 3: minutes must strictly increase, was 2026-10-01T00:00:00Z after 2026-10-01T00:00:00Z.</c>
/// The class is stateless and safe to use from several threads.
/// </para>
/// </remarks>
public static class MinuteCsv
{
    /// <summary>The header line the text must start with: <c>minute,valid,errors</c>.</summary>
    public const string Header = "minute,valid,errors";

    /// <summary>Gets the pattern of the <c>minute</c> column: <c>uuuu-MM-ddTHH:mm:ssZ</c> in UTC, such as <c>2026-10-01T00:00:00Z</c>.</summary>
    public static InstantPattern MinutePattern { get; } = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    /// <summary>Reads the samples of a CSV file.</summary>
    /// <param name="path">The file to read, UTF-8 (a byte-order mark is allowed).</param>
    /// <returns>The samples in file order, which is strictly increasing minute order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or the file is empty; the message names the file and the line.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    public static MinuteSample[] Read(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the samples of CSV text.</summary>
    /// <param name="reader">The text, read to its end; the caller keeps ownership and disposes it.</param>
    /// <param name="source">The name of the text in messages, such as its path.</param>
    /// <returns>The samples in order, which is strictly increasing minute order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or the text is empty; the message names the source and the line.</exception>
    public static MinuteSample[] Read(TextReader reader, string source)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(source, nameof(source));
        var samples = new List<MinuteSample>(44_640);
        int lineNumber = 0;
        bool sawHeader = false;
        Instant? previous = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (!sawHeader)
            {
                if (!string.Equals(line.Trim(), Header, StringComparison.Ordinal))
                {
                    throw Malformed(source, lineNumber, "the header must be \"{0}\", was \"{1}\"", Header, line);
                }

                sawHeader = true;
                continue;
            }

            string[] fields = line.Split(',');
            if (fields.Length != 3)
            {
                throw Malformed(source, lineNumber, "a row must have 3 fields (minute,valid,errors), had {0}: \"{1}\"", fields.Length, line);
            }

            string minuteText = fields[0].Trim();
            // NodaTime's parser stops at a NUL, so "…Z\0" would read as a minute: refuse it first.
            ParseResult<Instant> parsed = MinutePattern.Parse(minuteText.IndexOf('\0') < 0 ? minuteText : string.Empty);
            if (!parsed.Success)
            {
                throw Malformed(source, lineNumber, "the minute must be an ISO-8601 UTC time such as 2026-10-01T00:00:00Z, was \"{0}\"", fields[0]);
            }

            Instant minute = parsed.Value;
            if (minute.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0)
            {
                throw Malformed(source, lineNumber, "the minute must be a whole minute, was {0}", minuteText);
            }

            if (previous is { } before && minute <= before)
            {
                throw Malformed(source, lineNumber, "minutes must strictly increase, was {0} after {1}", minuteText, MinutePattern.Format(before));
            }

            int valid = ParseCount(source, lineNumber, "valid", fields[1]);
            int errors = ParseCount(source, lineNumber, "errors", fields[2]);
            if (errors > valid)
            {
                throw Malformed(source, lineNumber, "errors must not exceed valid requests, was {0} errors of {1}", errors, valid);
            }

            samples.Add(new MinuteSample(minute, valid, errors));
            previous = minute;
        }

        if (!sawHeader)
        {
            throw new InvalidDataException(Preconditions.Format("{0} is empty; it must start with the header \"{1}\".", source, Header));
        }

        return samples.ToArray();
    }

    private static int ParseCount(string source, int lineNumber, string name, string field)
    {
        // Digits only: int.TryParse alone would accept trailing NUL characters ("7\0" as 7).
        string digits = field.Trim();
        if (digits.Length == 0 || !IsAsciiDigits(digits) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw Malformed(source, lineNumber, "{0} must be a whole number of requests from 0 to {1}, was \"{2}\"", name, int.MaxValue, field);
        }

        return count;
    }

    private static bool IsAsciiDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidDataException Malformed(string source, int lineNumber, string rule, params object[] args)
        => new(Preconditions.Format("{0} line {1}: ", source, lineNumber) + Preconditions.Format(rule, args) + ".");
}
