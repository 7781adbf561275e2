using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.Policies;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="SlaClock.Evaluate(ReadOnlySpan{TicketEvent}, Instant)"/> on tickets one hour and one year old, each with six
/// events (created, pending, open again, priority raised, responded, a status change), on the W4/W5 calendar. The cost must not
/// grow with the ticket's age and nothing may allocate; the baseline sums the running business time by walking the dates.
/// </summary>
[MemoryDiagnoser]
public class SlaClockBenchmarks
{
    private const int Batch = 256;

    private TicketEvent[][] _tickets = Array.Empty<TicketEvent[]>();
    private Instant[] _nows = Array.Empty<Instant>();
    private SlaClock _resolution = null!;
    private SlaClock _firstResponse = null!;

    /// <summary>The ticket's age at evaluation, in hours: one hour or one year.</summary>
    [Params(1, 8760)]
    public int AgeHours { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        SlaPolicy policy = SlaPolicy.Create("bench", Workloads.NewYorkNineToFive(), "P1", "P2", "P3", "P4")
            .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(1)))
            .WithTarget("P2", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(4)))
            .WithTarget("P3", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(8)))
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(4)))
            .WithTarget("P2", SlaMetric.Resolution, SlaTarget.BusinessDays(1))
            .WithTarget("P3", SlaMetric.Resolution, SlaTarget.BusinessDays(3));
        _resolution = new SlaClock(policy, SlaMetric.Resolution);
        _firstResponse = new SlaClock(policy, SlaMetric.FirstResponse);

        var random = new SplitMix64(11);
        _tickets = new TicketEvent[Batch][];
        _nows = new Instant[Batch];
        long age = AgeHours * 3600L;
        for (int i = 0; i < Batch; i++)
        {
            Instant created = Instant.FromUnixTimeSeconds((Workloads.FirstMinute + random.Below(Workloads.MinuteRange - (400L * 1440))) * 60);
            Instant At(int tenths) => created + Duration.FromSeconds(age * tenths / 10);
            _tickets[i] = new[]
            {
                TicketEvent.Created(created, "P3"),
                TicketEvent.StatusChanged(At(1), "Pending"),
                TicketEvent.StatusChanged(At(3), "Open"),
                TicketEvent.PriorityChanged(At(5), "P2"),
                TicketEvent.Responded(At(6)),
                TicketEvent.StatusChanged(At(8), "On-hold"),
            };
            _nows[i] = created + Duration.FromSeconds(age);
            _ = _resolution.Evaluate(_tickets[i], _nows[i]);
            _ = _firstResponse.Evaluate(_tickets[i], _nows[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant EvaluateResolution()
    {
        Instant last = default;
        for (int i = 0; i < Batch; i++)
        {
            last = _resolution.Evaluate(_tickets[i], _nows[i]).Due;
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant EvaluateFirstResponse()
    {
        Instant last = default;
        for (int i = 0; i < Batch; i++)
        {
            last = _firstResponse.Evaluate(_tickets[i], _nows[i]).Due;
        }

        return last;
    }

    /// <summary>The running business time alone, by walking the dates of each running stretch.</summary>
    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public Duration ElapsedNaive()
    {
        Duration total = Duration.Zero;
        for (int i = 0; i < Batch; i++)
        {
            TicketEvent[] events = _tickets[i];
            total += NaiveNineToFive.Between(events[0].At, events[1].At) + NaiveNineToFive.Between(events[2].At, events[5].At);
        }

        return total;
    }

}
