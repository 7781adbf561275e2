using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>The factories of <see cref="HolidayRule"/>: validation at build time, properties, equality, text.</summary>
public sealed partial class HolidayRuleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-2)]
    public void NthWeekday_OccurrenceOutOfRange_ThrowsNamingTheRule(int occurrence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.NthWeekday("Labor Day", 9, IsoDayOfWeek.Monday, occurrence));
        Assert.Equal("occurrence", error.ParamName);
        Assert.StartsWith($"The occurrence of rule 'Labor Day' must be 1 to 5, or -1 for the last, was {occurrence}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_ThirtiethOfFebruary_ThrowsNamingTheRule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("Leap", 2, 30));
        Assert.Equal("day", error.ParamName);
        Assert.StartsWith("The day of rule 'Leap' must be between 1 and 29 for month 2, was 30.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "month")]
    [InlineData(13, 1, "month")]
    [InlineData(4, 31, "day")]
    [InlineData(1, 0, "day")]
    public void Fixed_InvalidMonthOrDay_Throws(int month, int day, string paramName)
        => Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("X", month, day)).ParamName);

    [Fact]
    public void Fixed_TwentyNinthOfFebruary_IsAllowedAndOccursInLeapYearsOnly()
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Leap Day", 2, 29) });
        Assert.Single(calendar.GetHolidays(2024));
        Assert.Empty(calendar.GetHolidays(2025));
        Assert.Empty(calendar.GetHolidays(2100)); // not a leap year
        Assert.Single(calendar.GetHolidays(2000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Factories_EmptyName_Throw(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => HolidayRule.Fixed(name, 1, 1));
        Assert.Equal("name", error.ParamName);
        Assert.StartsWith($"A holiday rule needs a name that is not empty, was '{name}'.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => HolidayRule.Easter(name, 1));
        Assert.Throws<ArgumentException>(() => HolidayRule.Dates(name, new LocalDate(2026, 1, 2)));
    }

    [Fact]
    public void Factories_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => HolidayRule.Fixed(null!, 1, 1)).ParamName);
        Assert.Equal("otherRuleName", Assert.Throws<ArgumentNullException>(() => HolidayRule.DaysAfter("X", null!, 1)).ParamName);
        Assert.Equal("toRuleName", Assert.Throws<ArgumentNullException>(() => HolidayRule.BusinessDaysBetween("X", "A", null!)).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => HolidayRule.Dates("X", null!)).ParamName);
    }

    [Fact]
    public void Dates_NameIsCheckedBeforeTheDates()
    {
        // As every factory does (and as Dates did before the validators were shared): the name first, then the dates.
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => HolidayRule.Dates(null!, null!)).ParamName);
        // Assert.Throws is exact: an ArgumentNullException for "dates" fails these.
        var blank = Assert.Throws<ArgumentException>(() => HolidayRule.Dates(" ", null!));
        Assert.Equal("name", blank.ParamName);
        var surrogate = Assert.Throws<ArgumentException>(() => HolidayRule.Dates("X\uD800", null!));
        Assert.Equal("name", surrogate.ParamName);
    }

    [Fact]
    public void Relative_EmptyReference_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => HolidayRule.BusinessDaysAfter("After", " ", 1));
        Assert.StartsWith("Rule 'After' must name the rule it counts from, was ' '.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void BusinessDays_CountOutOfRange_Throws(int count)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.BusinessDaysBefore("Before", "Christmas Day", count));
        Assert.StartsWith($"The business-day count of rule 'Before' must be between 1 and 60, was {count}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(367)]
    [InlineData(-367)]
    public void Offsets_OutOfRange_Throw(int offset)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Easter("E", offset));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.DaysAfter("D", "E", offset));
    }

    [Fact]
    public void Dates_EmptyOrNonIso_Throw()
    {
        Assert.StartsWith("Rule 'Closures' needs at least one date, was none.", Assert.Throws<ArgumentException>(() => HolidayRule.Dates("Closures")).Message, StringComparison.Ordinal);
        var julian = new LocalDate(2026, 1, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => HolidayRule.Dates("Closures", julian));
    }

    [Fact]
    public void Dates_SortsAndRemovesRepeats()
    {
        HolidayRule rule = HolidayRule.Dates("Closures", new LocalDate(2026, 3, 2), new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 2));
        Assert.Equal(new[] { new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 2) }, rule.ExplicitDates);
    }

    [Fact]
    public void FromUntil_ReversedRange_Throws()
    {
        HolidayRule rule = HolidayRule.Fixed("X", 1, 1).From(2000);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => rule.Until(1999));
        Assert.StartsWith("Rule 'X' cannot end before it starts: Until(1999) is before From(2000).", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("X", 1, 1).Until(1999).From(2000));
    }

    [Fact]
    public void FromUntil_ReturnNewRules_AndLeaveTheOriginalUnchanged()
    {
        HolidayRule original = HolidayRule.Fixed("X", 1, 1);
        HolidayRule ranged = original.From(1990).Until(2000);
        Assert.Null(original.FromYear);
        Assert.Equal(1990, ranged.FromYear);
        Assert.Equal(2000, ranged.UntilYear);
        Assert.True(ranged.IsInEffect(1990));
        Assert.True(ranged.IsInEffect(2000));
        Assert.False(ranged.IsInEffect(1989));
        Assert.False(ranged.IsInEffect(2001));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        Assert.Equal(HolidayRule.Fixed("X", 7, 4, Observance.NearestWeekday), HolidayRule.Fixed("X", 7, 4, Observance.NearestWeekday));
        Assert.Equal(HolidayRule.Fixed("X", 7, 4).GetHashCode(), HolidayRule.Fixed("X", 7, 4).GetHashCode());
        Assert.NotEqual(HolidayRule.Fixed("X", 7, 4), HolidayRule.Fixed("Y", 7, 4));
        Assert.NotEqual(HolidayRule.Fixed("X", 7, 4), HolidayRule.Fixed("X", 7, 4, Observance.SundayToMonday));
        Assert.NotEqual(HolidayRule.Fixed("X", 7, 4), HolidayRule.Fixed("X", 7, 4).From(2000));
        Assert.Equal(HolidayRule.Dates("D", new LocalDate(2026, 1, 2)), HolidayRule.Dates("D", new LocalDate(2026, 1, 2)));
        Assert.NotEqual(HolidayRule.Dates("D", new LocalDate(2026, 1, 2)), HolidayRule.Dates("D", new LocalDate(2026, 1, 3)));
    }

    [Fact]
    public void Properties_DescribeEachKind()
    {
        HolidayRule nth = HolidayRule.NthWeekday("Memorial Day", 5, IsoDayOfWeek.Monday, -1);
        Assert.Equal((HolidayRuleKind.NthWeekday, 5, IsoDayOfWeek.Monday, -1), (nth.Kind, nth.Month, nth.DayOfWeek, nth.Occurrence));
        HolidayRule between = HolidayRule.BusinessDaysBetween("Between", "Christmas Day", "New Year's Day");
        Assert.Equal(("Christmas Day", "New Year's Day"), (between.ReferenceRuleName, between.EndReferenceRuleName));
        Assert.True(between.IsRelative);
        Assert.False(nth.IsRelative);
        Assert.Equal(3, HolidayRule.BusinessDaysAfter("A", "B", 3).Count);
        Assert.Equal(-2, HolidayRule.Easter("Good Friday", -2).Offset);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void ToString_DescribesTheRuleInWords(HolidayRule rule, string expected) => Assert.Equal(expected, rule.ToString());

    public static TheoryData<HolidayRule, string> Descriptions() => new()
    {
        { HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NearestWeekday), "Christmas Day: 25 December (Saturday observed on Friday, Sunday on Monday)" },
        { HolidayRule.NthWeekday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4), "Thanksgiving Day: fourth Thursday of November" },
        { HolidayRule.NthWeekday("Memorial Day", 5, IsoDayOfWeek.Monday, -1).From(1971), "Memorial Day: last Monday of May, from 1971" },
        { HolidayRule.NthWeekday("Veterans Day", 10, IsoDayOfWeek.Monday, 4).From(1971).Until(1977), "Veterans Day: fourth Monday of October, from 1971, until 1977" },
        { HolidayRule.Easter("Good Friday", -2), "Good Friday: Easter Sunday - 2 days" },
        { HolidayRule.OrthodoxEaster("Orthodox Easter", 0), "Orthodox Easter: Orthodox Easter Sunday" },
        { HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1), "Day after Thanksgiving: 1 day after Thanksgiving Day" },
        { HolidayRule.BusinessDaysBefore("Eve", "Christmas Day", 2), "Eve: 2 business days before Christmas Day" },
        { HolidayRule.BusinessDaysBetween("Break", "Christmas Day", "New Year's Day"), "Break: every business day between Christmas Day and New Year's Day" },
        { HolidayRule.Dates("Closure", new LocalDate(2025, 12, 26), new LocalDate(2025, 12, 24)), "Closure: 2025-12-24, 2025-12-26" },
    };

    // A name with an unpaired UTF-16 surrogate could not be written to a document and read back (the readers refuse it).
    [Fact]
    public void Factories_NameWithAnUnpairedSurrogate_ThrowArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => HolidayRule.Fixed("X\uD800", 1, 1));
        Assert.Equal("name", error.ParamName);
        Assert.StartsWith("A holiday rule's name must be Unicode text, but it has an unpaired surrogate (U+D800) at position 1.", error.Message, StringComparison.Ordinal);
        Assert.Equal("otherRuleName", Assert.Throws<ArgumentException>(() => HolidayRule.DaysAfter("Y", "\uDC00X", 1)).ParamName);
        Assert.Equal("\uD83D\uDE80 launch", HolidayRule.Fixed("\uD83D\uDE80 launch", 1, 1).Name);
    }
}
