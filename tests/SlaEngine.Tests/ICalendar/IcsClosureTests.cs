using NodaTime;
using SlaEngine.ICalendar;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

public sealed class IcsClosureTests
{
    private static readonly DateTimeZone s_berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static IcsClosure Floating(string start, string end)
        => Assert.Single(IcsClosures.Parse(Ics.Calendar($"""
            BEGIN:VEVENT
            UID:f
            SUMMARY:Floating
            DTSTART:{start}
            DTEND:{end}
            END:VEVENT
            """), 2026, 2026).Closures);

    [Fact]
    public void ToInterval_Floating_UsesTheGivenZone()
    {
        // 10:00–11:00 floating on 10 March 2026: in Berlin (UTC+1) 09:00Z–10:00Z, in UTC 10:00Z–11:00Z.
        IcsClosure closure = Floating("20260310T100000", "20260310T110000");
        Assert.Null(closure.Zone);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 10, 9, 0), Instant.FromUtc(2026, 3, 10, 10, 0)), closure.ToInterval(s_berlin));
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 10, 10, 0), Instant.FromUtc(2026, 3, 10, 11, 0)), closure.ToInterval(DateTimeZone.Utc));
        Assert.Equal("Floating: 2026-03-10T10:00:00–2026-03-10T11:00:00 floating", closure.ToString());
    }

    [Fact]
    public void ToInterval_EndAfterTheLastInstant_EndsAtTheLastInstant()
    {
        // A floating closure to 9999-12-31T23:59:59, read in Pago Pago (UTC-11), would end at 10000-01-01T10:59:59Z,
        // past NodaTime's last instant (the end of 9999 in UTC): it ends there instead.
        IcsClosure closure = Floating("20260310T100000", "99991231T235959");
        Interval interval = closure.ToInterval(DateTimeZoneProviders.Tzdb["Pacific/Pago_Pago"]);
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 21, 0), interval.Start);
        Assert.Equal(Instant.MaxValue, interval.End);
    }

    [Fact]
    public void ToInterval_StartInGap_StartsAtEndOfGap()
    {
        // Berlin skips 02:00–03:00 on 29 March 2026; a floating 02:30 start maps to 03:00 CEST = 01:00Z, and 04:00 CEST = 02:00Z.
        IcsClosure closure = Floating("20260329T023000", "20260329T040000");
        Assert.Equal(new Interval(Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 3, 29, 2, 0)), closure.ToInterval(s_berlin));
    }

    [Fact]
    public void ToInterval_StartInRepeatedHour_UsesFirstPass()
    {
        // Berlin repeats 02:00–03:00 on 25 October 2026; 02:30 first occurs in CEST (UTC+2) = 00:30Z. 04:00 CET = 03:00Z.
        IcsClosure closure = Floating("20261025T023000", "20261025T040000");
        Assert.Equal(new Interval(Instant.FromUtc(2026, 10, 25, 0, 30), Instant.FromUtc(2026, 10, 25, 3, 0)), closure.ToInterval(s_berlin));
    }

    [Fact]
    public void AllDay_Dates_AreInclusive_AndReadInTheGivenZone()
    {
        IcsClosure closure = Assert.Single(IcsClosures.Parse(Ics.Calendar("""
            BEGIN:VEVENT
            UID:d
            SUMMARY:Inventory
            DTSTART;VALUE=DATE:20260601
            DTEND;VALUE=DATE:20260603
            END:VEVENT
            """), 2026, 2026).Closures);

        // 1 and 2 June; the instants run from 1 June 00:00 CEST (31 May 22:00Z) to 3 June 00:00 CEST (2 June 22:00Z).
        Assert.Equal(new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2)), closure.Dates);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 5, 31, 22, 0), Instant.FromUtc(2026, 6, 2, 22, 0)), closure.ToInterval(s_berlin));
        Assert.Equal("Inventory: 2026-06-01–2026-06-02 (all day)", closure.ToString());
    }

    [Fact]
    public void Equality_IsStructural()
    {
        IcsClosure a = Floating("20260310T100000", "20260310T110000");
        IcsClosure b = Floating("20260310T100000", "20260310T110000");
        IcsClosure c = Floating("20260310T100000", "20260310T120000");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.False(a.Equals(null));
        Assert.Equal("floatingZone", Assert.Throws<ArgumentNullException>(() => a.ToInterval(null!)).ParamName);
    }
}
