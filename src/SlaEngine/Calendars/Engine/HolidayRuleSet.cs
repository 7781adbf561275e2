using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// A validated set of holiday rules with its weekend: one member of a <see cref="HolidayCalendar"/>.
/// Knows the order in which its rules must be evaluated and evaluates them over a range of years.
/// </summary>
/// <remarks>
/// <para>Evaluation of a holiday-year happens in stages:</para>
/// <list type="number">
/// <item>rules that stand alone (fixed, n-th weekday, Easter, explicit dates) with their observance,
/// except <see cref="Observance.NextWeekday"/> substitutes;</item>
/// <item><see cref="Observance.NextWeekday"/> substitutes, in the order of the actual dates, each on the
/// first day after its actual date that is neither a weekend day nor taken by a holiday of stage 1
/// or an earlier substitute;</item>
/// <item>calendar-day offsets from those (<see cref="HolidayRuleKind.DaysAfter"/>), in reference order;</item>
/// <item>rules that count business days, and offsets from them, in reference order. Their business
/// days are the days that are not weekend days and not holidays of stages 1–3.</item>
/// </list>
/// </remarks>
internal sealed class HolidayRuleSet : IEquatable<HolidayRuleSet>
{
    /// <summary>How far a <see cref="Observance.NextWeekday"/> substitute is looked for.</summary>
    private const int SubstituteSearchDays = 31;

    /// <summary>How far a business-day rule looks for its business days.</summary>
    private const int BusinessDaySearchDays = 366;

    /// <summary>The number of the year-slots the "next" end of a between-rule is looked for in.</summary>
    private const int BetweenEndYears = 3;

    private readonly Dictionary<string, int> _nameIndex;
    private readonly int[][] _rulesOfName;
    private readonly int[] _nameOrder;
    private readonly bool[] _nameCountsBusinessDays;
    private readonly int[] _referenceOf;
    private readonly int[] _endReferenceOf;
    private readonly int[] _nameOfRule;
    private int _hash;

    [MethodImpl(Jit.Optimized)]
    private HolidayRuleSet(HolidayRule[] rules, int weekendMask, Problems problems, IReadOnlyCollection<string>? unreadNames)
    {
        int before = problems.Count;
        Rules = rules;
        WeekendMask = weekendMask;

        // Names: each rule's name index, then each name's rules (arrays sized by a count, nothing to grow).
        _nameIndex = new Dictionary<string, int>(rules.Length, StringComparer.Ordinal);
        _nameOfRule = new int[rules.Length];
        var ruleCount = new int[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            if (!_nameIndex.TryGetValue(rules[i].Name, out int n))
            {
                n = _nameIndex.Count;
                _nameIndex.Add(rules[i].Name, n);
            }

            _nameOfRule[i] = n;
            ruleCount[n]++;
        }

        _rulesOfName = new int[_nameIndex.Count][];
        for (int n = 0; n < _rulesOfName.Length; n++)
        {
            _rulesOfName[n] = new int[ruleCount[n]];
            ruleCount[n] = 0;
        }

        for (int i = 0; i < rules.Length; i++)
        {
            int n = _nameOfRule[i];
            _rulesOfName[n][ruleCount[n]++] = i;
        }

        CheckDisjointYears(rules, _rulesOfName, problems);

        // References.
        _referenceOf = new int[rules.Length];
        _endReferenceOf = new int[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            HolidayRule rule = rules[i];
            string member = rule.Kind == HolidayRuleKind.BusinessDaysBetween ? "fromRuleName" : "otherRuleName";
            _referenceOf[i] = ResolveReference(rule, rule.ReferenceRuleName, member, problems, unreadNames);
            _endReferenceOf[i] = ResolveReference(rule, rule.EndReferenceRuleName, "toRuleName", problems, unreadNames);
        }

        _nameOrder = OrderNames(rules, problems, out _nameCountsBusinessDays);
        if (problems.Count != before)
        {
            // Nothing below is meaningful for rules that do not resolve, or resolve in a cycle; the set is not used.
            CheckWeekendLeavesRoom(rules, weekendMask, problems);
            return;
        }

        int displacement = 0;
        var displacementOfName = new int[_rulesOfName.Length];
        foreach (int name in _nameOrder)
        {
            foreach (int r in _rulesOfName[name])
            {
                displacementOfName[name] = Math.Max(displacementOfName[name], Displacement(rules[r], r, displacementOfName));
            }

            displacement = Math.Max(displacement, displacementOfName[name]);
        }

        // A holiday-year's dates lie within SpillYears calendar years of it.
        SpillYears = 1 + ((displacement + 364) / 365);

        CheckWeekendLeavesRoom(rules, weekendMask, problems);
    }

    /// <summary>The mask with a bit for every day of the week (bits 1–7, by <see cref="IsoDayOfWeek"/>).</summary>
    public const int AllDaysMask = 0xFE;

    /// <summary>Gets the rules, in the order given, without exact repeats.</summary>
    public HolidayRule[] Rules { get; }

    /// <summary>Gets the weekend: bit <c>(int)IsoDayOfWeek</c> is set for a weekend day.</summary>
    public int WeekendMask { get; }

    /// <summary>Gets how many calendar years either side of its holiday-year a rule's date may fall.</summary>
    public int SpillYears { get; }

    /// <summary>Validates <paramref name="rules"/> and builds the set.</summary>
    /// <exception cref="HolidayRuleException">The rules do not form a valid calendar.</exception>
    [MethodImpl(Jit.Optimized)]
    public static HolidayRuleSet Create(IEnumerable<HolidayRule> rules, int weekendMask) => TryCreate(rules, weekendMask, Problems.Throw, null)!;

    /// <summary>
    /// Validates <paramref name="rules"/> and builds the set, or reports every problem and returns <see langword="null"/>. References to
    /// <paramref name="unreadNames"/> (rules a document names whose own problems were reported already) count as resolved.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static HolidayRuleSet? TryCreate(IEnumerable<HolidayRule> rules, int weekendMask, Problems problems, IReadOnlyCollection<string>? unreadNames)
    {
        var distinct = new List<HolidayRule>();
        HashSet<HolidayRule>? seen = null;
        foreach (HolidayRule? rule in rules)
        {
            if (rule is null)
            {
                Preconditions.ThrowArgument(nameof(rules), "The rules of a holiday calendar must not contain null, was null at position " + distinct.Count + ".");
            }

            if (!IsRepeat(rule, distinct, ref seen))
            {
                distinct.Add(rule);
            }
        }

        int before = problems.Count;
        var set = new HolidayRuleSet(distinct.ToArray(), weekendMask, problems, unreadNames);
        return problems.Count == before ? set : null;
    }

    /// <summary>Returns this set with <paramref name="added"/> (not null) after its rules, without exact repeats; validates the result.</summary>
    /// <exception cref="HolidayRuleException">The rules do not form a valid calendar.</exception>
    [MethodImpl(Jit.Optimized)]
    public HolidayRuleSet With(HolidayRule[] added)
    {
        var rules = new List<HolidayRule>(Rules.Length + added.Length);
        rules.AddRange(Rules);
        HashSet<HolidayRule>? seen = null;
        foreach (HolidayRule rule in added)
        {
            if (!IsRepeat(rule, rules, ref seen))
            {
                rules.Add(rule);
            }
        }

        return rules.Count == Rules.Length ? this : new HolidayRuleSet(rules.ToArray(), WeekendMask, Problems.Throw, null);
    }

    /// <summary>Returns whether <paramref name="rule"/> equals one of <paramref name="kept"/>: compared one by one while they are few, by a set of them after.</summary>
    [MethodImpl(Jit.Optimized)]
    private static bool IsRepeat(HolidayRule rule, List<HolidayRule> kept, ref HashSet<HolidayRule>? seen)
    {
        const int LinearLimit = 32;
        if (seen is null && kept.Count <= LinearLimit)
        {
            foreach (HolidayRule other in kept)
            {
                if (rule.Equals(other))
                {
                    return true;
                }
            }

            return false;
        }

        if (seen is null)
        {
            seen = new HashSet<HolidayRule>(kept);
        }

        return !seen.Add(rule);
    }

    /// <summary>Returns whether this set has a rule named <paramref name="name"/>.</summary>
    public bool HasRule(string name) => _nameIndex.ContainsKey(name);

    /// <summary>Returns whether every name that <paramref name="rule"/> refers to is a rule of this set or of <paramref name="added"/>.</summary>
    public bool CanResolve(HolidayRule rule, IEnumerable<HolidayRule> added)
    {
        return Resolves(rule.ReferenceRuleName) && Resolves(rule.EndReferenceRuleName);

        bool Resolves(string? name) => name is null || HasRule(name) || added.Any(a => a.Name == name);
    }

    /// <summary>
    /// Evaluates the rules and adds to <paramref name="output"/> every holiday whose observed date
    /// lies in the calendar years <paramref name="firstYear"/> to <paramref name="lastYear"/>.
    /// </summary>
    /// <exception cref="HolidayRuleEvaluationException">A substitute or business day could not be found within the search limits.</exception>
    [MethodImpl(Jit.Optimized)]
    public void Evaluate(int firstYear, int lastYear, EntryList output)
    {
        int margin = (2 * SpillYears) + BetweenEndYears + 1;
        int lo = Math.Max(firstYear - margin, IsoDate.MinYear + 1);
        int hi = Math.Min(lastYear + margin, IsoDate.MaxYear - 1);
        int years = hi - lo + 1;
        if (years <= 0)
        {
            return;
        }

        // The observed day number of each single-date name in each holiday-year of the window, name by name.
        var observed = new int[_rulesOfName.Length * years];
        observed.AsSpan().Fill(NoDate);

        // The days taken by holidays, one bit a day; only the holidays of the output years are written out.
        int firstDay = IsoDate.FirstDayOfYear(lo);
        int windowDays = IsoDate.FirstDayOfYear(hi + 1) - firstDay;
        var taken = new ulong[(windowDays + 63) >> 6];
        int outFrom = IsoDate.FirstDayOfYear(firstYear);
        int outTo = IsoDate.FirstDayOfYear(lastYear + 1);
        var substitutes = new EntryList();

        // Stage 1: rules that stand alone. Their actual dates are kept ("held") for the rules that look for a day between
        // holidays; holidays with a substitute observance that may move wait for stage 2, their actual dates marked pending.
        var held = new ulong[taken.Length];
        var pending = new ulong[taken.Length];
        for (int r = 0; r < Rules.Length; r++)
        {
            HolidayRule rule = Rules[r];
            if (!rule.StandsAlone)
            {
                if (rule.Kind == HolidayRuleKind.WorkingDays)
                {
                    foreach (LocalDate date in rule.DateArray)
                    {
                        if (date.Year >= lo && date.Year <= hi && rule.IsInEffect(date.Year))
                        {
                            int day = IsoDate.ToDayNumber(date);
                            Output(output, outFrom, outTo, new Entry(r, day, day));
                        }
                    }
                }

                continue;
            }

            if (rule.Kind == HolidayRuleKind.Dates)
            {
                foreach (LocalDate date in rule.DateArray)
                {
                    if (date.Year >= lo && date.Year <= hi && rule.IsInEffect(date.Year))
                    {
                        StandAlone(r, IsoDate.ToDayNumber(date), date.Year, single: false);
                    }
                }

                continue;
            }

            for (int year = lo; year <= hi; year++)
            {
                if (!rule.IsInEffect(year))
                {
                    continue;
                }

                if (!TryActualDate(rule, year, out int actual, out bool inRange))
                {
                    if (!inRange && MayFallIn(rule, year, outFrom, outTo))
                    {
                        ThrowOutsideCalendarSystem(rule, year);
                    }

                    continue;
                }

                StandAlone(r, actual, year, single: true);
            }
        }

        // Stage 2: substitutes, in the order of their actual dates (ties: rule order), each on the first later day its
        // observance allows: not taken by a holiday, not the actual date of a holiday still to come, and (for all but
        // SundayToNextNonHoliday) not a weekend day.
        substitutes.SortByActualThenRule();
        for (int s = 0; s < substitutes.Count; s++)
        {
            Entry substitute = substitutes[s];
            HolidayRule rule = Rules[substitute.Rule];
            int holidayYear = substitute.Observed;
            int day = substitute.Actual;
            if (Triggers(rule.Observance, day, taken, firstDay))
            {
                bool weekendsFree = rule.Observance == Observance.SundayToNextNonHoliday;
                day++;
                while ((!weekendsFree && IsWeekend(day)) || IsTaken(taken, firstDay, day) || IsTaken(pending, firstDay, day))
                {
                    if (++day - substitute.Actual > SubstituteSearchDays)
                    {
                        string name = rule.Name;
                        LocalDate actual = IsoDate.FromDayNumber(substitute.Actual);
                        throw new HolidayRuleEvaluationException(name, actual, Preconditions.Format(
                            "Rule '{0}' found no free weekday within {1} days after {2:uuuu-MM-dd} to observe the holiday on: weekend days and other holidays take them all.",
                            name, SubstituteSearchDays, actual));
                    }
                }
            }

            var entry = new Entry(substitute.Rule, substitute.Actual, day);
            Output(output, outFrom, outTo, entry);
            MarkTaken(taken, firstDay, day);
            if (rule.IsSingleDate)
            {
                observed[(_nameOfRule[substitute.Rule] * years) + (holidayYear - lo)] = day;
            }
        }

        // Stages 3 and 4: relative rules in reference order; business-day rules see only stages 1–3.
        // Names that do not count business days come first in the order (see OrderNames), so
        // "taken" holds every holiday of stages 1-3 before the first business-day rule runs.
        // Days between two holidays (Japan's Citizens' Holiday) come after the calendar-day offsets (stage 3) and before the rules that
        // count business days (stage 4), which see them as holidays.
        bool betweenDone = false;
        foreach (int name in _nameOrder)
        {
            if (!betweenDone && _nameCountsBusinessDays[name])
            {
                DaysBetweenHolidays();
                betweenDone = true;
            }

            foreach (int r in _rulesOfName[name])
            {
                HolidayRule rule = Rules[r];
                if (!rule.IsRelative)
                {
                    continue;
                }

                for (int year = lo; year <= hi; year++)
                {
                    if (!rule.IsInEffect(year))
                    {
                        continue;
                    }

                    int reference = observed[(_referenceOf[r] * years) + (year - lo)];
                    if (reference == NoDate)
                    {
                        continue;
                    }

                    switch (rule.Kind)
                    {
                        case HolidayRuleKind.DaysAfter:
                        {
                            int day = reference + rule.Offset;
                            Output(output, outFrom, outTo, new Entry(r, day, day));
                            observed[(name * years) + (year - lo)] = day;
                            if (!_nameCountsBusinessDays[name])
                            {
                                MarkTaken(taken, firstDay, day);
                            }

                            break;
                        }

                        case HolidayRuleKind.BusinessDaysBefore:
                        case HolidayRuleKind.BusinessDaysAfter:
                        {
                            int step = rule.Kind == HolidayRuleKind.BusinessDaysAfter ? 1 : -1;
                            int day = reference;
                            for (int found = 0; found < rule.Count;)
                            {
                                day += step;
                                if (Math.Abs(day - reference) > BusinessDaySearchDays)
                                {
                                    ThrowNoBusinessDay(rule, reference);
                                }

                                if (!InWindow(day, firstDay, windowDays))
                                {
                                    // Only holiday-years at the edge of the window get here; their dates are not output.
                                    day = NoDate;
                                    break;
                                }

                                if (!IsWeekend(day) && !IsTaken(taken, firstDay, day))
                                {
                                    found++;
                                }
                            }

                            if (day != NoDate)
                            {
                                Output(output, outFrom, outTo, new Entry(r, day, day));
                                observed[(name * years) + (year - lo)] = day;
                            }

                            break;
                        }

                        case HolidayRuleKind.BusinessDaysBetween:
                        {
                            int end = NoDate;
                            for (int y = year; y < year + BetweenEndYears && y <= hi; y++)
                            {
                                int candidate = observed[(_endReferenceOf[r] * years) + (y - lo)];
                                if (candidate != NoDate && candidate > reference)
                                {
                                    end = candidate;
                                    break;
                                }
                            }

                            if (end == NoDate)
                            {
                                break;
                            }

                            for (int day = reference + 1; day < end; day++)
                            {
                                if (InWindow(day, firstDay, windowDays) && !IsWeekend(day) && !IsTaken(taken, firstDay, day))
                                {
                                    Output(output, outFrom, outTo, new Entry(r, day, day));
                                }
                            }

                            break;
                        }
                    }
                }
            }
        }

        if (!betweenDone)
        {
            DaysBetweenHolidays();
        }

        // Every date that is not a holiday itself and whose neighbours are both actual dates of stand-alone holidays.
        void DaysBetweenHolidays()
        {
            for (int r = 0; r < Rules.Length; r++)
            {
                HolidayRule rule = Rules[r];
                if (rule.Kind != HolidayRuleKind.DayBetweenHolidays)
                {
                    continue;
                }

                for (int day = firstDay + 1; day < firstDay + windowDays - 1; day++)
                {
                    if (IsTaken(held, firstDay, day - 1) && IsTaken(held, firstDay, day + 1) && !IsTaken(held, firstDay, day)
                        && !IsTaken(taken, firstDay, day) && rule.IsInEffect(HolidayYear(day)))
                    {
                        Output(output, outFrom, outTo, new Entry(r, day, day));
                        MarkTaken(taken, firstDay, day);
                    }
                }
            }
        }

        // A stand-alone holiday with its actual date: observed now, or (with a substitute observance that may move it) in stage 2.
        void StandAlone(int r, int actual, int year, bool single)
        {
            HolidayRule rule = Rules[r];
            MarkTaken(held, firstDay, actual);
            if (rule.Observance switch
            {
                Observance.NextWeekday => IsWeekend(actual),
                Observance.SundayToNextNonHoliday => IsoDate.DayOfWeek(actual) == IsoDayOfWeek.Sunday,
                Observance.NextWeekdayWhenWeekendOrShared or Observance.NextWeekdayWhenSundayOrShared => true,
                _ => false,
            })
            {
                // A waiting substitute carries its holiday-year where its observed date will go: the actual date of a lunisolar,
                // Hebrew or far-offset Easter holiday may lie in another calendar year.
                substitutes.Add(new Entry(r, actual, year));
                MarkTaken(pending, firstDay, actual);
                return;
            }

            int[]? moves = rule.MoveTable;
            var entry = new Entry(r, actual, moves is null ? Observe(rule.Observance, actual) : actual + moves[(int)IsoDate.DayOfWeek(actual)]);
            Output(output, outFrom, outTo, entry);
            MarkTaken(taken, firstDay, entry.Observed);
            if (single)
            {
                observed[(_nameOfRule[r] * years) + (year - lo)] = entry.Observed;
            }
        }

    }

    /// <inheritdoc/>
    public bool Equals(HolidayRuleSet? other)
        => other is not null && WeekendMask == other.WeekendMask && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HolidayRuleSet);

    /// <inheritdoc/>
    /// <remarks>Computed on the first call and kept (calendars that share a set hash it once).</remarks>
    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash == 0)
        {
            hash = WeekendMask;
            foreach (HolidayRule rule in Rules)
            {
                hash = HashCodes.Combine(hash, rule.GetHashCode());
            }

            _hash = hash;
        }

        return hash;
    }

    /// <summary>A sentinel day number for "no date".</summary>
    private const int NoDate = int.MinValue;

    private static bool InWindow(int day, int firstDay, int windowDays) => unchecked((uint)(day - firstDay)) < (uint)windowDays;

    [MethodImpl(Jit.Optimized)]
    private static void MarkTaken(ulong[] taken, int firstDay, int day)
    {
        uint offset = unchecked((uint)(day - firstDay));
        if (offset < (uint)taken.Length << 6)
        {
            taken[offset >> 6] |= 1UL << (int)offset;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsTaken(ulong[] taken, int firstDay, int day)
    {
        uint offset = unchecked((uint)(day - firstDay));
        return offset < (uint)taken.Length << 6 && ((taken[offset >> 6] >> (int)offset) & 1) != 0;
    }

    /// <summary>Adds <paramref name="entry"/> to <paramref name="output"/> when its observed day lies in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    [MethodImpl(Jit.Optimized)]
    private static void Output(EntryList output, int from, int to, Entry entry)
    {
        if (entry.Observed >= from && entry.Observed < to)
        {
            output.Add(entry);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static int HolidayYear(int dayNumber)
    {
        IsoDate.ToCivil(dayNumber, out int year, out _, out _);
        return year;
    }

    private static void ThrowNoBusinessDay(HolidayRule rule, int reference)
    {
        LocalDate date = IsoDate.FromDayNumber(reference);
        throw new HolidayRuleEvaluationException(rule.Name, date, Preconditions.Format(
            "Rule '{0}' found fewer than {1} business days within {2} days {3} {4:uuuu-MM-dd}: weekend days and other holidays take the rest.",
            rule.Name, rule.Count, BusinessDaySearchDays, rule.Kind == HolidayRuleKind.BusinessDaysAfter ? "after" : "before", date));
    }

    /// <summary>
    /// Returns whether a rule whose calendar system has no date in holiday-year <paramref name="year"/> could have had its date, with
    /// its moves and substitutes, in the output days [<paramref name="from"/>, <paramref name="to"/>): then the year cannot be
    /// compiled without it. A lunisolar date lies between 21 January (the earliest new year) plus 29 days a month before it and
    /// 20 February plus 30 days a month (a leap month included); an equinox on 19–24 March or 21–25 September.
    /// </summary>
    private static bool MayFallIn(HolidayRule rule, int year, int from, int to)
    {
        int earliest;
        int latest;
        if (rule.Kind == HolidayRuleKind.Lunisolar)
        {
            earliest = IsoDate.ToDayNumber(year, 1, 21) + ((rule.Month - 1) * 29) + rule.Day - 1 + rule.Offset;
            latest = IsoDate.ToDayNumber(year, 2, 20) + (rule.Month * 30) + rule.Day - 1 + rule.Offset;
        }
        else
        {
            earliest = IsoDate.ToDayNumber(year, rule.Month, 19);
            latest = IsoDate.ToDayNumber(year, rule.Month, 25);
        }

        earliest -= 7;
        latest += SubstituteSearchDays;
        return latest >= from && earliest < to;
    }

    /// <summary>Returns whether a candidate on <paramref name="actual"/> moves: its observance's trigger holds there.</summary>
    private bool Triggers(Observance observance, int actual, ulong[] taken, int firstDay) => observance switch
    {
        Observance.NextWeekday => IsWeekend(actual),
        Observance.SundayToNextNonHoliday => IsoDate.DayOfWeek(actual) == IsoDayOfWeek.Sunday,
        Observance.NextWeekdayWhenWeekendOrShared => IsWeekend(actual) || IsTaken(taken, firstDay, actual),
        Observance.NextWeekdayWhenSundayOrShared => IsoDate.DayOfWeek(actual) == IsoDayOfWeek.Sunday || IsTaken(taken, firstDay, actual),
        _ => false,
    };

    private static void ThrowOutsideCalendarSystem(HolidayRule rule, int year)
    {
        string range = rule.Kind == HolidayRuleKind.Lunisolar
            ? Preconditions.Format("{0}–{1}", OtherCalendars.LunisolarYears(rule.LunisolarCalendar).First, OtherCalendars.LunisolarYears(rule.LunisolarCalendar).Last)
            : "1000–3000";
        var date = new LocalDate(year, 1, 1);
        throw new HolidayRuleEvaluationException(rule.Name, date, Preconditions.Format(
            "Rule '{0}' has no date in {1}: its calendar system covers the years {2} only; give the calendar supported years inside them.",
            rule.Name, year, range));
    }

    private bool IsWeekend(int dayNumber) => (WeekendMask & (1 << (int)IsoDate.DayOfWeek(dayNumber))) != 0;

    [MethodImpl(Jit.Optimized)]
    private static int Observe(Observance observance, int actual)
    {
        IsoDayOfWeek dayOfWeek = IsoDate.DayOfWeek(actual);
        return observance switch
        {
            Observance.NearestWeekday when dayOfWeek == IsoDayOfWeek.Saturday => actual - 1,
            Observance.NearestWeekday when dayOfWeek == IsoDayOfWeek.Sunday => actual + 1,
            Observance.SundayToMonday when dayOfWeek == IsoDayOfWeek.Sunday => actual + 1,
            Observance.WeekendToMonday when dayOfWeek == IsoDayOfWeek.Saturday => actual + 2,
            Observance.WeekendToMonday when dayOfWeek == IsoDayOfWeek.Sunday => actual + 1,
            _ => actual,
        };
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryActualDate(HolidayRule rule, int year, out int actual, out bool inRange)
    {
        inRange = true;
        switch (rule.Kind)
        {
            case HolidayRuleKind.Fixed:
                if (rule.Month == 2 && rule.Day == 29 && !IsoDate.IsLeapYear(year))
                {
                    actual = NoDate;
                    return false;
                }

                actual = IsoDate.ToDayNumber(year, rule.Month, rule.Day);
                return true;
            case HolidayRuleKind.NthWeekday:
                return TryNthWeekday(year, rule.Month, rule.DayOfWeek, rule.Occurrence, rule.Day, out actual);
            case HolidayRuleKind.Easter when year >= 1:
                actual = Computus.WesternEaster(year) + rule.Offset;
                return true;
            case HolidayRuleKind.OrthodoxEaster when year >= 1:
                actual = Computus.OrthodoxEaster(year) + rule.Offset;
                return true;
            case HolidayRuleKind.Lunisolar:
                if (OtherCalendars.TryLunisolar(rule.LunisolarCalendar, year, rule.Month, rule.Day, out actual, out inRange))
                {
                    actual += rule.Offset;
                    return true;
                }

                return false;
            case HolidayRuleKind.Hebrew:
                if (OtherCalendars.TryHebrew(year, rule.HebrewMonth, rule.Day, out actual))
                {
                    actual += rule.Offset;
                    return true;
                }

                return false;
            case HolidayRuleKind.Equinox when year >= 1000 && year <= 3000:
                actual = OtherCalendars.Equinox(year, rule.Month, rule.UtcOffset);
                return true;
            case HolidayRuleKind.Equinox:
                actual = NoDate;
                inRange = false;
                return false;
            default:
                actual = NoDate;
                return false;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryNthWeekday(int year, int month, IsoDayOfWeek dayOfWeek, int occurrence, int fromDay, out int day)
    {
        // fromDay 0: counted from the month's first (or last) day. Otherwise the rule's checks keep the date inside the month.
        if (occurrence == -1)
        {
            int last = IsoDate.ToDayNumber(year, month, fromDay != 0 ? fromDay : IsoDate.DaysInMonth(year, month));
            day = last - ((((int)IsoDate.DayOfWeek(last) - (int)dayOfWeek) + 7) % 7);
            return true;
        }

        int monthStart = IsoDate.ToDayNumber(year, month, 1);
        int first = fromDay != 0 ? monthStart + fromDay - 1 : monthStart;
        day = first + ((((int)dayOfWeek - (int)IsoDate.DayOfWeek(first)) + 7) % 7) + ((occurrence - 1) * 7);
        return day - monthStart < IsoDate.DaysInMonth(year, month);
    }

    /// <summary>The largest distance, in days, from a rule's holiday-year to one of its dates.</summary>
    [MethodImpl(Jit.Optimized)]
    private int Displacement(HolidayRule rule, int r, int[] displacementOfName)
    {
        int Of(int name) => name >= 0 ? displacementOfName[name] : 0;
        int moved = rule.Observance is Observance.NextWeekday or Observance.SundayToNextNonHoliday or Observance.NextWeekdayWhenWeekendOrShared or Observance.NextWeekdayWhenSundayOrShared
            ? SubstituteSearchDays
            : rule.MoveTable is not null || rule.Observance != Observance.None ? 6 : 0;
        return rule.Kind switch
        {
            HolidayRuleKind.Fixed or HolidayRuleKind.NthWeekday or HolidayRuleKind.Equinox or HolidayRuleKind.Dates => 1 + moved,
            HolidayRuleKind.Easter or HolidayRuleKind.OrthodoxEaster or HolidayRuleKind.Lunisolar => Math.Abs(rule.Offset) + moved,
            HolidayRuleKind.Hebrew => Math.Abs(rule.Offset) + 31 + moved,
            HolidayRuleKind.DayBetweenHolidays => 1,
            HolidayRuleKind.DaysAfter => Of(_referenceOf[r]) + Math.Abs(rule.Offset),
            HolidayRuleKind.BusinessDaysBefore or HolidayRuleKind.BusinessDaysAfter => Of(_referenceOf[r]) + BusinessDaySearchDays,
            HolidayRuleKind.BusinessDaysBetween => Math.Max(Of(_referenceOf[r]), (BetweenEndYears * 366) + Of(_endReferenceOf[r])),
            _ => 0,
        };
    }

    [MethodImpl(Jit.Optimized)]
    private int ResolveReference(HolidayRule rule, string? name, string member, Problems problems, IReadOnlyCollection<string>? unreadNames)
    {
        if (name is null || (unreadNames is not null && unreadNames.Contains(name)))
        {
            return -1;
        }

        if (!_nameIndex.TryGetValue(name, out int index))
        {
            // The nearest names leave out the rule's own: counting from itself is a cycle, never the fix.
            problems.InRule(rule, member, Preconditions.Format(
                "Rule '{0}' counts from '{1}', but the calendar has no rule of that name{2}.",
                rule.Name,
                name,
                NearestNames.Suffix(name, _nameIndex.Keys.Where(k => k != rule.Name).ToArray())));
            return -1;
        }

        foreach (int r in _rulesOfName[index])
        {
            if (!Rules[r].IsSingleDate)
            {
                problems.InRule(rule, member, Preconditions.Format(
                    "Rule '{0}' counts from '{1}', which has several dates a year; only a rule with one date a year can be counted from.",
                    rule.Name,
                    name));
                return -1;
            }
        }

        return index;
    }

    [MethodImpl(Jit.Optimized)]
    private static void CheckDisjointYears(HolidayRule[] rules, int[][] rulesOfName, Problems problems)
    {
        foreach (int[] group in rulesOfName)
        {
            if (group.Length < 2)
            {
                continue;
            }

            // Each rule's reach, found once: a table of dates (Dates, WorkingDays) from its first date to its last in the years it
            // is in effect (first > last when it has none); any other rule over its years.
            var first = new int[group.Length];
            var last = new int[group.Length];
            for (int i = 0; i < group.Length; i++)
            {
                HolidayRule rule = rules[group[i]];
                if (IsTable(rule))
                {
                    first[i] = int.MaxValue;
                    last[i] = int.MinValue;
                    foreach (LocalDate date in rule.DateArray)
                    {
                        if (rule.IsInEffect(date.Year))
                        {
                            int day = IsoDate.ToDayNumber(date);
                            first[i] = Math.Min(first[i], day);
                            last[i] = Math.Max(last[i], day);
                        }
                    }
                }
                else
                {
                    first[i] = rule.FromYear ?? int.MinValue;
                    last[i] = rule.UntilYear ?? int.MaxValue;
                }
            }

            for (int i = 0; i < group.Length; i++)
            {
                for (int j = i + 1; j < group.Length; j++)
                {
                    HolidayRule a = rules[group[i]];
                    HolidayRule b = rules[group[j]];
                    if (first[i] > last[i] || first[j] > last[j])
                    {
                        continue;   // a table with no dates in its years gives nothing to clash with
                    }

                    if (IsTable(a) && IsTable(b))
                    {
                        // Two tables of one name may follow each other: next year's announced dates beside the table that ends
                        // before them, even when the new year's days off begin in December. They clash only when they interleave.
                        if (first[i] <= last[j] && first[j] <= last[i])
                        {
                            problems.InRule(a, null, Preconditions.Format(
                                "Tables of dates that share the name '{0}' must not overlap, but two of them both run from {1:yyyy-MM-dd} to {2:yyyy-MM-dd}.",
                                a.Name,
                                IsoDate.FromDayNumber(Math.Max(first[i], first[j])),
                                IsoDate.FromDayNumber(Math.Min(last[i], last[j]))));
                        }

                        continue;
                    }

                    // A table against a rule of years: the table reaches the years of its first and last dates.
                    int from = Math.Max(YearOf(a, first[i]), YearOf(b, first[j]));
                    int until = Math.Min(YearOf(a, last[i]), YearOf(b, last[j]));
                    if (from <= until)
                    {
                        problems.InRule(a, null, Preconditions.Format(
                            "Rules that share the name '{0}' must be in effect in different years, but two of them are both in effect {1}.",
                            a.Name,
                            DescribeYears(from, until)));
                    }
                }
            }
        }
    }

    private static bool IsTable(HolidayRule rule) => rule.Kind is HolidayRuleKind.Dates or HolidayRuleKind.WorkingDays;

    /// <summary>The year of a reach bound: a table's bound is a day number, another rule's a year (or an open end).</summary>
    private static int YearOf(HolidayRule rule, int bound) => IsTable(rule) ? IsoDate.FromDayNumber(bound).Year : bound;

    private static string DescribeYears(int from, int until)
        => (from == int.MinValue, until == int.MaxValue) switch
        {
            (true, true) => "in every year",
            (true, false) => "until " + until,
            (false, true) => "from " + from,
            _ => from == until ? "in " + from : "from " + from + " to " + until,
        };

    /// <summary>
    /// Rejects what the rules and the weekend alone decide cannot be evaluated: a rule that needs business days (or a free
    /// weekday for a substitute) when every day is a weekend day, and a business-day count that no stretch of
    /// <see cref="BusinessDaySearchDays"/> days of this weekend holds. Holidays can still crowd a rule out in some year; that
    /// only compiling the year reveals (<see cref="HolidayRuleEvaluationException"/>).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void CheckWeekendLeavesRoom(HolidayRule[] rules, int weekendMask, Problems problems)
    {
        int most = MostWeekdaysWithin(BusinessDaySearchDays, weekendMask);
        foreach (HolidayRule rule in rules)
        {
            if (rule.Kind == HolidayRuleKind.WorkingDays)
            {
                foreach (LocalDate date in rule.DateArray)
                {
                    if ((weekendMask & (1 << (int)date.DayOfWeek)) == 0)
                    {
                        problems.InRule(rule, "dates", Preconditions.Format(
                            "Working-day rule '{0}' lists {1:uuuu-MM-dd}, a {2}, which is not a weekend day of the calendar; only weekend days can be made working days.",
                            rule.Name, date, date.DayOfWeek));
                        break;
                    }
                }
            }

            if (weekendMask == AllDaysMask && (rule.CountsBusinessDays || rule.Observance is Observance.NextWeekday or Observance.NextWeekdayWhenWeekendOrShared or Observance.NextWeekdayWhenSundayOrShared))
            {
                problems.InRule(rule, null, Preconditions.Format(
                    "Rule '{0}' needs business days, but every day of the week is a weekend day of the calendar.", rule.Name));
            }
            else if (rule.Kind is HolidayRuleKind.BusinessDaysBefore or HolidayRuleKind.BusinessDaysAfter && rule.Count > most)
            {
                problems.InRule(rule, "count", Preconditions.Format(
                    "Rule '{0}' counts {1} business days {2} '{3}', but {4} days hold at most {5} days that are not weekend days; a business-day rule must find its day within {4} days.",
                    rule.Name,
                    rule.Count,
                    rule.Kind == HolidayRuleKind.BusinessDaysAfter ? "after" : "before",
                    rule.ReferenceRuleName,
                    BusinessDaySearchDays,
                    most));
            }
        }
    }

    /// <summary>Returns the most days that are not weekend days in any <paramref name="length"/> consecutive days.</summary>
    [MethodImpl(Jit.Optimized)]
    private static int MostWeekdaysWithin(int length, int weekendMask)
    {
        // Whole weeks hold the same number each; the most come from the remaining days, starting on the best weekday.
        int perWeek = 7 - Bits.PopCount((ulong)weekendMask);
        int most = 0;
        for (int start = 1; start <= 7; start++)
        {
            int count = 0;
            for (int i = 0; i < length % 7; i++)
            {
                count += (weekendMask & (1 << (((start - 1 + i) % 7) + 1))) == 0 ? 1 : 0;
            }

            most = Math.Max(most, count);
        }

        return ((length / 7) * perWeek) + most;
    }

    /// <summary>
    /// Orders the names so that every name comes after the names it refers to, and every name that
    /// does not count business days comes before every name that does. Detects cycles.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private int[] OrderNames(HolidayRule[] rules, Problems problems, out bool[] countsBusinessDays)
    {
        // Depth-first topological order over the names' references (each rule refers to at most two names), with the
        // path kept to report a cycle.
        int count = _rulesOfName.Length;
        var state = new byte[count]; // 0 = new, 1 = on the path, 2 = done
        var order = new int[count];
        var path = new int[count];
        int ordered = 0;
        for (int n = 0; n < count; n++)
        {
            if (!Visit(n, rules, state, order, ref ordered, path, 0, problems))
            {
                countsBusinessDays = new bool[count];
                return order;   // a cycle: reported once, and the order is not used
            }
        }

        // Stable partition: names that do not count business days first. A name that counts business
        // days only refers to names placed before it, so the partition keeps references first.
        var counts = new bool[count];
        int countingNames = 0;
        foreach (int n in order)
        {
            foreach (int r in _rulesOfName[n])
            {
                counts[n] |= rules[r].CountsBusinessDays
                    || (_referenceOf[r] >= 0 && counts[_referenceOf[r]])
                    || (_endReferenceOf[r] >= 0 && counts[_endReferenceOf[r]]);
            }

            countingNames += counts[n] ? 1 : 0;
        }

        var result = new int[count];
        int plain = 0;
        int counting = count - countingNames;
        foreach (int n in order)
        {
            result[counts[n] ? counting++ : plain++] = n;
        }

        countsBusinessDays = counts;
        return result;
    }

    /// <summary>Places name <paramref name="n"/> in <paramref name="order"/> after the names it refers to; <paramref name="path"/> holds the <paramref name="depth"/> names being visited.</summary>
    [MethodImpl(Jit.Optimized)]
    private bool Visit(int n, HolidayRule[] rules, byte[] state, int[] order, ref int ordered, int[] path, int depth, Problems problems)
    {
        if (state[n] == 2)
        {
            return true;
        }

        if (state[n] == 1)
        {
            int start = Array.IndexOf(path, n, 0, depth);
            var cycle = new StringBuilder();
            for (int i = start; i < depth; i++)
            {
                cycle.Append('\'').Append(rules[_rulesOfName[path[i]][0]].Name).Append("' -> ");
            }

            cycle.Append('\'').Append(rules[_rulesOfName[n][0]].Name).Append('\'');
            problems.InRule(rules[_rulesOfName[n][0]], null, Preconditions.Format(
                "Rules that count from each other must not form a cycle, but {0} does.", cycle));
            return false;
        }

        state[n] = 1;
        path[depth] = n;
        foreach (int r in _rulesOfName[n])
        {
            if ((_referenceOf[r] >= 0 && !Visit(_referenceOf[r], rules, state, order, ref ordered, path, depth + 1, problems))
                || (_endReferenceOf[r] >= 0 && !Visit(_endReferenceOf[r], rules, state, order, ref ordered, path, depth + 1, problems)))
            {
                return false;
            }
        }

        state[n] = 2;
        order[ordered++] = n;
        return true;
    }

    /// <summary>One holiday produced by a rule: the rule's index and the actual and observed day numbers.</summary>
    internal readonly struct Entry
    {
        public Entry(int rule, int actual, int observed)
        {
            Rule = rule;
            Actual = actual;
            Observed = observed;
        }

        public int Rule { get; }

        public int Actual { get; }

        public int Observed { get; }
    }

    /// <summary>
    /// A growable list of <see cref="Entry"/> values: what <c>List&lt;Entry&gt;</c> does here, without a generic instantiation over a
    /// struct, which the JIT compiles anew in each process (unoptimized at first) for a calendar's first compile.
    /// </summary>
    internal sealed class EntryList
    {
        private Entry[] _items = new Entry[16];

        /// <summary>Gets the number of entries.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the entry at <paramref name="index"/> (below <see cref="Count"/>).</summary>
        public Entry this[int index] => _items[index];

        /// <summary>Appends <paramref name="entry"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Entry entry)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, 2 * _items.Length);
            }

            _items[Count++] = entry;
        }

        /// <summary>Removes every entry.</summary>
        public void Clear() => Count = 0;

        /// <summary>Sorts the entries by actual date, then rule (a stable merge sort, O(n log n)).</summary>
        [MethodImpl(Jit.Optimized)]
        public void SortByActualThenRule()
        {
            var from = _items;
            var to = new Entry[Math.Max(Count, 1)];
            for (int width = 1; width < Count; width *= 2)
            {
                for (int low = 0; low < Count; low += 2 * width)
                {
                    int middle = Math.Min(low + width, Count);
                    int high = Math.Min(low + (2 * width), Count);
                    int i = low;
                    int j = middle;
                    for (int k = low; k < high; k++)
                    {
                        to[k] = i < middle && (j >= high || !Before(from[j], from[i])) ? from[i++] : from[j++];
                    }
                }

                (from, to) = (to, from);
            }

            if (!ReferenceEquals(from, _items))
            {
                Array.Copy(from, _items, Count);
            }
        }

        private static bool Before(Entry a, Entry b) => a.Actual != b.Actual ? a.Actual < b.Actual : a.Rule < b.Rule;
    }
}
