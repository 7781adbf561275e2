using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Uptime;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// Options and hand-worked results for the result converters' tests (<see cref="SlaJsonConverters"/>). Every expected value is
/// derived by hand in the comments here and beside each expected JSON, from the library's documented semantics.
/// </summary>
/// <remarks>
/// The ticket policy runs on Monday–Friday 09:00–17:00 America/New_York with US federal holidays. The tickets live in the week of
/// Mon 2026-11-16, when New York is on EST (UTC-5): each weekday is open 14:00Z–22:00Z, and no holiday falls in it. Normal
/// priority's resolution target is 8 business hours; the clock's warning thresholds are the default 50 % and 75 %.
/// </remarks>
internal static class ResultJsonFixtures
{
    private static readonly InstantPattern s_utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");

    public static readonly ScheduledBusinessCalendar Calendar = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
        HolidayCalendars.UsFederal,
        DateTimeZoneProviders.Tzdb["America/New_York"]);

    public static readonly SlaPolicy Policy = SlaPolicy.Create("Results", Calendar, "Urgent", "Normal")
        .WithTarget("Urgent", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(4)))
        .WithTarget("Normal", SlaMetric.Resolution, SlaTarget.Business(Duration.FromHours(8)));

    public static readonly SlaClock Clock = new(Policy, SlaMetric.Resolution);

    /// <summary>An instant from a UTC literal such as "2026-11-16T15:00Z".</summary>
    public static Instant UtcAt(string text) => s_utc.Parse(text).Value;

    /// <summary>Options as a test writes with: indented with "\n", apostrophes and the like unescaped, the converters added.</summary>
    public static JsonSerializerOptions Options(JsonIgnoreCondition ignore = JsonIgnoreCondition.Never) => SlaJsonConverters.AddTo(new JsonSerializerOptions
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = ignore,
    });

    /// <summary>Writes a value with <see cref="Options"/>.</summary>
    public static string Write<T>(T value, JsonSerializerOptions? options = null) => JsonSerializer.Serialize(value, options ?? Options());

    /// <summary>Reads a value with <see cref="Options"/> (or the given options).</summary>
    public static T Read<T>(string json, JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(json, options ?? Options())!;

    /// <summary>
    /// Normal, created Mon 10:00 EST (15:00Z), Pending Mon 17:30 EST (22:30Z) to Tue 08:30 EST (13:30Z), evaluated Tue 09:30 EST
    /// (14:30Z). The pause overlaps no open time, so the due stays Mon 15:00–22:00Z (7 h) + Tue 14:00Z + 1 h = Tue 15:00Z. Elapsed
    /// 7 h + Tue 14:00–14:30Z = 7 h 30 min; remaining 30 min; wall clock Mon 15:00Z to Tue 14:30Z = 23 h 30 min; 7.5 / 8 = 93.75 %
    /// (six decimal places: 93.750000). Warnings: 50 % (4 h) at Mon 19:00Z and 75 % (6 h) at Mon 21:00Z, both fired; none next.
    /// </summary>
    public static SlaStatus Running() => Clock.Evaluate(
        new[]
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T22:30Z"), "Pending"),
            TicketEvent.StatusChanged(UtcAt("2026-11-17T13:30Z"), "Open"),
        },
        UtcAt("2026-11-17T14:30Z"));

    /// <summary>
    /// Normal, created Mon 15:00Z, never solved, evaluated Tue 15:05Z. Elapsed Mon 15:00–22:00Z (7 h) + Tue 14:00–15:05Z (1 h 5 min)
    /// = 8 h 5 min, past the 8 h target: breached at the due, Tue 15:00Z; remaining −5 min; wall clock 24 h 5 min; 485 / 480 =
    /// 101.0416666… %, rounded toward zero to 101.041666. Both warnings fired.
    /// </summary>
    public static SlaStatus Breached() => Clock.Evaluate(
        new[] { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") },
        UtcAt("2026-11-17T15:05Z"));

    /// <summary>
    /// Normal, created Mon 15:00Z, Pending from Mon 16:00Z, evaluated Mon 18:00Z while still pending. Elapsed 1 h (15:00–16:00Z);
    /// paused. The due is projected as if the clock resumed at 18:00Z: 7 h left from 18:00Z = Mon 18:00–22:00Z (4 h) + Tue
    /// 14:00Z + 3 h = Tue 17:00Z. Remaining 7 h; wall clock 3 h; 1 / 8 = 12.5 % (12.500000). Warnings, projected the same way: 50 %
    /// (3 h more) at Mon 21:00Z, 75 % (5 h more: 4 h to Mon 22:00Z, then 1 h) at Tue 15:00Z; none fired, the next at Mon 21:00Z.
    /// </summary>
    public static SlaStatus Paused(Span<SlaWarning> warnings) => Clock.Evaluate(
        new[]
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.StatusChanged(UtcAt("2026-11-16T16:00Z"), "Pending"),
        },
        UtcAt("2026-11-16T18:00Z"),
        warnings);

    /// <summary>
    /// Normal, created Mon 15:00Z, solved Mon 17:00Z, evaluated Tue 12:00Z. Met at 17:00Z, which is also the end: elapsed 2 h,
    /// remaining 6 h, wall clock 2 h, 2 / 8 = 25 % (25.000000); due Tue 15:00Z. The warnings (Mon 19:00Z and 21:00Z) lie after the
    /// solve, so they have no instant and none fired.
    /// </summary>
    public static SlaStatus Met() => Clock.Evaluate(
        new[]
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T17:00Z")),
        },
        UtcAt("2026-11-17T12:00Z"));

    /// <summary>
    /// One UTC hour, 2026-10-14T13:00Z–14:00Z, under a policy with a two-minute minimum run and [13:40Z, 13:45Z) excluded. Down
    /// minutes (100 of 100 requests failing): 13:02–13:19 (a run of 18), 13:30 (a run of 1, shorter than the minimum: not
    /// downtime), 13:40–13:44 (excluded: never down, 5 excluded minutes), 13:50–13:51 (a run of 2). Downtime 18 + 2 = 20 of 60
    /// measured minutes; uptime (60 − 20) / 60 = 2/3, 66.666666 % rounded toward zero.
    /// </summary>
    public static UptimeReport Report()
    {
        var policy = new UptimePolicy
        {
            MinimumDowntimeRun = 2,
            Exclusions = new[] { new Interval(UtcAt("2026-10-14T13:40Z"), UtcAt("2026-10-14T13:45Z")) },
        };
        var samples = new List<MinuteSample>();
        foreach (int minute in Enumerable.Range(2, 18).Append(30).Concat(Enumerable.Range(40, 5)).Concat(new[] { 50, 51 }))
        {
            samples.Add(new MinuteSample(UtcAt("2026-10-14T13:00Z") + Duration.FromMinutes(minute), 100, 100));
        }

        return policy.Evaluate(new Interval(UtcAt("2026-10-14T13:00Z"), UtcAt("2026-10-14T14:00Z")), samples.ToArray());
    }

    /// <summary>Tiers by lowest uptime: [0, 95) → 100 %, [95.0, 99.0) → 25 %, [99.0, 99.9) → 10 %.</summary>
    public static readonly CreditSchedule Credits = CreditSchedule.Create(
        new CreditTier(0m, 95.0m, 100m),
        new CreditTier(95.0m, 99.0m, 25m),
        new CreditTier(99.0m, 99.9m, 10m));

    /// <summary>
    /// 4459/4464 = 99.887992… % is in [99.0, 99.9), the third tier (index 2): 10 % of 1234.45 = 123.445, rounded to even at two
    /// decimals = 123.44.
    /// </summary>
    public static CreditResult CreditInTier() => Credits.Evaluate(new ExactRatio(4459, 4464), 1234.45m, MidpointRounding.ToEven);

    /// <summary>100 % uptime is above every tier: no tier (-1), no credit, an amount of 0.00 at two decimals.</summary>
    public static CreditResult CreditAboveEveryTier() => Credits.Evaluate(ExactRatio.One, 1234.45m, MidpointRounding.ToEven);
}
