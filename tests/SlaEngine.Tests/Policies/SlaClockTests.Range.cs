using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// The ends of time: clocks whose instants or dues leave the calendar's range (or, on the wall clock, the instants NodaTime can
/// represent) throw an <see cref="ArgumentOutOfRangeException"/> that names the clock's own argument, never an overflow.
/// </summary>
public sealed partial class SlaClockTests
{
    private static readonly DateTimeZone s_newYorkZone = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    // Calendar(1 h) from one hour before the last representable instant: without a pause the due is that last instant itself;
    // paused a minute in, the remaining 59 minutes would run past it.
    [Fact]
    public void Evaluate_WallClockDuePastTheLastInstant_ThrowsNamingTheEvents()
    {
        var clock = new SlaClock(
            SlaPolicy.Create("end", BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc), "P1")
                .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Calendar(Duration.FromHours(1))),
            SlaMetric.Resolution);
        Instant created = Instant.MaxValue - Duration.FromHours(1);

        SlaStatus running = clock.Evaluate([TicketEvent.Created(created, "P1")], Instant.MaxValue);
        Assert.Equal(Instant.MaxValue, running.Due);
        Assert.Equal(Instant.MaxValue, running.BreachedAt);

        TicketEvent[] paused = [TicketEvent.Created(created, "P1"), TicketEvent.StatusChanged(created + Duration.FromMinutes(1), "Pending")];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Evaluate(paused, Instant.MaxValue));
        Assert.Equal("events", error.ParamName);
        Assert.StartsWith(
            $"The due of target Calendar(1h) for the clock that starts at {created} is past {Instant.MaxValue}, the last instant that can be represented.",
            error.Message,
            StringComparison.Ordinal);
    }

    // New York 09:00–17:00 on US federal holidays, supported from 1971-01-01 00:00 EST (05:00Z) to 2200-01-01 00:00 EST.
    private static SlaClock NewYorkClock(SlaTarget target)
        => new(
            SlaPolicy.Create("ny", BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), HolidayCalendars.UsFederal, s_newYorkZone), "P1")
                .WithTarget("P1", SlaMetric.Resolution, target),
            SlaMetric.Resolution);

    [Fact]
    public void Evaluate_NowPastTheCalendarsRange_ThrowsNamingNow()
    {
        Instant created = Instant.FromUtc(2199, 12, 30, 15, 0);
        Instant now = Instant.FromUtc(2200, 1, 2, 0, 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewYorkClock(SlaTarget.Business(Duration.FromHours(4))).Evaluate([TicketEvent.Created(created, "P1")], now));
        Assert.Equal("now", error.ParamName);
        Assert.StartsWith(
            "The evaluation instant 2200-01-02T00:00:00Z is outside 1971-01-01T05:00:00Z–2200-01-01T05:00:00Z, the instants the calendar of target Business(4h) supports.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClockPastTheCalendarsRange_ThrowsNamingTheClock()
    {
        Instant created = Instant.FromUtc(2199, 12, 30, 15, 0);
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2200, 1, 2, 0, 0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewYorkClock(SlaTarget.Business(Duration.FromHours(4))).Evaluate([TicketEvent.Created(created, "P1")], clock));
        Assert.Equal("clock", error.ParamName);
        var early = Assert.Throws<ArgumentException>(() => NewYorkClock(SlaTarget.Business(Duration.FromHours(4))).Evaluate([TicketEvent.Created(created, "P1")], new NodaTime.Testing.FakeClock(created - Duration.FromHours(1))));
        Assert.Equal("clock", early.ParamName);
    }

    [Fact]
    public void Evaluate_CreatedBeforeTheCalendarsRange_ThrowsNamingTheEvents()
    {
        Instant created = Instant.FromUtc(1970, 12, 31, 15, 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewYorkClock(SlaTarget.Business(Duration.FromHours(4))).Evaluate([TicketEvent.Created(created, "P1")], created + Duration.FromDays(2)));
        Assert.Equal("events", error.ParamName);
        Assert.StartsWith(
            "The clock of target Business(4h) starts at 1970-12-31T15:00:00Z, outside 1971-01-01T05:00:00Z–2200-01-01T05:00:00Z, the instants its calendar supports.",
            error.Message,
            StringComparison.Ordinal);
    }

    // Tuesday 2199-12-31 20:00Z is 15:00 EST: two business hours are left in the range, so four end past it.
    [Fact]
    public void Evaluate_BusinessDuePastTheCalendarsRange_ThrowsNamingTheEvents()
    {
        Instant created = Instant.FromUtc(2199, 12, 31, 20, 0);
        SlaClock clock = NewYorkClock(SlaTarget.Business(Duration.FromHours(4)));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Evaluate([TicketEvent.Created(created, "P1")], created + Duration.FromHours(1)));
        Assert.Equal("events", error.ParamName);
        Assert.StartsWith(
            "The due of target Business(4h) for the clock that starts at 2199-12-31T20:00:00Z is at or past 2200-01-01T05:00:00Z, the end of the instants its calendar supports.",
            error.Message,
            StringComparison.Ordinal);

        // Two hours fit: due at 17:00 EST = 22:00Z.
        SlaStatus twoHours = NewYorkClock(SlaTarget.Business(Duration.FromHours(2))).Evaluate([TicketEvent.Created(created, "P1")], created + Duration.FromHours(1));
        Assert.Equal(Instant.FromUtc(2199, 12, 31, 22, 0), twoHours.Due);
    }
}
