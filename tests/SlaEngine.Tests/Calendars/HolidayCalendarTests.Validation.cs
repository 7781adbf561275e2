using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>Bad rule sets fail when the calendar is built, with an exception naming the rule.</summary>
public sealed partial class HolidayCalendarTests
{
    [Fact]
    public void Create_UnknownReference_ThrowsNamingTheRule()
    {
        var error = Assert.Throws<HolidayRuleException>(() => s_federal.With(HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving", 1)));
        Assert.Equal("Day after Thanksgiving", error.RuleName);
        Assert.Equal("rules", error.ParamName);
        Assert.StartsWith("Rule 'Day after Thanksgiving' counts from 'Thanksgiving', but the calendar has no rule of that name; the nearest is \"Thanksgiving Day\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReferenceInAnotherCase_SuggestsTheName()
    {
        var error = Assert.Throws<HolidayRuleException>(() => s_federal.With(HolidayRule.BusinessDaysBefore("Eve", "christmas day", 1)));
        Assert.StartsWith("Rule 'Eve' counts from 'christmas day', but the calendar has no rule of that name; the nearest is \"Christmas Day\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CyclicRules_ThrowsShowingTheCycle()
    {
        HolidayRule[] rules =
        {
            HolidayRule.Fixed("Anchor", 3, 1),
            HolidayRule.DaysAfter("A", "B", 1),
            HolidayRule.BusinessDaysAfter("B", "C", 1),
            HolidayRule.DaysAfter("C", "A", 1),
        };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules));
        Assert.Equal("A", error.RuleName);
        Assert.StartsWith("Rules that count from each other must not form a cycle, but 'A' -> 'B' -> 'C' -> 'A' does.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SelfReference_IsACycle()
    {
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[] { HolidayRule.DaysAfter("Loop", "Loop", 1) }));
        Assert.StartsWith("Rules that count from each other must not form a cycle, but 'Loop' -> 'Loop' does.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReferenceToARuleWithSeveralDates_Throws()
    {
        HolidayRule[] rules =
        {
            HolidayRule.Dates("Closures", new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 6)),
            HolidayRule.DaysAfter("After closures", "Closures", 1),
        };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules));
        Assert.Equal("After closures", error.RuleName);
        Assert.StartsWith("Rule 'After closures' counts from 'Closures', which has several dates a year; only a rule with one date a year can be counted from.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SharedNameInOverlappingYears_Throws()
    {
        HolidayRule[] rules =
        {
            HolidayRule.NthWeekday("Veterans Day", 10, IsoDayOfWeek.Monday, 4).From(1971).Until(1978),
            HolidayRule.Fixed("Veterans Day", 11, 11).From(1978),
        };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules));
        Assert.StartsWith("Rules that share the name 'Veterans Day' must be in effect in different years, but two of them are both in effect in 1978.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TablesOfOneNameInDifferentYears_AreAccepted_AndTheirYearsMayNotOverlap()
    {
        // A table of dates is in effect from its first date's year to its last's: next year's dates may join under the same name.
        HolidayRule through2026 = HolidayRule.Dates("Spring Festival", new LocalDate(2025, 1, 29), new LocalDate(2026, 2, 17));
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            through2026,
            HolidayRule.Dates("Spring Festival", new LocalDate(2027, 2, 6)),
            HolidayRule.WorkingDays("Make-up working days", IsoDayOfWeek.Monday, new LocalDate(2026, 2, 14)),
            HolidayRule.WorkingDays("Make-up working days", IsoDayOfWeek.Monday, new LocalDate(2027, 1, 30)),
        });
        Assert.True(calendar.IsHoliday(new LocalDate(2026, 2, 17)));
        Assert.True(calendar.IsHoliday(new LocalDate(2027, 2, 6)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 1, 30)));   // a Saturday made a working day
        Assert.Equal(new[] { "Spring Festival" }, calendar.GetHolidays(2027).Select(h => h.Name).ToArray());

        // A table that reaches 2027 clashes with another rule of its name in 2027; one ending in 2026 with a rule from 2026 too.
        var clash = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[]
        {
            HolidayRule.Dates("Spring Festival", new LocalDate(2026, 2, 17), new LocalDate(2027, 2, 6)),
            HolidayRule.Fixed("Spring Festival", 2, 7).From(2027),
        }));
        Assert.StartsWith("Rules that share the name 'Spring Festival' must be in effect in different years, but two of them are both in effect in 2027.", clash.Message, StringComparison.Ordinal);
        clash = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[] { through2026, HolidayRule.Fixed("Spring Festival", 2, 7).From(2026) }));
        Assert.StartsWith("Rules that share the name 'Spring Festival' must be in effect in different years, but two of them are both in effect in 2026.", clash.Message, StringComparison.Ordinal);

        // Next year's days off may begin in December of the table's last year (China's New Year 2019 began on 30 December 2018):
        // tables clash only when their dates interleave, and the error names where.
        HolidayCalendar december = HolidayCalendar.Create(new[]
        {
            HolidayRule.Dates("New Year's Day", new LocalDate(2017, 1, 1), new LocalDate(2017, 1, 2), new LocalDate(2018, 1, 1)),
            HolidayRule.Dates("New Year's Day", new LocalDate(2018, 12, 30), new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1)),
        });
        Assert.True(december.IsHoliday(new LocalDate(2018, 1, 1)));
        Assert.True(december.IsHoliday(new LocalDate(2018, 12, 31)));
        clash = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[]
        {
            HolidayRule.Dates("New Year's Day", new LocalDate(2017, 1, 1), new LocalDate(2019, 1, 1)),
            HolidayRule.Dates("New Year's Day", new LocalDate(2018, 12, 31), new LocalDate(2020, 1, 1)),
        }));
        Assert.StartsWith("Tables of dates that share the name 'New Year's Day' must not overlap, but two of them both run from 2018-12-31 to 2019-01-01.", clash.Message, StringComparison.Ordinal);

        // Its own from/until still bound it: a table limited to 2025 leaves 2026 to another rule of its name.
        HolidayCalendar limited = HolidayCalendar.Create(new[] { through2026.Until(2025), HolidayRule.Fixed("Spring Festival", 2, 7).From(2026) });
        Assert.False(limited.IsHoliday(new LocalDate(2026, 2, 17)));
        Assert.True(limited.IsHoliday(new LocalDate(2026, 2, 7)));
    }

    [Fact]
    public void Create_SharedNameInDisjointYears_ReferenceUsesTheRuleInEffect()
    {
        // A rule counting from a name that changes definition follows the definition of each year.
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.NthWeekday("Veterans Day", 10, IsoDayOfWeek.Monday, 4).Until(1977),
            HolidayRule.Fixed("Veterans Day", 11, 11).From(1978),
            HolidayRule.DaysAfter("Day after Veterans Day", "Veterans Day", 1),
        });

        // 1977: fourth Monday of October is the 24th; 1978: 11 November (a Saturday, no observance).
        Assert.True(calendar.IsHoliday(new LocalDate(1977, 10, 25)));
        Assert.True(calendar.IsHoliday(new LocalDate(1978, 11, 12)));
        Assert.False(calendar.IsHoliday(new LocalDate(1978, 10, 24)));
    }

    [Fact]
    public void Create_ExactRepeats_AreIgnored()
    {
        HolidayRule christmas = HolidayRule.Fixed("Christmas Day", 12, 25);
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { christmas, christmas });
        Assert.Single(calendar.Rules);
        Assert.Single(calendar.GetHolidays(2026));
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.Create(null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => HolidayCalendar.Create(new[] { HolidayRule.Fixed("A", 1, 1), null! }));
        Assert.StartsWith("The rules of a holiday calendar must not contain null, was null at position 1.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendar.Create(Array.Empty<HolidayRule>(), new[] { IsoDayOfWeek.None }));
    }

    [Fact]
    public void Create_BusinessDayRuleWithEveryDayAWeekendDay_ThrowsHolidayRuleException()
    {
        HolidayRule[] rules = { HolidayRule.Fixed("Christmas Day", 12, 25), HolidayRule.BusinessDaysAfter("After", "Christmas Day", 1) };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules, Enum.GetValues<IsoDayOfWeek>().Skip(1)));
        Assert.Equal("After", error.RuleName);
        Assert.StartsWith("Rule 'After' needs business days, but every day of the week is a weekend day of the calendar.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SubstituteRuleWithEveryDayAWeekendDay_ThrowsHolidayRuleException()
    {
        HolidayRule[] rules = { HolidayRule.Fixed("Boxing Day", 12, 26, Observance.NextWeekday) };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules, Enum.GetValues<IsoDayOfWeek>().Skip(1)));
        Assert.Equal("Boxing Day", error.RuleName);
        Assert.StartsWith("Rule 'Boxing Day' needs business days, but every day of the week is a weekend day of the calendar.", error.Message, StringComparison.Ordinal);
    }

    // Monday–Saturday weekend: only Sundays are business days, and 366 days (52 weeks and 2 days) hold at most 53 of them, so
    // 60 business days after a date can never be found within the 366 days a business-day rule searches.
    [Fact]
    public void Create_BusinessDayCountNoYearOfTheWeekendHolds_ThrowsHolidayRuleException()
    {
        IsoDayOfWeek[] mondayToSaturday = Enumerable.Range(1, 6).Select(d => (IsoDayOfWeek)d).ToArray();
        HolidayRule[] rules = { HolidayRule.Fixed("A", 1, 1), HolidayRule.BusinessDaysAfter("B", "A", 60) };
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(rules, mondayToSaturday));
        Assert.Equal("B", error.RuleName);
        Assert.StartsWith(
            "Rule 'B' counts 60 business days after 'A', but 366 days hold at most 53 days that are not weekend days; a business-day rule must find its day within 366 days.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create(new[] { HolidayRule.Fixed("A", 1, 1), HolidayRule.BusinessDaysBefore("B", "A", 54) }, mondayToSaturday));

        // Saturday and Sunday off: 366 days hold at most 262 weekdays, so the largest count a rule may have (60) always fits.
        HolidayCalendar.Create(new[] { HolidayRule.Fixed("A", 1, 1), HolidayRule.BusinessDaysAfter("B", "A", HolidayRule.MaxBusinessDayCount) });
    }

    // 53 Sundays after 1 January fit in the 366 days a business-day rule searches only when the 2 days past 52 whole weeks
    // (1 January + 365 and + 366) hold a Sunday that is not the next 1 January, which is a holiday (A). 1 January 2027 is a
    // Friday: the 53rd Sunday after it is 3 January 2027 + 52 weeks = 2 January 2028. Other years leave the rule without its
    // day, which only that year's evaluation shows.
    [Fact]
    public void Query_BusinessDayRuleThatAYearCannotHold_ThrowsHolidayRuleEvaluationException()
    {
        IsoDayOfWeek[] mondayToSaturday = Enumerable.Range(1, 6).Select(d => (IsoDayOfWeek)d).ToArray();
        HolidayCalendar only2027 = HolidayCalendar.Create(new[] { HolidayRule.Fixed("A", 1, 1), HolidayRule.BusinessDaysAfter("B", "A", 53).From(2027).Until(2027) }, mondayToSaturday);
        Assert.Equal(new[] { "2028-01-01 A", "2028-01-02 B (actual 2028-01-02)" }, only2027.GetHolidays(2028).Select(h => ReferenceData.Iso(h.Date) + " " + h.Name + (h.Name == "B" ? " (actual " + ReferenceData.Iso(h.ActualDate) + ")" : string.Empty)));

        HolidayCalendar everyYear = HolidayCalendar.Create(new[] { HolidayRule.Fixed("A", 1, 1), HolidayRule.BusinessDaysAfter("B", "A", 53) }, mondayToSaturday);
        var date = new LocalDate(2026, 6, 7);
        foreach (Action query in new Action[]
        {
            () => everyYear.IsBusinessDay(date),
            () => everyYear.IsHoliday(date),
            () => everyYear.GetHolidays(2026),
            () => everyYear.AddBusinessDays(date, 3),
            () => everyYear.BusinessDaysBetween(date, date.PlusDays(30)),
            () => everyYear.Adjust(date, BusinessDayConvention.Following),
            () => BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, everyYear, DateTimeZone.Utc).IsOpen(Instant.FromUtc(2026, 6, 7, 12, 0)),
        })
        {
            var error = Assert.Throws<HolidayRuleEvaluationException>(query);
            Assert.Equal("B", error.RuleName);
            Assert.Equal((1, 1), (error.Date.Month, error.Date.Day));
            int freeSundays = Enumerable.Range(1, 366).Select(d => error.Date.PlusDays(d)).Count(d => d.DayOfWeek == IsoDayOfWeek.Sunday && !(d.Month == 1 && d.Day == 1));
            Assert.True(freeSundays < 53, $"{error.Date} has {freeSundays} free Sundays in the 366 days after it");
            Assert.Equal($"Rule 'B' found fewer than 53 business days within 366 days after {ReferenceData.Iso(error.Date)}: weekend days and other holidays take the rest.", error.Message);
        }
    }

    // Monday–Saturday weekend. Saturday 4 July 2026 is observed on the next free Sunday, but a closure takes every Sunday of
    // the 31 days after it (5, 12, 19 and 26 July and 2 August), so no day is left to observe it on.
    [Fact]
    public void Query_SubstituteWithNoFreeDay_ThrowsHolidayRuleEvaluationException()
    {
        IsoDayOfWeek[] mondayToSaturday = Enumerable.Range(1, 6).Select(d => (IsoDayOfWeek)d).ToArray();
        HolidayRule closed = HolidayRule.Dates("Closed", new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 12), new LocalDate(2026, 7, 19), new LocalDate(2026, 7, 26), new LocalDate(2026, 8, 2));
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("X", 7, 4, Observance.NextWeekday), closed }, mondayToSaturday);
        var error = Assert.Throws<HolidayRuleEvaluationException>(() => calendar.GetHolidays(2026));
        Assert.Equal(("X", new LocalDate(2026, 7, 4)), (error.RuleName, error.Date));
        Assert.Equal("Rule 'X' found no free weekday within 31 days after 2026-07-04 to observe the holiday on: weekend days and other holidays take them all.", error.Message);

        // Again on the next query: nothing was published half-built.
        Assert.Throws<HolidayRuleEvaluationException>(() => calendar.IsHoliday(new LocalDate(2026, 7, 5)));

        // Leave one Sunday free (2 August) and the holiday is observed on it.
        HolidayRule fourSundays = HolidayRule.Dates("Closed", new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 12), new LocalDate(2026, 7, 19), new LocalDate(2026, 7, 26));
        HolidayCalendar roomy = HolidayCalendar.Create(new[] { HolidayRule.Fixed("X", 7, 4, Observance.NextWeekday), fourSundays }, mondayToSaturday);
        Assert.Contains(roomy.GetHolidays(2026), h => h.Name == "X" && h.Date == new LocalDate(2026, 8, 2));
    }

    [Fact]
    public void With_ReturnsANewCalendar_AndLeavesTheOriginalUnchanged()
    {
        HolidayCalendar extended = s_federal.With(HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1));
        var friday = new LocalDate(2026, 11, 27);
        Assert.True(s_federal.IsBusinessDay(friday));
        Assert.False(extended.IsBusinessDay(friday));
        Assert.Equal(s_federal.Rules.Count + 1, extended.Rules.Count);
        Assert.Equal((1971, 2199), (extended.FirstSupportedYear, extended.LastSupportedYear));
    }

    [Fact]
    public void Without_RemovesEveryRuleOfTheName()
    {
        HolidayCalendar calendar = s_federal.Without("Veterans Day");
        Assert.True(calendar.IsBusinessDay(new LocalDate(1975, 10, 27))); // fourth Monday of October 1975
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 11, 11)));
        Assert.DoesNotContain(calendar.Rules, r => r.Name == "Veterans Day");
    }

    [Fact]
    public void Without_UnknownName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => s_federal.Without("Boxing Day"));
        Assert.Equal("ruleName", error.ParamName);
        Assert.StartsWith("The calendar has no rule named 'Boxing Day' to remove.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ARuleOthersCountFrom_Throws()
    {
        HolidayCalendar calendar = s_federal.With(HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1));
        var error = Assert.Throws<HolidayRuleException>(() => calendar.Without("Thanksgiving Day"));
        Assert.Equal("Day after Thanksgiving", error.RuleName);
    }

    [Fact]
    public void Union_KeepsEachCalendarsRules_AndJoinsHolidaysAndWeekends()
    {
        // A UK-style calendar whose "Christmas Day" differs from the federal one: no clash in a union.
        HolidayCalendar uk = HolidayCalendar.Create(new[]
        {
            HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NextWeekday),
            HolidayRule.Fixed("Boxing Day", 12, 26, Observance.NextWeekday),
        });
        HolidayCalendar union = s_federal.Union(uk);

        // 2021: federal Christmas (Sat) observed Fri 24; UK Christmas Mon 27, Boxing Day Tue 28.
        Assert.False(union.IsBusinessDay(new LocalDate(2021, 12, 24)));
        Assert.False(union.IsBusinessDay(new LocalDate(2021, 12, 27)));
        Assert.False(union.IsBusinessDay(new LocalDate(2021, 12, 28)));
        Assert.True(union.IsBusinessDay(new LocalDate(2021, 12, 29)));
        Assert.Equal((1971, 2199), (union.FirstSupportedYear, union.LastSupportedYear));
        Assert.Contains(new Holiday("Christmas Day", new LocalDate(2021, 12, 24), new LocalDate(2021, 12, 25)), union.GetHolidays(2021));
        Assert.Contains(new Holiday("Christmas Day", new LocalDate(2021, 12, 27), new LocalDate(2021, 12, 25)), union.GetHolidays(2021));
    }

    [Fact]
    public void Union_WeekendsJoin()
    {
        HolidayCalendar gulf = HolidayCalendar.Create(Array.Empty<HolidayRule>(), new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
        HolidayCalendar union = s_federal.Union(gulf);
        Assert.Equal(new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, union.WeekendDays);
        Assert.Equal(new LocalDate(2026, 11, 30), union.AddBusinessDays(new LocalDate(2026, 11, 25), 1)); // Thu holiday, Fri-Sun weekend
    }

    [Fact]
    public void Union_WithoutCommonYears_Throws()
    {
        HolidayCalendar early = HolidayCalendar.Create(Array.Empty<HolidayRule>()).WithSupportedYears(1900, 1950);
        var error = Assert.Throws<ArgumentException>(() => s_federal.Union(early));
        Assert.StartsWith("Calendars in a union must support a year in common, but 1971–2199 and 1900–1950 do not overlap.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_OnAUnion_JoinsTheMembersThatDefineTheReference()
    {
        HolidayCalendar uk = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Boxing Day", 12, 26, Observance.NextWeekday) });
        HolidayCalendar union = s_federal.Union(uk).With(HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1));
        Assert.False(union.IsBusinessDay(new LocalDate(2026, 11, 27)));
        Assert.Throws<HolidayRuleException>(() => s_federal.Union(uk).With(HolidayRule.DaysAfter("X", "Nowhere", 1)));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        HolidayRule[] rules = { HolidayRule.Fixed("A", 1, 1), HolidayRule.DaysAfter("B", "A", 1) };
        HolidayCalendar first = HolidayCalendar.Create(rules);
        HolidayCalendar second = HolidayCalendar.Create(new[] { rules[0] }).With(rules[1]);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, HolidayCalendar.Create(rules, new[] { IsoDayOfWeek.Sunday }));
        Assert.NotEqual(first, first.WithSupportedYears(1950, 2050));
    }

    [Fact]
    public void WithSupportedYears_InvalidRange_Throws()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(Array.Empty<HolidayRule>());
        Assert.Equal("firstYear", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WithSupportedYears(0, 2000)).ParamName);
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WithSupportedYears(2000, 1999)).ParamName);
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WithSupportedYears(2000, 9901)).ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1582)]
    [InlineData(9900)]
    public void WithSupportedYears_FarYears_AgreeWithNodaTimesWeekdays(int year)
    {
        // Weekdays from NodaTime's own calendar arithmetic, New Year's Day on its actual date.
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("New Year's Day", 1, 1) }).WithSupportedYears(1, 9900);
        int expected = 0;
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            bool business = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !(date.Month == 1 && date.Day == 1);
            Assert.Equal(business, calendar.IsBusinessDay(date));
            expected += business ? 1 : 0;
        }

        Assert.True(calendar.IsHoliday(new LocalDate(year, 1, 1)));
        Assert.Equal(expected, calendar.BusinessDaysBetween(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) + (calendar.IsBusinessDay(new LocalDate(year, 12, 31)) ? 1 : 0));
    }
}
