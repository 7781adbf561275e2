using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.Calendars;

/// <summary>
/// An immutable, labelled, declarative rule for the holidays of one kind: a fixed date, the n-th
/// weekday of a month, an Easter offset, a date relative to another rule, or explicit dates.
/// </summary>
/// <remarks>
/// <para>
/// Rules are data: they say <em>what</em> the holiday is and are evaluated by the
/// <see cref="HolidayCalendar"/> that holds them. Rules refer to each other by
/// <see cref="Name"/>; a reference always uses the other rule's <em>observed</em> date.
/// Several rules may share a name when their effective year ranges do not overlap (for example
/// Veterans Day on the fourth Monday of October in 1971–1977 and on 11 November from 1978); a
/// reference to that name then uses whichever rule is in effect in the year. A table of dates
/// (<see cref="Dates"/>, <see cref="WorkingDays"/>) gives dates only from its first date to its last: another
/// table of the same name may hold the dates before or after it (next year's announced dates, even when they
/// begin in December), and a rule of the same name may be in effect in the years before or after its dates.
/// </para>
/// <para>
/// The effective year range (<see cref="FromYear"/>, <see cref="UntilYear"/>, both inclusive)
/// is in <em>holiday-years</em>: the year of the actual date. New Year's Day 2022, observed on
/// Friday 31 December 2021, belongs to holiday-year 2022.
/// </para>
/// <para>
/// Equality is structural: two rules are equal when every property is equal, the name included.
/// Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class HolidayRule : IEquatable<HolidayRule>
{
    /// <summary>The largest number of calendar days a <see cref="DaysAfter"/> or Easter rule may move a date: 366.</summary>
    public const int MaxOffsetDays = 366;

    /// <summary>The largest number of business days a <see cref="BusinessDaysBefore"/> or <see cref="BusinessDaysAfter"/> rule may count: 60.</summary>
    public const int MaxBusinessDayCount = 60;

    private static readonly ReadOnlyCollection<LocalDate> s_noDates = new(Array.Empty<LocalDate>());

    private static readonly IReadOnlyDictionary<IsoDayOfWeek, int> s_noMoves = new ReadOnlyDictionary<IsoDayOfWeek, int>(new Dictionary<IsoDayOfWeek, int>());

    /// <summary>The moves by weekday (index 1–7), or <see langword="null"/>.</summary>
    private int[]? _moves;

    /// <summary>The explicit dates, sorted and distinct; the array <see cref="ExplicitDates"/> wraps.</summary>
    private readonly LocalDate[] _dates;

    // Source and note of a built-in calendar's rule stay in the embedded document until first asked for (they are documentation,
    // and decoding them all would be most of a first use's allocation).
    private string? _source;
    private string? _note;
    private EmbeddedText? _lazySource;
    private EmbeddedText? _lazyNote;

    /// <summary>The moves as a dictionary, built once with <see cref="_moves"/>.</summary>
    private IReadOnlyDictionary<IsoDayOfWeek, int>? _movesView;

    private HolidayRule(
        string name,
        HolidayRuleKind kind,
        int month = 0,
        int day = 0,
        IsoDayOfWeek dayOfWeek = IsoDayOfWeek.None,
        int occurrence = 0,
        int offset = 0,
        int count = 0,
        string? referenceRuleName = null,
        string? endReferenceRuleName = null,
        LocalDate[]? dates = null,
        Observance observance = Observance.None,
        int? fromYear = null,
        int? untilYear = null)
    {
        Name = name;
        Kind = kind;
        Month = month;
        Day = day;
        DayOfWeek = dayOfWeek;
        Occurrence = occurrence;
        Offset = offset;
        Count = count;
        ReferenceRuleName = referenceRuleName;
        EndReferenceRuleName = endReferenceRuleName;
        ExplicitDates = dates is null ? s_noDates : new ReadOnlyCollection<LocalDate>(dates);
        _dates = dates ?? Array.Empty<LocalDate>();
        Observance = observance;
        FromYear = fromYear;
        UntilYear = untilYear;
    }

    /// <summary>Gets the name of the holiday, as it appears on every <see cref="Holiday"/> the rule produces.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the kind of rule, which says which of the other properties are used.</summary>
    public HolidayRuleKind Kind { get; private set; }

    /// <summary>Gets the month (1–12) of a <see cref="HolidayRuleKind.Fixed"/> or <see cref="HolidayRuleKind.NthWeekday"/> rule; 0 for other kinds.</summary>
    public int Month { get; private set; }

    /// <summary>
    /// Gets the day of the month of a <see cref="HolidayRuleKind.Fixed"/> rule, or the day an
    /// <see cref="HolidayRuleKind.NthWeekday"/> rule counts from (on or after it; the last: on or before it), 0 when it counts
    /// from the month's first or last day; 0 for other kinds.
    /// </summary>
    public int Day { get; private set; }

    /// <summary>Gets the weekday of a <see cref="HolidayRuleKind.NthWeekday"/> rule; <see cref="IsoDayOfWeek.None"/> for other kinds.</summary>
    public IsoDayOfWeek DayOfWeek { get; private set; }

    /// <summary>Gets the occurrence of a <see cref="HolidayRuleKind.NthWeekday"/> rule: 1–5, or -1 for the last; 0 for other kinds.</summary>
    public int Occurrence { get; private set; }

    /// <summary>
    /// Gets the offset in calendar days of an Easter or <see cref="HolidayRuleKind.DaysAfter"/> rule
    /// (negative = before); 0 for other kinds.
    /// </summary>
    public int Offset { get; private set; }

    /// <summary>Gets the number of business days of a <see cref="HolidayRuleKind.BusinessDaysBefore"/> or <see cref="HolidayRuleKind.BusinessDaysAfter"/> rule; 0 for other kinds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Gets the name of the rule this rule counts from (the start rule of a
    /// <see cref="HolidayRuleKind.BusinessDaysBetween"/> rule), or <see langword="null"/> for rules that stand alone.
    /// </summary>
    public string? ReferenceRuleName { get; private set; }

    /// <summary>Gets the name of the end rule of a <see cref="HolidayRuleKind.BusinessDaysBetween"/> rule, or <see langword="null"/> for other kinds.</summary>
    public string? EndReferenceRuleName { get; private set; }

    /// <summary>Gets the dates of a <see cref="HolidayRuleKind.Dates"/> rule, sorted and without repeats; empty for other kinds.</summary>
    public IReadOnlyList<LocalDate> ExplicitDates { get; private set; }

    /// <summary>Gets the dates of <see cref="ExplicitDates"/> as the array the collection wraps (read only; for loops without an interface enumerator).</summary>
    internal LocalDate[] DateArray => _dates;

    /// <summary>Gets how a <see cref="HolidayRuleKind.Fixed"/> holiday on a weekend is observed; <see cref="Observance.None"/> for other kinds.</summary>
    public Observance Observance { get; private set; }

    /// <summary>Gets the first holiday-year in which the rule is in effect, or <see langword="null"/> when it has no start.</summary>
    public int? FromYear { get; private set; }

    /// <summary>Gets the last holiday-year in which the rule is in effect, or <see langword="null"/> when it has no end.</summary>
    public int? UntilYear { get; private set; }

    /// <summary>
    /// Gets the holiday's name in the language of the government's own list (for example "Tag der Deutschen Einheit"),
    /// or <see langword="null"/> when the rule has none; it appears as <see cref="Holiday.LocalName"/>.
    /// </summary>
    /// <remarks>The local name takes part in equality, as <see cref="Name"/> does: both are what the holiday is called.</remarks>
    public string? LocalName { get; private set; }

    /// <summary>
    /// Gets where the rule comes from (a statute and section, a gazette notice, a government page), or <see langword="null"/>.
    /// </summary>
    /// <remarks>Documentation only: it does not take part in equality, so a copy whose citation differs is the same rule.</remarks>
    public string? Source
    {
        get => _source ?? (_lazySource is null ? null : _source = _lazySource.Value.Decode());
        private set
        {
            _source = value;
            _lazySource = null;
        }
    }

    /// <summary>
    /// Gets a decision or remark about the rule ("the national calendar follows England and Wales"), or <see langword="null"/>.
    /// </summary>
    /// <remarks>Documentation only: it does not take part in equality.</remarks>
    public string? Note
    {
        get => _note ?? (_lazyNote is null ? null : _note = _lazyNote.Value.Decode());
        private set
        {
            _note = value;
            _lazyNote = null;
        }
    }

    /// <summary>
    /// Gets the lunisolar calendar of a <see cref="HolidayRuleKind.Lunisolar"/> rule; <see cref="Calendars.LunisolarCalendar.None"/> for other kinds.
    /// </summary>
    public LunisolarCalendar LunisolarCalendar { get; private set; }

    /// <summary>Gets the Hebrew month of a <see cref="HolidayRuleKind.Hebrew"/> rule; <see cref="Calendars.HebrewMonth.None"/> for other kinds.</summary>
    public HebrewMonth HebrewMonth { get; private set; }

    /// <summary>
    /// Gets the UTC offset whose local date an <see cref="HolidayRuleKind.Equinox"/> rule gives (+09:00 for Japan); <see cref="Offset.Zero"/> for other kinds.
    /// </summary>
    public Offset UtcOffset { get; private set; }

    /// <summary>
    /// Gets the weekday whose hours a business calendar gives the dates of a <see cref="HolidayRuleKind.WorkingDays"/> rule;
    /// <see cref="IsoDayOfWeek.None"/> for other kinds.
    /// </summary>
    public IsoDayOfWeek AsWeekday { get; private set; }

    /// <summary>
    /// Gets the fixed moves of the rule by weekday: when the actual date falls on a weekday listed here, the holiday is
    /// observed that many calendar days later (negative: earlier). Empty when the rule has none (see <see cref="WithMoves"/>).
    /// </summary>
    public IReadOnlyDictionary<IsoDayOfWeek, int> Moves => _moves is null ? s_noMoves : _movesView ??= MovesView(_moves);

    /// <summary>Gets a value indicating whether the rule stands alone: its date comes from its own properties, not from another rule.</summary>
    internal bool StandsAlone => Kind is HolidayRuleKind.Fixed or HolidayRuleKind.NthWeekday or HolidayRuleKind.Easter or HolidayRuleKind.OrthodoxEaster
        or HolidayRuleKind.Dates or HolidayRuleKind.Lunisolar or HolidayRuleKind.Hebrew or HolidayRuleKind.Equinox;

    /// <summary>Gets the move of the actual date's weekday (bits: index = <see cref="IsoDayOfWeek"/>), or <see langword="null"/>.</summary>
    internal int[]? MoveTable => _moves;

    /// <summary>Gets a value indicating whether the rule counts from another rule.</summary>
    public bool IsRelative => ReferenceRuleName is not null;

    /// <summary>
    /// Creates a rule for a fixed month and day each year ("Christmas Day, 25 December, Saturday
    /// observed on Friday and Sunday on Monday").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month; 29 February is allowed and occurs in leap years only.</param>
    /// <param name="observance">How a weekend date is observed. The default value is <see cref="Observance.None"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate, or <paramref name="observance"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> and <paramref name="day"/> do not form a date.</exception>
    public static HolidayRule Fixed(string name, int month, int day, Observance observance = Observance.None)
        => TryFixed(name, month, day, observance, Problems.Throw)!;

    /// <summary>Creates a <see cref="Fixed(string, int, int, Observance)"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryFixed(string name, int month, int day, Observance observance, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (month < 1 || month > 12)
        {
            problems.OutOfRange(nameof(month), month, Preconditions.Format("The month of rule '{0}' must be between 1 and 12, was {1}.", name, month));
        }
        else if (day < 1 || day > IsoDate.DaysInMonth(2000, month))
        {
            problems.OutOfRange(nameof(day), day, Preconditions.Format("The day of rule '{0}' must be between 1 and {1} for month {2}, was {3}.", name, IsoDate.DaysInMonth(2000, month), month, day));
        }

        CheckObservance(name, observance, problems);

        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.Fixed, month: month, day: day, observance: observance);
    }

    /// <summary>
    /// Creates a rule for the n-th weekday of a month ("Thanksgiving Day, the fourth Thursday of
    /// November"; "Memorial Day, the last Monday of May").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <param name="occurrence">1–5 for the first to fifth such weekday, or -1 for the last. A fifth weekday that a month
    /// does not have in a year gives no holiday that year.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/>, <paramref name="dayOfWeek"/> or <paramref name="occurrence"/> is out of range.</exception>
    public static HolidayRule NthWeekday(string name, int month, IsoDayOfWeek dayOfWeek, int occurrence)
        => TryNthWeekday(name, month, dayOfWeek, occurrence, 0, Problems.Throw)!;

    /// <summary>
    /// Creates a rule for the n-th weekday on or after a day of a month, or the last on or before it ("Repentance and Prayer
    /// Day, the last Wednesday on or before 22 November"; "Victoria Day, the last Monday on or before 24 May"; "Jeûne
    /// genevois, the first Thursday on or after 5 September").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <param name="occurrence">1–4 for the first to fourth such weekday on or after <paramref name="day"/>, or -1 for the last
    /// on or before it (a fifth would leave the month).</param>
    /// <param name="day">The day of the month the count starts from. The date stays in the month in every year: with an
    /// occurrence n of 1–5, <paramref name="day"/> + 7n − 1 is at most the month's shortest length (28 for February); with -1,
    /// <paramref name="day"/> is 7 or more and at most the month's shortest length.</param>
    /// <returns>The rule; its <see cref="Day"/> is <paramref name="day"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/>, <paramref name="dayOfWeek"/>,
    /// <paramref name="occurrence"/> or <paramref name="day"/> is out of range.</exception>
    public static HolidayRule NthWeekday(string name, int month, IsoDayOfWeek dayOfWeek, int occurrence, int day)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (day == 0)
        {
            // 0 is "counted from the month's first or last day" inside the rule; here a day must be given.
            Preconditions.ThrowOutOfRange(nameof(day), day, Preconditions.Format("The day of rule '{0}' (the day the count starts from) must be between 1 and 31, was 0.", name));
        }

        return TryNthWeekday(name, month, dayOfWeek, occurrence, day, Problems.Throw)!;
    }

    /// <summary>
    /// Creates an <see cref="NthWeekday(string, int, IsoDayOfWeek, int, int)"/> rule (<paramref name="day"/> 0: counted from the
    /// month's first or last day), or reports its problems and returns <see langword="null"/>.
    /// </summary>
    internal static HolidayRule? TryNthWeekday(string name, int month, IsoDayOfWeek dayOfWeek, int occurrence, int day, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (month < 1 || month > 12)
        {
            problems.OutOfRange(nameof(month), month, Preconditions.Format("The month of rule '{0}' must be between 1 and 12, was {1}.", name, month));
        }

        if (dayOfWeek < IsoDayOfWeek.Monday || dayOfWeek > IsoDayOfWeek.Sunday)
        {
            problems.OutOfRange(nameof(dayOfWeek), dayOfWeek, Preconditions.Format("The weekday of rule '{0}' must be Monday to Sunday, was {1}.", name, (int)dayOfWeek));
        }

        if (occurrence == 0 || occurrence < -1 || occurrence > 5)
        {
            problems.OutOfRange(nameof(occurrence), occurrence, Preconditions.Format("The occurrence of rule '{0}' must be 1 to 5, or -1 for the last, was {1}.", name, occurrence));
        }

        if (day != 0 && occurrence == 5 && problems.Count == before)
        {
            problems.OutOfRange(nameof(occurrence), occurrence, Preconditions.Format(
                "The occurrence of rule '{0}' must be 1 to 4, or -1 for the last, when it counts from a day of the month (a fifth {1} on or after a day leaves the month), was 5.",
                name, dayOfWeek));
        }

        if (day != 0 && problems.Count == before)
        {
            int shortest = month == 2 ? 28 : IsoDate.DaysInMonth(2001, month);
            if (occurrence == -1 ? day < 7 || day > shortest : day < 1 || day + (7 * occurrence) - 1 > shortest)
            {
                problems.OutOfRange(nameof(day), day, occurrence == -1
                    ? Preconditions.Format(
                        "The day of rule '{0}' must be between 7 and {1}, so that the last {2} on or before it falls in {3} every year, was {4}.",
                        name, shortest, dayOfWeek, MonthName(month), day)
                    : Preconditions.Format(
                        "The day of rule '{0}' must be between 1 and {1}, so that the {2} {3} on or after it falls in {4} every year, was {5}.",
                        name, shortest - (7 * occurrence) + 1, OrdinalWord(occurrence), dayOfWeek, MonthName(month), day));
            }
        }

        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.NthWeekday, month: month, day: day, dayOfWeek: dayOfWeek, occurrence: occurrence);
    }

    /// <summary>
    /// Creates a rule a number of days from Western Easter Sunday, as computed for the Gregorian
    /// calendar ("Good Friday" is -2, "Easter Monday" is 1).
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="offsetDays">Days from Easter Sunday, negative for before; at most <see cref="MaxOffsetDays"/> either way.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsetDays"/> is out of range.</exception>
    public static HolidayRule Easter(string name, int offsetDays) => TryEaster(HolidayRuleKind.Easter, name, offsetDays, Problems.Throw)!;

    /// <summary>
    /// Creates a rule a number of days from Orthodox Easter Sunday (computed on the Julian calendar
    /// and expressed as an ISO date, as the Eastern Orthodox churches do).
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="offsetDays">Days from Orthodox Easter Sunday, negative for before; at most <see cref="MaxOffsetDays"/> either way.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsetDays"/> is out of range.</exception>
    public static HolidayRule OrthodoxEaster(string name, int offsetDays) => TryEaster(HolidayRuleKind.OrthodoxEaster, name, offsetDays, Problems.Throw)!;

    /// <summary>Creates an <see cref="Easter(string, int)"/> or <see cref="OrthodoxEaster(string, int)"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryEaster(HolidayRuleKind kind, string name, int offsetDays, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        CheckOffset(name, offsetDays, nameof(offsetDays), problems);
        return problems.Count != before ? null : new HolidayRule(name, kind, offset: offsetDays);
    }

    /// <summary>
    /// Creates a rule a number of calendar days from another rule's observed date ("the day after
    /// Thanksgiving" is <c>DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1)</c>).
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="otherRuleName">The name of the rule to count from; it must have one date a year.</param>
    /// <param name="days">Calendar days after the other rule's observed date, negative for before; at most <see cref="MaxOffsetDays"/> either way.</param>
    /// <returns>The rule.</returns>
    /// <remarks>The reference is resolved when a <see cref="HolidayCalendar"/> is built from the rule.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="otherRuleName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="otherRuleName"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static HolidayRule DaysAfter(string name, string otherRuleName, int days) => TryDaysAfter(name, otherRuleName, days, Problems.Throw)!;

    /// <summary>Creates a <see cref="DaysAfter(string, string, int)"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryDaysAfter(string name, string otherRuleName, int days, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        CheckReference(name, otherRuleName, nameof(otherRuleName), problems);
        CheckOffset(name, days, nameof(days), problems);
        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.DaysAfter, offset: days, referenceRuleName: otherRuleName);
    }

    /// <summary>
    /// Creates a rule for the business day that is <paramref name="count"/> business days before
    /// another rule's observed date ("one business day before Christmas").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="otherRuleName">The name of the rule to count from; it must have one date a year.</param>
    /// <param name="count">Business days to count back, 1–<see cref="MaxBusinessDayCount"/>: 1 is the last business day before the other rule's date.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// A business day here is a day of the calendar being built that is not a weekend day and not a
    /// holiday of one of its rules that do not themselves count business days (fixed, n-th
    /// weekday, Easter, explicit dates, and day offsets from those). So "one business day before
    /// Christmas" and "all business days between Christmas and New Year's" do not push each other
    /// around. The rule produces one date a year; for two days before, add a rule with count 2 as well.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="otherRuleName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="otherRuleName"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public static HolidayRule BusinessDaysBefore(string name, string otherRuleName, int count)
        => TryBusinessDaysAround(HolidayRuleKind.BusinessDaysBefore, name, otherRuleName, count, Problems.Throw)!;

    /// <summary>
    /// Creates a rule for the business day that is <paramref name="count"/> business days after
    /// another rule's observed date ("one business day after Christmas").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="otherRuleName">The name of the rule to count from; it must have one date a year.</param>
    /// <param name="count">Business days to count forward, 1–<see cref="MaxBusinessDayCount"/>: 1 is the first business day after the other rule's date.</param>
    /// <returns>The rule.</returns>
    /// <remarks>Business days are counted as for <see cref="BusinessDaysBefore"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="otherRuleName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="otherRuleName"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public static HolidayRule BusinessDaysAfter(string name, string otherRuleName, int count)
        => TryBusinessDaysAround(HolidayRuleKind.BusinessDaysAfter, name, otherRuleName, count, Problems.Throw)!;

    /// <summary>Creates a <see cref="BusinessDaysBefore(string, string, int)"/> or <see cref="BusinessDaysAfter(string, string, int)"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryBusinessDaysAround(HolidayRuleKind kind, string name, string otherRuleName, int count, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        CheckReference(name, otherRuleName, nameof(otherRuleName), problems);
        if (count < 1 || count > MaxBusinessDayCount)
        {
            problems.OutOfRange(nameof(count), count, Preconditions.Format("The business-day count of rule '{0}' must be between 1 and {1}, was {2}.", name, MaxBusinessDayCount, count));
        }

        return problems.Count != before ? null : new HolidayRule(name, kind, count: count, referenceRuleName: otherRuleName);
    }

    /// <summary>
    /// Creates a rule for every business day strictly between the observed date of one rule and the
    /// next observed date of another ("all business days between Christmas and New Year's").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="fromRuleName">The rule whose observed date opens the range (excluded); it must have one date a year.</param>
    /// <param name="toRuleName">The rule whose next observed date after that closes the range (excluded); it must have one date a year.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// Business days are counted as for <see cref="BusinessDaysBefore"/>. The dates belong to the
    /// holiday-year of the start rule: the days between Christmas 2026 and New Year's Day 2027 are
    /// holiday-year 2026. The end is looked for in the start's holiday-year and the two after it.
    /// </remarks>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space or has an unpaired surrogate.</exception>
    public static HolidayRule BusinessDaysBetween(string name, string fromRuleName, string toRuleName) => TryBusinessDaysBetween(name, fromRuleName, toRuleName, Problems.Throw)!;

    /// <summary>Creates a <see cref="BusinessDaysBetween(string, string, string)"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryBusinessDaysBetween(string name, string fromRuleName, string toRuleName, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        CheckReference(name, fromRuleName, nameof(fromRuleName), problems);
        CheckReference(name, toRuleName, nameof(toRuleName), problems);
        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.BusinessDaysBetween, referenceRuleName: fromRuleName, endReferenceRuleName: toRuleName);
    }

    /// <summary>Creates a rule for explicit dates: one-off closures such as a national day of mourning.</summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="dates">The dates, in the ISO calendar; at least one. Order and repeats do not matter.</param>
    /// <returns>The rule.</returns>
    /// <remarks>Each date belongs to its own year's holiday-year and is observed on that date.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate, <paramref name="dates"/> is empty, or a date is not in the ISO calendar.</exception>
    public static HolidayRule Dates(string name, params LocalDate[] dates)
    {
        // The name first, as every factory checks it: Dates(null, null) names "name", not "dates".
        CheckName(name, Problems.Throw);
        return TryDates(name, Preconditions.CheckNotNull(dates, nameof(dates)), Problems.Throw)!;
    }

    /// <summary>Creates a <see cref="Dates(string, LocalDate[])"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryDates(string name, IReadOnlyList<LocalDate> dates, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (dates.Count == 0)
        {
            problems.Invalid(nameof(dates), Preconditions.Format("Rule '{0}' needs at least one date, was none.", name));
        }

        // Sorted and without repeats, through day numbers (an int sort, which needs no code compiled for LocalDate).
        var days = new int[dates.Count];
        for (int i = 0; i < days.Length; i++)
        {
            LocalDate date = dates[i];
            if (date.Calendar != CalendarSystem.Iso)
            {
                problems.Invalid(nameof(dates), Preconditions.Format("The dates of rule '{0}' must be in the ISO calendar, was {1} in {2}.", name, date, date.Calendar.Id));
                continue;
            }

            days[i] = IsoDate.ToDayNumber(date);
        }

        if (problems.Count != before)
        {
            return null;
        }

        return new HolidayRule(name, HolidayRuleKind.Dates, dates: SortedDistinct(days, days.Length));
    }

    /// <summary>
    /// Creates a <see cref="HolidayRuleKind.Dates"/> rule (or, with <paramref name="asWeekday"/>, a <see cref="HolidayRuleKind.WorkingDays"/>
    /// rule) from the first <paramref name="count"/> day numbers of <paramref name="days"/> (sorted in place): for the built-in
    /// documents' reader.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal static HolidayRule FromDayNumbers(string name, int[] days, int count, IsoDayOfWeek asWeekday = IsoDayOfWeek.None)
    {
        CheckName(name, Problems.Throw);
        if (count == 0)
        {
            Problems.Throw.Invalid("dates", Preconditions.Format("Rule '{0}' needs at least one date, was none.", name));
        }

        var rule = new HolidayRule(name, HolidayRuleKind.Dates, dates: SortedDistinct(days, count));
        if (asWeekday != IsoDayOfWeek.None)
        {
            rule.Kind = HolidayRuleKind.WorkingDays;
            rule.AsWeekday = asWeekday;
        }

        return rule;
    }

    /// <summary>Returns the dates of the first <paramref name="count"/> day numbers of <paramref name="days"/> (sorted in place), sorted and without repeats.</summary>
    [MethodImpl(Jit.Optimized)]
    internal static LocalDate[] SortedDistinct(int[] days, int count)
    {
        Array.Sort(days, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++)
        {
            if (i == 0 || days[i] != days[i - 1])
            {
                days[distinct++] = days[i];
            }
        }

        var result = new LocalDate[distinct];
        for (int i = 0; i < distinct; i++)
        {
            result[i] = IsoDate.FromDayNumber(days[i]);
        }

        return result;
    }

    /// <summary>
    /// Creates a rule for a date of a lunisolar calendar each year: the lunar <paramref name="month"/> and <paramref name="day"/>
    /// of the lunar year that begins in the Gregorian holiday-year, plus <paramref name="offsetDays"/> ("Chuseok: 15th day of the
    /// 8th month"; the day before Seollal: month 1, day 1, offset -1).
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="calendar">The lunisolar calendar: <see cref="LunisolarCalendar.Korean"/> (the BCL's <see cref="System.Globalization.KoreanLunisolarCalendar"/>'s dates, Gregorian years 1900–2050) or <see cref="LunisolarCalendar.Chinese"/> (<see cref="System.Globalization.ChineseLunisolarCalendar"/>'s, 1901–2100).</param>
    /// <param name="month">The lunar month, 1–12; never a leap month.</param>
    /// <param name="day">The day of the lunar month, 1–30; a 30th day in a month of 29 days gives no holiday that year.</param>
    /// <param name="offsetDays">Calendar days after that date (negative: before), at most <see cref="MaxOffsetDays"/> either way. The default value is 0.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// A calendar that asks for a year outside the lunisolar calendar's range throws <see cref="HolidayRuleEvaluationException"/> rather
    /// than leave the holiday out: give such a calendar supported years inside the range (see <see cref="HolidayCalendar.WithSupportedYears"/>).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate, or <paramref name="calendar"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/>, <paramref name="day"/> or <paramref name="offsetDays"/> is out of range.</exception>
    public static HolidayRule Lunisolar(string name, LunisolarCalendar calendar, int month, int day, int offsetDays = 0)
        => TryLunisolar(name, calendar, month, day, offsetDays, Problems.Throw)!;

    /// <summary>Creates a <see cref="Lunisolar"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryLunisolar(string name, LunisolarCalendar calendar, int month, int day, int offsetDays, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (calendar is not (LunisolarCalendar.Korean or LunisolarCalendar.Chinese))
        {
            problems.Invalid(nameof(calendar), Preconditions.Format("The lunisolar calendar of rule '{0}' must be Korean or Chinese, was {1}.", name, (int)calendar));
        }

        if (month < 1 || month > 12)
        {
            problems.OutOfRange(nameof(month), month, Preconditions.Format("The lunar month of rule '{0}' must be between 1 and 12, was {1}.", name, month));
        }

        if (day < 1 || day > 30)
        {
            problems.OutOfRange(nameof(day), day, Preconditions.Format("The lunar day of rule '{0}' must be between 1 and 30, was {1}.", name, day));
        }

        CheckOffset(name, offsetDays, nameof(offsetDays), problems);
        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.Lunisolar, month: month, day: day, offset: offsetDays) { LunisolarCalendar = calendar };
    }

    /// <summary>
    /// Creates a rule for a date of the Hebrew calendar each year: <paramref name="day"/> of <paramref name="month"/>, plus
    /// <paramref name="offsetDays"/>, in the occurrence that falls in the Gregorian holiday-year ("Rosh Hashanah: 1 Tishrei").
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="month">The Hebrew month. Dates in Tishrei, Cheshvan and Kislev are those of the Hebrew year that begins in the
    /// holiday-year's autumn; dates in the other months those of the Hebrew year that began the autumn before (so a Tevet date may
    /// fall in late December of the year before).</param>
    /// <param name="day">The day of the month, 1–30; a 30th day in a month of 29 days gives no holiday that year.</param>
    /// <param name="offsetDays">Calendar days after that date (negative: before). The default value is 0.</param>
    /// <returns>The rule. Dates are those of NodaTime's Hebrew calendar (<see cref="CalendarSystem.HebrewScriptural"/>), computed by the library's own arithmetic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate, or <paramref name="month"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> or <paramref name="offsetDays"/> is out of range.</exception>
    public static HolidayRule Hebrew(string name, HebrewMonth month, int day, int offsetDays = 0)
        => TryHebrew(name, month, day, offsetDays, Problems.Throw)!;

    /// <summary>Creates a <see cref="Hebrew"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryHebrew(string name, HebrewMonth month, int day, int offsetDays, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (month < HebrewMonth.Nisan || month > HebrewMonth.AdarI)
        {
            problems.Invalid(nameof(month), Preconditions.Format("The Hebrew month of rule '{0}' is not a defined value, was {1}.", name, (int)month));
        }

        if (day < 1 || day > 30)
        {
            problems.OutOfRange(nameof(day), day, Preconditions.Format("The day of rule '{0}' must be between 1 and 30, was {1}.", name, day));
        }

        CheckOffset(name, offsetDays, nameof(offsetDays), problems);
        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.Hebrew, day: day, offset: offsetDays) { HebrewMonth = month };
    }

    /// <summary>
    /// Creates a rule for the date of the March or September equinox at a UTC offset each year (Japan's Vernal and Autumnal
    /// Equinox Days: month 3 or 9 at +09:00).
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <param name="month">3 for the March (northward) equinox, 9 for the September (southward) equinox.</param>
    /// <param name="utcOffset">The offset whose local date is the holiday: whole minutes between -14:00 and +14:00.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// The instant of the equinox comes from the solar theory of Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 27
    /// (mean equinox and 24 periodic terms, about a minute from the true instant for 1000–3000), converted from dynamical time by
    /// the ΔT polynomials of Espenak and Meeus. Governments proclaim such days a year ahead (Japan's Cabinet Office each February):
    /// the proclaimed day wins where an equinox falls within minutes of midnight.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 3 or 9, or <paramref name="utcOffset"/> is beyond ±14 hours or not whole minutes.</exception>
    public static HolidayRule Equinox(string name, int month, Offset utcOffset)
        => TryEquinox(name, month, utcOffset, Problems.Throw)!;

    /// <summary>Creates an <see cref="Equinox"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryEquinox(string name, int month, Offset utcOffset, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        if (month is not (3 or 9))
        {
            problems.OutOfRange(nameof(month), month, Preconditions.Format("The month of equinox rule '{0}' must be 3 (March) or 9 (September), was {1}.", name, month));
        }

        if (Math.Abs(utcOffset.Seconds) > 14 * 3600 || utcOffset.Seconds % 60 != 0)
        {
            problems.OutOfRange(nameof(utcOffset), utcOffset, Preconditions.Format("The UTC offset of equinox rule '{0}' must be whole minutes between -14:00 and +14:00, was {1}.", name, utcOffset));
        }

        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.Equinox, month: month) { UtcOffset = utcOffset };
    }

    /// <summary>
    /// Creates a rule for every date that is not itself a holiday and whose day before and day after are both actual dates of
    /// the calendar's stand-alone holidays (fixed, n-th weekday, Easter, explicit-date, lunisolar, Hebrew and equinox rules):
    /// Japan's Citizens' Holiday (国民の休日, Act on National Holidays, art. 3(3)). Weekend dates are included.
    /// </summary>
    /// <param name="name">The holiday's name; not empty.</param>
    /// <returns>The rule.</returns>
    /// <remarks>"Not itself a holiday" includes substitute days given out by observances; other rules cannot count from this one.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate.</exception>
    public static HolidayRule DayBetweenHolidays(string name)
    {
        CheckName(name, Problems.Throw);
        return new HolidayRule(name, HolidayRuleKind.DayBetweenHolidays);
    }

    /// <summary>Creates a <see cref="DayBetweenHolidays"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryDayBetweenHolidays(string name, Problems problems)
    {
        int before = problems.Count;
        CheckName(name, problems);
        return problems.Count != before ? null : new HolidayRule(name, HolidayRuleKind.DayBetweenHolidays);
    }

    /// <summary>
    /// Creates a rule for weekend dates that a government makes working days (China's make-up working days, Russia's transferred
    /// days off): each date is a business day of the calendar unless a holiday falls on it, and a business calendar opens it
    /// with the hours its schedule gives <paramref name="asWeekday"/>.
    /// </summary>
    /// <param name="name">A label for the dates ("Working day (Spring Festival)"); not empty. It names no holiday.</param>
    /// <param name="asWeekday">The weekday whose hours the dates get in a business calendar (Monday when the government names none).</param>
    /// <param name="dates">The dates, in the ISO calendar; at least one. A date that is not a weekend day of the calendar is refused when the calendar is made.</param>
    /// <returns>The rule.</returns>
    /// <remarks>
    /// In a union of holiday calendars a working day of one member is a business day only when no other member closes it (as a
    /// weekend day or a holiday): a union is closed whenever any member is.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or has an unpaired surrogate, <paramref name="dates"/> is empty, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asWeekday"/> is not Monday to Sunday.</exception>
    public static HolidayRule WorkingDays(string name, IsoDayOfWeek asWeekday, params LocalDate[] dates)
    {
        CheckName(name, Problems.Throw);
        return TryWorkingDays(name, asWeekday, Preconditions.CheckNotNull(dates, nameof(dates)), Problems.Throw)!;
    }

    /// <summary>Creates a <see cref="WorkingDays"/> rule, or reports its problems and returns <see langword="null"/>.</summary>
    internal static HolidayRule? TryWorkingDays(string name, IsoDayOfWeek asWeekday, IReadOnlyList<LocalDate> dates, Problems problems)
    {
        int before = problems.Count;
        if (asWeekday < IsoDayOfWeek.Monday || asWeekday > IsoDayOfWeek.Sunday)
        {
            problems.OutOfRange(nameof(asWeekday), asWeekday, Preconditions.Format("The weekday of working-day rule '{0}' must be Monday to Sunday, was {1}.", name, (int)asWeekday));
        }

        HolidayRule? dated = TryDates(name, dates, problems);
        if (dated is null || problems.Count != before)
        {
            return null;
        }

        dated.Kind = HolidayRuleKind.WorkingDays;
        dated.AsWeekday = asWeekday;
        return dated;
    }

    /// <summary>
    /// Returns a copy of this rule observed as <paramref name="observance"/> says when its date falls on a weekend day (or, for
    /// the observances that say so, on a date another holiday holds).
    /// </summary>
    /// <param name="observance">The observance.</param>
    /// <returns>The new rule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="observance"/> is not defined, or the rule does not stand alone (it counts from another rule, or it is a <see cref="HolidayRuleKind.DayBetweenHolidays"/> or <see cref="HolidayRuleKind.WorkingDays"/> rule), or it has <see cref="Moves"/>.</exception>
    public HolidayRule WithObservance(Observance observance) => TryWithObservance(observance, Problems.Throw)!;

    /// <summary>Returns <see cref="WithObservance"/>'s copy, or reports its problems and returns <see langword="null"/>.</summary>
    internal HolidayRule? TryWithObservance(Observance observance, Problems problems)
    {
        int before = problems.Count;
        CheckObservance(Name, observance, problems);
        if (observance != Observance.None && !StandsAlone)
        {
            problems.Invalid(nameof(observance), Preconditions.Format("Rule '{0}' is a {1} rule; only a rule that stands alone (fixed, n-th weekday, Easter, dates, lunisolar, Hebrew, equinox) can have an observance.", Name, Kind));
        }

        if (observance != Observance.None && _moves is not null)
        {
            problems.Invalid(nameof(observance), Preconditions.Format("Rule '{0}' has moves; a rule has either moves or an observance, not both.", Name));
        }

        if (problems.Count != before)
        {
            return null;
        }

        HolidayRule copy = Copy();
        copy.Observance = observance;
        return copy;
    }

    /// <summary>
    /// Returns a copy of this rule with fixed moves by weekday: when the actual date falls on a weekday in
    /// <paramref name="moves"/>, the holiday is observed that many calendar days later (negative: earlier), whatever else falls
    /// there (Argentina's movable holidays; Israel's Independence Day: Friday -1, Saturday -2, Monday +1).
    /// </summary>
    /// <param name="moves">The moves, -6 to 6 days, by weekday; an empty dictionary removes them.</param>
    /// <returns>The new rule; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moves"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule does not stand alone, or it has an <see cref="Observance"/> other than <see cref="Observance.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weekday is not Monday to Sunday, or a move is beyond 6 days.</exception>
    public HolidayRule WithMoves(IReadOnlyDictionary<IsoDayOfWeek, int> moves)
    {
        Preconditions.CheckNotNull(moves, nameof(moves));
        return TryWithMoves(moves, Problems.Throw)!;
    }

    /// <summary>Returns <see cref="WithMoves"/>'s copy, or reports its problems and returns <see langword="null"/>.</summary>
    internal HolidayRule? TryWithMoves(IReadOnlyDictionary<IsoDayOfWeek, int> moves, Problems problems)
    {
        int before = problems.Count;
        var table = new int[8];
        foreach (KeyValuePair<IsoDayOfWeek, int> move in moves)
        {
            if (move.Key < IsoDayOfWeek.Monday || move.Key > IsoDayOfWeek.Sunday)
            {
                problems.OutOfRange(nameof(moves), move.Key, Preconditions.Format("The moves of rule '{0}' must be by weekday, Monday to Sunday, was {1}.", Name, (int)move.Key));
            }
            else if (move.Value < -6 || move.Value > 6)
            {
                problems.OutOfRange(nameof(moves), move.Value, Preconditions.Format("The move of rule '{0}' on {1} must be between -6 and 6 days, was {2}.", Name, move.Key, move.Value));
            }
            else
            {
                table[(int)move.Key] = move.Value;
            }
        }

        if (moves.Count > 0 && !StandsAlone)
        {
            problems.Invalid(nameof(moves), Preconditions.Format("Rule '{0}' is a {1} rule; only a rule that stands alone can have moves.", Name, Kind));
        }

        if (moves.Count > 0 && Observance != Observance.None)
        {
            problems.Invalid(nameof(moves), Preconditions.Format("Rule '{0}' has the observance {1}; a rule has either moves or an observance, not both.", Name, Observance));
        }

        if (problems.Count != before)
        {
            return null;
        }

        HolidayRule copy = Copy();
        copy._moves = Array.Exists(table, m => m != 0) ? table : null;
        copy._movesView = null;
        return copy;
    }

    /// <summary>Returns a copy of this rule with the holiday's name in the government's own language (see <see cref="LocalName"/>).</summary>
    /// <param name="localName">The local name, or <see langword="null"/> for none; not empty or white space.</param>
    /// <returns>The new rule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="localName"/> is empty or white space or has an unpaired surrogate.</exception>
    public HolidayRule WithLocalName(string? localName)
    {
        CheckText(localName, nameof(localName), "local name", Problems.Throw);
        HolidayRule copy = Copy();
        copy.LocalName = localName;
        return copy;
    }

    /// <summary>Returns a copy of this rule citing <paramref name="source"/> (see <see cref="Source"/>).</summary>
    /// <param name="source">The citation, or <see langword="null"/> for none; not empty or white space.</param>
    /// <returns>The new rule, equal to this one.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or white space or has an unpaired surrogate.</exception>
    public HolidayRule WithSource(string? source)
    {
        CheckText(source, nameof(source), "source", Problems.Throw);
        HolidayRule copy = Copy();
        copy.Source = source;
        return copy;
    }

    /// <summary>Returns a copy of this rule with the remark <paramref name="note"/> (see <see cref="Note"/>).</summary>
    /// <param name="note">The note, or <see langword="null"/> for none; not empty or white space.</param>
    /// <returns>The new rule, equal to this one.</returns>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty or white space or has an unpaired surrogate.</exception>
    public HolidayRule WithNote(string? note)
    {
        CheckText(note, nameof(note), "note", Problems.Throw);
        HolidayRule copy = Copy();
        copy.Note = note;
        return copy;
    }

    /// <summary>Returns a copy with the descriptive texts set, or reports their problems and returns <see langword="null"/>.</summary>
    internal HolidayRule? TryWithTexts(string? localName, string? source, string? note, Problems problems)
    {
        int before = problems.Count;
        CheckText(localName, nameof(localName), "local name", problems);
        CheckText(source, nameof(source), "source", problems);
        CheckText(note, nameof(note), "note", problems);
        if (problems.Count != before)
        {
            return null;
        }

        HolidayRule copy = Copy();
        copy.LocalName = localName;
        copy.Source = source;
        copy.Note = note;
        return copy;
    }

    /// <summary>
    /// Completes a rule a built-in document's reader has just made with its factory (the instance is not shared yet): the
    /// observance, moves, years, local name, and the source and note left in the document until asked for.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal HolidayRule CompleteBuiltIn(Observance observance, int[]? moves, int? fromYear, int? untilYear, string? localName, EmbeddedText? source, EmbeddedText? note)
    {
        Observance = observance;
        if (moves is not null && (moves[1] | moves[2] | moves[3] | moves[4] | moves[5] | moves[6] | moves[7]) != 0)
        {
            // The dictionary Moves shows is made when first asked for: the engine reads the table.
            _moves = moves;
            _movesView = null;
        }

        FromYear = fromYear;
        UntilYear = untilYear;
        LocalName = localName;
        _lazySource = source;
        _lazyNote = note;
        return this;
    }

    /// <summary>Makes the dictionary <see cref="Moves"/> shows from a move table (index 1–7 by weekday).</summary>
    private static IReadOnlyDictionary<IsoDayOfWeek, int> MovesView(int[] moves)
    {
        var view = new Dictionary<IsoDayOfWeek, int>();
        for (int d = 1; d <= 7; d++)
        {
            if (moves[d] != 0)
            {
                view.Add((IsoDayOfWeek)d, moves[d]);
            }
        }

        return new ReadOnlyDictionary<IsoDayOfWeek, int>(view);
    }

    /// <summary>Returns a shallow copy (every property is immutable).</summary>
    private HolidayRule Copy() => (HolidayRule)MemberwiseClone();

    private void CheckText(string? text, string paramName, string what, Problems problems)
    {
        if (text is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Invalid(paramName, Preconditions.Format("The {0} of rule '{1}' must not be empty, was '{2}'.", what, Name, text));
            return;
        }

        Preconditions.CheckUnicode(text, paramName, "A holiday rule's " + what);
    }

    private static void CheckObservance(string name, Observance observance, Problems problems)
    {
        if (observance < Observance.None || observance > Observance.NextWeekdayWhenSundayOrShared)
        {
            problems.Invalid(nameof(observance), Preconditions.Format("The observance of rule '{0}' is not a defined value, was {1}.", name, (int)observance));
        }
    }

    /// <summary>Returns a copy of this rule that is in effect from <paramref name="year"/> on (inclusive).</summary>
    /// <param name="year">The first holiday-year in effect.</param>
    /// <returns>The new rule; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the ISO calendar's years, or after <see cref="UntilYear"/>.</exception>
    public HolidayRule From(int year)
    {
        CheckYear(year, nameof(year), Problems.Throw);
        if (UntilYear is int until && year > until)
        {
            Preconditions.ThrowOutOfRange(nameof(year), year, Preconditions.Format("Rule '{0}' cannot start after it ends: From({1}) is after Until({2}).", Name, year, until));
        }

        HolidayRule copy = Copy();
        copy.FromYear = year;
        return copy;
    }

    /// <summary>
    /// Returns this rule in effect from <paramref name="fromYear"/> until <paramref name="untilYear"/> (each optional), as
    /// <see cref="From"/> and <see cref="Until"/> would, or reports the problems (members <c>fromYear</c> and <c>untilYear</c>) and returns <see langword="null"/>.
    /// </summary>
    internal HolidayRule? WithYears(int? fromYear, int? untilYear, Problems problems)
    {
        int before = problems.Count;
        if (fromYear is int from)
        {
            CheckYear(from, nameof(fromYear), problems);
        }

        if (untilYear is int until)
        {
            CheckYear(until, nameof(untilYear), problems);
            if (fromYear is int start && until < start)
            {
                problems.OutOfRange(nameof(untilYear), until, Preconditions.Format("Rule '{0}' cannot end before it starts: Until({1}) is before From({2}).", Name, until, start));
            }
        }

        if (problems.Count != before)
        {
            return null;
        }

        HolidayRule copy = Copy();
        copy.FromYear = fromYear ?? FromYear;
        copy.UntilYear = untilYear ?? UntilYear;
        return copy;
    }

    /// <summary>Returns a copy of this rule that is in effect until <paramref name="year"/> (inclusive).</summary>
    /// <param name="year">The last holiday-year in effect.</param>
    /// <returns>The new rule; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the ISO calendar's years, or before <see cref="FromYear"/>.</exception>
    public HolidayRule Until(int year)
    {
        CheckYear(year, nameof(year), Problems.Throw);
        if (FromYear is int from && year < from)
        {
            Preconditions.ThrowOutOfRange(nameof(year), year, Preconditions.Format("Rule '{0}' cannot end before it starts: Until({1}) is before From({2}).", Name, year, from));
        }

        HolidayRule copy = Copy();
        copy.UntilYear = year;
        return copy;
    }

    /// <summary>Returns whether the rule is in effect in the holiday-year <paramref name="year"/>.</summary>
    /// <param name="year">The holiday-year.</param>
    /// <returns><see langword="true"/> when <paramref name="year"/> lies in [<see cref="FromYear"/>, <see cref="UntilYear"/>].</returns>
    /// <remarks>
    /// This is the rule's own range only. A table of dates (<see cref="Dates"/>, <see cref="WorkingDays"/>) without
    /// <see cref="FromYear"/> and <see cref="UntilYear"/> is in effect in every year, but gives dates only in the years of its dates.
    /// </remarks>
    public bool IsInEffect(int year) => (FromYear is not int from || year >= from) && (UntilYear is not int until || year <= until);

    /// <summary>Gets a value indicating whether the rule gives at most one date a holiday-year, so other rules may count from it.</summary>
    internal bool IsSingleDate => Kind is not (HolidayRuleKind.Dates or HolidayRuleKind.BusinessDaysBetween or HolidayRuleKind.DayBetweenHolidays or HolidayRuleKind.WorkingDays);

    /// <summary>Gets a value indicating whether the rule counts business days itself.</summary>
    internal bool CountsBusinessDays => Kind is HolidayRuleKind.BusinessDaysBefore or HolidayRuleKind.BusinessDaysAfter or HolidayRuleKind.BusinessDaysBetween;

    /// <inheritdoc/>
    public bool Equals(HolidayRule? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null
            || Kind != other.Kind
            || Month != other.Month
            || Day != other.Day
            || DayOfWeek != other.DayOfWeek
            || Occurrence != other.Occurrence
            || Offset != other.Offset
            || Count != other.Count
            || Observance != other.Observance
            || FromYear != other.FromYear
            || UntilYear != other.UntilYear
            || !string.Equals(Name, other.Name, StringComparison.Ordinal)
            || !string.Equals(ReferenceRuleName, other.ReferenceRuleName, StringComparison.Ordinal)
            || !string.Equals(EndReferenceRuleName, other.EndReferenceRuleName, StringComparison.Ordinal)
            || !string.Equals(LocalName, other.LocalName, StringComparison.Ordinal)
            || LunisolarCalendar != other.LunisolarCalendar
            || HebrewMonth != other.HebrewMonth
            || UtcOffset != other.UtcOffset
            || AsWeekday != other.AsWeekday
            || !MovesEqual(_moves, other._moves)
            || _dates.Length != other._dates.Length)
        {
            return false;
        }

        for (int i = 0; i < _dates.Length; i++)
        {
            if (_dates[i] != other._dates[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HolidayRule other && Equals(other);

    private static bool MovesEqual(int[]? a, int[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Name), (int)Kind, (Month << 8) | Day, (Occurrence << 8) | (int)DayOfWeek);
        hash = HashCodes.Combine(hash, Offset, Count, (int)Observance);
        hash = HashCodes.Combine(hash, ((int)LunisolarCalendar << 16) | ((int)HebrewMonth << 8) | (int)AsWeekday, UtcOffset.Seconds, LocalName is null ? 0 : StringComparer.Ordinal.GetHashCode(LocalName));
        if (_moves is not null)
        {
            foreach (int move in _moves)
            {
                hash = HashCodes.Combine(hash, move);
            }
        }
        hash = HashCodes.Combine(hash, FromYear ?? int.MinValue, UntilYear ?? int.MaxValue);
        hash = HashCodes.Combine(hash, ReferenceRuleName is null ? 0 : StringComparer.Ordinal.GetHashCode(ReferenceRuleName), EndReferenceRuleName is null ? 0 : StringComparer.Ordinal.GetHashCode(EndReferenceRuleName));
        for (int i = 0; i < _dates.Length; i++)
        {
            hash = HashCodes.Combine(hash, _dates[i].GetHashCode());
        }

        return hash;
    }

    /// <summary>Describes the rule in words, for logs and listings: "Thanksgiving Day: fourth Thursday of November".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name).Append(": ");
        switch (Kind)
        {
            case HolidayRuleKind.Fixed:
                text.Append(Day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(MonthName(Month));
                break;
            case HolidayRuleKind.Lunisolar:
                text.Append("day ").Append(Day.ToString(CultureInfo.InvariantCulture)).Append(" of lunar month ").Append(Month.ToString(CultureInfo.InvariantCulture))
                    .Append(" (").Append(LunisolarCalendar).Append(')');
                AppendOffset(text, Offset);
                break;
            case HolidayRuleKind.Hebrew:
                text.Append(Day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(HebrewMonth).Append(" (Hebrew calendar)");
                AppendOffset(text, Offset);
                break;
            case HolidayRuleKind.Equinox:
                text.Append(Month == 3 ? "March equinox" : "September equinox").Append(" at UTC").Append(UtcOffset.ToString("m", CultureInfo.InvariantCulture));
                break;
            case HolidayRuleKind.DayBetweenHolidays:
                text.Append("every day between two holidays");
                break;
            case HolidayRuleKind.WorkingDays:
                text.Append("working days (hours of ").Append(AsWeekday).Append("): ");
                for (int i = 0; i < ExplicitDates.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(ExplicitDates[i].ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                }

                break;
            case HolidayRuleKind.NthWeekday when Day != 0:
                text.Append(OrdinalWord(Occurrence)).Append(' ').Append(DayOfWeek).Append(Occurrence == -1 ? " on or before " : " on or after ")
                    .Append(Day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(MonthName(Month));
                break;
            case HolidayRuleKind.NthWeekday:
                text.Append(OrdinalWord(Occurrence)).Append(' ').Append(DayOfWeek).Append(" of ").Append(MonthName(Month));
                break;
            case HolidayRuleKind.Easter:
            case HolidayRuleKind.OrthodoxEaster:
                text.Append(Kind == HolidayRuleKind.Easter ? "Easter Sunday" : "Orthodox Easter Sunday");
                AppendOffset(text, Offset);
                break;
            case HolidayRuleKind.DaysAfter:
                AppendCount(text, Math.Abs(Offset), "day").Append(Offset < 0 ? " before " : " after ").Append(ReferenceRuleName);
                break;
            case HolidayRuleKind.BusinessDaysBefore:
                AppendCount(text, Count, "business day").Append(" before ").Append(ReferenceRuleName);
                break;
            case HolidayRuleKind.BusinessDaysAfter:
                AppendCount(text, Count, "business day").Append(" after ").Append(ReferenceRuleName);
                break;
            case HolidayRuleKind.BusinessDaysBetween:
                text.Append("every business day between ").Append(ReferenceRuleName).Append(" and ").Append(EndReferenceRuleName);
                break;
            case HolidayRuleKind.Dates:
                for (int i = 0; i < ExplicitDates.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(ExplicitDates[i].ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                }

                break;
        }

        // The observance, for every kind that can have one (after the date, before the years).
        switch (Observance)
        {
            case Observance.NearestWeekday:
                text.Append(" (Saturday observed on Friday, Sunday on Monday)");
                break;
            case Observance.SundayToMonday:
                text.Append(" (Sunday observed on Monday)");
                break;
            case Observance.NextWeekday:
                text.Append(" (a weekend date observed on the next free weekday)");
                break;
            case Observance.WeekendToMonday:
                text.Append(" (Saturday and Sunday observed on Monday)");
                break;
            case Observance.SundayToNextNonHoliday:
                text.Append(" (Sunday observed on the next day that is not a holiday)");
                break;
            case Observance.NextWeekdayWhenWeekendOrShared:
                text.Append(" (a weekend or shared date observed on the next free weekday)");
                break;
            case Observance.NextWeekdayWhenSundayOrShared:
                text.Append(" (a Sunday or shared date observed on the next free weekday)");
                break;
        }

        if (_moves is not null)
        {
            text.Append(" (moved");
            for (int d = 1; d <= 7; d++)
            {
                if (_moves[d] != 0)
                {
                    text.Append(' ').Append(((IsoDayOfWeek)d).ToString().Substring(0, 3)).Append(_moves[d] > 0 ? " +" : " ").Append(_moves[d].ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(')');
        }

        if (FromYear is int from)
        {
            text.Append(UntilYear is int until0 && until0 == from ? ", in " : ", from ").Append(from.ToString(CultureInfo.InvariantCulture));
        }

        if (UntilYear is int until && FromYear != until)
        {
            text.Append(", until ").Append(until.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static StringBuilder AppendCount(StringBuilder text, int count, string unit)
        => text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit).Append(count == 1 ? string.Empty : "s");

    private static void AppendOffset(StringBuilder text, int offset)
    {
        if (offset != 0)
        {
            text.Append(offset < 0 ? " - " : " + ");
            AppendCount(text, Math.Abs(offset), "day");
        }
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string OrdinalWord(int occurrence) => occurrence switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => "last",
    };

    private static void CheckName(string name, Problems problems)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Invalid(nameof(name), Preconditions.Format("A holiday rule needs a name that is not empty, was '{0}'.", name));
        }

        Preconditions.CheckUnicode(name, nameof(name), "A holiday rule's name");
    }

    private static void CheckReference(string name, string otherRuleName, string paramName, Problems problems)
    {
        Preconditions.CheckNotNull(otherRuleName, paramName);
        if (string.IsNullOrWhiteSpace(otherRuleName))
        {
            problems.Invalid(paramName, Preconditions.Format("Rule '{0}' must name the rule it counts from, was '{1}'.", name, otherRuleName));
        }

        Preconditions.CheckUnicode(otherRuleName, paramName, "The name of the rule counted from");
    }

    private static void CheckOffset(string name, int offset, string paramName, Problems problems)
    {
        if (offset < -MaxOffsetDays || offset > MaxOffsetDays)
        {
            problems.OutOfRange(paramName, offset, Preconditions.Format("The offset of rule '{0}' must be between -{1} and {1} days, was {2}.", name, MaxOffsetDays, offset));
        }
    }

    private void CheckYear(int year, string paramName, Problems problems)
    {
        if (year < IsoDate.MinYear || year > IsoDate.MaxYear)
        {
            problems.OutOfRange(paramName, year, Preconditions.Format("The years of rule '{0}' must be between {1} and {2}, was {3}.", Name, IsoDate.MinYear, IsoDate.MaxYear, year));
        }
    }
}
