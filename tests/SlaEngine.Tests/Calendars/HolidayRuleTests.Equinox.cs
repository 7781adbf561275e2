using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// <see cref="HolidayRule.Equinox"/>: the day of the equinox at a UTC offset, against the National Astronomical Observatory
/// of Japan's day formula and against proclaimed Japanese holidays.
/// </summary>
public sealed partial class HolidayRuleTests
{
    private static readonly HolidayCalendar s_equinoxes = HolidayCalendar.Create(new[]
    {
        HolidayRule.Equinox("Vernal Equinox Day", 3, Offset.FromHours(9)),
        HolidayRule.Equinox("Autumnal Equinox Day", 9, Offset.FromHours(9)),
    });

    // Where NAOJ's formula, a linear fit, misses the day: the September equinox of 2107 falls at 14:37 UTC on 23 September,
    // 23:37 JST, by Astronomy Engine 2.1.19's Seasons(2107) (VSOP87, independent of the library's Meeus series); the formula
    // gives 24 September.
    private static readonly Dictionary<(int Year, int Month), int> s_naojFormulaMisses = new() { [(2107, 9)] = 23 };

    // NAOJ's formula for the day of the equinox in Japan (JST): day = int(C + 0.242194 (Y - 1980) - int((Y - 1980) / 4)), with
    // C = 20.8431 (March) and 23.2488 (September) for 1980–2099, 21.8510 and 24.2488 for 2100–2150; here in integer
    // arithmetic, millionths of a day. Every year but one (s_naojFormulaMisses) the formula gives the day.
    [Fact]
    public void Equinox_EveryYear1990To2150_IsTheDayOfTheNaojFormula()
    {
        var mismatches = new List<string>();
        for (int year = 1990; year <= 2150; year++)
        {
            foreach ((string name, int month) in new[] { ("Vernal Equinox Day", 3), ("Autumnal Equinox Day", 9) })
            {
                var expected = new LocalDate(year, month, s_naojFormulaMisses.GetValueOrDefault((year, month), NaojEquinoxDay(year, month)));
                Holiday[] found = s_equinoxes.GetHolidays(year).Where(h => h.Name == name).ToArray();
                if (found.Length != 1 || found[0].Date != expected || found[0].ActualDate != expected)
                {
                    mismatches.Add($"{name} {year}: expected {ReferenceData.Iso(expected)}, library {string.Join(", ", found.Select(h => ReferenceData.Iso(h.Date)))}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [InlineData("2003-03-21", "2003-09-23")] // NAOJ via Rika Nenpyo 1993, as listed in NAOJ Astronomical News 413 (2001)
    [InlineData("2004-03-20", "2004-09-23")]
    [InlineData("2006-03-21", "2006-09-23")]
    [InlineData("2012-03-20", "2012-09-22")]
    [InlineData("2015-03-21", "2015-09-23")]
    [InlineData("2018-03-21", "2018-09-23")] // NAOJ almanac (暦要項) for 2018, published 1 February 2017
    [InlineData("2020-03-20", "2020-09-22")] // NAOJ almanac for 2020, published 1 February 2019
    [InlineData("2024-03-20", "2024-09-22")] // Cabinet Office list of national holidays
    [InlineData("2025-03-20", "2025-09-23")]
    [InlineData("2026-03-20", "2026-09-23")] // NAOJ almanac for 2026, published 3 February 2025
    public void Equinox_JapansProclaimedEquinoxDays_AreTheRulesDates(string vernal, string autumnal)
    {
        LocalDate march = ReferenceData.Date(vernal);
        LocalDate september = ReferenceData.Date(autumnal);

        Assert.Equal(
            [new Holiday("Vernal Equinox Day", march, march), new Holiday("Autumnal Equinox Day", september, september)],
            s_equinoxes.GetHolidays(march.Year));
    }

    [Fact]
    public void Equinox_UtcOffset_GivesTheLocalDateOfTheInstant()
    {
        // The March equinox of 2024 was at 03:06 UTC on 20 March: 23:06 on 19 March in New York (UTC-04:00), 12:06 on 20 March
        // in Tokyo (US Naval Observatory, "Earth's Seasons").
        HolidayCalendar newYork = HolidayCalendar.Create(new[] { HolidayRule.Equinox("Equinox", 3, Offset.FromHours(-4)) });
        HolidayCalendar tokyo = HolidayCalendar.Create(new[] { HolidayRule.Equinox("Equinox", 3, Offset.FromHours(9)) });

        Assert.Equal([new LocalDate(2024, 3, 19)], newYork.GetHolidays(2024).Select(h => h.Date));
        Assert.Equal([new LocalDate(2024, 3, 20)], tokyo.GetHolidays(2024).Select(h => h.Date));
    }

    [Theory]
    [InlineData(4, 9 * 3600, "month")]
    [InlineData(0, 9 * 3600, "month")]
    [InlineData(3, (14 * 3600) + 60, "utcOffset")]
    [InlineData(9, -(14 * 3600) - 60, "utcOffset")]
    public void Equinox_MonthOrOffsetOutOfRange_Throws(int month, int offsetSeconds, string paramName)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Equinox("Equinox", month, Offset.FromSeconds(offsetSeconds)));
        Assert.Equal(paramName, error.ParamName);
    }

    [Fact]
    public void Equinox_OffsetsOfFourteenHours_AreAllowed()
    {
        Assert.Equal(Offset.FromHours(14), HolidayRule.Equinox("Kiribati", 3, Offset.FromHours(14)).UtcOffset);
        Assert.Equal(Offset.FromHours(-14), HolidayRule.Equinox("Far west", 9, Offset.FromHours(-14)).UtcOffset);
    }

    private static int NaojEquinoxDay(int year, int month)
    {
        Assert.InRange(year, 1980, 2150);
        long constant = (month, year <= 2099) switch
        {
            (3, true) => 20_843_100,
            (3, false) => 21_851_000,
            (9, true) => 23_248_800,
            _ => 24_248_800,
        };
        int years = year - 1980;
        return (int)(((constant + (242_194L * years)) / 1_000_000) - (years / 4));
    }
}
