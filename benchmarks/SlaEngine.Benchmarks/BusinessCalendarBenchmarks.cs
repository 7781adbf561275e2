using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="BusinessCalendar"/> hot paths (Monday–Friday 09:00–17:00 New York with US federal holidays, the
/// W4/W5 calendar) over spans of one day and ten years, against a naive day-by-day walk: the compiled timeline's
/// cost must not grow with the span, and it must not allocate.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private const int Batch = 1024;

    private readonly BusinessCalendar _calendar = Workloads.NewYorkNineToFive();
    private Instant[] _starts = Array.Empty<Instant>();
    private Instant[] _ends = Array.Empty<Instant>();
    private Duration _amount;

    /// <summary>The span between the two instants, in days; AddBusinessTime adds the business time such a span holds (8 hours a business day).</summary>
    [Params(1, 3650)]
    public int SpanDays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new SplitMix64(42);
        _starts = new Instant[Batch];
        _ends = new Instant[Batch];
        for (int i = 0; i < Batch; i++)
        {
            _starts[i] = Instant.FromUnixTimeSeconds((Workloads.FirstMinute + random.Below(Workloads.MinuteRange - (3700L * 1440))) * 60);
            _ends[i] = _starts[i] + Duration.FromDays(SpanDays);
        }

        _amount = Duration.FromHours(Math.Max(1, SpanDays * 5 / 7 * 8));

        // Compile the stretch the benchmarks touch, as a long-running service would have.
        foreach (Instant start in _starts)
        {
            _ = _calendar.AddBusinessTime(start, _amount);
            _ = _calendar.BusinessTimeBetween(start, start + Duration.FromDays(3650));
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int IsOpen()
    {
        int count = 0;
        foreach (Instant instant in _starts)
        {
            count += _calendar.IsOpen(instant) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Duration BusinessTimeBetween()
    {
        Duration total = Duration.Zero;
        for (int i = 0; i < Batch; i++)
        {
            total += _calendar.BusinessTimeBetween(_starts[i], _ends[i]);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public Duration BusinessTimeBetweenNaive()
    {
        Duration total = Duration.Zero;
        for (int i = 0; i < Batch; i++)
        {
            total += NaiveNineToFive.Between(_starts[i], _ends[i]);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant AddBusinessTime()
    {
        Instant last = default;
        for (int i = 0; i < Batch; i++)
        {
            last = _calendar.AddBusinessTime(_starts[i], _amount);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant SubtractBusinessTime()
    {
        Instant last = default;
        for (int i = 0; i < Batch; i++)
        {
            last = _calendar.AddBusinessTime(_ends[i], -_amount);
        }

        return last;
    }

}
