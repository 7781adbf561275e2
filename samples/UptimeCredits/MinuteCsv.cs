using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Uptime;

namespace UptimeCredits;

/// <summary>Reads per-minute request counts from CSV: a header <c>minute,valid,errors</c>, then one row per minute.</summary>
/// <remarks>
/// The minute is ISO-8601 UTC to the second, on a whole minute (<c>2026-10-01T00:00:00Z</c>); valid and errors are whole
/// numbers, errors at most valid; minutes strictly increase. Empty lines are skipped; a minute with no row has no traffic.
/// Any other line is rejected with an <see cref="InvalidDataException"/> that names the file and the line number.
/// </remarks>
public static class MinuteCsv
{
    /// <summary>The header line the file must start with.</summary>
    public const string Header = "minute,valid,errors";

    /// <summary>Reads the samples of a CSV file.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The samples in file order.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the line.</exception>
    public static MinuteSample[] Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the samples of CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name of the text in messages, such as its path.</param>
    /// <returns>The samples in order.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the line.</exception>
    public static MinuteSample[] Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
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
                    throw Malformed(source, lineNumber, $"the header must be \"{Header}\", was \"{line}\"");
                }

                sawHeader = true;
                continue;
            }

            string[] fields = line.Split(',');
            if (fields.Length != 3)
            {
                throw Malformed(source, lineNumber, $"a row must have 3 fields (minute,valid,errors), had {fields.Length}: \"{line}\"");
            }

            ParseResult<Instant> parsed = SampleMonth.MinutePattern.Parse(fields[0].Trim());
            if (!parsed.Success)
            {
                throw Malformed(source, lineNumber, $"the minute must be an ISO-8601 UTC time such as 2026-10-01T00:00:00Z, was \"{fields[0]}\"");
            }

            Instant minute = parsed.Value;
            if (minute.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0)
            {
                throw Malformed(source, lineNumber, $"the minute must be a whole minute, was {fields[0].Trim()}");
            }

            if (previous is { } before && minute <= before)
            {
                throw Malformed(source, lineNumber, $"minutes must strictly increase, was {fields[0].Trim()} after {SampleMonth.MinutePattern.Format(before)}");
            }

            int valid = ParseCount(source, lineNumber, "valid", fields[1]);
            int errors = ParseCount(source, lineNumber, "errors", fields[2]);
            if (errors > valid)
            {
                throw Malformed(source, lineNumber, $"errors must not exceed valid requests, was {errors} errors of {valid}");
            }

            samples.Add(new MinuteSample(minute, valid, errors));
            previous = minute;
        }

        if (!sawHeader)
        {
            throw new InvalidDataException($"{source} is empty; it must start with the header \"{Header}\".");
        }

        return samples.ToArray();
    }

    private static int ParseCount(string source, int lineNumber, string name, string field)
    {
        if (!int.TryParse(field.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw Malformed(source, lineNumber, $"{name} must be a whole number of requests from 0 to {int.MaxValue}, was \"{field}\"");
        }

        return count;
    }

    private static InvalidDataException Malformed(string source, int lineNumber, FormattableString rule) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source} line {lineNumber}: {rule.ToString(CultureInfo.InvariantCulture)}."));
}
