using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The open intervals of one business calendar in one time zone: for each local date, its override hours,
/// or none on a holiday, or the hours of its weekday in the schedule version in force on it; each mapped onto
/// the timeline with <see cref="ZoneSegments"/>.
/// </summary>
internal sealed class ScheduleSource : ITimelineSource
{
    private readonly DateTimeZone _zone;
    private readonly int[] _versionDays;
    private readonly WeeklySchedule[] _versions;
    private readonly HolidayCalendar _holidays;
    private readonly DateOverrides _overrides;

    public ScheduleSource(DateTimeZone zone, int[] versionDays, WeeklySchedule[] versions, HolidayCalendar holidays, DateOverrides overrides)
    {
        _zone = zone;
        _versionDays = versionDays;
        _versions = versions;
        _holidays = holidays;
        _overrides = overrides;
    }

    /// <inheritdoc/>
    [MethodImpl(Jit.Optimized)]
    public void Collect(long fromTicks, long toTicks, List<long> output)
    {
        // Offsets stay within ±18 hours, so the instants of local date D lie within UTC days D - 1 to D + 1.
        var segments = new ZoneSegments(_zone, fromTicks - (2 * NodaConstants.TicksPerDay), toTicks + (2 * NodaConstants.TicksPerDay));
        long firstDay = Timeline.FloorDiv(fromTicks, NodaConstants.TicksPerDay) - 1;
        long lastDay = Timeline.FloorDiv(toTicks - 1, NodaConstants.TicksPerDay) + 1;
        for (long day = firstDay; day <= lastDay; day++)
        {
            foreach (OpenInterval interval in HoursOn((int)day))
            {
                segments.Map(day, interval.OpenTicks, interval.CloseTicks, fromTicks, toTicks, output);
            }
        }
    }

    /// <summary>Returns the hours of the local date with day number <paramref name="day"/>; none outside the holiday calendar's years.</summary>
    private OpenInterval[] HoursOn(int day)
    {
        LocalDate date = IsoDate.FromDayNumber(day);
        if (date.Year < _holidays.FirstSupportedYear || date.Year > _holidays.LastSupportedYear)
        {
            return Array.Empty<OpenInterval>();
        }

        OpenInterval[]? replaced = _overrides.Find(date);
        if (replaced is not null)
        {
            return replaced;
        }

        if (_holidays.IsHoliday(date))
        {
            return Array.Empty<OpenInterval>();
        }

        return ScheduleOn(day).HoursOf((int)IsoDate.DayOfWeek(day));
    }

    /// <summary>Returns the schedule in force on day number <paramref name="day"/>: the latest change on or before it, else the first.</summary>
    public WeeklySchedule ScheduleOn(int day)
    {
        // The last change on or before the day; the first schedule (from LocalDate.MinIsoValue) covers every day before the others.
        int at = Array.BinarySearch(_versionDays, day);
        return _versions[at >= 0 ? at : Math.Max(~at - 1, 0)];
    }
}
