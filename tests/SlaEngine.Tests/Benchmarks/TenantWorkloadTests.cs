using System.Globalization;
using NodaTime;
using SlaEngine.Benchmarks;
using SlaEngine.BusinessHours;
using Xunit;

namespace SlaEngine.Tests.Benchmarks;

/// <summary>
/// The tenant workloads (../shared/perf/tenants.md) build the customers the spec describes, the engine's first
/// answers agree with a day-by-day walk, and the <c>--tenants</c> mode prints its figures in the documented format.
/// </summary>
public sealed class TenantWorkloadTests
{
    private static readonly TenantWorkload s_workload = new();

    [Fact]
    public void Definitions_FollowTheSpecFormula()
    {
        // k = 17: open (7 + 1):(119 % 60) = 08:59, close (15 + 2):00 = 17:00, zones[1] = America/Los_Angeles.
        Assert.Equal(new LocalTime(8, 59), TenantWorkload.Open(17));
        Assert.Equal(new LocalTime(17, 0), TenantWorkload.Close(17));
        Assert.Equal("America/Los_Angeles", s_workload.Zone(17).Id);
        Assert.Equal(Duration.FromHours(9), TenantWorkload.Amount(17));
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 15, 0), TenantWorkload.QueryStart);
    }

    [Fact]
    public void Definitions_RepeatEvery120Values()
    {
        BusinessCalendar[] calendars = Enumerable.Range(0, 2 * TenantWorkload.DefinitionPeriod).Select(Customer).ToArray();
        Assert.Equal(TenantWorkload.DefinitionPeriod, calendars.Distinct().Count());
        for (int k = 0; k < TenantWorkload.DefinitionPeriod; k++)
        {
            Assert.Equal(calendars[k], calendars[k + TenantWorkload.DefinitionPeriod]);
        }
    }

    [Fact]
    public void FirstQuery_MatchesTheDayByDayWalk()
    {
        for (int i = 0; i < 2 * TenantWorkload.DefinitionPeriod; i++)
        {
            Instant expected = s_workload.NaiveFirstQuery(TenantWorkload.Open(i), TenantWorkload.Close(i), s_workload.Zone(i), TenantWorkload.Amount(i));
            Assert.Equal(expected, Customer(i).AddBusinessTime(TenantWorkload.QueryStart, TenantWorkload.Amount(i)));
        }
    }

    [Theory]
    [InlineData("Distinct")]
    [InlineData("T1")]
    [InlineData("Shared")]
    public void Benchmarks_FirstQueryMatchesTheBaseline(string definitions)
    {
        var engine = new TenantBenchmarks { Definitions = definitions };
        var naive = new TenantBenchmarks { Definitions = definitions };
        for (int n = 0; n < 200; n++)
        {
            Assert.Equal(naive.FirstQueryNaive(), engine.FirstQuery());
        }
    }

    [Fact]
    public void TenantMode_OneWorkload_PrintsTheLoadAndOneLineWithTheWalksChecksum()
    {
        const int customers = 40;
        long checksum = Enumerable.Range(0, customers)
            .Sum(i => (s_workload.NaiveFirstQuery(TenantWorkload.Open(i), TenantWorkload.Close(i), s_workload.Zone(i), TenantWorkload.Amount(i)) - TenantWorkload.QueryStart).BclCompatibleTicks);
        var output = new StringWriter();

        Assert.Equal(0, TenantMode.Run(new[] { "--tenants", "T1", "--customers", customers.ToString(CultureInfo.InvariantCulture) }, output));

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines.Where(l => l.StartsWith('#')), l => Assert.Matches(@"^# loadavg [\d.]+ [\d.]+ [\d.]+$", l));
        Assert.Matches(
            $@"^T1@40 us_per_customer \d+\.\d\d retained_kib_per_customer -?\d+\.\d\d checksum {checksum} distinct_calendars 40 alloc_kib_per_customer \d+\.\d\d gcs \d+$",
            Assert.Single(lines, l => !l.StartsWith('#')));
    }

    // T1U: past 120 customers T1's definitions repeat; T1U's do not, and its answers are the walk's with the unique opening times.
    [Fact]
    public void TenantMode_T1U_HasOnlyDistinctCalendarsAndTheWalksChecksum()
    {
        const int customers = 300;
        long checksum = Enumerable.Range(0, customers)
            .Sum(i => (s_workload.NaiveFirstQuery(TenantWorkload.UniqueOpen(i), TenantWorkload.Close(i), s_workload.Zone(i), TenantWorkload.Amount(i)) - TenantWorkload.QueryStart).BclCompatibleTicks);
        var output = new StringWriter();

        Assert.Equal(0, TenantMode.Run(new[] { "--tenants", "T1U", "--customers", customers.ToString(CultureInfo.InvariantCulture) }, output));

        string line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => !l.StartsWith('#'));
        Assert.Matches($@"^T1U@300 us_per_customer \d+\.\d\d retained_kib_per_customer -?\d+\.\d\d checksum {checksum} distinct_calendars 300 alloc_kib_per_customer \d+\.\d\d gcs \d+$", line);
    }

    [Fact]
    public void TenantMode_NewHolidayCalendar_PrintsOneLine()
    {
        var output = new StringWriter();

        Assert.Equal(0, TenantMode.Run(new[] { "--tenants", "HC2199" }, output));

        string line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => !l.StartsWith('#'));
        Assert.Matches(@"^HC2199 us \d+\.\d alloc_kib \d+\.\d\d build_us \d+\.\d build_alloc_kib \d+\.\d\d query_us \d+\.\d is_business_day false jit_methods \d+ jit_us \d+\.\d$", line);
    }

    [Theory]
    [InlineData("T3")]
    [InlineData("T1", "--customers", "0")]
    public void TenantMode_BadArguments_ExitWith2(params string[] rest)
    {
        Assert.Equal(2, TenantMode.Run(new[] { "--tenants" }.Concat(rest).ToArray(), new StringWriter()));
    }

    private static BusinessCalendar Customer(int k)
        => BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(TenantWorkload.Open(k), TenantWorkload.Close(k)), s_workload.Holidays, s_workload.Zone(k));
}
