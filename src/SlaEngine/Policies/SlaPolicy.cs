using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Policies;

/// <summary>
/// A support policy: a name, a default <see cref="BusinessCalendar"/>, named priorities, and a table
/// (priority, metric) → <see cref="SlaTarget"/>, each target optionally on its own calendar (for example Urgent on 24x7).
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="Create"/> and <see cref="WithTarget(string, SlaMetric, SlaTarget)"/>:
/// <code>
/// var policy = SlaPolicy.Create("Enterprise", calendar, "P1", "P2", "P3", "P4")
///     .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Calendar(Duration.FromHours(1)))
///     .WithTarget("P2", SlaMetric.FirstResponse, SlaTarget.Business(Duration.FromHours(4)));
/// Instant due = policy.DueAt("p2", SlaMetric.FirstResponse, created);
/// </code>
/// Priority names (Urgent/High/Normal/Low, P1–P4, S0–S3, …) are matched case-insensitively and resolved to indices
/// when the policy is built; <see cref="GetPriority"/> resolves one once for the allocation-free hot path.
/// </para>
/// <para>
/// Policies are immutable and thread-safe; <see cref="WithTarget(string, SlaMetric, SlaTarget)"/> returns a new
/// policy. Equality is structural: the same name, calendar, priorities (in order, as spelled) and targets.
/// </para>
/// </remarks>
public sealed class SlaPolicy : IEquatable<SlaPolicy>
{
    private const int MetricCount = 2;

    private readonly string[] _priorities;
    private readonly Dictionary<string, int> _index;
    private readonly Entry[] _entries;

    private SlaPolicy(string name, BusinessCalendar calendar, string[] priorities, Dictionary<string, int> index, Entry[] entries)
    {
        Name = name;
        Calendar = calendar;
        _priorities = priorities;
        _index = index;
        _entries = entries;
        Priorities = new ReadOnlyCollection<string>(priorities);
    }

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the default calendar: the one targets use unless they have their own.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the priority names in the order given to <see cref="Create"/>, most urgent first by convention.</summary>
    public IReadOnlyList<string> Priorities { get; }

    /// <summary>A 24x7 calendar in UTC, on which <see cref="SlaTargetKind.Calendar"/> targets are measured.</summary>
    internal static BusinessCalendar AlwaysOpen { get; } = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);

    /// <summary>Creates a policy with no targets yet.</summary>
    /// <param name="name">The policy's name; not empty.</param>
    /// <param name="calendar">The default business calendar.</param>
    /// <param name="priorities">The priority names, at least one, distinct ignoring case, none empty or padded with spaces.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or the priorities are empty, blank, padded or repeated, or a name has an unpaired surrogate.</exception>
    public static SlaPolicy Create(string name, BusinessCalendar calendar, params string[] priorities)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckNotNull(priorities, nameof(priorities));
        CheckName(name, Problems.Throw);
        Preconditions.CheckUnicode(name, nameof(name), "A policy's name");
        for (int i = 0; i < priorities.Length; i++)
        {
            if (priorities[i] is string priority)
            {
                Preconditions.CheckUnicode(priority, nameof(priorities), "A priority name");
            }
        }

        Dictionary<string, int> index = CheckPriorities(priorities, Problems.Throw)!;
        return new SlaPolicy(name, calendar, (string[])priorities.Clone(), index, new Entry[priorities.Length * MetricCount]);
    }

    /// <summary>Checks a policy's name (not null) for <see cref="Create"/>; returns whether it is valid.</summary>
    internal static bool CheckName(string name, Problems problems)
    {
        if (name.Trim().Length == 0)
        {
            problems.Invalid(nameof(name), "A policy's name must not be empty or blank, was \"" + name + "\".");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Checks a policy's priority names for <see cref="Create"/> (each problem at <c>priorities[i]</c>) and returns their index, or
    /// <see langword="null"/> when they have problems.
    /// </summary>
    internal static Dictionary<string, int>? CheckPriorities(IReadOnlyList<string?> priorities, Problems problems)
    {
        int before = problems.Count;
        if (priorities.Count == 0)
        {
            problems.Invalid(nameof(priorities), "A policy needs at least one priority, was none.");
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < priorities.Count; i++)
        {
            string? priority = priorities[i];
            if (priority is null || priority.Trim().Length == 0 || priority.Trim().Length != priority.Length)
            {
                problems.Invalid(Member(i), Preconditions.Format(
                    "Priority names must be non-empty with no leading or trailing spaces, was \"{0}\" at position {1}.", priority, i));
            }
            else if (index.TryGetValue(priority, out int existing))
            {
                problems.Invalid(Member(i), Preconditions.Format(
                    "Priority names must be distinct ignoring case, but \"{0}\" at position {1} repeats \"{2}\" at position {3}.", priority, i, priorities[existing], existing));
            }
            else
            {
                index.Add(priority, i);
            }
        }

        return problems.Count == before ? index : null;

        // The element's member name, formatted only for a problem: Create runs this for every priority of every policy.
        static string Member(int i) => Preconditions.Format("{0}[{1}]", nameof(priorities), i);
    }

    /// <summary>Reports that a policy has no priority <paramref name="name"/> (member <paramref name="member"/>), listing the ones it has.</summary>
    internal static void UnknownPriority(string policyName, IReadOnlyList<string> priorities, string name, string member, Problems problems)
        => problems.Invalid(member, UnknownPriorityMessage(policyName, priorities, name));

    private static string UnknownPriorityMessage(string policyName, IReadOnlyList<string> priorities, string name)
        => Preconditions.Format(
            "Policy \"{0}\" has no priority \"{1}\"; its priorities are {2}{3}.", policyName, name, string.Join(", ", priorities), NearestNames.Suffix(name, priorities));

    /// <summary>Checks that <paramref name="target"/> may take a calendar of its own (member <c>calendar</c>); returns whether it may.</summary>
    internal static bool CheckOwnCalendar(SlaTarget target, Problems problems)
    {
        if (target.Kind == SlaTargetKind.Calendar)
        {
            problems.Invalid("calendar", "A Calendar target runs 24x7 and takes no calendar of its own.");
            return false;
        }

        return true;
    }

    /// <summary>Returns a policy with <paramref name="target"/> for (<paramref name="priority"/>, <paramref name="metric"/>), measured on the policy's calendar.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The target; it replaces any target already set for the pair.</param>
    /// <returns>The new policy; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The priority is unknown, or the target is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public SlaPolicy WithTarget(string priority, SlaMetric metric, SlaTarget target) => With(priority, metric, target, null);

    /// <summary>Returns a policy with <paramref name="target"/> for (<paramref name="priority"/>, <paramref name="metric"/>), measured on <paramref name="calendar"/>.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The target; it replaces any target already set for the pair.</param>
    /// <param name="calendar">The target's own calendar, for example a 24x7 one for an urgent priority.</param>
    /// <returns>The new policy; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The priority is unknown, the target is the default value, or it is a <see cref="SlaTargetKind.Calendar"/> target,
    /// which runs 24x7 and takes no calendar.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public SlaPolicy WithTarget(string priority, SlaMetric metric, SlaTarget target, BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        CheckOwnCalendar(target, Problems.Throw);
        return With(priority, metric, target, calendar);
    }

    /// <summary>Returns the priority named <paramref name="name"/> (any case).</summary>
    /// <param name="name">The priority's name.</param>
    /// <returns>The priority, with the policy's spelling and its index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The policy has no such priority.</exception>
    public SlaPriority GetPriority(string name)
    {
        int i = IndexOf(name, nameof(name));
        return new SlaPriority(_priorities[i], i);
    }

    /// <summary>Looks up the priority named <paramref name="name"/> (any case).</summary>
    /// <param name="name">The priority's name.</param>
    /// <param name="priority">The priority when found; the default value otherwise.</param>
    /// <returns><see langword="true"/> when the policy has the priority.</returns>
    public bool TryGetPriority(string? name, out SlaPriority priority)
    {
        if (name is not null && _index.TryGetValue(name, out int i))
        {
            priority = new SlaPriority(_priorities[i], i);
            return true;
        }

        priority = default;
        return false;
    }

    /// <summary>Looks up the target for (<paramref name="priority"/>, <paramref name="metric"/>) and the calendar it is measured on.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The target when there is one; the default value otherwise.</param>
    /// <param name="calendar">
    /// The calendar the target is measured on: its own, the policy's, or for a <see cref="SlaTargetKind.Calendar"/>
    /// target a 24x7 calendar in UTC; <see langword="null"/> when there is no target.
    /// </param>
    /// <returns><see langword="true"/> when the policy has a target for the pair.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The policy has no such priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public bool TryGetTarget(string priority, SlaMetric metric, out SlaTarget target, out BusinessCalendar? calendar)
    {
        int slot = Slot(IndexOf(priority, nameof(priority)), metric);
        Entry entry = _entries[slot];
        target = entry.Target;
        calendar = entry.Target.Kind == SlaTargetKind.None ? null : CalendarOf(entry);
        return entry.Target.Kind != SlaTargetKind.None;
    }

    /// <summary>Returns when a ticket of <paramref name="priority"/> started at <paramref name="start"/> is due for <paramref name="metric"/>.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="start">When the clock starts, usually the ticket's creation.</param>
    /// <returns>The due instant, as <see cref="SlaTarget.DueAt"/> computes it on the target's calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The policy has no such priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined, or <paramref name="start"/> or the due is outside the calendar's supported range.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for the pair.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business time after <paramref name="start"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant DueAt(string priority, SlaMetric metric, Instant start) => DueAtIndex(IndexOf(priority, nameof(priority)), metric, start);

    /// <summary>Returns when a ticket of <paramref name="priority"/> started at <paramref name="start"/> is due for <paramref name="metric"/>.</summary>
    /// <param name="priority">A priority resolved by <see cref="GetPriority"/> on this policy.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="start">When the clock starts, usually the ticket's creation.</param>
    /// <returns>The due instant.</returns>
    /// <remarks>Allocates nothing once the calendar's years are compiled.</remarks>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a priority of this policy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined, or <paramref name="start"/> or the due is outside the calendar's supported range.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for the pair.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business time after <paramref name="start"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant DueAt(SlaPriority priority, SlaMetric metric, Instant start) => DueAtIndex(IndexOf(priority, nameof(priority)), metric, start);

    /// <summary>Returns when a ticket of <paramref name="priority"/> started at <paramref name="start"/> is due, in <paramref name="start"/>'s zone.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="start">When the clock starts.</param>
    /// <returns>The due instant in the zone of <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The policy has no such priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined, or the instants are outside the calendar's supported range.</exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for the pair.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business time after <paramref name="start"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public ZonedDateTime DueAt(string priority, SlaMetric metric, ZonedDateTime start)
        => DueAt(priority, metric, start.ToInstant()).InZone(start.Zone);

    /// <summary>Returns when a ticket of <paramref name="priority"/> started at <paramref name="start"/> is due, at <paramref name="start"/>'s offset.</summary>
    /// <param name="priority">A priority of the policy (any case).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="start">When the clock starts.</param>
    /// <returns>The due instant at the offset of <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The policy has no such priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="metric"/> is not defined, the instants are outside the calendar's supported range, or the due cannot be a
    /// <see cref="DateTimeOffset"/> at the start's offset (years 1–9999).
    /// </exception>
    /// <exception cref="SlaTargetNotFoundException">The policy has no target for the pair.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no business time after <paramref name="start"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public DateTimeOffset DueAt(string priority, SlaMetric metric, DateTimeOffset start)
    {
        Instant due = DueAt(priority, metric, Instant.FromDateTimeOffset(start));
        return BusinessCalendar.WithOffsetOf(due, start, nameof(start));
    }

    /// <inheritdoc/>
    public bool Equals(SlaPolicy? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Name, other.Name, StringComparison.Ordinal)
            || !Calendar.Equals(other.Calendar)
            || !_priorities.SequenceEqual(other._priorities, StringComparer.Ordinal))
        {
            return false;
        }

        for (int i = 0; i < _entries.Length; i++)
        {
            Entry a = _entries[i];
            Entry b = other._entries[i];
            if (a.Target != b.Target || !Equals(a.Calendar, b.Calendar))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaPolicy);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Name), Calendar.GetHashCode(), _priorities.Length);
        foreach (Entry entry in _entries)
        {
            hash = HashCodes.Combine(hash, entry.Target.GetHashCode());
        }

        return hash;
    }

    /// <summary>Returns the policy's name and priorities, for example <c>Enterprise (P1, P2, P3, P4)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + string.Join(", ", _priorities) + ")";

    /// <summary>Returns the target and calendar of a slot, throwing when the pair has no target.</summary>
    internal SlaTarget GetTarget(int priorityIndex, SlaMetric metric, out BusinessCalendar calendar)
    {
        Entry entry = _entries[Slot(priorityIndex, metric)];
        if (entry.Target.Kind == SlaTargetKind.None)
        {
            ThrowTargetNotFound(priorityIndex, metric);
        }

        calendar = CalendarOf(entry);
        return entry.Target;
    }

    /// <summary>Returns the index of a priority name, throwing an <see cref="ArgumentException"/> naming <paramref name="paramName"/> when unknown.</summary>
    internal int IndexOf(string name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        if (!_index.TryGetValue(name, out int i))
        {
            ThrowUnknownPriority(name, paramName);
        }

        return i;
    }

    /// <summary>Returns the index of a resolved priority after checking that it belongs to this policy.</summary>
    internal int IndexOf(SlaPriority priority, string paramName)
    {
        int i = priority.Index;
        if (priority.Name is null || unchecked((uint)i) >= (uint)_priorities.Length || !string.Equals(priority.Name, _priorities[i], StringComparison.Ordinal))
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format(
                "The priority must be one of policy \"{0}\"'s, as GetPriority returns them, was \"{1}\" at index {2}.", Name, priority.Name, i));
        }

        return i;
    }

    /// <summary>Returns the priority at an index.</summary>
    internal SlaPriority PriorityAt(int index) => new(_priorities[index], index);

    /// <summary>Gets the calendar a target was given with <see cref="WithTarget(string, SlaMetric, SlaTarget, BusinessCalendar)"/>, or <see langword="null"/> when it uses the policy's.</summary>
    internal BusinessCalendar? OwnCalendar(int priorityIndex, SlaMetric metric) => _entries[Slot(priorityIndex, metric)].Calendar;

    private static int Slot(int priorityIndex, SlaMetric metric)
    {
        if (metric is not (SlaMetric.FirstResponse or SlaMetric.Resolution))
        {
            Preconditions.ThrowOutOfRange(nameof(metric), metric, Preconditions.Format(
                "The metric must be FirstResponse or Resolution, was {0}.", metric));
        }

        return (priorityIndex * MetricCount) + ((int)metric - 1);
    }

    private BusinessCalendar CalendarOf(Entry entry)
        => entry.Target.Kind == SlaTargetKind.Calendar ? AlwaysOpen : entry.Calendar ?? Calendar;

    private Instant DueAtIndex(int priorityIndex, SlaMetric metric, Instant start)
    {
        SlaTarget target = GetTarget(priorityIndex, metric, out BusinessCalendar calendar);
        return target.DueAt(calendar, start);
    }

    private SlaPolicy With(string priority, SlaMetric metric, SlaTarget target, BusinessCalendar? calendar)
    {
        int slot = Slot(IndexOf(priority, nameof(priority)), metric);
        if (target.Kind == SlaTargetKind.None)
        {
            Preconditions.ThrowArgument(nameof(target), "The target has no kind: it is the default SlaTarget value.");
        }

        var entries = (Entry[])_entries.Clone();
        entries[slot] = new Entry(target, calendar);
        return new SlaPolicy(Name, Calendar, _priorities, _index, entries);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowUnknownPriority(string name, string paramName)
        => Preconditions.ThrowArgument(paramName, UnknownPriorityMessage(Name, _priorities, name));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowTargetNotFound(int priorityIndex, SlaMetric metric)
        => throw new SlaTargetNotFoundException(Name, _priorities[priorityIndex], metric, Preconditions.Format(
            "Policy \"{0}\" has no {1} target for priority {2}.", Name, metric, _priorities[priorityIndex]));

    private readonly struct Entry
    {
        public Entry(SlaTarget target, BusinessCalendar? calendar)
        {
            Target = target;
            Calendar = calendar;
        }

        public SlaTarget Target { get; }

        public BusinessCalendar? Calendar { get; }
    }
}
