using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>A generated calendar (rules and weekend days) and the calendar year to check it in.</summary>
/// <param name="Rules">The holiday rules, valid together (unique names or disjoint year ranges, no cycles).</param>
/// <param name="Weekend">The weekend days (never all seven).</param>
/// <param name="Year">The calendar year to check, 1971–2199.</param>
public sealed record CalendarCase(IReadOnlyList<HolidayRule> Rules, IReadOnlySet<IsoDayOfWeek> Weekend, int Year)
{
    /// <summary>The case as C#-like text, for FsCheck's failure reports.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Year {Year}; weekend [{string.Join(", ", Weekend.Order())}]; rules:");
        foreach (HolidayRule rule in Rules)
        {
            text.AppendLine().Append("  ").Append(Describe(rule));
        }

        return text.ToString();
    }

    /// <summary>One rule as the factory call (and From/Until) that would create it.</summary>
    public static string Describe(HolidayRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        string call = rule.Kind switch
        {
            HolidayRuleKind.Fixed => $"Fixed(\"{rule.Name}\", {rule.Month}, {rule.Day}, Observance.{rule.Observance})",
            HolidayRuleKind.NthWeekday => $"NthWeekday(\"{rule.Name}\", {rule.Month}, IsoDayOfWeek.{rule.DayOfWeek}, {rule.Occurrence})",
            HolidayRuleKind.Easter => $"Easter(\"{rule.Name}\", {rule.Offset})",
            HolidayRuleKind.OrthodoxEaster => $"OrthodoxEaster(\"{rule.Name}\", {rule.Offset})",
            HolidayRuleKind.DaysAfter => $"DaysAfter(\"{rule.Name}\", \"{rule.ReferenceRuleName}\", {rule.Offset})",
            HolidayRuleKind.BusinessDaysBefore => $"BusinessDaysBefore(\"{rule.Name}\", \"{rule.ReferenceRuleName}\", {rule.Count})",
            HolidayRuleKind.BusinessDaysAfter => $"BusinessDaysAfter(\"{rule.Name}\", \"{rule.ReferenceRuleName}\", {rule.Count})",
            HolidayRuleKind.BusinessDaysBetween => $"BusinessDaysBetween(\"{rule.Name}\", \"{rule.ReferenceRuleName}\", \"{rule.EndReferenceRuleName}\")",
            HolidayRuleKind.Dates => $"Dates(\"{rule.Name}\", {string.Join(", ", rule.ExplicitDates.Select(ReferenceData.Iso))})",
            _ => rule.Kind.ToString(),
        };
        string from = rule.FromYear is { } f ? $".From({f})" : string.Empty;
        string until = rule.UntilYear is { } u ? $".Until({u})" : string.Empty;
        return call + from + until;
    }
}

/// <summary>
/// FsCheck generators of valid random holiday calendars: every rule kind and observance, relative rules
/// referring only to earlier single-date rules, year ranges near the checked year, and sometimes two
/// rules sharing a name over disjoint year ranges. Business days never run out: the weekend is never all
/// seven days, and BusinessDaysBetween rules are dropped while a run of non-business days near the checked
/// year exceeds <see cref="MaxClosedRunDays"/>.
/// </summary>
public static class CalendarGenerators
{
    /// <summary>
    /// The longest run of consecutive non-business days (per <see cref="ReferenceHolidayModel"/>) within
    /// three years of the checked year (inside 1900–2199) that a calendar with BusinessDaysBetween rules may have.
    /// </summary>
    public const int MaxClosedRunDays = 120;

    private const int FirstYear = 1971;
    private const int LastYear = 2199;

    private static readonly IsoDayOfWeek[] s_days =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    private enum DraftKind
    {
        Fixed,
        NthWeekday,
        Easter,
        OrthodoxEaster,
        Dates,
        DaysAfter,
        BusinessDaysBefore,
        BusinessDaysAfter,
        BusinessDaysBetween,
    }

    /// <summary>The arbitrary calendar cases, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<CalendarCase> Calendars() => Arb.From(CalendarCaseGen(), Shrink);

    /// <summary>Weekend sets of 0–6 days, biased towards Saturday+Sunday and other common choices.</summary>
    public static Gen<IReadOnlySet<IsoDayOfWeek>> Weekends() =>
        Gen.Frequency(
            (8, Gen.Constant(Set(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday))),
            (2, Gen.Constant(Set(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday))),
            (1, Gen.Constant(Set(IsoDayOfWeek.Sunday))),
            (1, Gen.Constant(Set())),
            (8, Gen.SubListOf(s_days).Where(days => days.Count < 7).Select(days => Set(days.ToArray()))));

    /// <summary>Calendar years to check: uniform over 1971–2199, with extra weight at both ends.</summary>
    public static Gen<int> Years() =>
        Gen.Frequency(
            (6, Gen.Choose(FirstYear, LastYear)),
            (1, Gen.Choose(FirstYear, FirstYear + 3)),
            (1, Gen.Choose(LastYear - 3, LastYear)));

    private static Gen<CalendarCase> CalendarCaseGen() =>
        from year in Years()
        from weekend in Weekends()
        from count in Gen.Frequency((1, Gen.Choose(1, 3)), (3, Gen.Choose(3, 10)))
        from drafts in Gen.ListOf(Draft(year), count)
        select new CalendarCase(WithoutLongClosures(Assemble(year, drafts), weekend, year), weekend, year);

    // A BusinessDaysBetween rule can close nearly every business day (from 27 December to the next
    // 26 December, say), and then business-day searches run off the supported years. Such calendars
    // lose their BusinessDaysBetween rules (nothing refers to them), last first, until none is left or
    // no run of non-business days near the year is longer than MaxClosedRunDays.
    private static IReadOnlyList<HolidayRule> WithoutLongClosures(IReadOnlyList<HolidayRule> rules, IReadOnlySet<IsoDayOfWeek> weekend, int year)
    {
        while (rules.Any(r => r.Kind == HolidayRuleKind.BusinessDaysBetween) && LongestClosedRun(rules, weekend, year) > MaxClosedRunDays)
        {
            int last = rules.Select((r, i) => (r, i)).Last(p => p.r.Kind == HolidayRuleKind.BusinessDaysBetween).i;
            rules = rules.Where((_, i) => i != last).ToArray();
        }

        return rules;
    }

    private static int LongestClosedRun(IReadOnlyList<HolidayRule> rules, IReadOnlySet<IsoDayOfWeek> weekend, int year)
    {
        var model = new ReferenceHolidayModel(rules, weekend);
        int longest = 0;
        int run = 0;
        var last = new LocalDate(Math.Min(year + 3, LastYear), 12, 31);
        for (var date = new LocalDate(Math.Max(year - 3, 1900), 1, 1); date <= last; date = date.PlusDays(1))
        {
            run = model.IsBusinessDay(date) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static IReadOnlySet<IsoDayOfWeek> Set(params IsoDayOfWeek[] days) => new SortedSet<IsoDayOfWeek>(days);

    // Raw random choices for one rule; Assemble turns a list of them into valid rules.
    private sealed record RuleDraft(
        DraftKind Kind,
        (int Month, int Day) MonthDay,
        Observance Observance,
        IsoDayOfWeek DayOfWeek,
        int Occurrence,
        int Offset,
        int Count,
        int Reference,
        int EndReference,
        LocalDate[] Dates,
        int? FromYear,
        int? UntilYear,
        int? ShareWith,
        int ShareSplitYear);

    private static Gen<RuleDraft> Draft(int year) =>
        from kind in Gen.Frequency(
            (10, Gen.Constant(DraftKind.Fixed)),
            (4, Gen.Constant(DraftKind.NthWeekday)),
            (3, Gen.Constant(DraftKind.Easter)),
            (2, Gen.Constant(DraftKind.OrthodoxEaster)),
            (2, Gen.Constant(DraftKind.Dates)),
            (4, Gen.Constant(DraftKind.DaysAfter)),
            (3, Gen.Constant(DraftKind.BusinessDaysBefore)),
            (3, Gen.Constant(DraftKind.BusinessDaysAfter)),
            (5, Gen.Constant(DraftKind.BusinessDaysBetween)))
        from monthDay in MonthDays()
        from observance in Gen.Elements(Observance.None, Observance.NearestWeekday, Observance.SundayToMonday, Observance.NextWeekday)
        from dayOfWeek in Gen.Elements(s_days)
        from occurrence in Gen.Elements(1, 2, 3, 4, 5, 5, -1, -1)
        from offset in Gen.Frequency((2, Gen.Choose(-3, 3)), (3, Gen.Choose(-60, 60)))
        from businessCount in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 5)))
        from reference in Gen.Choose(0, 1000)
        from endReference in Gen.Choose(0, 1000)
        from dates in ExplicitDates(year)
        from range in YearRange(year)
        from share in Gen.Frequency((6, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1000).Select(i => (int?)i)))
        from split in Gen.Choose(year - 2, year + 1)
        select new RuleDraft(
            kind, monthDay, observance, dayOfWeek, occurrence, offset, businessCount, reference, endReference,
            dates, range.From, range.Until, share, split);

    // Month and day for Fixed rules, biased towards the turn of the year and 29 February.
    private static Gen<(int Month, int Day)> MonthDays() =>
        Gen.Frequency(
            (4, Gen.Elements((1, 1), (1, 1), (12, 31), (1, 2), (12, 30))),
            (3, Gen.Choose(24, 29).Select(d => (12, d))),
            (1, Gen.Elements((2, 28), (2, 29), (3, 1))),
            (6, from month in Gen.Choose(1, 12)
                from day in Gen.Choose(1, 31)
                select (month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(2000, month)))));

    // 1–5 dates within a year of the checked year (never after 2199), biased towards the turn of a year.
    private static Gen<LocalDate[]> ExplicitDates(int year)
    {
        var first = new LocalDate(year - 1, 1, 1);
        var last = new LocalDate(Math.Min(year + 1, LastYear), 12, 31);
        int span = Period.Between(first, last, PeriodUnits.Days).Days;
        Gen<LocalDate> anyDay = Gen.Choose(0, span).Select(first.PlusDays);
        Gen<LocalDate> yearEnd = Gen.Choose(-4, 4).Select(d => new LocalDate(Math.Min(year, LastYear - 1), 12, 31).PlusDays(d));
        Gen<LocalDate> oneDate = Gen.Frequency((3, anyDay), (1, yearEnd));
        return Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(oneDate, n));
    }

    // No range half the time; otherwise From and/or Until within three years of the checked year.
    private static Gen<(int? From, int? Until)> YearRange(int year) =>
        from kind in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (2, Gen.Constant(3)))
        from a in Gen.Choose(year - 3, year + 3)
        from b in Gen.Choose(year - 3, year + 3)
        select kind switch
        {
            1 => ((int?)a, (int?)null),
            2 => (null, a),
            3 => (Math.Min(a, b), Math.Max(a, b)),
            _ => ((int?)null, (int?)null),
        };

    private static IReadOnlyList<HolidayRule> Assemble(int year, IReadOnlyList<RuleDraft> drafts)
    {
        var rules = new List<HolidayRule>();
        var referable = new List<int>();          // single-date rules a relative rule may refer to
        var shareable = new List<int>();          // non-relative single-date rules not yet sharing a name
        var substituteDays = new HashSet<(int Month, int Day)>(); // NextWeekday rules never share an actual date

        for (int index = 0; index < drafts.Count; index++)
        {
            RuleDraft draft = drafts[index];
            DraftKind kind = draft.Kind;
            if (kind is DraftKind.DaysAfter or DraftKind.BusinessDaysBefore or DraftKind.BusinessDaysAfter or DraftKind.BusinessDaysBetween
                && referable.Count == 0)
            {
                kind = DraftKind.Fixed;
            }

            if (kind == DraftKind.BusinessDaysBetween && referable.Count == 1)
            {
                kind = DraftKind.BusinessDaysAfter;
            }

            string name = $"{kind}{index}";
            string referenceName = referable.Count == 0 ? string.Empty : rules[referable[draft.Reference % referable.Count]].Name;
            string endReferenceName = referable.Count == 0 ? string.Empty : rules[referable[EndReferenceIndex(draft, referable.Count)]].Name;
            HolidayRule rule = kind switch
            {
                DraftKind.Fixed => HolidayRule.Fixed(
                    name,
                    draft.MonthDay.Month,
                    draft.MonthDay.Day,
                    draft.Observance == Observance.NextWeekday && substituteDays.Contains(draft.MonthDay) ? Observance.None : draft.Observance),
                DraftKind.NthWeekday => HolidayRule.NthWeekday(name, draft.MonthDay.Month, draft.DayOfWeek, draft.Occurrence),
                DraftKind.Easter => HolidayRule.Easter(name, draft.Offset),
                DraftKind.OrthodoxEaster => HolidayRule.OrthodoxEaster(name, draft.Offset),
                DraftKind.Dates => HolidayRule.Dates(name, draft.Dates),
                DraftKind.DaysAfter => HolidayRule.DaysAfter(name, referenceName, draft.Offset),
                DraftKind.BusinessDaysBefore => HolidayRule.BusinessDaysBefore(name, referenceName, draft.Count),
                DraftKind.BusinessDaysAfter => HolidayRule.BusinessDaysAfter(name, referenceName, draft.Count),
                _ => HolidayRule.BusinessDaysBetween(name, referenceName, endReferenceName),
            };
            rule = WithRange(rule, draft.FromYear, draft.UntilYear);

            // Sometimes a non-relative rule takes over the name of an earlier one from a split year on.
            bool single = kind is not (DraftKind.Dates or DraftKind.BusinessDaysBetween);
            bool relative = kind is DraftKind.DaysAfter or DraftKind.BusinessDaysBefore or DraftKind.BusinessDaysAfter or DraftKind.BusinessDaysBetween;
            if (draft.ShareWith is { } shareWith && single && !relative && shareable.Count > 0)
            {
                int earlier = shareable[shareWith % shareable.Count];
                int split = draft.ShareSplitYear;
                HolidayRule previous = rules[earlier];
                if (previous.FromYear is null || previous.FromYear <= split)
                {
                    rules[earlier] = previous.Until(split);
                    rule = Rename(rule, previous.Name);
                    rule = WithRange(rule, split + 1, draft.UntilYear is { } until && until > split ? until : null);
                    shareable.Remove(earlier);
                    rules.Add(rule);
                    RememberSubstitute(rule, substituteDays);
                    continue;
                }
            }

            rules.Add(rule);
            if (single)
            {
                referable.Add(rules.Count - 1);
            }

            if (single && !relative)
            {
                shareable.Add(rules.Count - 1);
            }

            RememberSubstitute(rule, substituteDays);
        }

        return rules;
    }

    // BusinessDaysBetween always ends at another rule than it starts from: from == to would close every
    // business day of every year it is in effect.
    private static int EndReferenceIndex(RuleDraft draft, int referableCount)
    {
        int start = draft.Reference % referableCount;
        return referableCount == 1 ? start : (start + 1 + (draft.EndReference % (referableCount - 1))) % referableCount;
    }

    private static void RememberSubstitute(HolidayRule rule, HashSet<(int Month, int Day)> substituteDays)
    {
        if (rule.Kind == HolidayRuleKind.Fixed && rule.Observance == Observance.NextWeekday)
        {
            substituteDays.Add((rule.Month, rule.Day));
        }
    }

    // HolidayRule has no way to drop a year bound, so a rule is rebuilt from its properties when needed.
    private static HolidayRule WithRange(HolidayRule rule, int? from, int? until)
    {
        HolidayRule result = rule.FromYear is null && rule.UntilYear is null ? rule : Rename(rule, rule.Name);
        if (from is { } f)
        {
            result = result.From(f);
        }

        if (until is { } u)
        {
            result = result.Until(u);
        }

        return result;
    }

    // The same rule (without a year range) under another name.
    private static HolidayRule Rename(HolidayRule rule, string name) => rule.Kind switch
    {
        HolidayRuleKind.Fixed => HolidayRule.Fixed(name, rule.Month, rule.Day, rule.Observance),
        HolidayRuleKind.NthWeekday => HolidayRule.NthWeekday(name, rule.Month, rule.DayOfWeek, rule.Occurrence),
        HolidayRuleKind.Easter => HolidayRule.Easter(name, rule.Offset),
        HolidayRuleKind.OrthodoxEaster => HolidayRule.OrthodoxEaster(name, rule.Offset),
        HolidayRuleKind.Dates => HolidayRule.Dates(name, rule.ExplicitDates.ToArray()),
        HolidayRuleKind.DaysAfter => HolidayRule.DaysAfter(name, rule.ReferenceRuleName!, rule.Offset),
        HolidayRuleKind.BusinessDaysBefore => HolidayRule.BusinessDaysBefore(name, rule.ReferenceRuleName!, rule.Count),
        HolidayRuleKind.BusinessDaysAfter => HolidayRule.BusinessDaysAfter(name, rule.ReferenceRuleName!, rule.Count),
        _ => HolidayRule.BusinessDaysBetween(name, rule.ReferenceRuleName!, rule.EndReferenceRuleName!),
    };

    // Smaller cases: drop a rule nothing refers to, drop a weekend day, or drop a rule's year range.
    private static IEnumerable<CalendarCase> Shrink(CalendarCase calendarCase)
    {
        IReadOnlyList<HolidayRule> rules = calendarCase.Rules;
        for (int i = rules.Count - 1; i >= 0 && rules.Count > 1; i--)
        {
            string name = rules[i].Name;
            bool sharedName = rules.Where((r, j) => j != i && r.Name == name).Any();
            bool referenced = rules.Where((r, j) => j != i).Any(r => r.ReferenceRuleName == name || r.EndReferenceRuleName == name);
            if (sharedName || !referenced)
            {
                yield return calendarCase with { Rules = rules.Where((_, j) => j != i).ToArray() };
            }
        }

        foreach (IsoDayOfWeek day in calendarCase.Weekend)
        {
            yield return calendarCase with { Weekend = Set(calendarCase.Weekend.Where(d => d != day).ToArray()) };
        }

        for (int i = 0; i < rules.Count; i++)
        {
            string name = rules[i].Name;
            bool sharedName = rules.Where((r, j) => j != i && r.Name == name).Any();
            if (!sharedName && (rules[i].FromYear is not null || rules[i].UntilYear is not null))
            {
                HolidayRule[] unbounded = rules.ToArray();
                unbounded[i] = Rename(rules[i], name);
                yield return calendarCase with { Rules = unbounded };
            }
        }
    }
}
