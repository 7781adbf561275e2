using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayRule.NthWeekday(string, int, IsoDayOfWeek, int, int)"/>: the n-th weekday on or after a day of the month, or
/// the last on or before it (Saxony's Repentance and Prayer Day, Canada's Victoria Day, Geneva's Jeûne genevois).
/// </summary>
public sealed class NthWeekdayFromDayTests
{
    /// <summary>
    /// Every month, weekday, occurrence and allowed day, over 28 years (every weekday pattern, leap years included), against a
    /// model that walks the month a day at a time from the given day.
    /// </summary>
    [Fact]
    public void EveryAllowedRule_MatchesWalkingTheMonthDayByDay()
    {
        int checkedDates = 0;
        for (int month = 1; month <= 12; month++)
        {
            int shortest = month == 2 ? 28 : new LocalDate(2001, month, 1).Calendar.GetDaysInMonth(2001, month);
            foreach (IsoDayOfWeek weekday in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            {
                var rules = new List<(HolidayRule Rule, int Occurrence, int Day)>();
                foreach (int occurrence in new[] { -1, 1, 2, 3, 4, 5 })
                {
                    for (int day = 1; day <= shortest; day++)
                    {
                        bool allowed = occurrence == -1 ? day >= 7 : day + (7 * occurrence) - 1 <= shortest;
                        if (allowed)
                        {
                            rules.Add((HolidayRule.NthWeekday("R" + occurrence + "/" + day, month, weekday, occurrence, day), occurrence, day));
                        }
                    }
                }

                HolidayCalendar calendar = HolidayCalendar.Create(rules.Select(r => r.Rule));
                for (int year = 2000; year < 2028; year++)
                {
                    IReadOnlyList<Holiday> holidays = calendar.GetHolidays(year);
                    foreach (var (rule, occurrence, day) in rules)
                    {
                        Holiday holiday = Assert.Single(holidays, h => h.Name == rule.Name);
                        Assert.Equal(Walk(year, month, weekday, occurrence, day), holiday.Date);
                        Assert.Equal(holiday.Date, holiday.ActualDate);
                        checkedDates++;
                    }
                }
            }
        }

        Assert.True(checkedDates > 100_000, checkedDates + " dates checked.");
    }

    private static LocalDate Walk(int year, int month, IsoDayOfWeek weekday, int occurrence, int day)
    {
        var date = new LocalDate(year, month, day);
        int step = occurrence == -1 ? -1 : 1;
        int wanted = Math.Abs(occurrence);
        while (true)
        {
            if (date.DayOfWeek == weekday && --wanted == 0)
            {
                return date;
            }

            date = date.PlusDays(step);
        }
    }

    /// <summary>
    /// Every month, occurrence and day 1–31: the factory refuses the rule exactly when walking from that day could leave the month
    /// in some year (over 28 years, leap years included) or the day is not in the month.
    /// </summary>
    [Fact]
    public void RefusedExactlyWhenTheDateCouldLeaveTheMonth()
    {
        for (int month = 1; month <= 12; month++)
        {
            foreach (int occurrence in new[] { -1, 1, 2, 3, 4, 5 })
            {
                for (int day = 1; day <= 31; day++)
                {
                    bool leaves = false;
                    for (int year = 2000; year < 2028 && !leaves; year++)
                    {
                        int length = new LocalDate(year, month, 1).Calendar.GetDaysInMonth(year, month);
                        if (day > length)
                        {
                            leaves = true;
                            break;
                        }

                        foreach (IsoDayOfWeek weekday in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Sunday })
                        {
                            LocalDate date = new LocalDate(year, month, day);
                            int step = occurrence == -1 ? -1 : 1;
                            int wanted = Math.Abs(occurrence);
                            while (!(date.DayOfWeek == weekday && --wanted == 0))
                            {
                                date = date.PlusDays(step);
                            }

                            leaves |= date.Month != month;
                        }
                    }

                    bool refused;
                    try
                    {
                        HolidayRule.NthWeekday("Day", month, IsoDayOfWeek.Monday, occurrence, day);
                        refused = false;
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        refused = true;
                    }

                    Assert.True(leaves == refused, $"month {month}, occurrence {occurrence}, day {day}: leaves the month {leaves}, refused {refused}");
                }
            }
        }
    }

    [Fact]
    public void FifthWithADay_IsRefusedForTheOccurrence_AndNullNameFirst()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.NthWeekday("X", 5, IsoDayOfWeek.Monday, 5, 1));
        Assert.Equal("occurrence", error.ParamName);
        Assert.Contains("must be 1 to 4, or -1", error.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => HolidayRule.NthWeekday(null!, 5, IsoDayOfWeek.Monday, 1, 0)).ParamName);
    }

    /// <summary>Published dates: Buß- und Bettag 2026 (Saxony), Victoria Day 2027, Jeûne genevois 2026, Lundi du Jeûne 2026.</summary>
    [Theory]
    [InlineData("DE-SN", "2026-11-18", "Repentance and Prayer Day")] // The Wednesday before 23 November.
    [InlineData("DE-SN", "2032-11-17", "Repentance and Prayer Day")] // 22 November 2032 is a Monday.
    [InlineData("CA-ON", "2027-05-24", "Victoria Day")] // 24 May 2027 is a Monday: the day itself.
    [InlineData("CA-ON", "2026-05-18", "Victoria Day")] // The Monday preceding 25 May.
    [InlineData("CH-GE", "2026-09-10", "Geneva Fast")] // The Thursday after Sunday 6 September.
    [InlineData("CH-VD", "2026-09-21", "Federal Fast Monday")] // The Monday after the third Sunday (20 September).
    public void BuiltInCalendars_PublishedDates(string id, string date, string name)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Holiday holiday = Assert.Single(HolidayCalendars.Get(id).GetHolidays(day.Year), h => h.Name == name);
        Assert.Equal(day, holiday.Date);
        Assert.Equal(day, holiday.ActualDate);
        Assert.False(holiday.IsObservedOnAnotherDay);
    }

    [Theory]
    [InlineData(2, 1, 23, "between 1 and 22")] // The first weekday on or after 23 February could be 1 March.
    [InlineData(5, 2, 25, "between 1 and 18")]
    [InlineData(5, -1, 6, "between 7 and 31")] // The last weekday on or before 6 May could be in April.
    [InlineData(4, -1, 31, "between 7 and 30")]
    [InlineData(5, 1, 0, "between 1 and 31")]
    public void DayThatLetsTheDateLeaveTheMonth_IsOutOfRange(int month, int occurrence, int day, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.NthWeekday("Day", month, IsoDayOfWeek.Monday, occurrence, day));
        Assert.Equal("day", error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ReadsWritesAndDescribesTheDay()
    {
        HolidayCalendar read = SlaJson.ReadHolidayCalendar("""
            { "rules": [ { "name": "Repentance and Prayer Day", "kind": "NthWeekday", "month": 11, "dayOfWeek": "Wednesday", "occurrence": -1, "day": 22 } ] }
            """);
        HolidayRule rule = Assert.Single(read.Rules);
        Assert.Equal(HolidayRule.NthWeekday("Repentance and Prayer Day", 11, IsoDayOfWeek.Wednesday, -1, 22), rule);
        Assert.NotEqual(HolidayRule.NthWeekday("Repentance and Prayer Day", 11, IsoDayOfWeek.Wednesday, -1), rule);
        Assert.Equal(22, rule.Day);
        Assert.Contains("\"day\": 22", SlaJson.Write(read), StringComparison.Ordinal);
        Assert.Equal(read, SlaJson.ReadHolidayCalendar(SlaJson.Write(read)));
        Assert.Contains("last Wednesday on or before 22 November", rule.ToString(), StringComparison.Ordinal);
        Assert.Contains("first Thursday on or after 5 September", HolidayRule.NthWeekday("Jeûne genevois", 9, IsoDayOfWeek.Thursday, 1, 5).ToString(), StringComparison.Ordinal);

        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar("""
            { "rules": [ { "name": "X", "kind": "NthWeekday", "month": 2, "dayOfWeek": "Monday", "occurrence": 1, "day": 25 } ] }
            """));
        Assert.Equal("$.rules[0].day", Assert.Single(error.Errors).Path);
    }
}
