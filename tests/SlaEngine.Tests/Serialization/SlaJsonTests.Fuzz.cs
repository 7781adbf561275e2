using FsCheck;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Tests.Cli;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// The fuzz suite of the JSON readers: for each document kind, <see cref="InputsPerReader"/> mutations of valid documents
/// (the published samples, documents written from the round-trip generators with a fixed seed, and the reproducers an outside
/// review found), each read with <see cref="SlaJson"/>. Every input either reads, and then writes back and reads equal (and
/// answers a first query with no undocumented exception), or fails with one <see cref="SlaConfigurationException"/> whose
/// errors all have a JSON path and a message. See <see cref="Fuzzing"/> for seeds, scale and the watchdog.
/// </summary>
public partial class SlaJsonTests
{
    /// <summary>Inputs per document kind and run: eight kinds, 108,000 in all with the CSV and iCalendar readers' 10,000 each.</summary>
    public const int InputsPerReader = 11_000;

    private static readonly Lazy<Dictionary<string, string[]>> s_corpus = new(BuildCorpus);

    [Fact]
    public void Fuzz_ReadHolidayCalendar_ReadsOrReportsProblems()
        => Fuzz("holiday calendar", SlaJson.ReadHolidayCalendar, SlaJson.Write, QueryHolidayCalendar, HolidayCalendarReproducers);

    [Fact]
    public void Fuzz_ReadWeeklySchedule_ReadsOrReportsProblems()
        => Fuzz("weekly schedule", SlaJson.ReadWeeklySchedule, SlaJson.Write, s => _ = s.WeeklyOpenTime, ["\"\uD800\"", "\"\\uD800\"", "{\"monday\":[\"\\uDC00\"]}"]);

    [Fact]
    public void Fuzz_ReadDateOverrides_ReadsOrReportsProblems()
        => Fuzz("date overrides", SlaJson.ReadDateOverrides, SlaJson.Write, o => _ = o.Dates.Count, ["{\"\\uD800\":[]}", "{\"\uD800\":[]}", ManyOverrideDates()]);

    [Fact]
    public void Fuzz_ReadBusinessCalendar_ReadsOrReportsProblems()
        => Fuzz("business calendar", SlaJson.ReadBusinessCalendar, SlaJson.Write, QueryBusinessCalendar, [ManyScheduleChanges()]);

    [Fact]
    public void Fuzz_ReadSlaPolicy_ReadsOrReportsProblems()
        => Fuzz("SLA policy", SlaJson.ReadSlaPolicy, SlaJson.Write, QuerySlaPolicy, []);

    [Fact]
    public void Fuzz_ReadCreditSchedule_ReadsOrReportsProblems()
        => Fuzz("credit schedule", SlaJson.ReadCreditSchedule, SlaJson.Write, s => s.Evaluate(ExactRatio.Zero, decimal.MaxValue, MidpointRounding.ToEven, 0), []);

    [Fact]
    public void Fuzz_ReadUptimePolicy_ReadsOrReportsProblems()
        => Fuzz("uptime policy", SlaJson.ReadUptimePolicy, SlaJson.Write, p => p.PeriodOf(new YearMonth(2026, 3)), []);

    [Fact]
    public void Fuzz_ReadUptimeSla_ReadsOrReportsProblems()
        => Fuzz("uptime SLA", SlaJson.ReadUptimeSla, SlaJson.Write, s => _ = s.Policy.PeriodOf(new YearMonth(2026, 3)), []);

    private static string[] HolidayCalendarReproducers =>
    [
        // Every day a weekend day, with a substitute and a business-day rule; Monday-Saturday with 60 business days.
        """{ "weekendDays": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"], "rules": [ { "name": "A", "kind": "Fixed", "month": 1, "day": 1, "observance": "NextWeekday" }, { "name": "B", "kind": "BusinessDaysAfter", "rule": "A", "count": 1 } ] }""",
        """{ "weekendDays": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"], "rules": [ { "name": "A", "kind": "Fixed", "month": 1, "day": 1 }, { "name": "B", "kind": "BusinessDaysAfter", "rule": "A", "count": 60 } ] }""",
        """{ "weekendDays": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"], "rules": [ { "name": "A", "kind": "Fixed", "month": 1, "day": 1 }, { "name": "B", "kind": "BusinessDaysAfter", "rule": "A", "count": 53 } ] }""",
        "{ \"rules\": [ { \"name\": \"\\uD800\", \"kind\": \"Fixed\", \"month\": 1, \"day\": 1 } ] }",

        // A substitute that the weekend (Monday-Saturday) and a closure leave no free day for in 2026: it reads, and its first
        // query throws the documented HolidayRuleEvaluationException.
        """{ "weekendDays": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"], "supportedYears": { "first": 2000, "last": 2026 }, "rules": [ { "name": "X", "kind": "Fixed", "month": 7, "day": 4, "observance": "NextWeekday" }, { "name": "C", "kind": "Dates", "dates": ["2026-07-05","2026-07-12","2026-07-19","2026-07-26","2026-08-02"] } ] }""",
    ];

    /// <summary>
    /// Reads <paramref name="json"/> and checks the contract: a <see cref="SlaConfigurationException"/> with located errors, or a
    /// value that writes, reads back equal, writes the same text again and answers <paramref name="query"/> with no exception
    /// other than a <see cref="HolidayRuleEvaluationException"/>.
    /// </summary>
    internal static string? CheckDocument<T>(string json, Func<string, T> read, Func<T, string> write, Action<T> query)
        where T : class
    {
        T value;
        try
        {
            value = read(json);
        }
        catch (SlaConfigurationException e)
        {
            if (e.Errors.Count == 0)
            {
                return "a SlaConfigurationException without errors";
            }

            SlaConfigurationError? bad = e.Errors.FirstOrDefault(error => !error.Path.StartsWith('$') || error.Message.Length == 0 || !error.Message.EndsWith('.'));
            return bad is null ? null : "an error without a path or a sentence: " + bad;
        }

        string written = write(value);
        T back;
        try
        {
            back = read(written);
        }
        catch (SlaConfigurationException e)
        {
            return "it read, but its written form does not: " + e.Message + Environment.NewLine + written;
        }

        if (!value.Equals(back))
        {
            return "it read back unequal from" + Environment.NewLine + written;
        }

        string again = write(back);
        if (again != written)
        {
            return "it wrote differently the second time:" + Environment.NewLine + written + Environment.NewLine + again;
        }

        try
        {
            query(value);
        }
        catch (HolidayRuleEvaluationException)
        {
            // Documented: a year's holidays leave a rule without its day.
        }

        return null;
    }

    private static void Fuzz<T>(string kind, Func<string, T> read, Func<T, string> write, Action<T> query, IEnumerable<string> reproducers)
        where T : class
    {
        Dictionary<string, string[]> corpus = s_corpus.Value;
        var mutator = new JsonMutator(corpus[kind], corpus.Where(pair => pair.Key != kind).SelectMany(pair => pair.Value.Take(10)));
        int count = Fuzzing.Run(
            "SlaJson " + kind,
            InputsPerReader,
            mutator.Next,
            json => CheckDocument(json, read, write, query),
            corpus[kind].Concat(reproducers));
        Assert.True(count >= InputsPerReader);
    }

    // First queries, each cheap (near 2000, where compilation starts) and each documented to throw only the types allowed above.
    private static void QueryHolidayCalendar(HolidayCalendar calendar)
    {
        int year = Math.Clamp(2000, calendar.FirstSupportedYear, calendar.LastSupportedYear);
        _ = calendar.GetHolidays(year);
        _ = calendar.IsBusinessDay(new LocalDate(year, 6, 1));
    }

    private static void QueryBusinessCalendar(BusinessCalendar calendar)
    {
        Instant at = Instant.FromUtc(2000, 6, 1, 12, 0);
        NodaTime.Interval supported = calendar.SupportedInterval;
        if (supported.Contains(at) && supported.Contains(at + Duration.FromDays(7)))
        {
            _ = calendar.IsOpen(at);
            _ = calendar.BusinessTimeBetween(at, at + Duration.FromDays(7));
        }
    }

    private static void QuerySlaPolicy(SlaPolicy policy)
    {
        Instant at = Instant.FromUtc(2000, 6, 1, 12, 0);
        if (policy.TryGetTarget(policy.Priorities[0], SlaMetric.FirstResponse, out SlaTarget target, out BusinessCalendar? calendar)
            && target.Kind == SlaTargetKind.Business
            && calendar!.SupportedInterval.Contains(at)
            && calendar.SupportedInterval.Contains(at + Duration.FromDays(400)))
        {
            try
            {
                _ = policy.DueAt(policy.Priorities[0], SlaMetric.FirstResponse, at);
            }
            catch (InvalidOperationException)
            {
                // Documented: a calendar with no business time after the start, or a year its holidays cannot evaluate.
            }
        }
    }

    /// <summary>40,000 closed dates (1.2 MB): an outside review found reading them quadratic.</summary>
    private static string ManyOverrideDates()
        => "{" + string.Join(",", Enumerable.Range(0, 40_000).Select(d => $"\"{new LocalDate(1950, 1, 1).PlusDays(d):uuuu-MM-dd}\":[]")) + "}";

    /// <summary>20,000 schedule changes: quadratic to read and query before.</summary>
    private static string ManyScheduleChanges()
        => "{\"zone\":\"UTC\",\"schedule\":{},\"scheduleChanges\":["
            + string.Join(",", Enumerable.Range(0, 20_000).Select(d => $"{{\"from\":\"{new LocalDate(2000, 1, 1).PlusDays(d):uuuu-MM-dd}\",\"schedule\":{{\"monday\":[\"00:00-0{1 + (d % 8)}:00\"]}}}}"))
            + "]}";

    /// <summary>The valid documents of each kind: the published samples, and objects from the round-trip generators (fixed seed).</summary>
    private static Dictionary<string, string[]> BuildCorpus()
    {
        var corpus = new Dictionary<string, List<string>>
        {
            ["holiday calendar"] = [],
            ["weekly schedule"] = [],
            ["date overrides"] = [],
            ["business calendar"] = [],
            ["SLA policy"] = [],
            ["credit schedule"] = [],
            ["uptime policy"] = [],
            ["uptime SLA"] = [],
        };

        foreach (string file in Directory.GetFiles(Path.Combine(CliFiles.RepositoryRoot, "samples", "Policies"), "*.json").Order(StringComparer.Ordinal))
        {
            string json = File.ReadAllText(file);
            string? kind = Classify(json);
            Assert.True(kind is not null, $"{file} is no document kind");
            corpus[kind!].Add(json);
        }

        const int PerKind = 24;
        var seed = new FsCheck.Rnd(20261206UL);
        corpus["holiday calendar"].AddRange(Sample(ConfigGenerators.HolidayCalendarCases().Generator, seed, PerKind).Select(c => SlaJson.Write(c.Calendar)));
        corpus["weekly schedule"].AddRange(Sample(ConfigGenerators.WeeklySchedules(), seed, PerKind).Select(SlaJson.Write));
        corpus["date overrides"].AddRange(Sample(ConfigGenerators.DateOverridesArb().Generator, seed, PerKind).Select(SlaJson.Write));
        corpus["business calendar"].AddRange(Sample(ConfigGenerators.BusinessCalendars(), seed, PerKind).Select(SlaJson.Write));
        corpus["SLA policy"].AddRange(Sample(ConfigGenerators.SlaPolicies(), seed, PerKind).Select(SlaJson.Write));
        corpus["credit schedule"].AddRange(Sample(ConfigGenerators.CreditSchedules(), seed, PerKind).Select(SlaJson.Write));
        corpus["uptime policy"].AddRange(Sample(ConfigGenerators.UptimePolicies(), seed, PerKind).Select(SlaJson.Write));
        corpus["uptime SLA"].AddRange(Sample(ConfigGenerators.UptimeSlas(), seed, PerKind).Select(SlaJson.Write));
        return corpus.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    private static T[] Sample<T>(Gen<T> generator, FsCheck.Rnd seed, int count)
        => FsCheck.FSharp.Gen.Sample(seed, 20, count, generator);

    private static string? Classify(string json)
    {
        (string Kind, Action<string> Read)[] readers =
        [
            ("SLA policy", j => SlaJson.ReadSlaPolicy(j)),
            ("uptime SLA", j => SlaJson.ReadUptimeSla(j)),
            ("uptime policy", j => SlaJson.ReadUptimePolicy(j)),
            ("business calendar", j => SlaJson.ReadBusinessCalendar(j)),
            ("holiday calendar", j => SlaJson.ReadHolidayCalendar(j)),
            ("credit schedule", j => SlaJson.ReadCreditSchedule(j)),
            ("weekly schedule", j => SlaJson.ReadWeeklySchedule(j)),
            ("date overrides", j => SlaJson.ReadDateOverrides(j)),
        ];
        foreach ((string kind, Action<string> read) in readers)
        {
            try
            {
                read(json);
                return kind;
            }
            catch (SlaConfigurationException)
            {
            }
        }

        return null;
    }
}
