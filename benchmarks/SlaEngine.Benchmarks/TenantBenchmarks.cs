using BenchmarkDotNet.Attributes;
using NodaTime;
using SlaEngine.BusinessHours;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The tenant scenario of <see cref="TenantWorkload"/> (T1/T2) per operation: each operation is a new customer that
/// builds its own <see cref="WeeklySchedule"/> and <see cref="BusinessCalendar"/> on the shared holiday calendar and
/// makes its first <c>AddBusinessTime</c>, against a naive day-by-day walk that answers the same query with no
/// calendar at all.
/// </summary>
/// <remarks>
/// Building is part of the cost, so it happens inside the benchmark, not in an <c>[IterationSetup]</c> (which
/// BenchmarkDotNet leaves out of the time, and which would force one operation per invocation). A counter makes
/// every operation a new customer <c>n</c>:
/// <list type="bullet">
/// <item><c>Distinct</c>: a definition no earlier operation in the process had: Monday–Friday from
/// <c>00:00 + n % 720</c> minutes to <c>12:00 + (n / 720) % 720</c> minutes in <c>zones[(n / 518,400) % 8]</c>
/// (4,147,200 definitions before one repeats; the spec's formula repeats after 120).</item>
/// <item><c>T1</c>: the spec's T1, <c>k = n</c> (120 definitions in turn).</item>
/// <item><c>Shared</c>: the spec's T2, <c>k = n % 20</c>.</item>
/// </list>
/// The calendars are not kept, so memory retained per customer is the <c>--tenants</c> mode's figure; here,
/// <c>Allocated</c> is what one customer's build and first query allocate.
/// </remarks>
[MemoryDiagnoser]
public class TenantBenchmarks
{
    private const int DistinctMinutes = 720;

    private readonly TenantWorkload _workload = new();
    private int _next;

    /// <summary>How the operations' definitions repeat: <c>Distinct</c> (never), <c>T1</c> (every 120) or <c>Shared</c> (every 20).</summary>
    [Params("Distinct", "T1", "Shared")]
    public string Definitions { get; set; } = "Distinct";

    [Benchmark]
    public Instant FirstQuery()
    {
        int n = _next++;
        (LocalTime open, LocalTime close, DateTimeZone zone) = Definition(n);
        BusinessCalendar calendar = BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(open, close), _workload.Holidays, zone);
        return calendar.AddBusinessTime(TenantWorkload.QueryStart, TenantWorkload.Amount(n));
    }

    [Benchmark(Baseline = true)]
    public Instant FirstQueryNaive()
    {
        int n = _next++;
        (LocalTime open, LocalTime close, DateTimeZone zone) = Definition(n);
        return _workload.NaiveFirstQuery(open, close, zone, TenantWorkload.Amount(n));
    }

    private (LocalTime Open, LocalTime Close, DateTimeZone Zone) Definition(int n)
    {
        if (Definitions == "Distinct")
        {
            int cycle = n % (DistinctMinutes * DistinctMinutes * 8);
            return (LocalTime.FromMinutesSinceMidnight(cycle % DistinctMinutes),
                LocalTime.FromMinutesSinceMidnight(DistinctMinutes + (cycle / DistinctMinutes % DistinctMinutes)),
                _workload.Zones[cycle / (DistinctMinutes * DistinctMinutes)]);
        }

        int k = Definitions == "Shared" ? n % TenantWorkload.SharedDefinitions : n;
        return (TenantWorkload.Open(k), TenantWorkload.Close(k), _workload.Zone(k));
    }
}
