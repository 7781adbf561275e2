using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The tenant-scale workloads T1 and T2 of ../shared/perf/tenants.md: one business calendar per customer, built
/// from a shared holiday calendar and one of eight zones, and its first <c>AddBusinessTime</c>. Public API only, so
/// the same code measures every engine.
/// </summary>
/// <remarks>
/// Customer <c>i</c> with definition <c>k</c> is open Monday–Friday from <c>(7 + k % 4):(7k % 60)</c> to
/// <c>(15 + k % 5):00</c> in <c>zones[k % 8]</c>; T1 takes <c>k = i</c>, T2 <c>k = i % 20</c>. The formula repeats
/// every 120 values of <c>k</c> (the least common multiple of 4, 60, 5 and 8), so T1's 10,000 customers have 120
/// distinct definitions, not 10,000 (<see cref="DefinitionPeriod"/>).
/// </remarks>
public sealed class TenantWorkload
{
    /// <summary>The customers T1 and T2 build and keep.</summary>
    public const int Customers = 10_000;

    /// <summary>The throw-away customers that warm the JIT before a measurement.</summary>
    public const int WarmUpCustomers = 50;

    /// <summary>T2's distinct definitions: <c>k = i % 20</c>.</summary>
    public const int SharedDefinitions = 20;

    /// <summary>The period of the definition formula in <c>k</c>: definitions <c>k</c> and <c>k + 120</c> are equal.</summary>
    public const int DefinitionPeriod = 120;

    /// <summary>The eight zones, looked up once; customer <c>k</c> is in <c>zones[k % 8]</c>.</summary>
    public static readonly IReadOnlyList<string> ZoneIds = new[]
    {
        "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
        "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo",
    };

    private readonly DateTimeZone[] _zones;

    /// <summary>Does the setup the measurements do not count: the shared holiday calendar and the zones.</summary>
    public TenantWorkload()
    {
        Holidays = CreateSharedHolidays();
        _zones = ZoneIds.Select(id => DateTimeZoneProviders.Tzdb[id]).ToArray();
    }

    /// <summary>Gets the instant of every customer's first query: 2026-12-01T15:00Z.</summary>
    public static Instant QueryStart { get; } = Instant.FromUtc(2026, 12, 1, 15, 0);

    /// <summary>Gets the date of the new holiday calendar's first query (HC2199): 2199-06-01, a Saturday.</summary>
    public static LocalDate HolidayQueryDate { get; } = new(2199, 6, 1);

    /// <summary>
    /// Gets the one more rule of the HC2199 measurement's new holiday calendar. The spec does not name it; a company
    /// day on the first Monday of March, which no other rule refers to.
    /// </summary>
    public static HolidayRule ExtraRule { get; } = HolidayRule.NthWeekday("Company day", 3, IsoDayOfWeek.Monday, 1);

    /// <summary>Gets the holiday calendar every customer shares.</summary>
    public HolidayCalendar Holidays { get; }

    /// <summary>Gets the zones, in the order of <see cref="ZoneIds"/>.</summary>
    public IReadOnlyList<DateTimeZone> Zones => _zones;

    /// <summary>The shared holiday calendar: US federal holidays, the day after Thanksgiving and a year-end break.</summary>
    /// <returns>A new calendar.</returns>
    public static HolidayCalendar CreateSharedHolidays() => HolidayCalendars.UsFederal.With(
        HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
        HolidayRule.BusinessDaysBetween("Year-end break", "Christmas Day", "New Year's Day"));

    /// <summary>The opening time of definition <paramref name="k"/>: <c>(7 + k % 4):(7k % 60)</c>.</summary>
    /// <param name="k">The definition, 0 or more.</param>
    /// <returns>The time.</returns>
    public static LocalTime Open(int k) => new(7 + (k % 4), (int)(7L * k % 60));

    /// <summary>
    /// The opening time of definition <paramref name="k"/> when every definition must differ (T1U, not in the spec):
    /// <see cref="Open"/> plus <c>k / 120</c> seconds, so definitions with equal <see cref="Open"/> times still differ.
    /// </summary>
    /// <param name="k">The definition, 0 to 10,000 or so.</param>
    /// <returns>The time.</returns>
    public static LocalTime UniqueOpen(int k) => Open(k).PlusSeconds(k / DefinitionPeriod);

    /// <summary>The closing time of definition <paramref name="k"/>: <c>(15 + k % 5):00</c>.</summary>
    /// <param name="k">The definition, 0 or more.</param>
    /// <returns>The time.</returns>
    public static LocalTime Close(int k) => new(15 + (k % 5), 0);

    /// <summary>The zone of definition <paramref name="k"/>: <c>zones[k % 8]</c>.</summary>
    /// <param name="k">The definition, 0 or more.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone Zone(int k) => _zones[k % _zones.Length];

    /// <summary>The business time customer <paramref name="i"/> adds in its first query: <c>8 + i % 16</c> hours.</summary>
    /// <param name="i">The customer, 0 or more.</param>
    /// <returns>The amount.</returns>
    public static Duration Amount(int i) => Duration.FromHours(8 + (i % 16));

    /// <summary>
    /// Warm-up customer <paramref name="j"/>: built and queried as the measured ones are, with other hours (06:mm to
    /// 20:00–22:00, never a measured definition), so no engine can have compiled a measured definition beforehand.
    /// </summary>
    /// <param name="j">The warm-up customer, 0 to 59.</param>
    /// <returns>Its first query's answer.</returns>
    public Instant WarmUpCustomer(int j)
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Weekdays(new LocalTime(6, j % 60), new LocalTime(20 + (j % 3), 0));
        BusinessCalendar calendar = BusinessCalendar.Create(schedule, Holidays, Zone(j));
        return calendar.AddBusinessTime(QueryStart, Amount(j));
    }

    /// <summary>
    /// The answer of a customer's first query without a compiled calendar: walk the local dates from
    /// <see cref="QueryStart"/> and clip each business day's hours with NodaTime (the benchmarks' baseline).
    /// </summary>
    /// <param name="open">The opening time, Monday to Friday.</param>
    /// <param name="close">The closing time, after <paramref name="open"/>.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="amount">The business time to add, positive.</param>
    /// <returns>The earliest instant at which <paramref name="amount"/> of business time has elapsed since <see cref="QueryStart"/>.</returns>
    public Instant NaiveFirstQuery(LocalTime open, LocalTime close, DateTimeZone zone, Duration amount)
    {
        Instant start = QueryStart;
        for (LocalDate date = start.InZone(zone).Date; ; date = date.PlusDays(1))
        {
            if (date.DayOfWeek >= IsoDayOfWeek.Saturday || Holidays.IsHoliday(date))
            {
                continue;
            }

            Instant opens = zone.AtLeniently(date.At(open)).ToInstant();
            Instant closes = zone.AtLeniently(date.At(close)).ToInstant();
            Instant from = opens > start ? opens : start;
            if (closes <= from)
            {
                continue;
            }

            if (closes - from >= amount)
            {
                return from + amount;
            }

            amount -= closes - from;
        }
    }
}
