using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.TimeZones;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>How one <see cref="WeeklySpec"/> is added to its weekly schedule.</summary>
public enum WeeklySpecKind
{
    /// <summary>Not a valid kind.</summary>
    None = 0,

    /// <summary><c>Add(day, open, close)</c>: one interval, overnight when close ≤ open (close 00:00 means 24:00).</summary>
    Add,

    /// <summary><c>AddAllDay(day)</c>: 00:00–24:00 on the day, no tail.</summary>
    AllDay,

    /// <summary><c>Weekdays(open, close)</c>: the same as <see cref="Add"/> on each of Monday to Friday.</summary>
    Weekdays,

    /// <summary><c>EveryDay(open, close)</c>: the same as <see cref="Add"/> on each of the seven days.</summary>
    EveryDay,
}

/// <summary>One call on a weekly schedule, as raw data; <see cref="Day"/> is ignored by Weekdays and EveryDay, the times by AllDay.</summary>
/// <param name="Kind">The call.</param>
/// <param name="Day">The weekday of Add and AllDay.</param>
/// <param name="Open">The opening time, a whole minute.</param>
/// <param name="Close">The closing time, a whole minute, never equal to <paramref name="Open"/>; 00:00 means 24:00.</param>
public sealed record WeeklySpec(WeeklySpecKind Kind, IsoDayOfWeek Day, LocalTime Open, LocalTime Close)
{
    /// <summary>The call as C# text.</summary>
    public override string ToString() => Kind switch
    {
        WeeklySpecKind.Add => $".Add(IsoDayOfWeek.{Day}, {CalendarDefinition.Code(Open)}, {CalendarDefinition.Code(Close)})",
        WeeklySpecKind.AllDay => $".AddAllDay(IsoDayOfWeek.{Day})",
        WeeklySpecKind.Weekdays => $".Weekdays({CalendarDefinition.Code(Open)}, {CalendarDefinition.Code(Close)})",
        WeeklySpecKind.EveryDay => $".EveryDay({CalendarDefinition.Code(Open)}, {CalendarDefinition.Code(Close)})",
        _ => Kind.ToString(),
    };
}

/// <summary>A weekly schedule as raw data, and the date it takes effect (none for the calendar's first schedule).</summary>
/// <param name="EffectiveFrom">The first date the schedule is in force; <see langword="null"/> for the first schedule, which also covers all earlier dates.</param>
/// <param name="StartsAlwaysOpen">The calls start from <c>WeeklySchedule.AlwaysOpen</c> rather than an empty schedule.</param>
/// <param name="Specs">The calls, in order.</param>
public sealed record ScheduleVersionSpec(LocalDate? EffectiveFrom, bool StartsAlwaysOpen, IReadOnlyList<WeeklySpec> Specs)
{
    /// <summary>The schedule as C# text.</summary>
    public override string ToString()
        => (StartsAlwaysOpen ? "WeeklySchedule.AlwaysOpen" : "WeeklySchedule.Create()") + string.Concat(Specs.Select(s => s.ToString()));
}

/// <summary>One call on a set of date overrides, as raw data: <c>Closed(date)</c> when <see cref="Open"/> is null, otherwise <c>Hours(date, open, close)</c>.</summary>
/// <param name="Date">The date whose hours are replaced.</param>
/// <param name="Open">The opening time (a whole minute), or <see langword="null"/> for Closed.</param>
/// <param name="Close">The closing time (a whole minute) after <paramref name="Open"/>, or 00:00 meaning 24:00.</param>
public sealed record DateOverrideSpec(LocalDate Date, LocalTime? Open, LocalTime? Close)
{
    /// <summary>The call as C# text.</summary>
    public override string ToString() => Open is { } open && Close is { } close
        ? $".Hours({CalendarDefinition.Code(Date)}, {CalendarDefinition.Code(open)}, {CalendarDefinition.Code(close)})"
        : $".Closed({CalendarDefinition.Code(Date)})";
}

/// <summary>
/// A business calendar as raw data, from which both the library's <c>BusinessCalendar</c> and the
/// <see cref="MinuteModel"/> are built.
/// </summary>
/// <param name="ZoneId">The TZDB id of the calendar's time zone.</param>
/// <param name="Versions">The weekly schedules: the first has no effective date, the others have distinct dates in ascending order.</param>
/// <param name="Overrides">The date overrides; one date is either closed or has hours, never both.</param>
/// <param name="Holidays">The holiday rules (names unique).</param>
/// <param name="HolidayWeekend">The weekend days of the holiday calendar (<see langword="null"/>: the default); they must not matter.</param>
public sealed record CalendarDefinition(
    string ZoneId,
    IReadOnlyList<ScheduleVersionSpec> Versions,
    IReadOnlyList<DateOverrideSpec> Overrides,
    IReadOnlyList<HolidayRule> Holidays,
    IReadOnlyList<IsoDayOfWeek>? HolidayWeekend)
{
    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>A fresh holiday calendar with the rules and weekend.</summary>
    public HolidayCalendar CreateHolidays() => HolidayCalendar.Create(Holidays, HolidayWeekend);

    /// <summary>The calendar as the C# that builds it, for failure reports.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("BusinessCalendar.Create(").Append(Versions[0]).Append(", HolidayCalendar.Create([");
        text.AppendJoin(", ", Holidays.Select(CalendarCase.Describe));
        text.Append(']');
        if (HolidayWeekend is not null)
        {
            text.Append(", [").AppendJoin(", ", HolidayWeekend.Select(d => "IsoDayOfWeek." + d)).Append(']');
        }

        text.Append(CultureInfo.InvariantCulture, $"), DateTimeZoneProviders.Tzdb[\"{ZoneId}\"])");
        foreach (ScheduleVersionSpec version in Versions.Skip(1))
        {
            text.Append(CultureInfo.InvariantCulture, $".WithSchedule({Code(version.EffectiveFrom!.Value)}, {version})");
        }

        if (Overrides.Count > 0)
        {
            text.Append(".WithOverrides(DateOverrides.Empty").Append(string.Concat(Overrides.Select(o => o.ToString()))).Append(')');
        }

        return text.ToString();
    }

    /// <summary>A local time as C#.</summary>
    public static string Code(LocalTime time) => time.Minute == 0 && time.Second == 0
        ? string.Create(CultureInfo.InvariantCulture, $"new LocalTime({time.Hour}, 0)")
        : string.Create(CultureInfo.InvariantCulture, $"new LocalTime({time.Hour}, {time.Minute})");

    /// <summary>A local date as C#.</summary>
    public static string Code(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"new LocalDate({date.Year}, {date.Month}, {date.Day})");
}

/// <summary>
/// The brute-force oracle for <c>BusinessCalendar</c>: it decides whether each whole UTC minute is open
/// straight from the raw <see cref="CalendarDefinition"/>, and answers every query by stepping one minute
/// (or one date) at a time. It uses no <c>SlaEngine.BusinessHours</c> type.
/// </summary>
/// <remarks>
/// <para>
/// A minute m (a whole-minute UTC instant, standing for [m, m + 1 min)) is open when its local time T lies
/// in one of the intervals of its local date D, where T and D come from the local date-time of m in the
/// zone (what <c>m.InZone(zone).LocalDateTime</c> gives: m plus the wall offset in force at m). The
/// intervals of D are, first match wins:
/// </para>
/// <list type="number">
/// <item>the date override of D, if any: the union of its Hours intervals (Closed gives none), whatever the rest says;</item>
/// <item>none, when the holiday calendar's <c>IsHoliday(D)</c> (weekend days do not matter);</item>
/// <item>
/// the hours of D's weekday under the schedule version in force on D (the one with the latest effective date
/// ≤ D; the first version covers all earlier dates). A call (day, open, close) gives [open, close); when
/// close ≤ open it is an overnight shift: [open, 24:00) on day plus [00:00, close) on the next weekday (Sunday's
/// tail goes to Monday) — so a tail on D comes from D's own version, and is dropped by D's own override or
/// holiday. A close of 00:00 means 24:00 and has no tail. AllDay is [00:00, 24:00). Weekdays and EveryDay are
/// the same call on Monday–Friday or on all seven days.
/// </item>
/// </list>
/// <para>
/// So an opening inside a DST gap opens at the end of the gap, a repeated hour is open twice, and a date that
/// never existed locally (Pacific/Apia 2011-12-30) has no open minute. Queries on minutes: open time in
/// [a, b) is the count of open minutes; adding d &gt; 0 ends at the end of the d-th open minute at or after t;
/// adding d &lt; 0 ends at the start of the |d|-th open minute before t; NextOpen is the first open minute at
/// or after t; NextClose is the end of the run of open minutes that starts at NextOpen(t). Day queries: D is a
/// business day when some open minute has local date D (in the first member's zone for a union); counts and
/// additions step date by date with the HolidayCalendar conventions. A union is open when any member is.
/// </para>
/// <para>
/// Caching is limited to the obviously safe: the zone interval (offset) of the last instant asked about, the
/// minute table of each local date, and the answer for each business day. Searches give up after
/// <see cref="SearchLimitMinutes"/> minutes (or the same span of dates) and throw.
/// </para>
/// </remarks>
public sealed class MinuteModel
{
    /// <summary>How far a search steps (about three years) before it throws.</summary>
    public const long SearchLimitMinutes = 3L * 366 * MinutesPerDay;

    private const int MinutesPerDay = 24 * 60;

    private static readonly Duration s_minute = Duration.FromMinutes(1);
    private static readonly Duration s_dayScanMargin = Duration.FromHours(18); // more than any UTC offset

    private readonly Func<Instant, bool> _isOpen;
    private readonly ZoneClock _dayClock;
    private readonly Dictionary<LocalDate, bool> _businessDays = [];

    private MinuteModel(DateTimeZone dayZone, Func<Instant, bool> isOpen)
    {
        DayZone = dayZone;
        _dayClock = new ZoneClock(dayZone);
        _isOpen = isOpen;
    }

    /// <summary>Gets the zone whose local dates the day queries use (a union's first member's zone).</summary>
    public DateTimeZone DayZone { get; }

    /// <summary>The model of one calendar.</summary>
    public static MinuteModel Of(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var minutes = new CalendarMinutes(definition);
        return new MinuteModel(definition.Zone, minutes.IsOpen);
    }

    /// <summary>The model of a union: open when any member is; day queries in <paramref name="zone"/>.</summary>
    public static MinuteModel Union(DateTimeZone zone, params MinuteModel[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return new MinuteModel(zone, m => members.Any(member => member._isOpen(m)));
    }

    /// <summary>The local date-time of a whole minute in <see cref="DayZone"/>, as the model computes it (checked against InZone by a test).</summary>
    public LocalDateTime LocalDateTimeAt(Instant minute)
    {
        long local = _dayClock.LocalMinute(CheckMinute(minute));
        long day = Math.DivRem(local, MinutesPerDay, out long minuteOfDay);
        if (minuteOfDay < 0)
        {
            day--;
            minuteOfDay += MinutesPerDay;
        }

        return EpochDate(day).At(LocalTime.FromMinutesSinceMidnight((int)minuteOfDay));
    }

    /// <summary>Whether the minute [m, m + 1 min) is open.</summary>
    public bool IsOpen(Instant minute) => _isOpen(CheckMinute(minute));

    /// <summary>The number of open minutes in [a, b); negated when b &lt; a.</summary>
    public long BusinessMinutesBetween(Instant a, Instant b)
    {
        CheckMinute(a);
        CheckMinute(b);
        if (b < a)
        {
            return -BusinessMinutesBetween(b, a);
        }

        long count = 0;
        for (Instant m = a; m < b; m += s_minute)
        {
            count += _isOpen(m) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// d &gt; 0: the end of the d-th open minute at or after t. d = 0: t. d &lt; 0: the start of the |d|-th
    /// open minute among t − 1 min, t − 2 min, ….
    /// </summary>
    public Instant AddBusinessMinutes(Instant t, long d)
    {
        CheckMinute(t);
        long found = 0;
        if (d > 0)
        {
            for (long step = 0; step < SearchLimitMinutes; step++)
            {
                Instant m = t + (s_minute * step);
                if (_isOpen(m) && ++found == d)
                {
                    return m + s_minute;
                }
            }

            throw new InvalidOperationException("The model found too few open minutes after the start.");
        }

        if (d < 0)
        {
            for (long step = 1; step <= SearchLimitMinutes; step++)
            {
                Instant m = t - (s_minute * step);
                if (_isOpen(m) && ++found == -d)
                {
                    return m;
                }
            }

            throw new InvalidOperationException("The model found too few open minutes before the start.");
        }

        return t;
    }

    /// <summary>t when it is open, otherwise the first open minute after it.</summary>
    public Instant NextOpen(Instant t)
    {
        CheckMinute(t);
        for (long step = 0; step < SearchLimitMinutes; step++)
        {
            Instant m = t + (s_minute * step);
            if (_isOpen(m))
            {
                return m;
            }
        }

        throw new InvalidOperationException("The model found no open minute after the start.");
    }

    /// <summary>
    /// The end of the run of open minutes starting at <see cref="NextOpen"/>(t) (the run containing t when t
    /// is open), or <see langword="null"/> when that run lasts beyond the search limit.
    /// </summary>
    public Instant? NextClose(Instant t)
    {
        Instant m = NextOpen(t);
        for (long step = 0; step < SearchLimitMinutes; step++, m += s_minute)
        {
            if (!_isOpen(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether some open minute has local date <paramref name="date"/> in <see cref="DayZone"/>.</summary>
    public bool IsBusinessDay(LocalDate date)
    {
        if (_businessDays.TryGetValue(date, out bool known))
        {
            return known;
        }

        // Every instant whose local date is `date` lies within 18 hours of that date's UTC midnights.
        Instant first = date.AtMidnight().InUtc().ToInstant() - s_dayScanMargin;
        Instant last = date.PlusDays(1).AtMidnight().InUtc().ToInstant() + s_dayScanMargin;
        bool result = false;
        for (Instant m = first; m < last && !result; m += s_minute)
        {
            result = LocalDateOf(m) == date && _isOpen(m);
        }

        _businessDays[date] = result;
        return result;
    }

    /// <summary>The number of business days in [a, b); negated when b &lt; a.</summary>
    public int BusinessDaysBetween(LocalDate a, LocalDate b)
    {
        if (b < a)
        {
            return -BusinessDaysBetween(b, a);
        }

        int count = 0;
        for (LocalDate d = a; d < b; d = d.PlusDays(1))
        {
            count += IsBusinessDay(d) ? 1 : 0;
        }

        return count;
    }

    /// <summary>n &gt; 0: the n-th business day strictly after the date; n &lt; 0: the |n|-th strictly before; n = 0: the date if a business day, else the next one.</summary>
    public LocalDate AddBusinessDays(LocalDate date, int n)
    {
        const int limitDays = (int)(SearchLimitMinutes / MinutesPerDay);
        LocalDate d = date;
        if (n == 0)
        {
            for (int step = 0; step < limitDays; step++, d = d.PlusDays(1))
            {
                if (IsBusinessDay(d))
                {
                    return d;
                }
            }

            throw new InvalidOperationException("The model found no business day on or after the date.");
        }

        int direction = n > 0 ? 1 : -1;
        int left = Math.Abs(n);
        for (int step = 0; step < limitDays; step++)
        {
            d = d.PlusDays(direction);
            if (IsBusinessDay(d) && --left == 0)
            {
                return d;
            }
        }

        throw new InvalidOperationException("The model found too few business days.");
    }

    private static LocalDate EpochDate(long epochDay) => new LocalDate(1970, 1, 1).PlusDays(checked((int)epochDay));

    private static Instant CheckMinute(Instant instant)
    {
        if (instant.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0)
        {
            throw new ArgumentException($"The model answers for whole minutes only, was {instant}.", nameof(instant));
        }

        return instant;
    }

    private static long FloorDivide(long value, long divisor)
    {
        long quotient = Math.DivRem(value, divisor, out long remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    private LocalDate LocalDateOf(Instant m) => EpochDate(FloorDivide(_dayClock.LocalMinute(m), MinutesPerDay));

    /// <summary>
    /// Local minutes (since 1970-01-01T00:00 local) of instants in one zone: the instant plus the wall offset of
    /// the zone interval containing it, which is what <c>InZone(zone).LocalDateTime</c> computes. Remembers the
    /// last zone interval.
    /// </summary>
    private sealed class ZoneClock(DateTimeZone zone)
    {
        private long _startTicks;
        private long _endTicks;     // [start, end) in Unix ticks; empty at first
        private long _offsetTicks;

        public long LocalMinute(Instant instant)
        {
            long ticks = instant.ToUnixTimeTicks();
            if (ticks < _startTicks || ticks >= _endTicks)
            {
                ZoneInterval interval = zone.GetZoneInterval(instant);
                _startTicks = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
                _endTicks = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
                _offsetTicks = interval.WallOffset.Ticks;
                if (_offsetTicks % NodaConstants.TicksPerMinute != 0)
                {
                    throw new InvalidOperationException($"The model needs whole-minute offsets, {zone.Id} has {interval.WallOffset} at {instant}.");
                }
            }

            return FloorDivide(ticks + _offsetTicks, NodaConstants.TicksPerMinute);
        }
    }

    /// <summary>Which minutes of one calendar are open, from its raw definition; see <see cref="MinuteModel"/>.</summary>
    private sealed class CalendarMinutes
    {
        private readonly ZoneClock _clock;
        private readonly IReadOnlyList<ScheduleVersionSpec> _versions;
        private readonly Dictionary<LocalDate, List<DateOverrideSpec>> _overrides = [];
        private readonly HolidayCalendar _holidays;
        private readonly Dictionary<long, bool[]> _minutesByEpochDay = [];
        private long _lastDay = long.MinValue;
        private bool[] _lastMinutes = [];

        public CalendarMinutes(CalendarDefinition definition)
        {
            _clock = new ZoneClock(definition.Zone);
            _versions = definition.Versions;
            _holidays = definition.CreateHolidays();
            foreach (DateOverrideSpec o in definition.Overrides)
            {
                if (!_overrides.TryGetValue(o.Date, out List<DateOverrideSpec>? list))
                {
                    _overrides[o.Date] = list = [];
                }

                list.Add(o);
            }
        }

        public bool IsOpen(Instant minute)
        {
            long local = _clock.LocalMinute(minute);
            long day = FloorDivide(local, MinutesPerDay);
            if (day != _lastDay)
            {
                if (!_minutesByEpochDay.TryGetValue(day, out bool[]? minutes))
                {
                    _minutesByEpochDay[day] = minutes = OpenMinutesOf(EpochDate(day));
                }

                _lastDay = day;
                _lastMinutes = minutes;
            }

            return _lastMinutes[local - (day * MinutesPerDay)];
        }

        // One flag per minute of the local date: the override, else closed on a holiday, else the weekly hours.
        private bool[] OpenMinutesOf(LocalDate date)
        {
            var open = new bool[MinutesPerDay];
            if (_overrides.TryGetValue(date, out List<DateOverrideSpec>? overrides))
            {
                foreach (DateOverrideSpec o in overrides)
                {
                    if (o.Open is { } start && o.Close is { } end)
                    {
                        int from = ToMinute(start);
                        int to = end == LocalTime.Midnight ? MinutesPerDay : ToMinute(end);
                        if (to <= from)
                        {
                            throw new InvalidOperationException($"Invalid override {o}.");
                        }

                        Mark(open, from, to);
                    }
                }

                return open;
            }

            if (_holidays.IsHoliday(date))
            {
                return open;
            }

            IsoDayOfWeek previousDay = date.PlusDays(-1).DayOfWeek;
            foreach ((IsoDayOfWeek day, int from, int to) in Calls(VersionOn(date)))
            {
                bool overnight = to <= from;
                if (day == date.DayOfWeek)
                {
                    Mark(open, from, overnight ? MinutesPerDay : to);
                }

                if (overnight && day == previousDay)
                {
                    Mark(open, 0, to);
                }
            }

            return open;
        }

        // The version with the latest effective date on or before the date; the first version otherwise.
        private ScheduleVersionSpec VersionOn(LocalDate date)
        {
            ScheduleVersionSpec chosen = _versions[0];
            foreach (ScheduleVersionSpec version in _versions.Skip(1))
            {
                if (version.EffectiveFrom <= date && (chosen.EffectiveFrom is null || version.EffectiveFrom >= chosen.EffectiveFrom))
                {
                    chosen = version;
                }
            }

            return chosen;
        }

        // Every call as (weekday, open minute, close minute 1–1440); overnight when close ≤ open.
        private static IEnumerable<(IsoDayOfWeek Day, int Open, int Close)> Calls(ScheduleVersionSpec version)
        {
            IsoDayOfWeek[] allDays = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToArray();
            if (version.StartsAlwaysOpen)
            {
                foreach (IsoDayOfWeek day in allDays)
                {
                    yield return (day, 0, MinutesPerDay);
                }
            }

            foreach (WeeklySpec spec in version.Specs)
            {
                int open = ToMinute(spec.Open);
                int close = spec.Close == LocalTime.Midnight ? MinutesPerDay : ToMinute(spec.Close);
                IEnumerable<IsoDayOfWeek> days = spec.Kind switch
                {
                    WeeklySpecKind.Add or WeeklySpecKind.AllDay => [spec.Day],
                    WeeklySpecKind.Weekdays => allDays.Take(5),
                    WeeklySpecKind.EveryDay => allDays,
                    _ => throw new InvalidOperationException($"Unknown spec {spec}."),
                };
                if (spec.Kind == WeeklySpecKind.AllDay)
                {
                    (open, close) = (0, MinutesPerDay);
                }
                else if (spec.Open == spec.Close)
                {
                    throw new InvalidOperationException($"Invalid spec {spec}.");
                }

                foreach (IsoDayOfWeek day in days)
                {
                    yield return (day, open, close);
                }
            }
        }

        private static int ToMinute(LocalTime time)
        {
            if (time.Second != 0 || time.NanosecondOfSecond != 0)
            {
                throw new InvalidOperationException($"The model needs whole-minute times, was {time}.");
            }

            return (time.Hour * 60) + time.Minute;
        }

        private static void Mark(bool[] open, int from, int to)
        {
            for (int minute = from; minute < to; minute++)
            {
                open[minute] = true;
            }
        }
    }
}
