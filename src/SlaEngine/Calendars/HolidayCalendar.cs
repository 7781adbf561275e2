using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System;
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
/// The calendar is compiled lazily, one calendar year at a time, into a bitmap of 366 bits plus
/// running counts of business days, so no query walks day by day: <see cref="IsBusinessDay"/>,
/// <see cref="AddBusinessDays"/> and <see cref="BusinessDaysBetween"/> cost the same whatever the
/// distance between the dates, and allocate nothing once the years they touch are compiled.
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

    /// <summary>Running counts are measured from 1 January of this year (or the nearest supported one).</summary>
    private const int PreferredAnchorYear = 2000;

    private static readonly IsoDayOfWeek[] s_defaultWeekend = { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    private readonly HolidayRuleSet[] _members;
    private readonly int _weekendMask;
    private readonly int _yearCount;
    private readonly ulong[] _words;
    private readonly CompiledYear?[] _years;
    private readonly int _anchorYear;
    private readonly object _compileLock = new();

    private HolidayCalendar(HolidayRuleSet[] members, int firstYear, int lastYear)
    {
        _members = members;
        FirstSupportedYear = firstYear;
        LastSupportedYear = lastYear;
        _yearCount = lastYear - firstYear + 1;
        _words = new ulong[_yearCount * YearWords.Stride];
        _years = new CompiledYear?[_yearCount];
        _anchorYear = Math.Min(Math.Max(PreferredAnchorYear, firstYear), lastYear);
        foreach (HolidayRuleSet member in members)
        {
            _weekendMask |= member.WeekendMask;
        }

        var rules = new List<HolidayRule>();
        var seen = new HashSet<HolidayRule>();
        foreach (HolidayRule rule in members.SelectMany(m => m.Rules))
        {
            if (seen.Add(rule))
            {
                rules.Add(rule);
            }
        }

        Rules = new ReadOnlyCollection<HolidayRule>(rules);
        WeekendDays = new ReadOnlyCollection<IsoDayOfWeek>(
            Enumerable.Range(1, 7).Where(d => (_weekendMask & (1 << d)) != 0).Select(d => (IsoDayOfWeek)d).ToArray());
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
        int mask = WeekendMask(weekendDays ?? s_defaultWeekend);
        return new HolidayCalendar(new[] { HolidayRuleSet.Create(rules, mask) }, DefaultFirstSupportedYear, DefaultLastSupportedYear);
    }

    /// <summary>
    /// Creates a calendar without weekend whose non-business days are computed by <paramref name="closedDays"/>
    /// (first year, last year, output of entries whose observed day numbers are the closed dates).
    /// </summary>
    internal static HolidayCalendar CreateComputed(string name, Action<int, int, List<HolidayRuleSet.Entry>> closedDays, int firstYear, int lastYear)
        => new(new[] { HolidayRuleSet.Computed(name, closedDays) }, firstYear, lastYear);

    /// <summary>Returns whether <paramref name="date"/> is the observed date of a holiday.</summary>
    /// <param name="date">An ISO date in the supported years.</param>
    /// <returns><see langword="true"/> when a rule's holiday is observed on the date (weekend or not).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public bool IsHoliday(LocalDate date)
    {
        int index = Locate(date, nameof(date), out int slot);
        CompiledYear year = Volatile.Read(ref _years[index / YearWords.Stride])!;
        return ((year.HolidayBits[slot >> 6] >> slot) & 1) != 0;
    }

    /// <summary>Returns whether <paramref name="date"/> is a business day: not a weekend day and not a holiday.</summary>
    /// <param name="date">An ISO date in the supported years.</param>
    /// <returns><see langword="true"/> for a business day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsBusinessDay(LocalDate date)
    {
        int index = Locate(date, nameof(date), out int slot);
        return ((_words[index + (slot >> 6)] >> slot) & 1) != 0;
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
        return Volatile.Read(ref _years[EnsureCompiled(year) / YearWords.Stride])!.Holidays;
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
    {
        int index = Locate(date, nameof(date), out int slot);
        ulong[] words = _words;
        ulong bits = words[index + (slot >> 6)];
        long before = CountBefore(words, index, slot, bits);
        long target = days > 0 ? before + (long)((bits >> slot) & 1) + days - 1
            : days == 0 ? before
            : before + days;
        return BusinessDayAt(target, index, date, days, adjusting);
    }

    /// <summary>Returns the number of business days in [<paramref name="start"/>, <paramref name="end"/>): start included, end excluded.</summary>
    /// <param name="start">The first date counted.</param>
    /// <param name="end">The date after the last date counted.</param>
    /// <returns>The count; 0 when the dates are equal, and the negated count of [<paramref name="end"/>, <paramref name="start"/>) when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported years.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="HolidayRuleEvaluationException">A year the query needs cannot be evaluated: its holidays leave a business-day rule or a substitute holiday without its day (see <see cref="HolidayRuleEvaluationException"/>).</exception>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
        => BusinessDaysBefore(end, nameof(end)) - BusinessDaysBefore(start, nameof(start));

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
            return new HolidayCalendar(new[] { HolidayRuleSet.Create(_members[0].Rules.Concat(rules), _members[0].WeekendMask) }, FirstSupportedYear, LastSupportedYear);
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
        if (!_members.Any(m => m.HasRule(ruleName)))
        {
            Preconditions.ThrowArgument(nameof(ruleName), Preconditions.Format("The calendar has no rule named '{0}' to remove.", ruleName));
        }

        HolidayRuleSet[] members = _members
            .Select(m => m.HasRule(ruleName) ? HolidayRuleSet.Create(m.Rules.Where(r => r.Name != ruleName), m.WeekendMask) : m)
            .ToArray();
        return new HolidayCalendar(members, FirstSupportedYear, LastSupportedYear);
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
    public HolidayCalendar Union(HolidayCalendar other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        int first = Math.Max(FirstSupportedYear, other.FirstSupportedYear);
        int last = Math.Min(LastSupportedYear, other.LastSupportedYear);
        if (first > last)
        {
            Preconditions.ThrowArgument(nameof(other), Preconditions.Format(
                "Calendars in a union must support a year in common, but {0}–{1} and {2}–{3} do not overlap.",
                FirstSupportedYear, LastSupportedYear, other.FirstSupportedYear, other.LastSupportedYear));
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
    public HolidayCalendar WithSupportedYears(int firstYear, int lastYear)
    {
        Preconditions.CheckRange(firstYear, MinSupportedYear, MaxSupportedYear, nameof(firstYear), "The first supported year");
        Preconditions.CheckRange(lastYear, firstYear, MaxSupportedYear, nameof(lastYear), "The last supported year");
        return new HolidayCalendar(_members, firstYear, lastYear);
    }

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

    /// <summary>Returns the number of business days from the anchor to <paramref name="date"/> (excluded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BusinessDaysBefore(LocalDate date, string paramName)
    {
        int index = Locate(date, paramName, out int slot);
        ulong[] words = _words;
        return CountBefore(words, index, slot, words[index + (slot >> 6)]);
    }

    /// <summary>Business days from the anchor to the date in <paramref name="slot"/> of the year at <paramref name="index"/>; <paramref name="bits"/> is that slot's word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountBefore(ulong[] words, int index, int slot, ulong bits)
        => YearWords.Before(words[index + YearWords.Counts])
            + YearWords.Rank(words[index + YearWords.Meta], slot >> 6)
            + Bits.PopCount(bits & ((1UL << slot) - 1));

    /// <summary>
    /// Returns the index of the compiled year of <paramref name="date"/> in the word array, and the
    /// date's slot (see <see cref="YearWords"/>); checks the date and compiles its year on first use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Locate(LocalDate date, string paramName, out int slot)
    {
        uint year = (uint)(date.Year - FirstSupportedYear);
        if (year < (uint)_yearCount)
        {
            int index = (int)year * YearWords.Stride;
            ulong meta = Volatile.Read(ref _words[index + YearWords.Meta]);
            if ((meta & YearWords.Published) == YearWords.Published && date.Calendar == CalendarSystem.Iso)
            {
                slot = YearWords.Slot(date.Month, date.Day);
                return index;
            }
        }

        return LocateSlow(date, paramName, out slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int LocateSlow(LocalDate date, string paramName, out int slot)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("Dates must be in the ISO calendar, was {0} in {1}.", date, date.Calendar.Id));
        }

        if (date.Year < FirstSupportedYear || date.Year > LastSupportedYear)
        {
            Preconditions.ThrowOutOfRange(paramName, date, Preconditions.Format(
                "The date {0:uuuu-MM-dd} is outside the years {1}–{2} that this calendar supports.", date, FirstSupportedYear, LastSupportedYear));
        }

        slot = YearWords.Slot(date.Month, date.Day);
        return EnsureCompiled(date.Year);
    }

    private void CheckYear(int year, string paramName)
    {
        if (year < FirstSupportedYear || year > LastSupportedYear)
        {
            Preconditions.ThrowOutOfRange(paramName, year, Preconditions.Format(
                "The year {0} is outside the years {1}–{2} that this calendar supports.", year, FirstSupportedYear, LastSupportedYear));
        }
    }

    /// <summary>
    /// Returns the business day whose running count (business days before it since the anchor) is
    /// <paramref name="target"/>, searching from the year at word index <paramref name="hint"/>.
    /// </summary>
    private LocalDate BusinessDayAt(long target, int hint, LocalDate start, int days, BusinessDayConvention adjusting)
    {
        ulong[] words = _words;

        // Business days per year hardly vary, so the target's year is where the start year's rate
        // puts it, give or take one: estimate with a multiply by the year's reciprocal, correct by one
        // year without branching, then verify. Any distance costs the same; anything unusual (a year
        // without business days, an uncompiled year, the ends of the range) takes the slow path.
        ulong counts = words[hint + YearWords.Counts];
        long offset = target - YearWords.Before(counts);
        int index = -1;
        if (offset > int.MinValue && offset < int.MaxValue)
        {
            long guess = hint + (((offset * YearWords.Reciprocal(counts)) >> YearWords.ReciprocalShift) * YearWords.Stride);
            // The guess must have a year on each side for the correction: not the first or last year.
            if (guess >= YearWords.Stride && guess <= words.Length - (2 * YearWords.Stride))
            {
                ulong guessCounts = words[guess + YearWords.Counts];
                long guessRank = target - YearWords.Before(guessCounts);
                index = (int)guess + (YearWords.Stride * ((guessRank >= YearWords.Total(guessCounts) ? 1 : 0) - (guessRank < 0 ? 1 : 0)));
            }
        }

        ulong meta = index >= 0 ? Volatile.Read(ref words[index + YearWords.Meta]) : 0;
        long rank = index >= 0 ? target - YearWords.Before(words[index + YearWords.Counts]) : -1;
        if ((meta & YearWords.Published) != YearWords.Published || (ulong)rank >= (ulong)YearWords.Total(words[index + YearWords.Counts]))
        {
            index = FindYear(target, hint, start, days, adjusting);
            meta = words[index + YearWords.Meta];
            rank = target - YearWords.Before(words[index + YearWords.Counts]);
        }

        int word = YearWords.WordOfRank(meta, (int)rank);
        int slot = (word << 6) + Bits.Select(words[index + word], (int)rank - YearWords.Rank(meta, word));
        return new LocalDate(FirstSupportedYear + (index / YearWords.Stride), (slot >> 5) + 1, (slot & 31) + 1);
    }

    /// <summary>Finds the word index of the year holding the business day with running count <paramref name="target"/>: gallops, then bisects.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindYear(long target, int hint, LocalDate start, int days, BusinessDayConvention adjusting)
    {
        if (_weekendMask == HolidayRuleSet.AllDaysMask)
        {
            Preconditions.ThrowInvalidOperation("The calendar has no business days: every day of the week is a weekend day.");
        }

        // The answer is the first year y with target < Before(y) + Total(y).
        int hintYear = FirstSupportedYear + (hint / YearWords.Stride);

        // Reached only when the estimate of BusinessDayAt missed (a year not yet compiled, the ends of the
        // range, rules that change the year's count): gallop from the hint, then bisect; the answer lies in (low, high].
        int low;
        int high;
        int step = 1;
        if (target >= End(hintYear))
        {
            low = hintYear;
            while (true)
            {
                int probe = (int)Math.Min((long)low + step, LastSupportedYear);
                if (target < End(probe))
                {
                    high = probe;
                    break;
                }

                if (probe == LastSupportedYear)
                {
                    ThrowIfNoBusinessDaysAtAll();
                    ThrowOutOfRange(start, days, adjusting, "past", LastSupportedYear, "last");
                }

                low = probe;
                step *= 2;
            }
        }
        else
        {
            high = hintYear;
            while (true)
            {
                int probe = (int)Math.Max((long)high - step, FirstSupportedYear);
                if (target >= YearWords.Before(_words[EnsureCompiled(probe) + YearWords.Counts]))
                {
                    // Every year before probe ends at or before target, so the answer is probe or later.
                    low = probe - 1;
                    break;
                }

                if (probe == FirstSupportedYear)
                {
                    ThrowIfNoBusinessDaysAtAll();
                    ThrowOutOfRange(start, days, adjusting, "before", FirstSupportedYear, "first");
                }

                high = probe;
                step *= 2;
            }
        }

        while (high - low > 1)
        {
            int middle = low + ((high - low) / 2);
            if (target < End(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return EnsureCompiled(high);

        long End(int year)
        {
            ulong counts = _words[EnsureCompiled(year) + YearWords.Counts];
            return (long)YearWords.Before(counts) + YearWords.Total(counts);
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

    /// <summary>Throws for a business day beyond the supported years, naming the argument of the public method that was called.</summary>
    [DoesNotReturn]
    private static void ThrowOutOfRange(LocalDate start, int days, BusinessDayConvention adjusting, string direction, int year, string which)
    {
        if (adjusting != BusinessDayConvention.None)
        {
            Preconditions.ThrowOutOfRange("date", start, Preconditions.Format(
                "Adjusting {0:uuuu-MM-dd} by {1} goes {2} {3}, the {4} year this calendar supports.", start, adjusting, direction, year, which));
        }

        Preconditions.ThrowOutOfRange(nameof(days), days, Preconditions.Format(
            "Counting {0} business {1} from {2:uuuu-MM-dd} goes {3} {4}, the {5} year this calendar supports.",
            days, days is 1 or -1 ? "day" : "days", start, direction, year, which));
    }

    /// <summary>Throws when no supported year has a business day, so a search that ran out of range says why.</summary>
    private void ThrowIfNoBusinessDaysAtAll()
    {
        ulong first = _words[EnsureCompiled(FirstSupportedYear) + YearWords.Counts];
        ulong last = _words[EnsureCompiled(LastSupportedYear) + YearWords.Counts];
        if (YearWords.Before(last) + YearWords.Total(last) == YearWords.Before(first))
        {
            Preconditions.ThrowInvalidOperation(Preconditions.Format(
                "The calendar has no business days at all in the years {0}–{1} that it supports.", FirstSupportedYear, LastSupportedYear));
        }
    }

    /// <summary>Returns the word index of <paramref name="year"/>, compiling it (and the years between it and the anchor) if needed.</summary>
    private int EnsureCompiled(int year)
    {
        int index = (year - FirstSupportedYear) * YearWords.Stride;
        ulong meta = Volatile.Read(ref _words[index + YearWords.Meta]);
        if ((meta & YearWords.Published) != YearWords.Published)
        {
            Compile(year);
        }

        return index;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Compile(int year)
    {
        lock (_compileLock)
        {
            if (IsPublished(year))
            {
                return;
            }

            // Compiled years always form one run around the anchor, so running counts can chain.
            int first = year;
            int last = year;
            if (year >= _anchorYear)
            {
                while (first > _anchorYear && !IsPublished(first - 1))
                {
                    first--;
                }
            }
            else
            {
                while (last < _anchorYear && !IsPublished(last + 1))
                {
                    last++;
                }
            }

            CompileRange(first, last, year >= _anchorYear);
        }
    }

    private bool IsPublished(int year) => IsPublishedAt((year - FirstSupportedYear) * YearWords.Stride);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPublishedAt(int index) => (Volatile.Read(ref _words[index + YearWords.Meta]) & YearWords.Published) == YearWords.Published;

    /// <summary>Compiles the years <paramref name="first"/> to <paramref name="last"/>, chaining running counts away from the anchor. Called under the lock.</summary>
    private void CompileRange(int first, int last, bool forward)
    {
        var entries = new List<HolidayRuleSet.Entry>[_members.Length];
        for (int m = 0; m < _members.Length; m++)
        {
            entries[m] = new List<HolidayRuleSet.Entry>();
            _members[m].Evaluate(first, last, entries[m]);
        }

        int count = last - first + 1;
        var holidayBits = new ulong[count][];
        var lists = new List<Holiday>[count];
        var firstDays = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            holidayBits[i] = new ulong[YearWords.BitWords];
            lists[i] = new List<Holiday>();
        }

        for (int i = 0; i <= count; i++)
        {
            firstDays[i] = IsoDate.FirstDayOfYear(first + i);
        }

        for (int m = 0; m < _members.Length; m++)
        {
            HolidayRule[] rules = _members[m].Rules;
            foreach (HolidayRuleSet.Entry entry in entries[m])
            {
                IsoDate.ToCivil(entry.Observed, out int y, out int month, out int dayOfMonth);
                int i = y - first;
                int slot = YearWords.Slot(month, dayOfMonth);
                holidayBits[i][slot >> 6] |= 1UL << slot;
                lists[i].Add(new Holiday(rules[entry.Rule].Name, IsoDate.FromDayNumber(entry.Observed), IsoDate.FromDayNumber(entry.Actual)));
            }
        }

        // Build every year's words in a scratch array first, then publish away from the anchor, so a
        // reader never sees a year whose neighbour toward the anchor is missing.
        var scratch = new ulong[count * YearWords.Stride];
        for (int k = 0; k < count; k++)
        {
            int i = forward ? k : count - 1 - k;
            int year = first + i;
            int index = i * YearWords.Stride;
            int length = firstDays[i + 1] - firstDays[i];
            int total = 0;
            for (int day = 0; day < length; day++)
            {
                IsoDate.ToCivil(firstDays[i] + day, out _, out int month, out int dayOfMonth);
                int slot = YearWords.Slot(month, dayOfMonth);
                bool weekend = (_weekendMask & (1 << (int)IsoDate.DayOfWeek(firstDays[i] + day))) != 0;
                if (!weekend && (holidayBits[i][slot >> 6] & (1UL << slot)) == 0)
                {
                    scratch[index + (slot >> 6)] |= 1UL << slot;
                    total++;
                }
            }

            int before;
            if (year == _anchorYear)
            {
                before = 0;
            }
            else if (forward)
            {
                ulong previous = k == 0 ? _words[EnsureCompiled(year - 1) + YearWords.Counts] : scratch[index - YearWords.Stride + YearWords.Counts];
                before = YearWords.Before(previous) + YearWords.Total(previous);
            }
            else
            {
                ulong next = k == 0 ? _words[EnsureCompiled(year + 1) + YearWords.Counts] : scratch[index + YearWords.Stride + YearWords.Counts];
                before = YearWords.Before(next) - total;
            }

            scratch[index + YearWords.Counts] = YearWords.PackCounts(before, total);
            scratch[index + YearWords.Meta] = YearWords.PackMeta(scratch, index);

            lists[i].Sort();
            for (int j = lists[i].Count - 1; j > 0; j--)
            {
                if (lists[i][j] == lists[i][j - 1])
                {
                    lists[i].RemoveAt(j);
                }
            }
        }

        for (int k = 0; k < count; k++)
        {
            int i = forward ? k : count - 1 - k;
            int target = (first + i - FirstSupportedYear) * YearWords.Stride;
            Volatile.Write(ref _years[first + i - FirstSupportedYear], new CompiledYear(holidayBits[i], new ReadOnlyCollection<Holiday>(lists[i])));
            Array.Copy(scratch, i * YearWords.Stride, _words, target, YearWords.Meta);
            Volatile.Write(ref _words[target + YearWords.Meta], scratch[(i * YearWords.Stride) + YearWords.Meta]);
        }
    }

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
