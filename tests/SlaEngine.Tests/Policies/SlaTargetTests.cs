using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// Each target kind's <see cref="SlaTarget.DueAt"/> on a Monday–Friday 09:00–17:00 New York calendar with US federal
/// holidays. Every expected value is worked out by hand in the comment beside it, from the published offsets of
/// America/New_York (EDT, UTC-4, until Sun 2026-11-01 02:00 local; EST, UTC-5, from then until Sun 2027-03-14 02:00
/// local; EDT again after), not from the library.
/// </summary>
/// <remarks>
/// Dates used: November 2026 has Wed 11-11 Veterans Day and Thu 11-26 Thanksgiving (Fri 11-27 is an ordinary
/// federal business day); Sat 11-21, Sun 11-22. In EST 09:00 local is 14:00Z and 17:00 local is 22:00Z.
/// </remarks>
public sealed class SlaTargetTests
{
    private static readonly DateTimeZone s_newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly OffsetDateTimePattern s_offsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<m>");

    private static readonly InstantPattern s_utcPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");

    /// <summary>Monday–Friday 09:00–17:00 America/New_York with US federal holidays.</summary>
    private static ScheduledBusinessCalendar NewYork() => BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
        HolidayCalendars.UsFederal,
        s_newYork);

    /// <summary>Every day 09:00–17:00 America/New_York with US federal holidays (so Sundays are business days).</summary>
    private static BusinessCalendar NewYorkEveryDay(LocalTime open) => BusinessCalendar.Create(
        WeeklySchedule.Create().EveryDay(open, new LocalTime(17, 0)),
        HolidayCalendars.UsFederal,
        s_newYork);

    /// <summary>An instant from a local date-time with its explicit UTC offset, e.g. "2026-11-20T16:30-05:00".</summary>
    private static Instant Local(string text) => s_offsetPattern.Parse(text).Value.ToInstant();

    /// <summary>An instant from a UTC literal, e.g. "2026-11-23T17:30Z".</summary>
    private static Instant Utc(string text) => s_utcPattern.Parse(text).Value;

    // ---------------------------------------------------------------- Calendar

    [Fact]
    public void Calendar_DueAt_IsWallClock_EvenOnSaturdayNight()
    {
        // Sat 2026-11-21 22:00 EST (-05:00) = 2026-11-22T03:00Z; 24x7, so + 1 h = 04:00Z (Sat 23:00 EST), closed or not.
        SlaTarget target = SlaTarget.Calendar(Duration.FromHours(1));
        Assert.Equal(Utc("2026-11-22T04:00Z"), target.DueAt(NewYork(), Local("2026-11-21T22:00-05:00")));
    }

    [Fact]
    public void Calendar_DueAt_AcrossFallBack_CountsElapsedNotLocalHours()
    {
        // Sat 2026-10-31 12:00 EDT (-04:00) = 16:00Z. + 24 h elapsed = 2026-11-01T16:00Z, which is Sun 11:00 EST
        // (the clocks fell back at 02:00 EDT that morning), not Sun 12:00 local.
        SlaTarget target = SlaTarget.Calendar(Duration.FromHours(24));
        Assert.Equal(Utc("2026-11-01T16:00Z"), target.DueAt(NewYork(), Local("2026-10-31T12:00-04:00")));
    }

    // ---------------------------------------------------------------- Business

    [Fact]
    public void Business_DueAt_TwentyFourHoursFromMondayOpening_IsThreeDaysToWednesdayClose()
    {
        // Mon 2026-11-16 09:00 EST = 14:00Z. 8 h Mon + 8 h Tue + 8 h Wed = 24 h, reached at Wed 2026-11-18 17:00 EST
        // (the earliest instant with 24 h elapsed, the close, not Thu 09:00) = 22:00Z.
        SlaTarget target = SlaTarget.Business(Duration.FromHours(24));
        Assert.Equal(Utc("2026-11-18T22:00Z"), target.DueAt(NewYork(), Local("2026-11-16T09:00-05:00")));
    }

    [Fact]
    public void Business_DueAt_TwentyFourHoursFromMondayMorning_EndsThursdayMorning()
    {
        // Mon 2026-11-16 10:00 EST: Mon 10–17 = 7 h, Tue 8 h (15), Wed 8 h (23), Thu 2026-11-19 09:00 + 1 h = 10:00 EST = 15:00Z.
        SlaTarget target = SlaTarget.Business(Duration.FromHours(24));
        Assert.Equal(Utc("2026-11-19T15:00Z"), target.DueAt(NewYork(), Local("2026-11-16T10:00-05:00")));
    }

    [Fact]
    public void Business_DueAt_OverThanksgiving_SkipsTheHoliday()
    {
        // Wed 2026-11-25 10:00 EST: Wed 7 h, Thu 11-26 Thanksgiving closed, Fri 11-27 8 h (15), Sat/Sun closed,
        // Mon 11-30 8 h (23), Tue 12-01 09:00 + 1 h = 10:00 EST = 15:00Z.
        SlaTarget target = SlaTarget.Business(Duration.FromHours(24));
        Assert.Equal(Utc("2026-12-01T15:00Z"), target.DueAt(NewYork(), Local("2026-11-25T10:00-05:00")));
    }

    [Fact]
    public void Business_DueAt_StartOutsideHours_StartsAtNextOpening()
    {
        // Tue 2026-11-17 20:00 EST (closed) → Wed 09:00 EST + 2 h = Wed 11:00 EST = 2026-11-18T16:00Z.
        SlaTarget target = SlaTarget.Business(Duration.FromHours(2));
        Assert.Equal(Utc("2026-11-18T16:00Z"), target.DueAt(NewYork(), Local("2026-11-17T20:00-05:00")));
    }

    [Fact]
    public void Business_DueAt_AcrossFallBack_KeepsLocalHours()
    {
        // Fri 2026-10-30 15:00 EDT (-04:00) = 19:00Z: 2 h Friday to 17:00 EDT; Mon 2026-11-02 opens 09:00 EST (-05:00)
        // = 14:00Z, + 2 h = 11:00 EST = 16:00Z.
        SlaTarget target = SlaTarget.Business(Duration.FromHours(4));
        Assert.Equal(Utc("2026-11-02T16:00Z"), target.DueAt(NewYork(), Local("2026-10-30T15:00-04:00")));
    }

    // ---------------------------------------------------------------- BusinessDays

    [Fact]
    public void BusinessDays_DueAt_FromInsideHoursOnFriday_IsMondaySameTime()
    {
        // Spec example: Fri 2026-11-20 10:00 EST is open, so s' = s; D0 = Fri; + 1 → Mon 11-23; 10:00 EST = 15:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-23T15:00Z"), target.DueAt(NewYork(), Local("2026-11-20T10:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_FromFridayEvening_IsTuesdayOpening()
    {
        // Spec example: Fri 2026-11-20 18:00 EST is closed; s' = Mon 11-23 09:00 EST; D0 = Mon; + 1 → Tue 11-24
        // at 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-24T14:00Z"), target.DueAt(NewYork(), Local("2026-11-20T18:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_BeforeOpening_UsesTheOpeningTime()
    {
        // Mon 2026-11-23 07:00 EST: s' = Mon 09:00 EST; + 1 → Tue 11-24 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-24T14:00Z"), target.DueAt(NewYork(), Local("2026-11-23T07:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_AtTheClose_StartsNextMorning()
    {
        // Mon 2026-11-23 17:00 EST is the close (closed at the closing instant): s' = Tue 09:00; + 1 → Wed 11-25
        // 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-25T14:00Z"), target.DueAt(NewYork(), Local("2026-11-23T17:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_FromSaturday_CountsFromMondayOpening()
    {
        // Sat 2026-11-21 12:00 EST: s' = Mon 11-23 09:00; + 2 → Tue (1), Wed 11-25 (2) at 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.BusinessDays(2);
        Assert.Equal(Utc("2026-11-25T14:00Z"), target.DueAt(NewYork(), Local("2026-11-21T12:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_OverThanksgiving_SkipsTheHoliday()
    {
        // Wed 2026-11-25 14:00 EST (open): + 1 → Thu 11-26 is Thanksgiving, so Fri 11-27 at 14:00 EST = 19:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-27T19:00Z"), target.DueAt(NewYork(), Local("2026-11-25T14:00-05:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_AcrossFallBack_KeepsLocalTime()
    {
        // Fri 2026-10-30 10:00 EDT (-04:00) = 14:00Z; + 1 → Mon 2026-11-02 at 10:00 local, now EST (-05:00) = 15:00Z
        // (25 h of wall clock later than the same UTC time would suggest, because local time is kept).
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2026-11-02T15:00Z"), target.DueAt(NewYork(), Local("2026-10-30T10:00-04:00")));
    }

    [Fact]
    public void BusinessDays_DueAt_LocalTimeInGap_IsEndOfGap()
    {
        // Every day 02:30–17:00 New York. Sat 2027-03-13 02:30 EST (-05:00) = 07:30Z is open, so s' = s, local time 02:30;
        // + 1 → Sun 2027-03-14 (every day is a business day; no federal holiday), where 02:00–03:00 is skipped
        // (02:00 EST → 03:00 EDT): 02:30 is in the gap, so the end of the gap, 03:00 EDT (-04:00) = 07:00Z.
        SlaTarget target = SlaTarget.BusinessDays(1);
        Assert.Equal(Utc("2027-03-14T07:00Z"), target.DueAt(NewYorkEveryDay(new LocalTime(2, 30)), Local("2027-03-13T02:30-05:00")));
    }

    // ---------------------------------------------------------------- EndOfBusinessDay

    [Fact]
    public void EndOfBusinessDay_DueAt_ZeroDaysFromMonday_IsMondayClose()
    {
        // Mon 2026-11-23 10:00 EST, n = 0 → Mon 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(0);
        Assert.Equal(Utc("2026-11-23T22:00Z"), target.DueAt(NewYork(), Local("2026-11-23T10:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_OneDayFromMonday_IsTuesdayClose()
    {
        // Mon 2026-11-23 10:00 EST, n = 1 → Tue 11-24 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(1);
        Assert.Equal(Utc("2026-11-24T22:00Z"), target.DueAt(NewYork(), Local("2026-11-23T10:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_ZeroDaysFromSaturday_IsMondayClose()
    {
        // Sat 2026-11-21 12:00 EST: s' = Mon 11-23 09:00; n = 0 → Mon 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(0);
        Assert.Equal(Utc("2026-11-23T22:00Z"), target.DueAt(NewYork(), Local("2026-11-21T12:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_OneDayFromSaturday_IsTuesdayClose()
    {
        // Sat 2026-11-21: s' = Mon 11-23 09:00; n = 1 → Tue 11-24 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(1);
        Assert.Equal(Utc("2026-11-24T22:00Z"), target.DueAt(NewYork(), Local("2026-11-21T12:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_ZeroDaysAfterClose_IsNextDayClose()
    {
        // Mon 2026-11-23 18:00 EST (closed): s' = Tue 09:00; n = 0 → Tue 11-24 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(0);
        Assert.Equal(Utc("2026-11-24T22:00Z"), target.DueAt(NewYork(), Local("2026-11-23T18:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_OneDayBeforeThanksgiving_IsFridayClose()
    {
        // Wed 2026-11-25 10:00 EST, n = 1 → Thu 11-26 Thanksgiving skipped → Fri 11-27 17:00 EST = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(1);
        Assert.Equal(Utc("2026-11-27T22:00Z"), target.DueAt(NewYork(), Local("2026-11-25T10:00-05:00")));
    }

    [Fact]
    public void EndOfBusinessDay_DueAt_AcrossFallBack_IsLocalClose()
    {
        // Fri 2026-10-30 10:00 EDT, n = 1 → Mon 2026-11-02 17:00 EST (-05:00) = 22:00Z.
        SlaTarget target = SlaTarget.EndOfBusinessDay(1);
        Assert.Equal(Utc("2026-11-02T22:00Z"), target.DueAt(NewYork(), Local("2026-10-30T10:00-04:00")));
    }

    // ---------------------------------------------------------------- NextBusinessDayAt

    [Fact]
    public void NextBusinessDayAt_DueAt_FridayAfternoon_IsMondayMorning()
    {
        // Spec example: Fri 2026-11-20 16:30 EST → first business day strictly after Fri = Mon 11-23, 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0));
        Assert.Equal(Utc("2026-11-23T14:00Z"), target.DueAt(NewYork(), Local("2026-11-20T16:30-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_FridayEvening_UsesLocalDateNotUtcDate()
    {
        // Fri 2026-11-20 20:00 EST = Sat 2026-11-21T01:00Z; the local date is still Friday → Mon 11-23 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0));
        Assert.Equal(Utc("2026-11-23T14:00Z"), target.DueAt(NewYork(), Local("2026-11-20T20:00-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_BeforeOpening_IsNextDayNotToday()
    {
        // Spec example: Mon 2026-11-23 08:00 EST → strictly after Monday → Tue 11-24 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0));
        Assert.Equal(Utc("2026-11-24T14:00Z"), target.DueAt(NewYork(), Local("2026-11-23T08:00-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_SundayLateEvening_IsMondayOfTheSameUtcDate()
    {
        // Sun 2026-11-22 23:30 EST = Mon 2026-11-23T04:30Z; local date Sunday → Mon 11-23 09:00 EST = 14:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0));
        Assert.Equal(Utc("2026-11-23T14:00Z"), target.DueAt(NewYork(), Local("2026-11-22T23:30-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_DayBeforeThanksgiving_SkipsTheHoliday()
    {
        // Wed 2026-11-25 10:00 EST → Thu 11-26 Thanksgiving is no business day → Fri 11-27 12:00 EST = 17:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(12, 0));
        Assert.Equal(Utc("2026-11-27T17:00Z"), target.DueAt(NewYork(), Local("2026-11-25T10:00-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_FromSaturday_IsMonday()
    {
        // Sat 2026-11-21 12:00 EST → Mon 11-23 at 12:00 EST = 17:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(12, 0));
        Assert.Equal(Utc("2026-11-23T17:00Z"), target.DueAt(NewYork(), Local("2026-11-21T12:00-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_InGap_IsEndOfGap()
    {
        // Every-day 09:00–17:00 New York. Sat 2027-03-13 12:00 EST (-05:00) = 17:00Z → Sun 2027-03-14 is a business day
        // (open every day, no federal holiday). Local 02:30 that day is skipped (02:00 EST → 03:00 EDT), so the end
        // of the gap: 03:00 EDT (-04:00) = 07:00Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(2, 30));
        Assert.Equal(Utc("2027-03-14T07:00Z"), target.DueAt(NewYorkEveryDay(new LocalTime(9, 0)), Local("2027-03-13T12:00-05:00")));
    }

    [Fact]
    public void NextBusinessDayAt_DueAt_InOverlap_IsEarlierInstant()
    {
        // Every-day 09:00–17:00 New York. Sat 2026-10-31 12:00 EDT → Sun 2026-11-01; 01:30 local happens twice
        // (01:30 EDT = 05:30Z, then 01:30 EST = 06:30Z); the earlier is 05:30Z.
        SlaTarget target = SlaTarget.NextBusinessDayAt(new LocalTime(1, 30));
        Assert.Equal(Utc("2026-11-01T05:30Z"), target.DueAt(NewYorkEveryDay(new LocalTime(9, 0)), Local("2026-10-31T12:00-04:00")));
    }

    // ---------------------------------------------------------------- Properties and equality

    [Fact]
    public void Properties_EachKind_ExposeOnlyTheirOwnAmount()
    {
        SlaTarget calendar = SlaTarget.Calendar(Duration.FromHours(1));
        Assert.Equal(SlaTargetKind.Calendar, calendar.Kind);
        Assert.Equal(Duration.FromHours(1), calendar.Duration);
        Assert.Equal(0, calendar.Days);

        SlaTarget business = SlaTarget.Business(Duration.FromHours(8));
        Assert.Equal(SlaTargetKind.Business, business.Kind);
        Assert.Equal(Duration.FromHours(8), business.Duration);

        SlaTarget days = SlaTarget.BusinessDays(3);
        Assert.Equal(SlaTargetKind.BusinessDays, days.Kind);
        Assert.Equal(3, days.Days);
        Assert.Equal(Duration.Zero, days.Duration);

        SlaTarget endOfDay = SlaTarget.EndOfBusinessDay(0);
        Assert.Equal(SlaTargetKind.EndOfBusinessDay, endOfDay.Kind);
        Assert.Equal(0, endOfDay.Days);

        SlaTarget next = SlaTarget.NextBusinessDayAt(new LocalTime(9, 30));
        Assert.Equal(SlaTargetKind.NextBusinessDayAt, next.Kind);
        Assert.Equal(new LocalTime(9, 30), next.TimeOfDay);
        Assert.Equal(Duration.Zero, next.Duration);

        Assert.Equal(SlaTargetKind.None, default(SlaTarget).Kind);
    }

    [Fact]
    public void Equals_SameKindAndAmount_AreEqual_DifferentKindsAreNot()
    {
        Assert.Equal(SlaTarget.Business(Duration.FromHours(8)), SlaTarget.Business(Duration.FromMinutes(480)));
        Assert.NotEqual(SlaTarget.Business(Duration.FromHours(8)), SlaTarget.Calendar(Duration.FromHours(8)));
        Assert.NotEqual(SlaTarget.BusinessDays(1), SlaTarget.EndOfBusinessDay(1));
    }

    // ---------------------------------------------------------------- Argument validation

    [Fact]
    public void Calendar_ZeroOrNegativeOrTooLong_Throws()
    {
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Calendar(Duration.Zero)).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Calendar(Duration.FromHours(-1))).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Calendar(-Duration.Epsilon)).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Calendar(Duration.FromDays(36_600) + Duration.Epsilon)).ParamName);

        // The bounds themselves are accepted: one nanosecond and exactly 36,600 days.
        Assert.Equal(Duration.Epsilon, SlaTarget.Calendar(Duration.Epsilon).Duration);
        Assert.Equal(Duration.FromDays(36_600), SlaTarget.Calendar(Duration.FromDays(36_600)).Duration);
    }

    [Fact]
    public void Business_ZeroOrNegativeOrTooLong_Throws()
    {
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Business(Duration.Zero)).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Business(Duration.FromMinutes(-30))).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.Business(Duration.FromDays(36_601))).ParamName);
        Assert.Equal(Duration.FromDays(36_600), SlaTarget.Business(Duration.FromDays(36_600)).Duration);
    }

    [Fact]
    public void BusinessDays_ZeroOrNegativeOrTooMany_Throws()
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.BusinessDays(0)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.BusinessDays(-1)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.BusinessDays(36_601)).ParamName);
        Assert.Equal(36_600, SlaTarget.BusinessDays(36_600).Days);
    }

    [Fact]
    public void EndOfBusinessDay_NegativeOrTooMany_Throws()
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.EndOfBusinessDay(-1)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.EndOfBusinessDay(36_601)).ParamName);
        Assert.Equal(36_600, SlaTarget.EndOfBusinessDay(36_600).Days);
    }

    [Fact]
    public void DueAt_NullCalendar_Throws()
    {
        Instant start = Local("2026-11-23T10:00-05:00");
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SlaTarget.Business(Duration.FromHours(1)).DueAt(null!, start)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SlaTarget.BusinessDays(1).DueAt(null!, start)).ParamName);
    }

    [Fact]
    public void DueAt_DefaultTarget_ThrowsInvalidOperation()
    {
        // The default value has no kind: the instance itself is unusable, as the doc says.
        Assert.Throws<InvalidOperationException>(() => default(SlaTarget).DueAt(NewYork(), Local("2026-11-23T10:00-05:00")));
    }
}
