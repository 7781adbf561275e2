using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// Named boundary cases (STYLE 17), each expected value worked out by hand in the comment above it from the
/// zone's published offsets, not from the library.
/// </summary>
public sealed partial class BusinessCalendarTests
{
    private static readonly DateTimeZone s_newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalTime s_nine = new(9, 0);
    private static readonly LocalTime s_five = new(17, 0);

    /// <summary>Monday–Friday 09:00–17:00 in New York with US federal holidays.</summary>
    private static ScheduledBusinessCalendar NewYork() => BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(s_nine, s_five), HolidayCalendars.UsFederal, s_newYork);

    private static Instant At(string isoUtc) => InstantPattern.ExtendedIso.Parse(isoUtc).Value;

    private static readonly Duration s_tick = Duration.FromTicks(1);

    // Monday 2026-11-23 is in EST (UTC-5): 09:00 local = 14:00Z, 17:00 local = 22:00Z.
    [Fact]
    public void IsOpen_LastTickBeforeClose_IsOpen_AndTheCloseIsNot()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Assert.True(calendar.IsOpen(At("2026-11-23T21:59:59.9999999Z")));
        Assert.False(calendar.IsOpen(At("2026-11-23T22:00:00Z")));
        Assert.Equal(At("2026-11-23T22:00:00Z"), calendar.NextClose(At("2026-11-23T21:59:59.9999999Z")));

        // 09:00 to one tick before 17:00 is eight hours less one tick.
        Assert.Equal(Duration.FromHours(8) - s_tick, calendar.BusinessTimeBetween(At("2026-11-23T14:00:00Z"), At("2026-11-23T21:59:59.9999999Z")));
    }

    [Fact]
    public void IsOpen_FirstTickAfterOpen_IsOpen_AndTheTickBeforeIsNot()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Assert.False(calendar.IsOpen(At("2026-11-23T13:59:59.9999999Z")));
        Assert.True(calendar.IsOpen(At("2026-11-23T14:00:00Z")));
        Assert.Equal(At("2026-11-23T14:00:00Z"), calendar.NextOpen(At("2026-11-23T13:59:59.9999999Z")));
        Assert.Equal(At("2026-11-23T14:00:00Z"), calendar.NextOpen(At("2026-11-23T14:00:00Z")));

        // From 13:00Z (closed) to the first tick after the opening: just that one tick, 14:00:00 to 14:00:00.0000001.
        Assert.Equal(s_tick, calendar.BusinessTimeBetween(At("2026-11-23T13:00:00Z"), At("2026-11-23T14:00:00.0000001Z")));
    }

    // The DESIGN example: 8 business hours from Monday 09:00 on a 9–17 schedule is Monday 17:00 (22:00Z), the
    // earliest instant with 8 hours of open time since the start, not Tuesday 09:00.
    [Fact]
    public void AddBusinessTime_ExactlyTheDaysHours_EndsAtTheClose()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Assert.Equal(At("2026-11-23T22:00:00Z"), calendar.AddBusinessTime(At("2026-11-23T14:00:00Z"), Duration.FromHours(8)));

        // One tick more is the first tick after Tuesday's opening: Tuesday 14:00:00.0000001Z.
        Assert.Equal(At("2026-11-24T14:00:00.0000001Z"), calendar.AddBusinessTime(At("2026-11-23T14:00:00Z"), Duration.FromHours(8) + s_tick));

        // Backwards, 8 hours before Tuesday 17:00 is Tuesday 09:00 (the latest such instant), and one tick before
        // Tuesday 09:00 is the last tick of Monday's hours, 21:59:59.9999999Z.
        Assert.Equal(At("2026-11-24T14:00:00Z"), calendar.AddBusinessTime(At("2026-11-24T22:00:00Z"), -Duration.FromHours(8)));
        Assert.Equal(At("2026-11-23T21:59:59.9999999Z"), calendar.AddBusinessTime(At("2026-11-24T14:00:00Z"), -s_tick));
    }

    // Zero returns the start even when closed (Saturday 2026-11-21 noon); a closed start otherwise effectively
    // starts at the next opening: Saturday + 1 hour = Monday 10:00 EST = 15:00Z.
    [Fact]
    public void AddBusinessTime_FromAClosedStart_ZeroIsTheStart_AndPositiveStartsAtTheNextOpening()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Instant saturday = At("2026-11-21T17:00:00Z");
        Assert.Equal(saturday, calendar.AddBusinessTime(saturday, Duration.Zero));
        Assert.Equal(At("2026-11-23T15:00:00Z"), calendar.AddBusinessTime(saturday, Duration.FromHours(1)));

        // Backwards from Saturday: the last hour of Friday 2026-11-20, 16:00 EST = 21:00Z.
        Assert.Equal(At("2026-11-20T21:00:00Z"), calendar.AddBusinessTime(saturday, -Duration.FromHours(1)));
    }

    // Nanoseconds count exactly: 1 ns after the opening holds 1 ns of business time, and 1 ns added to a
    // closed instant lands 1 ns after the next opening.
    [Fact]
    public void BusinessTime_SubTickInstants_AreExactToTheNanosecond()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Instant open = At("2026-11-23T14:00:00Z");
        Assert.Equal(Duration.FromNanoseconds(1), calendar.BusinessTimeBetween(open, open + Duration.FromNanoseconds(1)));
        Assert.Equal(open + Duration.FromNanoseconds(1), calendar.AddBusinessTime(At("2026-11-23T13:00:00Z"), Duration.FromNanoseconds(1)));

        // 50 ns before Monday's close plus 120 ns: 50 ns on Monday, then 70 ns into Tuesday (14:00:00Z + 70 ns).
        Instant late = At("2026-11-23T22:00:00Z") - Duration.FromNanoseconds(50);
        Assert.Equal(At("2026-11-24T14:00:00Z") + Duration.FromNanoseconds(70), calendar.AddBusinessTime(late, Duration.FromNanoseconds(120)));
        Assert.Equal(Duration.FromNanoseconds(120), calendar.BusinessTimeBetween(late, At("2026-11-24T14:00:00Z") + Duration.FromNanoseconds(70)));
        Assert.Equal(late, calendar.AddBusinessTime(At("2026-11-24T14:00:00Z") + Duration.FromNanoseconds(70), -Duration.FromNanoseconds(120)));
    }

    // New York springs forward on Sunday 2026-03-08: 02:00 EST (07:00Z) becomes 03:00 EDT. Hours 02:30–04:00
    // open at the end of the gap, 03:00 EDT = 07:00Z (NodaTime's lenient resolver would say 03:30), and close at
    // 04:00 EDT = 08:00Z: one hour of business time.
    [Fact]
    public void Open_InGap_OpensAtTheEndOfTheGap()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().Add(IsoDayOfWeek.Sunday, new LocalTime(2, 30), new LocalTime(4, 0)), s_newYork);
        Assert.Equal(At("2026-03-08T07:00:00Z"), calendar.NextOpen(At("2026-03-08T05:00:00Z")));
        Assert.False(calendar.IsOpen(At("2026-03-08T06:59:59.9999999Z")));
        Assert.True(calendar.IsOpen(At("2026-03-08T07:00:00Z")));
        Assert.Equal(At("2026-03-08T08:00:00Z"), calendar.NextClose(At("2026-03-08T07:00:00Z")));
        Assert.Equal(Duration.FromHours(1), calendar.BusinessTimeBetween(At("2026-03-08T00:00:00Z"), At("2026-03-09T00:00:00Z")));
    }

    // New York falls back on Sunday 2026-11-01: 02:00 EDT (06:00Z) becomes 01:00 EST. Hours 01:00–02:00 happen
    // twice: 01:00–02:00 EDT = 05:00Z–06:00Z, then 01:00–02:00 EST = 06:00Z–07:00Z. Both are worked: two hours,
    // one stretch from 05:00Z to 07:00Z.
    [Fact]
    public void Open_InOverlap_TheRepeatedHourIsWorkedTwice()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().Add(IsoDayOfWeek.Sunday, new LocalTime(1, 0), new LocalTime(2, 0)), s_newYork);
        Assert.Equal(At("2026-11-01T05:00:00Z"), calendar.NextOpen(At("2026-11-01T00:00:00Z")));
        Assert.True(calendar.IsOpen(At("2026-11-01T06:30:00Z")));
        Assert.Equal(At("2026-11-01T07:00:00Z"), calendar.NextClose(At("2026-11-01T05:00:00Z")));
        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At("2026-11-01T00:00:00Z"), At("2026-11-02T00:00:00Z")));

        // 90 business minutes from 01:00 EDT: 60 in the first pass, 30 into the second, 06:30Z (01:30 EST).
        Assert.Equal(At("2026-11-01T06:30:00Z"), calendar.AddBusinessTime(At("2026-11-01T05:00:00Z"), Duration.FromMinutes(90)));
    }

    // A whole-day Sunday: 2026-11-01 runs from 00:00 EDT (04:00Z) to 00:00 EST on Monday (05:00Z), 25 hours;
    // 2026-03-08 runs from 00:00 EST (05:00Z) to 00:00 EDT on Monday (04:00Z), 23 hours.
    [Fact]
    public void AllDay_OnDstSundays_Has25And23Hours()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().AddAllDay(IsoDayOfWeek.Sunday), s_newYork);
        Assert.Equal(Duration.FromHours(25), calendar.BusinessTimeBetween(At("2026-10-31T00:00:00Z"), At("2026-11-03T00:00:00Z")));
        Assert.Equal(At("2026-11-02T05:00:00Z"), calendar.NextClose(At("2026-11-01T04:00:00Z")));
        Assert.Equal(Duration.FromHours(23), calendar.BusinessTimeBetween(At("2026-03-07T00:00:00Z"), At("2026-03-10T00:00:00Z")));
    }

    // Lord Howe Island moves its clocks by half an hour: +10:30 standard, +11:00 summer time. On Sunday
    // 2026-10-04 02:00 becomes 02:30, so the local day lasts 23h30m; on Sunday 2026-04-05 02:00 becomes 01:30,
    // so it lasts 24h30m.
    [Fact]
    public void AllDay_LordHoweHalfHourShift_Is23h30mAnd24h30m()
    {
        DateTimeZone lordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().AddAllDay(IsoDayOfWeek.Sunday), lordHowe);
        Assert.Equal(Duration.FromMinutes((23 * 60) + 30), calendar.BusinessTimeBetween(At("2026-10-02T00:00:00Z"), At("2026-10-06T00:00:00Z")));
        Assert.Equal(Duration.FromMinutes((24 * 60) + 30), calendar.BusinessTimeBetween(At("2026-04-03T00:00:00Z"), At("2026-04-07T00:00:00Z")));

        // Sunday 2026-10-04 starts at 00:00 +10:30 = Saturday 13:30Z and ends at Monday 00:00 +11:00 = Sunday 13:00Z.
        Assert.Equal(At("2026-10-03T13:30:00Z"), calendar.NextOpen(At("2026-10-03T00:00:00Z")));
        Assert.Equal(At("2026-10-04T13:00:00Z"), calendar.NextClose(At("2026-10-03T13:30:00Z")));
    }

    // Samoa skipped Friday 2011-12-30: Thursday 23:59:59 at -10:00 was followed by Saturday 00:00 at +14:00
    // (2011-12-30T10:00Z). On a Monday–Friday 09:00–17:00 schedule, Thursday 29th is 09:00–17:00 -10:00 =
    // 19:00Z–03:00Z, Friday has no hours, and the next opening is Monday 2012-01-02 09:00 +14:00 = 2012-01-01T19:00Z.
    // (Wednesday's hours end Thursday 03:00Z, so the count starts at Thursday 12:00Z, 02:00 local.)
    [Fact]
    public void LocalDate_ThatNeverExisted_HasNoHours()
    {
        DateTimeZone apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(s_nine, s_five), apia);
        Assert.Equal(Duration.FromHours(8), calendar.BusinessTimeBetween(At("2011-12-29T12:00:00Z"), At("2012-01-01T19:00:00Z")));
        Assert.Equal(At("2012-01-01T19:00:00Z"), calendar.NextOpen(At("2011-12-30T03:00:00Z")));

        // Two hours from Thursday 16:00 (02:00Z): one on Thursday, one on Monday, ending 10:00 +14:00 = 20:00Z.
        Assert.Equal(At("2012-01-01T20:00:00Z"), calendar.AddBusinessTime(At("2011-12-30T02:00:00Z"), Duration.FromHours(2)));

        // At the day level the missing Friday is not a business day, even 24x7.
        var always = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, apia);
        Assert.False(always.IsBusinessDay(new LocalDate(2011, 12, 30)));
        Assert.True(always.IsBusinessDay(new LocalDate(2011, 12, 29)));
        Assert.Equal(2, always.BusinessDaysBetween(new LocalDate(2011, 12, 29), new LocalDate(2012, 1, 1)));
    }

    // Friday 22:00–06:00 in UTC, with Saturday 2026-12-26 a holiday: the tail 00:00–06:00 belongs to Saturday's
    // date and closes with it, so the shift is only Friday 22:00–24:00: 2 hours, closing at midnight.
    [Fact]
    public void OvernightTail_OnAHoliday_IsClosed()
    {
        WeeklySchedule nights = WeeklySchedule.Create().Add(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0));
        HolidayCalendar boxingDay = HolidayCalendar.Create(new[] { HolidayRule.Dates("Boxing Day", new LocalDate(2026, 12, 26)) });
        var calendar = BusinessCalendar.Create(nights, boxingDay, DateTimeZone.Utc);
        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At("2026-12-25T00:00:00Z"), At("2026-12-27T00:00:00Z")));
        Assert.Equal(At("2026-12-26T00:00:00Z"), calendar.NextClose(At("2026-12-25T22:00:00Z")));
        Assert.False(calendar.IsOpen(At("2026-12-26T03:00:00Z")));

        // The week before, without a holiday, the same shift is 8 hours and closes Saturday 06:00.
        Assert.Equal(Duration.FromHours(8), calendar.BusinessTimeBetween(At("2026-12-18T00:00:00Z"), At("2026-12-20T00:00:00Z")));
        Assert.Equal(At("2026-12-19T06:00:00Z"), calendar.NextClose(At("2026-12-18T22:00:00Z")));
    }

    // Monday 20:00–24:00 and Tuesday 00:00–02:00 in UTC touch at midnight: one stretch of 6 hours; the last tick
    // before midnight is open, and the next close from Monday 20:00 is Tuesday 02:00.
    [Fact]
    public void Close_At2400_TouchesTheNextDaysOpening()
    {
        WeeklySchedule schedule = WeeklySchedule.Create()
            .Add(IsoDayOfWeek.Monday, new LocalTime(20, 0), LocalTime.Midnight)
            .Add(IsoDayOfWeek.Tuesday, LocalTime.Midnight, new LocalTime(2, 0));
        var calendar = BusinessCalendar.Create(schedule, DateTimeZone.Utc);
        Assert.True(calendar.IsOpen(At("2026-11-23T23:59:59.9999999Z")));
        Assert.True(calendar.IsOpen(At("2026-11-24T00:00:00Z")));
        Assert.Equal(At("2026-11-24T02:00:00Z"), calendar.NextClose(At("2026-11-23T20:00:00Z")));
        Assert.Equal(Duration.FromHours(6), calendar.BusinessTimeBetween(At("2026-11-23T00:00:00Z"), At("2026-11-25T00:00:00Z")));
    }

    // 24x7 in UTC loses nothing at midnight: a day is 24 hours, ten years (2020–2029, three leap years) are
    // 3,653 days, and the whole span is one stretch with no close before the end of the supported range.
    [Fact]
    public void AlwaysOpen_LosesNoTimeAtMidnight_AndHasNoNextClose()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);
        Assert.Equal(Duration.FromHours(24), calendar.BusinessTimeBetween(At("2026-11-23T00:00:00Z"), At("2026-11-24T00:00:00Z")));
        Assert.Equal(Duration.FromDays(3653), calendar.BusinessTimeBetween(At("2020-01-01T00:00:00Z"), At("2030-01-01T00:00:00Z")));
        Assert.Equal(At("2030-01-01T00:00:00Z"), calendar.AddBusinessTime(At("2020-01-01T00:00:00Z"), Duration.FromDays(3653)));
        Assert.Throws<InvalidOperationException>(() => calendar.NextClose(At("2026-11-23T00:00:00Z")));
    }

    // Hours that change: 09:00–17:00 until Sunday 2026-03-01, then 08:00–16:00 from Monday 2026-03-02. Friday
    // 2026-02-27 08:30 EST (13:30Z) is closed; Monday 2026-03-02 08:30 EST is open; history keeps the old hours.
    [Fact]
    public void WithSchedule_AppliesFromItsDate_AndKeepsHistory()
    {
        ScheduledBusinessCalendar calendar = NewYork().WithSchedule(new LocalDate(2026, 3, 2), WeeklySchedule.Create().Weekdays(new LocalTime(8, 0), new LocalTime(16, 0)));
        Assert.False(calendar.IsOpen(At("2026-02-27T13:30:00Z")));
        Assert.True(calendar.IsOpen(At("2026-03-02T13:30:00Z")));
        Assert.Equal(new[] { new LocalDate(2026, 3, 2) }, calendar.ScheduleChanges);

        // Friday 16:00 EST (21:00Z) + 2 hours: 1 hour on Friday (to 17:00), then Monday 08:00–09:00 EST = 14:00Z.
        Assert.Equal(At("2026-03-02T14:00:00Z"), calendar.AddBusinessTime(At("2026-02-27T21:00:00Z"), Duration.FromHours(2)));
    }

    // Overrides: Thursday 2026-12-24 a half day 09:00–13:00, Thursday 2026-12-31 closed, and a special Saturday
    // opening 2026-12-19 10:00–14:00. In EST: 12-24 open 14:00Z–18:00Z; 12-19 open 15:00Z–19:00Z.
    [Fact]
    public void WithOverrides_HalfDaysClosuresAndSpecialOpenings_ReplaceTheWeeklyHours()
    {
        DateOverrides overrides = DateOverrides.Empty
            .Hours(new LocalDate(2026, 12, 24), s_nine, new LocalTime(13, 0))
            .Closed(new LocalDate(2026, 12, 31))
            .Hours(new LocalDate(2026, 12, 19), new LocalTime(10, 0), new LocalTime(14, 0));
        ScheduledBusinessCalendar calendar = NewYork().WithOverrides(overrides);
        Assert.Equal(Duration.FromHours(4), calendar.BusinessTimeBetween(At("2026-12-24T00:00:00Z"), At("2026-12-25T00:00:00Z")));
        Assert.Equal(At("2026-12-24T18:00:00Z"), calendar.NextClose(At("2026-12-24T14:00:00Z")));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 12, 31)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 12, 19)));
        Assert.Equal(At("2026-12-19T15:00:00Z"), calendar.NextOpen(At("2026-12-19T00:00:00Z")));
    }

    // Follow the sun on Monday 2026-11-23: Tokyo 09:00–17:00 JST (+9) = 00:00Z–08:00Z; London 09:00–17:00 GMT =
    // 09:00Z–17:00Z; New York 09:00–17:00 EST = 14:00Z–22:00Z. Open 00:00–08:00Z and 09:00–22:00Z: 21 hours.
    [Fact]
    public void Union_FollowTheSun_IsOpenWhenAnyOfficeIs()
    {
        WeeklySchedule nineToFive = WeeklySchedule.Create().Weekdays(s_nine, s_five);
        BusinessCalendar union = BusinessCalendar.Union(
            DateTimeZoneProviders.Tzdb["Asia/Tokyo"],
            BusinessCalendar.Create(nineToFive, DateTimeZoneProviders.Tzdb["Asia/Tokyo"]),
            BusinessCalendar.Create(nineToFive, DateTimeZoneProviders.Tzdb["Europe/London"]),
            BusinessCalendar.Create(nineToFive, s_newYork));
        Assert.Equal(Duration.FromHours(21), union.BusinessTimeBetween(At("2026-11-23T00:00:00Z"), At("2026-11-24T00:00:00Z")));
        Assert.False(union.IsOpen(At("2026-11-23T08:30:00Z")));
        Assert.Equal(At("2026-11-23T09:00:00Z"), union.NextOpen(At("2026-11-23T08:30:00Z")));
        Assert.Equal(At("2026-11-23T22:00:00Z"), union.NextClose(At("2026-11-23T09:00:00Z")));
        Assert.Equal(At("2026-11-23T00:00:00Z"), union.NextOpen(At("2026-11-22T12:00:00Z")));
        Assert.Equal("Asia/Tokyo", union.Zone.Id);
    }

    // Day level in New York: Thanksgiving, Thursday 2026-11-26, is closed; Monday 23 to Monday 30 holds Monday,
    // Tuesday, Wednesday and Friday; the business day after Wednesday 25 is Friday 27.
    [Fact]
    public void BusinessDays_FollowTheHoursAndHolidays()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 11, 26)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 11, 27)));
        Assert.Equal(4, calendar.BusinessDaysBetween(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 30)));
        Assert.Equal(-4, calendar.BusinessDaysBetween(new LocalDate(2026, 11, 30), new LocalDate(2026, 11, 23)));
        Assert.Equal(new LocalDate(2026, 11, 27), calendar.AddBusinessDays(new LocalDate(2026, 11, 25), 1));
        Assert.Equal(new LocalDate(2026, 11, 25), calendar.AddBusinessDays(new LocalDate(2026, 11, 27), -1));
    }

    // The overloads keep the caller's zone or offset: 8 business hours from Monday 09:00 New York, asked in
    // Europe/Paris (UTC+1), is Monday 17:00 New York = 23:00 Paris; as a DateTimeOffset at -05:00, 17:00-05:00.
    [Fact]
    public void Overloads_ReturnInTheCallersZoneOrOffset()
    {
        ScheduledBusinessCalendar calendar = NewYork();
        DateTimeZone paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        ZonedDateTime start = At("2026-11-23T14:00:00Z").InZone(paris);
        ZonedDateTime due = calendar.AddBusinessTime(start, Duration.FromHours(8));
        Assert.Equal(new LocalDateTime(2026, 11, 23, 23, 0), due.LocalDateTime);
        Assert.Equal(paris, due.Zone);

        var offsetStart = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.FromHours(-5)), calendar.AddBusinessTime(offsetStart, TimeSpan.FromHours(8)));
        Assert.Equal(TimeSpan.FromHours(8), calendar.BusinessTimeBetween(offsetStart, offsetStart.AddDays(1)));
        Assert.True(calendar.IsOpen(offsetStart));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.FromHours(-5)), calendar.NextClose(offsetStart));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(-5)), calendar.NextOpen(offsetStart.AddHours(8)));
    }

    // A fresh calendar first asked about an instant years before 2000 (where running totals are anchored) must
    // compile backwards from the anchor. Monday 1985-01-07 to Monday 1985-01-14: five 8-hour weekdays (no federal
    // holiday that week; Martin Luther King Jr. Day began in 1986), 40 hours.
    [Fact]
    public void FirstTouch_BeforeTheAnchorYear_CompilesBackwards()
    {
        Assert.True(BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc).IsOpen(At("1999-01-01T00:00:00Z")));
        Assert.Equal(Duration.FromHours(40), NewYork().BusinessTimeBetween(At("1985-01-07T00:00:00Z"), At("1985-01-14T00:00:00Z")));
        Assert.Equal(At("1985-01-07T14:00:00Z"), NewYork().NextOpen(At("1985-01-05T00:00:00Z")));
    }
}
