using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// The observances added for Korea, Japan and New Zealand, and days between holidays, on published holiday lists (sources
/// at each test), each checked against <see cref="SubstituteHolidayModel"/> as well where the model covers the rules.
/// </summary>
public sealed partial class ObservanceTests
{
    // Korea's substitute holidays (Regulations on Holidays of Government Offices, art. 3): Seollal and Chuseok move from a
    // Sunday or a shared date, the other days from a weekend day or a shared date.
    private static readonly HolidayCalendar s_korea = HolidayCalendar.Create(new[]
    {
        HolidayRule.Fixed("Children's Day", 5, 5, Observance.NextWeekdayWhenWeekendOrShared),
        HolidayRule.Fixed("National Foundation Day", 10, 3, Observance.NextWeekdayWhenWeekendOrShared),
        HolidayRule.Fixed("Hangul Day", 10, 9, Observance.NextWeekdayWhenWeekendOrShared),
        HolidayRule.Lunisolar("Day before Seollal", LunisolarCalendar.Korean, 1, 1, -1).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
        HolidayRule.Lunisolar("Seollal", LunisolarCalendar.Korean, 1, 1).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
        HolidayRule.Lunisolar("Day after Seollal", LunisolarCalendar.Korean, 1, 1, 1).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
        HolidayRule.Lunisolar("Day before Chuseok", LunisolarCalendar.Korean, 8, 15, -1).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
        HolidayRule.Lunisolar("Chuseok", LunisolarCalendar.Korean, 8, 15).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
        HolidayRule.Lunisolar("Day after Chuseok", LunisolarCalendar.Korean, 8, 15, 1).WithObservance(Observance.NextWeekdayWhenSundayOrShared),
    }).WithSupportedYears(1990, 2050);

    // Japan from 2007 (Act on National Holidays, art. 3): a Sunday holiday moves to the next day that is no holiday; a day
    // between two holidays is a holiday (the Citizens' Holiday).
    private static readonly HolidayRule[] s_japanRules =
    [
        HolidayRule.Fixed("Showa Day", 4, 29, Observance.SundayToNextNonHoliday),
        HolidayRule.Fixed("Constitution Memorial Day", 5, 3, Observance.SundayToNextNonHoliday),
        HolidayRule.Fixed("Greenery Day", 5, 4, Observance.SundayToNextNonHoliday),
        HolidayRule.Fixed("Children's Day", 5, 5, Observance.SundayToNextNonHoliday),
        HolidayRule.NthWeekday("Respect for the Aged Day", 9, IsoDayOfWeek.Monday, 3).WithObservance(Observance.SundayToNextNonHoliday),
        HolidayRule.Dates("Enthronement Day", new LocalDate(2019, 5, 1)).WithObservance(Observance.SundayToNextNonHoliday),
        HolidayRule.DayBetweenHolidays("Citizens' Holiday"),
    ];

    private static readonly HolidayCalendar s_japan = HolidayCalendar.Create(
        s_japanRules.Append(HolidayRule.Equinox("Autumnal Equinox Day", 9, Offset.FromHours(9)).WithObservance(Observance.SundayToNextNonHoliday)));

    private static readonly IReadOnlySet<IsoDayOfWeek> s_saturdaySunday = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    [Fact]
    public void NextWeekdayWhenSundayOrShared_Seollal2023OnSunday_SkipsTheDayAfterSeollalToTuesday()
    {
        // Seollal 2023 was Sunday 22 January: 21 (Sat), 22 (Sun), 23 (Mon) and the substitute Tuesday 24 January; Monday 23 is
        // the next weekday but the actual date of a holiday still to come (KASI 2023 calendar; news reports of the 21–24 break).
        AssertHolidays(
            s_korea.GetHolidays(2023).Where(h => h.Date.Month == 1),
            "2023-01-21 Day before Seollal (2023-01-21)",
            "2023-01-23 Day after Seollal (2023-01-23)",
            "2023-01-24 Seollal (2023-01-22)");
    }

    [Fact]
    public void NextWeekdayWhenSundayOrShared_Seollal2024OnSaturday_StaysAndTheSundayMoves()
    {
        // Seollal 2024 was Saturday 10 February (it stays); the day after, Sunday 11, moved to Monday 12. Children's Day, Sunday
        // 5 May, moved to Monday 6 May (published 2024 Korean holiday lists).
        AssertHolidays(
            s_korea.GetHolidays(2024).Where(h => h.Date.Month is 2 or 5),
            "2024-02-09 Day before Seollal (2024-02-09)",
            "2024-02-10 Seollal (2024-02-10)",
            "2024-02-12 Day after Seollal (2024-02-11)",
            "2024-05-06 Children's Day (2024-05-05)");
    }

    [Fact]
    public void NextWeekdayWhenSundayOrShared_DayBeforeChuseok2025OnSunday_MovesPastChuseokToWednesday()
    {
        // 2025: National Foundation Day Friday 3 October; Chuseok Monday 6; the day before, Sunday 5, moved to Wednesday 8 (Monday 6
        // and Tuesday 7 are Chuseok and the day after); Hangul Day Thursday 9 (KASI 2025 calendar, 10/8 substitute holiday).
        AssertHolidays(
            s_korea.GetHolidays(2025).Where(h => h.Date.Month == 10),
            "2025-10-03 National Foundation Day (2025-10-03)",
            "2025-10-06 Chuseok (2025-10-06)",
            "2025-10-07 Day after Chuseok (2025-10-07)",
            "2025-10-08 Day before Chuseok (2025-10-05)",
            "2025-10-09 Hangul Day (2025-10-09)");
    }

    [Fact]
    public void NextWeekdayWhenSundayOrShared_Chuseok2028SharedWithNationalFoundationDay_MovesToThursday()
    {
        // Chuseok 2028 falls on Tuesday 3 October, National Foundation Day, an earlier rule: it moves to Thursday 5 (Wednesday 4
        // is the day after Chuseok) — "5일(목)은 대체공휴일" in the Korean press's reading of the KASI calendar.
        AssertHolidays(
            s_korea.GetHolidays(2028).Where(h => h.Date.Month == 10 && h.Date.Day < 9),
            "2028-10-02 Day before Chuseok (2028-10-02)",
            "2028-10-03 National Foundation Day (2028-10-03)",
            "2028-10-04 Day after Chuseok (2028-10-04)",
            "2028-10-05 Chuseok (2028-10-03)");
    }

    [Fact]
    public void NextWeekdayWhenSundayOrShared_DayBeforeChuseok2017SharedWithNationalFoundationDay_MovesToFriday()
    {
        // 2017: the day before Chuseok was Tuesday 3 October, National Foundation Day; Chuseok 4, the day after 5; the substitute
        // holiday was Friday 6 October (KASI 2017 calendar).
        AssertHolidays(
            s_korea.GetHolidays(2017).Where(h => h.Date.Month == 10 && h.Date.Day < 9),
            "2017-10-03 National Foundation Day (2017-10-03)",
            "2017-10-04 Chuseok (2017-10-04)",
            "2017-10-05 Day after Chuseok (2017-10-05)",
            "2017-10-06 Day before Chuseok (2017-10-03)");
    }

    [Fact]
    public void NextWeekdayWhenWeekendOrShared_TwoRulesOnOneDate_GiveOneSubstituteDay()
    {
        // Children's Day and Buddha's Birthday both fell on Monday 5 May 2025: the later rule's holiday moved to Tuesday 6 May.
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Children's Day", 5, 5, Observance.NextWeekdayWhenWeekendOrShared),
            HolidayRule.Lunisolar("Buddha's Birthday", LunisolarCalendar.Korean, 4, 8).WithObservance(Observance.NextWeekdayWhenWeekendOrShared),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules).WithSupportedYears(1990, 2050);

        AssertHolidays(
            calendar.GetHolidays(2025),
            "2025-05-05 Children's Day (2025-05-05)",
            "2025-05-06 Buddha's Birthday (2025-05-05)");
    }

    // The documentation of NextWeekdayWhenWeekendOrShared: "An earlier holiday: one that stays on its date whatever else falls
    // there (... its observance is NextWeekday or SundayToNextNonHoliday and does not move it on this date)". The later rule's
    // holiday cannot move from Tuesday 5 May 2026, so it holds the date and the first rule's holiday moves to Wednesday 6 May:
    // two holidays on one date, one substitute day.
    [Theory]
    [InlineData(Observance.NextWeekday)]
    [InlineData(Observance.SundayToNextNonHoliday)]
    public void NextWeekdayWhenWeekendOrShared_SharedWithALaterRuleThatCannotMove_MovesAsDocumented(Observance later)
    {
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("First", 5, 5, Observance.NextWeekdayWhenWeekendOrShared),
            HolidayRule.Fixed("Second", 5, 5, later),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);
        var model = new SubstituteHolidayModel(rules, s_saturdaySunday);
        string[] documented = ["2026-05-05 Second (2026-05-05)", "2026-05-06 First (2026-05-05)"];

        Assert.Equal(documented, model.HolidaysObservedIn(2026).OrderBy(h => h.Observed).Select(h => h.ToString()));
        AssertHolidays(calendar.GetHolidays(2026), documented);
    }

    [Fact]
    public void SundayToNextNonHoliday_GoldenWeek2020_ConstitutionDayOnSundayMovesToWednesday()
    {
        // 2020: Constitution Memorial Day Sunday 3 May; 4 and 5 May are holidays themselves, so the substitute is Wednesday 6 May
        // (Cabinet Office list of national holidays 2020).
        AssertHolidays(
            s_japan.GetHolidays(2020).Where(h => h.Date.Month == 5),
            "2020-05-04 Greenery Day (2020-05-04)",
            "2020-05-05 Children's Day (2020-05-05)",
            "2020-05-06 Constitution Memorial Day (2020-05-03)");
        AssertMatchesModel(s_japanRules, 2020);
    }

    [Fact]
    public void DayBetweenHolidays_GoldenWeek2019_MakesTenDaysOff()
    {
        // 2019: Showa Day Monday 29 April, Enthronement Day 1 May (Act No. 99 of 2018), Constitution Memorial Day 3 May: 30 April
        // and 2 May lie between holidays and became holidays; Children's Day Sunday 5 May moved to Monday 6 May (Cabinet Office).
        AssertHolidays(
            s_japan.GetHolidays(2019).Where(h => h.Date.Month is 4 or 5),
            "2019-04-29 Showa Day (2019-04-29)",
            "2019-04-30 Citizens' Holiday (2019-04-30)",
            "2019-05-01 Enthronement Day (2019-05-01)",
            "2019-05-02 Citizens' Holiday (2019-05-02)",
            "2019-05-03 Constitution Memorial Day (2019-05-03)",
            "2019-05-04 Greenery Day (2019-05-04)",
            "2019-05-06 Children's Day (2019-05-05)");
        AssertMatchesModel(s_japanRules, 2019);
    }

    [Theory]
    [InlineData(2009)]
    [InlineData(2015)]
    [InlineData(2026)]
    public void DayBetweenHolidays_SilverWeek_TuesdayBetweenRespectForTheAgedAndTheEquinoxIsAHoliday(int year)
    {
        // Respect for the Aged Day Monday 21 September and the Autumnal Equinox Day Wednesday 23 September: Tuesday 22 is a
        // holiday (NAOJ's almanac for 2026, published 3 February 2025: "22日が ... 休日になる").
        AssertHolidays(
            s_japan.GetHolidays(year).Where(h => h.Date.Month == 9),
            $"{year}-09-21 Respect for the Aged Day ({year}-09-21)",
            $"{year}-09-22 Citizens' Holiday ({year}-09-22)",
            $"{year}-09-23 Autumnal Equinox Day ({year}-09-23)");
        Assert.False(s_japan.IsBusinessDay(new LocalDate(year, 9, 22)));
    }

    [Fact]
    public void DayBetweenHolidays_OnAWeekend_IsAHolidayToo()
    {
        // Weekend dates are included: holidays on Friday 4 and Sunday 6 September 2026 make Saturday 5 one.
        HolidayRule[] rules = [HolidayRule.Fixed("A", 9, 4), HolidayRule.Fixed("B", 9, 6), HolidayRule.DayBetweenHolidays("Between")];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);

        Assert.Contains(new Holiday("Between", new LocalDate(2026, 9, 5), new LocalDate(2026, 9, 5)), calendar.GetHolidays(2026));
        AssertMatchesModel(rules, 2026);
    }

    [Fact]
    public void DayBetweenHolidays_NeighbourOnlyObservedThere_IsNoReason()
    {
        // The neighbours must be actual dates: Saturday 4 July 2026 is observed on Friday 3 (NearestWeekday), so Thursday 2 July,
        // between an actual date (1 July) and an observed-only date, is no holiday; Sunday 5 July, between Saturday 4's actual
        // date and Monday 6, is one.
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Canada Day", 7, 1),
            HolidayRule.Fixed("Independence Day", 7, 4, Observance.NearestWeekday),
            HolidayRule.Fixed("Monday", 7, 6),
            HolidayRule.DayBetweenHolidays("Between"),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);

        Assert.DoesNotContain(calendar.GetHolidays(2026), h => h.Date == new LocalDate(2026, 7, 2));
        Assert.Contains(new Holiday("Between", new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 5)), calendar.GetHolidays(2026));
        AssertMatchesModel(rules, 2026);
    }

    [Fact]
    public void DayBetweenHolidays_DayOfARelativeHoliday_IsNoDayBetween()
    {
        // "Every date that is not itself a holiday": 4 May 2026 lies between the actual dates 3 and 5 May, but it is itself a
        // holiday, the day after 3 May (a DaysAfter rule), so no day between holidays falls there.
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Third", 5, 3),
            HolidayRule.Fixed("Fifth", 5, 5),
            HolidayRule.DaysAfter("Day after the third", "Third", 1),
            HolidayRule.DayBetweenHolidays("Between"),
        ];

        AssertHolidays(
            HolidayCalendar.Create(rules).GetHolidays(2026),
            "2026-05-03 Third (2026-05-03)",
            "2026-05-04 Day after the third (2026-05-04)",
            "2026-05-05 Fifth (2026-05-05)");
    }

    [Fact]
    public void DayBetweenHolidays_AcrossTheTurnOfTheYear_IsListedInItsYear()
    {
        // 31 December 2026 lies between 30 December and New Year's Day 2027.
        HolidayRule[] rules = [HolidayRule.Fixed("Thirtieth", 12, 30), HolidayRule.Fixed("New Year's Day", 1, 1), HolidayRule.DayBetweenHolidays("Between")];

        Assert.Contains(new Holiday("Between", new LocalDate(2026, 12, 31), new LocalDate(2026, 12, 31)), HolidayCalendar.Create(rules).GetHolidays(2026));
        AssertMatchesModel(rules, 2026);
    }

    [Fact]
    public void SundayToNextNonHoliday_WeekAfterFullOfHolidays_LandsOnSaturday()
    {
        // Weekend days are allowed targets: Sunday 3 May 2026 with holidays Monday 4 to Friday 8 is observed on Saturday 9, where
        // the Korean observance goes on to Monday 11.
        HolidayRule week = HolidayRule.Dates("Week", new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 5), new LocalDate(2026, 5, 6), new LocalDate(2026, 5, 7), new LocalDate(2026, 5, 8));
        HolidayRule[] japanese = [HolidayRule.Fixed("Sunday", 5, 3, Observance.SundayToNextNonHoliday), week];
        HolidayRule[] korean = [HolidayRule.Fixed("Sunday", 5, 3, Observance.NextWeekdayWhenSundayOrShared), week];

        Assert.Contains(new Holiday("Sunday", new LocalDate(2026, 5, 9), new LocalDate(2026, 5, 3)), HolidayCalendar.Create(japanese).GetHolidays(2026));
        Assert.Contains(new Holiday("Sunday", new LocalDate(2026, 5, 11), new LocalDate(2026, 5, 3)), HolidayCalendar.Create(korean).GetHolidays(2026));
        AssertMatchesModel(japanese, 2026);
        AssertMatchesModel(korean, 2026);
    }

    [Theory]
    [InlineData(2021, "2021-02-08", "2021-04-26")] // Waitangi Day Saturday, ANZAC Day Sunday
    [InlineData(2022, "2022-02-07", "2022-04-25")] // Waitangi Day Sunday, ANZAC Day Monday
    [InlineData(2026, "2026-02-06", "2026-04-27")] // Waitangi Day Friday, ANZAC Day Saturday
    public void WeekendToMonday_NewZealandMondayisation_MovesSaturdayAndSundayToMonday(int year, string waitangi, string anzac)
    {
        // Holidays Act 2003 s. 45A (from 2014): Waitangi Day and ANZAC Day on a Saturday or Sunday are observed on the Monday after.
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Waitangi Day", 2, 6, Observance.WeekendToMonday),
            HolidayRule.Fixed("ANZAC Day", 4, 25, Observance.WeekendToMonday),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules);

        Assert.Equal(
            [ReferenceData.Date(waitangi), ReferenceData.Date(anzac)],
            calendar.GetHolidays(year).Select(h => h.Date));
        AssertMatchesModel(rules, year);
    }

    [Fact]
    public void WeekendToMonday_MondayTakenByAnotherHoliday_StillMovesThere()
    {
        // "Whatever else falls on it": Sunday 6 February 2022 and a Monday holiday share Monday 7 February.
        HolidayRule[] rules = [HolidayRule.Fixed("Waitangi Day", 2, 6, Observance.WeekendToMonday), HolidayRule.Fixed("Other", 2, 7)];

        AssertHolidays(HolidayCalendar.Create(rules).GetHolidays(2022), "2022-02-07 Waitangi Day (2022-02-06)", "2022-02-07 Other (2022-02-07)");
        AssertMatchesModel(rules, 2022);
    }

    [Fact]
    public void NextWeekdayWhenWeekendOrShared_FridaySaturdayWeekend_MovesFridayToSunday()
    {
        // With a Friday–Saturday weekend a Friday holiday moves to Sunday, the first day that is neither weekend nor holiday;
        // the Sunday-only observance leaves a Friday alone.
        var weekend = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday };
        HolidayRule[] rules =
        [
            HolidayRule.Fixed("Weekend or shared", 5, 1, Observance.NextWeekdayWhenWeekendOrShared),
            HolidayRule.Fixed("Sunday or shared", 5, 8, Observance.NextWeekdayWhenSundayOrShared),
        ];
        HolidayCalendar calendar = HolidayCalendar.Create(rules, weekend);

        AssertHolidays(
            calendar.GetHolidays(2026),
            "2026-05-03 Weekend or shared (2026-05-01)",
            "2026-05-08 Sunday or shared (2026-05-08)");
        AssertMatchesModel(rules, 2026, weekend);
    }

    private static void AssertHolidays(IEnumerable<Holiday> holidays, params string[] expected)
        => Assert.Equal(expected, holidays.Select(h => ModelHoliday.Format(h.Name, h.LocalName, h.Date, h.ActualDate)));

    private static void AssertMatchesModel(IReadOnlyList<HolidayRule> rules, int year, IReadOnlySet<IsoDayOfWeek>? weekend = null)
    {
        weekend ??= s_saturdaySunday;
        var model = new SubstituteHolidayModel(rules, weekend);
        Assert.Equal(model.HolidaysObservedIn(year).Select(h => h.ToString()), Format(HolidayCalendar.Create(rules, weekend).GetHolidays(year)));
    }
}
