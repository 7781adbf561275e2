using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="HolidayCalendar"/> hot paths against a naive day-by-day baseline, over spans from one
/// day to ten years: the compiled calendar's cost must not grow with the span, and it must not allocate.
/// </summary>
[MemoryDiagnoser]
public class HolidayCalendarBenchmarks
{
    private const int Batch = 1024;

    private readonly HolidayCalendar _calendar = HolidayCalendars.UsFederal;
    private LocalDate[] _starts = Array.Empty<LocalDate>();
    private LocalDate[] _ends = Array.Empty<LocalDate>();
    private int[] _counts = Array.Empty<int>();

    /// <summary>The span between the two dates, in days (and, for AddBusinessDays, roughly the business days added).</summary>
    [Params(1, 30, 365, 3650)]
    public int SpanDays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new SplitMix64(42);
        _starts = new LocalDate[Batch];
        _ends = new LocalDate[Batch];
        _counts = new int[Batch];
        for (int i = 0; i < Batch; i++)
        {
            _starts[i] = Workloads.Day(Workloads.FirstDay + random.Below(Workloads.DayRange - 3700));
            _ends[i] = _starts[i].PlusDays(SpanDays);
            _counts[i] = Math.Max(1, (SpanDays * 5) / 7);
        }

        // Compile the years the benchmarks touch, as a long-running service would have.
        _ = Workloads.W2Checksum(_calendar, 1000);
        foreach (LocalDate end in _ends)
        {
            _ = _calendar.IsBusinessDay(end.PlusDays(3650));
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int IsBusinessDay()
    {
        int count = 0;
        foreach (LocalDate date in _starts)
        {
            count += _calendar.IsBusinessDay(date) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public LocalDate AddBusinessDays()
    {
        LocalDate last = default;
        for (int i = 0; i < Batch; i++)
        {
            last = _calendar.AddBusinessDays(_starts[i], _counts[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public LocalDate AddBusinessDaysNaive()
    {
        LocalDate last = default;
        for (int i = 0; i < Batch; i++)
        {
            LocalDate date = _starts[i];
            for (int left = _counts[i]; left > 0;)
            {
                date = date.PlusDays(1);
                if (_calendar.IsBusinessDay(date))
                {
                    left--;
                }
            }

            last = date;
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int BusinessDaysBetween()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += _calendar.BusinessDaysBetween(_starts[i], _ends[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int BusinessDaysBetweenNaive()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            for (LocalDate date = _starts[i]; date < _ends[i]; date = date.PlusDays(1))
            {
                sum += _calendar.IsBusinessDay(date) ? 1 : 0;
            }
        }

        return sum;
    }
}
