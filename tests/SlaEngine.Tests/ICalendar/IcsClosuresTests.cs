using System.Text;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

public sealed partial class IcsClosuresTests
{
    private static readonly DateTimeZone s_newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Parse_AllDayWithoutEnd_ClosesOneDate()
    {
        // DTSTART;VALUE=DATE with no DTEND is a one-day event (RFC 5545 3.6.1): Tuesday 10 March 2026 only.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:mourning
            SUMMARY:Day of mourning
            DTSTART;VALUE=DATE:20260310
            END:VEVENT
            """), 2026, 2026);

        IcsClosure closure = Assert.Single(set.Closures);
        Assert.True(closure.IsAllDay);
        Assert.Equal("Day of mourning", closure.Name);
        Assert.Equal("mourning", closure.Uid);
        Assert.Null(closure.Zone);
        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10)), closure.Dates);
        HolidayRule rule = Assert.Single(set.HolidayRules);
        Assert.Equal("Day of mourning", rule.Name);
        Assert.Equal(new[] { new LocalDate(2026, 3, 10) }, rule.ExplicitDates);
    }

    [Fact]
    public void Parse_MultiDayAllDay_EndIsExclusive()
    {
        // DTEND 20261227 is exclusive: Thursday 24, Friday 25 and Saturday 26 December are closed; Sunday 27 is not.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:xmas
            SUMMARY:Christmas shutdown
            DTSTART;VALUE=DATE:20261224
            DTEND;VALUE=DATE:20261227
            END:VEVENT
            """), 2026, 2026);

        IcsClosure closure = Assert.Single(set.Closures);
        Assert.Equal(new LocalDate(2026, 12, 24).AtMidnight(), closure.Start);
        Assert.Equal(new LocalDate(2026, 12, 27).AtMidnight(), closure.End);
        Assert.Equal(new[] { new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26) }, set.HolidayRules[0].ExplicitDates);
    }

    [Fact]
    public void Parse_EventsSharingSummary_MergeIntoOneRule_AndMissingSummaryUsesDefaultName()
    {
        // Two "Company day" events give one rule with both dates; the event without SUMMARY is named "Closure".
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:a
            SUMMARY:Company day
            DTSTART;VALUE=DATE:20260814
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:b
            DTSTART;VALUE=DATE:20260501
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:c
            SUMMARY:Company day
            DTSTART;VALUE=DATE:20260102
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(3, set.Closures.Count);
        Assert.Equal(2, set.HolidayRules.Count);
        HolidayRule company = Assert.Single(set.HolidayRules, r => r.Name == "Company day");
        Assert.Equal(new[] { new LocalDate(2026, 1, 2), new LocalDate(2026, 8, 14) }, company.ExplicitDates);
        HolidayRule unnamed = Assert.Single(set.HolidayRules, r => r.Name == IcsClosures.DefaultName);
        Assert.Equal(new[] { new LocalDate(2026, 5, 1) }, unnamed.ExplicitDates);
        Assert.Equal("Closure", IcsClosures.DefaultName);
    }

    [Fact]
    public void Parse_YearlyRuleWithExdate_ExpandsWithinRange()
    {
        // 24–26 December every year from 2025 (DTEND exclusive), except 2027 (EXDATE). Range 2026–2028:
        // 2025 is before the range, 2027 is excluded, so 2026 and 2028 remain.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:xmas-yearly
            SUMMARY:Christmas
            DTSTART;VALUE=DATE:20251224
            DTEND;VALUE=DATE:20251227
            RRULE:FREQ=YEARLY
            EXDATE;VALUE=DATE:20271224
            END:VEVENT
            """), 2026, 2028);

        Assert.Equal(
            new[] { new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26), new LocalDate(2028, 12, 24), new LocalDate(2028, 12, 25), new LocalDate(2028, 12, 26) },
            Assert.Single(set.HolidayRules).ExplicitDates);
    }

    [Fact]
    public void Parse_YearRange_CutsAllDayEventAtLastYear()
    {
        // 30 December 2026 to 2 January 2027 (DTEND 20270103 exclusive); the range ends with 2026, so 30 and 31 December remain.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:nye
            SUMMARY:Year end
            DTSTART;VALUE=DATE:20261230
            DTEND;VALUE=DATE:20270103
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new DateInterval(new LocalDate(2026, 12, 30), new LocalDate(2026, 12, 31)), Assert.Single(set.Closures).Dates);
    }

    [Fact]
    public void Parse_YearRange_CutsAllDayEventAtFirstYear_AndDropsEventsOutside()
    {
        // 30 December 2025 to 2 January 2026 overlaps 2026 by 1 and 2 January; 1 July 2027 is after the range.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:ny
            DTSTART;VALUE=DATE:20251230
            DTEND;VALUE=DATE:20260103
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:later
            DTSTART;VALUE=DATE:20270701
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 2)), Assert.Single(set.Closures).Dates);
    }

    [Fact]
    public void Parse_WeeklyFridaysWithCountAndExdate_SkipsExcludedButCountsIt()
    {
        // FREQ=WEEKLY;BYDAY=FR;COUNT=5 from Friday 6 March 2026: 6, 13, 20, 27 March and 3 April. EXDATE removes 13 March
        // after counting (RFC 5545 3.8.5.1), so four remain, each 14:00–17:00 Berlin wall time (3 April is in summer time).
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:fri
            SUMMARY:Friday training
            DTSTART;TZID=Europe/Berlin:20260306T140000
            DTEND;TZID=Europe/Berlin:20260306T170000
            RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=5
            EXDATE;TZID=Europe/Berlin:20260313T140000
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(
            new[] { new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 20), new LocalDate(2026, 3, 27), new LocalDate(2026, 4, 3) },
            set.Closures.Select(c => c.Start.Date));
        Assert.All(set.Closures, c =>
        {
            Assert.False(c.IsAllDay);
            Assert.Equal(new LocalTime(14, 0), c.Start.TimeOfDay);
            Assert.Equal(new LocalTime(17, 0), c.End.TimeOfDay);
            Assert.Equal("Europe/Berlin", c.Zone!.Id);
            Assert.Null(c.Dates);
        });
        Assert.Empty(set.HolidayRules);

        // 3 April 14:00 CEST (UTC+2) is 12:00Z; 6 March 14:00 CET (UTC+1) is 13:00Z.
        Assert.Equal(Instant.FromUtc(2026, 4, 3, 12, 0), set.Closures[3].ToInterval(DateTimeZone.Utc).Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 13, 0), set.Closures[0].ToInterval(DateTimeZone.Utc).Start);
    }

    [Fact]
    public void Parse_WeeklyUntilWithRdate_AddsExtraDate()
    {
        // Floating 16:00–17:00 each Friday from 6 March until 20 March 2026 (UNTIL inclusive): 6, 13, 20 March;
        // RDATE adds Wednesday 1 April at 16:00 with the same one-hour length.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:until
            DTSTART:20260306T160000
            DTEND:20260306T170000
            RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20260320T235959Z
            RDATE:20260401T160000
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(
            new[] { new LocalDateTime(2026, 3, 6, 16, 0), new LocalDateTime(2026, 3, 13, 16, 0), new LocalDateTime(2026, 3, 20, 16, 0), new LocalDateTime(2026, 4, 1, 16, 0) },
            set.Closures.Select(c => c.Start));
        Assert.All(set.Closures, c => Assert.Equal(Period.FromHours(1), Period.Between(c.Start, c.End)));
        Assert.All(set.Closures, c => Assert.Null(c.Zone));
    }

    [Fact]
    public void Parse_UtcTimes_AreUtc()
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:utc
            SUMMARY:Maintenance
            DTSTART:20260310T120000Z
            DTEND:20260310T130000Z
            END:VEVENT
            """), 2026, 2026);

        IcsClosure closure = Assert.Single(set.Closures);
        Assert.Same(DateTimeZone.Utc, closure.Zone);

        // The floating zone is ignored for UTC times.
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 10, 12, 0), Instant.FromUtc(2026, 3, 10, 13, 0)), closure.ToInterval(s_newYork));
        Assert.Equal("Maintenance: 2026-03-10T12:00:00–2026-03-10T13:00:00 UTC", closure.ToString());
    }

    [Fact]
    public void Parse_TzidWithVTimeZone_UsesTheZone()
    {
        // 09:00–11:00 New York on 10 March 2026: the US went to summer time on 8 March, so EDT (UTC-4): 13:00Z–15:00Z.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(Ics.NewYorkTimeZone, """
            BEGIN:VEVENT
            UID:ny
            DTSTART;TZID=America/New_York:20260310T090000
            DTEND;TZID=America/New_York:20260310T110000
            END:VEVENT
            """), 2026, 2026);

        IcsClosure closure = Assert.Single(set.Closures);
        Assert.Equal("America/New_York", closure.Zone!.Id);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 10, 13, 0), Instant.FromUtc(2026, 3, 10, 15, 0)), closure.ToInterval(DateTimeZone.Utc));
    }

    [Fact]
    public void Parse_EventAcrossDstChange_KeepsElapsedTime()
    {
        // Saturday 28 March 2026 22:00 CET (21:00Z) to Sunday 29 March 04:00 CEST (02:00Z): Berlin springs forward at
        // 02:00 on the 29th, so the closure lasts 5 hours, not 6.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:dst
            DTSTART;TZID=Europe/Berlin:20260328T220000
            DTEND;TZID=Europe/Berlin:20260329T040000
            END:VEVENT
            """), 2026, 2026);

        Interval interval = Assert.Single(set.Closures).ToInterval(DateTimeZone.Utc);
        Assert.Equal(Instant.FromUtc(2026, 3, 28, 21, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 2, 0), interval.End);
        Assert.Equal(Duration.FromHours(5), interval.Duration);
    }

    [Fact]
    public void Parse_CancelledEvents_AreSkipped()
    {
        // The cancelled all-day event and the cancelled timed event give nothing; the confirmed one is kept.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:off
            SUMMARY:Called off
            STATUS:CANCELLED
            DTSTART;VALUE=DATE:20260311
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:off2
            STATUS:CANCELLED
            DTSTART:20260312T100000Z
            DTEND:20260312T110000Z
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:on
            SUMMARY:Still on
            STATUS:CONFIRMED
            TRANSP:TRANSPARENT
            DTSTART;VALUE=DATE:20260313
            END:VEVENT
            """), 2026, 2026);

        IcsClosure closure = Assert.Single(set.Closures);
        Assert.Equal("Still on", closure.Name);
    }

    [Fact]
    public void Parse_TimedEventWithoutEnd_ClosesNothing()
    {
        // A DATE-TIME DTSTART without DTEND or DURATION lasts no time (RFC 5545 3.6.1).
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:point
            DTSTART:20260310T100000Z
            END:VEVENT
            """), 2026, 2026);

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_Duration_SetsEnd()
    {
        // DTSTART 10:00 floating with DURATION PT2H30M: ends 12:30.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:dur
            DTSTART:20260310T100000
            DURATION:PT2H30M
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new LocalDateTime(2026, 3, 10, 12, 30), Assert.Single(set.Closures).End);
    }

    [Fact]
    public void ReadStreamAndReader_MatchParse()
    {
        string text = Ics.Calendar("""
            BEGIN:VEVENT
            UID:file
            SUMMARY:From a file
            DTSTART;VALUE=DATE:20260601
            DTEND;VALUE=DATE:20260603
            END:VEVENT
            """);
        string path = Path.Combine(Path.GetTempPath(), "slaengine-ics-" + Guid.NewGuid().ToString("N") + ".ics");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            IcsClosureSet parsed = IcsClosures.Parse(text, 2026, 2026);
            IcsClosureSet fromStream;
            using (FileStream stream = File.OpenRead(path))
            {
                fromStream = IcsClosures.Read(stream, 2026, 2026);
                Assert.True(stream.CanRead); // not disposed
            }

            IcsClosureSet fromReader;
            using (var reader = new StreamReader(path))
            {
                fromReader = IcsClosures.Read(reader, 2026, 2026);
            }

            Assert.Equal(parsed, fromStream);
            Assert.Equal(parsed, fromReader);
            Assert.Equal(parsed.GetHashCode(), fromStream.GetHashCode());
            Assert.Equal(new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2)), Assert.Single(fromStream.Closures).Dates);
            Assert.NotEqual(parsed, IcsClosures.Parse(text, 2026, 2027));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0, 2026, "firstYear", "The first year of the range must be between 1 and 9900, was 0.")]
    [InlineData(9901, 9901, "firstYear", "The first year of the range must be between 1 and 9900, was 9901.")]
    [InlineData(2026, 2025, "lastYear", "The last year of the range must be between the first year 2026 and 9900, was 2025.")]
    [InlineData(2026, 9901, "lastYear", "The last year of the range must be between the first year 2026 and 9900, was 9901.")]
    public void Parse_BadYears_Throw(int firstYear, int lastYear, string paramName, string message)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => IcsClosures.Parse(Ics.Calendar(), firstYear, lastYear));
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExtremeYears_AreAccepted()
    {
        Assert.Empty(IcsClosures.Parse(Ics.Calendar(), HolidayCalendar.MinSupportedYear, HolidayCalendar.MinSupportedYear).Closures);
        Assert.Empty(IcsClosures.Parse(Ics.Calendar(), HolidayCalendar.MaxSupportedYear, HolidayCalendar.MaxSupportedYear).Closures);
    }

    [Fact]
    public void ParseAndRead_Null_Throws()
    {
        Assert.Equal("ics", Assert.Throws<ArgumentNullException>(() => IcsClosures.Parse(null!, 2026, 2026)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => IcsClosures.Read((TextReader)null!, 2026, 2026)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => IcsClosures.Read((Stream)null!, 2026, 2026)).ParamName);
    }

    [Fact]
    public void Parse_NotICalendar_ThrowsFormatException()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse("this is not a calendar", 2026, 2026));
        Assert.StartsWith("The iCalendar data could not be parsed: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Parse_Empty_ThrowsFormatException()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(string.Empty, 2026, 2026));
        Assert.Equal("The iCalendar data must contain a VCALENDAR component, was empty or had none.", ex.Message);
    }

    [Fact]
    public void Parse_UnterminatedEvent_ThrowsFormatException()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260310\r\nEND:VCALENDAR\r\n", 2026, 2026));
        Assert.Contains("END:VEVENT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedStart_NamesTheEvent()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:bad-start
            DTSTART:2026XX10
            END:VEVENT
            """), 2026, 2026));
        Assert.Equal("Event 'bad-start' must have a valid DTSTART, was missing or malformed.", ex.Message);
        Assert.Equal("bad-start", ex.EventUid);
    }

    [Fact]
    public void Parse_UnknownTzid_NamesTheZone()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:nowhere
            DTSTART;TZID=Custom/Nowhere:20260310T100000
            DTEND;TZID=Custom/Nowhere:20260310T110000
            END:VEVENT
            """), 2026, 2026));
        Assert.Equal("Event 'nowhere' must use a known time zone id in TZID, was 'Custom/Nowhere'.", ex.Message);
        Assert.Equal("nowhere", ex.EventUid);
    }

    [Fact]
    public void Parse_BadRecurrenceRule_ThrowsFormatException()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:bogus
            DTSTART:20260310T100000
            RRULE:FREQ=BOGUS
            END:VEVENT
            """), 2026, 2026));
        Assert.StartsWith("The iCalendar data could not be parsed: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BOGUS", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyOccurrences_ThrowsFormatException()
    {
        // Every minute for 2026 is 525,600 one-minute closures, over the 100,000 limit.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:minutely
            DTSTART:20260101T000000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY
            END:VEVENT
            """), 2026, 2026));
        Assert.Equal("The iCalendar data must expand to at most 100000 closures in the years 2026–2026, was more; narrow the year range.", ex.Message);
    }
}
