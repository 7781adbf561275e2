using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>
/// FsCheck generators of small calendars where holidays collide: 2–8 fixed, n-th weekday, explicit-date and Easter rules whose
/// dates crowd into one fortnight (sometimes across the turn of the year), each with one of the eight observances or with
/// random moves, sometimes a local name or a year range; half the time a day-between-holidays rule and a third of the time a
/// working-days rule, anywhere in the list; weekend Saturday–Sunday or Friday–Saturday. Every case is valid: unique names, no
/// rule counts from another, working days are weekend days, and the few rules leave every substitute a free day within days.
/// </summary>
public static class SubstituteCalendarGenerators
{
    private static readonly IsoDayOfWeek[] s_days =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    private static readonly IReadOnlySet<IsoDayOfWeek> s_saturdaySunday = new SortedSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    private static readonly IReadOnlySet<IsoDayOfWeek> s_fridaySaturday = new SortedSet<IsoDayOfWeek> { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday };

    /// <summary>The arbitrary cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<SubstituteCalendarCase> Calendars() => Arb.From(CaseGen(), Shrink);

    private static Gen<SubstituteCalendarCase> CaseGen() =>
        from year in Gen.Choose(1993, 2196)
        from weekend in Gen.Frequency((3, Gen.Constant(s_saturdaySunday)), (1, Gen.Constant(s_fridaySaturday)))
        from focus in Focus(year)
        from count in Gen.Choose(2, 8)
        from makers in Gen.ArrayOf(StandAlone(focus), count)
        from betweenAt in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, count)))
        from workingAt in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, count)))
        from workingPicks in Gen.ArrayOf(Gen.Choose(-7, 18), 3)
        from asWeekday in Gen.Elements(s_days)
        select Assemble(year, weekend, focus, makers, betweenAt, workingAt, workingPicks, asWeekday);

    // The first day of the fortnight the dates crowd into, in the checked year; 1 in 6 starts on 22 December.
    private static Gen<LocalDate> Focus(int year) =>
        Gen.Frequency(
            (5, from dayOfYear in Gen.Choose(0, 350) select new LocalDate(year, 1, 1).PlusDays(dayOfYear)),
            (1, Gen.Constant(new LocalDate(year, 12, 22))));

    // A stand-alone rule, given its name: its dates, its observance or moves, and sometimes a local name and a year range.
    private static Gen<Func<string, HolidayRule>> StandAlone(LocalDate focus) =>
        from kind in Gen.Frequency((6, Gen.Constant(HolidayRuleKind.Fixed)), (3, Gen.Constant(HolidayRuleKind.NthWeekday)), (2, Gen.Constant(HolidayRuleKind.Dates)), (1, Gen.Constant(HolidayRuleKind.Easter)))
        from offset in Gen.Choose(0, 13)
        from dayOfWeek in Gen.Elements(s_days)
        from occurrence in Gen.Elements(1, 2, 3, 4, 5, -1)
        from easterOffset in Gen.Choose(-3, 3)
        from dateCount in Gen.Choose(1, 4)
        from dateOffsets in Gen.ArrayOf(Gen.Choose(0, 13), 4)
        from dateYears in Gen.ArrayOf(Gen.Choose(-1, 1), 4)
        from observing in Observing()
        from local in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from range in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from rangeShift in Gen.Choose(-1, 1)
        select (Func<string, HolidayRule>)(name =>
        {
            LocalDate day = focus.PlusDays(offset);
            HolidayRule rule = kind switch
            {
                HolidayRuleKind.Fixed => HolidayRule.Fixed(name, day.Month, day.Day),
                HolidayRuleKind.NthWeekday => HolidayRule.NthWeekday(name, day.Month, dayOfWeek, occurrence),
                HolidayRuleKind.Easter => HolidayRule.Easter(name, easterOffset),
                _ => HolidayRule.Dates(name, Enumerable.Range(0, dateCount).Select(i => focus.PlusYears(dateYears[i]).PlusDays(dateOffsets[i])).ToArray()),
            };
            rule = observing(rule);
            rule = local ? rule.WithLocalName(name.ToUpperInvariant()) : rule;
            int year = focus.Year + rangeShift;
            return range switch
            {
                1 => rule.From(year),
                2 => rule.Until(year),
                _ => rule,
            };
        });

    // One of the eight observances (None twice as often), or 1–3 random moves.
    private static Gen<Func<HolidayRule, HolidayRule>> Observing() =>
        Gen.Frequency(
            (9, from observance in Gen.Elements(Enum.GetValues<Observance>().Append(Observance.None).ToArray())
                select (Func<HolidayRule, HolidayRule>)(rule => rule.WithObservance(observance))),
            (2, from count in Gen.Choose(1, 3)
                from days in Gen.ArrayOf(Gen.Elements(s_days), 3)
                from moves in Gen.ArrayOf(Gen.Choose(-6, 6), 3)
                select (Func<HolidayRule, HolidayRule>)(rule =>
                {
                    var table = new Dictionary<IsoDayOfWeek, int>();
                    for (int i = 0; i < count; i++)
                    {
                        table[days[i]] = moves[i];
                    }

                    return rule.WithMoves(table);
                })));

    private static SubstituteCalendarCase Assemble(
        int year,
        IReadOnlySet<IsoDayOfWeek> weekend,
        LocalDate focus,
        Func<string, HolidayRule>[] makers,
        int betweenAt,
        int workingAt,
        int[] workingPicks,
        IsoDayOfWeek asWeekday)
    {
        var rules = makers.Select((make, i) => make("H" + i)).ToList();
        LocalDate[] working = workingPicks.Select(p => focus.PlusDays(p)).Where(d => weekend.Contains(d.DayOfWeek)).Distinct().ToArray();
        if (workingAt >= 0 && working.Length > 0)
        {
            rules.Insert(Math.Min(workingAt, rules.Count), HolidayRule.WorkingDays("Working", asWeekday, working));
        }

        if (betweenAt >= 0)
        {
            rules.Insert(Math.Min(betweenAt, rules.Count), HolidayRule.DayBetweenHolidays("Between"));
        }

        return new SubstituteCalendarCase(rules, weekend, year);
    }

    // Smaller cases: drop one rule (no rule refers to another, so any may go).
    private static IEnumerable<SubstituteCalendarCase> Shrink(SubstituteCalendarCase calendarCase)
    {
        IReadOnlyList<HolidayRule> rules = calendarCase.Rules;
        for (int i = rules.Count - 1; i >= 0 && rules.Count > 1; i--)
        {
            yield return calendarCase with { Rules = rules.Where((_, j) => j != i).ToArray() };
        }
    }
}
