using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Serialization;

namespace SlaEngine.Benchmarks;

/// <summary>
/// Inputs an outside review found quadratic (issue 14), each at the size it measured: reading 40,000 override dates (1.2 MB),
/// reading 20,000 schedule changes and asking business time over the whole supported range, and a ticket clock over 20,000
/// priority changes (P1 and P2 alternating every minute, targets of 1,000 and 500 business hours, so no change breaches and every
/// one is checked). Each must cost in proportion to its size (n log n at most). Only public APIs that existed before the fix are
/// used, so the same class measures the code before and after.
/// </summary>
[MemoryDiagnoser]
public class BulkInputBenchmarks
{
    private string _overrides = string.Empty;
    private string _scheduleChanges = string.Empty;
    private TicketEvent[] _events = Array.Empty<TicketEvent>();
    private Instant _now;
    private SlaClock _carry = null!;
    private SlaClock _restart = null!;

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

        SlaPolicy policy = SlaPolicy.Create("flip", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1", "P2")
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
        _carry = new SlaClock(policy, SlaMetric.Resolution);
        _restart = new SlaClock(policy, SlaMetric.Resolution, new SlaClockOptions { PriorityChange = PriorityChangeMode.Restart });
    }

    /// <summary>SlaJson.ReadDateOverrides of 40,000 closed dates.</summary>
    [Benchmark]
    public int ReadDateOverrides40k() => SlaJson.ReadDateOverrides(_overrides).Count;

    /// <summary>SlaJson.ReadBusinessCalendar of 20,000 schedule changes, then business time over the whole supported range (1900–2199).</summary>
    [Benchmark]
    public Duration ReadScheduleChanges20kAndQuery()
    {
        BusinessCalendar calendar = SlaJson.ReadBusinessCalendar(_scheduleChanges);
        return calendar.BusinessTimeBetween(calendar.SupportedInterval.Start, calendar.SupportedInterval.End - Duration.Epsilon);
    }

    /// <summary>SlaClock.Evaluate of a ticket with 20,000 priority changes, carrying elapsed time.</summary>
    [Benchmark]
    public Instant Clock20kPriorityChangesCarry() => _carry.Evaluate(_events, _now).Due;

    /// <summary>SlaClock.Evaluate of a ticket with 20,000 priority changes, restarting at each.</summary>
    [Benchmark]
    public Instant Clock20kPriorityChangesRestart() => _restart.Evaluate(_events, _now).Due;
}
