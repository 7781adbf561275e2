using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// The library's own arithmetic for the calendar systems holiday rules use, against the implementations it replaces on the
/// first-use path: NodaTime's Hebrew calendar, and the BCL's Korean and Chinese lunisolar calendars.
/// </summary>
public sealed class OtherCalendarsTests
{
    [Fact]
    public void Hebrew_EveryMonthAndDay_1900To2199_IsNodaTimesHebrewScripturalDate()
    {
        CalendarSystem hebrew = CalendarSystem.HebrewScriptural;
        int compared = 0;
        for (int year = 1900; year <= 2199; year++)
        {
            foreach (HebrewMonth month in Enum.GetValues<HebrewMonth>().Where(m => m != HebrewMonth.None))
            {
                bool autumn = month is HebrewMonth.Tishrei or HebrewMonth.Cheshvan or HebrewMonth.Kislev;
                int hebrewYear = year + (autumn ? 3761 : 3760);
                int number = month switch
                {
                    HebrewMonth.Adar => hebrew.IsLeapYear(hebrewYear) ? 13 : 12,
                    HebrewMonth.AdarI => 12,
                    _ => (int)month,
                };
                for (int day = 1; day <= 30; day++)
                {
                    bool exists = day <= hebrew.GetDaysInMonth(hebrewYear, number);
                    Assert.Equal(exists, OtherCalendars.TryHebrew(year, month, day, out int dayNumber));
                    if (exists)
                    {
                        LocalDate expected = new LocalDate(hebrewYear, number, day, hebrew).WithCalendar(CalendarSystem.Iso);
                        Assert.Equal(expected, IsoDate.FromDayNumber(dayNumber));
                        compared++;
                    }
                }
            }
        }

        Assert.True(compared > 100_000);
    }

    [Theory]
    [InlineData(LunisolarCalendar.Korean, 1900, 2050)]
    [InlineData(LunisolarCalendar.Chinese, 1901, 2100)]
    public void Lunisolar_EveryMonthAndDay_IsTheBclsDate(LunisolarCalendar calendar, int first, int last)
    {
        System.Globalization.EastAsianLunisolarCalendar bcl = calendar == LunisolarCalendar.Korean
            ? new System.Globalization.KoreanLunisolarCalendar()
            : new System.Globalization.ChineseLunisolarCalendar();
        Assert.Equal((first, last), OtherCalendars.LunisolarYears(calendar));
        for (int year = first; year <= last; year++)
        {
            int leap = bcl.GetLeapMonth(year);
            for (int month = 1; month <= 12; month++)
            {
                int index = leap > 0 && month >= leap ? month + 1 : month;
                for (int day = 1; day <= 30; day++)
                {
                    bool exists = day <= bcl.GetDaysInMonth(year, index);
                    Assert.Equal(exists, OtherCalendars.TryLunisolar(calendar, year, month, day, out int dayNumber, out bool inRange));
                    Assert.True(inRange);
                    if (exists)
                    {
                        DateTime expected = bcl.ToDateTime(year, index, day, 0, 0, 0, 0);
                        Assert.Equal(new LocalDate(expected.Year, expected.Month, expected.Day), IsoDate.FromDayNumber(dayNumber));
                    }
                }
            }
        }

        Assert.False(OtherCalendars.TryLunisolar(calendar, first - 1, 1, 1, out _, out bool before));
        Assert.False(before);
        Assert.False(OtherCalendars.TryLunisolar(calendar, last + 1, 1, 1, out _, out bool after));
        Assert.False(after);
    }
}
