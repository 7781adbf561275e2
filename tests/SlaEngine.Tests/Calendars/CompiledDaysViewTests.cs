using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Calendars.Engine;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// A view (a table's words and base year, read apart by a hot path) answers only when both are one table's: a reader that pairs
/// the words of one table with the base of another, as a race with a compile may, must fall back rather than read the wrong year.
/// </summary>
public sealed class CompiledDaysViewTests
{
    [Fact]
    public void MismatchedWordsAndBase_AreRefused_MatchedOnesAnswer()
    {
        var days = new CompiledDays(new WeekdaySource(), 1900, 2199, withExtras: false, noBusinessDays: false);
        var monday = new LocalDate(2026, 12, 7);
        var saturday = new LocalDate(2026, 12, 5);

        days.IsBusinessDay(monday, "date");
        YearTable first = days.Table;

        // A year before the table's first makes a new table with an earlier base.
        days.IsBusinessDay(new LocalDate(2001, 3, 1), "date");
        YearTable second = days.Table;
        Assert.True(second.Base < first.Base);

        foreach (YearTable table in new[] { first, second })
        {
            Assert.True(CompiledDays.TryIsBusinessDay(table.Words, table.Base, monday, out bool open));
            Assert.True(open);
            Assert.True(CompiledDays.TryIsBusinessDay(table.Words, table.Base, saturday, out open));
            Assert.False(open);
            Assert.True(CompiledDays.TryBusinessDaysBetween(table.Words, table.Base, saturday, monday.PlusDays(1), out int count));
            Assert.Equal(1, count);
        }

        Assert.False(CompiledDays.TryIsBusinessDay(first.Words, second.Base, monday, out _));
        Assert.False(CompiledDays.TryIsBusinessDay(second.Words, first.Base, monday, out _));
        Assert.False(CompiledDays.TryBusinessDaysBetween(second.Words, first.Base, saturday, monday, out _));
        Assert.False(CompiledDays.TryAddBusinessDays(first.Words, second.Base, monday, 1, out _));

        // The full queries answer whatever view a reader holds.
        Assert.True(days.IsBusinessDay(monday, "date"));
        Assert.Equal(new LocalDate(2026, 12, 8), days.AddBusinessDays(monday, 1, BusinessDayConvention.None));
    }

    /// <summary>Monday to Friday are business days; nothing else.</summary>
    private sealed class WeekdaySource : IDaySource
    {
        public void Compile(int firstYear, int lastYear, ulong[] bits, CompiledYear?[]? extras)
        {
            for (int year = firstYear; year <= lastYear; year++)
            {
                for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
                {
                    if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                    {
                        int slot = ((date.Month - 1) * 32) + (date.Day - 1);
                        bits[((year - firstYear) * YearWords.BitWords) + (slot / 64)] |= 1UL << (slot % 64);
                    }
                }
            }
        }
    }
}
