using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars;

/// <summary>
/// The built-in holiday calendars, and lookup by id so configuration can name one ("US-FEDERAL").
/// </summary>
/// <remarks>
/// Built-in calendars are created once and shared; like every <see cref="HolidayCalendar"/> they
/// are immutable and thread-safe. Ids compare case-insensitively (ordinal).
/// </remarks>
public static class HolidayCalendars
{
    /// <summary>The id of <see cref="UsFederal"/>: "US-FEDERAL".</summary>
    public const string UsFederalId = "US-FEDERAL";

    /// <summary>The id of <see cref="UsFederalClosures"/>: "US-FEDERAL-CLOSURES".</summary>
    public const string UsFederalClosuresId = "US-FEDERAL-CLOSURES";

    private static readonly Dictionary<string, HolidayCalendar> s_byId;

    static HolidayCalendars()
    {
        UsFederal = CreateUsFederal();
        UsFederalClosures = CreateUsFederalClosures(UsFederal);
        s_byId = new Dictionary<string, HolidayCalendar>(StringComparer.OrdinalIgnoreCase)
        {
            [UsFederalId] = UsFederal,
            [UsFederalClosuresId] = UsFederalClosures,
        };
        Ids = new ReadOnlyCollection<string>(new[] { UsFederalId, UsFederalClosuresId });
    }

    /// <summary>
    /// Gets the legal public holidays of the United States (5 U.S.C. 6103(a)) with the observance
    /// rules of 5 U.S.C. 6103(b) as OPM applies them, Saturday and Sunday weekends, exact for 1971–2199.
    /// </summary>
    /// <remarks>
    /// <para>One rule a line, with its source (rule names are the statutory names, so other rules can count from them):</para>
    /// <list type="bullet">
    /// <item>New Year's Day — 1 January (6103(a)).</item>
    /// <item>Birthday of Martin Luther King, Jr. — third Monday in January, from 1986 (Pub. L. 98-144).</item>
    /// <item>Washington's Birthday — third Monday in February, from 1971 (Uniform Monday Holiday Act, Pub. L. 90-363).</item>
    /// <item>Memorial Day — last Monday in May, from 1971 (Pub. L. 90-363).</item>
    /// <item>Juneteenth National Independence Day — 19 June, from 2021 (Pub. L. 117-17).</item>
    /// <item>Independence Day — 4 July (6103(a)).</item>
    /// <item>Labor Day — first Monday in September (6103(a)).</item>
    /// <item>Columbus Day — second Monday in October, from 1971 (Pub. L. 90-363).</item>
    /// <item>Veterans Day — fourth Monday in October 1971–1977 (Pub. L. 90-363), 11 November from 1978 (Pub. L. 94-97).</item>
    /// <item>Thanksgiving Day — fourth Thursday in November (6103(a); since 1942).</item>
    /// <item>Christmas Day — 25 December (6103(a)).</item>
    /// </list>
    /// <para>
    /// Observance (6103(b), OPM's "Federal Holidays" page): a holiday on a Saturday is observed on the
    /// Friday before, one on a Sunday on the Monday after. So New Year's Day on a Saturday is observed
    /// on Friday 31 December of the previous year (1999-12-31, 2010-12-31, 2021-12-31), and Juneteenth
    /// 2021 (a Saturday) on Friday 18 June. Other institutions differ on purpose: the Federal Reserve
    /// does not move Saturday holidays to Friday, so this calendar is not a bank-holiday calendar.
    /// Inauguration Day (6103(c), Washington DC area only) and executive-order closures are not
    /// included; see <see cref="UsFederalClosures"/>.
    /// </para>
    /// <para>Supported years: 1971–2199; any other year is an <see cref="ArgumentOutOfRangeException"/>.</para>
    /// </remarks>
    public static HolidayCalendar UsFederal { get; }

    /// <summary>
    /// Gets <see cref="UsFederal"/> plus the whole-day closures of executive departments ordered by the
    /// President (days of mourning, Christmas Eve, the day after Christmas), 1971–2199. Opt-in: these
    /// are one-off dates, not rules, and the list grows as new orders are issued.
    /// </summary>
    /// <remarks>
    /// <para>The one-off closures, each a <see cref="HolidayRule.Dates"/> rule:</para>
    /// <list type="bullet">
    /// <item>National Day of Mourning for Richard Nixon — 1994-04-27.</item>
    /// <item>National Day of Mourning for Ronald Reagan — 2004-06-11.</item>
    /// <item>National Day of Mourning for Gerald R. Ford — 2007-01-02.</item>
    /// <item>National Day of Mourning for George H. W. Bush — 2018-12-05 (EO 13852).</item>
    /// <item>National Day of Mourning for Jimmy Carter — 2025-01-09 (EO 14133).</item>
    /// <item>Christmas Eve (executive order) — 2001, 2007 (EO 13453), 2012 (EO 13633), 2018 (EO 13854), 2019 (EO 13900), 2020 (EO 13965), 2024 (EO 14129), 2025 (EO 14371).</item>
    /// <item>Day after Christmas (executive order) — 1997, 2003, 2008, 2014 (EO 13682), 2025 (EO 14371).</item>
    /// </list>
    /// <para>
    /// Half-day closures (Christmas Eve 1998, 2002, 2009 and 2015: the last half of the workday) are
    /// not whole days off and are not in this calendar; they are business-hours overrides.
    /// </para>
    /// </remarks>
    public static HolidayCalendar UsFederalClosures { get; }

    /// <summary>Gets the ids of the built-in calendars.</summary>
    public static IReadOnlyList<string> Ids { get; }

    /// <summary>Returns the built-in calendar with the id <paramref name="id"/>.</summary>
    /// <param name="id">The id, compared case-insensitively; see <see cref="Ids"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="HolidayCalendarNotFoundException">No built-in calendar has the id.</exception>
    public static HolidayCalendar Get(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        if (!s_byId.TryGetValue(id, out HolidayCalendar? calendar))
        {
            throw new HolidayCalendarNotFoundException(id, Preconditions.Format(
                "No built-in holiday calendar has the id '{0}'; the ids are {1}.", id, string.Join(", ", Ids)));
        }

        return calendar;
    }

    /// <summary>Looks up the built-in calendar with the id <paramref name="id"/>.</summary>
    /// <param name="id">The id, compared case-insensitively.</param>
    /// <param name="calendar">The calendar when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a built-in calendar has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static bool TryGet(string id, [NotNullWhen(true)] out HolidayCalendar? calendar)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return s_byId.TryGetValue(id, out calendar);
    }

    private static HolidayCalendar CreateUsFederal()
    {
        HolidayRule[] rules =
        {
            HolidayRule.Fixed("New Year's Day", 1, 1, Observance.NearestWeekday),
            HolidayRule.NthWeekday("Birthday of Martin Luther King, Jr.", 1, IsoDayOfWeek.Monday, 3).From(1986),
            HolidayRule.NthWeekday("Washington's Birthday", 2, IsoDayOfWeek.Monday, 3).From(1971),
            HolidayRule.NthWeekday("Memorial Day", 5, IsoDayOfWeek.Monday, -1).From(1971),
            HolidayRule.Fixed("Juneteenth National Independence Day", 6, 19, Observance.NearestWeekday).From(2021),
            HolidayRule.Fixed("Independence Day", 7, 4, Observance.NearestWeekday),
            HolidayRule.NthWeekday("Labor Day", 9, IsoDayOfWeek.Monday, 1),
            HolidayRule.NthWeekday("Columbus Day", 10, IsoDayOfWeek.Monday, 2).From(1971),
            HolidayRule.NthWeekday("Veterans Day", 10, IsoDayOfWeek.Monday, 4).From(1971).Until(1977),
            HolidayRule.Fixed("Veterans Day", 11, 11, Observance.NearestWeekday).From(1978),
            HolidayRule.NthWeekday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4),
            HolidayRule.Fixed("Christmas Day", 12, 25, Observance.NearestWeekday),
        };
        return HolidayCalendar.Create(rules).WithSupportedYears(1971, 2199);
    }

    private static HolidayCalendar CreateUsFederalClosures(HolidayCalendar federal)
        => federal.With(
            HolidayRule.Dates("National Day of Mourning for Richard Nixon", new LocalDate(1994, 4, 27)),
            HolidayRule.Dates("National Day of Mourning for Ronald Reagan", new LocalDate(2004, 6, 11)),
            HolidayRule.Dates("National Day of Mourning for Gerald R. Ford", new LocalDate(2007, 1, 2)),
            HolidayRule.Dates("National Day of Mourning for George H. W. Bush", new LocalDate(2018, 12, 5)),
            HolidayRule.Dates("National Day of Mourning for Jimmy Carter", new LocalDate(2025, 1, 9)),
            HolidayRule.Dates(
                "Christmas Eve (executive order)",
                new LocalDate(2001, 12, 24),
                new LocalDate(2007, 12, 24),
                new LocalDate(2012, 12, 24),
                new LocalDate(2018, 12, 24),
                new LocalDate(2019, 12, 24),
                new LocalDate(2020, 12, 24),
                new LocalDate(2024, 12, 24),
                new LocalDate(2025, 12, 24)),
            HolidayRule.Dates(
                "Day after Christmas (executive order)",
                new LocalDate(1997, 12, 26),
                new LocalDate(2003, 12, 26),
                new LocalDate(2008, 12, 26),
                new LocalDate(2014, 12, 26),
                new LocalDate(2025, 12, 26)));
}
