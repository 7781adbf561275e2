using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
/// Build a few dates fluently from <see cref="Empty"/>:
/// <c>DateOverrides.Empty.Hours(new LocalDate(2026, 12, 24), new LocalTime(9, 0), new LocalTime(13, 0)).Closed(new LocalDate(2026, 12, 31))</c>.
/// Each such call copies the overrides, so it costs time in proportion to the dates already there; for many dates (an
/// imported closure feed, years of closed days) use a <see cref="Builder"/> from <see cref="CreateBuilder"/> or
/// <see cref="ToBuilder"/>, which builds n dates in O(n log n).
/// </para>
/// <para>Instances are immutable and thread-safe; equality is structural. Lookups cost O(log n).</para>
/// </remarks>
public sealed partial class DateOverrides : IEquatable<DateOverrides>
{
    private static readonly OpenInterval[] s_closed = Array.Empty<OpenInterval>();

    // Sorted by date, without repeats; _hours[i] are the sorted, merged hours of _dates[i].
    private readonly LocalDate[] _dates;
    private readonly OpenInterval[][] _hours;
    private readonly ReadOnlyCollection<LocalDate> _dateList;

    private DateOverrides(LocalDate[] dates, OpenInterval[][] hours)
    {
        _dates = dates;
        _hours = hours;
        _dateList = new ReadOnlyCollection<LocalDate>(dates);
    }

    /// <summary>Gets the overrides with no dates.</summary>
    public static DateOverrides Empty { get; } = new(Array.Empty<LocalDate>(), Array.Empty<OpenInterval[]>());

    /// <summary>Gets the number of dates with an override.</summary>
    public int Count => _dates.Length;

    /// <summary>Gets the dates with an override, in order.</summary>
    /// <remarks>The list is read-only and built once; getting it does not allocate.</remarks>
    public IReadOnlyList<LocalDate> Dates => _dateList;

    /// <summary>Creates an empty builder, to add many dates at once.</summary>
    /// <returns>A new builder.</returns>
    public static Builder CreateBuilder() => new(Empty);

    /// <summary>Creates a builder that starts with these overrides.</summary>
    /// <returns>A new builder; changing it does not change these overrides.</returns>
    public Builder ToBuilder() => new(this);

    /// <summary>Returns overrides that close <paramref name="date"/> all day, replacing any hours it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <remarks>Copies the overrides: for many dates use a <see cref="Builder"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Closed(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        return With(date, s_closed);
    }

    /// <summary>Returns overrides that open <paramref name="date"/> from <paramref name="open"/> to <paramref name="close"/>, in addition to its other override hours.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, after <paramref name="open"/>; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>The new overrides; these are unchanged. An earlier <see cref="Closed"/> of the date is replaced.</returns>
    /// <remarks>Copies the overrides: for many dates use a <see cref="Builder"/>.</remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="date"/> is not in the ISO calendar, <paramref name="close"/> is not after <paramref name="open"/>, or a time is not a whole number of ticks.
    /// </exception>
    public DateOverrides Hours(LocalDate date, LocalTime open, LocalTime close)
    {
        Preconditions.CheckIso(date, nameof(date));
        var interval = new OpenInterval(open, close);
        OpenInterval[]? existing = Find(date);
        return With(date, existing is null ? new[] { interval } : WeeklySchedule.Merge(existing, interval));
    }

    /// <summary>Returns overrides that give <paramref name="date"/> exactly <paramref name="hours"/>, replacing any override it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="hours">The hours; empty closes the date. Intervals that overlap or touch merge.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <remarks>Copies the overrides: for many dates use a <see cref="Builder"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Set(LocalDate date, IEnumerable<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(hours, nameof(hours));
        return With(date, WeeklySchedule.Merge(hours));
    }

    /// <summary>Gets the override hours of <paramref name="date"/>, if it has an override.</summary>
    /// <param name="date">The date.</param>
    /// <param name="hours">The hours, sorted and merged; empty for a closed date.</param>
    /// <returns><see langword="true"/> when the date has an override.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool TryGetHours(LocalDate date, out IReadOnlyList<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        if (Find(date) is OpenInterval[] found)
        {
            hours = found;
            return true;
        }

        hours = s_closed;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DateOverrides? other)
    {
        if (other is null || other._dates.Length != _dates.Length)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        for (int i = 0; i < _dates.Length; i++)
        {
            if (_dates[i] != other._dates[i] || !_hours[i].AsSpan().SequenceEqual(other._hours[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateOverrides);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = _dates.Length;
        for (int i = 0; i < _dates.Length; i++)
        {
            hash = HashCodes.Combine(hash, _dates[i].GetHashCode(), _hours[i].Length);
        }

        return hash;
    }

    /// <summary>Describes the overrides, for example "2026-12-24 09:00–13:00; 2026-12-31 closed".</summary>
    /// <returns>The description, or "no overrides".</returns>
    public override string ToString()
        => _dates.Length == 0 ? "no overrides"
            : string.Join("; ", _dates.Select((d, i) => Preconditions.Format("{0:uuuu-MM-dd} {1}", d, _hours[i].Length == 0 ? "closed" : string.Join(", ", _hours[i]))));

    /// <summary>Gets the override hours of <paramref name="date"/> without allocating, or <see langword="null"/>.</summary>
    internal OpenInterval[]? Find(LocalDate date)
    {
        if (_dates.Length == 0)
        {
            return null;
        }

        int at = Array.BinarySearch(_dates, date);
        return at >= 0 ? _hours[at] : null;
    }

    /// <summary>Gets a value indicating whether some date has opening hours.</summary>
    internal bool HasOpenings => _hours.Any(h => h.Length > 0);

    /// <summary>Returns a copy with <paramref name="date"/>'s hours replaced by <paramref name="hours"/> (sorted and merged).</summary>
    private DateOverrides With(LocalDate date, OpenInterval[] hours)
    {
        int at = Array.BinarySearch(_dates, date);
        if (at >= 0)
        {
            var replaced = (OpenInterval[][])_hours.Clone();
            replaced[at] = hours;
            return new DateOverrides(_dates, replaced);
        }

        at = ~at;
        var dates = new LocalDate[_dates.Length + 1];
        var all = new OpenInterval[_dates.Length + 1][];
        Array.Copy(_dates, dates, at);
        Array.Copy(_hours, all, at);
        dates[at] = date;
        all[at] = hours;
        Array.Copy(_dates, at, dates, at + 1, _dates.Length - at);
        Array.Copy(_hours, at, all, at + 1, _hours.Length - at);
        return new DateOverrides(dates, all);
    }
}
