using System.Text.RegularExpressions;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// The uptime and money path is exact: no <c>double</c>, <c>float</c>, <c>Math.Round</c> or floating-point <c>Duration</c>
/// totals in its source. A scan of the files, because a type check cannot see a local conversion.
/// </summary>
public sealed class NoFloatingPointTests
{
    // Besides src/SlaEngine/Uptime/ and its engine in Uptime/Evaluation/, the shared helper the money path uses, and the JSON
    // converters that write and read its results.
    private static readonly string[] s_files =
    {
        "src/SlaEngine/Internal/DecimalParts.cs",
        "src/SlaEngine/Serialization/ResultJson.cs",
        "src/SlaEngine/Serialization/CreditResultJsonConverter.cs",
        "src/SlaEngine/Serialization/UptimeReportJsonConverter.cs",
        "src/SlaEngine/Serialization/DowntimePeriodJsonConverter.cs",
    };

    private static readonly Regex s_forbidden = new(
        @"\b(double|float|Single|Double|Math\.Round|MathF|TotalMinutes|TotalHours|TotalDays|TotalSeconds|TotalMilliseconds|TotalNanoseconds)\b",
        RegexOptions.CultureInvariant);

    [Fact]
    public void UptimeSources_UseNoFloatingPoint()
    {
        string root = RepositoryPaths.Root;
        IEnumerable<string> sources = Directory.GetFiles(Path.Combine(root, "src", "SlaEngine", "Uptime"), "*.cs", SearchOption.AllDirectories)
            .Concat(s_files.Select(f => Path.Combine(root, f)));
        var hits = new List<string>();
        int scanned = 0;
        foreach (string file in sources)
        {
            scanned++;
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = lines[i].TrimStart();
                if (code.StartsWith("///", StringComparison.Ordinal) || code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (s_forbidden.IsMatch(code))
                {
                    hits.Add($"{Path.GetFileName(file)}:{i + 1}: {code}");
                }
            }
        }

        Assert.True(scanned >= 25, $"expected the uptime sources, scanned {scanned} files");
        Assert.Empty(hits);
    }

    [Fact]
    public void Scan_FindsFloatingPoint_WhenPresent()
    {
        // The scan itself can fail: these lines would be reported.
        Assert.Matches(s_forbidden, "decimal x = (decimal)(double)y;");
        Assert.Matches(s_forbidden, "long m = (long)window.TotalMinutes;");
        Assert.Matches(s_forbidden, "return Math.Round(amount, 2);");
        Assert.DoesNotMatch(s_forbidden, "long m = window.BclCompatibleTicks / TicksPerMinute;");
    }
}
