using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// The provider, and one shared contract every built-in calendar must pass (as workalendar's
/// shared calendar test): it can be found by id, its years are consistent, and its holiday lists,
/// <see cref="HolidayCalendar.IsHoliday"/> and <see cref="HolidayCalendar.IsBusinessDay"/> agree.
/// </summary>
public sealed class HolidayCalendarsTests
{
    public static TheoryData<string> BuiltInIds() => new(HolidayCalendars.Ids);

    [Fact]
    public void Ids_ListTheBuiltInCalendars()
        => Assert.Equal(
            new[] { "US-FEDERAL", "US-FEDERAL-CLOSURES" }.Concat(
                new[]
                {
                    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CN", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IL", "IN", "IN-CENTRAL", "IT", "JP", "KR",
                    "MX", "NL", "NO", "NZ", "PL", "RU", "SE", "SG", "TR", "US", "ZA",
                }.Concat(World.SubdivisionCalendarTests.Subdivisions.Keys).OrderBy(id => id, StringComparer.Ordinal)),
            HolidayCalendars.Ids);

    [Fact]
    public void Us_IsUsFederal()
    {
        Assert.Same(HolidayCalendars.UsFederal, HolidayCalendars.Get("US"));
        Assert.Same(HolidayCalendars.Get("US-FEDERAL"), HolidayCalendars.Get("us"));
    }

    [Fact]
    public void Get_IsCaseInsensitive()
    {
        Assert.Same(HolidayCalendars.UsFederal, HolidayCalendars.Get("us-federal"));
        Assert.True(HolidayCalendars.TryGet("Us-Federal-Closures", out HolidayCalendar? closures));
        Assert.Same(HolidayCalendars.UsFederalClosures, closures);
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingTheIds()
    {
        var error = Assert.Throws<HolidayCalendarNotFoundException>(() => HolidayCalendars.Get("UK"));
        Assert.Equal("UK", error.Id);
        Assert.StartsWith("No built-in holiday calendar has the id 'UK'", error.Message);
        Assert.EndsWith("; the ids are " + string.Join(", ", HolidayCalendars.Ids) + ".", error.Message);
        Assert.False(HolidayCalendars.TryGet("UK", out HolidayCalendar? none));
        Assert.Null(none);
        Assert.Throws<ArgumentNullException>(() => HolidayCalendars.Get(null!));
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Contract_EveryYear_HolidayListsAgreeWithDayQueries(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        Assert.True(calendar.FirstSupportedYear <= calendar.LastSupportedYear);
        for (int year = calendar.FirstSupportedYear; year <= calendar.LastSupportedYear; year++)
        {
            IReadOnlyList<Holiday> holidays = calendar.GetHolidays(year);
            Assert.Same(holidays, calendar.GetHolidays(year));
            var observed = new HashSet<LocalDate>();
            Holiday? previous = null;
            foreach (Holiday holiday in holidays)
            {
                Assert.Equal(year, holiday.Date.Year);
                Assert.False(string.IsNullOrWhiteSpace(holiday.Name));
                Assert.True(Math.Abs(Period.Between(holiday.ActualDate, holiday.Date, PeriodUnits.Days).Days) <= 7, $"{holiday} is observed far from its date.");
                Assert.True(previous is null || previous.Value <= holiday, "Holidays are sorted.");
                Assert.Contains(holiday.Name, calendar.Rules.Select(r => r.Name));
                observed.Add(holiday.Date);
                previous = holiday;
            }

            // Weekend dates made working days (CN, RU) are business days unless a holiday falls on them.
            var working = calendar.Rules
                .Where(r => r.Kind == HolidayRuleKind.WorkingDays)
                .SelectMany(r => r.ExplicitDates.Where(d => r.IsInEffect(d.Year)))
                .ToHashSet();
            int businessDays = 0;
            for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
            {
                bool weekend = calendar.WeekendDays.Contains(date.DayOfWeek) && !working.Contains(date);
                Assert.Equal(observed.Contains(date), calendar.IsHoliday(date));
                Assert.Equal(!weekend && !observed.Contains(date), calendar.IsBusinessDay(date));
                businessDays += calendar.IsBusinessDay(date) ? 1 : 0;
            }

            Assert.Equal(businessDays, calendar.BusinessDaysBetween(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) + (calendar.IsBusinessDay(new LocalDate(year, 12, 31)) ? 1 : 0));
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Contract_OutsideTheSupportedYears_Throws(string id)
    {
        HolidayCalendar calendar = HolidayCalendars.Get(id);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.GetHolidays(calendar.FirstSupportedYear - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.GetHolidays(calendar.LastSupportedYear + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsBusinessDay(new LocalDate(calendar.LastSupportedYear + 1, 1, 1)));
    }
}
