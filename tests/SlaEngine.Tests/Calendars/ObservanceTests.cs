using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>Each <see cref="Observance"/> on hand-checked dates.</summary>
public sealed partial class ObservanceTests
{
    // UK bank holidays (England and Wales) as published by gov.uk: substitutes skip other holidays.
    private static readonly HolidayCalendar s_uk = HolidayCalendar.Create(new[]
    {
        HolidayRule.Fixed("New Year's Day", 1, 1, Observance.NextWeekday),
        HolidayRule.Easter("Good Friday", -2),
        HolidayRule.Easter("Easter Monday", 1),
        HolidayRule.NthWeekday("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1),
        HolidayRule.NthWeekday("Spring bank holiday", 5, IsoDayOfWeek.Monday, -1),
        HolidayRule.NthWeekday("Summer bank holiday", 8, IsoDayOfWeek.Monday, -1),
        HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NextWeekday),
        HolidayRule.Fixed("Boxing Day", 12, 26, Observance.NextWeekday),
    });

    [Fact]
    public void NextWeekday_ChristmasSaturdayBoxingDaySunday_AreMondayAndTuesday()
    {
        // 2021: Christmas Saturday 25, Boxing Day Sunday 26 -> bank holidays Monday 27 and Tuesday 28.
        AssertDecember(2021, ("Christmas Day", 27, 25), ("Boxing Day", 28, 26));
    }

    [Fact]
    public void NextWeekday_ChristmasSundayBoxingDayMonday_ChristmasMovesPastBoxingDay()
    {
        // 2022: Christmas Sunday 25, Boxing Day Monday 26 (a weekday, stays) -> Christmas on Tuesday 27.
        AssertDecember(2022, ("Boxing Day", 26, 26), ("Christmas Day", 27, 25));
    }

    [Fact]
    public void NextWeekday_NewYearOnSaturday_IsMonday()
    {
        // 1 January 2022 was a Saturday: bank holiday Monday 3 January.
        Assert.Contains(new Holiday("New Year's Day", new LocalDate(2022, 1, 3), new LocalDate(2022, 1, 1)), s_uk.GetHolidays(2022));
    }

    [Fact]
    public void EasterRules_UkBankHolidays2026()
    {
        // gov.uk for 2026: Good Friday 3 April, Easter Monday 6 April (Easter Sunday 5 April 2026).
        Assert.Contains(new Holiday("Good Friday", new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 3)), s_uk.GetHolidays(2026));
        Assert.Contains(new Holiday("Easter Monday", new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 6)), s_uk.GetHolidays(2026));
        Assert.Equal(8, s_uk.GetHolidays(2026).Count);
    }

    [Theory]
    [InlineData(Observance.NearestWeekday, "2026-07-04", "2026-07-03")] // Saturday -> Friday
    [InlineData(Observance.NearestWeekday, "2027-07-04", "2027-07-05")] // Sunday -> Monday
    [InlineData(Observance.SundayToMonday, "2026-07-04", "2026-07-04")] // Saturday stays
    [InlineData(Observance.SundayToMonday, "2027-07-04", "2027-07-05")] // Sunday -> Monday
    [InlineData(Observance.None, "2027-07-04", "2027-07-04")]           // Sunday stays
    [InlineData(Observance.NextWeekday, "2026-07-04", "2026-07-06")]    // Saturday -> Monday
    [InlineData(Observance.NearestWeekday, "2028-07-04", "2028-07-04")] // a Tuesday stays
    public void Observance_MovesOnlyWeekendDates(Observance observance, string actual, string observed)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Independence Day", 7, 4, observance) });
        LocalDate actualDate = Tests.TestSupport.ReferenceData.Date(actual);
        Assert.Equal(
            new[] { new Holiday("Independence Day", Tests.TestSupport.ReferenceData.Date(observed), actualDate) },
            calendar.GetHolidays(actualDate.Year));
    }

    [Fact]
    public void NearestWeekday_OnAWeekendHoliday_IsAHolidayEvenOnASunday()
    {
        // Observance None keeps a Sunday holiday on the Sunday: a holiday, never a business day.
        HolidayCalendar calendar = HolidayCalendar.Create(new[] { HolidayRule.Fixed("Independence Day", 7, 4) });
        Assert.True(calendar.IsHoliday(new LocalDate(2027, 7, 4)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 7, 5)));
    }

    private static void AssertDecember(int year, params (string Name, int Observed, int Actual)[] expected)
    {
        Holiday[] december = s_uk.GetHolidays(year).Where(h => h.Date.Month == 12).ToArray();
        Assert.Equal(
            expected.Select(e => new Holiday(e.Name, new LocalDate(year, 12, e.Observed), new LocalDate(year, 12, e.Actual))).ToArray(),
            december);
    }
}
