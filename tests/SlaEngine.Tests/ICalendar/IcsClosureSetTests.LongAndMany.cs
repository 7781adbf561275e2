using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <content>Long closures, many closures and overlapping ones: holiday rules and overrides.</content>
public sealed partial class IcsClosureSetTests
{
    [Fact]
    public void ToOverrides_AllDayEventOverEveryYear_ClosesOnlyTheCalendarsYears()
    {
        // An all-day event from 1 January of the year 1 to 31 December 9900 (DTEND 9901-01-01 exclusive), read for 1–9900,
        // closes 3,615,900 dates: 9,900 years of 365 days plus 2,400 leap days (2,475 years divisible by 4, less 99 by
        // 100, plus 24 by 400). The office calendar supports 1900–2199: 300 years of 365 days plus 73 leap days (1904 to
        // 2196 is 74 multiples of 4; 2100 is not a leap year) = 109,573 closed dates.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:forever
            SUMMARY:Closed
            DTSTART;VALUE=DATE:00010101
            DTEND;VALUE=DATE:99010101
            END:VEVENT
            """), 1, 9900));
        Assert.Equal(3_615_900, Assert.Single(set.HolidayRules).ExplicitDates.Count);

        DateOverrides overrides = Ics.Finishes(() => set.ToOverrides(s_office));
        Assert.Equal(109_573, overrides.Count);
        Assert.Equal(new LocalDate(1900, 1, 1), overrides.Dates[0]);
        Assert.Equal(new LocalDate(2199, 12, 31), overrides.Dates[^1]);
        Assert.True(overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Empty(hours);
    }

    [Fact]
    public void ToOverrides_TimedEventOverEveryYear_ClosesOnlyTheCalendarsYears()
    {
        // A closure from 0001-01-01T00:00Z to 9999-12-31T23:59:59Z, read for 1900–2199, on a 24x7 calendar in Berlin that
        // supports 1900–2199: every one of its 109,573 dates closes. The closure ends in the year 10000 on Berlin's
        // clocks, past the last date NodaTime holds; the calendar's years cut it off first.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:forever
            DTSTART:00010101T000000Z
            DTEND:99991231T235959Z
            END:VEVENT
            """), 1900, 2199));
        ScheduledBusinessCalendar always = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, s_berlin);

        DateOverrides overrides = Ics.Finishes(() => set.ToOverrides(always));
        Assert.Equal(109_573, overrides.Count);
        Assert.Equal(new LocalDate(1900, 1, 1), overrides.Dates[0]);
        Assert.Equal(new LocalDate(2199, 12, 31), overrides.Dates[^1]);
    }

    [Fact]
    public void ToOverrides_ClosureEndingInTheYear10000InTheCalendarsZone_ClosesTheCalendarsLastDays()
    {
        // A floating closure from 10:00 on 30 December 9900 to 9999-12-31T23:59:59, on a 24x7 calendar in Pago Pago
        // (UTC-11) supporting 9800–9900: its end is past NodaTime's last instant there (found by fuzzing: it threw
        // OverflowException). 30 December keeps 00:00–10:00; 31 December closes.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:late
            DTSTART:99001230T100000
            DTEND:99991231T235959
            END:VEVENT
            """), 9900, 9900);
        ScheduledBusinessCalendar late = BusinessCalendar.Create(
            WeeklySchedule.AlwaysOpen,
            HolidayCalendar.Create(Array.Empty<HolidayRule>()).WithSupportedYears(9800, 9900),
            DateTimeZoneProviders.Tzdb["Pacific/Pago_Pago"]);

        DateOverrides overrides = set.ToOverrides(late);
        Assert.Equal(new[] { new LocalDate(9900, 12, 30), new LocalDate(9900, 12, 31) }, overrides.Dates);
        Assert.True(overrides.TryGetHours(new LocalDate(9900, 12, 30), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { Hours(0, 10) }, hours);
        Assert.True(overrides.TryGetHours(new LocalDate(9900, 12, 31), out hours));
        Assert.Empty(hours);
    }

    [Fact]
    public void Parse_AllDayEventsClosingTooManyDates_ThrowsFormatException()
    {
        // Five summaries, each closing every date of 1–9900 (3,615,900 each): 18,079,500 dates, over MaxClosedDates.
        string Event(int i) => $"""
            BEGIN:VEVENT
            UID:e{i}
            SUMMARY:Closure {i}
            DTSTART;VALUE=DATE:00010101
            DTEND;VALUE=DATE:99010101
            END:VEVENT
            """;
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(
            () => IcsClosures.Parse(Ics.Calendar(Event(1), Event(2), Event(3), Event(4), Event(5)), 1, 9900)));
        Assert.Equal(
            "The all-day events of the iCalendar data must close at most 4000000 dates in the years 1–9900, counted once for each summary, was 18079500; narrow the year range.",
            ex.Message);
        Assert.Equal(4_000_000, IcsClosures.MaxClosedDates);
    }

    [Fact]
    public void HolidayRules_OverlappingEventsOfOneSummary_MergeTheirDates()
    {
        // 10–12 March (DTEND 13 exclusive) and 11–14 March (DTEND 15): 10, 11, 12, 13 and 14 March, each once;
        // the other summary keeps its own date.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:a
            SUMMARY:Inventory
            DTSTART;VALUE=DATE:20260310
            DTEND;VALUE=DATE:20260313
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:b
            SUMMARY:Audit
            DTSTART;VALUE=DATE:20260312
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:c
            SUMMARY:Inventory
            DTSTART;VALUE=DATE:20260311
            DTEND;VALUE=DATE:20260315
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new[] { "Inventory", "Audit" }, set.HolidayRules.Select(r => r.Name));
        Assert.Equal(Enumerable.Range(10, 5).Select(d => new LocalDate(2026, 3, d)), set.HolidayRules[0].ExplicitDates);
        Assert.Equal(new[] { new LocalDate(2026, 3, 12) }, set.HolidayRules[1].ExplicitDates);
    }

    [Fact]
    public void ToOverrides_OverlappingTimedClosures_CutTheirUnion()
    {
        // Floating 10:00–12:00 and 11:00–13:00 on Tuesday 10 March: 09–17 keeps 09–10 and 13–17 (5 hours).
        ScheduledBusinessCalendar calendar = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:a
            DTSTART:20260310T100000
            DTEND:20260310T120000
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:b
            DTSTART:20260310T110000
            DTEND:20260310T130000
            END:VEVENT
            """), 2026, 2026).ApplyTo(s_office);

        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { Hours(9, 10), Hours(13, 17) }, hours);
        Assert.Equal(Duration.FromHours(5), BusinessTimeOn(calendar, new LocalDate(2026, 3, 10)));
    }

    [Fact]
    public void ToOverrides_TenThousandOneSecondClosuresInADay_LeaveTheSecondsBetween()
    {
        // RDATE adds floating one-second closures every two seconds from 09:00:00 on Tuesday 10 March: 10,000 of them
        // (DTSTART and 9,999 RDATEs), the last at 09:00:00 + 19,998 s = 14:33:18. Between them 9,999 open seconds remain,
        // then 14:33:19–17:00: 10,000 intervals, and 8 hours less 10,000 seconds of business time.
        var start = new LocalDateTime(2026, 3, 10, 9, 0);
        string rdates = string.Join(",", Enumerable.Range(1, 9_999).Select(k => start.PlusSeconds(2 * k).ToString("yyyyMMdd'T'HHmmss", null)));
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:blink
            DTSTART:20260310T090000
            DURATION:PT1S
            RDATE:{rdates}
            END:VEVENT
            """), 2026, 2026));
        Assert.Equal(10_000, set.Closures.Count);

        ScheduledBusinessCalendar calendar = Ics.Finishes(() => set.ApplyTo(s_office));
        Assert.True(calendar.Overrides.TryGetHours(new LocalDate(2026, 3, 10), out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(10_000, hours.Count);
        Assert.Equal(new OpenInterval(new LocalTime(9, 0, 1), new LocalTime(9, 0, 2)), hours[0]);
        Assert.Equal(new OpenInterval(new LocalTime(14, 33, 19), new LocalTime(17, 0)), hours[^1]);
        Assert.Equal(Duration.FromSeconds((8 * 3600) - 10_000), BusinessTimeOn(calendar, new LocalDate(2026, 3, 10)));
    }

    [Fact]
    public void HolidayRules_LongRdateAndExdateLists_KeepTheirMeaning()
    {
        // DTSTART 1 January 2026 plus RDATEs for the 200 days 2 January – 20 July (day of year 2 to 201); EXDATE removes the
        // first 100 of those, 2 January – 11 April (day 101). Left: 1 January and 12 April – 20 July (100 dates).
        var january2 = new LocalDate(2026, 1, 2);
        string Dates(int count) => string.Join(",", Enumerable.Range(0, count).Select(k => january2.PlusDays(k).ToString("yyyyMMdd", null)));
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:lists
            DTSTART;VALUE=DATE:20260101
            RDATE;VALUE=DATE:{Dates(200)}
            EXDATE;VALUE=DATE:{Dates(100)}
            END:VEVENT
            """), 2026, 2026));

        IReadOnlyList<LocalDate> dates = Assert.Single(set.HolidayRules).ExplicitDates;
        Assert.Equal(101, dates.Count);
        Assert.Equal(new LocalDate(2026, 1, 1), dates[0]);
        Assert.Equal(new LocalDate(2026, 4, 12), dates[1]);
        Assert.Equal(new LocalDate(2026, 7, 20), dates[^1]);
    }

    [Fact]
    public void HolidayRules_FortyThousandRdates_AreAllRead()
    {
        // One RDATE property with 40,000 dates from 2 January 2026, one a day, plus DTSTART 1 January: 40,001 dates.
        // Ical.Net compares each value of one property with all before it; the reader splits the list first.
        var january1 = new LocalDate(2026, 1, 1);
        string rdates = string.Join(",", Enumerable.Range(1, 40_000).Select(k => january1.PlusDays(k).ToString("yyyyMMdd", null)));
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:many
            DTSTART;VALUE=DATE:20260101
            RDATE;VALUE=DATE:{rdates}
            END:VEVENT
            """), 2026, 2199));

        IReadOnlyList<LocalDate> dates = Assert.Single(set.HolidayRules).ExplicitDates;
        Assert.Equal(40_001, dates.Count);
        Assert.Equal(january1.PlusDays(40_000), dates[^1]);
    }

    [Fact]
    public void Parse_LongRdateListMixingKinds_IsStillAnError()
    {
        // Ical.Net rejects an RDATE property that mixes DATE-TIME and DATE values; splitting a long list keeps that.
        var start = new LocalDateTime(2026, 3, 10, 9, 0);
        string rdates = string.Join(",", Enumerable.Range(1, 100).Select(k => start.PlusHours(k).ToString("yyyyMMdd'T'HHmmss", null))) + ",20260601";
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:mixed
            DTSTART:20260310T090000
            RDATE:{rdates}
            END:VEVENT
            """), 2026, 2026));
        Assert.Contains("same period kind", ex.Message, StringComparison.Ordinal);
    }
}
