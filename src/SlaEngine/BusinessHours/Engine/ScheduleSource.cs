using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Calendars.Engine;
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
        int firstDay = (int)(Timeline.FloorDiv(fromTicks, NodaConstants.TicksPerDay) - 1);
        int lastDay = (int)(Timeline.FloorDiv(toTicks - 1, NodaConstants.TicksPerDay) + 1);
        bool anyOverrides = _overrides.Count > 0;
        WeeklySchedule? only = _versions.Length == 1 ? _versions[0] : null;

        // The date walks with the day number; the holidays come a year at a time (none outside the holiday calendar's
        // years, whose dates have no hours).
        IsoDate.ToCivil(firstDay, out int year, out int month, out int dayOfMonth);
        int dayOfWeek = (int)IsoDate.DayOfWeek(firstDay);
        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        ulong[]? holidays = HolidayBits(year);
        byte[]? working = WorkingWeekdays(year);
        for (int day = firstDay; day <= lastDay; day++)
        {
            if (holidays is not null)
            {
                OpenInterval[]? hours = anyOverrides ? _overrides.Find(new LocalDate(year, month, dayOfMonth)) : null;
                if (hours is null)
                {
                    int slot = YearWords.Slot(month, dayOfMonth);
                    hours = ((holidays[slot >> 6] >> slot) & 1) != 0
                        ? Array.Empty<OpenInterval>()
                        : (only ?? ScheduleOn(day)).HoursOf(working is not null && working[slot] != 0 ? working[slot] : dayOfWeek);
                }

                foreach (OpenInterval interval in hours)
                {
                    segments.Map(day, interval.OpenTicks, interval.CloseTicks, fromTicks, toTicks, output);
                }
            }

            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
            if (++dayOfMonth > daysInMonth)
            {
                dayOfMonth = 1;
                if (++month > 12)
                {
                    month = 1;
                    year++;
                    holidays = HolidayBits(year);
                    working = WorkingWeekdays(year);
                }

                daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
            }
        }
    }

    /// <summary>Returns the holiday bits of <paramref name="year"/> (<see cref="YearWords.Slot"/> order), or <see langword="null"/> outside the holiday calendar's years.</summary>
    private ulong[]? HolidayBits(int year)
        => year < _holidays.FirstSupportedYear || year > _holidays.LastSupportedYear ? null : _holidays.HolidayBits(year);

    /// <summary>
    /// Returns, by slot, the weekday whose hours each weekend date made a working day gets (0 for other dates), or
    /// <see langword="null"/> when <paramref name="year"/> has none or is outside the holiday calendar's years.
    /// </summary>
    private byte[]? WorkingWeekdays(int year)
        => year < _holidays.FirstSupportedYear || year > _holidays.LastSupportedYear ? null : _holidays.WorkingWeekdays(year);

    /// <summary>Returns the schedule in force on day number <paramref name="day"/>: the latest change on or before it, else the first.</summary>
    public WeeklySchedule ScheduleOn(int day)
    {
        // The last change on or before the day; the first schedule (from LocalDate.MinIsoValue) covers every day before the others.
        int at = Array.BinarySearch(_versionDays, day);
        return _versions[at >= 0 ? at : Math.Max(~at - 1, 0)];
    }
}
