using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SlaEngine.Tests.TestSupport;

/// <summary>Reads the independent reference data in data/ (copied from ../shared/data; see data/README.md).</summary>
public static class ReferenceData
{
    private static readonly LocalDatePattern s_iso = LocalDatePattern.Iso;

    /// <summary>The folder the data files are copied to next to the test assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Reads a CSV file into rows of fields (RFC 4180 quoting; the header is skipped).</summary>
    public static IReadOnlyList<string[]> ReadCsv(string fileName)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Folder, fileName));
        return lines.Skip(1).Where(l => l.Length > 0).Select(ParseLine).ToArray();
    }

    /// <summary>Parses an ISO date (uuuu-MM-dd).</summary>
    public static LocalDate Date(string text) => s_iso.Parse(text).Value;

    /// <summary>Splits one CSV line, honouring double quotes.</summary>
    public static string[] ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }

    /// <summary>Formats a date as uuuu-MM-dd.</summary>
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
