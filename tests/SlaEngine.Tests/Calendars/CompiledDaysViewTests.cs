using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Calendars.Engine;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// A view (a table's words alone, read by a hot path that may hold an older table than the current one) answers exactly for the
/// years its table holds published, and refuses every other year, the header's place included, rather than read a wrong one.
/// </summary>
public sealed class CompiledDaysViewTests
{
    [Fact]
    public void AnyTablesWords_AnswerForItsYears_AndRefuseOthers()
    {
        var days = new CompiledDays(new WeekdaySource(), 1900, 2199, withExtras: false, noBusinessDays: false);
        var monday = new LocalDate(2026, 12, 7);
        var saturday = new LocalDate(2026, 12, 5);

        days.IsBusinessDay(monday, "date");
        YearTable first = days.Table;

        // A year before the table's first makes a new table that starts earlier.
        var early = new LocalDate(2001, 3, 1);
        days.IsBusinessDay(early, "date");
        YearTable second = days.Table;
        Assert.True(second.First < first.First);

        foreach (YearTable table in new[] { first, second })
        {
            Assert.True(CompiledDays.TryIsBusinessDay(table.Words, monday, out bool open));
            Assert.True(open);
            Assert.True(CompiledDays.TryIsBusinessDay(table.Words, saturday, out open));
            Assert.False(open);
            Assert.True(CompiledDays.TryBusinessDaysBetween(table.Words, saturday, monday.PlusDays(1), out int count));
            Assert.Equal(1, count);
            Assert.True(CompiledDays.TryAddBusinessDays(table.Words, saturday, 1, out LocalDate next));
            Assert.Equal(monday, next);

            // The header sits where the year before the first would: it reads as not compiled, as does the year after the last.
            Assert.False(CompiledDays.TryIsBusinessDay(table.Words, new LocalDate(table.First - 1, 6, 1), out _));
            Assert.False(CompiledDays.TryIsBusinessDay(table.Words, new LocalDate(table.First + table.Count, 6, 1), out _));
        }

        // The older table does not hold 2001 published; the newer one does.
        Assert.False(CompiledDays.TryIsBusinessDay(first.Words, early, out _));
        Assert.False(CompiledDays.TryBusinessDaysBetween(first.Words, early, monday, out _));
        Assert.False(CompiledDays.TryAddBusinessDays(first.Words, early, 1, out _));
        Assert.True(CompiledDays.TryIsBusinessDay(second.Words, early, out bool earlyOpen));
        Assert.True(earlyOpen);

        // The full queries answer whatever view a reader holds.
        Assert.True(days.IsBusinessDay(monday, "date"));
        Assert.Equal(new LocalDate(2026, 12, 8), days.AddBusinessDays(monday, 1, BusinessDayConvention.None));
    }

    [Fact]
    public void CompileThatJoinsTwoRuns_LeavesTheTableReadersHoldUnchanged()
    {
        // 2000 and 2002 compile as two runs in one table; compiling 2001 joins them. A reader may hold that table at any moment,
        // and relies on consecutive published years being one run: the join is written into a new table, never into this one.
        var days = new CompiledDays(new WeekdaySource(), 1900, 2199, withExtras: false, noBusinessDays: false);
        days.IsBusinessDay(new LocalDate(2000, 6, 1), "date");
        days.IsBusinessDay(new LocalDate(2002, 6, 1), "date");
        YearTable held = days.Table;
        Assert.True(held.First <= 2000 && held.First + held.Count > 2002);
        ulong[] before = (ulong[])held.Words.Clone();

        int count = days.BusinessDaysBetween(new LocalDate(2000, 6, 1), new LocalDate(2002, 6, 1));

        Assert.Equal(before, held.Words);
        Assert.NotSame(held, days.Table);
        Assert.Equal(Weekdays(new LocalDate(2000, 6, 1), new LocalDate(2002, 6, 1)), count);
        Assert.Equal(new LocalDate(2002, 6, 3), days.AddBusinessDays(new LocalDate(2000, 6, 1), count, BusinessDayConvention.None));
    }

    /// <summary>Counts the days from Monday to Friday in [start, end), one by one.</summary>
    private static int Weekdays(LocalDate start, LocalDate end)
    {
        int count = 0;
        for (LocalDate date = start; date < end; date = date.PlusDays(1))
        {
            count += date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 1;
        }

        return count;
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
