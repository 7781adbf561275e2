using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Replacement opening hours for particular dates: half days, special openings and extra closed days.
/// </summary>
/// <remarks>
/// <para>
/// A date with an override uses only the override's hours, whatever the weekly schedule and the holiday
/// calendar say: <see cref="Closed"/> closes the date (even a regular working day), and
/// <see cref="Hours"/> sets its hours (even on a holiday or a weekend). Hours added to the same date
/// accumulate; intervals that overlap or touch merge. Override hours lie within their date
/// (a close of <see cref="LocalTime.Midnight"/> means 24:00); split an overnight opening over two dates.
/// </para>
/// <para>
/// Build fluently from <see cref="Empty"/>: <c>DateOverrides.Empty.Hours(new LocalDate(2026, 12, 24), new LocalTime(9, 0), new LocalTime(13, 0)).Closed(new LocalDate(2026, 12, 31))</c>.
/// Instances are immutable and thread-safe; equality is structural.
/// </para>
/// </remarks>
public sealed class DateOverrides : IEquatable<DateOverrides>
{
    private static readonly OpenInterval[] s_closed = Array.Empty<OpenInterval>();

    private readonly SortedDictionary<LocalDate, OpenInterval[]> _hours;

    private DateOverrides(SortedDictionary<LocalDate, OpenInterval[]> hours)
    {
        _hours = hours;
    }

    /// <summary>Gets the overrides with no dates.</summary>
    public static DateOverrides Empty { get; } = new(new SortedDictionary<LocalDate, OpenInterval[]>());

    /// <summary>Gets the number of dates with an override.</summary>
    public int Count => _hours.Count;

    /// <summary>Gets the dates with an override, in order.</summary>
    public IReadOnlyList<LocalDate> Dates => _hours.Keys.ToArray();

    /// <summary>Returns overrides that close <paramref name="date"/> all day, replacing any hours it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Closed(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        var hours = new SortedDictionary<LocalDate, OpenInterval[]>(_hours) { [date] = s_closed };
        return new DateOverrides(hours);
    }

    /// <summary>Returns overrides that open <paramref name="date"/> from <paramref name="open"/> to <paramref name="close"/>, in addition to its other override hours.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, after <paramref name="open"/>; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>The new overrides; these are unchanged. An earlier <see cref="Closed"/> of the date is replaced.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="date"/> is not in the ISO calendar, <paramref name="close"/> is not after <paramref name="open"/>, or a time is not a whole number of ticks.
    /// </exception>
    public DateOverrides Hours(LocalDate date, LocalTime open, LocalTime close)
    {
        Preconditions.CheckIso(date, nameof(date));
        var interval = new OpenInterval(open, close);
        var hours = new SortedDictionary<LocalDate, OpenInterval[]>(_hours);
        hours[date] = _hours.TryGetValue(date, out OpenInterval[]? existing) ? WeeklySchedule.Merge(existing, interval) : new[] { interval };
        return new DateOverrides(hours);
    }

    /// <summary>Returns overrides that give <paramref name="date"/> exactly <paramref name="hours"/>, replacing any override it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="hours">The hours; empty closes the date.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Set(LocalDate date, IEnumerable<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(hours, nameof(hours));
        var copy = new SortedDictionary<LocalDate, OpenInterval[]>(_hours) { [date] = WeeklySchedule.Merge(hours) };
        return new DateOverrides(copy);
    }

    /// <summary>Gets the override hours of <paramref name="date"/>, if it has an override.</summary>
    /// <param name="date">The date.</param>
    /// <param name="hours">The hours, sorted and merged; empty for a closed date.</param>
    /// <returns><see langword="true"/> when the date has an override.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool TryGetHours(LocalDate date, out IReadOnlyList<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        if (_hours.TryGetValue(date, out OpenInterval[]? found))
        {
            hours = found;
            return true;
        }

        hours = s_closed;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DateOverrides? other)
        => other is not null
            && other._hours.Count == _hours.Count
            && _hours.All(pair => other._hours.TryGetValue(pair.Key, out OpenInterval[]? hours) && hours.AsSpan().SequenceEqual(pair.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateOverrides);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = _hours.Count;
        foreach (KeyValuePair<LocalDate, OpenInterval[]> pair in _hours)
        {
            hash = HashCodes.Combine(hash, pair.Key.GetHashCode(), pair.Value.Length);
        }

        return hash;
    }

    /// <summary>Describes the overrides, for example "2026-12-24 09:00–13:00; 2026-12-31 closed".</summary>
    /// <returns>The description, or "no overrides".</returns>
    public override string ToString()
        => _hours.Count == 0 ? "no overrides"
            : string.Join("; ", _hours.Select(p => Preconditions.Format("{0:uuuu-MM-dd} {1}", p.Key, p.Value.Length == 0 ? "closed" : string.Join(", ", p.Value))));

    /// <summary>Gets the override hours of <paramref name="date"/> without allocating, or <see langword="null"/>.</summary>
    internal OpenInterval[]? Find(LocalDate date) => _hours.Count == 0 ? null : _hours.TryGetValue(date, out OpenInterval[]? hours) ? hours : null;

    /// <summary>Gets a value indicating whether some date has opening hours.</summary>
    internal bool HasOpenings => _hours.Values.Any(h => h.Length > 0);
}
