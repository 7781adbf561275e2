using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PublicHoliday;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The built-in GB and DE calendars against the NuGet package PublicHoliday 3.17.0 (MIT; <c>UKBankHoliday</c>,
/// <c>GermanPublicHoliday</c>), the same questions over the same 1,024 dates of 2020–2030 in one run: is the date a business day,
/// the next business day (<c>AddBusinessDays(1)</c> / <c>BusinessDaysAdd(1)</c>), and the business days between it and a date
/// 30 days later. Each category's baseline is PublicHoliday, so the Ratio column is SlaEngine's share of its time.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PeerHolidayBenchmarks
{
    private const int Batch = 1024;

    private HolidayCalendar _calendar = null!;
    private PublicHolidayBase _peer = null!;
    private LocalDate[] _dates = Array.Empty<LocalDate>();
    private DateTime[] _peerDates = Array.Empty<DateTime>();

    /// <summary>The country: "GB" (the peer's England and Wales bank holidays) or "DE" (the peer's German national holidays).</summary>
    [Params("GB", "DE")]
    public string Country { get; set; } = "GB";

    [GlobalSetup]
    public void Setup()
    {
        _calendar = HolidayCalendars.Get(Country);
        _peer = Country == "GB" ? new UKBankHoliday() : new GermanPublicHoliday();
        var random = new SplitMix64(17);
        _dates = new LocalDate[Batch];
        _peerDates = new DateTime[Batch];
        var first = new LocalDate(2020, 1, 1);
        for (int i = 0; i < Batch; i++)
        {
            _dates[i] = first.PlusDays((int)random.Below(3653));
            _peerDates[i] = _dates[i].ToDateTimeUnspecified();
        }

        // Both warm: every year compiled (SlaEngine) and every code path run once (both).
        foreach (LocalDate date in _dates)
        {
            _ = _calendar.BusinessDaysBetween(date, date.PlusDays(400));
        }

        _ = PeerIsWorkingDay() + PeerNextBusinessDay().Day + PeerBusinessDaysBetween();
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("IsBusinessDay")]
    public int IsBusinessDay()
    {
        int count = 0;
        foreach (LocalDate date in _dates)
        {
            count += _calendar.IsBusinessDay(date) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("IsBusinessDay")]
    public int PeerIsWorkingDay()
    {
        int count = 0;
        foreach (DateTime date in _peerDates)
        {
            count += _peer.IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("AddBusinessDays(1)")]
    public LocalDate NextBusinessDay()
    {
        LocalDate last = default;
        foreach (LocalDate date in _dates)
        {
            last = _calendar.AddBusinessDays(date, 1);
        }

        return last;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("AddBusinessDays(1)")]
    public DateTime PeerNextBusinessDay()
    {
        DateTime last = default;
        foreach (DateTime date in _peerDates)
        {
            last = _peer.BusinessDaysAdd(date, 1);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("BusinessDaysBetween(30 days)")]
    public int BusinessDaysBetween()
    {
        int total = 0;
        foreach (LocalDate date in _dates)
        {
            total += _calendar.BusinessDaysBetween(date, date.PlusDays(30));
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("BusinessDaysBetween(30 days)")]
    public int PeerBusinessDaysBetween()
    {
        int total = 0;
        foreach (DateTime date in _peerDates)
        {
            total += _peer.BusinessDaysBetween(date, date.AddDays(30));
        }

        return total;
    }
}
