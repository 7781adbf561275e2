using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <content>Data Ical.Net fails on, whatever it throws, is an <see cref="IcsFormatException"/>; events without a UID.</content>
public sealed partial class IcsClosuresTests
{
    [Theory]
    [InlineData("RDATE;TZID=Bogus/Zone:20260311T100000", "Bogus/Zone")] // Ical.Net's comparer fails inside a sort (InvalidOperationException)
    [InlineData("EXDATE;TZID=Bogus/Zone:20260311T100000\r\nRRULE:FREQ=DAILY;COUNT=3", "Bogus/Zone")]
    [InlineData("DURATION:P99999999W", "P99999999W")] // ends after 9999
    [InlineData("DURATION:P2147483647D", "P2147483647D")]
    [InlineData("DTEND;VALUE=DATE:20260311", "DATE")] // a date end for a date-time start
    public void Parse_DataIcalNetCannotHandle_ThrowsFormatException(string line, string mentioned)
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => Ics.Finishes(() => IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:bad
            DTSTART:20260310T100000Z
            {line}
            END:VEVENT
            """), 2026, 2026)));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void Parse_AllDayWithDateTimeEnd_NamesTheEvent()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:mixed
            DTSTART;VALUE=DATE:20260310
            DTEND:20260311T120000
            END:VEVENT
            """), 2026, 2026));
        Assert.StartsWith("Event 'mixed' could not be read: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal("mixed", ex.EventUid);
    }

    [Fact]
    public void Parse_EventOnTheLastDateIcalNetHolds_ThrowsFormatException()
    {
        // An all-day event on 31 December 9999 ends on 1 January 10000, which Ical.Net cannot compute, wherever the range is.
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:end-of-time
            DTSTART;VALUE=DATE:99991231
            END:VEVENT
            """), 9900, 9900));
        Assert.IsType<IcsFormatException>(ex);
    }

    [Fact]
    public void Parse_ZonedTimeInTheYearOne_ThrowsFormatException()
    {
        // Midnight on 1 January of the year 1 in Berlin is before 0001-01-01T00:00Z, the first instant Ical.Net can hold.
        Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:first
            DTSTART;TZID=Europe/Berlin:00010101T000000
            DTEND;TZID=Europe/Berlin:00010101T010000
            END:VEVENT
            """), 1, 1));
    }

    [Fact]
    public void Parse_TwoCalendars_ThrowsFormatException()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar() + Ics.Calendar(), 2026, 2026));
        Assert.Equal("The iCalendar data must contain one VCALENDAR component, had 2.", ex.Message);
    }

    [Fact]
    public void Parse_EventWithoutUid_HasNoUid_AndReadsTheSameEachTime()
    {
        // Ical.Net gives such an event a random UID; the closures report none, so two reads are equal.
        string ics = Ics.Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260310
            END:VEVENT
            """);
        IcsClosureSet first = IcsClosures.Parse(ics, 2026, 2026);
        IcsClosureSet second = IcsClosures.Parse(ics, 2026, 2026);

        Assert.Null(Assert.Single(first.Closures).Uid);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Parse_EmptyUid_IsNoUid()
    {
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:
            DTSTART;VALUE=DATE:20260310
            END:VEVENT
            """), 2026, 2026);

        Assert.Null(Assert.Single(set.Closures).Uid);
    }

    [Fact]
    public void Parse_UidLikeThePlaceholder_IsKept()
    {
        // The placeholder given to events without a UID never collides with a UID of the text.
        IcsClosureSet set = IcsClosures.Parse(Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:slaengine-no-uid-0
            DTSTART;VALUE=DATE:20260310
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260311
            END:VEVENT
            """), 2026, 2026);

        Assert.Equal(new[] { "slaengine-no-uid-0", null }, set.Closures.Select(c => c.Uid));
    }

    [Fact]
    public void Parse_MalformedStartWithoutUid_SaysSo()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            DTSTART:2026XX10
            END:VEVENT
            """), 2026, 2026));
        Assert.Equal("Event '(no UID or SUMMARY)' must have a valid DTSTART, was missing or malformed.", ex.Message);
        Assert.Null(ex.EventUid);
    }

    // A SUMMARY becomes the name of a holiday rule, which must be Unicode text (the fuzz suite found the unpaired surrogate).
    [Fact]
    public void Parse_SummaryWithAnUnpairedSurrogate_ThrowsFormatExceptionNamingTheEvent()
    {
        IcsFormatException ex = Assert.Throws<IcsFormatException>(() => IcsClosures.Parse(Ics.Calendar("BEGIN:VEVENT\nUID:odd\nSUMMARY:Closed \uD800\nDTSTART;VALUE=DATE:20260310\nEND:VEVENT"), 2026, 2026));
        Assert.Equal("Event 'odd' must have a SUMMARY of Unicode text, but it has an unpaired surrogate.", ex.Message);
        Assert.Equal("odd", ex.EventUid);
    }
}
