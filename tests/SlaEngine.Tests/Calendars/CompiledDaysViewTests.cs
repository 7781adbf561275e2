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
    public void EstimateThatLandsOnTheHeader_FallsBack_AndTheFullQueryCountsAcrossIt()
    {
        // With one year compiled, counting back from its first days puts the estimate on the header's place (the year before
        // the first): the view must refuse rather than read the header as a year, and the full query must walk into 2025.
        var days = new CompiledDays(new WeekdaySource(), 1900, 2199, withExtras: false, noBusinessDays: false);
        days.IsBusinessDay(new LocalDate(2026, 6, 1), "date");
        YearTable held = days.Table;
        Assert.Equal(2026, held.First);
        Assert.Equal(1, held.Count);

        var start = new LocalDate(2026, 1, 2);
        for (int n = 1; n <= 300; n++)
        {
            LocalDate expected = WalkWeekdays(start, -n);
            bool answered = CompiledDays.TryAddBusinessDays(held.Words, start, -n, out LocalDate viewAnswer);
            Assert.Equal(expected.Year == 2026, answered);
            if (answered)
            {
                Assert.Equal(expected, viewAnswer);
            }

            Assert.Equal(expected, days.AddBusinessDays(start, -n, BusinessDayConvention.None));
        }
    }

    [Fact]
    public void TablesGrownLeftAndRight_KeepTheirHeader_AndAnswerForEveryYearTheyHold()
    {
        var days = new CompiledDays(new WeekdaySource(), 1900, 2199, withExtras: false, noBusinessDays: false);
        var tables = new List<YearTable>();
        foreach (int year in new[] { 2026, 2001, 2150, 1900, 2199 })
        {
            days.IsBusinessDay(new LocalDate(year, 3, 4), "date");
            tables.Add(days.Table);
        }

        Assert.Equal(1900, tables[^1].First);
        Assert.Equal(2199, tables[^1].First + tables[^1].Count - 1);
        foreach (YearTable table in tables)
        {
            Assert.Equal((table.Count + 1) * YearWords.Stride, table.Words.Length);
            Assert.Equal((ulong)(table.First - 1), table.Words[0]);
            Assert.All(table.Words.Take(YearWords.Stride).Skip(1), word => Assert.Equal(0UL, word));
            for (int year = table.First; year < table.First + table.Count; year++)
            {
                var date = new LocalDate(year, 3, 4);
                if (CompiledDays.TryIsBusinessDay(table.Words, date, out bool open))
                {
                    Assert.Equal(date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), open);
                }
            }
        }
    }

    [Fact]
    public void HolidaysOfYearsCompiledInScatteredOrder_StayWithTheirYears()
    {
        // A year's holidays sit beside its words; growing the table left and right moves both.
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Midsummer", 6, 24) });
        int[] years = { 2026, 2001, 2150, 1950, 2199, 2000, 2027 };
        foreach (int year in years)
        {
            Assert.Equal(new LocalDate(year, 6, 24), Assert.Single(calendar.GetHolidays(year)).Date);
        }

        foreach (int year in years)
        {
            Assert.Equal(new LocalDate(year, 6, 24), Assert.Single(calendar.GetHolidays(year)).Date);
            Assert.True(calendar.IsHoliday(new LocalDate(year, 6, 24)));
            Assert.False(calendar.IsHoliday(new LocalDate(year, 6, 23)));
        }
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

    /// <summary>Steps day by day to the <paramref name="n"/>-th day from Monday to Friday after <paramref name="start"/> (before it when negative).</summary>
    private static LocalDate WalkWeekdays(LocalDate start, int n)
    {
        int step = n > 0 ? 1 : -1;
        LocalDate date = start;
        for (int found = 0; found != n;)
        {
            date = date.PlusDays(step);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                found += step;
            }
        }

        return date;
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
