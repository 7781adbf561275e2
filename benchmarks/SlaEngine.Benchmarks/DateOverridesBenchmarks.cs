using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;

namespace SlaEngine.Benchmarks;

/// <summary>
/// Building <see cref="DateOverrides"/> with many dates (issue 14): the <see cref="DateOverrides.Builder"/> (one sort at the end)
/// against fluent calls (the baseline), each of which copies one chunk of at most 64 dates and the array of chunks (before the
/// fix, every date so far).
/// </summary>
[MemoryDiagnoser]
public class DateOverridesBenchmarks
{
    private LocalDate[] _dates = Array.Empty<LocalDate>();

    /// <summary>The number of closed dates.</summary>
    [Params(1_000, 10_000, 40_000)]
    public int Dates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var first = new LocalDate(1950, 1, 1);

        // Descending, so each fluent call inserts at the front: the worst case for copying.
        _dates = Enumerable.Range(0, Dates).Select(d => first.PlusDays(Dates - 1 - d)).ToArray();
    }

    [Benchmark]
    public int Builder()
    {
        DateOverrides.Builder builder = DateOverrides.CreateBuilder();
        foreach (LocalDate date in _dates)
        {
            builder.Closed(date);
        }

        return builder.ToOverrides().Count;
    }

    [Benchmark(Baseline = true)]
    public int FluentCalls()
    {
        DateOverrides overrides = DateOverrides.Empty;
        foreach (LocalDate date in _dates)
        {
            overrides = overrides.Closed(date);
        }

        return overrides.Count;
    }
}
