using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>Review of issue 17 (world calendars): each test shows a suspected defect.</summary>
public sealed class Issue17ReviewTests
{
    [Fact]
    public void SubstitutedLunisolarHolidayInTheNextCalendarYear_KeepsTheRulesThatCountFromIt()
    {
        // The 1st of the 12th lunar month falls in late December or in January of the next Gregorian year. A rule counting one
        // day from it must give a date the day after every observed date of it.
        HolidayCalendar calendar = HolidayCalendar.Create(new[]
        {
            HolidayRule.Lunisolar("Lunar 12/1", LunisolarCalendar.Chinese, 12, 1).WithObservance(Observance.NextWeekday),
            HolidayRule.DaysAfter("Day after 12/1", "Lunar 12/1", 1),
        }).WithSupportedYears(1950, 2080);

        var bases = new List<LocalDate>();
        var after = new List<LocalDate>();
        for (int year = 1960; year <= 2070; year++)
        {
            foreach (Holiday holiday in calendar.GetHolidays(year))
            {
                (holiday.Name == "Lunar 12/1" ? bases : after).Add(holiday.Date);
            }
        }

        Assert.Equal(bases.Select(d => d.PlusDays(1)), after);
    }

    [Fact]
    public void UnionOfCalendarsWithAndWithoutLocalNames_ListsEachHolidayOnce()
    {
        // Three offices: one calendar names New Year's Day in German, one (a company document) gives no local name, a third
        // (another German-speaking office) names it in German again. The union's list holds one New Year's Day per distinct holiday.
        HolidayCalendar berlin = HolidayCalendar.Create(new[] { HolidayRule.Fixed("New Year's Day", 1, 1).WithLocalName("Neujahr") });
        HolidayCalendar company = HolidayCalendar.Create(new[] { HolidayRule.Fixed("New Year's Day", 1, 1) });
        HolidayCalendar vienna = HolidayCalendar.Create(new[]
        {
            HolidayRule.Fixed("New Year's Day", 1, 1).WithLocalName("Neujahr"),
            HolidayRule.Fixed("Epiphany", 1, 6).WithLocalName("Heilige Drei Könige"),
        });
        HolidayCalendar union = berlin.Union(company).Union(vienna);

        IReadOnlyList<Holiday> holidays = union.GetHolidays(2026);

        // Berlin's and Vienna's New Year's Day are equal Holiday values; the list dedupes equal holidays, so one of them must go.
        Assert.Equal(holidays.Distinct().Count(), holidays.Count);
    }
}
