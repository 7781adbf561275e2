using NodaTime;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <content>Events whose end is missing, at their start or before it (DTEND and DURATION).</content>
public sealed partial class IcsClosuresTests
{
    private static readonly DateInterval s_march10 = new(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10));

    [Theory]
    [InlineData("DTEND;VALUE=DATE:20260309")] // the day before
    [InlineData("DTEND;VALUE=DATE:20260301")] // nine days before
    [InlineData("DURATION:-P1D")]
    [InlineData("DURATION:-P2W")]
    public void Parse_AllDayEndingBeforeItsStart_ClosesItsOneDate(string end)
    {
        // DTSTART 10 March 2026 with an end before it: as documented, the event closes its one date.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:backwards
            DTSTART;VALUE=DATE:20260310
            {end}
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(s_march10, Assert.Single(set.Closures).Dates);
    }

    [Theory]
    [InlineData("DTEND;VALUE=DATE:20260310")]
    [InlineData("DURATION:P0D")]
    public void Parse_AllDayEndingAtItsStart_ClosesItsOneDate(string end)
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:empty
            DTSTART;VALUE=DATE:20260310
            {end}
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(s_march10, Assert.Single(set.Closures).Dates);
    }

    [Fact]
    public void Parse_RecurringAllDayEndingBeforeItsStart_ClosesEachOccurrencesDate()
    {
        // Daily from 10 March, three times, DTEND a day before DTSTART: 10, 11 and 12 March, one date each.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:backwards
            SUMMARY:Stocktaking
            DTSTART;VALUE=DATE:20260310
            DTEND;VALUE=DATE:20260309
            RRULE:FREQ=DAILY;COUNT=3
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new[] { new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 12) }, Assert.Single(set.HolidayRules).ExplicitDates);
    }

    [Theory]
    [InlineData("DTEND:20260310T090000Z")] // an hour before
    [InlineData("DTEND:20260310T100000Z")] // at the start
    [InlineData("DURATION:-PT1H")]
    [InlineData("DURATION:PT0S")]
    public void Parse_TimedEndingAtOrBeforeItsStart_ClosesNothing(string end)
    {
        // As a timed event without an end, one whose end is not after its start lasts no time.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:backwards
            DTSTART:20260310T100000Z
            {end}
            END:VEVENT
            """), 2026, 2026);

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_TimedEndingBeforeItsStartInAnotherZone_ClosesNothing()
    {
        // 10:00 Tokyo (UTC+9) on 10 March is 01:00Z; 20:00 New York on 9 March (EDT, UTC-4, since 8 March) is 00:00Z on
        // 10 March, an hour earlier, though its wall-clock date is the day before.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:zones
            DTSTART;TZID=Asia/Tokyo:20260310T100000
            DTEND;TZID=America/New_York:20260309T200000
            END:VEVENT
            """), 2026, 2026);

        Assert.Empty(set.Closures);
    }

    [Fact]
    public void Parse_RecurringTimedEndingBeforeItsStart_ClosesNothing_AndKeepsOtherEvents()
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:backwards
            DTSTART:20260310T100000Z
            DTEND:20260310T090000Z
            RRULE:FREQ=DAILY;COUNT=3
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:fine
            DTSTART:20260311T120000Z
            DTEND:20260311T130000Z
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal("fine", Assert.Single(set.Closures).Uid);
    }
}
