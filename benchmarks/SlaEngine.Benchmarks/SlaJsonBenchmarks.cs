using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Serialization;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="SlaJson"/> on the documents an outside review found quadratic to read (issue 14): 40,000 override dates (1.2 MB),
/// and 20,000 schedule changes read and then asked for business time over the whole supported range (1900–2199). Each must cost in
/// proportion to its size. The baseline parses the same text with <see cref="JsonDocument"/> and nothing else, the floor of any
/// reader. Only APIs that existed before the fix are used, so the class measures the code before and after it.
/// </summary>
[MemoryDiagnoser]
public class SlaJsonBenchmarks
{
    private string _overrides = string.Empty;
    private string _scheduleChanges = string.Empty;

    /// <summary>The document read.</summary>
    [Params("overrides-40k", "schedule-changes-20k")]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var first = new LocalDate(1950, 1, 1);
        var overrides = new StringBuilder("{");
        for (int d = 0; d < 40_000; d++)
        {
            overrides.Append(d == 0 ? string.Empty : ",").Append('"').Append(first.PlusDays(d).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append("\":[]");
        }

        _overrides = overrides.Append('}').ToString();

        var changes = new StringBuilder("{\"zone\":\"UTC\",\"schedule\":{},\"scheduleChanges\":[");
        for (int d = 0; d < 20_000; d++)
        {
            changes.Append(d == 0 ? string.Empty : ",")
                .Append("{\"from\":\"").Append(new LocalDate(2000, 1, 1).PlusDays(d).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                .Append("\",\"schedule\":{\"monday\":[\"00:00-0").Append(1 + (d % 8)).Append(":00\"]}}");
        }

        _scheduleChanges = changes.Append("]}").ToString();
    }

    /// <summary>Reads the document: for the overrides, their count; for the schedule changes, the business time over the whole range.</summary>
    [Benchmark]
    public long Read()
    {
        if (Document == "overrides-40k")
        {
            return SlaJson.ReadDateOverrides(_overrides).Count;
        }

        BusinessCalendar calendar = SlaJson.ReadBusinessCalendar(_scheduleChanges);
        return calendar.BusinessTimeBetween(calendar.SupportedInterval.Start, calendar.SupportedInterval.End - Duration.Epsilon).BclCompatibleTicks;
    }

    /// <summary>Parses the same text into a <see cref="JsonDocument"/> and counts its top-level properties.</summary>
    [Benchmark(Baseline = true)]
    public long ParseOnly()
    {
        using JsonDocument document = JsonDocument.Parse(Document == "overrides-40k" ? _overrides : _scheduleChanges);
        return document.RootElement.EnumerateObject().Count();
    }
}
