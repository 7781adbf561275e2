using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Interval = NodaTime.Interval;

namespace SlaEngine.Tests.TestSupport;

/// <summary>A generated holiday calendar and the years whose holidays to compare.</summary>
/// <param name="Calendar">The calendar, accepted by <see cref="HolidayCalendar.Create"/>.</param>
/// <param name="Years">Years inside the calendar's supported years.</param>
public sealed record HolidayCalendarConfigCase(HolidayCalendar Calendar, IReadOnlyList<int> Years)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString() => $"years [{string.Join(", ", Years)}]{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Calendar))}";
}

/// <summary>A generated business calendar (possibly a union) and inputs for its queries.</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="Instants">Instants in 2020–2030 to ask at, at tick precision, mostly within 40 days of each other.</param>
/// <param name="Amounts">Signed business-time amounts, one per instant.</param>
public sealed record BusinessCalendarConfigCase(BusinessCalendar Calendar, IReadOnlyList<Instant> Instants, IReadOnlyList<Duration> Amounts)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString()
        => $"instants [{string.Join(", ", Instants.Select(ConfigGenerators.Format))}], amounts [{string.Join(", ", Amounts.Select(ConfigGenerators.Format))}]{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Calendar))}";
}

/// <summary>A generated SLA policy and start instants for its targets.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Starts">Start instants in 2020–2030.</param>
public sealed record SlaPolicyConfigCase(SlaPolicy Policy, IReadOnlyList<Instant> Starts)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString()
        => $"starts [{string.Join(", ", Starts.Select(ConfigGenerators.Format))}]{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Policy))}";
}

/// <summary>A generated credit schedule and uptimes, a charge and rounding to evaluate it with.</summary>
/// <param name="Schedule">The schedule.</param>
/// <param name="Uptimes">Uptimes in [0, 1]: every tier bound, a millionth of a percent below each, and random ones.</param>
/// <param name="Charge">A monthly charge.</param>
/// <param name="Rounding">A midpoint rounding.</param>
/// <param name="MinorUnitDecimals">Minor-unit decimals, 0–6.</param>
public sealed record CreditScheduleConfigCase(CreditSchedule Schedule, IReadOnlyList<ExactRatio> Uptimes, decimal Charge, MidpointRounding Rounding, int MinorUnitDecimals)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString()
        => $"charge {Charge}, {Rounding}, {MinorUnitDecimals} decimals{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Schedule))}";
}

/// <summary>Per-minute request counts over a period, to evaluate an uptime policy with.</summary>
/// <param name="Period">A whole-minute period in 2024, 1–2 days long.</param>
/// <param name="Valid">Valid requests per minute.</param>
/// <param name="Errors">Error requests per minute, at most the valid ones.</param>
/// <param name="Month">A month for <see cref="UptimePolicy.PeriodOf"/>.</param>
/// <param name="Charge">A monthly charge for credits.</param>
public sealed record UptimeSample(Interval Period, int[] Valid, int[] Errors, YearMonth Month, decimal Charge)
{
    /// <summary>The sample, briefly.</summary>
    public override string ToString() => $"period {Period}, month {Month}, charge {Charge}";
}

/// <summary>A generated uptime policy and a sample to evaluate it on.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Sample">The sample.</param>
public sealed record UptimePolicyConfigCase(UptimePolicy Policy, UptimeSample Sample)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString() => $"{Sample}{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Policy))}";
}

/// <summary>A generated uptime SLA and a sample to evaluate its policy and credits on.</summary>
/// <param name="Sla">The SLA.</param>
/// <param name="Sample">The sample.</param>
public sealed record UptimeSlaConfigCase(UptimeSla Sla, UptimeSample Sample)
{
    /// <summary>The case as its JSON document, for FsCheck's failure reports.</summary>
    public override string ToString() => $"{Sample}{Environment.NewLine}{ConfigGenerators.Json(() => SlaJson.Write(Sla))}";
}

/// <summary>
/// FsCheck generators of valid configuration objects for the <see cref="SlaJson"/> round-trip properties: holiday calendars
/// with every rule kind (from <see cref="CalendarGenerators"/>) and random supported years; weekly schedules with overnight,
/// all-day and 24:00 hours on minute, second and tick boundaries; date overrides; business calendars in five zones with no,
/// built-in or inline holidays, schedule changes and overrides, and unions of them; SLA policies with every target kind and
/// own calendars; credit schedules, uptime policies and uptime SLAs.
/// </summary>
/// <remarks>
/// Left out on purpose, because the document format cannot yet carry them (each has its own skipped test in
/// <c>SlaJsonTests.RoundTrip.cs</c>): an <see cref="UptimeSla"/> whose name is empty or blank, a
/// <see cref="SlaTarget.NextBusinessDayAt"/> time that is not a whole tick, a union of a single business calendar, and a
/// holiday calendar built with <see cref="HolidayCalendar.Union"/>.
/// </remarks>
public static class ConfigGenerators
{
    /// <summary>The zones business calendars use.</summary>
    public static readonly IReadOnlyList<string> ZoneIds = ["UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe"];

    private static readonly IsoDayOfWeek[] s_days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToArray();
    private static readonly Instant s_first = Instant.FromUtc(2020, 1, 1, 0, 0);
    private static readonly Instant s_last = Instant.FromUtc(2031, 1, 1, 0, 0);

    /// <summary>Names for policies, SLAs and priorities: plain, with spaces inside, quotes, backslashes, control characters, non-ASCII and JSON-looking text.</summary>
    private static readonly string[] s_names =
    [
        "P1", "P2", "P3", "P4", "P5", "Urgent", "High", "normal", "low", "Sev 1", "Ünïcödé", "日本語", "emoji 🚀", "quote\"d", "back\\slash",
        "tab\there", "line\nbreak", "</script>", "{\"json\": 1}", "'single'", "a.b", "[0]", "$.x", "\u00a0nbsp inside\u00a0x",
    ];

    /// <summary>Holiday calendar cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<HolidayCalendarConfigCase> HolidayCalendarCases() => Arb.From(HolidayCalendarCaseGen());

    /// <summary>Weekly schedules, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<WeeklySchedule> WeeklyScheduleArb() => Arb.From(WeeklySchedules());

    /// <summary>Date overrides, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<DateOverrides> DateOverridesArb() => Arb.From(Overrides(Gen.Frequency((6, AnyDate()), (1, ExtremeDate())), 0, 8));

    /// <summary>Business calendar cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<BusinessCalendarConfigCase> BusinessCalendarCases() => Arb.From(
        from calendar in BusinessCalendars()
        from instants in NearbyInstants(4)
        from amounts in Gen.ArrayOf(Amounts(), 4)
        select new BusinessCalendarConfigCase(calendar, instants, amounts));

    /// <summary>SLA policy cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<SlaPolicyConfigCase> SlaPolicyCases() => Arb.From(
        from policy in SlaPolicies()
        from starts in NearbyInstants(2)
        select new SlaPolicyConfigCase(policy, starts));

    /// <summary>Credit schedule cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<CreditScheduleConfigCase> CreditScheduleCases() => Arb.From(
        from schedule in CreditSchedules()
        from random in Gen.ArrayOf(Gen.Choose(0, 100_000_000), 3)
        from charge in UptimeGenerators.Charges()
        from rounding in Roundings()
        from decimals in Gen.Choose(0, 6)
        select new CreditScheduleConfigCase(schedule, Uptimes(schedule, random), charge, rounding, decimals));

    /// <summary>Uptime policy cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<UptimePolicyConfigCase> UptimePolicyCases() => Arb.From(
        from policy in UptimePolicies()
        from sample in Samples()
        select new UptimePolicyConfigCase(policy, sample));

    /// <summary>Uptime SLA cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<UptimeSlaConfigCase> UptimeSlaCases() => Arb.From(
        from sla in UptimeSlas()
        from sample in Samples()
        select new UptimeSlaConfigCase(sla, sample));

    /// <summary>A document for a failure report, or why writing it failed.</summary>
    public static string Json(Func<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return write();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return $"(writing failed: {e.GetType().Name}: {e.Message})";
        }
    }

    /// <summary>An instant to the tick (ISO, UTC).</summary>
    public static string Format(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

    /// <summary>A duration exactly, in nanoseconds.</summary>
    public static string Format(Duration duration) => duration.ToBigIntegerNanoseconds().ToString(CultureInfo.InvariantCulture) + "ns";

    /// <summary>Weekly schedules: calls on an empty or always-open schedule, with hours on minute, second and tick boundaries, overnight and to 24:00.</summary>
    public static Gen<WeeklySchedule> WeeklySchedules() =>
        from start in Gen.Frequency((10, Gen.Constant(WeeklySchedule.Empty)), (1, Gen.Constant(WeeklySchedule.AlwaysOpen)))
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 4)), (3, Gen.Choose(5, 10)))
        from calls in Gen.ArrayOf(ScheduleCalls(), count)
        select calls.Aggregate(start, (schedule, call) => call(schedule));

    /// <summary>Business calendars: mostly single ones, some unions of two or three (rarely with a union inside).</summary>
    public static Gen<BusinessCalendar> BusinessCalendars() =>
        Gen.Frequency(
            (5, SingleCalendars()),
            (2, Unions(SingleCalendars())),
            (1, Unions(Gen.Frequency((3, SingleCalendars()), (1, Unions(SingleCalendars()))))));

    /// <summary>Valid credit schedules (from <see cref="UptimeGenerators.Schedules"/>: lowest tier at 0, contiguous, credits non-increasing, six places at most).</summary>
    public static Gen<CreditSchedule> CreditSchedules() =>
        UptimeGenerators.Schedules().Select(spec => CreditSchedule.Create(spec.Tiers.Select(t => new CreditTier(t.Min, t.Max, t.Credit)).ToArray()));

    /// <summary>Uptime policies with every property set to a random valid value, some left at the default.</summary>
    public static Gen<UptimePolicy> UptimePolicies() =>
        Gen.Frequency(
            (1, Gen.Constant(UptimePolicy.Default)),
            (12, from threshold in UptimeGenerators.Thresholds()
                 from minimumValid in Gen.Frequency((4, Gen.Choose(0, 100)), (1, Gen.Elements(0, 1, int.MaxValue)), (1, Gen.Choose(0, int.MaxValue)))
                 from minimumRun in Gen.Frequency((4, Gen.Choose(1, 10)), (1, Gen.Elements(1, int.MaxValue)), (1, Gen.Choose(1, int.MaxValue)))
                 from method in Gen.Elements(UptimeMethod.DownMinutes, UptimeMethod.AverageErrorRate)
                 from minutes in Gen.Frequency((2, Gen.Elements(1, 5, 15, 60, 1440)), (1, Gen.Choose(1, 1440)))
                 from zone in PolicyZones()
                 from mode in Gen.Elements(ExclusionMode.BeforeGrouping, ExclusionMode.AfterGrouping)
                 from exclusions in Gen.Frequency((2, Gen.Constant(Array.Empty<Interval>())), (3, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Exclusions(), n))))
                 from serviceHours in Gen.Frequency((3, Gen.Constant<BusinessCalendar?>(null)), (1, BusinessCalendars().Select(c => (BusinessCalendar?)c)))
                 select UptimePolicy.Default with
                 {
                     ErrorRateThreshold = threshold,
                     MinimumValidRequests = minimumValid,
                     MinimumDowntimeRun = minimumRun,
                     Method = method,
                     AveragingInterval = Duration.FromMinutes(minutes),
                     TimeZone = zone,
                     ExclusionMode = mode,
                     Exclusions = exclusions,
                     ServiceHours = serviceHours,
                 }));

    /// <summary>Uptime SLAs: a non-blank name, a target in (0, 100] with up to 28 places, a policy, credits or none, any rounding and 0–6 minor-unit decimals.</summary>
    public static Gen<UptimeSla> UptimeSlas() =>
        Gen.Frequency(
            (1, Gen.Constant(new UptimeSla())),
            (10, from name in Gen.Frequency((1, Gen.Constant("Uptime SLA")), (3, Names()))
                 from target in Gen.Frequency(
                     (4, UptimeGenerators.Percents().Where(p => p > 0m)),
                     (1, Gen.Elements(100m, 100.000m, 0.000001m, 99.9999999999999999999999999m, 0.0000000000000000000000000001m)),
                     (1, from scale in Gen.Choose(0, 28)
                         from mantissa in Gen.Choose(1, int.MaxValue)
                         let value = new decimal(mantissa, 0, 0, false, (byte)scale)
                         where value <= 100m
                         select value))
                 from policy in UptimePolicies()
                 from credits in Gen.Frequency((1, Gen.Constant<CreditSchedule?>(null)), (2, CreditSchedules().Select(c => (CreditSchedule?)c)))
                 from rounding in Roundings()
                 from decimals in Gen.Choose(0, 6)
                 select new UptimeSla { Name = name, TargetPercent = target, Policy = policy, Credits = credits, Rounding = rounding, MinorUnitDecimals = decimals }));

    /// <summary>SLA policies: 1–5 priorities distinct ignoring case, targets of every kind on random cells, some with their own calendars.</summary>
    public static Gen<SlaPolicy> SlaPolicies() =>
        from name in Names()
        from calendar in Gen.Frequency((4, SingleCalendars()), (1, Unions(SingleCalendars())))
        from priorities in Gen.Shuffle(s_names).Select(names => names.Where(n => n.Trim() == n).DistinctBy(n => n.ToUpperInvariant()).ToArray())
        from count in Gen.Choose(1, 5)
        from targets in Gen.ArrayOf(TargetCells(), 2 * Math.Min(count, priorities.Length))
        select Policy(name, calendar, priorities.Take(count).ToArray(), targets);

    /// <summary>Non-blank names, sometimes with leading or trailing spaces.</summary>
    public static Gen<string> Names() =>
        Gen.Frequency(
            (4, Gen.Elements(s_names)),
            (1, Gen.Elements(s_names).Select(n => " " + n + "  ")),
            (1, from chars in Gen.ArrayOf(Gen.Choose(0x21, 0x2FF).Select(c => (char)c), 12) select new string(chars)));

    private static SlaPolicy Policy(string name, BusinessCalendar calendar, string[] priorities, (int Kind, SlaTarget Target, BusinessCalendar? Own)[] cells)
    {
        SlaPolicy policy = SlaPolicy.Create(name, calendar, priorities);
        for (int p = 0; p < priorities.Length; p++)
        {
            for (int m = 0; m < 2; m++)
            {
                (int kind, SlaTarget target, BusinessCalendar? own) = cells[(2 * p) + m];
                if (kind == 0)
                {
                    continue;
                }

                SlaMetric metric = m == 0 ? SlaMetric.FirstResponse : SlaMetric.Resolution;
                policy = own is not null && target.Kind != SlaTargetKind.Calendar
                    ? policy.WithTarget(priorities[p], metric, target, own)
                    : policy.WithTarget(priorities[p], metric, target);
            }
        }

        return policy;
    }

    // A cell of the target table: empty (kind 0) a third of the time, else a target and sometimes its own calendar.
    private static Gen<(int Kind, SlaTarget Target, BusinessCalendar? Own)> TargetCells() =>
        from present in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from target in Targets()
        from own in Gen.Frequency((6, Gen.Constant<BusinessCalendar?>(null)), (1, Gen.Frequency((4, SingleCalendars()), (1, Unions(SingleCalendars()))).Select(c => (BusinessCalendar?)c)))
        select (present ? 1 : 0, target, own);

    private static Gen<SlaTarget> Targets() =>
        Gen.Frequency(
            (2, TargetDurations(huge: true).Select(SlaTarget.Calendar)),
            (3, TargetDurations(huge: false).Select(SlaTarget.Business)),
            (2, Gen.Frequency((40, Gen.Choose(1, 20)), (1, Gen.Choose(1, SlaTarget.MaxDays))).Select(SlaTarget.BusinessDays)),
            (2, Gen.Frequency((40, Gen.Choose(0, 20)), (1, Gen.Choose(0, SlaTarget.MaxDays))).Select(SlaTarget.EndOfBusinessDay)),
            (2, TimesOfDay().Select(ticks => SlaTarget.NextBusinessDayAt(LocalTime.FromTicksSinceMidnight(ticks)))));

    // Positive durations up to the 36,600-day maximum (huge) or up to 60 days (business targets, so queries stay short):
    // whole minutes, seconds with fractions, single nanoseconds.
    private static Gen<Duration> TargetDurations(bool huge) =>
        Gen.Frequency(
            (5, Gen.Choose(1, 10_000).Select(m => Duration.FromMinutes(m))),
            (2, from seconds in Gen.Choose(0, 100_000)
                from nanos in Gen.Choose(0, 999_999_999)
                where seconds > 0 || nanos > 0
                select Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos)),
            (1, Gen.Elements(Duration.Epsilon, Duration.FromNanoseconds(999), Duration.FromTicks(1), Duration.FromHours(1) + Duration.Epsilon)),
            (1, huge
                ? Gen.Frequency((1, Gen.Constant(Duration.FromDays(SlaTarget.MaxDays))), (3, Gen.Choose(1, SlaTarget.MaxDays).Select(d => Duration.FromDays(d) - Duration.FromNanoseconds(d))))
                : Gen.Choose(1, 60 * 24).Select(h => Duration.FromHours(h))));

    private static Gen<HolidayCalendarConfigCase> HolidayCalendarCaseGen() =>
        from c in CalendarGenerators.Calendars().Generator
        from years in SupportedYears(c.Year)
        from picks in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3)
        let calendar = TryCreate(c.Rules, c.Weekend, years)
        where calendar is not null
        select new HolidayCalendarConfigCase(calendar!, CheckedYears(calendar!, c.Year, picks));

    private static HolidayCalendar? TryCreate(IEnumerable<HolidayRule> rules, IEnumerable<IsoDayOfWeek> weekend, (int First, int Last)? years)
    {
        try
        {
            HolidayCalendar calendar = HolidayCalendar.Create(rules, weekend);
            return years is { } y ? calendar.WithSupportedYears(y.First, y.Last) : calendar;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    // The default years half the time; otherwise a range around the calendar's year, a single year, or nearly everything.
    private static Gen<(int First, int Last)?> SupportedYears(int year) =>
        Gen.Frequency(
            (4, Gen.Constant<(int, int)?>(null)),
            (3, from below in Gen.Choose(0, 40)
                from above in Gen.Choose(0, 40)
                select (((int, int)?)(Math.Max(year - below, HolidayCalendar.MinSupportedYear), Math.Min(year + above, HolidayCalendar.MaxSupportedYear)))),
            (1, Gen.Constant<(int, int)?>((year, year))),
            (1, Gen.Elements<(int, int)?>((HolidayCalendar.MinSupportedYear, HolidayCalendar.MaxSupportedYear), (1, 2199), (1900, 9900))));

    // The calendar's own year (clamped into range), its first and last supported years when near 2000 (a calendar compiles
    // every year between 2000 and the one asked, so 1 and 9900 would cost seconds), and random years near its own.
    private static int[] CheckedYears(HolidayCalendar calendar, int year, int[] picks)
    {
        int first = calendar.FirstSupportedYear;
        int last = calendar.LastSupportedYear;
        var years = new List<int> { Math.Clamp(year, first, last) };
        years.AddRange(new[] { first, last }.Where(y => Math.Abs(y - Math.Clamp(2000, first, last)) <= 250));
        years.AddRange(picks.Select(p => Math.Clamp(year - 3 + (p % 7), first, last)));
        return years.Distinct().ToArray();
    }

    // One call on a weekly schedule: mostly Add (overnight when close <= open, 24:00 when close is 00:00), sometimes AddAllDay,
    // Weekdays or EveryDay.
    private static Gen<Func<WeeklySchedule, WeeklySchedule>> ScheduleCalls() =>
        from kind in Gen.Frequency((12, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from day in Gen.Elements(s_days)
        from open in TimesOfDay()
        from close in Gen.Frequency((3, TimesOfDay()), (1, Gen.Choose(1, 600).Select(m => (open + (m * NodaConstants.TicksPerMinute)) % NodaConstants.TicksPerDay)))
        select (Func<WeeklySchedule, WeeklySchedule>)(schedule =>
        {
            LocalTime o = LocalTime.FromTicksSinceMidnight(open);
            LocalTime c = LocalTime.FromTicksSinceMidnight(close);
            return kind == 1 || open == close ? schedule.AddAllDay(day)
                : kind == 2 ? schedule.Weekdays(o, c)
                : kind == 3 ? schedule.EveryDay(o, c)
                : schedule.Add(day, o, c);
        });

    // Ticks of the day: quarter hours, any minute, any second, any tick, and the extremes.
    private static Gen<long> TimesOfDay() =>
        Gen.Frequency(
            (4, Gen.Choose(0, 95).Select(q => q * 15 * NodaConstants.TicksPerMinute)),
            (2, Gen.Choose(0, 1439).Select(m => m * NodaConstants.TicksPerMinute)),
            (2, Gen.Choose(0, 86_399).Select(s => s * NodaConstants.TicksPerSecond)),
            (2, from s in Gen.Choose(0, 86_399)
                from t in Gen.Choose(0, (int)NodaConstants.TicksPerSecond - 1)
                select (s * NodaConstants.TicksPerSecond) + t),
            (1, Gen.Elements(0L, 1L, NodaConstants.TicksPerDay - 1, NodaConstants.TicksPerDay / 2, NodaConstants.TicksPerMillisecond, NodaConstants.TicksPerDay - NodaConstants.TicksPerSecond)));

    // Up to `max` calls on date overrides: Closed, Hours (merging on a date), Set (several intervals, or none).
    private static Gen<DateOverrides> Overrides(Gen<LocalDate> dates, int min, int max) =>
        from count in Gen.Choose(min, max)
        from calls in Gen.ArrayOf(OverrideCalls(dates), count)
        select calls.Aggregate(DateOverrides.Empty, (overrides, call) => call(overrides));

    private static Gen<Func<DateOverrides, DateOverrides>> OverrideCalls(Gen<LocalDate> dates) =>
        from kind in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)))
        from date in dates
        from intervals in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(DayIntervals(), n))
        from single in DayIntervals()
        select (Func<DateOverrides, DateOverrides>)(overrides => kind switch
        {
            0 => overrides.Closed(date),
            1 => overrides.Hours(date, single.Open, single.Close),
            _ => overrides.Set(date, intervals),
        });

    // An interval within a day: open before close, close 00:00 meaning 24:00.
    private static Gen<OpenInterval> DayIntervals() =>
        from a in TimesOfDay()
        from b in Gen.Frequency((4, TimesOfDay()), (1, Gen.Constant(NodaConstants.TicksPerDay)))
        where a != b
        let open = Math.Min(a, b)
        let close = Math.Max(a, b)
        select new OpenInterval(LocalTime.FromTicksSinceMidnight(open), close == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(close));

    private static Gen<LocalDate> AnyDate() =>
        Gen.Choose(0, 36 * 366).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static Gen<LocalDate> ExtremeDate() =>
        Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1, 1, 1), new LocalDate(0, 2, 29), new LocalDate(-1, 12, 31), new LocalDate(9999, 12, 31), new LocalDate(1900, 2, 28));

    // A single business calendar: a zone, a schedule, holidays (none, built-in, a changed built-in, or inline), up to two
    // schedule changes and some overrides near an anchor date in 2020–2030; or one built by BusinessCalendarGenerators.
    private static Gen<BusinessCalendar> SingleCalendars() =>
        Gen.Frequency(
            (4, from zoneId in Gen.Elements(ZoneIds.ToArray())
                from anchorDay in Gen.Choose(0, 11 * 365)
                let anchor = new LocalDate(2020, 1, 1).PlusDays(anchorDay)
                from schedule in WeeklySchedules()
                from holidays in HolidayOptions()
                from changeCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 2)))
                from changeDays in Gen.ArrayOf(Gen.Choose(-400, 400), changeCount)
                from changeSchedules in Gen.ArrayOf(WeeklySchedules(), changeCount)
                from overrides in Gen.Frequency((2, Gen.Constant(DateOverrides.Empty)), (1, Overrides(Gen.Choose(-5, 20).Select(anchor.PlusDays), 1, 5)))
                select Build(zoneId, schedule, holidays, changeDays.Select(anchor.PlusDays).Zip(changeSchedules).ToArray(), overrides)),
            (1, from zoneId in Gen.Elements(ZoneIds.ToArray())
                from minute in Gen.Choose(0, (int)(s_last - s_first).TotalMinutes)
                from definition in BusinessCalendarGenerators.Definitions(zoneId, s_first + Duration.FromMinutes(minute))
                select BusinessCalendarGenerators.Build(definition)));

    private static BusinessCalendar Build(string zoneId, WeeklySchedule schedule, HolidayCalendar? holidays, (LocalDate From, WeeklySchedule Schedule)[] changes, DateOverrides overrides)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        ScheduledBusinessCalendar calendar = holidays is null ? BusinessCalendar.Create(schedule, zone) : BusinessCalendar.Create(schedule, holidays, zone);
        foreach ((LocalDate from, WeeklySchedule changed) in changes)
        {
            calendar = calendar.WithSchedule(from, changed);
        }

        return overrides.Count == 0 ? calendar : calendar.WithOverrides(overrides);
    }

    // None, a built-in calendar (written as its id), a built-in with changed years or an extra rule (written inline), or a
    // generated calendar, sometimes with supported years that still cover 2015–2035.
    private static Gen<HolidayCalendar?> HolidayOptions() =>
        Gen.Frequency(
            (3, Gen.Constant<HolidayCalendar?>(null)),
            (2, Gen.Elements<HolidayCalendar?>(HolidayCalendars.UsFederal, HolidayCalendars.UsFederalClosures)),
            (1, Gen.Elements<HolidayCalendar?>(
                HolidayCalendars.UsFederal.WithSupportedYears(2000, 2100),
                HolidayCalendars.UsFederal.With(HolidayRule.Dates("Company day", new LocalDate(2024, 12, 24), new LocalDate(2025, 12, 24))))),
            (1, from c in CalendarGenerators.Calendars().Generator
                from narrow in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                from first in Gen.Choose(1990, 2015)
                from last in Gen.Choose(2035, 2100)
                let calendar = TryCreate(c.Rules, c.Weekend, narrow ? (first, last) : null)
                where calendar is not null
                select calendar));

    private static Gen<BusinessCalendar> Unions(Gen<BusinessCalendar> members) =>
        from count in Gen.Choose(2, 3)
        from list in Gen.ArrayOf(members, count)
        select (BusinessCalendar)BusinessCalendar.Union(list[0].Zone, list);

    // Tick-precision instants in 2020–2030: uniform, or whole hours and minutes (often the hours' boundaries).
    private static Gen<Instant> Instants() =>
        from minute in Gen.Choose(0, (int)(s_last - s_first).TotalMinutes - 1)
        from ticks in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, (int)NodaConstants.TicksPerMinute - 1)))
        select s_first + Duration.FromMinutes(minute) + Duration.FromTicks(ticks);

    // `count` instants: the first uniform in 2020–2030, each later one within 40 days of it or (a quarter of the time) anywhere,
    // so that most cases compile only one stretch of the calendars.
    private static Gen<Instant[]> NearbyInstants(int count) =>
        from first in Instants()
        from others in Gen.ArrayOf(
            Gen.Frequency(
                (3, Gen.Choose(-40 * 1440, 40 * 1440).Select(m => first + Duration.FromMinutes(m))),
                (1, Instants())),
            count - 1)
        select others.Prepend(first).Select(t => t < s_first ? s_first : t >= s_last ? s_last - Duration.FromMinutes(1) : t).ToArray();

    // Signed business-time amounts: zero, a few minutes to two working weeks, odd ticks.
    private static Gen<Duration> Amounts() =>
        from magnitude in Gen.Frequency(
            (1, Gen.Constant(Duration.Zero)),
            (4, Gen.Choose(1, 5000).Select(m => Duration.FromMinutes(m))),
            (2, Gen.Choose(1, int.MaxValue).Select(t => Duration.FromTicks(t))),
            (1, Gen.Elements(Duration.Epsilon, Duration.FromTicks(1), Duration.FromNanoseconds(150))))
        from negative in Gen.Elements(false, true)
        select negative ? -magnitude : magnitude;

    private static Gen<DateTimeZone> PolicyZones() =>
        Gen.Frequency(
            (2, Gen.Constant(DateTimeZone.Utc)),
            (4, Gen.Elements("UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "Etc/GMT+5", "America/St_Johns")
                .Select(id => DateTimeZoneProviders.Tzdb[id])));

    // Excluded intervals, [start, end) with start <= end, at nanosecond precision, sometimes empty.
    private static Gen<Interval> Exclusions() =>
        from start in Instants()
        from nanos in Gen.Choose(0, 999_999_999)
        from length in Gen.Frequency((1, Gen.Constant(0L)), (3, Gen.Choose(1, 100_000).Select(m => m * 60_000_000_000L)), (1, Gen.Choose(1, int.MaxValue).Select(n => (long)n)))
        let startAt = start + Duration.FromNanoseconds(nanos)
        select new Interval(startAt, startAt + Duration.FromNanoseconds(length));

    private static Gen<MidpointRounding> Roundings() =>
        Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity);

    private static ExactRatio[] Uptimes(CreditSchedule schedule, int[] random)
    {
        var percents = new List<decimal>();
        foreach (CreditTier tier in schedule.Tiers)
        {
            percents.Add(tier.MinimumUptimePercent);
            percents.Add(tier.MaximumUptimePercent);
            percents.Add(Math.Max(0m, tier.MaximumUptimePercent - 0.000001m));
        }

        percents.AddRange(random.Select(r => r / 1_000_000m));
        return percents.Distinct().Select(ExactRatio.FromPercent).ToArray();
    }

    // A period of 1–2 days starting on a whole minute in 2024 with random counts, a month, and a charge.
    private static Gen<UptimeSample> Samples() =>
        from startMinute in Gen.Choose(0, 360 * 1440)
        from length in Gen.Choose(60, 2 * 1440)
        from seed in Gen.Choose(0, int.MaxValue)
        from month in Gen.Choose(1, 12)
        from charge in UptimeGenerators.Charges()
        let start = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(startMinute)
        let counts = Counts(seed, length)
        select new UptimeSample(new Interval(start, start + Duration.FromMinutes(length)), counts.Valid, counts.Errors, new YearMonth(2024, month), charge);

    private static (int[] Valid, int[] Errors) Counts(int seed, int length)
    {
        var random = new IntegerRandom((ulong)seed);
        var valid = new int[length];
        var errors = new int[length];
        for (int i = 0; i < length; i++)
        {
            valid[i] = (int)random.Next(0, 50);
            long roll = random.Next(0, 9);
            errors[i] = roll < 6 ? 0 : roll < 8 ? (int)random.Next(0, valid[i]) : valid[i];
        }

        return (valid, errors);
    }
}
