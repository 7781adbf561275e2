using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>One random calendar with a start instant, signed spans and counts for the queries.</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="Start">A whole-minute start instant in 1995–2035.</param>
/// <param name="SpanMinutes">The signed length of [Start, End), up to 40 days.</param>
/// <param name="AmountMinutes">A signed business-time amount.</param>
/// <param name="SplitMinutes">A signed offset of a split point from the start.</param>
/// <param name="SubMinuteTicks">Ticks (under a minute) for the library-only invariants that need not be whole minutes.</param>
/// <param name="DaySpan">A signed number of days from the start's local date.</param>
/// <param name="DayCount">A signed business-day count.</param>
/// <param name="WarmUpDays">
/// Days from the start (up to about ±11 years) at which the calendar is asked first, in this order, before the checked queries
/// (<see cref="BusinessCalendarGenerators.Prepare"/>): the checks then run on a calendar compiled piecemeal, in scattered blocks
/// and runs that their own queries extend, bridge and join.
/// </param>
/// <param name="Twin">
/// Whether the checks run on a second calendar built from the same definition while the first (the one warmed up) is alive,
/// so the two share one compiled engine.
/// </param>
public sealed record BusinessCase(
    CalendarDefinition Calendar,
    Instant Start,
    int SpanMinutes,
    int AmountMinutes,
    int SplitMinutes,
    int SubMinuteTicks,
    int DaySpan,
    int DayCount,
    IReadOnlyList<int> WarmUpDays,
    bool Twin)
{
    /// <summary>Gets the end of the span.</summary>
    public Instant End => Start + Duration.FromMinutes(SpanMinutes);

    /// <summary>Gets the split point.</summary>
    public Instant Split => Start + Duration.FromMinutes(SplitMinutes);

    /// <summary>Gets the start's local date in the calendar's zone.</summary>
    public LocalDate StartDate => Start.InZone(Calendar.Zone).Date;

    /// <summary>The case, with the C# that builds the calendar, for FsCheck's failure reports.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Calendar};{Environment.NewLine}  start {BusinessCalendarGenerators.Describe(Start, Calendar.Zone)}, span {SpanMinutes} min, amount {AmountMinutes} min, split {SplitMinutes} min, sub-minute {SubMinuteTicks} ticks, day span {DaySpan}, day count {DayCount}, first asked at days [{string.Join(", ", WarmUpDays)}]{(Twin ? " of a twin" : string.Empty)}");
}

/// <summary>A union of two or three random calendars in different zones, with a start and signed spans.</summary>
/// <param name="ZoneId">The TZDB id of the union's own zone, in which its day queries run: often the first member's, sometimes another member's or none of theirs.</param>
/// <param name="Members">The members.</param>
/// <param name="Start">A whole-minute start instant in 1995–2035.</param>
/// <param name="SpanMinutes">The signed length of [Start, End), up to 40 days.</param>
/// <param name="AmountMinutes">A signed business-time amount.</param>
/// <param name="DaySpan">A signed number of days from the start's local date in the union's zone.</param>
/// <param name="DayCount">A signed business-day count.</param>
public sealed record UnionCase(string ZoneId, IReadOnlyList<CalendarDefinition> Members, Instant Start, int SpanMinutes, int AmountMinutes, int DaySpan, int DayCount)
{
    /// <summary>Gets the end of the span.</summary>
    public Instant End => Start + Duration.FromMinutes(SpanMinutes);

    /// <summary>Gets the union's zone.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>Gets the start's local date in the union's zone.</summary>
    public LocalDate StartDate => Start.InZone(Zone).Date;

    /// <summary>The case, with the C# that builds each member, for FsCheck's failure reports.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Union in {ZoneId} of{Environment.NewLine}  {string.Join(";" + Environment.NewLine + "  ", Members)};{Environment.NewLine}  start {BusinessCalendarGenerators.Describe(Start, Zone)}, span {SpanMinutes} min, amount {AmountMinutes} min, day span {DaySpan}, day count {DayCount}");
}

/// <summary>
/// FsCheck generators of valid random business calendars and query inputs: zones with DST gaps and overlaps
/// at all hours (Lord Howe's half-hour shift, Havana's and São Paulo's midnight changes, Apia's skipped date),
/// weekly schedules with overnight shifts, 24:00 closes, touching and overlapping intervals, whole days and
/// empty days, date overrides, holidays, later schedule versions, and start instants biased towards the
/// zone's offset transitions and the calendar's openings, closings and midnights.
/// </summary>
/// <remarks>
/// Every schedule version has some open time each week, so searches always end; a schedule may be always open,
/// and then <c>NextClose</c> may find no close.
/// </remarks>
public static class BusinessCalendarGenerators
{
    /// <summary>The zones the calendars use.</summary>
    public static readonly IReadOnlyList<string> ZoneIds =
    [
        "UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Havana",
        "Pacific/Apia", "Asia/Kolkata", "America/Sao_Paulo",
    ];

    /// <summary>The first instant of Pacific/Apia's 2011-12-31: local 2011-12-30 never happened.</summary>
    public static readonly Instant ApiaSkip = Instant.FromUtc(2011, 12, 30, 10, 0);

    private static readonly Instant s_first = Instant.FromUtc(1995, 1, 20, 0, 0);
    private static readonly Instant s_last = Instant.FromUtc(2035, 11, 20, 0, 0);
    private static readonly IsoDayOfWeek[] s_days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToArray();
    private static readonly Dictionary<string, Instant[]> s_transitions = ZoneIds.ToDictionary(id => id, id => Transitions(id, s_first, s_last));

    /// <summary>Single-calendar cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<BusinessCase> Cases() => Arb.From(CaseGen(), Shrink);

    /// <summary>Union cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<UnionCase> Unions() => Arb.From(UnionGen(), ShrinkUnion);

    /// <summary>Builds the library's calendar from a definition.</summary>
    public static BusinessCalendar Build(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(Build(definition.Versions[0]), definition.CreateHolidays(), definition.Zone);
        foreach (ScheduleVersionSpec version in definition.Versions.Skip(1))
        {
            calendar = calendar.WithSchedule(version.EffectiveFrom!.Value, Build(version));
        }

        if (definition.Overrides.Count > 0)
        {
            DateOverrides overrides = DateOverrides.Empty;
            foreach (DateOverrideSpec o in definition.Overrides)
            {
                overrides = o.Open is { } open && o.Close is { } close ? overrides.Hours(o.Date, open, close) : overrides.Closed(o.Date);
            }

            calendar = calendar.WithOverrides(overrides);
        }

        return calendar;
    }

    /// <summary>
    /// Builds the case's calendar and asks it first about the case's warm-up days (is it open there, is the local date a business
    /// day), in order; with <see cref="BusinessCase.Twin"/>, returns a second calendar built from the same definition, which
    /// shares the first one's compiled engine (checked).
    /// </summary>
    public static BusinessCalendar Prepare(BusinessCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        BusinessCalendar first = Build(c.Calendar);
        foreach (int days in c.WarmUpDays)
        {
            Instant at = c.Start + Duration.FromDays(days);
            if (!first.SupportedInterval.Contains(at))
            {
                continue;
            }

            _ = first.IsOpen(at);
            LocalDate date = at.InZone(first.Zone).Date;
            if (date.Year >= first.FirstSupportedYear && date.Year <= first.LastSupportedYear)
            {
                _ = first.IsBusinessDay(date);
            }
        }

        if (!c.Twin)
        {
            return first;
        }

        BusinessCalendar twin = Build(c.Calendar);
        if (!ReferenceEquals(first.Engine, twin.Engine) || !first.Equals(twin))
        {
            throw new InvalidOperationException("A calendar built from the definition of a live one must share its engine and equal it.");
        }

        GC.KeepAlive(first);
        return twin;
    }

    /// <summary>An instant as UTC and as local date-time with offset, for failure messages.</summary>
    public static string Describe(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{InstantPattern.General.Format(instant)} ({OffsetDateTimePattern.ExtendedIso.Format(instant.InZone(zone).ToOffsetDateTime())})";
    }

    private static WeeklySchedule Build(ScheduleVersionSpec version)
    {
        WeeklySchedule schedule = version.StartsAlwaysOpen ? WeeklySchedule.AlwaysOpen
            : version.EffectiveFrom is null ? WeeklySchedule.Create() : WeeklySchedule.Empty;
        foreach (WeeklySpec spec in version.Specs)
        {
            schedule = spec.Kind switch
            {
                WeeklySpecKind.Add => schedule.Add(spec.Day, spec.Open, spec.Close),
                WeeklySpecKind.AllDay => schedule.AddAllDay(spec.Day),
                WeeklySpecKind.Weekdays => schedule.Weekdays(spec.Open, spec.Close),
                WeeklySpecKind.EveryDay => schedule.EveryDay(spec.Open, spec.Close),
                _ => throw new InvalidOperationException($"Unknown spec {spec}."),
            };
        }

        return schedule;
    }

    // The instants in [first, last), at least five days from either end, at which the zone's wall offset changes.
    internal static Instant[] Transitions(string zoneId, Instant first, Instant last)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        ZoneInterval[] intervals = zone.GetZoneIntervals(new NodaTime.Interval(first, last)).ToArray();
        return intervals.Zip(intervals.Skip(1))
            .Where(pair => pair.First.WallOffset != pair.Second.WallOffset)
            .Select(pair => pair.Second.Start)
            .Where(t => t > first + Duration.FromDays(5) && t < last - Duration.FromDays(5))
            .ToArray();
    }

    private static Gen<BusinessCase> CaseGen() =>
        from zoneId in Gen.Elements(ZoneIds.ToArray())
        from anchor in Anchors(zoneId)
        from calendar in Definitions(zoneId, anchor)
        from start in Starts(calendar, anchor)
        from span in Spans()
        from amount in Amounts(calendar)
        from split in Gen.Frequency((3, Gen.Choose(-1, 1).Select(s => s * span)), (1, Gen.Constant(0)), (6, Gen.Choose(-60 * 24 * 12, 60 * 24 * 12)))
        from subMinute in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Elements(1, 599_999_999, 300_000_000)), (4, Gen.Choose(0, (int)NodaConstants.TicksPerMinute - 1)))
        from daySpan in DaySpans()
        from dayCount in DayCounts()
        from warmUps in Gen.Frequency((2, Gen.Constant(Array.Empty<int>())), (3, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Frequency((1, Gen.Choose(-60, 60)), (2, Gen.Choose(-4000, 4000))), n))))
        from twin in Gen.Elements(false, true)
        select new BusinessCase(calendar, start, span, amount, split, subMinute, daySpan, dayCount, warmUps, twin);

    private static Gen<UnionCase> UnionGen() =>
        from count in Gen.Choose(2, 3)
        from zoneIds in Gen.Shuffle(ZoneIds.ToArray())
        from anchor in Anchors(zoneIds[0])
        from members in Gen.CollectToArray(zoneIds.Take(count), id => Definitions(id, anchor))
        from start in Starts(members[0], anchor)
        from span in Spans()
        from amount in Amounts(members[0])
        from daySpan in DaySpans()
        from dayCount in DayCounts()
        from unionZone in Gen.Frequency((3, Gen.Constant(zoneIds[0])), (1, Gen.Elements(zoneIds.Skip(1).Take(count - 1).ToArray())), (1, Gen.Constant(zoneIds[count])))
        select new UnionCase(unionZone, members, start, span, amount, daySpan, dayCount);

    // Minutes: mostly up to 10 days, some up to 40 days, some within two hours; either sign.
    private static Gen<int> Spans() =>
        from magnitude in Gen.Frequency(
            (2, Gen.Choose(0, 120)),
            (6, Gen.Choose(0, 10 * 24 * 60)),
            (1, Gen.Choose(0, 40 * 24 * 60)))
        from negative in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select negative ? -magnitude : magnitude;

    // Business minutes: from nothing to a few working weeks, but at most about eight weeks of the calendar's
    // sparsest schedule (so the model's minute-by-minute search stays short); either sign.
    private static Gen<int> Amounts(CalendarDefinition calendar)
    {
        int cap = Math.Max(120, 8 * calendar.Versions.Min(WeeklyMinutesEstimate));
        return
            from magnitude in Gen.Frequency(
                (1, Gen.Constant(0)),
                (1, Gen.Elements(1, 2, 59, 60, 61)),
                (4, Gen.Choose(0, 600)),
                (3, Gen.Choose(0, 5000)),
                (1, Gen.Choose(0, 20000)))
            from negative in Gen.Elements(false, true)
            select (negative ? -1 : 1) * (magnitude <= cap ? magnitude : magnitude % (cap + 1));
    }

    // Open minutes a week, roughly: the largest single call (overlaps make a sum an overestimate).
    private static int WeeklyMinutesEstimate(ScheduleVersionSpec version)
    {
        if (version.StartsAlwaysOpen)
        {
            return 7 * 24 * 60;
        }

        return version.Specs.Max(spec =>
        {
            int open = Minutes(spec.Open);
            int close = spec.Close == LocalTime.Midnight ? 24 * 60 : Minutes(spec.Close);
            int length = close > open ? close - open : close + (24 * 60) - open;
            return spec.Kind switch
            {
                WeeklySpecKind.AllDay => 24 * 60,
                WeeklySpecKind.Weekdays => 5 * length,
                WeeklySpecKind.EveryDay => 7 * length,
                _ => length,
            };
        });
    }

    private static Gen<int> DaySpans() =>
        Gen.Frequency((4, Gen.Choose(-10, 10)), (1, Gen.Choose(-40, 40)));

    private static Gen<int> DayCounts() =>
        Gen.Frequency((2, Gen.Choose(-3, 3)), (2, Gen.Choose(-15, 15)), (1, Gen.Choose(-40, 40)));

    // Whole-minute instants: uniform over 1995–2035, or within three days of an offset transition (often
    // exactly on it or a minute either side), or around Apia's skipped date.
    private static Gen<Instant> Anchors(string zoneId)
    {
        int totalMinutes = (int)(s_last - s_first).TotalMinutes;
        Gen<Instant> uniform = Gen.Choose(0, totalMinutes).Select(m => s_first + Duration.FromMinutes(m));
        Gen<int> nearMinutes = Gen.Frequency(
            (2, Gen.Elements(0, 0, -1, 1)),
            (1, Gen.Choose(-180, 180)),
            (3, Gen.Choose(-3 * 24 * 60, 3 * 24 * 60)));
        Instant[] transitions = s_transitions[zoneId];
        var choices = new List<(int, Gen<Instant>)> { (5, uniform) };
        if (transitions.Length > 0)
        {
            choices.Add((5, from t in Gen.Elements(transitions) from m in nearMinutes select t + Duration.FromMinutes(m)));
        }

        if (zoneId == "Pacific/Apia")
        {
            choices.Add((2, nearMinutes.Select(m => ApiaSkip + Duration.FromMinutes(m))));
        }

        return Gen.Frequency(choices.ToArray());
    }

    // The anchor itself, or (a third of the time) an opening, closing or midnight of the calendar on the
    // anchor's local date or a day either side, nudged by a minute or not.
    internal static Gen<Instant> Starts(CalendarDefinition calendar, Instant anchor)
    {
        DateTimeZone zone = calendar.Zone;
        LocalDate anchorDate = anchor.InZone(zone).Date;
        LocalTime[] boundaries = calendar.Versions.SelectMany(v => v.Specs).SelectMany(s => new[] { s.Open, s.Close })
            .Concat(calendar.Overrides.SelectMany(o => new[] { o.Open ?? LocalTime.Midnight, o.Close ?? LocalTime.Midnight }))
            .Append(LocalTime.Midnight)
            .Distinct()
            .ToArray();
        Gen<Instant> snapped =
            from dayShift in Gen.Choose(-1, 1)
            from time in Gen.Elements(boundaries)
            from nudge in Gen.Elements(-1, 0, 0, 1)
            from later in Gen.Elements(false, true)
            select Resolve(zone, anchorDate.PlusDays(dayShift).At(time), later) + Duration.FromMinutes(nudge);
        return Gen.Frequency((2, Gen.Constant(anchor)), (1, snapped));
    }

    // A local date-time as an instant: the earlier or later of two in an overlap, the end of the gap in a gap.
    private static Instant Resolve(DateTimeZone zone, LocalDateTime local, bool later)
    {
        ZoneLocalMapping mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            1 => mapping.Single().ToInstant(),
            _ => later ? mapping.Last().ToInstant() : mapping.First().ToInstant(),
        };
    }

    internal static Gen<CalendarDefinition> Definitions(string zoneId, Instant anchor)
    {
        LocalDate anchorDate = anchor.InZone(DateTimeZoneProviders.Tzdb[zoneId]).Date;
        return
            from first in Schedules()
            from extraCount in Gen.Frequency((5, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)))
            from offsets in Gen.ArrayOf(Gen.Choose(-10, 15), extraCount)
            from extras in Gen.ArrayOf(Schedules(), extraCount)
            from overrides in Overrides(zoneId, anchorDate)
            from holidays in Holidays(anchorDate)
            from weekend in Gen.Elements<IReadOnlyList<IsoDayOfWeek>?>(
                null, null, [], [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], [IsoDayOfWeek.Sunday])
            select new CalendarDefinition(
                zoneId,
                Versions(first, anchorDate, offsets, extras),
                overrides,
                holidays,
                weekend);
    }

    // Later versions take effect on distinct dates near the anchor, in ascending order.
    private static IReadOnlyList<ScheduleVersionSpec> Versions(ScheduleVersionSpec first, LocalDate anchorDate, int[] offsets, ScheduleVersionSpec[] extras)
    {
        var versions = new List<ScheduleVersionSpec> { first };
        foreach (var (offset, extra) in offsets.Zip(extras).DistinctBy(p => p.First).OrderBy(p => p.First))
        {
            versions.Add(extra with { EffectiveFrom = anchorDate.PlusDays(offset) });
        }

        return versions;
    }

    // Weekly schedules with some open time every week.
    private static Gen<ScheduleVersionSpec> Schedules() =>
        Gen.Frequency(
            (10, RandomDays().Select(specs => new ScheduleVersionSpec(null, false, specs))),
            (6, from hours in ShiftHours()
                from extra in ExtraSpecs(2)
                select new ScheduleVersionSpec(null, false, [new WeeklySpec(WeeklySpecKind.Weekdays, IsoDayOfWeek.Monday, hours.Open, hours.Close), .. extra])),
            (4, from hours in ShiftHours()
                from extra in ExtraSpecs(2)
                select new ScheduleVersionSpec(null, false, [new WeeklySpec(WeeklySpecKind.EveryDay, IsoDayOfWeek.Monday, hours.Open, hours.Close), .. extra])),
            (2, from days in Gen.SubListOf(s_days).Where(d => d.Count is > 0 and < 4)
                from extra in ExtraSpecs(3)
                select new ScheduleVersionSpec(null, false, [.. days.Select(d => new WeeklySpec(WeeklySpecKind.AllDay, d, LocalTime.Midnight, LocalTime.Midnight)), .. extra])),
            (1, ExtraSpecs(1).Select(extra => new ScheduleVersionSpec(null, true, extra))));

    // Each day empty or with one to three intervals; never empty all week.
    private static Gen<IReadOnlyList<WeeklySpec>> RandomDays() =>
        Gen.CollectToArray(s_days, day =>
            Gen.Frequency(
                (3, Gen.Constant<IReadOnlyList<WeeklySpec>>([])),
                (5, DayIntervals().Select(list => (IReadOnlyList<WeeklySpec>)list.Select(i => new WeeklySpec(WeeklySpecKind.Add, day, i.Open, i.Close)).ToArray()))))
        .Where(days => days.Any(d => d.Count > 0))
        .Select(days => (IReadOnlyList<WeeklySpec>)days.SelectMany(d => d).ToArray());

    // Up to `max` more Add or AllDay calls on random days.
    private static Gen<WeeklySpec[]> ExtraSpecs(int max) =>
        from count in Gen.Choose(0, max)
        from specs in Gen.ArrayOf(
            from day in Gen.Elements(s_days)
            from allDay in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
            from hours in ShiftHours()
            select allDay ? new WeeklySpec(WeeklySpecKind.AllDay, day, LocalTime.Midnight, LocalTime.Midnight)
                : new WeeklySpec(WeeklySpecKind.Add, day, hours.Open, hours.Close),
            count)
        select specs;

    // One to three intervals of a day; later ones are independent, touch the previous close, or overlap it.
    private static Gen<List<(LocalTime Open, LocalTime Close)>> DayIntervals() =>
        from count in Gen.Frequency((5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from first in ShiftHours()
        from rest in Gen.ArrayOf(
            from relation in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            from independent in ShiftHours()
            from overlap in Gen.Choose(1, 90)
            from length in Lengths()
            select (relation, independent, overlap, length),
            count - 1)
        select Chain(first, rest);

    private static List<(LocalTime Open, LocalTime Close)> Chain(
        (LocalTime Open, LocalTime Close) first,
        (int Relation, (LocalTime Open, LocalTime Close) Independent, int Overlap, int Length)[] rest)
    {
        var intervals = new List<(LocalTime Open, LocalTime Close)> { first };
        foreach (var (relation, independent, overlap, length) in rest)
        {
            int previousClose = Minutes(intervals[^1].Close);
            int open = relation switch
            {
                1 => previousClose,                                   // touching
                2 => (previousClose - overlap + (24 * 60)) % (24 * 60), // overlapping
                _ => Minutes(independent.Open),
            };
            intervals.Add(relation == 0 ? independent : (Time(open), Time((open + length) % (24 * 60))));
        }

        return intervals;
    }

    // An interval (open, close) with close ≠ open: overnight when the length passes midnight, 24:00 when it ends there.
    private static Gen<(LocalTime Open, LocalTime Close)> ShiftHours() =>
        Gen.Frequency(
            (8, from open in OpenMinutes()
                from length in Lengths()
                select (Time(open), Time((open + length) % (24 * 60)))),
            (2, Gen.Elements(
                (Time(9 * 60), Time(17 * 60)),
                (Time(22 * 60), Time(6 * 60)),
                (Time(8 * 60), Time(0)),
                (Time(0), Time(150)),
                (Time(23 * 60), Time(23 * 60 + 59)),
                (Time(1 * 60), Time(3 * 60)),
                (Time(23 * 60 + 30), Time(30)))));

    // Opening minutes: mostly on quarter hours, sometimes odd minutes, often near midnight or DST hours.
    private static Gen<int> OpenMinutes() =>
        Gen.Frequency(
            (5, Gen.Choose(0, 95).Select(q => q * 15)),
            (2, Gen.Choose(0, (24 * 60) - 1)),
            (2, Gen.Elements(0, 1, 30, 60, 90, 119, 120, 150, 180, 8 * 60, 9 * 60, 22 * 60, 23 * 60, 1410, 1439)));

    // Lengths in minutes, 1–1439, so close never equals open.
    private static Gen<int> Lengths() =>
        Gen.Frequency(
            (5, Gen.Choose(1, 48).Select(q => q * 15)),
            (2, Gen.Choose(1, (24 * 60) - 1)),
            (1, Gen.Elements(1, 2, 60, 480, 540, 1425, 1439)));

    // None, or up to five dates near the anchor: each closed, or with one or two intervals (no overnight).
    private static Gen<IReadOnlyList<DateOverrideSpec>> Overrides(string zoneId, LocalDate anchorDate)
    {
        var apiaSkipped = new LocalDate(2011, 12, 30);
        bool nearApiaSkip = zoneId == "Pacific/Apia" && Math.Abs(Period.Between(anchorDate, apiaSkipped, PeriodUnits.Days).Days) < 20;
        Gen<LocalDate> dates = nearApiaSkip
            ? Gen.Frequency((3, Gen.Choose(-5, 12).Select(anchorDate.PlusDays)), (1, Gen.Constant(apiaSkipped)))
            : Gen.Choose(-5, 12).Select(anchorDate.PlusDays);
        Gen<(LocalTime Open, LocalTime Close)> hours =
            from open in OpenMinutes()
            from length in Lengths()
            from toMidnight in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (Time(open), toMidnight || open + length >= 24 * 60 ? LocalTime.Midnight : Time(open + length));
        Gen<DateOverrideSpec[]> oneDate =
            from date in dates
            from kind in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
            from intervals in Gen.ArrayOf(hours, Math.Max(kind, 1))
            select kind == 0 ? [new DateOverrideSpec(date, null, null)]
                : intervals.Select(i => new DateOverrideSpec(date, i.Open, i.Close)).ToArray();
        return
            from count in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Choose(1, 2)), (2, Gen.Choose(3, 5)))
            from list in Gen.ArrayOf(oneDate, count)
            select (IReadOnlyList<DateOverrideSpec>)list.DistinctBy(o => o[0].Date).SelectMany(o => o).ToArray();
    }

    // None to three rules: explicit dates near the anchor, fixed dates near it (any observance), or an n-th weekday of its month.
    private static Gen<IReadOnlyList<HolidayRule>> Holidays(LocalDate anchorDate)
    {
        Gen<Func<int, HolidayRule>> rule = Gen.Frequency(
            (3, from count in Gen.Choose(1, 4)
                from offsets in Gen.ArrayOf(Gen.Choose(-5, 15), count)
                select (Func<int, HolidayRule>)(i => HolidayRule.Dates($"Dates{i}", offsets.Select(anchorDate.PlusDays).ToArray()))),
            (2, from offset in Gen.Choose(-5, 15)
                from observance in Gen.Elements(Observance.None, Observance.NearestWeekday, Observance.SundayToMonday, Observance.NextWeekday)
                let date = anchorDate.PlusDays(offset)
                select (Func<int, HolidayRule>)(i => HolidayRule.Fixed($"Fixed{i}", date.Month, date.Day, observance))),
            (1, from day in Gen.Elements(s_days)
                from occurrence in Gen.Elements(1, 2, 3, 4, -1)
                select (Func<int, HolidayRule>)(i => HolidayRule.NthWeekday($"Nth{i}", anchorDate.Month, day, occurrence))));
        return
            from count in Gen.Frequency((3, Gen.Constant(0)), (4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
            from makers in Gen.ArrayOf(rule, count)
            select (IReadOnlyList<HolidayRule>)makers.Select((make, i) => make(i)).ToArray();
    }

    private static LocalTime Time(int minutes) => LocalTime.FromMinutesSinceMidnight(minutes);

    private static int Minutes(LocalTime time) => (time.Hour * 60) + time.Minute;

    // Smaller cases: fewer holidays, overrides, versions or calls; shorter spans and counts.
    private static IEnumerable<BusinessCase> Shrink(BusinessCase c)
    {
        if (c.Twin)
        {
            yield return c with { Twin = false };
        }

        for (int i = 0; i < c.WarmUpDays.Count; i++)
        {
            yield return c with { WarmUpDays = c.WarmUpDays.Take(i).Concat(c.WarmUpDays.Skip(i + 1)).ToArray() };
        }

        foreach (CalendarDefinition smaller in ShrinkDefinition(c.Calendar))
        {
            yield return c with { Calendar = smaller };
        }

        foreach (int span in ShrinkInt(c.SpanMinutes))
        {
            yield return c with { SpanMinutes = span };
        }

        foreach (int amount in ShrinkInt(c.AmountMinutes))
        {
            yield return c with { AmountMinutes = amount };
        }

        foreach (int split in ShrinkInt(c.SplitMinutes))
        {
            yield return c with { SplitMinutes = split };
        }

        foreach (int days in ShrinkInt(c.DaySpan))
        {
            yield return c with { DaySpan = days };
        }

        foreach (int count in ShrinkInt(c.DayCount))
        {
            yield return c with { DayCount = count };
        }
    }

    private static IEnumerable<UnionCase> ShrinkUnion(UnionCase c)
    {
        if (c.Members.Count > 2)
        {
            yield return c with { Members = c.Members.Take(2).ToArray() };
        }

        for (int i = 0; i < c.Members.Count; i++)
        {
            foreach (CalendarDefinition smaller in ShrinkDefinition(c.Members[i]))
            {
                CalendarDefinition[] members = c.Members.ToArray();
                members[i] = smaller;
                yield return c with { Members = members };
            }
        }

        if (c.ZoneId != c.Members[0].ZoneId)
        {
            yield return c with { ZoneId = c.Members[0].ZoneId };
        }

        foreach (int span in ShrinkInt(c.SpanMinutes))
        {
            yield return c with { SpanMinutes = span };
        }

        foreach (int amount in ShrinkInt(c.AmountMinutes))
        {
            yield return c with { AmountMinutes = amount };
        }

        foreach (int days in ShrinkInt(c.DaySpan))
        {
            yield return c with { DaySpan = days };
        }

        foreach (int count in ShrinkInt(c.DayCount))
        {
            yield return c with { DayCount = count };
        }
    }

    private static IEnumerable<CalendarDefinition> ShrinkDefinition(CalendarDefinition d)
    {
        for (int i = 0; i < d.Holidays.Count; i++)
        {
            yield return d with { Holidays = d.Holidays.Where((_, j) => j != i).ToArray() };
        }

        if (d.HolidayWeekend is not null)
        {
            yield return d with { HolidayWeekend = null };
        }

        foreach (LocalDate date in d.Overrides.Select(o => o.Date).Distinct())
        {
            yield return d with { Overrides = d.Overrides.Where(o => o.Date != date).ToArray() };
        }

        for (int i = 1; i < d.Versions.Count; i++)
        {
            yield return d with { Versions = d.Versions.Where((_, j) => j != i).ToArray() };
        }

        for (int v = 0; v < d.Versions.Count; v++)
        {
            ScheduleVersionSpec version = d.Versions[v];
            for (int i = 0; i < version.Specs.Count; i++)
            {
                ScheduleVersionSpec smaller = version with { Specs = version.Specs.Where((_, j) => j != i).ToArray() };
                if (smaller.StartsAlwaysOpen || smaller.Specs.Count > 0)
                {
                    ScheduleVersionSpec[] versions = d.Versions.ToArray();
                    versions[v] = smaller;
                    yield return d with { Versions = versions };
                }
            }
        }
    }

    private static IEnumerable<int> ShrinkInt(int value)
    {
        if (value != 0)
        {
            yield return 0;
        }

        if (Math.Abs(value) > 1)
        {
            yield return value / 2;
        }

        if (value < 0)
        {
            yield return -value;
        }
    }
}
