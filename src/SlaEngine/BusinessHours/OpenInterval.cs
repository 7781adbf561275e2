using System;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Opening hours within one day: the local times in [<see cref="Open"/>, <see cref="Close"/>), where a
/// close of midnight means the end of the day (24:00).
/// </summary>
/// <remarks>
/// <para>
/// The interval is half-open: a business that opens 09:00–17:00 is open at 16:59:59.9999999 and closed
/// at 17:00. An interval never crosses midnight; <see cref="WeeklySchedule.Add(IsoDayOfWeek, LocalTime, LocalTime)"/>
/// splits an overnight shift into two intervals on consecutive days.
/// </para>
/// <para>
/// The boundaries are whole ticks (100 ns). The default value is 00:00–24:00, the whole day
/// (<see cref="AllDay"/>). Equality and ordering compare the opening time, then the closing time.
/// </para>
/// </remarks>
public readonly struct OpenInterval : IEquatable<OpenInterval>, IComparable<OpenInterval>
{
    // Open and close as ticks of the day; the close is stored as (TicksPerDay - close) so that the
    // default value is 00:00–24:00.
    private readonly long _openTicks;
    private readonly long _closeFromEnd;

    /// <summary>Initializes an interval from its opening and closing local times.</summary>
    /// <param name="open">The first local time inside the interval.</param>
    /// <param name="close">The first local time after it; <see cref="LocalTime.Midnight"/> means the end of the day (24:00).</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="close"/> is not after <paramref name="open"/> (and not midnight), or a time is not a whole number of ticks.
    /// </exception>
    public OpenInterval(LocalTime open, LocalTime close)
    {
        long openTicks = Ticks(open, nameof(open));
        long closeTicks = close == LocalTime.Midnight ? NodaConstants.TicksPerDay : Ticks(close, nameof(close));
        Check(openTicks, closeTicks, Problems.Throw);

        _openTicks = openTicks;
        _closeFromEnd = NodaConstants.TicksPerDay - closeTicks;
    }

    private OpenInterval(long openTicks, long closeTicks)
    {
        _openTicks = openTicks;
        _closeFromEnd = NodaConstants.TicksPerDay - closeTicks;
    }

    /// <summary>Gets the whole day, 00:00–24:00.</summary>
    public static OpenInterval AllDay => default;

    /// <summary>Gets the opening time: the first local time inside the interval.</summary>
    public LocalTime Open => LocalTime.FromTicksSinceMidnight(_openTicks);

    /// <summary>Gets the closing time: the first local time after the interval; <see cref="LocalTime.Midnight"/> when it runs to the end of the day (see <see cref="ClosesAtMidnight"/>).</summary>
    public LocalTime Close => _closeFromEnd == 0 ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(CloseTicks);

    /// <summary>Gets a value indicating whether the interval runs to the end of the day (24:00).</summary>
    public bool ClosesAtMidnight => _closeFromEnd == 0;

    /// <summary>Gets the length of the interval in local time. On a day whose clocks change inside it, the elapsed time differs.</summary>
    public Duration Length => Duration.FromTicks(CloseTicks - _openTicks);

    /// <summary>Gets the opening time as ticks since midnight.</summary>
    internal long OpenTicks => _openTicks;

    /// <summary>Gets the closing time as ticks since midnight, 1–864,000,000,000.</summary>
    internal long CloseTicks => NodaConstants.TicksPerDay - _closeFromEnd;

    /// <summary>Returns whether two intervals are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they open and close at the same times.</returns>
    public static bool operator ==(OpenInterval left, OpenInterval right) => left.Equals(right);

    /// <summary>Returns whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ in opening or closing time.</returns>
    public static bool operator !=(OpenInterval left, OpenInterval right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(OpenInterval left, OpenInterval right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(OpenInterval left, OpenInterval right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/> or equals it.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(OpenInterval left, OpenInterval right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/> or equals it.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(OpenInterval left, OpenInterval right) => left.CompareTo(right) >= 0;

    /// <summary>Returns whether the local time <paramref name="time"/> lies inside the interval.</summary>
    /// <param name="time">A local time.</param>
    /// <returns><see langword="true"/> when <see cref="Open"/> ≤ <paramref name="time"/> &lt; <see cref="Close"/>.</returns>
    public bool Contains(LocalTime time)
    {
        long ticks = time.TickOfDay;
        return ticks >= _openTicks && ticks < CloseTicks;
    }

    /// <inheritdoc/>
    public bool Equals(OpenInterval other) => _openTicks == other._openTicks && _closeFromEnd == other._closeFromEnd;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OpenInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(_openTicks.GetHashCode(), _closeFromEnd.GetHashCode());

    /// <summary>Compares by opening time, then by closing time.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Negative, zero or positive as this interval sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(OpenInterval other)
    {
        int byOpen = _openTicks.CompareTo(other._openTicks);
        return byOpen != 0 ? byOpen : other._closeFromEnd.CompareTo(_closeFromEnd);
    }

    /// <summary>Formats the interval as <c>HH:mm–HH:mm</c> (with seconds and fractions when present), the close of a whole-day-end interval as 24:00.</summary>
    /// <returns>For example "09:00–17:00" or "22:00–24:00".</returns>
    public override string ToString() => FormatTime(_openTicks) + "–" + FormatTime(CloseTicks);

    /// <summary>Checks interval bounds in ticks of the day (24:00 is a whole day of ticks): the close must be after the open (member <c>close</c>). Returns whether it is.</summary>
    internal static bool Check(long openTicks, long closeTicks, Problems problems)
    {
        if (closeTicks <= openTicks)
        {
            problems.Invalid("close", Preconditions.Format(
                "Opening hours must close after they open within the day, was {0}–{1}.", FormatTime(openTicks), FormatTime(closeTicks)));
            return false;
        }

        return true;
    }

    /// <summary>Creates an interval from tick boundaries already checked: 0 ≤ open &lt; close ≤ ticks per day.</summary>
    internal static OpenInterval FromTicks(long openTicks, long closeTicks) => new(openTicks, closeTicks);

    /// <summary>Returns the ticks since midnight of <paramref name="time"/>, which must be a whole number of ticks.</summary>
    internal static long Ticks(LocalTime time, string paramName)
    {
        if (time.NanosecondOfSecond % NodaConstants.NanosecondsPerTick != 0)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format(
                "Opening hours must be whole ticks (100 ns), was {0:HH:mm:ss.fffffffff}.", time));
        }

        return time.TickOfDay;
    }

    /// <summary>Formats ticks of the day (0–24:00) as HH:mm, adding seconds and fractions only when present.</summary>
    internal static string FormatTime(long ticks)
    {
        long hours = ticks / NodaConstants.TicksPerHour;
        long minutes = ticks / NodaConstants.TicksPerMinute % 60;
        long seconds = ticks / NodaConstants.TicksPerSecond % 60;
        long fraction = ticks % NodaConstants.TicksPerSecond;
        string text = Preconditions.Format("{0:00}:{1:00}", hours, minutes);
        if (seconds != 0 || fraction != 0)
        {
            text += Preconditions.Format(":{0:00}", seconds);
            if (fraction != 0)
            {
                text += Preconditions.Format(".{0:0000000}", fraction).TrimEnd('0');
            }
        }

        return text;
    }
}
