using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

public sealed partial class IcsClosureSetTests
{
    private static readonly DateTimeZone s_berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Monday–Friday 09:00–17:00 in Berlin, no holidays.
    private static readonly ScheduledBusinessCalendar s_office =
        BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), s_berlin);

    private static OpenInterval Hours(int open, int close) => new(new LocalTime(open, 0), close == 24 ? LocalTime.Midnight : new LocalTime(close, 0));

    private static Instant Berlin(int year, int month, int day, int hour = 0, int minute = 0)
        => new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(s_berlin).ToInstant();

    private static Duration BusinessTimeOn(BusinessCalendar calendar, LocalDate date)
        => calendar.BusinessTimeBetween(Berlin(date.Year, date.Month, date.Day), Berlin(date.PlusDays(1).Year, date.PlusDays(1).Month, date.PlusDays(1).Day));

    [Fact]
    public void ToHolidayCalendar_ClosesAllDayDates_WithRangeAsSupportedYears()
    {
        // 24–26 December 2026 (Thursday–Saturday; DTEND 27 exclusive). With the Saturday–Sunday weekend,
        // business days in [Mon 21, Thu 31): 21, 22, 23, 28, 29, 30 = 6.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:xmas
            SUMMARY:Christmas shutdown
            DTSTART;VALUE=DATE:20261224
            DTEND;VALUE=DATE:20261227
            END:VEVENT
            """), 2026, 2027);

        HolidayCalendar holidays = set.ToHolidayCalendar();
        Assert.Equal(2026, holidays.FirstSupportedYear);
        Assert.Equal(2027, holidays.LastSupportedYear);
        Assert.True(holidays.IsHoliday(new LocalDate(2026, 12, 24)));
        Assert.True(holidays.IsHoliday(new LocalDate(2026, 12, 26)));
        Assert.False(holidays.IsHoliday(new LocalDate(2026, 12, 27)));
        Assert.False(holidays.IsBusinessDay(new LocalDate(2026, 12, 25)));
        Assert.True(holidays.IsBusinessDay(new LocalDate(2026, 12, 23)));
        Assert.Equal(6, holidays.BusinessDaysBetween(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 31)));
        Assert.Equal(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, holidays.WeekendDays);

        // No weekend: only the three closed dates are lost from [21, 31): 10 - 3 = 7.
        Assert.Equal(7, set.ToHolidayCalendar(Array.Empty<IsoDayOfWeek>()).BusinessDaysBetween(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => holidays.IsBusinessDay(new LocalDate(2028, 1, 3)));
    }

    [Fact]
    public void ToHolidayCalendar_RecurringWithExdate_ClosesOnlyRemainingYears()
    {
        // Yearly on 2 January from 2026 except 2027: Friday 2 January 2026 is closed; Saturday 2 January 2027 (1 January 2026 is
        // a Thursday and 2026 has 365 days) is a weekend day but no holiday; Sunday 2 January 2028 is a holiday again.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:bridge
            SUMMARY:Bridge day
            DTSTART;VALUE=DATE:20260102
            RRULE:FREQ=YEARLY
            EXDATE;VALUE=DATE:20270102
            END:VEVENT
            """), 2026, 2028);

        HolidayCalendar holidays = set.ToHolidayCalendar();
        Assert.False(holidays.IsBusinessDay(new LocalDate(2026, 1, 2)));
        Assert.False(holidays.IsHoliday(new LocalDate(2027, 1, 2)));
        Assert.Equal(IsoDayOfWeek.Saturday, new LocalDate(2027, 1, 2).DayOfWeek);
        Assert.True(holidays.IsHoliday(new LocalDate(2028, 1, 2)));
    }

    [Fact]
    public void ApplyTo_AllDayEvent_ClosesTheDate()
    {
        // Tuesday 10 March 2026 closed all day: no business time that day, and it is not a business day.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART;VALUE=DATE:20260310
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 3, 10)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 3, 11)));
        Assert.Equal(Duration.Zero, BusinessTimeOn(calendar, new LocalDate(2026, 3, 10)));
        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Empty(hours);
        Assert.Same(s_office.Holidays, calendar.Holidays);
    }

    [Fact]
    public void ApplyTo_UtcEvent_CutsTheHoursInTheCalendarZone()
    {
        // 12:00Z–13:00Z on Tuesday 10 March 2026 is 13:00–14:00 in Berlin (CET, UTC+1): hours 09–13 and 14–17, 7 hours.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:utc
            DTSTART:20260310T120000Z
            DTEND:20260310T130000Z
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { Hours(9, 13), Hours(14, 17) }, hours);
        Assert.Equal(Duration.FromHours(7), BusinessTimeOn(calendar, new LocalDate(2026, 3, 10)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 3, 10, 12, 30)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 3, 10, 11, 59)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 3, 10, 13, 0)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 3, 10)));
    }

    [Fact]
    public void ApplyTo_TzidEvent_ConvertsIntoTheCalendarZone()
    {
        // 09:00–11:00 New York (EDT, UTC-4, since 8 March) = 13:00Z–15:00Z = 14:00–16:00 Berlin (CET until 29 March):
        // hours 09–14 and 16–17, 6 hours.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar(Ics.NewYorkTimeZone, """
            BEGIN:VEVENT
            UID:ny
            DTSTART;TZID=America/New_York:20260310T090000
            DTEND;TZID=America/New_York:20260310T110000
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { Hours(9, 14), Hours(16, 17) }, hours);
        Assert.Equal(Duration.FromHours(6), BusinessTimeOn(calendar, new LocalDate(2026, 3, 10)));
    }

    [Fact]
    public void ApplyTo_FloatingEventAcrossMidnight_ShortensBothDates()
    {
        // Floating 16:00 Tuesday 10 March to 10:00 Wednesday 11 March, read in Berlin: Tuesday 09–16 (7 h),
        // Wednesday 10–17 (7 h); business time from Tuesday 00:00 to Thursday 00:00 is 14 hours.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:night
            DTSTART:20260310T160000
            DTEND:20260311T100000
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> tuesday));
        Assert.Equal(new[] { Hours(9, 16) }, tuesday);
        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 11), out IReadOnlyList<OpenInterval> wednesday));
        Assert.Equal(new[] { Hours(10, 17) }, wednesday);
        Assert.Equal(Duration.FromHours(14), calendar.BusinessTimeBetween(Berlin(2026, 3, 10), Berlin(2026, 3, 12)));
    }

    [Fact]
    public void ApplyTo_EventCoveringAllOpenHours_ClosesTheDate()
    {
        // Floating 08:00–18:00 on Thursday 12 March covers 09:00–17:00 entirely: the date is closed.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:all
            DTSTART:20260312T080000
            DTEND:20260312T180000
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 3, 12)));
        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 12), out IReadOnlyList<OpenInterval> hours));
        Assert.Empty(hours);
        Assert.Equal(Duration.Zero, BusinessTimeOn(calendar, new LocalDate(2026, 3, 12)));
    }

    [Fact]
    public void ApplyTo_EventAcrossDstChange_CutsBothDates()
    {
        // 24x7 in Berlin. Saturday 28 March 22:00 CET to Sunday 29 March 04:00 CEST: Saturday keeps 00–22, Sunday keeps
        // 04–24. Saturday 00:00 to Monday 00:00 is 47 elapsed hours (the 29th has 23), minus the 5-hour closure = 42 hours.
        ScheduledBusinessCalendar always = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, s_berlin);
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:dst
            DTSTART;TZID=Europe/Berlin:20260328T220000
            DTEND;TZID=Europe/Berlin:20260329T040000
            END:VEVENT
            """), 2026, 2026).ApplyTo(always);

        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 28), out IReadOnlyList<OpenInterval> saturday));
        Assert.Equal(new[] { Hours(0, 22) }, saturday);
        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 29), out IReadOnlyList<OpenInterval> sunday));
        Assert.Equal(new[] { Hours(4, 24) }, sunday);
        Assert.Equal(Duration.FromHours(42), calendar.BusinessTimeBetween(Berlin(2026, 3, 28), Berlin(2026, 3, 30)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 3, 29, 1, 59)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 3, 29, 2, 0)));
    }

    [Fact]
    public void ApplyTo_WeeklyFridaysWithExdate_CutsEachRemainingFriday()
    {
        // Fridays 6, 20, 27 March and 3 April 2026 lose 14:00–17:00 Berlin wall time (13 March is excluded):
        // each keeps 09–14 (5 h); 13 March keeps its 8 hours and gets no override.
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:fri
            DTSTART;TZID=Europe/Berlin:20260306T140000
            DTEND;TZID=Europe/Berlin:20260306T170000
            RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=5
            EXDATE;TZID=Europe/Berlin:20260313T140000
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.Equal(new[] { new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 20), new LocalDate(2026, 3, 27), new LocalDate(2026, 4, 3) }, calendar.Overrides.Dates);
        Assert.Equal(Duration.FromHours(5), BusinessTimeOn(calendar, new LocalDate(2026, 4, 3)));
        Assert.Equal(Duration.FromHours(8), BusinessTimeOn(calendar, new LocalDate(2026, 3, 13)));
        Assert.Equal(Duration.FromHours(5), BusinessTimeOn(calendar, new LocalDate(2026, 3, 6)));
    }

    [Fact]
    public void ToOverrides_KeepsExistingOverrides_AndCutsTheirHours()
    {
        // 10 March already has override hours 10:00–12:00; a floating 10:00–11:00 closure leaves 11:00–12:00.
        // 1 June keeps its unrelated override.
        ScheduledBusinessCalendar calendar = s_office.WithOverrides(DateOverrides.Empty
            .Hours(new LocalDate(2026, 3, 10), new LocalTime(10, 0), new LocalTime(12, 0))
            .Closed(new LocalDate(2026, 6, 1)));
        DateOverrides overrides = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:x
            DTSTART:20260310T100000
            DTEND:20260310T110000
            END:VEVENT
            """), 2026, 2026).ToOverrides(calendar);

        Assert.True(overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(11, 0), new LocalTime(12, 0)) }, hours);
        Assert.Equal(new[] { new LocalDate(2026, 3, 10), new LocalDate(2026, 6, 1) }, overrides.Dates);
    }

    [Fact]
    public void ToOverrides_ClosureOnHolidayOrOutsideHours_AddsNothing()
    {
        // 10 March is a holiday of the calendar, and 11 March's closure (18:00–19:00) is outside 09–17: no overrides.
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(
            WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
            HolidayCalendar.Create(new[] { HolidayRule.Dates("Day off", new LocalDate(2026, 3, 10)) }),
            s_berlin);
        DateOverrides overrides = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:x
            DTSTART:20260310T100000
            DTEND:20260310T110000
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:y
            DTSTART:20260311T180000
            DTEND:20260311T190000
            END:VEVENT
            """), 2026, 2026).ToOverrides(calendar);

        Assert.Equal(0, overrides.Count);
    }

    [Fact]
    public void ToOverrides_DatesOutsideRange_AreLeftOut()
    {
        // A floating closure 31 December 2026 16:00 to 1 January 2027 10:00 with the range 2026: only 31 December
        // (Thursday, 09–17 → 09–16) is changed; Friday 1 January 2027 is outside the range.
        DateOverrides overrides = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:nye
            DTSTART:20261231T160000
            DTEND:20270101T100000
            END:VEVENT
            """), 2026, 2026).ToOverrides(s_office);

        Assert.Equal(new[] { new LocalDate(2026, 12, 31) }, overrides.Dates);
    }

    [Fact]
    public void ToOverrides_Null_IsNamed()
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(), 2026, 2026);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => set.ToOverrides(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => set.ApplyTo(null!)).ParamName);
    }

    [Fact]
    public void ApplyTo_NoClosures_ReturnsAnEqualCalendar()
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(), 2026, 2026);
        Assert.Equal(s_office, set.ApplyTo(s_office));
        Assert.Equal("IcsClosureSet(0 closures, 0 holiday rules, years 2026–2026)", set.ToString());
    }
}
