using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>
/// A deliberately simple, brute-force model of holiday-rule semantics, written from the
/// specification only (never from the library's source), for property tests to compare
/// <see cref="HolidayCalendar"/> against.
/// </summary>
/// <remarks>
/// <para>
/// Everything is computed the slow, obvious way: one holiday-year and one day at a time with NodaTime
/// <see cref="LocalDate"/> arithmetic. The "global" facts (which dates are taken when a
/// <see cref="Observance.NextWeekday"/> substitute is assigned, and which dates are closures for the
/// business-day rules) are computed once over holiday-years <see cref="FirstModelledYear"/>–<see cref="LastModelledYear"/>,
/// far wider than any query; relative rules are evaluated lazily per (rule, holiday-year) and memoised.
/// </para>
/// <para>
/// Easter uses Gauss's algorithm (with its two Gregorian exceptions); Orthodox Easter uses Gauss's
/// algorithm for the Julian calendar, and the resulting Julian date is converted with NodaTime's
/// Julian calendar system rather than a hand-written 13/14-day offset.
/// </para>
/// </remarks>
public sealed class ReferenceHolidayModel
{
    /// <summary>The first holiday-year the model evaluates (well before the earliest queried year).</summary>
    public const int FirstModelledYear = 1880;

    /// <summary>The last holiday-year the model evaluates (well after the latest queried year).</summary>
    public const int LastModelledYear = 2220;

    // A holiday-year can contribute dates to calendar years a few years away (chains of DaysAfter
    // offsets, BusinessDaysBetween looking two holiday-years ahead), so each calendar year is
    // assembled from this many holiday-years either side.
    private const int HolidayYearMargin = 5;

    private readonly IReadOnlyList<HolidayRule> _rules;
    private readonly IReadOnlySet<IsoDayOfWeek> _weekend;
    private readonly bool[] _usesBusinessDays;
    private readonly Dictionary<(int Rule, int HolidayYear), IReadOnlyList<Occurrence>> _occurrences = new();
    private readonly Dictionary<int, IReadOnlyList<(string Name, LocalDate Observed, LocalDate Actual)>> _holidaysByYear = new();
    private readonly Dictionary<int, HashSet<LocalDate>> _observedByYear = new();
    private Dictionary<(int Rule, LocalDate Actual), LocalDate>? _substitutes;
    private HashSet<LocalDate>? _closures;

    /// <summary>Creates a model of the calendar made of <paramref name="rules"/> with the given weekend days.</summary>
    public ReferenceHolidayModel(IReadOnlyList<HolidayRule> rules, IReadOnlySet<IsoDayOfWeek> weekend)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(weekend);
        _rules = rules;
        _weekend = weekend;
        _usesBusinessDays = new bool[rules.Count];
        for (int i = 0; i < rules.Count; i++)
        {
            _usesBusinessDays[i] = UsesBusinessDays(rules[i], depth: 0);
        }
    }

    /// <summary>One date a rule produces in a holiday-year.</summary>
    private readonly record struct Occurrence(LocalDate Actual, LocalDate Observed);

    /// <summary>
    /// Every (name, observed date, actual date) whose observed date falls in calendar year
    /// <paramref name="year"/>, without duplicates, ordered by observed date, then name, then actual date.
    /// </summary>
    public IReadOnlyList<(string Name, LocalDate Observed, LocalDate Actual)> HolidaysObservedIn(int year)
    {
        if (_holidaysByYear.TryGetValue(year, out var cached))
        {
            return cached;
        }

        var found = new HashSet<(string Name, LocalDate Observed, LocalDate Actual)>();
        for (int holidayYear = year - HolidayYearMargin; holidayYear <= year + HolidayYearMargin; holidayYear++)
        {
            for (int i = 0; i < _rules.Count; i++)
            {
                foreach (Occurrence occurrence in Occurrences(i, holidayYear))
                {
                    if (occurrence.Observed.Year == year)
                    {
                        found.Add((_rules[i].Name, occurrence.Observed, occurrence.Actual));
                    }
                }
            }
        }

        var result = found
            .OrderBy(h => h.Observed)
            .ThenBy(h => h.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Actual)
            .ToArray();
        _holidaysByYear[year] = result;
        _observedByYear[year] = result.Select(h => h.Observed).ToHashSet();
        return result;
    }

    /// <summary>True when some rule's observed date is <paramref name="date"/> (even on a weekend day).</summary>
    public bool IsHoliday(LocalDate date)
    {
        if (!_observedByYear.ContainsKey(date.Year))
        {
            HolidaysObservedIn(date.Year);
        }

        return _observedByYear[date.Year].Contains(date);
    }

    /// <summary>True when <paramref name="date"/> is neither a weekend day nor a holiday.</summary>
    public bool IsBusinessDay(LocalDate date) => !_weekend.Contains(date.DayOfWeek) && !IsHoliday(date);

    /// <summary>Western (Gregorian) Easter Sunday by Gauss's algorithm.</summary>
    public static LocalDate WesternEaster(int year)
    {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = ((13 + (8 * k)) / 25);
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = ((19 * a) + m) % 30;
        int e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;

        // Gauss's two exceptions: 26 April becomes 19 April; 25 April becomes 18 April in some years.
        if (d == 29 && e == 6)
        {
            return new LocalDate(year, 4, 19);
        }

        if (d == 28 && e == 6 && (((11 * m) + 11) % 30) < 19)
        {
            return new LocalDate(year, 4, 18);
        }

        return new LocalDate(year, 3, 22).PlusDays(d + e);
    }

    /// <summary>Orthodox Easter Sunday: Gauss's algorithm in the Julian calendar, converted to a Gregorian date.</summary>
    public static LocalDate OrthodoxEaster(int year)
    {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int d = ((19 * a) + 15) % 30;
        int e = ((2 * b) + (4 * c) + (6 * d) + 6) % 7;
        LocalDate julian = new LocalDate(year, 3, 22, CalendarSystem.Julian).PlusDays(d + e);
        return julian.WithCalendar(CalendarSystem.Iso);
    }

    private static bool InEffect(HolidayRule rule, int holidayYear) =>
        (rule.FromYear is null || rule.FromYear <= holidayYear) && (rule.UntilYear is null || holidayYear <= rule.UntilYear);

    private static bool IsNonRelative(HolidayRule rule) => rule.Kind is
        HolidayRuleKind.Fixed or HolidayRuleKind.NthWeekday or HolidayRuleKind.Easter or
        HolidayRuleKind.OrthodoxEaster or HolidayRuleKind.Dates;

    private static bool IsBusinessDayRule(HolidayRule rule) => rule.Kind is
        HolidayRuleKind.BusinessDaysBefore or HolidayRuleKind.BusinessDaysAfter or HolidayRuleKind.BusinessDaysBetween;

    // A business-day rule, or a DaysAfter rule that refers (directly or through other DaysAfter
    // rules) to one. These count business days, and their dates are not closures for one another.
    private bool UsesBusinessDays(HolidayRule rule, int depth)
    {
        if (depth > _rules.Count)
        {
            throw new InvalidOperationException($"The references from '{rule.Name}' form a cycle.");
        }

        if (IsBusinessDayRule(rule))
        {
            return true;
        }

        return rule.Kind == HolidayRuleKind.DaysAfter
            && _rules.Where(r => r.Name == rule.ReferenceRuleName).Any(r => UsesBusinessDays(r, depth + 1));
    }

    private bool IsWeekend(LocalDate date) => _weekend.Contains(date.DayOfWeek);

    // The actual dates of a non-relative rule in a holiday-year (none when it is not in effect).
    private static IReadOnlyList<LocalDate> ActualDates(HolidayRule rule, int holidayYear)
    {
        if (!InEffect(rule, holidayYear))
        {
            return [];
        }

        switch (rule.Kind)
        {
            case HolidayRuleKind.Fixed:
                bool exists = rule.Day <= CalendarSystem.Iso.GetDaysInMonth(holidayYear, rule.Month);
                return exists ? [new LocalDate(holidayYear, rule.Month, rule.Day)] : [];

            case HolidayRuleKind.NthWeekday:
                var matches = new List<LocalDate>();
                for (var date = new LocalDate(holidayYear, rule.Month, 1); date.Month == rule.Month; date = date.PlusDays(1))
                {
                    if (date.DayOfWeek == rule.DayOfWeek)
                    {
                        matches.Add(date);
                    }
                }

                if (rule.Occurrence == -1)
                {
                    return [matches[^1]];
                }

                return rule.Occurrence <= matches.Count ? [matches[rule.Occurrence - 1]] : [];

            case HolidayRuleKind.Easter:
                return [WesternEaster(holidayYear).PlusDays(rule.Offset)];

            case HolidayRuleKind.OrthodoxEaster:
                return [OrthodoxEaster(holidayYear).PlusDays(rule.Offset)];

            case HolidayRuleKind.Dates:
                return rule.ExplicitDates.Where(d => d.Year == holidayYear).Distinct().ToArray();

            default:
                throw new InvalidOperationException($"{rule.Kind} is a relative rule.");
        }
    }

    private static bool IsSubstituted(HolidayRule rule, LocalDate actual, IReadOnlySet<IsoDayOfWeek> weekend) =>
        rule.Kind == HolidayRuleKind.Fixed && rule.Observance == Observance.NextWeekday && weekend.Contains(actual.DayOfWeek);

    // The observed date of a non-relative rule's date when it is not a NextWeekday substitute.
    private static LocalDate ObservedWithoutSubstitution(HolidayRule rule, LocalDate actual)
    {
        if (rule.Kind != HolidayRuleKind.Fixed)
        {
            return actual;
        }

        return (rule.Observance, actual.DayOfWeek) switch
        {
            (Observance.NearestWeekday, IsoDayOfWeek.Saturday) => actual.PlusDays(-1),
            (Observance.NearestWeekday, IsoDayOfWeek.Sunday) => actual.PlusDays(1),
            (Observance.SundayToMonday, IsoDayOfWeek.Sunday) => actual.PlusDays(1),
            _ => actual,
        };
    }

    // Assigns every NextWeekday substitute in the modelled years, in order of actual date: each goes to
    // the first later day that is neither a weekend day nor taken (by a non-substitute observed date of a
    // non-relative rule, or by a substitute assigned before it).
    private Dictionary<(int Rule, LocalDate Actual), LocalDate> Substitutes()
    {
        if (_substitutes is not null)
        {
            return _substitutes;
        }

        var taken = new HashSet<LocalDate>();
        var pending = new List<(int Rule, LocalDate Actual)>();
        for (int holidayYear = FirstModelledYear; holidayYear <= LastModelledYear; holidayYear++)
        {
            for (int i = 0; i < _rules.Count; i++)
            {
                if (!IsNonRelative(_rules[i]))
                {
                    continue;
                }

                foreach (LocalDate actual in ActualDates(_rules[i], holidayYear))
                {
                    if (IsSubstituted(_rules[i], actual, _weekend))
                    {
                        pending.Add((i, actual));
                    }
                    else
                    {
                        taken.Add(ObservedWithoutSubstitution(_rules[i], actual));
                    }
                }
            }
        }

        var substitutes = new Dictionary<(int Rule, LocalDate Actual), LocalDate>();
        foreach (var (rule, actual) in pending.OrderBy(p => p.Actual).ThenBy(p => p.Rule))
        {
            LocalDate candidate = actual.PlusDays(1);
            while (IsWeekend(candidate) || taken.Contains(candidate))
            {
                candidate = candidate.PlusDays(1);
            }

            substitutes[(rule, actual)] = candidate;
            taken.Add(candidate);
        }

        _substitutes = substitutes;
        return substitutes;
    }

    // The closures the business-day rules see: every observed date of the rules that do not use business days.
    private HashSet<LocalDate> Closures()
    {
        if (_closures is not null)
        {
            return _closures;
        }

        var closures = new HashSet<LocalDate>();
        for (int holidayYear = FirstModelledYear; holidayYear <= LastModelledYear; holidayYear++)
        {
            for (int i = 0; i < _rules.Count; i++)
            {
                if (!_usesBusinessDays[i])
                {
                    closures.UnionWith(Occurrences(i, holidayYear).Select(o => o.Observed));
                }
            }
        }

        _closures = closures;
        return closures;
    }

    private bool IsBusinessDayForRules(LocalDate date) => !IsWeekend(date) && !Closures().Contains(date);

    // The rule called `name` that is in effect in the holiday-year (rules sharing a name never overlap).
    private int? Resolve(string name, int holidayYear)
    {
        int? found = null;
        for (int i = 0; i < _rules.Count; i++)
        {
            if (_rules[i].Name == name && InEffect(_rules[i], holidayYear))
            {
                if (found is not null)
                {
                    throw new InvalidOperationException($"Two rules called '{name}' are in effect in {holidayYear}.");
                }

                found = i;
            }
        }

        return found;
    }

    // The observed date of the (single-date) rule called `name` in the holiday-year, if any.
    private LocalDate? ObservedOf(string name, int holidayYear)
    {
        int? rule = Resolve(name, holidayYear);
        if (rule is null)
        {
            return null;
        }

        IReadOnlyList<Occurrence> occurrences = Occurrences(rule.Value, holidayYear);
        return occurrences.Count == 0 ? null : occurrences[0].Observed;
    }

    private IReadOnlyList<Occurrence> Occurrences(int ruleIndex, int holidayYear)
    {
        if (holidayYear < FirstModelledYear || holidayYear > LastModelledYear)
        {
            throw new InvalidOperationException($"Holiday-year {holidayYear} is outside the modelled years.");
        }

        if (_occurrences.TryGetValue((ruleIndex, holidayYear), out var cached))
        {
            return cached;
        }

        IReadOnlyList<Occurrence> result = Evaluate(ruleIndex, holidayYear);
        _occurrences[(ruleIndex, holidayYear)] = result;
        return result;
    }

    private IReadOnlyList<Occurrence> Evaluate(int ruleIndex, int holidayYear)
    {
        HolidayRule rule = _rules[ruleIndex];
        if (IsNonRelative(rule))
        {
            return ActualDates(rule, holidayYear)
                .Select(actual => new Occurrence(
                    actual,
                    IsSubstituted(rule, actual, _weekend) ? Substitutes()[(ruleIndex, actual)] : ObservedWithoutSubstitution(rule, actual)))
                .ToArray();
        }

        if (!InEffect(rule, holidayYear))
        {
            return [];
        }

        LocalDate? reference = ObservedOf(rule.ReferenceRuleName!, holidayYear);
        if (reference is null)
        {
            return [];
        }

        LocalDate start = reference.Value;
        switch (rule.Kind)
        {
            case HolidayRuleKind.DaysAfter:
                LocalDate shifted = start.PlusDays(rule.Offset);
                return [new Occurrence(shifted, shifted)];

            case HolidayRuleKind.BusinessDaysBefore:
            case HolidayRuleKind.BusinessDaysAfter:
                int step = rule.Kind == HolidayRuleKind.BusinessDaysAfter ? 1 : -1;
                LocalDate date = start;
                int counted = 0;
                while (counted < rule.Count)
                {
                    date = date.PlusDays(step);
                    if (IsBusinessDayForRules(date))
                    {
                        counted++;
                    }
                }

                return [new Occurrence(date, date)];

            case HolidayRuleKind.BusinessDaysBetween:
                LocalDate? end = null;
                for (int toYear = holidayYear; toYear <= holidayYear + 2; toYear++)
                {
                    LocalDate? candidate = ObservedOf(rule.EndReferenceRuleName!, toYear);
                    if (candidate > start && (end is null || candidate < end))
                    {
                        end = candidate;
                    }
                }

                if (end is null)
                {
                    return [];
                }

                var between = new List<Occurrence>();
                for (LocalDate day = start.PlusDays(1); day < end.Value; day = day.PlusDays(1))
                {
                    if (IsBusinessDayForRules(day))
                    {
                        between.Add(new Occurrence(day, day));
                    }
                }

                return between;

            default:
                throw new InvalidOperationException($"Unexpected rule kind {rule.Kind}.");
        }
    }
}
