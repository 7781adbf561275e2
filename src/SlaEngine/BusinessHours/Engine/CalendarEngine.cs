using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The compiled state of one business-calendar definition: its timeline, its day level and its zone's offsets, each built on
/// first use. Shared by every calendar with an equal definition (see <see cref="CalendarEngines"/>).
/// </summary>
internal sealed class CalendarEngine
{
    private CompiledDays? _days;
    private ZoneSegments? _localTimes;

    private CalendarEngine(CalendarDefinition definition, Timeline timeline, bool neverOpen, int firstYear, int lastYear)
    {
        Definition = definition;
        Timeline = timeline;
        NeverOpen = neverOpen;
        FirstSupportedYear = firstYear;
        LastSupportedYear = lastYear;
    }

    /// <summary>Gets the definition compiled.</summary>
    public CalendarDefinition Definition { get; }

    /// <summary>Gets the open intervals on the UTC timeline.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets a value indicating whether no schedule and no override ever opens the calendar.</summary>
    public bool NeverOpen { get; }

    /// <summary>Gets the first year whose local dates the day level answers for.</summary>
    public int FirstSupportedYear { get; }

    /// <summary>Gets the last year whose local dates the day level answers for (before the first when there is none).</summary>
    public int LastSupportedYear { get; }

    /// <summary>Gets the day level: a local date is a business day when it has open time.</summary>
    public CompiledDays Days => Volatile.Read(ref _days) ?? CreateDays();

    /// <summary>Gets the UTC offsets of the zone over the supported range, two days either side.</summary>
    public ZoneSegments LocalTimes => Volatile.Read(ref _localTimes) ?? CreateLocalTimes();

    /// <summary>Compiles a calendar of schedule versions, holidays and overrides (nothing is compiled until queried).</summary>
    [MethodImpl(Jit.Optimized)]
    public static CalendarEngine ForSchedule(CalendarDefinition definition)
    {
        DateTimeZone zone = definition.Zone;
        Calendars.HolidayCalendar holidays = definition.Holidays!;
        long first = zone.AtStartOfDay(new LocalDate(holidays.FirstSupportedYear, 1, 1)).ToInstant().ToUnixTimeTicks();
        long end = zone.AtStartOfDay(new LocalDate(holidays.LastSupportedYear + 1, 1, 1)).ToInstant().ToUnixTimeTicks();
        LocalDate[] dates = definition.VersionDates!;
        var versionDays = new int[dates.Length];
        for (int i = 0; i < dates.Length; i++)
        {
            versionDays[i] = IsoDate.ToDayNumber(dates[i]);
        }

        var schedules = new ScheduleSource(zone, versionDays, definition.Versions!, holidays, definition.Overrides!);
        bool neverOpen = definition.Versions!.All(v => v.IsEmpty) && !definition.Overrides!.HasOpenings;
        return new CalendarEngine(definition, new Timeline(schedules, first, end), neverOpen, holidays.FirstSupportedYear, holidays.LastSupportedYear);
    }

    /// <summary>Compiles the union of the definition's members over the instants they all support, which must not be empty.</summary>
    public static CalendarEngine ForUnion(CalendarDefinition definition)
    {
        CalendarEngine[] members = definition.Members!;
        long first = members.Max(m => m.Timeline.First);
        long end = members.Min(m => m.Timeline.End);
        DateTimeZone zone = definition.Zone;

        // The day-level years: those whose every local date in the zone lies inside the supported instants.
        int firstYear = Instant.FromUnixTimeTicks(first).InZone(zone).Year;
        if (StartOfYear(firstYear) < first)
        {
            firstYear++;
        }

        int lastYear = Instant.FromUnixTimeTicks(end - 1).InZone(zone).Year;
        if (StartOfYear(lastYear + 1) > end)
        {
            lastYear--;
        }

        var timeline = new Timeline(new UnionSource(members.Select(m => m.Timeline).ToArray()), first, end);
        return new CalendarEngine(definition, timeline, members.All(m => m.NeverOpen), firstYear, Math.Max(lastYear, firstYear - 1));

        long StartOfYear(int year) => zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant().ToUnixTimeTicks();
    }

    private CompiledDays CreateDays()
    {
        if (FirstSupportedYear > LastSupportedYear)
        {
            Preconditions.ThrowInvalidOperation("The union supports no whole year of local dates in its zone, so it cannot answer day-level questions.");
        }

        var days = new CompiledDays(new OpenDaySource(Timeline, Definition.Zone), FirstSupportedYear, LastSupportedYear, withExtras: false, noBusinessDays: false);
        return Interlocked.CompareExchange(ref _days, days, null) ?? days;
    }

    private ZoneSegments CreateLocalTimes()
    {
        var segments = new ZoneSegments(Definition.Zone, Timeline.First - (2 * NodaConstants.TicksPerDay), Timeline.End + (2 * NodaConstants.TicksPerDay));
        return Interlocked.CompareExchange(ref _localTimes, segments, null) ?? segments;
    }
}
