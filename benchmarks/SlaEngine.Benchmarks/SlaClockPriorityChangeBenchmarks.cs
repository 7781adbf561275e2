using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <see cref="SlaClock.Evaluate(ReadOnlySpan{TicketEvent}, Instant)"/> on a ticket with 20,000 priority changes (issue 14: an
/// outside review found the cost quadratic): P1 and P2 alternate every minute on a 24x7 calendar, with targets of 1,000 and 500
/// business hours, so no change breaches and every one is checked. The cost must grow with the events, in both priority-change
/// modes. The baseline walks the same events once, summing their business time: the least any evaluation must do.
/// </summary>
[MemoryDiagnoser]
public class SlaClockPriorityChangeBenchmarks
{
    private TicketEvent[] _events = Array.Empty<TicketEvent>();
    private Instant _now;
    private SlaClock _clock = null!;
    private BusinessCalendar _calendar = null!;

    /// <summary>What a priority change does.</summary>
    [Params(PriorityChangeMode.Carry, PriorityChangeMode.Restart)]
    public PriorityChangeMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);
        SlaPolicy policy = SlaPolicy.Create("flip", _calendar, "P1", "P2")
            .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(1000)))
            .WithTarget("P2", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(500)));
        Instant created = Instant.FromUtc(2026, 1, 5, 0, 0);
        _events = new TicketEvent[20_001];
        _events[0] = TicketEvent.Created(created, "P1");
        for (int i = 1; i < _events.Length; i++)
        {
            _events[i] = TicketEvent.PriorityChanged(created + Duration.FromMinutes(i), i % 2 == 1 ? "P2" : "P1");
        }

        _now = created + Duration.FromMinutes(_events.Length + 60);
        _clock = new SlaClock(policy, SlaMetric.Resolution, new SlaClockOptions { PriorityChange = Mode });
        _ = _clock.Evaluate(_events, _now);
    }

    [Benchmark]
    public Instant Evaluate() => _clock.Evaluate(_events, _now).Due;

    [Benchmark(Baseline = true)]
    public Duration SumOnce()
    {
        Duration total = Duration.Zero;
        for (int i = 0; i < _events.Length; i++)
        {
            total += _calendar.BusinessTimeBetween(_events[i].At, i + 1 < _events.Length ? _events[i + 1].At : _now);
        }

        return total;
    }
}
