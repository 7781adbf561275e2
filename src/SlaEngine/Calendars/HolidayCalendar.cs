using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.Calendars;

/// <summary>
/// An immutable set of holiday rules plus weekend days, answering day-level questions: is this a
/// business day, what is the n-th business day after that one, how many business days lie between
/// two dates.
/// </summary>
/// <remarks>
/// <para>
/// A <em>business day</em> is a date that is neither a weekend day nor the observed date of a
/// holiday. A <em>holiday</em> is an observed date produced by one of the rules; observed dates that
/// fall on a weekend day are holidays too, but are not business days anyway.
/// </para>
/// <para>
/// <b>Cost.</b> The calendar compiles lazily, a calendar year at a time, into a bitmap of 366 bits plus
/// running counts of business days, and only the years a query needs: the first query about a date
/// (<see cref="IsBusinessDay"/>, <see cref="IsHoliday"/>, <see cref="GetHolidays"/>) compiles that date's year
/// alone, in any year of the range (its rules are evaluated over the few years around it that observed dates
/// and business-day rules can reach, a few tens of microseconds); a query that counts across years
/// (<see cref="BusinessDaysBetween"/>, <see cref="AddBusinessDays"/>) compiles the years between its ends that
/// are not compiled yet, once. Consecutive compiled years keep their counts from one origin, so after that no
/// query walks day by day or year by year: each costs the same whatever the distance between the dates, and
/// allocates nothing. A new calendar costs its rules' validation and nothing per year.
/// </para>
/// <para>
/// Every calendar supports a range of years (<see cref="FirstSupportedYear"/> to
/// <see cref="LastSupportedYear"/>, by default 1900–2199; see <see cref="WithSupportedYears"/>). A
/// date outside it, or a result that would fall outside it, is an
/// <see cref="ArgumentOutOfRangeException"/>. Dates must be in the ISO calendar.
/// </para>
/// <para>
/// Instances are immutable and thread-safe: compilation publishes each year once, and
/// <see cref="With"/>, <see cref="Without"/>, <see cref="Union"/> and
/// <see cref="WithSupportedYears"/> return new calendars. Equality is structural: the same rules
/// (in the same order), weekend and supported years.
/// </para>
/// </remarks>
public sealed class HolidayCalendar : IEquatable<HolidayCalendar>
{
    /// <summary>The first supported year of a calendar made by <see cref="Create"/>: 1900.</summary>
    public const int DefaultFirstSupportedYear = 1900;

    /// <summary>The last supported year of a calendar made by <see cref="Create"/>: 2199.</summary>
    public const int DefaultLastSupportedYear = 2199;

    /// <summary>The smallest year <see cref="WithSupportedYears"/> accepts: 1.</summary>
    public const int MinSupportedYear = 1;

    /// <summary>The largest year <see cref="WithSupportedYears"/> accepts: 9900.</summary>
    public const int MaxSupportedYear = 9900;

    private static readonly IsoDayOfWeek[] s_defaultWeekend = { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    /// <summary>The weekend-day lists, by mask / 2 (the masks use bits 1–7).</summary>
    private static readonly ReadOnlyCollection<IsoDayOfWeek>?[] s_weekendDays = new ReadOnlyCollection<IsoDayOfWeek>?[128];

    private readonly HolidayRuleSet[] _members;
    private readonly int _weekendMask;
    private readonly CompiledDays _days;

    // A view of the compiled days' table, held here so that the hot paths go from this object straight to the words (see
    // CompiledDays); refreshed after each slow path. The words carry their own first year.
    private ulong[] _viewWords;

    [MethodImpl(Jit.Optimized)]
    private HolidayCalendar(HolidayRuleSet[] members, int firstYear, int lastYear)
    {
        _members = members;
        FirstSupportedYear = firstYear;
        LastSupportedYear = lastYear;
        foreach (HolidayRuleSet member in members)
        {
            _weekendMask |= member.WeekendMask;
        }

        _days = new CompiledDays(new HolidayDaySource(members, _weekendMask), firstYear, lastYear, withExtras: true, noBusinessDays: _weekendMask == HolidayRuleSet.AllDaysMask);
        _viewWords = _days.Table.Words;

        if (members.Length == 1)
        {
            // A set's rules are distinct already; the collection wraps its array, which never changes.
            Rules = new ReadOnlyCollection<HolidayRule>(members[0].Rules);
        }
        else
        {
            var rules = new List<HolidayRule>();
            var seen = new HashSet<HolidayRule>();
            foreach (HolidayRuleSet member in members)
            {
                foreach (HolidayRule rule in member.Rules)
                {
                    if (seen.Add(rule))
                    {
                        rules.Add(rule);
                    }
                }
            }

            Rules = new ReadOnlyCollection<HolidayRule>(rules);
        }

        WeekendDays = WeekendDaysOf(_weekendMask);
    }

    /// <summary>Gets the rules of the calendar, in the order given (for a union, member by member).</summary>
    public IReadOnlyList<HolidayRule> Rules { get; }

    /// <summary>Gets the weekend days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WeekendDays { get; }

    /// <summary>Gets the first year the calendar answers for.</summary>
    public int FirstSupportedYear { get; }

    /// <summary>Gets the last year the calendar answers for.</summary>
    public int LastSupportedYear { get; }

    /// <summary>Creates a calendar from rules and weekend days.</summary>
    /// <param name="rules">The rules. Rules may refer to each other by name; exact repeats are ignored.</param>
    /// <param name="weekendDays">The weekend days. The default value (<see langword="null"/>) is Saturday and Sunday; an empty list makes every day a working day.</param>
    /// <returns>The calendar, supporting the years <see cref="DefaultFirstSupportedYear"/> to <see cref="DefaultLastSupportedYear"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weekend day is not Monday to Sunday.</exception>
    /// <exception cref="HolidayRuleException">A rule refers to a rule that does not exist or has several dates a year, rules refer to each other in a cycle, two rules with one name are in effect in the same year, a rule needs business days but every day of the week is a weekend day, or a business-day rule counts more business days than 366 days of the weekend pattern hold.</exception>
    public static HolidayCalendar Create(IEnumerable<HolidayRule> rules, IEnumerable<IsoDayOfWeek>? weekendDays = null)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        return TryCreate(rules, weekendDays, Problems.Throw, null)!;
    }

    /// <summary>
    /// Creates a calendar as <see cref="Create"/> does, or reports every problem of its rules (<see cref="Problems.InRule"/>) and
    /// returns <see langword="null"/>; references to <paramref name="unreadNames"/> count as resolved.
    /// </summary>
    internal static HolidayCalendar? TryCreate(IEnumerable<HolidayRule> rules, IEnumerable<IsoDayOfWeek>? weekendDays, Problems problems, IReadOnlyCollection<string>? unreadNames)
    {
        int mask = WeekendMask(weekendDays ?? s_defaultWeekend);
        HolidayRuleSet? set = HolidayRuleSet.TryCreate(rules, mask, problems, unreadNames);
        return set is null ? null : new HolidayCalendar(new[] { set }, DefaultFirstSupportedYear, DefaultLastSupportedYear);
    }

    /// <summary>Creates a built-in calendar from its document's rules, weekend and years (the document was read by a trusted reader; the rules are validated here).</summary>
    internal static HolidayCalendar CreateBuiltIn(IEnumerable<HolidayRule> rules, IsoDayOfWeek[] weekend, int firstYear, int lastYear)
        => new(new[] { HolidayRuleSet.Create(rules, WeekendMask(weekend)) }, firstYear, lastYear);

    /// <summary>Returns whether <paramref name="date"/> is the observed date of a holiday.</summary>
    /// <param name="date">An ISO date in the supported years.</param>
    /// <returns><see langword="true"/> when a rule's holiday is observed on the date (weekend or not).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public bool IsHoliday(LocalDate date)
        => _days.IsHoliday(date, nameof(date));

    /// <summary>Returns the observed-holiday bits of a supported <paramref name="year"/>, one per <see cref="YearWords.Slot"/>, compiling the year on first use.</summary>
    internal ulong[] HolidayBits(int year) => _days.YearOf(new LocalDate(year, 1, 1), nameof(year)).HolidayBits;

    /// <summary>
    /// Returns, by slot, the weekday (1–7) whose hours each weekend date made a working day (<see cref="HolidayRuleKind.WorkingDays"/>)
    /// gets in a business calendar, 0 for other dates; or <see langword="null"/> when the year has none. Compiles the year on first use.
    /// </summary>
    internal byte[]? WorkingWeekdays(int year) => _days.YearOf(new LocalDate(year, 1, 1), nameof(year)).WorkingWeekdays;

    /// <summary>Returns whether <paramref name="date"/> is a business day: not a weekend day and not a holiday.</summary>
    /// <param name="date">An ISO date in the supported years.</param>
    /// <returns><see langword="true"/> for a business day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsBusinessDay(LocalDate date)
    {
        // CompiledDays.TryIsBusinessDay written out, the calendar checked before the view is read (see there): the hottest
        // query of the library, and the JIT keeps this form free of flag variables and spills.
        if (date.Calendar == CalendarSystem.Iso)
        {
            ulong[] words = Volatile.Read(ref _viewWords);
            int index = (date.Year - YearTable.OriginOf(words)) * YearWords.Stride;
            if (unchecked((uint)index) < (uint)words.Length)
            {
                if ((Volatile.Read(ref words[index + YearWords.Meta]) & YearWords.Published) == YearWords.Published)
                {
                    int slot = YearWords.Slot(date.Month, date.Day);
                    return ((words[index + (slot >> 6)] >> slot) & 1) != 0;
                }
            }
        }

        return IsBusinessDaySlow(date);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsBusinessDaySlow(LocalDate date)
    {
        // Through the one slow path that every single-date query shares (so a first query runs code the JIT has compiled).
        CompiledDays.Location location = _days.Locate(date, nameof(date));
        RefreshView();
        return ((location.Table.Words[location.Index + (location.Slot >> 6)] >> location.Slot) & 1) != 0;
    }

    /// <summary>Points the view at the compiled days' current table.</summary>
    private void RefreshView()
    {
        Volatile.Write(ref _viewWords, _days.Table.Words);
    }

    /// <summary>Returns the holidays observed in the calendar year <paramref name="year"/>, sorted by date.</summary>
    /// <param name="year">A supported year.</param>
    /// <returns>
    /// The holidays whose observed <see cref="Holiday.Date"/> is in <paramref name="year"/>: New Year's Day
    /// 2022, observed on Friday 31 December 2021, is listed in 2021. Two rules may give the same date.
    /// The list is cached; calling again does not allocate.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public IReadOnlyList<Holiday> GetHolidays(int year)
    {
        CheckYear(year, nameof(year));
        return _days.Year(year).Holidays;
    }

    /// <summary>
    /// Returns the business day <paramref name="days"/> business days after <paramref name="date"/>
    /// (before it when negative).
    /// </summary>
    /// <param name="date">The start date; it need not be a business day.</param>
    /// <param name="days">
    /// The number of business days. Positive: the <paramref name="days"/>-th business day strictly
    /// after <paramref name="date"/> (a non-business start is not rolled first, so Saturday + 1 is
    /// Monday). Negative: the symmetric count strictly before. Zero: <paramref name="date"/> if it is a
    /// business day, otherwise the next business day.
    /// </param>
    /// <returns>The business day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> or the result is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business days at all in its supported years (for example, every day of the week is a weekend day).</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days) => AddBusinessDaysCore(date, days, BusinessDayConvention.None);

    /// <summary>Adds business days; <paramref name="adjusting"/> names the convention when <see cref="Adjust"/> is the caller, for its messages.</summary>
    private LocalDate AddBusinessDaysCore(LocalDate date, int days, BusinessDayConvention adjusting)
        => date.Calendar == CalendarSystem.Iso && CompiledDays.TryAddBusinessDays(Volatile.Read(ref _viewWords), date, days, out LocalDate result)
            ? result
            : AddBusinessDaysSlow(date, days, adjusting);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LocalDate AddBusinessDaysSlow(LocalDate date, int days, BusinessDayConvention adjusting)
    {
        LocalDate result = _days.AddBusinessDaysSlow(date, days, adjusting);
        RefreshView();
        return result;
    }

    /// <summary>Returns the number of business days in [<paramref name="start"/>, <paramref name="end"/>): start included, end excluded.</summary>
    /// <param name="start">The first date counted.</param>
    /// <param name="end">The date after the last date counted.</param>
    /// <returns>The count; 0 when the dates are equal, and the negated count of [<paramref name="end"/>, <paramref name="start"/>) when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
        => start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso
            && CompiledDays.TryBusinessDaysBetween(Volatile.Read(ref _viewWords), start, end, out int count)
            ? count
            : BusinessDaysBetweenSlow(start, end);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int BusinessDaysBetweenSlow(LocalDate start, LocalDate end)
    {
        int count = _days.BusinessDaysBetweenSlow(start, end);
        RefreshView();
        return count;
    }

    /// <summary>Moves a date that is not a business day onto one, by a <see cref="BusinessDayConvention"/>.</summary>
    /// <param name="date">The date; a business day is returned unchanged.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>The adjusted date.</returns>
    /// <remarks>
    /// For the modified conventions, when neither direction stays in the month of
    /// <paramref name="date"/> (a month without business days), the other direction's result is returned.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined, or <paramref name="date"/> or the result is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business days at all.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public LocalDate Adjust(LocalDate date, BusinessDayConvention convention)
    {
        if (convention < BusinessDayConvention.Following || convention > BusinessDayConvention.ModifiedPreceding)
        {
            Preconditions.ThrowOutOfRange(nameof(convention), convention, Preconditions.Format("The business-day convention must be Following, ModifiedFollowing, Preceding or ModifiedPreceding, was {0}.", (int)convention));
        }

        if (IsBusinessDay(date))
        {
            return date;
        }

        switch (convention)
        {
            case BusinessDayConvention.Following:
                return AddBusinessDaysCore(date, 1, convention);
            case BusinessDayConvention.Preceding:
                return AddBusinessDaysCore(date, -1, convention);
            case BusinessDayConvention.ModifiedFollowing:
                // Counted inside the month, so the last month of the supported years still finds its preceding business day.
                return AddBusinessDaysCore(date, BusinessDaysLaterInMonth(date) > 0 ? 1 : -1, convention);
            default:
                return AddBusinessDaysCore(date, BusinessDaysEarlierInMonth(date) > 0 ? -1 : 1, convention);
        }
    }

    /// <summary>Returns a calendar with more rules.</summary>
    /// <param name="rules">The rules to add. They may refer to the calendar's rules and to each other.</param>
    /// <returns>The new calendar, with the same weekend and supported years; this one is unchanged.</returns>
    /// <remarks>
    /// On a <see cref="Union"/>, each added rule joins every member calendar in which the names it
    /// refers to resolve (a rule that refers to nothing joins every member), so business-day rules
    /// count the business days of each member they join.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> contains <see langword="null"/>.</exception>
    /// <exception cref="HolidayRuleException">The rules do not form a valid calendar with the existing ones (see <see cref="Create"/>).</exception>
    [MethodImpl(Jit.Optimized)]
    public HolidayCalendar With(params HolidayRule[] rules)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i] is null)
            {
                Preconditions.ThrowArgument(nameof(rules), Preconditions.Format("The rules to add must not contain null, was null at position {0}.", i));
            }
        }

        if (_members.Length == 1)
        {
            return new HolidayCalendar(new[] { _members[0].With(rules) }, FirstSupportedYear, LastSupportedYear);
        }

        foreach (HolidayRule rule in rules)
        {
            if (!_members.Any(m => m.CanResolve(rule, rules)))
            {
                throw new HolidayRuleException(rule.Name, Preconditions.Format(
                    "Rule '{0}' counts from rules that no single member of the union has.", rule.Name));
            }
        }

        HolidayRuleSet[] members = _members
            .Select(m => HolidayRuleSet.Create(m.Rules.Concat(rules.Where(r => m.CanResolve(r, rules))), m.WeekendMask))
            .ToArray();
        return new HolidayCalendar(members, FirstSupportedYear, LastSupportedYear);
    }

    /// <summary>Returns a calendar without the rules named <paramref name="ruleName"/>.</summary>
    /// <param name="ruleName">The name of the rules to remove (every rule of that name, whatever its years).</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The calendar has no rule named <paramref name="ruleName"/>.</exception>
    /// <exception cref="HolidayRuleException">Another rule counts from the removed one.</exception>
    public HolidayCalendar Without(string ruleName)
    {
        Preconditions.CheckNotNull(ruleName, nameof(ruleName));
        if (!HasRule(ruleName))
        {
            Preconditions.ThrowArgument(nameof(ruleName), Preconditions.Format("The calendar has no rule named '{0}' to remove.", ruleName));
        }

        HolidayRuleSet[] members = _members
            .Select(m => m.HasRule(ruleName) ? HolidayRuleSet.Create(m.Rules.Where(r => r.Name != ruleName), m.WeekendMask) : m)
            .ToArray();
        return new HolidayCalendar(members, FirstSupportedYear, LastSupportedYear);
    }

    /// <summary>Returns whether a member of the calendar has a rule named <paramref name="ruleName"/>.</summary>
    internal bool HasRule(string ruleName)
    {
        foreach (HolidayRuleSet member in _members)
        {
            if (member.HasRule(ruleName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the union of this calendar and <paramref name="other"/>: a date is a holiday when it is
    /// a holiday of either, a weekend day when it is a weekend day of either, and a business day only
    /// when it is a business day of both.
    /// </summary>
    /// <param name="other">The other calendar.</param>
    /// <returns>The new calendar, supporting the years both support; this one is unchanged.</returns>
    /// <remarks>
    /// Each calendar's rules keep their own meaning: "one business day before Christmas" is still
    /// counted in the calendar that defines it, and rules of the same name in both do not clash.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The calendars support no year in common.</exception>
    public HolidayCalendar Union(HolidayCalendar other) => TryUnion(Preconditions.CheckNotNull(other, nameof(other)), Problems.Throw)!;

    /// <summary>Returns <see cref="Union"/>, or reports that the calendars have no year in common (member <c>other</c>) and returns <see langword="null"/>.</summary>
    internal HolidayCalendar? TryUnion(HolidayCalendar other, Problems problems)
    {
        int first = Math.Max(FirstSupportedYear, other.FirstSupportedYear);
        int last = Math.Min(LastSupportedYear, other.LastSupportedYear);
        if (first > last)
        {
            problems.Invalid(nameof(other), Preconditions.Format(
                "Calendars in a union must support a year in common, but {0}–{1} and {2}–{3} do not overlap.",
                FirstSupportedYear, LastSupportedYear, other.FirstSupportedYear, other.LastSupportedYear));
            return null;
        }

        var members = new List<HolidayRuleSet>(_members);
        foreach (HolidayRuleSet member in other._members)
        {
            if (!members.Contains(member))
            {
                members.Add(member);
            }
        }

        return new HolidayCalendar(members.ToArray(), first, last);
    }

    /// <summary>Returns a calendar with the same rules that answers for the years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first supported year, at least <see cref="MinSupportedYear"/>.</param>
    /// <param name="lastYear">The last supported year, at most <see cref="MaxSupportedYear"/> and not before <paramref name="firstYear"/>.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <remarks>
    /// The range says where the calendar's rules are trusted; built-in calendars narrow it to the
    /// years their rules are exact for. Memory grows with the years actually queried, not with the range.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public HolidayCalendar WithSupportedYears(int firstYear, int lastYear) => TryWithSupportedYears(firstYear, lastYear, Problems.Throw)!;

    /// <summary>Returns <see cref="WithSupportedYears"/>, or reports its problems (members <c>firstYear</c>, <c>lastYear</c>) and returns <see langword="null"/>.</summary>
    internal HolidayCalendar? TryWithSupportedYears(int firstYear, int lastYear, Problems problems)
        => CheckSupportedYears(firstYear, lastYear, problems) ? new HolidayCalendar(_members, firstYear, lastYear) : null;

    /// <summary>Checks supported years for <see cref="WithSupportedYears"/> (members <c>firstYear</c>, <c>lastYear</c>); returns whether they are valid.</summary>
    internal static bool CheckSupportedYears(int firstYear, int lastYear, Problems problems)
    {
        int before = problems.Count;
        if (firstYear < MinSupportedYear || firstYear > MaxSupportedYear)
        {
            problems.OutOfRange(nameof(firstYear), firstYear, Preconditions.Format("The first supported year must be between {0} and {1}, was {2}.", MinSupportedYear, MaxSupportedYear, firstYear));
        }
        else if (lastYear < firstYear || lastYear > MaxSupportedYear)
        {
            problems.OutOfRange(nameof(lastYear), lastYear, Preconditions.Format("The last supported year must be between the first, {0}, and {1}, was {2}.", firstYear, MaxSupportedYear, lastYear));
        }

        return problems.Count == before;
    }

    /// <summary>Sets how out-of-range messages name this calendar (built-in calendars only; before the calendar is shared).</summary>
    internal void SetLabel(string label) => _days.Label = label;

    /// <summary>Gets the calendars a <see cref="Union"/> was built from, each with this calendar's supported years; one (this calendar's rules) when it is not a union.</summary>
    internal HolidayCalendar[] MemberCalendars()
        => _members.Select(m => new HolidayCalendar(new[] { m }, FirstSupportedYear, LastSupportedYear)).ToArray();

    /// <inheritdoc/>
    public bool Equals(HolidayCalendar? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (FirstSupportedYear == other.FirstSupportedYear
                    && LastSupportedYear == other.LastSupportedYear
                    && _members.SequenceEqual(other._members)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HolidayCalendar);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = HashCodes.Combine(FirstSupportedYear, LastSupportedYear);
        foreach (HolidayRuleSet member in _members)
        {
            hash = HashCodes.Combine(hash, member.GetHashCode());
        }

        return hash;
    }

    /// <summary>Returns the weekend days of <paramref name="mask"/> (bit <c>(int)IsoDayOfWeek</c> per day), Monday first: one read-only list per mask, made on first use.</summary>
    private static ReadOnlyCollection<IsoDayOfWeek> WeekendDaysOf(int mask)
    {
        ReadOnlyCollection<IsoDayOfWeek>? days = Volatile.Read(ref s_weekendDays[mask >> 1]);
        if (days is null)
        {
            var list = new List<IsoDayOfWeek>(7);
            for (int d = 1; d <= 7; d++)
            {
                if ((mask & (1 << d)) != 0)
                {
                    list.Add((IsoDayOfWeek)d);
                }
            }

            days = new ReadOnlyCollection<IsoDayOfWeek>(list.ToArray());
            days = Interlocked.CompareExchange(ref s_weekendDays[mask >> 1], days, null) ?? days;
        }

        return days;
    }

    /// <summary>Describes the calendar: its number of rules, weekend and supported years.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => Preconditions.Format(
            "HolidayCalendar({0} rules{1}, weekend {2}, years {3}–{4})",
            Rules.Count,
            _members.Length > 1 ? " in a union of " + _members.Length : string.Empty,
            WeekendDays.Count == 0 ? "none" : string.Join(", ", WeekendDays),
            FirstSupportedYear,
            LastSupportedYear);

    private void CheckYear(int year, string paramName)
    {
        if (year < FirstSupportedYear || year > LastSupportedYear)
        {
            Preconditions.ThrowOutOfRange(paramName, year, Preconditions.Format(
                "The year {0} is outside the years {1}–{2} that {3} supports.", year, FirstSupportedYear, LastSupportedYear, _days.Label ?? "this calendar"));
        }
    }

    /// <summary>Returns the number of business days after <paramref name="date"/> in its month.</summary>
    private int BusinessDaysLaterInMonth(LocalDate date)
    {
        var last = new LocalDate(date.Year, date.Month, CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month));
        return BusinessDaysBetween(date, last) + (IsBusinessDay(last) ? 1 : 0) - (IsBusinessDay(date) ? 1 : 0);
    }

    /// <summary>Returns the number of business days before <paramref name="date"/> in its month.</summary>
    private int BusinessDaysEarlierInMonth(LocalDate date) => BusinessDaysBetween(new LocalDate(date.Year, date.Month, 1), date);

    private static int WeekendMask(IEnumerable<IsoDayOfWeek> days)
    {
        int mask = 0;
        foreach (IsoDayOfWeek day in days)
        {
            if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
            {
                Preconditions.ThrowOutOfRange("weekendDays", day, Preconditions.Format("Weekend days must be Monday to Sunday, was {0}.", (int)day));
            }

            mask |= 1 << (int)day;
        }

        return mask;
    }
}
