using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
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
    private ReadOnlyCollection<OpenInterval>[]? _views;

    private WeeklySchedule(OpenInterval[][] days)
    {
        _days = days;
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
    /// <remarks>The lists are read-only and made once, on the first call.</remarks>
    public IReadOnlyList<OpenInterval> GetHours(IsoDayOfWeek day)
    {
        int d = CheckDay(day, nameof(day));
        ReadOnlyCollection<OpenInterval>[]? views = Volatile.Read(ref _views);
        if (views is null)
        {
            views = new ReadOnlyCollection<OpenInterval>[8];
            for (int i = 1; i <= 7; i++)
            {
                views[i] = new ReadOnlyCollection<OpenInterval>(_days[i]);
            }

            views = Interlocked.CompareExchange(ref _views, views, null) ?? views;
        }

        return views[d];
    }

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
        (long openTicks, long closeTicks) = CheckHours(day, open, close);
        OpenInterval[][] days = (OpenInterval[][])_days.Clone();
        AddTo(days, d, openTicks, closeTicks);
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
    public WeeklySchedule Weekdays(LocalTime open, LocalTime close) => AddEach(IsoDayOfWeek.Friday, open, close);

    /// <summary>Returns a schedule with the same hours added on every day of the week.</summary>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, as for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/>.</exception>
    public WeeklySchedule EveryDay(LocalTime open, LocalTime close) => AddEach(IsoDayOfWeek.Sunday, open, close);

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

    /// <summary>Returns a schedule with the same hours added on Monday to <paramref name="last"/>, in that order, as one new schedule.</summary>
    [MethodImpl(Jit.Optimized)]
    private WeeklySchedule AddEach(IsoDayOfWeek last, LocalTime open, LocalTime close)
    {
        (long openTicks, long closeTicks) = CheckHours(IsoDayOfWeek.Monday, open, close);
        OpenInterval[][] days = (OpenInterval[][])_days.Clone();
        for (int d = 1; d <= (int)last; d++)
        {
            AddTo(days, d, openTicks, closeTicks);
        }

        return new WeeklySchedule(days);
    }

    /// <summary>Checks the hours of <see cref="Add(IsoDayOfWeek, LocalTime, LocalTime)"/> (the day only names them in the message) and returns them in ticks.</summary>
    [MethodImpl(Jit.Optimized)]
    private static (long Open, long Close) CheckHours(IsoDayOfWeek day, LocalTime open, LocalTime close)
    {
        long openTicks = OpenInterval.Ticks(open, nameof(open));
        long closeTicks = OpenInterval.Ticks(close, nameof(close));
        CheckHours(day, openTicks, closeTicks, Problems.Throw);
        return (openTicks, closeTicks);
    }

    /// <summary>
    /// Checks the hours of one day of a schedule, in ticks of the day (a close of 0 or of a whole day is 24:00, a close before the
    /// open runs overnight): they must close at a different time than they open (member <c>close</c>). Returns whether they do.
    /// </summary>
    internal static bool CheckHours(IsoDayOfWeek day, long openTicks, long closeTicks, Problems problems)
    {
        if (openTicks == closeTicks)
        {
            problems.Invalid("close", Preconditions.Format(
                "Business hours must close at a different time than they open, was {0}–{0} on {1}; 00:00–24:00 is the whole day.", OpenInterval.FormatTime(openTicks), day));
            return false;
        }

        return true;
    }

    /// <summary>Adds checked hours opening on day <paramref name="d"/> to <paramref name="days"/>, an overnight shift's tail to the next day.</summary>
    [MethodImpl(Jit.Optimized)]
    private static void AddTo(OpenInterval[][] days, int d, long openTicks, long closeTicks)
    {
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
    }

    /// <summary>Returns the hours of the ISO day of week <paramref name="day"/> (1–7) without checks.</summary>
    internal OpenInterval[] HoursOf(int day) => _days[day];

    /// <summary>Returns <paramref name="existing"/> (sorted and merged) with <paramref name="added"/>, merging intervals that overlap or touch.</summary>
    internal static OpenInterval[] Merge(OpenInterval[] existing, OpenInterval added)
    {
        if (existing.Length == 0)
        {
            return new[] { added };
        }

        var all = new OpenInterval[existing.Length + 1];
        existing.CopyTo(all, 0);
        all[existing.Length] = added;
        return MergeSorted(all);
    }

    /// <summary>Sorts and merges intervals that overlap or touch.</summary>
    internal static OpenInterval[] Merge(IEnumerable<OpenInterval> intervals) => MergeSorted(intervals.ToArray());

    /// <summary>Sorts <paramref name="intervals"/> (a new array, changed in place) and merges those that overlap or touch.</summary>
    [MethodImpl(Jit.Optimized)]
    private static OpenInterval[] MergeSorted(OpenInterval[] intervals)
    {
        // Equal intervals are equal values, so the order the sort leaves them in cannot show.
        Array.Sort(intervals);
        int count = 0;
        foreach (OpenInterval interval in intervals)
        {
            if (count > 0 && interval.OpenTicks <= intervals[count - 1].CloseTicks)
            {
                OpenInterval last = intervals[count - 1];
                intervals[count - 1] = OpenInterval.FromTicks(last.OpenTicks, Math.Max(last.CloseTicks, interval.CloseTicks));
            }
            else
            {
                intervals[count++] = interval;
            }
        }

        if (count < intervals.Length)
        {
            Array.Resize(ref intervals, count);
        }

        return intervals;
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
