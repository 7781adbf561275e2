using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>No hang, ever: empty calendars and closed ranges throw; instants outside the supported years are named.</summary>
public sealed partial class BusinessCalendarTests
{
    [Fact]
    public void EmptySchedule_Searches_ThrowInvalidOperation_AndQueriesAnswer()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.Empty, DateTimeZone.Utc);
        Instant t = At("2026-11-23T12:00:00Z");
        const string Message = "The calendar has no business time at all: its schedules are empty and no date override opens it.";
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(t, Duration.FromHours(1))).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(t, -Duration.FromHours(1))).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => calendar.NextOpen(t)).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => calendar.NextClose(t)).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessDays(new LocalDate(2026, 11, 23), 1)).Message);
        Assert.False(calendar.IsOpen(t));
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(t, t + Duration.FromDays(3650)));
        Assert.Equal(t, calendar.AddBusinessTime(t, Duration.Zero));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 11, 23)));
        Assert.Equal(0, calendar.BusinessDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)));
    }

    // Every date of 2020–2021 a holiday (the calendar supports only those years): no business time anywhere.
    [Fact]
    public void EveryDateAHoliday_Searches_ThrowInvalidOperation_SayingThereIsNoBusinessTime()
    {
        LocalDate[] everyDay = Enumerable.Range(0, 731).Select(d => new LocalDate(2020, 1, 1).PlusDays(d)).ToArray();
        HolidayCalendar closed = HolidayCalendar.Create(new[] { HolidayRule.Dates("Closed", everyDay) }).WithSupportedYears(2020, 2021);
        var calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, closed, DateTimeZone.Utc);
        Instant t = At("2020-06-01T00:00:00Z");
        Assert.Equal(
            "There is no business time in the searched range from 2020-06-01T00:00:00Z to 2022-01-01T00:00:00Z, the end of the instants this calendar supports.",
            Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(t, Duration.FromMinutes(1))).Message);
        Assert.Equal(
            "There is no business time in the searched range from 2020-06-01T00:00:00Z back to 2020-01-01T00:00:00Z, the start of the instants this calendar supports.",
            Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(t, -Duration.FromMinutes(1))).Message);
        Assert.Throws<InvalidOperationException>(() => calendar.NextOpen(t));
        Assert.Throws<InvalidOperationException>(() => calendar.NextClose(t));
        Assert.Equal(
            "The calendar has no business days at all in the years 2020–2021 that it supports.",
            Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessDays(new LocalDate(2020, 6, 1), 1)).Message);
        Assert.Equal(
            "The calendar has no business days at all in the years 2020–2021 that it supports.",
            Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessDays(new LocalDate(2020, 6, 1), -1)).Message);
    }

    [Fact]
    public void Instants_OutsideTheSupportedYears_ThrowArgumentOutOfRange_NamingThem()
    {
        ScheduledBusinessCalendar calendar = NewYork(); // US federal holidays: 1971–2199; 1971-01-01 00:00 EST = 05:00Z.
        Assert.Equal(new Interval(At("1971-01-01T05:00:00Z"), At("2200-01-01T05:00:00Z")), calendar.SupportedInterval);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsOpen(At("1971-01-01T04:59:59Z")));
        Assert.Equal("instant", error.ParamName);
        Assert.StartsWith(
            "The instant 1971-01-01T04:59:59Z is outside 1971-01-01T05:00:00Z–2200-01-01T05:00:00Z, the instants this calendar supports (local dates of the years 1971–2199).",
            error.Message);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.BusinessTimeBetween(At("2026-01-01T00:00:00Z"), At("2200-01-01T05:00:00Z"))).ParamName);
        Assert.True(calendar.IsOpen(At("2199-12-30T14:00:00Z")));

        // A result past the end names the amount.
        var past = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessTime(At("2199-12-01T14:00:00Z"), Duration.FromHours(1000)));
        Assert.Equal("amount", past.ParamName);
        Assert.StartsWith("Adding 41:16:00:00 of business time to 2199-12-01T14:00:00Z goes past 2200-01-01T05:00:00Z, the end of the instants this calendar supports.", past.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessTime(At("2026-01-01T00:00:00Z"), Duration.MaxValue));
    }

    [Fact]
    public void Schedule_AndOverrides_RejectInvalidHours_WithClearMessages()
    {
        Assert.Equal(
            "Business hours must close at a different time than they open, was 09:00–09:00 on Monday; 00:00–24:00 is the whole day. (Parameter 'close')",
            Assert.Throws<ArgumentException>(() => WeeklySchedule.Create().Add(IsoDayOfWeek.Monday, s_nine, s_nine)).Message);
        Assert.Equal(
            "Opening hours must close after they open within the day, was 17:00–09:00. (Parameter 'close')",
            Assert.Throws<ArgumentException>(() => DateOverrides.Empty.Hours(new LocalDate(2026, 12, 24), s_five, s_nine)).Message);
        Assert.Equal(
            "The day of the week must be Monday to Sunday, was 0. (Parameter 'day')\nActual value was None.",
            Assert.Throws<ArgumentOutOfRangeException>(() => WeeklySchedule.Create().Add(IsoDayOfWeek.None, s_nine, s_five)).Message.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(
            "Opening hours must be whole ticks (100 ns), was 09:00:00.000000050. (Parameter 'open')",
            Assert.Throws<ArgumentException>(() => new OpenInterval(s_nine.PlusNanoseconds(50), s_five)).Message);
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Create(null!, DateTimeZone.Utc));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Create(WeeklySchedule.Empty, null!));
        Assert.Equal(
            "A union needs at least one calendar, was none. (Parameter 'calendars')",
            Assert.Throws<ArgumentException>(() => BusinessCalendar.Union(DateTimeZone.Utc)).Message);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Union(null!, NewYork())).ParamName);
        Assert.Equal("calendars", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Union(DateTimeZone.Utc, null!)).ParamName);
        Assert.Equal(
            "The calendars of a union must not contain null, was null at position 1. (Parameter 'calendars')",
            Assert.Throws<ArgumentException>(() => BusinessCalendar.Union(DateTimeZone.Utc, NewYork(), null!)).Message);
    }

    [Fact]
    public void Union_OfCalendarsWithDisjointYears_IsRejected()
    {
        ScheduledBusinessCalendar early = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, HolidayCalendar.Create(Array.Empty<HolidayRule>()).WithSupportedYears(2000, 2001), DateTimeZone.Utc);
        ScheduledBusinessCalendar late = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, HolidayCalendar.Create(Array.Empty<HolidayRule>()).WithSupportedYears(2010, 2011), DateTimeZone.Utc);
        Assert.Equal(
            "The calendars of a union must support some instant in common, but their supported intervals do not overlap. (Parameter 'calendars')",
            Assert.Throws<ArgumentException>(() => BusinessCalendar.Union(DateTimeZone.Utc, early, late)).Message);
    }

    [Fact]
    public void Calendars_AreEqualByStructure()
    {
        Assert.Equal(NewYork(), NewYork());
        Assert.Equal(NewYork().GetHashCode(), NewYork().GetHashCode());
        Assert.NotEqual(NewYork(), NewYork().WithOverrides(DateOverrides.Empty.Closed(new LocalDate(2026, 12, 24))));
        Assert.NotEqual(NewYork(), BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(s_nine, s_five), HolidayCalendars.UsFederal, DateTimeZone.Utc));
        Assert.Equal(BusinessCalendar.Union(s_newYork, NewYork(), NewYork()), BusinessCalendar.Union(s_newYork, NewYork(), NewYork()));
        Assert.Equal(BusinessCalendar.Union(s_newYork, NewYork(), NewYork()).GetHashCode(), BusinessCalendar.Union(s_newYork, NewYork(), NewYork()).GetHashCode());
        Assert.NotEqual(BusinessCalendar.Union(s_newYork, NewYork(), NewYork()), BusinessCalendar.Union(DateTimeZone.Utc, NewYork(), NewYork()));
        Assert.NotEqual<BusinessCalendar>(NewYork(), BusinessCalendar.Union(s_newYork, NewYork()));
    }

    // 24x7 in UTC supports up to 2200-01-01T00:00Z, exclusive: one hour from 2199-12-31T23:00Z would be exactly
    // that end, which is outside the range, so it is refused like any result past the end.
    [Fact]
    public void AddBusinessTime_LandingExactlyOnTheEndOfTheRange_ThrowsArgumentOutOfRange()
    {
        var calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);
        Assert.Equal(At("2200-01-01T00:00:00Z"), calendar.SupportedInterval.End);
        Assert.Equal(At("2199-12-31T23:59:59.9999999Z"), calendar.AddBusinessTime(At("2199-12-31T23:00:00Z"), Duration.FromHours(1) - s_tick));
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessTime(At("2199-12-31T23:00:00Z"), Duration.FromHours(1))).ParamName);
    }

    // A supported result a DateTimeOffset cannot hold (0001-01-01T03:00Z at -05:00 is in year 0) is an argument
    // error, not NodaTime's InvalidOperationException.
    [Fact]
    public void DateTimeOffsetOverload_ResultBeforeYear1AtTheOffset_ThrowsArgumentOutOfRange()
    {
        HolidayCalendar none = HolidayCalendar.Create(Array.Empty<HolidayRule>()).WithSupportedYears(1, 2000);
        var calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, none, DateTimeZone.Utc);
        var start = new DateTimeOffset(1, 1, 1, 10, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessTime(start, TimeSpan.FromHours(-12))).ParamName);
    }

    // The widest range, 1–9900, in a zone with DST: a first question about 9900 compiles the years between
    // (Friday 9900-06-01 is a business day on a Monday–Friday schedule; Saturday 9900-06-02 is not; Thursday 31 May
    // to Thursday 7 June holds Thursday, Friday, Monday, Tuesday and Wednesday).
    [Fact]
    public void DayQueries_AtTheFarEndOfTheWidestRange_Answer()
    {
        HolidayCalendar none = HolidayCalendar.Create(Array.Empty<HolidayRule>(), Array.Empty<IsoDayOfWeek>()).WithSupportedYears(1, 9900);
        var calendar = BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(s_nine, s_five), none, s_newYork);
        Assert.True(calendar.IsBusinessDay(new LocalDate(9900, 6, 1)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(9900, 6, 2)));
        Assert.Equal(5, calendar.BusinessDaysBetween(new LocalDate(9900, 5, 31), new LocalDate(9900, 6, 7)));
    }

    // Zones are compared as objects: the BCL and TZDB providers both know Africa/Monrovia but disagree on its
    // 1950 offset (-00:44 against -00:44:30), so calendars built on them are not equal.
    [Fact]
    public void Equals_ZonesFromDifferentProviders_AreNotEqual()
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Weekdays(s_nine, s_five);
        DateTimeZone? bcl = DateTimeZoneProviders.Bcl.GetZoneOrNull("Africa/Monrovia") ?? DateTimeZoneProviders.Bcl.GetZoneOrNull("Greenwich Standard Time");
        Assert.NotNull(bcl);
        Assert.NotEqual(BusinessCalendar.Create(schedule, bcl), BusinessCalendar.Create(schedule, DateTimeZoneProviders.Tzdb["Africa/Monrovia"]));
        Assert.Equal(BusinessCalendar.Create(schedule, DateTimeZoneProviders.Tzdb["Africa/Monrovia"]), BusinessCalendar.Create(schedule, DateTimeZoneProviders.Tzdb["Africa/Monrovia"]));
    }
}
