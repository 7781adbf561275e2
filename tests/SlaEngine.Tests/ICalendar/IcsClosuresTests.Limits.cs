using NodaTime;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <content>The limits on the work of one read: recurrence steps, occurrences visited, closures kept.</content>
public sealed partial class IcsClosuresTests
{
    private const string StepsLimitStart = "Expanding the recurrence rules of the iCalendar data for the years ";

    [Fact]
    public void Parse_SecondlyRuleOfNoLengthOverAYear_ThrowsBeforeExpanding()
    {
        // Every second of 2026 and into January 2027 is over 31 million steps, over MaxRecurrenceSteps (1,000,000),
        // although no occurrence would close anything (no DTEND or DURATION: each lasts no time).
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:tick
            DTSTART:20260101T000000Z
            RRULE:FREQ=SECONDLY
            END:VEVENT
            """), 2026, 2026)));
        Assert.StartsWith(StepsLimitStart + "2026–2026 must take at most 1000000 steps, took ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" with event 'tick'; narrow the year range, or move the rule's DTSTART closer to it.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("tick", ex.EventUid);
        Assert.Equal(1_000_000, IcsClosures.MaxRecurrenceSteps);
    }

    [Fact]
    public void Parse_SecondlyRuleStartingLongBeforeTheRange_ThrowsBeforeExpanding()
    {
        // From 2000 to 2026 a SECONDLY rule walks over 800 million steps (26 years of 31.5 million seconds) just to reach
        // the range, one at a time: too many, though the range is one year.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:old
            DTSTART:20000101T000000Z
            DURATION:PT1S
            RRULE:FREQ=SECONDLY
            END:VEVENT
            """), 2026, 2026)));
        Assert.StartsWith(StepsLimitStart + "2026–2026 must take at most 1000000 steps", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecondlyExceptionRule_CountsEveryStepFromStart()
    {
        // A daily event with EXRULE:FREQ=SECONDLY: Ical.Net expands an EXRULE from DTSTART, every second of the year.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:exrule
            DTSTART;VALUE=DATE:20260101
            RRULE:FREQ=DAILY
            EXRULE:FREQ=SECONDLY
            END:VEVENT
            """), 2026, 2026)));
        Assert.StartsWith(StepsLimitStart, ex.Message, StringComparison.Ordinal);
        Assert.Equal("exrule", ex.EventUid);
    }

    [Fact]
    public void Parse_ByPartsThatExpandEachStep_CountEveryDate()
    {
        // Each YEARLY step expands to 12 months × 31 month days × 24 hours = 8,928 date-times; over 1900–2199 that is about
        // 300 steps × 8,928 = 2.7 million, over the limit. For 2026 alone it is a few steps × 8,928, well within it.
        string ics = Ics.Calendar("""
            BEGIN:VEVENT
            UID:hours
            DTSTART:19000101T000000Z
            DURATION:PT1M
            RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23
            END:VEVENT
            """);
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(ics, 1900, 2199)));
        Assert.StartsWith(StepsLimitStart + "1900–2199", ex.Message, StringComparison.Ordinal);

        // 2026 has 365 days of 24 hours: 8,760 one-minute closures.
        Assert.Equal(8760, Ics.Finishes(() => IcsClosures.Parse(ics, 2026, 2026)).Closures.Count);
    }

    [Fact]
    public void Parse_RepeatedByValues_CountOnce()
    {
        // BYHOUR=9,9,9 is BYHOUR=9: one 09:00–10:00 closure on 10, 11 and 12 March (COUNT=3 counts occurrences, not repeats).
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:repeats
            DTSTART:20260310T090000Z
            DURATION:PT1H
            RRULE:FREQ=DAILY;COUNT=3;BYHOUR=9,9,9
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(
            new[] { new LocalDateTime(2026, 3, 10, 9, 0), new LocalDateTime(2026, 3, 11, 9, 0), new LocalDateTime(2026, 3, 12, 9, 0) },
            set.Closures.Select(c => c.Start));
    }

    [Fact]
    public void Parse_SecondlyRuleWithSmallCount_ExpandsOnlyToItsLastOccurrence()
    {
        // One-second closures every second for an hour: COUNT=3600 from 10:00:00Z runs out at 10:59:59Z. Walking every
        // second to the end of 2026 would be over 25 million steps; the rule is counted only up to its last occurrence.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:hour
            DTSTART:20260310T100000Z
            DURATION:PT1S
            RRULE:FREQ=SECONDLY;COUNT=3600
            END:VEVENT
            """), 2026, 2026));

        Assert.Equal(3600, set.Closures.Count);
        Assert.Equal(new LocalDateTime(2026, 3, 10, 10, 59, 59), set.Closures[^1].Start);
    }

    [Fact]
    public void Parse_SecondlyRuleWithLargeCount_ThrowsBeforeExpanding()
    {
        // COUNT=10,000,000 seconds (about 116 days) does not run out within the limit.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:long
            DTSTART:20260310T100000Z
            DURATION:PT1S
            RRULE:FREQ=SECONDLY;COUNT=10000000
            END:VEVENT
            """), 2026, 2026)));
        Assert.StartsWith(StepsLimitStart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinutelyRuleWithCountBeforeTheRange_EndsBeforeIt()
    {
        // Sixty minutes on 10 March 2020, read for 2026–2028: the rule ran out years before the range.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:past
            DTSTART:20200310T100000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY;COUNT=60
            END:VEVENT
            """), 2026, 2028));

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_MinutelyRuleThatEndedYearsBefore_IsNotWalkedToTheRange()
    {
        // Every minute of 1 January 2019 (UNTIL the 2nd): Ical.Net would still walk the 5 million minutes to 2029 one by
        // one; the rule cannot reach the range, so it is not walked, and there is nothing to close.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:past
            DTSTART:20190101T000000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY;UNTIL=20190102T000000Z
            END:VEVENT
            """), 2029, 2029));

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_RuleEndingBeforeItsStart_InAZoneWhoseClocksGoBack_ClosesNothing()
    {
        // UNTIL (2020) is before DTSTART (2026), so the rule has no occurrence; shortening its long INTERVAL must not make
        // it step through Dublin's clock changes (found by fuzzing: it looped forever).
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:fuzz
            DTSTART;TZID=Europe/Dublin:20261008T040500
            DURATION:PT16M
            RRULE:FREQ=MINUTELY;INTERVAL=88583;UNTIL=20200101T000000Z
            END:VEVENT
            """), 2029, 2029));

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_MinutelyRuleOfNoLengthOverAYear_StopsAtMaxOccurrences()
    {
        // 525,600 minutes in 2026 (about 540,000 steps to early January 2027, within the step limit), none closing
        // anything: the read stops at the 200,001st occurrence it visits.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:minutes
            DTSTART:20260101T000000Z
            RRULE:FREQ=MINUTELY
            END:VEVENT
            """), 2026, 2026)));
        Assert.Equal(
            "The iCalendar data must have at most 200000 event occurrences in the years 2026–2026, counting those that close nothing, was more; narrow the year range.",
            ex.Message);
        Assert.Equal(200_000, IcsClosures.MaxOccurrences);
    }

    [Fact]
    public void Parse_CancelledOccurrences_CountTowardMaxOccurrences()
    {
        // A cancelled event closes nothing, but its 525,600 one-minute occurrences in 2026 are still visited.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:off
            STATUS:CANCELLED
            DTSTART:20260101T000000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY
            END:VEVENT
            """), 2026, 2026)));
        Assert.StartsWith("The iCalendar data must have at most 200000 event occurrences", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinutelyOnFebruary30_EndsWithNoClosures()
    {
        // February never has a 30th, so the rule has no occurrence at all; without an end Ical.Net would look for one
        // until the year 9999. The read ends with the range.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:never
            DTSTART:20260101T000000Z
            DURATION:PT1M
            RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30
            END:VEVENT
            """), 2026, 2026));

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_RuleThatStopsMatchingAfterTheRange_KeepsOccurrencesInRange()
    {
        // Yearly on 29 February: 2028 is the only leap year in 2026–2030; the next one (2032) is after the range.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:leap
            DTSTART;VALUE=DATE:20240229
            RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29
            END:VEVENT
            """), 2026, 2030));

        Assert.Equal(new[] { new LocalDate(2028, 2, 29) }, Assert.Single(set.HolidayRules).ExplicitDates);
    }

    [Fact]
    public void Parse_HugeInterval_KeepsTheFirstOccurrence()
    {
        // INTERVAL=2147483647 years: only DTSTART itself is an occurrence (Ical.Net used to fail adding the interval).
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:once
            DTSTART;VALUE=DATE:20260310
            RRULE:FREQ=YEARLY;INTERVAL=2147483647
            END:VEVENT
            """), 2026, 2030);

        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10)), Assert.Single(set.Closures).Dates);
    }

    [Fact]
    public void Parse_UntilFarAfterTheRange_ExpandsOnlyTheRange()
    {
        // UNTIL in 9999 with a daily rule: the 365 days of 2026 (DTSTART 1 January).
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:daily
            DTSTART;VALUE=DATE:20260101
            RRULE:FREQ=DAILY;UNTIL=99991231
            END:VEVENT
            """), 2026, 2026));

        Assert.Equal(365, Assert.Single(set.HolidayRules).ExplicitDates.Count);
    }

    [Fact]
    public void Parse_HourlyInAZoneWhoseClocksGoBack_ThrowsInsteadOfLooping()
    {
        // Berlin's clocks go back from 03:00 CEST to 02:00 CET on Sunday 31 October 2027 (the last Sunday of October),
        // at 01:00 UTC. Ical.Net steps an HOURLY rule into the repeated hour and back to its first pass forever.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:hourly
            DTSTART;TZID=Europe/Berlin:20261201T090000
            DURATION:PT1M
            RRULE:FREQ=HOURLY
            END:VEVENT
            """), 2027, 2027)));
        Assert.Equal(
            "Event 'hourly' must not repeat every 3600 seconds in time zone 'Europe/Berlin', whose clocks go back 3600 seconds at 2027-10-31T01:00:00Z, as Ical.Net cannot expand that; give its times in UTC.",
            ex.Message);
        Assert.Equal("hourly", ex.EventUid);
    }

    [Fact]
    public void Parse_HourlyInUtc_AcrossBerlinsClockChange_Expands()
    {
        // The same rule in UTC: 24 one-minute closures on 31 October 2027, 00:00Z to 23:00Z.
        IcsClosureSet set = Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:hourly
            DTSTART:20271031T000000Z
            DURATION:PT1M
            RRULE:FREQ=HOURLY;COUNT=24
            END:VEVENT
            """), 2027, 2027));

        Assert.Equal(Enumerable.Range(0, 24).Select(h => new LocalDateTime(2027, 10, 31, h, 0)), set.Closures.Select(c => c.Start));
    }

    [Fact]
    public void Parse_FirstYearOne_ExpandsARuleFromItsStart()
    {
        // Yearly on 5 January from the year 1, read for the years 1–3.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:early
            DTSTART;VALUE=DATE:00010105
            RRULE:FREQ=YEARLY
            END:VEVENT
            """), 1, 3);

        Assert.Equal(new[] { new LocalDate(1, 1, 5), new LocalDate(2, 1, 5), new LocalDate(3, 1, 5) }, Assert.Single(set.HolidayRules).ExplicitDates);
    }
}
