using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Opening hours for each day of the week: per <see cref="IsoDayOfWeek"/>, sorted, non-overlapping local-time
/// intervals [open, close).
/// </summary>
/// <remarks>
/// <para>
/// Build one fluently; every call returns a new schedule:
/// <c>WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Add(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0))</c>.
/// </para>
/// <para>
/// A close at or before the open is an overnight shift: 22:00–06:00 on Friday is Friday 22:00–24:00 plus
/// Saturday 00:00–06:00 (Sunday's shift runs into Monday). Each part belongs to its own date, so a holiday on
/// Saturday closes the Saturday part. A close of <see cref="LocalTime.Midnight"/> means 24:00. Intervals that
/// overlap or touch on the same day merge: 09:00–12:00 plus 12:00–17:00 is 09:00–17:00.
/// </para>
/// <para>
/// The times are local wall-clock times; a <see cref="BusinessCalendar"/> places them on the timeline of its
/// time zone. Instances are immutable and thread-safe; equality is structural (the same hours on every day).
/// </para>
/// </remarks>
public sealed class WeeklySchedule : IEquatable<WeeklySchedule>
{
    private static readonly OpenInterval[] s_none = Array.Empty<OpenInterval>();

    // Index 0 is unused; 1–7 are Monday–Sunday.
    private readonly OpenInterval[][] _days;
    private readonly ReadOnlyCollection<OpenInterval>[] _views;

    private WeeklySchedule(OpenInterval[][] days)
    {
        _days = days;
        _views = new ReadOnlyCollection<OpenInterval>[8];
        for (int d = 1; d <= 7; d++)
        {
            _views[d] = new ReadOnlyCollection<OpenInterval>(days[d]);
        }
    }

    /// <summary>Gets the schedule with no opening hours at all.</summary>
    public static WeeklySchedule Empty { get; } = new(Enumerable.Repeat(s_none, 8).ToArray());

    /// <summary>Gets the schedule that is open all day, every day (24x7).</summary>
    public static WeeklySchedule AlwaysOpen { get; } = new(Enumerable.Range(0, 8).Select(d => d == 0 ? s_none : new[] { OpenInterval.AllDay }).ToArray());

    /// <summary>Gets a value indicating whether the schedule has no opening hours on any day.</summary>
    public bool IsEmpty => _days.All(d => d.Length == 0);

    /// <summary>Gets the local time the schedule is open in a week (168 hours for <see cref="AlwaysOpen"/>).</summary>
    public Duration WeeklyOpenTime => Duration.FromTicks(_days.Sum(d => d.Sum(i => i.CloseTicks - i.OpenTicks)));

    /// <summary>Starts a schedule: returns <see cref="Empty"/>, to which hours are added.</summary>
    /// <returns>The empty schedule.</returns>
    public static WeeklySchedule Create() => Empty;

    /// <summary>Returns the opening hours of <paramref name="day"/>, sorted and merged, including the tail of the previous day's overnight shift.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The intervals; empty when the day is closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    public IReadOnlyList<OpenInterval> GetHours(IsoDayOfWeek day) => _views[CheckDay(day, nameof(day))];

    /// <summary>Returns a schedule with more hours on <paramref name="day"/>.</summary>
    /// <param name="day">The day the hours open.</param>
    /// <param name="open">The opening time.</param>
    /// <param name="close">
    /// The closing time. <see cref="LocalTime.Midnight"/> means 24:00; a time at or before <paramref name="open"/>
    /// makes an overnight shift that closes at <paramref name="close"/> on the next day.
    /// </param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    /// <exception cref="ArgumentException"><paramref name="open"/> equals <paramref name="close"/> (use <see cref="AddAllDay"/> for a whole day), or a time is not a whole number of ticks.</exception>
    public WeeklySchedule Add(IsoDayOfWeek day, LocalTime open, LocalTime close)
    {
        int d = CheckDay(day, nameof(day));
        long openTicks = OpenInterval.Ticks(open, nameof(open));
        long closeTicks = OpenInterval.Ticks(close, nameof(close));
        if (openTicks == closeTicks)
        {
            Preconditions.ThrowArgument(nameof(close), Preconditions.Format(
                "Business hours must close at a different time than they open, was {0}–{0} on {1}; use AddAllDay for a whole day.", OpenInterval.FormatTime(openTicks), day));
        }

        OpenInterval[][] days = (OpenInterval[][])_days.Clone();
        if (closeTicks == 0 || closeTicks > openTicks)
        {
            days[d] = Merge(days[d], OpenInterval.FromTicks(openTicks, closeTicks == 0 ? NodaConstants.TicksPerDay : closeTicks));
        }
        else
        {
            int next = (d % 7) + 1;
            days[d] = Merge(days[d], OpenInterval.FromTicks(openTicks, NodaConstants.TicksPerDay));
            days[next] = Merge(days[next], OpenInterval.FromTicks(0, closeTicks));
        }

        return new WeeklySchedule(days);
    }

    /// <summary>Returns a schedule open all of <paramref name="day"/>, 00:00–24:00.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    public WeeklySchedule AddAllDay(IsoDayOfWeek day)
    {
        int d = CheckDay(day, nameof(day));
        OpenInterval[][] days = (OpenInterval[][])_days.Clone();
        days[d] = new[] { OpenInterval.AllDay };
        return new WeeklySchedule(days);
    }

    /// <summary>Returns a schedule with the same hours added on Monday to Friday.</summary>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, as for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</exception>
    public WeeklySchedule Weekdays(LocalTime open, LocalTime close)
        => Add(IsoDayOfWeek.Monday, open, close)
            .Add(IsoDayOfWeek.Tuesday, open, close)
            .Add(IsoDayOfWeek.Wednesday, open, close)
            .Add(IsoDayOfWeek.Thursday, open, close)
            .Add(IsoDayOfWeek.Friday, open, close);

    /// <summary>Returns a schedule with the same hours added on every day of the week.</summary>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, as for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</exception>
    public WeeklySchedule EveryDay(LocalTime open, LocalTime close)
        => Weekdays(open, close).Add(IsoDayOfWeek.Saturday, open, close).Add(IsoDayOfWeek.Sunday, open, close);

    /// <inheritdoc/>
    public bool Equals(WeeklySchedule? other)
    {
        if (other is null)
        {
            return false;
        }

        for (int d = 1; d <= 7; d++)
        {
            if (!_days[d].AsSpan().SequenceEqual(other._days[d]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeeklySchedule);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 17;
        for (int d = 1; d <= 7; d++)
        {
            foreach (OpenInterval interval in _days[d])
            {
                hash = HashCodes.Combine(hash, d, interval.GetHashCode());
            }
        }

        return hash;
    }

    /// <summary>Describes the schedule day by day, for example "Mon 09:00–17:00; Tue 09:00–17:00; …".</summary>
    /// <returns>The description, or "closed every day".</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (int d = 1; d <= 7; d++)
        {
            if (_days[d].Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(((IsoDayOfWeek)d).ToString().Substring(0, 3)).Append(' ').Append(string.Join(", ", _days[d]));
        }

        return text.Length == 0 ? "closed every day" : text.ToString();
    }

    /// <summary>Returns the hours of the ISO day of week <paramref name="day"/> (1–7) without checks.</summary>
    internal OpenInterval[] HoursOf(int day) => _days[day];

    /// <summary>Sorts and merges intervals that overlap or touch.</summary>
    internal static OpenInterval[] Merge(IEnumerable<OpenInterval> existing, OpenInterval added)
        => Merge(existing.Append(added));

    /// <summary>Sorts and merges intervals that overlap or touch.</summary>
    internal static OpenInterval[] Merge(IEnumerable<OpenInterval> intervals)
    {
        var sorted = intervals.OrderBy(i => i).ToList();
        var merged = new List<OpenInterval>(sorted.Count);
        foreach (OpenInterval interval in sorted)
        {
            if (merged.Count > 0 && interval.OpenTicks <= merged[merged.Count - 1].CloseTicks)
            {
                OpenInterval last = merged[merged.Count - 1];
                merged[merged.Count - 1] = OpenInterval.FromTicks(last.OpenTicks, Math.Max(last.CloseTicks, interval.CloseTicks));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged.ToArray();
    }

    private static int CheckDay(IsoDayOfWeek day, string paramName)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            Preconditions.ThrowOutOfRange(paramName, day, Preconditions.Format("The day of the week must be Monday to Sunday, was {0}.", (int)day));
        }

        return (int)day;
    }
}
