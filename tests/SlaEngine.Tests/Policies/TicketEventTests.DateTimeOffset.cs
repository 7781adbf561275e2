using NodaTime;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// The <see cref="DateTimeOffset"/> factories of <see cref="TicketEvent"/>: the offset only locates the instant, so each one
/// equals its <see cref="Instant"/> twin at that instant. Every UTC value below is worked out by hand from the offset.
/// </summary>
public sealed partial class TicketEventTests
{
    /// <summary>Mon 2026-11-16 15:00Z.</summary>
    private static readonly Instant s_fifteenZ = Instant.FromUtc(2026, 11, 16, 15, 0);

    [Fact]
    public void Created_DateTimeOffsetBehindUtc_IsTheInstantFiveHoursLater()
    {
        // 10:00 at UTC-5 (New York in November) is 15:00Z.
        TicketEvent e = TicketEvent.Created(new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(-5)), "Normal");

        Assert.Equal(TicketEventKind.Created, e.Kind);
        Assert.Equal(s_fifteenZ, e.At);
        Assert.Equal("Normal", e.Value);
        Assert.Equal(TicketEvent.NewStatus, e.Status);
        Assert.Equal(TicketEvent.Created(s_fifteenZ, "Normal"), e);
    }

    [Fact]
    public void Created_DateTimeOffsetAheadOfUtcOnTheNextDay_IsTheInstantOnThePreviousDay()
    {
        // Tue 00:30 at UTC+09:30 (Darwin) is Mon 15:00Z: 00:30 − 9:30 = −9:00, so 24:00 − 9:00 = 15:00 the day before.
        TicketEvent e = TicketEvent.Created(new DateTimeOffset(2026, 11, 17, 0, 30, 0, new TimeSpan(9, 30, 0)), "Normal", "Pending");

        Assert.Equal(s_fifteenZ, e.At);
        Assert.Equal("Pending", e.Status);
        Assert.Equal(TicketEvent.Created(s_fifteenZ, "Normal", "Pending"), e);
    }

    [Fact]
    public void Factories_DateTimeOffsetAheadOfUtc_EqualTheirInstantTwins()
    {
        // 20:30 at UTC+05:30 (India) is 15:00Z.
        var at = new DateTimeOffset(2026, 11, 16, 20, 30, 0, new TimeSpan(5, 30, 0));

        Assert.Equal(TicketEvent.StatusChanged(s_fifteenZ, "Pending"), TicketEvent.StatusChanged(at, "Pending"));
        Assert.Equal(TicketEvent.PriorityChanged(s_fifteenZ, "High"), TicketEvent.PriorityChanged(at, "High"));
        Assert.Equal(TicketEvent.Responded(s_fifteenZ), TicketEvent.Responded(at));
        Assert.Equal(TicketEvent.Solved(s_fifteenZ), TicketEvent.Solved(at));
        Assert.Equal(TicketEvent.Reopened(s_fifteenZ), TicketEvent.Reopened(at));
        Assert.Equal(s_fifteenZ, TicketEvent.Solved(at).At);
        Assert.Equal(TicketEvent.SolvedStatus, TicketEvent.Solved(at).Value);
        Assert.Equal(TicketEvent.OpenStatus, TicketEvent.Reopened(at).Value);
    }

    [Fact]
    public void Created_SameInstantInDifferentOffsets_GivesEqualEvents()
    {
        // 15:00Z, 10:00-05:00 and 20:30+05:30 are one instant; the offset is not kept.
        TicketEvent utc = TicketEvent.Created(new DateTimeOffset(2026, 11, 16, 15, 0, 0, TimeSpan.Zero), "Normal");
        TicketEvent newYork = TicketEvent.Created(new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(-5)), "Normal");
        TicketEvent india = TicketEvent.Created(new DateTimeOffset(2026, 11, 16, 20, 30, 0, new TimeSpan(5, 30, 0)), "Normal");

        Assert.Equal(utc, newYork);
        Assert.Equal(utc, india);
        Assert.Equal(utc.GetHashCode(), india.GetHashCode());
        Assert.Equal(utc.ToString(), india.ToString());
    }

    [Fact]
    public void Responded_DateTimeOffsetWithATick_KeepsTheTick()
    {
        // A DateTimeOffset tick is 100 ns, as is a NodaTime tick: 15:00Z plus one tick.
        TicketEvent e = TicketEvent.Responded(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.FromHours(1)).AddTicks(1));

        Assert.Equal(s_fifteenZ + Duration.FromTicks(1), e.At);
    }

    [Fact]
    public void Factories_DateTimeOffsetWithNullText_ThrowArgumentNullExceptionNamingIt()
    {
        var at = new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal("priority", Assert.Throws<ArgumentNullException>(() => TicketEvent.Created(at, null!)).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentNullException>(() => TicketEvent.Created(at, null!, "New")).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => TicketEvent.Created(at, "Normal", null!)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => TicketEvent.StatusChanged(at, null!)).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentNullException>(() => TicketEvent.PriorityChanged(at, null!)).ParamName);
    }
}
