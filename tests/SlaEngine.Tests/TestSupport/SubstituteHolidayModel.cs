using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>
/// A brute-force model of stand-alone holiday rules with every <see cref="Observance"/> and with fixed moves, of
/// <see cref="HolidayRuleKind.DayBetweenHolidays"/> and of <see cref="HolidayRuleKind.WorkingDays"/>, written from the
/// documented semantics only (the XML docs of <see cref="Observance"/>, <see cref="HolidayRule.WithMoves"/>,
/// <see cref="HolidayRule.DayBetweenHolidays"/> and <see cref="HolidayRule.WorkingDays"/>, and the world spec), never
/// from the library's source.
/// </summary>
/// <remarks>
/// <para>The model, one holiday at a time with <see cref="LocalDate"/> arithmetic:</para>
/// <list type="number">
/// <item>Every stand-alone rule in effect gives its actual dates.</item>
/// <item>A holiday whose rule has no substitute observance (<see cref="Observance.None"/>, <see cref="Observance.NearestWeekday"/>,
/// <see cref="Observance.SundayToMonday"/>, <see cref="Observance.WeekendToMonday"/>, or moves) is observed where its actual
/// date's weekday says, whatever else falls there; so is one whose observance is <see cref="Observance.NextWeekday"/> or
/// <see cref="Observance.SundayToNextNonHoliday"/> and does not move it on its date (a weekday; a day other than Sunday).</item>
/// <item>The holidays whose rule has a substitute observance (<see cref="Observance.NextWeekday"/>,
/// <see cref="Observance.SundayToNextNonHoliday"/>, <see cref="Observance.NextWeekdayWhenWeekendOrShared"/>,
/// <see cref="Observance.NextWeekdayWhenSundayOrShared"/>) are given out in the order of their actual dates, ties in rule
/// order. "Shared": an earlier holiday (one of step 2, or one given out before this one) is observed on the actual date. A
/// holiday whose trigger holds moves to the first later day that is not a holiday, not the actual date of a substitute holiday
/// still to come, and (except for <see cref="Observance.SundayToNextNonHoliday"/>) not a weekend day.</item>
/// <item>A day-between-holidays rule gives every date that is neither the actual date nor the observed date of a holiday and
/// whose day before and day after are both actual dates of stand-alone holidays.</item>
/// <item>A business day is a date that is not the observed date of a holiday and either is not a weekend day or is one of a
/// working-days rule's dates.</item>
/// </list>
/// <para>
/// Each query is answered from the holiday-years three either side of it; nothing the model is given reaches further.
/// </para>
/// </remarks>
public sealed class SubstituteHolidayModel
{
    private const int MarginYears = 3;

    private readonly IReadOnlyList<HolidayRule> _rules;
    private readonly IReadOnlySet<IsoDayOfWeek> _weekend;
    private readonly Dictionary<int, IReadOnlyList<ModelHoliday>> _byYear = new();

    /// <summary>Creates the model of a calendar of <paramref name="rules"/> (only the kinds listed in the remarks) and weekend days.</summary>
    public SubstituteHolidayModel(IReadOnlyList<HolidayRule> rules, IReadOnlySet<IsoDayOfWeek> weekend)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(weekend);
        _rules = rules;
        _weekend = weekend;
    }

    /// <summary>Every holiday observed in calendar year <paramref name="year"/>, ordered by observed date, actual date and name.</summary>
    public IReadOnlyList<ModelHoliday> HolidaysObservedIn(int year)
    {
        if (!_byYear.TryGetValue(year, out IReadOnlyList<ModelHoliday>? holidays))
        {
            holidays = Evaluate(year - MarginYears, year + MarginYears)
                .Where(h => h.Observed.Year == year)
                .Distinct()
                .OrderBy(h => h.Observed)
                .ThenBy(h => h.Actual)
                .ThenBy(h => h.Name, StringComparer.Ordinal)
                .ToArray();
            _byYear[year] = holidays;
        }

        return holidays;
    }

    /// <summary>True when a holiday is observed on <paramref name="date"/>.</summary>
    public bool IsHoliday(LocalDate date) => HolidaysObservedIn(date.Year).Any(h => h.Observed == date);

    /// <summary>True when <paramref name="date"/> is no holiday's observed date and is a weekday or a working day.</summary>
    public bool IsBusinessDay(LocalDate date)
        => !IsHoliday(date) && (!_weekend.Contains(date.DayOfWeek) || _rules.Any(r => r.Kind == HolidayRuleKind.WorkingDays && r.ExplicitDates.Contains(date)));

    /// <summary>
    /// Whether a holiday on <paramref name="actual"/> waits its turn among the substitutes: a "shared" observance always, NextWeekday
    /// on a weekend day, SundayToNextNonHoliday on a Sunday.
    /// </summary>
    private bool MayMove(Observance observance, LocalDate actual) => observance switch
    {
        Observance.NextWeekday => IsWeekend(actual),
        Observance.SundayToNextNonHoliday => actual.DayOfWeek == IsoDayOfWeek.Sunday,
        Observance.NextWeekdayWhenWeekendOrShared or Observance.NextWeekdayWhenSundayOrShared => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="observance"/> gives a substitute day (waits for the holidays before it).</summary>
    public static bool IsSubstitute(Observance observance) => observance is Observance.NextWeekday or Observance.SundayToNextNonHoliday
        or Observance.NextWeekdayWhenWeekendOrShared or Observance.NextWeekdayWhenSundayOrShared;

    private static bool StandsAlone(HolidayRule rule) => rule.Kind is HolidayRuleKind.Fixed or HolidayRuleKind.NthWeekday
        or HolidayRuleKind.Easter or HolidayRuleKind.OrthodoxEaster or HolidayRuleKind.Dates;

    private static bool InEffect(HolidayRule rule, int holidayYear)
        => (rule.FromYear is null || rule.FromYear <= holidayYear) && (rule.UntilYear is null || holidayYear <= rule.UntilYear);

    private bool IsWeekend(LocalDate date) => _weekend.Contains(date.DayOfWeek);

    private List<ModelHoliday> Evaluate(int firstHolidayYear, int lastHolidayYear)
    {
        // 1. Actual dates.
        var actuals = new List<(int Rule, LocalDate Actual)>();
        for (int i = 0; i < _rules.Count; i++)
        {
            HolidayRule rule = _rules[i];
            if (!StandsAlone(rule))
            {
                if (rule.Kind is not (HolidayRuleKind.DayBetweenHolidays or HolidayRuleKind.WorkingDays))
                {
                    throw new InvalidOperationException($"The model has no {rule.Kind} rules.");
                }

                continue;
            }

            for (int year = firstHolidayYear; year <= lastHolidayYear; year++)
            {
                if (InEffect(rule, year))
                {
                    actuals.AddRange(ActualDates(rule, year).Select(actual => (i, actual)));
                }
            }
        }

        var found = new List<ModelHoliday>();
        var observed = new HashSet<LocalDate>();

        // 2. Holidays that stay whatever else falls there: observed by their own weekday alone.
        foreach ((int rule, LocalDate actual) in actuals.Where(a => !MayMove(_rules[a.Rule].Observance, a.Actual)))
        {
            LocalDate day = ObservedWithoutSubstitute(_rules[rule], actual);
            found.Add(new ModelHoliday(_rules[rule].Name, _rules[rule].LocalName, day, actual));
            observed.Add(day);
        }

        // 3. Substitutes, in the order of their actual dates (ties: rule order).
        var queue = actuals.Where(a => MayMove(_rules[a.Rule].Observance, a.Actual)).OrderBy(a => a.Actual).ThenBy(a => a.Rule).ToArray();
        for (int k = 0; k < queue.Length; k++)
        {
            (int rule, LocalDate actual) = queue[k];
            Observance observance = _rules[rule].Observance;
            bool sunday = actual.DayOfWeek == IsoDayOfWeek.Sunday;
            bool shared = observed.Contains(actual);
            bool moves = observance switch
            {
                Observance.NextWeekday => IsWeekend(actual),
                Observance.SundayToNextNonHoliday => sunday,
                Observance.NextWeekdayWhenWeekendOrShared => IsWeekend(actual) || shared,
                _ => sunday || shared,
            };

            LocalDate day = actual;
            if (moves)
            {
                var stillToCome = queue.Skip(k + 1).Select(q => q.Actual).ToHashSet();
                bool weekendsAllowed = observance == Observance.SundayToNextNonHoliday;
                do
                {
                    day = day.PlusDays(1);
                }
                while ((!weekendsAllowed && IsWeekend(day)) || observed.Contains(day) || stillToCome.Contains(day));
            }

            found.Add(new ModelHoliday(_rules[rule].Name, _rules[rule].LocalName, day, actual));
            observed.Add(day);
        }

        // 4. Days between two actual dates that are no holiday themselves.
        var actualDays = actuals.Select(a => a.Actual).ToHashSet();
        foreach (HolidayRule rule in _rules.Where(r => r.Kind == HolidayRuleKind.DayBetweenHolidays))
        {
            var last = new LocalDate(lastHolidayYear, 12, 30);
            for (var day = new LocalDate(firstHolidayYear, 1, 2); day <= last; day = day.PlusDays(1))
            {
                if (actualDays.Contains(day.PlusDays(-1)) && actualDays.Contains(day.PlusDays(1)) && !actualDays.Contains(day) && !observed.Contains(day)
                    && InEffect(rule, day.Year))
                {
                    found.Add(new ModelHoliday(rule.Name, rule.LocalName, day, day));
                }
            }
        }

        return found;
    }

    private static IEnumerable<LocalDate> ActualDates(HolidayRule rule, int holidayYear)
    {
        switch (rule.Kind)
        {
            case HolidayRuleKind.Fixed:
                if (rule.Day <= CalendarSystem.Iso.GetDaysInMonth(holidayYear, rule.Month))
                {
                    yield return new LocalDate(holidayYear, rule.Month, rule.Day);
                }

                break;
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
                    yield return matches[^1];
                }
                else if (rule.Occurrence <= matches.Count)
                {
                    yield return matches[rule.Occurrence - 1];
                }

                break;
            case HolidayRuleKind.Easter:
                yield return ReferenceHolidayModel.WesternEaster(holidayYear).PlusDays(rule.Offset);
                break;
            case HolidayRuleKind.OrthodoxEaster:
                yield return ReferenceHolidayModel.OrthodoxEaster(holidayYear).PlusDays(rule.Offset);
                break;
            default:
                foreach (LocalDate date in rule.ExplicitDates.Where(d => d.Year == holidayYear))
                {
                    yield return date;
                }

                break;
        }
    }

    // Observances that look at nothing but the actual date's weekday, and fixed moves.
    private static LocalDate ObservedWithoutSubstitute(HolidayRule rule, LocalDate actual)
    {
        if (rule.Moves.TryGetValue(actual.DayOfWeek, out int move))
        {
            return actual.PlusDays(move);
        }

        return (rule.Observance, actual.DayOfWeek) switch
        {
            (Observance.NearestWeekday, IsoDayOfWeek.Saturday) => actual.PlusDays(-1),
            (Observance.NearestWeekday, IsoDayOfWeek.Sunday) => actual.PlusDays(1),
            (Observance.SundayToMonday, IsoDayOfWeek.Sunday) => actual.PlusDays(1),
            (Observance.WeekendToMonday, IsoDayOfWeek.Saturday) => actual.PlusDays(2),
            (Observance.WeekendToMonday, IsoDayOfWeek.Sunday) => actual.PlusDays(1),
            _ => actual,
        };
    }
}
