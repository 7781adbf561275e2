using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.Policies;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="SlaPolicy.DueAt(SlaPriority, SlaMetric, Instant)"/> for each target kind on the W4/W5 calendar (Monday–Friday
/// 09:00–17:00 New York, US federal holidays), by resolved priority and by name, against a naive day walk for the
/// business-time kind. Nothing may allocate.
/// </summary>
[MemoryDiagnoser]
public class SlaPolicyBenchmarks
{
    private const int Batch = 1024;

    private static readonly LocalTime s_nine = new(9, 0);

    private SlaPolicy _policy = null!;
    private SlaPriority _priority;
    private Instant[] _starts = Array.Empty<Instant>();

    /// <summary>The target kind of the priority asked for.</summary>
    [Params("Business 24h", "BusinessDays 3", "EndOfBusinessDay 1", "NextBusinessDayAt 09:00", "Calendar 4h")]
    public string Target { get; set; } = "Business 24h";

    [GlobalSetup]
    public void Setup()
    {
        _policy = SlaPolicy.Create("bench", Workloads.NewYorkNineToFive(), "Business 24h", "BusinessDays 3", "EndOfBusinessDay 1", "NextBusinessDayAt 09:00", "Calendar 4h")
            .WithTarget("Business 24h", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(24)))
            .WithTarget("BusinessDays 3", SlaMetric.Resolution, SlaTarget.BusinessDays(3))
            .WithTarget("EndOfBusinessDay 1", SlaMetric.Resolution, SlaTarget.EndOfBusinessDay(1))
            .WithTarget("NextBusinessDayAt 09:00", SlaMetric.Resolution, SlaTarget.NextBusinessDayAt(s_nine))
            .WithTarget("Calendar 4h", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(4)));
        _priority = _policy.GetPriority(Target);
        var random = new SplitMix64(7);
        _starts = new Instant[Batch];
        for (int i = 0; i < Batch; i++)
        {
            _starts[i] = Instant.FromUnixTimeSeconds((Workloads.FirstMinute + random.Below(Workloads.MinuteRange - (30L * 1440))) * 60);
            _ = _policy.DueAt(_priority, SlaMetric.Resolution, _starts[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant DueAt()
    {
        Instant last = default;
        foreach (Instant start in _starts)
        {
            last = _policy.DueAt(_priority, SlaMetric.Resolution, start);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant DueAtByName()
    {
        Instant last = default;
        foreach (Instant start in _starts)
        {
            last = _policy.DueAt(Target, SlaMetric.Resolution, start);
        }

        return last;
    }

    /// <summary>What one writes without a compiled calendar: 24 business hours by walking the local dates.</summary>
    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public Instant DueAtNaiveBusiness24h()
    {
        Instant last = default;
        foreach (Instant start in _starts)
        {
            last = NaiveNineToFive.Add(start, Duration.FromHours(24));
        }

        return last;
    }

}
