using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// Every observance, fixed moves, days between holidays and working days on random crowded calendars
/// (<see cref="SubstituteCalendarGenerators"/>), against <see cref="SubstituteHolidayModel"/>, a brute-force model written
/// from the documented semantics.
/// </summary>
public sealed partial class ObservanceTests
{
    [Property(MaxTest = 4000, Arbitrary = [typeof(SubstituteCalendarGenerators)])]
    public void Model_GetHolidays_MatchesTheSubstituteModel(SubstituteCalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new SubstituteHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        for (int year = calendarCase.Year - 1; year <= calendarCase.Year + 1; year++)
        {
            Assert.Equal(model.HolidaysObservedIn(year).Select(h => h.ToString()), Format(calendar.GetHolidays(year)));
        }
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(SubstituteCalendarGenerators)])]
    public void Model_IsHolidayAndIsBusinessDay_MatchTheSubstituteModelOnEveryDayOfTheYear(SubstituteCalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new SubstituteHolidayModel(calendarCase.Rules, calendarCase.Weekend);

        for (var date = new LocalDate(calendarCase.Year, 1, 1); date.Year == calendarCase.Year; date = date.PlusDays(1))
        {
            Assert.True(model.IsHoliday(date) == calendar.IsHoliday(date), $"IsHoliday({ReferenceData.Iso(date)}): model {model.IsHoliday(date)}, library {calendar.IsHoliday(date)}.");
            Assert.True(model.IsBusinessDay(date) == calendar.IsBusinessDay(date), $"IsBusinessDay({ReferenceData.Iso(date)}): model {model.IsBusinessDay(date)}, library {calendar.IsBusinessDay(date)}.");
        }
    }

    // Business days counted across the year agree with the model's day-by-day answer, working days included.
    [Property(MaxTest = 500, Arbitrary = [typeof(SubstituteCalendarGenerators)])]
    public void Model_BusinessDaysBetween_CountsTheModelsBusinessDays(SubstituteCalendarCase calendarCase)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(calendarCase.Rules, calendarCase.Weekend);
        var model = new SubstituteHolidayModel(calendarCase.Rules, calendarCase.Weekend);
        var start = new LocalDate(calendarCase.Year, 1, 1);
        var end = new LocalDate(calendarCase.Year + 1, 1, 1);

        int expected = 0;
        for (LocalDate date = start; date < end; date = date.PlusDays(1))
        {
            expected += model.IsBusinessDay(date) ? 1 : 0;
        }

        Assert.Equal(expected, calendar.BusinessDaysBetween(start, end));
    }

    private static string[] Format(IEnumerable<Holiday> holidays) =>
        holidays.Select(h => ModelHoliday.Format(h.Name, h.LocalName, h.Date, h.ActualDate)).ToArray();
}
