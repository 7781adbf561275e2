using NodaTime;
using NodaTime.Text;
using Quickstart;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// The four published support policies (samples/Quickstart/SupportPolicies.cs) on hand-worked tickets. Every expected
/// value is derived by hand in the comment beside it, not by running the library.
/// </summary>
/// <remarks>
/// <para>Offsets used (tzdb): America/New_York EDT -04:00 until Sun 2026-11-01 02:00 local, EST -05:00 until Sun
/// 2027-03-14 02:00 local, then EDT; America/Los_Angeles PDT -07:00 / PST -08:00 on the same dates; Europe/London BST
/// +01:00 until Sun 2026-10-25, GMT +00:00 until Sun 2027-03-28, then BST; Asia/Kolkata +05:30 and Asia/Tokyo
/// +09:00 all year (no DST).</para>
/// <para>Calendar facts: 2026-11-11 (Wed) Veterans Day, 2026-11-26 (Thu) Thanksgiving, 2026-12-25 (Fri) Christmas,
/// 2027-01-01 (Fri) New Year's Day; Sat 2026-11-21, Sat 2026-12-26. Policy 001 closures in 2026 (data/support-closures.csv):
/// Fri 11-27 (day after Thanksgiving), Thu 12-24 (business day before Christmas), Mon 12-28 (business day after, and
/// between), Tue 12-29 – Thu 12-31 (between Christmas and New Year's), plus the federal days; so after Wed 12-23 the
/// Pacific office next opens Mon 2027-01-04.</para>
/// <para>The offices of policies 002 and 003 keep their country's national holidays (the built-in calendars IN, GB, JP; the
/// dates below are the statutes' rules, and each is in data/world/consensus/&lt;CC&gt;.csv): India, Fri 2026-12-25 Christmas
/// Day (one of the four days off across the country, with Republic Day 26 Jan, Independence Day 15 Aug and Gandhi Jayanti
/// 2 Oct); England and Wales, Fri 2026-12-25 Christmas Day and Mon 2026-12-28 Boxing Day's substitute (26 Dec is a Saturday;
/// Banking and Financial Dealings Act 1971, Schedule 1), nothing in November; Japan, Tue 2026-11-03 Culture Day and Mon
/// 2026-11-23 Labour Thanksgiving Day (Act on National Holidays, art. 2: 3 and 23 November), and no holiday from 24 December
/// to 31 December (25 December is a working day in Japan).</para>
/// </remarks>
public sealed class SupportPolicyTests
{
    private static readonly OffsetDateTimePattern s_offsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<m>");

    private static readonly InstantPattern s_utcPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");

    /// <summary>An instant from a local date-time with its explicit UTC offset, e.g. "2026-11-20T16:30-05:00".</summary>
    private static Instant Local(string text) => s_offsetPattern.Parse(text).Value.ToInstant();

    /// <summary>An instant from a UTC literal, e.g. "2026-11-23T17:30Z".</summary>
    private static Instant Utc(string text) => s_utcPattern.Parse(text).Value;

    private const SlaMetric FirstResponse = SlaMetric.FirstResponse;
    private const SlaMetric Resolution = SlaMetric.Resolution;

    // ======================================================================== Policy 000 (Defense Catalyst)
    // Mon–Fri 09:00–17:00 America/New_York, US federal holidays. In EST 09:00 = 14:00Z, 17:00 = 22:00Z.

    [Fact]
    public void Policy000Standard_Priorities_AreP1ToP4MostUrgentFirst()
    {
        SlaPolicy policy = SupportPolicies.Policy000Standard;
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, policy.Priorities);
        Assert.Equal(0, policy.GetPriority("P1").Index);
        Assert.Equal(3, policy.GetPriority("p4").Index);
        Assert.Equal("P4", policy.GetPriority("p4").Name);
    }

    [Fact]
    public void Policy000Standard_FirstResponseP1_Friday1630_IsMonday1230()
    {
        // Fri 2026-11-20 16:30 EST + 4 business h: 30 min Friday, weekend closed, Mon 11-23 09:00 + 3.5 h = 12:30 EST = 17:30Z.
        Assert.Equal(Utc("2026-11-23T17:30Z"), SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, Local("2026-11-20T16:30-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP1_DayBeforeThanksgiving_IsFridayAfter()
    {
        // Wed 2026-11-25 16:30 EST + 4 business h: 30 min Wednesday, Thu 11-26 Thanksgiving closed, Fri 11-27 is a
        // federal business day: 09:00 + 3.5 h = 12:30 EST = 17:30Z.
        Assert.Equal(Utc("2026-11-27T17:30Z"), SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, Local("2026-11-25T16:30-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP2_CreatedAfterHours_IsNextDayClose()
    {
        // Tue 2026-11-17 20:00 EST (closed) + 8 business h: Wed 09:00–17:00 → Wed 11-18 17:00 EST = 22:00Z.
        Assert.Equal(Utc("2026-11-18T22:00Z"), SupportPolicies.Policy000Standard.DueAt("P2", FirstResponse, Local("2026-11-17T20:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP1_OnVeteransDay_StartsNextDay()
    {
        // Wed 2026-11-11 10:00 EST is Veterans Day (closed) → Thu 11-12 09:00 + 4 h = 13:00 EST = 18:00Z.
        Assert.Equal(Utc("2026-11-12T18:00Z"), SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, Local("2026-11-11T10:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP3_OnSaturday_IsThreeFullDaysLater()
    {
        // Sat 2026-11-21 11:00 EST + 24 business h = Mon, Tue, Wed 8 h each → Wed 11-25 17:00 EST = 22:00Z.
        Assert.Equal(Utc("2026-11-25T22:00Z"), SupportPolicies.Policy000Standard.DueAt("P3", FirstResponse, Local("2026-11-21T11:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP2_AcrossFallBack_KeepsLocalHours()
    {
        // Fri 2026-10-30 15:00 EDT (-04:00) + 8 business h: 2 h Friday; Mon 2026-11-02 09:00 EST (-05:00) + 6 h =
        // 15:00 EST = 20:00Z.
        Assert.Equal(Utc("2026-11-02T20:00Z"), SupportPolicies.Policy000Standard.DueAt("P2", FirstResponse, Local("2026-10-30T15:00-04:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP1_AcrossSpringForward_KeepsLocalHours()
    {
        // Fri 2027-03-12 16:00 EST (-05:00) + 4 business h: 1 h Friday; Mon 2027-03-15 09:00 EDT (-04:00) + 3 h =
        // 12:00 EDT = 16:00Z.
        Assert.Equal(Utc("2027-03-15T16:00Z"), SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, Local("2027-03-12T16:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP4_FortyEightHours_IsSixBusinessDays()
    {
        // Mon 2026-11-30 09:00 EST + 48 business h = 6 days of 8 h: Mon 11-30, Tue 12-01, Wed 12-02, Thu 12-03, Fri 12-04,
        // Mon 12-07 → Mon 12-07 17:00 EST = 22:00Z.
        Assert.Equal(Utc("2026-12-07T22:00Z"), SupportPolicies.Policy000Standard.DueAt("P4", FirstResponse, Local("2026-11-30T09:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_FirstResponseP2_On23December_UsesChristmasEve()
    {
        // Wed 2026-12-23 13:00 EST + 8 business h: 4 h Wednesday; Thu 12-24 is a federal business day: 09:00 + 4 h =
        // 13:00 EST = 18:00Z.
        Assert.Equal(Utc("2026-12-24T18:00Z"), SupportPolicies.Policy000Standard.DueAt("P2", FirstResponse, Local("2026-12-23T13:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP1_Friday1630_IsTuesday1630()
    {
        // BusinessDays(2): Fri 2026-11-20 16:30 EST is open, s' = s; Mon 11-23 (1), Tue 11-24 (2) at 16:30 EST = 21:30Z.
        Assert.Equal(Utc("2026-11-24T21:30Z"), SupportPolicies.Policy000Standard.DueAt("P1", Resolution, Local("2026-11-20T16:30-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP2_OnSaturday_CountsFromMondayOpening()
    {
        // BusinessDays(2): Sat 2026-11-21 11:00 EST → s' = Mon 11-23 09:00; Tue (1), Wed 11-25 (2) at 09:00 EST = 14:00Z.
        Assert.Equal(Utc("2026-11-25T14:00Z"), SupportPolicies.Policy000Standard.DueAt("P2", Resolution, Local("2026-11-21T11:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP2_DayBeforeThanksgiving_SkipsThursday()
    {
        // BusinessDays(2): Wed 2026-11-25 10:00 EST; Thu 11-26 closed; Fri 11-27 (1), Mon 11-30 (2) at 10:00 EST = 15:00Z.
        Assert.Equal(Utc("2026-11-30T15:00Z"), SupportPolicies.Policy000Standard.DueAt("P2", Resolution, Local("2026-11-25T10:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP3_From23December_SkipsChristmasOnly()
    {
        // BusinessDays(5): Wed 2026-12-23 10:00 EST; Thu 12-24 (1), Fri 12-25 Christmas, Mon 12-28 (2), Tue 12-29 (3),
        // Wed 12-30 (4), Thu 12-31 (5) at 10:00 EST = 15:00Z.
        Assert.Equal(Utc("2026-12-31T15:00Z"), SupportPolicies.Policy000Standard.DueAt("P3", Resolution, Local("2026-12-23T10:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP4_From23December_SkipsChristmasAndNewYear()
    {
        // BusinessDays(10): from Wed 2026-12-23: 12-24 (1), 12-28 (2), 12-29 (3), 12-30 (4), 12-31 (5), Fri 2027-01-01
        // New Year's Day closed, Mon 01-04 (6), 01-05 (7), 01-06 (8), 01-07 (9), Fri 01-08 (10) at 10:00 EST = 15:00Z.
        Assert.Equal(Utc("2027-01-08T15:00Z"), SupportPolicies.Policy000Standard.DueAt("P4", Resolution, Local("2026-12-23T10:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_ResolutionP1_AcrossSpringForward_KeepsLocalTime()
    {
        // BusinessDays(2): Fri 2027-03-12 10:00 EST (-05:00); Mon 03-15 (1), Tue 03-16 (2) at 10:00 EDT (-04:00) = 14:00Z.
        Assert.Equal(Utc("2027-03-16T14:00Z"), SupportPolicies.Policy000Standard.DueAt("P1", Resolution, Local("2027-03-12T10:00-05:00")));
    }

    [Fact]
    public void Policy000Standard_TryGetTarget_ReturnsTargetOnPolicyCalendar()
    {
        SlaPolicy policy = SupportPolicies.Policy000Standard;
        Assert.True(policy.TryGetTarget("P1", FirstResponse, out SlaTarget target, out var calendar));
        Assert.Equal(SlaTarget.Business(Duration.FromHours(4)), target);
        Assert.Same(policy.Calendar, calendar);

        Assert.True(policy.TryGetTarget("P4", Resolution, out target, out _));
        Assert.Equal(SlaTarget.BusinessDays(10), target);
    }

    [Fact]
    public void Policy000Enterprise_FirstResponseP1_OnSaturdayNight_IsOneWallClockHour()
    {
        // Calendar 1 h (24/7 for critical): Sat 2026-11-21 03:00 EST = 08:00Z → 09:00Z.
        Assert.Equal(Utc("2026-11-21T09:00Z"), SupportPolicies.Policy000Enterprise.DueAt("P1", FirstResponse, Local("2026-11-21T03:00-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_ResolutionP1_OnThanksgivingNight_IsFourWallClockHours()
    {
        // Calendar 4 h: Thu 2026-11-26 22:00 EST = 2026-11-27T03:00Z → 07:00Z, holiday or not.
        Assert.Equal(Utc("2026-11-27T07:00Z"), SupportPolicies.Policy000Enterprise.DueAt("P1", Resolution, Local("2026-11-26T22:00-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_FirstResponseP2_Friday1630_IsMonday1230()
    {
        // Business 4 h: Fri 2026-11-20 16:30 EST: 30 min Friday, Mon 11-23 09:00 + 3.5 h = 12:30 EST = 17:30Z.
        Assert.Equal(Utc("2026-11-23T17:30Z"), SupportPolicies.Policy000Enterprise.DueAt("P2", FirstResponse, Local("2026-11-20T16:30-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_FirstResponseP3_OnSaturday_IsMondayClose()
    {
        // Business 8 h: Sat 2026-11-21 11:00 EST → Mon 11-23 09:00–17:00 → 17:00 EST = 22:00Z.
        Assert.Equal(Utc("2026-11-23T22:00Z"), SupportPolicies.Policy000Enterprise.DueAt("P3", FirstResponse, Local("2026-11-21T11:00-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_FirstResponseP4_From23December_SkipsChristmas()
    {
        // Business 24 h: Wed 2026-12-23 10:00 EST: Wed 7 h, Thu 12-24 8 h (15), Fri 12-25 closed, Mon 12-28 8 h (23),
        // Tue 12-29 09:00 + 1 h = 10:00 EST = 15:00Z.
        Assert.Equal(Utc("2026-12-29T15:00Z"), SupportPolicies.Policy000Enterprise.DueAt("P4", FirstResponse, Local("2026-12-23T10:00-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_ResolutionP2_DayBeforeThanksgiving_IsFridaySameTime()
    {
        // BusinessDays(1): Wed 2026-11-25 16:30 EST (open); Thu 11-26 Thanksgiving → Fri 11-27 16:30 EST = 21:30Z.
        Assert.Equal(Utc("2026-11-27T21:30Z"), SupportPolicies.Policy000Enterprise.DueAt("P2", Resolution, Local("2026-11-25T16:30-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_ResolutionP3_Friday1630_IsWednesday1630()
    {
        // BusinessDays(3): Fri 2026-11-20 16:30 EST; Mon (1), Tue (2), Wed 11-25 (3) at 16:30 EST = 21:30Z.
        Assert.Equal(Utc("2026-11-25T21:30Z"), SupportPolicies.Policy000Enterprise.DueAt("P3", Resolution, Local("2026-11-20T16:30-05:00")));
    }

    [Fact]
    public void Policy000Enterprise_ResolutionP4_AfterHours_CountsFromNextOpening()
    {
        // BusinessDays(5): Tue 2026-11-17 20:00 EST → s' = Wed 11-18 09:00; Thu 19 (1), Fri 20 (2), Mon 23 (3), Tue 24 (4),
        // Wed 25 (5) at 09:00 EST = 14:00Z.
        Assert.Equal(Utc("2026-11-25T14:00Z"), SupportPolicies.Policy000Enterprise.DueAt("P4", Resolution, Local("2026-11-17T20:00-05:00")));
    }

    [Fact]
    public void Policy000_DueAt_DateTimeOffset_KeepsTheStartOffset()
    {
        // Fri 2026-11-20 16:30 -05:00 + 4 business h = Mon 11-23 12:30 -05:00 (17:30Z). The same instant written at
        // +01:00 (22:30+01:00) gives the result at +01:00: 18:30+01:00.
        DateTimeOffset due = SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.FromHours(-5)), due);
        Assert.Equal(TimeSpan.FromHours(-5), due.Offset);

        DateTimeOffset dueAtPlusOne = SupportPolicies.Policy000Standard.DueAt("P1", FirstResponse, new DateTimeOffset(2026, 11, 20, 22, 30, 0, TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromHours(1), dueAtPlusOne.Offset);
        Assert.Equal(new DateTime(2026, 11, 23, 18, 30, 0), dueAtPlusOne.DateTime);
    }

    [Fact]
    public void Policy000_UnknownPriority_ThrowsArgumentException()
    {
        SlaPolicy policy = SupportPolicies.Policy000Standard;

        // "Critical" is the description of P1, not a priority name.
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => policy.GetPriority("Critical")).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => policy.DueAt("P5", FirstResponse, Local("2026-11-20T16:30-05:00"))).ParamName);
        Assert.False(policy.TryGetPriority("P5", out _));
    }

    // ======================================================================== Policy 001 (Paragon)
    // Mon–Fri 09:00–17:00 America/Los_Angeles with the 001 closures. In PST 09:00 = 17:00Z, 17:00 = 01:00Z (+1 day).

    [Fact]
    public void Policy001_Priorities_AreUrgentHighNormalLow()
    {
        Assert.Equal(new[] { "Urgent", "High", "Normal", "Low" }, SupportPolicies.Policy001Startup.Priorities);
        Assert.Equal(new[] { "Urgent", "High", "Normal", "Low" }, SupportPolicies.Policy001Pro.Priorities);
        Assert.Equal(new[] { "Urgent", "High", "Normal", "Low" }, SupportPolicies.Policy001Enterprise.Priorities);
    }

    [Fact]
    public void Policy001Startup_FirstResponseUrgent_From23December_WaitsForTheChristmasClosure()
    {
        // Business 24 h: Wed 2026-12-23 10:00 PST: Wed 7 h; closed Thu 12-24 through Fri 2027-01-01 (12-24 business day
        // before Christmas, 12-25 Christmas, 12-28 – 12-31 after/between, 01-01 New Year's Day); Mon 2027-01-04 8 h (15),
        // Tue 01-05 8 h (23), Wed 01-06 09:00 + 1 h = 10:00 PST = 18:00Z.
        Assert.Equal(Utc("2027-01-06T18:00Z"), SupportPolicies.Policy001Startup.DueAt("Urgent", FirstResponse, Local("2026-12-23T10:00-08:00")));
    }

    [Fact]
    public void Policy001Pro_FirstResponseUrgent_23December1630_IsJanuary4()
    {
        // Business 4 h: Wed 2026-12-23 16:30 PST: 30 min Wednesday; closed 12-24 … 01-01; Mon 2027-01-04 09:00 + 3.5 h =
        // 12:30 PST = 20:30Z.
        Assert.Equal(Utc("2027-01-04T20:30Z"), SupportPolicies.Policy001Pro.DueAt("Urgent", FirstResponse, Local("2026-12-23T16:30-08:00")));
    }

    [Fact]
    public void Policy001Pro_FirstResponseNormal_BeforeClosure_FitsBeforeIt()
    {
        // Business 12 h: Tue 2026-12-22 13:00 PST: 4 h Tuesday, 8 h Wed 12-23 → Wed 17:00 PST = 2026-12-24T01:00Z.
        Assert.Equal(Utc("2026-12-24T01:00Z"), SupportPolicies.Policy001Pro.DueAt("Normal", FirstResponse, Local("2026-12-22T13:00-08:00")));
    }

    [Fact]
    public void Policy001Pro_FirstResponseHigh_DayBeforeThanksgiving_SkipsThursdayAndFriday()
    {
        // Business 4 h: Wed 2026-11-25 16:30 PST: 30 min; Thu 11-26 Thanksgiving and Fri 11-27 (day after) closed;
        // Mon 11-30 09:00 + 3.5 h = 12:30 PST = 20:30Z.
        Assert.Equal(Utc("2026-11-30T20:30Z"), SupportPolicies.Policy001Pro.DueAt("High", FirstResponse, Local("2026-11-25T16:30-08:00")));
    }

    [Fact]
    public void Policy001Pro_FirstResponseUrgent_Friday1630_IsMonday1230()
    {
        // Business 4 h: Fri 2026-11-20 16:30 PST: 30 min; Mon 11-23 09:00 + 3.5 h = 12:30 PST = 20:30Z.
        Assert.Equal(Utc("2026-11-23T20:30Z"), SupportPolicies.Policy001Pro.DueAt("Urgent", FirstResponse, Local("2026-11-20T16:30-08:00")));
    }

    [Fact]
    public void Policy001Pro_FirstResponseHigh_OnVeteransDay_StartsNextDay()
    {
        // Business 4 h: Wed 2026-11-11 10:00 PST (federal holiday) → Thu 11-12 09:00 + 4 h = 13:00 PST = 21:00Z.
        Assert.Equal(Utc("2026-11-12T21:00Z"), SupportPolicies.Policy001Pro.DueAt("High", FirstResponse, Local("2026-11-11T10:00-08:00")));
    }

    [Fact]
    public void Policy001Startup_FirstResponseLow_OnDayAfterThanksgiving_StartsMonday()
    {
        // Business 24 h: Fri 2026-11-27 10:00 PST (closed: day after Thanksgiving) → Mon 11-30, Tue 12-01, Wed 12-02 full
        // days → Wed 17:00 PST = 2026-12-03T01:00Z.
        Assert.Equal(Utc("2026-12-03T01:00Z"), SupportPolicies.Policy001Startup.DueAt("Low", FirstResponse, Local("2026-11-27T10:00-08:00")));
    }

    [Fact]
    public void Policy001Startup_FirstResponseNormal_AcrossSpringForward_KeepsLocalHours()
    {
        // Business 24 h: Fri 2027-03-12 09:00 PST (-08:00) = 17:00Z: Fri 8 h, Mon 03-15 8 h, Tue 03-16 8 h → Tue 17:00 PDT
        // (-07:00) = 2027-03-17T00:00Z.
        Assert.Equal(Utc("2027-03-17T00:00Z"), SupportPolicies.Policy001Startup.DueAt("Normal", FirstResponse, Local("2027-03-12T09:00-08:00")));
    }

    [Fact]
    public void Policy001Enterprise_FirstResponseUrgent_OnChristmas_IsTwoWallClockHours()
    {
        // Calendar 2 h: Fri 2026-12-25 10:00 PST = 18:00Z → 20:00Z (closures do not matter).
        Assert.Equal(Utc("2026-12-25T20:00Z"), SupportPolicies.Policy001Enterprise.DueAt("Urgent", FirstResponse, Local("2026-12-25T10:00-08:00")));
    }

    [Fact]
    public void Policy001Enterprise_FirstResponseHigh_OnSaturday_IsMonday1300()
    {
        // Business 4 h: Sat 2026-11-21 10:00 PST → Mon 11-23 09:00 + 4 h = 13:00 PST = 21:00Z.
        Assert.Equal(Utc("2026-11-23T21:00Z"), SupportPolicies.Policy001Enterprise.DueAt("High", FirstResponse, Local("2026-11-21T10:00-08:00")));
    }

    [Fact]
    public void Policy001Enterprise_FirstResponseNormal_AcrossFallBack_KeepsLocalHours()
    {
        // Business 8 h: Fri 2026-10-30 15:00 PDT (-07:00) = 22:00Z: 2 h Friday; Mon 2026-11-02 09:00 PST (-08:00) + 6 h =
        // 15:00 PST = 23:00Z.
        Assert.Equal(Utc("2026-11-02T23:00Z"), SupportPolicies.Policy001Enterprise.DueAt("Normal", FirstResponse, Local("2026-10-30T15:00-07:00")));
    }

    [Fact]
    public void Policy001Enterprise_FirstResponseLow_BeforeOpening_CountsFromOpening()
    {
        // Business 12 h: Mon 2026-11-16 06:00 PST (closed) → Mon 09:00–17:00 8 h, Tue 11-17 09:00 + 4 h = 13:00 PST = 21:00Z.
        Assert.Equal(Utc("2026-11-17T21:00Z"), SupportPolicies.Policy001Enterprise.DueAt("Low", FirstResponse, Local("2026-11-16T06:00-08:00")));
    }

    [Fact]
    public void Policy001_Resolution_HasNoTarget_ThrowsSlaTargetNotFound()
    {
        Instant start = Local("2026-11-16T10:00-08:00");
        foreach (SlaPolicy policy in new[] { SupportPolicies.Policy001Startup, SupportPolicies.Policy001Pro, SupportPolicies.Policy001Enterprise })
        {
            SlaTargetNotFoundException ex = Assert.Throws<SlaTargetNotFoundException>(() => policy.DueAt("Urgent", Resolution, start));
            Assert.IsAssignableFrom<KeyNotFoundException>(ex);
            Assert.False(policy.TryGetTarget("Low", Resolution, out _, out _));
        }
    }

    [Fact]
    public void Policy001_UnknownPriority_ThrowsArgumentException()
    {
        // "P1" belongs to policy 000; 001 uses Urgent/High/Normal/Low. An unknown priority is an argument error, not a
        // missing target, even for the metric that has no targets.
        Assert.Throws<ArgumentException>(() => SupportPolicies.Policy001Pro.DueAt("P1", FirstResponse, Local("2026-11-16T10:00-08:00")));
        Assert.Throws<ArgumentException>(() => SupportPolicies.Policy001Pro.DueAt("Critical", Resolution, Local("2026-11-16T10:00-08:00")));
    }

    // ======================================================================== Policy 002 (Haptik)
    // Mon–Fri 09:00–18:00 Asia/Kolkata (+05:30), India's national holidays (IN). 09:00 IST = 03:30Z, 18:00 IST = 12:30Z.

    [Fact]
    public void Policy002_Priorities_AreS0ToS3()
    {
        Assert.Equal(new[] { "S0", "S1", "S2", "S3" }, SupportPolicies.Policy002.Priorities);
    }

    [Fact]
    public void Policy002_FirstResponseS0_OnSaturday_IsOneWallClockHour()
    {
        // Calendar 1 h (24x7): Sat 2026-11-21 10:00 IST = 04:30Z → 05:30Z.
        Assert.Equal(Utc("2026-11-21T05:30Z"), SupportPolicies.Policy002.DueAt("S0", FirstResponse, Local("2026-11-21T10:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS1_Friday1730_IsMonday0930()
    {
        // Business 1 h: Fri 2026-11-20 17:30 IST: 30 min to 18:00; Mon 11-23 09:00 + 30 min = 09:30 IST = 04:00Z.
        Assert.Equal(Utc("2026-11-23T04:00Z"), SupportPolicies.Policy002.DueAt("S1", FirstResponse, Local("2026-11-20T17:30+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS2_AfterHours_IsNextMorning()
    {
        // Business 4 h: Tue 2026-11-17 20:00 IST (closed) → Wed 11-18 09:00 + 4 h = 13:00 IST = 07:30Z.
        Assert.Equal(Utc("2026-11-18T07:30Z"), SupportPolicies.Policy002.DueAt("S2", FirstResponse, Local("2026-11-17T20:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS3_OnChristmas_WaitsForMonday()
    {
        // Business 4 h: Fri 2026-12-25 16:00 IST is Christmas Day, a day off across India (IN): closed, then the weekend;
        // Mon 12-28 09:00 + 4 h = 13:00 IST = 07:30Z. (Before the desk had India's holidays this was 2 h on Friday, 11:00 IST.)
        Assert.Equal(Utc("2026-12-28T07:30Z"), SupportPolicies.Policy002.DueAt("S3", FirstResponse, Local("2026-12-25T16:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS2_BeforeGandhiJayanti_SkipsTheHoliday()
    {
        // Business 4 h: Thu 2026-10-01 17:00 IST: 1 h to 18:00; Fri 10-02 Mahatma Gandhi's Birthday (IN) closed, weekend;
        // Mon 10-05 09:00 + 3 h = 12:00 IST = 06:30Z.
        Assert.Equal(Utc("2026-10-05T06:30Z"), SupportPolicies.Policy002.DueAt("S2", FirstResponse, Local("2026-10-01T17:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS3_OnThanksgiving_IsSameDay()
    {
        // Business 4 h: Thu 2026-11-26 10:00 IST (no US holidays here) → 14:00 IST = 08:30Z.
        Assert.Equal(Utc("2026-11-26T08:30Z"), SupportPolicies.Policy002.DueAt("S3", FirstResponse, Local("2026-11-26T10:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS2_AcrossUsAndUkDstWeekends_IsUnaffected()
    {
        // Business 4 h: Fri 2026-10-30 17:00 IST = 11:30Z: 1 h Friday; Mon 2026-11-02 09:00 IST + 3 h = 12:00 IST = 06:30Z
        // (Kolkata stays +05:30 while London and New York change clocks on 10-25 and 11-01).
        Assert.Equal(Utc("2026-11-02T06:30Z"), SupportPolicies.Policy002.DueAt("S2", FirstResponse, Local("2026-10-30T17:00+05:30")));
    }

    [Fact]
    public void Policy002_FirstResponseS1_On23December_IsChristmasEveMorning()
    {
        // Business 1 h: Wed 2026-12-23 17:30 IST: 30 min; Thu 12-24 09:00 + 30 min = 09:30 IST = 04:00Z.
        Assert.Equal(Utc("2026-12-24T04:00Z"), SupportPolicies.Policy002.DueAt("S1", FirstResponse, Local("2026-12-23T17:30+05:30")));
    }

    [Fact]
    public void Policy002_Resolution_HasNoTarget_ThrowsSlaTargetNotFound()
    {
        Instant start = Local("2026-11-16T10:00+05:30");
        SlaTargetNotFoundException ex = Assert.Throws<SlaTargetNotFoundException>(() => SupportPolicies.Policy002.DueAt("S0", Resolution, start));
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
    }

    [Fact]
    public void Policy002_UnknownPriority_ThrowsArgumentException()
    {
        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => SupportPolicies.Policy002.DueAt("S4", FirstResponse, Local("2026-11-16T10:00+05:30"))).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => SupportPolicies.Policy002.GetPriority("P1")).ParamName);
    }

    // ======================================================================== Policy 003 (Mattermost)
    // Union of San Francisco (US-FEDERAL), London (GB) and Tokyo (JP), each Mon–Fri 08:00–17:00 local. Winter UTC coverage
    // (PST, GMT): Tokyo 23:00Z (the evening before) – 08:00Z, London 08:00–17:00Z, San Francisco 16:00–01:00Z (next UTC day);
    // so from Sun 23:00Z to Sat 01:00Z without a break, unless the office alone at that hour has a holiday.

    [Fact]
    public void Policy003_FirstResponseNormal_AtLondonClose_SanFranciscoCarriesOn()
    {
        // Business 8 h: Tue 2026-11-17 17:00 GMT = 17:00Z, London closes but San Francisco (16:00–01:00Z) is open and
        // Tokyo opens Tue 23:00Z (Wed 08:00 JST) before SF closes: no break, so + 8 h = Wed 2026-11-18T01:00Z.
        Assert.Equal(Utc("2026-11-18T01:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-17T17:00+00:00")));
    }

    [Fact]
    public void Policy003_FirstResponseLow_OnWeekday_RunsAroundTheClock()
    {
        // Business 24 h from Tue 2026-11-17 17:00Z, continuous coverage Tue → Wed (SF to 01:00Z, Tokyo 23:00Z–08:00Z, London
        // 08:00–17:00Z; no office has a holiday): Wed 2026-11-18 17:00Z.
        Assert.Equal(Utc("2026-11-18T17:00Z"), SupportPolicies.Policy003.DueAt("Low", FirstResponse, Local("2026-11-17T17:00+00:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_AtFridaySanFranciscoClose_WaitsForTokyoMonday()
    {
        // Business 8 h: Fri 2026-11-13 17:00 PST = Sat 2026-11-14T01:00Z, SF closes and no office is open (Tokyo and
        // London are in their weekend). Next opening: Tokyo Mon 11-16 08:00 JST (+09:00) = Sun 23:00Z; Tokyo to 08:00Z
        // meets London from 08:00Z, so + 8 h = Mon 07:00Z.
        Assert.Equal(Utc("2026-11-16T07:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-13T17:00-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_AtFridaySanFranciscoClose_TokyoHolidayWaitsForLondon()
    {
        // Business 8 h: Fri 2026-11-20 17:00 PST = Sat 11-21 01:00Z, nothing open. Mon 11-23 is Labour Thanksgiving Day in
        // Japan (23 November), so Tokyo's Monday (Sun 23:00Z – Mon 08:00Z) is closed; London opens Mon 08:00 GMT = 08:00Z
        // and runs to 17:00Z, SF from 16:00Z: + 8 h = Mon 16:00Z.
        Assert.Equal(Utc("2026-11-23T16:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-20T17:00-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_HourBeforeFridayClose_CountsThatHour()
    {
        // Fri 2026-11-20 16:00 PST = Sat 00:00Z: 1 h to SF's close at 01:00Z; Tokyo closed on Mon 11-23 (Labour Thanksgiving
        // Day), so London Mon 08:00Z + 7 h = Mon 2026-11-23T15:00Z.
        Assert.Equal(Utc("2026-11-23T15:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-20T16:00-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_AtTokyoMondayOpening_StartsImmediately()
    {
        // Sun 2026-11-15 15:00 PST = Sun 23:00Z = Mon 11-16 08:00 JST, Tokyo opens at that instant: + 8 h = Mon 07:00Z.
        Assert.Equal(Utc("2026-11-16T07:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-15T15:00-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseUrgentAndHigh_OnWeekend_AreWallClock()
    {
        // Urgent Calendar 1 h: Sat 2026-11-21 01:00Z (no office open) → 02:00Z.
        Assert.Equal(Utc("2026-11-21T02:00Z"), SupportPolicies.Policy003.DueAt("Urgent", FirstResponse, Local("2026-11-21T01:00+00:00")));

        // High Calendar 4 h: Sun 2026-11-22 12:00 GMT → 16:00Z.
        Assert.Equal(Utc("2026-11-22T16:00Z"), SupportPolicies.Policy003.DueAt("High", FirstResponse, Local("2026-11-22T12:00+00:00")));
    }

    [Fact]
    public void Policy003_ResolutionUrgent_AtTokyoFridayClose_CarriesOverTheWeekendAndTheTokyoHoliday()
    {
        // Business 24 h: Fri 2026-11-20 17:00 JST = 08:00Z (Tokyo closes as London opens): Fri 08:00Z → Sat 01:00Z = 17 h;
        // Mon 11-23 Tokyo is closed (Labour Thanksgiving Day), London from 08:00Z + 7 h = Mon 2026-11-23T15:00Z.
        Assert.Equal(Utc("2026-11-23T15:00Z"), SupportPolicies.Policy003.DueAt("Urgent", Resolution, Local("2026-11-20T17:00+09:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_AtLondonCloseOnThanksgiving_WaitsForTokyo()
    {
        // Business 8 h: Thu 2026-11-26 17:00Z, London closes and SF is closed all Thanksgiving (16:00–01:00Z that day).
        // Next opening: Tokyo Fri 11-27 08:00 JST = Thu 23:00Z; + 8 h = Fri 07:00Z, inside Tokyo's hours.
        Assert.Equal(Utc("2026-11-27T07:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-26T17:00+00:00")));
    }

    [Fact]
    public void Policy003_ResolutionHigh_FromThanksgivingAfternoon_SkipsTheHolidayGapAndWeekend()
    {
        // Business 48 h from Thu 2026-11-26 15:00Z: London 15:00–17:00Z = 2 h; SF closed (Thanksgiving); Tokyo Thu 23:00Z →
        // Sat 01:00Z (SF Fri 11-27 is open: the day after Thanksgiving is no federal holiday) = 26 h (28); Tokyo Mon 11-30
        // 08:00 JST = Sun 11-29 23:00Z + 20 h = Mon 19:00Z (coverage continuous on Monday).
        Assert.Equal(Utc("2026-11-30T19:00Z"), SupportPolicies.Policy003.DueAt("High", Resolution, Local("2026-11-26T15:00+00:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_FridayEveningBeforeUsFallBack_SanFranciscoAlreadyClosed()
    {
        // Fri 2026-10-30 17:30 PDT (-07:00) = Sat 00:30Z. SF (still PDT) closed at 17:00 PDT = Sat 00:00Z; London and
        // Tokyo are in their weekend → Tokyo Mon 11-02 08:00 JST = Sun 11-01 23:00Z + 8 h = Mon 07:00Z (Culture Day is
        // Tue 11-03, not Monday).
        Assert.Equal(Utc("2026-11-02T07:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-10-30T17:30-07:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_SameUtcTimeAfterUsFallBack_SanFranciscoStillOpen()
    {
        // Fri 2026-11-06 16:30 PST (-08:00) = Sat 00:30Z: SF open until 17:00 PST = Sat 01:00Z → 30 min; Tokyo Mon 11-09
        // 08:00 JST = Sun 11-08 23:00Z + 7.5 h = Mon 06:30Z.
        Assert.Equal(Utc("2026-11-09T06:30Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-11-06T16:30-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_SummerFriday_SanFranciscoClosesAtMidnightUtc()
    {
        // Fri 2026-06-12 16:30 PDT (-07:00) = 23:30Z: 30 min to 17:00 PDT = Sat 00:00Z; Tokyo Mon 06-15 08:00 JST = Sun 06-14
        // 23:00Z + 7.5 h = Mon 06:30Z (London BST opens 07:00Z, before Tokyo closes at 08:00Z; no holiday in June in any of
        // the three countries).
        Assert.Equal(Utc("2026-06-15T06:30Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-06-12T16:30-07:00")));
    }

    [Fact]
    public void Policy003_FirstResponseNormal_ChristmasEve_TokyoWorksOnChristmasDay()
    {
        // Business 8 h: Thu 2026-12-24 12:00 PST = 20:00Z: SF open to 17:00 PST = Fri 01:00Z, and Tokyo opens Fri 12-25 08:00
        // JST = Thu 23:00Z (25 December is no holiday in Japan) before SF closes: continuous, + 8 h = Fri 04:00Z.
        Assert.Equal(Utc("2026-12-25T04:00Z"), SupportPolicies.Policy003.DueAt("Normal", FirstResponse, Local("2026-12-24T12:00-08:00")));
    }

    [Fact]
    public void Policy003_ResolutionHigh_From23December_MeetsLondonsBoxingDaySubstitute()
    {
        // Business 48 h from Wed 2026-12-23 10:00 PST = 18:00Z: continuous (SF to Thu 01:00Z, Tokyo Wed 23:00Z – Thu 08:00Z,
        // London Thu, SF Thu 16:00Z – Fri 01:00Z, Tokyo's Christmas Day Thu 23:00Z – Fri 08:00Z) to Fri 12-25 08:00Z = 38 h;
        // London and SF closed on Christmas Day, weekend. Mon 12-28: Tokyo Sun 23:00Z – Mon 08:00Z = 9 h (47); London closed
        // (Boxing Day, Sat 12-26, substituted on Mon 12-28); SF opens 08:00 PST = 16:00Z + 1 h = 17:00Z.
        Assert.Equal(Utc("2026-12-28T17:00Z"), SupportPolicies.Policy003.DueAt("High", Resolution, Local("2026-12-23T10:00-08:00")));
    }

    [Fact]
    public void Policy003_FirstResponseLow_OnLondonsBoxingDaySubstitute_WaitsForSanFrancisco()
    {
        // Business 24 h from Tokyo's opening Mon 2026-12-28 08:00 JST = Sun 12-27 23:00Z: Tokyo to 08:00Z = 9 h; London closed
        // (Boxing Day substitute); SF Mon 16:00Z, then continuous (Tokyo opens Mon 23:00Z before SF closes Tue 01:00Z):
        // + 15 h = Tue 2026-12-29T07:00Z.
        Assert.Equal(Utc("2026-12-29T07:00Z"), SupportPolicies.Policy003.DueAt("Low", FirstResponse, Local("2026-12-27T23:00+00:00")));
    }

    [Fact]
    public void Policy003_ResolutionNormal_120FollowTheSunHours_SpansTwoWeeks()
    {
        // Business 120 h from Mon 2026-11-16 10:00 PST = 18:00Z, coverage continuous until SF closes Fri 17:00 PST = Sat
        // 11-21 01:00Z: 4 d 7 h = 103 h. Mon 11-23 Tokyo is closed (Labour Thanksgiving Day): next opening London Mon 08:00Z,
        // continuous from there: + 17 h = Tue 2026-11-24T01:00Z.
        Assert.Equal(Utc("2026-11-24T01:00Z"), SupportPolicies.Policy003.DueAt("Normal", Resolution, Local("2026-11-16T10:00-08:00")));
    }

    [Fact]
    public void Policy003_ResolutionLow_240FollowTheSunHours_SkipsTokyosAndSanFranciscosHolidays()
    {
        // Business 240 h from Mon 2026-11-16 18:00Z: 103 h to Sat 11-21 01:00Z (as above). Mon 11-23 08:00Z (London; Tokyo's
        // holiday) → Thu 11-26 17:00Z continuous (Tokyo's Thursday opens Wed 23:00Z before SF closes Thu 01:00Z): 81 h (184).
        // Thanksgiving closes SF (Thu 16:00Z – Fri 01:00Z), so nothing until Tokyo Fri 11-27 08:00 JST = Thu 23:00Z; → Sat
        // 01:00Z (SF is open on the day after Thanksgiving): 26 h (210). Tokyo Mon 11-30 = Sun 11-29 23:00Z + 30 h = Tue
        // 2026-12-01T05:00Z.
        Assert.Equal(Utc("2026-12-01T05:00Z"), SupportPolicies.Policy003.DueAt("Low", Resolution, Local("2026-11-16T10:00-08:00")));
    }

    [Fact]
    public void Policy003_ResolutionNormal_AfterFridayClose_StartsAtLondonMondayOnTokyosHoliday()
    {
        // Business 120 h from Fri 2026-11-20 17:30 PST = Sat 01:30Z (closed) → Tokyo closed Mon 11-23, London Mon 08:00Z.
        // To Thu 11-26 17:00Z: 81 h; Thu 23:00Z → Sat 01:00Z: 26 h (107); Tokyo Mon 11-30 = Sun 23:00Z + 13 h = Mon
        // 2026-11-30T12:00Z.
        Assert.Equal(Utc("2026-11-30T12:00Z"), SupportPolicies.Policy003.DueAt("Normal", Resolution, Local("2026-11-20T17:30-08:00")));
    }

    [Fact]
    public void Policy003_DueAt_ZonedDateTime_ReturnsResultInStartZone()
    {
        // Normal 8 h from Sat 2026-11-14 12:00 JST (+09:00) = 03:00Z (nothing open) → Tokyo Mon 11-16 08:00 JST = Sun 23:00Z
        // + 8 h = Mon 07:00Z = Mon 2026-11-16 16:00 JST, in the start's zone.
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        ZonedDateTime start = new LocalDateTime(2026, 11, 14, 12, 0).InZoneStrictly(tokyo);
        ZonedDateTime due = SupportPolicies.Policy003.DueAt("Normal", FirstResponse, start);
        Assert.Equal(new LocalDateTime(2026, 11, 16, 16, 0).InZoneStrictly(tokyo), due);
        Assert.Equal(Utc("2026-11-16T07:00Z"), due.ToInstant());
    }

    [Fact]
    public void Policy003_UnknownPriority_ThrowsArgumentException()
    {
        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => SupportPolicies.Policy003.DueAt("Critical", FirstResponse, Local("2026-11-16T10:00-08:00"))).ParamName);
        Assert.Equal("High", SupportPolicies.Policy003.GetPriority("HIGH").Name);
    }
}
