using System.Globalization;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.BusinessHours.Engine;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// Review of the issue-4 code (targets, policies, clock, local mapping): each test pins a suspected bug or mismatch with
/// the README / spec, with the expected value derived by hand in the comment.
/// </summary>
public sealed partial class SlaClockTests
{
    private static readonly DateTimeZone s_reviewNewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    // Mon–Fri 09:00–17:00, no holidays, default years 1900–2199.
    private static BusinessCalendar ReviewNineToFive(string zoneId) => BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), DateTimeZoneProviders.Tzdb[zoneId]);

    // ------------------------------------------------------------------ range ends

    [Fact]
    public void Review_EndOfBusinessDay_OnLastSupportedDate_IsThatDaysClose()
    {
        // New York 9–17, years 1900–2199: the supported range ends at 2200-01-01 00:00 EST = 05:00Z.
        // 2199-12-31 is a Tuesday (a business day). Start Tue 10:00 EST (15:00Z), EndOfBusinessDay(0): s' = start,
        // D0 = 2199-12-31, due = its close 17:00 EST = 22:00Z, well inside the range.
        // Actual: ArgumentOutOfRangeException (paramName "end"): the code measures BusinessTimeBetween(opening, start of
        // the next local day) and the next local day's midnight is the (exclusive) range end.
        BusinessCalendar calendar = ReviewNineToFive("America/New_York");
        Assert.Equal(IsoDayOfWeek.Tuesday, new LocalDate(2199, 12, 31).DayOfWeek);

        Instant due = SlaTarget.EndOfBusinessDay(0).DueAt(calendar, Instant.FromUtc(2199, 12, 31, 15, 0));

        Assert.Equal(Instant.FromUtc(2199, 12, 31, 22, 0), due);
    }

    [Fact]
    public void Review_Clock_CalendarTarget_NearRangeEnd_InWesternZone_IsMeasured()
    {
        // Los Angeles 9–17, years 1900–2199: supported up to 2200-01-01 00:00 PST = 08:00Z. Ticket created Tue
        // 2199-12-31 15:30 PST (23:30Z) with FirstResponse Calendar(1h): policy.DueAt = 2200-01-01T00:30Z, inside the
        // policy calendar's range. The clock (no pauses) must agree: Due = 00:30Z, budget 1 h, nothing elapsed at creation.
        // Actual: ArgumentOutOfRangeException from the internal 24x7 UTC calendar, whose range ends at 2200-01-01T00:00Z.
        BusinessCalendar calendar = ReviewNineToFive("America/Los_Angeles");
        SlaPolicy policy = SlaPolicy.Create("Review", calendar, "Urgent")
            .WithTarget("Urgent", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(1)));
        Instant created = Instant.FromUtc(2199, 12, 31, 23, 30);
        Assert.Equal(Instant.FromUtc(2200, 1, 1, 0, 30), policy.DueAt("Urgent", SlaMetric.FirstResponse, created));

        SlaStatus status = new SlaClock(policy, SlaMetric.FirstResponse).Evaluate(new[] { TicketEvent.Created(created, "Urgent") }, created);

        Assert.Equal(Instant.FromUtc(2200, 1, 1, 0, 30), status.Due);
        Assert.Equal(Duration.FromHours(1), status.TargetBusinessTime);
    }

    [Fact]
    public void Review_Clock_CalendarTarget_NearRangeStart_InEasternZone_IsMeasured()
    {
        // Tokyo (+09:00 since 1888) 9–17, years 1900–2199: supported from 1900-01-01 00:00 JST = 1899-12-31T15:00Z.
        // Ticket created 1899-12-31T16:00Z (Mon 1900-01-01 01:00 JST, a supported instant) with Calendar(1h):
        // policy.DueAt = 17:00Z; the clock must give the same Due.
        // Actual: ArgumentOutOfRangeException: the internal 24x7 UTC calendar starts at 1900-01-01T00:00Z.
        BusinessCalendar calendar = ReviewNineToFive("Asia/Tokyo");
        SlaPolicy policy = SlaPolicy.Create("Review", calendar, "Urgent")
            .WithTarget("Urgent", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(1)));
        Instant created = Instant.FromUtc(1899, 12, 31, 16, 0);
        Assert.True(calendar.SupportedInterval.Contains(created));
        Assert.Equal(Instant.FromUtc(1899, 12, 31, 17, 0), policy.DueAt("Urgent", SlaMetric.FirstResponse, created));

        SlaStatus status = new SlaClock(policy, SlaMetric.FirstResponse).Evaluate(new[] { TicketEvent.Created(created, "Urgent") }, created);

        Assert.Equal(Instant.FromUtc(1899, 12, 31, 17, 0), status.Due);
    }

    [Fact]
    public void Review_CalendarTarget_DuePastInstantRange_IsArgumentOutOfRange()
    {
        // SlaTarget.DueAt documents ArgumentOutOfRangeException for a due outside the supported range; Instant.MaxValue
        // + 1 h is not even an Instant. Actual: System.OverflowException from NodaTime's Instant + Duration.
        BusinessCalendar calendar = ReviewNineToFive("America/New_York");

        Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Calendar(Duration.FromHours(1)).DueAt(calendar, Instant.MaxValue));
    }

    [Fact]
    public void Review_NextBusinessDayAt_StartOutsideRange_NamesStart()
    {
        // The argument is the instant "start"; the exception should name it. Actual: ParamName "date" and a message about
        // "The date 2250-05-31", a value the caller never passed.
        BusinessCalendar calendar = ReviewNineToFive("America/New_York");

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(
            () => SlaTarget.NextBusinessDayAt(new LocalTime(9, 0)).DueAt(calendar, Instant.FromUtc(2250, 6, 1, 0, 0)));

        Assert.Equal("start", e.ParamName);
    }

    // ------------------------------------------------------------------ statuses

    [Fact]
    public void Review_Reopened_IsStatusOpen_SoPausesWhenOpenIsAPauseStatus()
    {
        // Spec: "Reopened → "Open"" and README "Reopened (status "Open", only while solved)"; status classes come from the
        // options. With PauseStatuses = [Pending, Open], a reopened ticket is paused.
        // Scenario policy, Normal Resolution Business 8 h. Created Mon 10:00 EST (15:00Z) "New" → running; Solved 11:00 EST
        // (16:00Z); Reopened 12:00 EST (17:00Z) → "Open" → paused. now = 15:00 EST (20:00Z): running 15–16Z only = 1 h;
        // unfulfilled and paused at now → IsPaused; 1 / 8 = 12.5 %.
        // Actual: Reopened always maps to running: BusinessElapsed 4 h, IsPaused false.
        var clock = new SlaClock(s_scenarioPolicy, SlaMetric.Resolution, new SlaClockOptions { PauseStatuses = new[] { "Pending", "Open" } });
        TicketEvent[] events =
        {
            TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"),
            TicketEvent.Solved(UtcAt("2026-11-16T16:00Z")),
            TicketEvent.Reopened(UtcAt("2026-11-16T17:00Z")),
        };

        SlaStatus status = clock.Evaluate(events, UtcAt("2026-11-16T20:00Z"));

        Assert.Equal(Duration.FromHours(1), status.BusinessElapsed);
        Assert.True(status.IsPaused);
    }

    // ------------------------------------------------------------------ percent

    [Fact]
    public void Review_ZeroBudget_PercentConsumed_HasScaleSix()
    {
        // Spec: PercentConsumed is "(decimal, scale 6)"; the non-zero-budget path returns e.g. 56.250000. Callback
        // (NextBusinessDayAt 09:00) created Mon 18:00 EST (23:00Z): due Tue 09:00 EST (14:00Z), budget 0. At now = Tue
        // 10:00 EST (15:00Z), unfulfilled, End ≥ Due → 100, i.e. "100.000000". Actual: 100m with scale 0 ("100"), and
        // 0m (scale 0) before the due.
        SlaStatus status = FirstResponseClock().Evaluate(new[] { TicketEvent.Created(UtcAt("2026-11-16T23:00Z"), "Callback") }, UtcAt("2026-11-17T15:00Z"));

        Assert.Equal(Duration.Zero, status.TargetBusinessTime);
        Assert.Equal("100.000000", status.PercentConsumed.ToString(CultureInfo.InvariantCulture));
    }

    // ------------------------------------------------------------------ local mapping

    [Fact]
    public void Review_LocalMapping_SegmentsStartingAtFallBack_ResolveOverlapToEarlierInstant()
    {
        // Latent: ZoneSegments loaded from exactly the Europe/Berlin fall-back of 2000-10-29 01:00Z (03:00 CEST → 02:00 CET).
        // Local 02:30 on that date occurs twice: 00:30Z (CEST, +2, before the loaded segments) and 01:30Z (CET). The
        // earliest is 00:30Z (NodaTime ReturnEarlier agrees). SegmentAtOrAfterLocal only falls back to the zone when the
        // candidate is at or before the first segment's start, so it answers 01:30Z. Unreachable from BusinessCalendar
        // today (its segments start two days before the supported range), but the guard is wrong in general.
        DateTimeZone berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        long from = Instant.FromUtc(2000, 10, 29, 1, 0).ToUnixTimeTicks();
        long to = Instant.FromUtc(2001, 6, 1, 0, 0).ToUnixTimeTicks();
        var segments = new ZoneSegments(berlin, from, to);

        Instant result = LocalMapping.EarliestAtOrAfter(berlin, segments, new LocalDateTime(2000, 10, 29, 2, 30));

        Assert.Equal(Instant.FromUtc(2000, 10, 29, 0, 30), result);
    }
}
