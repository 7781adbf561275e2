using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.BusinessHours.Engine;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <content>Instant-level queries.</content>
public abstract partial class BusinessCalendar
{
    /// <summary>The largest amount of business time accepted, in days (far beyond any supported range).</summary>
    private const int MaxAmountDays = 4_000_000;

    /// <summary>Returns whether the calendar is open at <paramref name="instant"/>.</summary>
    /// <param name="instant">A supported instant.</param>
    /// <returns><see langword="true"/> when <paramref name="instant"/> lies in an open interval [open, close): open at the opening instant, closed at the closing one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public bool IsOpen(Instant instant)
    {
        long ticks = TicksOf(instant, nameof(instant), out _);
        int k = _timeline.Locate(ticks, out TimelineBlock block);
        return ticks >= block.Data[k];
    }

    /// <summary>Returns the first instant at or after <paramref name="instant"/> at which the calendar is open.</summary>
    /// <param name="instant">A supported instant.</param>
    /// <returns><paramref name="instant"/> itself when open; otherwise the next opening.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time after <paramref name="instant"/> up to the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant NextOpen(Instant instant)
    {
        long ticks = TicksOf(instant, nameof(instant), out _);
        long position = _timeline.LocalPosition(ticks, out bool open, out TimelineBlock block);
        if (open)
        {
            return instant;
        }

        CheckSomeOpenTime();
        int k = _timeline.Find(position + 1, block, out TimelineBlock found, out _);
        if (k < 0)
        {
            ThrowNoBusinessTimeAfter(instant);
        }

        return Instant.FromUnixTimeTicks(found.Data[k]);
    }

    /// <summary>
    /// Returns the instant the calendar next closes: the end of the open stretch holding <paramref name="instant"/>,
    /// or of the next one when it is closed.
    /// </summary>
    /// <param name="instant">A supported instant.</param>
    /// <returns>The closing instant, after <paramref name="instant"/>. Hours that touch (23:00–24:00 then 00:00–01:00 the next day) form one stretch.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time after <paramref name="instant"/>, or the calendar stays open to the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant NextClose(Instant instant)
    {
        long ticks = TicksOf(instant, nameof(instant), out _);
        int k = _timeline.Locate(ticks, out TimelineBlock block);
        if (ticks < block.Data[k])
        {
            // Closed: the running total here is that of the next interval's start; find the interval after it.
            CheckSomeOpenTime();
            k = _timeline.Find(block.Data[k + 2] + 1, block, out block, out _);
            if (k < 0)
            {
                ThrowNoBusinessTimeAfter(instant);
            }
        }

        long close = block.Data[k + 1];
        while (close == block.End && block.Index + 1 < _timeline.BlockCount)
        {
            TimelineBlock next = _timeline.BlockAt(block.Index + 1);
            if (next.Count == 0 || next.Data[TimelineBlock.Base] != close)
            {
                break;
            }

            block = next;
            close = next.Data[TimelineBlock.Base + 1];
        }

        if (close >= _timeline.End)
        {
            Preconditions.ThrowInvalidOperation(Preconditions.Format(
                "The calendar stays open from {0} to {1}, the end of the instants it supports, so it has no next close.", instant, Instant.FromUnixTimeTicks(_timeline.End)));
        }

        return Instant.FromUnixTimeTicks(close);
    }

    /// <summary>Returns the open time inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="start">The first instant counted.</param>
    /// <param name="end">The instant after the last one counted.</param>
    /// <returns>
    /// The business time, exact to the nanosecond; zero when the instants are equal; when <paramref name="end"/> is
    /// before <paramref name="start"/>, the negated open time inside [<paramref name="end"/>, <paramref name="start"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        long startTicks = TicksOf(start, nameof(start), out int startNanos);
        long endTicks = TicksOf(end, nameof(end), out int endNanos);
        long between = _timeline.Between(startTicks, endTicks, out bool startOpen, out bool endOpen);
        int nanos = (endOpen ? endNanos : 0) - (startOpen ? startNanos : 0);
        Duration ticks = Duration.FromTicks(between);
        return nanos == 0 ? ticks : ticks + Duration.FromNanoseconds(nanos);
    }

    /// <summary>Adds business time to an instant.</summary>
    /// <param name="start">A supported instant; it need not be open.</param>
    /// <param name="amount">
    /// The business time. When positive, the result is the <b>earliest</b> instant r ≥ <paramref name="start"/> with
    /// <c>BusinessTimeBetween(start, r) == amount</c>: 8 hours from Monday 09:00 on a 09:00–17:00 schedule is Monday
    /// 17:00 (the close), not Tuesday 09:00, and a closed start effectively starts at the next opening. When zero,
    /// <paramref name="start"/> itself, even when closed. When negative, the <b>latest</b> instant r ≤
    /// <paramref name="start"/> with <c>BusinessTimeBetween(r, start) == -amount</c>: 8 hours before Tuesday 17:00 is
    /// Tuesday 09:00.
    /// </param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <see cref="SupportedInterval"/>, or the result would be.</exception>
    /// <exception cref="InvalidOperationException">There is no business time at all in the direction searched, up to the end of the supported range.</exception>
    /// <exception cref="Calendars.HolidayRuleEvaluationException">The holiday calendar cannot evaluate a year this query needs: its holidays leave a business-day or substitute rule without its day.</exception>
    public Instant AddBusinessTime(Instant start, Duration amount)
    {
        if (!TryAddBusinessTime(start, amount, out Instant result))
        {
            if (amount.Days > MaxAmountDays || amount.Days < -MaxAmountDays)
            {
                ThrowAmountOutOfRange(start, amount);
            }

            ThrowBeyondRange(start, amount, TicksOf(start, nameof(start), out _), amount > Duration.Zero);
        }

        return result;
    }

    /// <summary>
    /// Adds business time as <see cref="AddBusinessTime(Instant, Duration)"/> does, but returns <see langword="false"/> instead of
    /// throwing when the result lies outside the supported range (there is business time, just not enough before its end).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <see cref="SupportedInterval"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no business time at all in the direction searched.</exception>
    internal bool TryAddBusinessTime(Instant start, Duration amount, out Instant result)
    {
        long ticks = TicksOf(start, nameof(start), out int startNanos);
        result = default;
        if (amount.Days > MaxAmountDays || amount.Days < -MaxAmountDays)
        {
            CheckSomeOpenTime();
            return false;
        }

        long amountTicks = amount.BclCompatibleTicks;
        int amountNanos = amount.SubsecondNanoseconds % (int)NodaConstants.NanosecondsPerTick;
        if (amountTicks == 0 && amountNanos == 0)
        {
            result = start;
            return true;
        }

        long position = _timeline.LocalPosition(ticks, out bool open, out TimelineBlock block);

        // The target running total, as whole ticks plus 0–99 nanoseconds.
        int nanos = (open ? startNanos : 0) + amountNanos;
        long target = position + amountTicks;
        if (nanos < 0)
        {
            nanos += (int)NodaConstants.NanosecondsPerTick;
            target--;
        }
        else if (nanos >= NodaConstants.NanosecondsPerTick)
        {
            nanos -= (int)NodaConstants.NanosecondsPerTick;
            target++;
        }

        // The interval that holds the target: forward to a whole tick, the earliest instant (it may be a close);
        // otherwise the instant inside the interval.
        bool forward = amountTicks > 0 || (amountTicks == 0 && amountNanos > 0);
        long key = forward && nanos == 0 ? target : target + 1;
        if (_neverOpen)
        {
            CheckSomeOpenTime();
        }

        int k = _timeline.Find(key, block, out TimelineBlock found, out long foundKey);
        if (k < 0)
        {
            CheckSomeBusinessTime(start, ticks, forward);
            return false;
        }

        // The target measured from the start of the block that holds it (the key is the target or one more).
        long[] data = found.Data;
        long resultTicks = data[k] + (foundKey - (key - target) - data[k + 2]);
        if (resultTicks >= _timeline.End)
        {
            // Only the close of hours that run to the end of the range lands here: outside the range, like any result past it.
            return false;
        }

        result = Instant.FromUnixTimeTicks(resultTicks);
        result = nanos == 0 ? result : result.PlusNanoseconds(nanos);
        return true;
    }

    /// <summary>Returns the UTC ticks of <paramref name="instant"/> (rounded down) and the nanoseconds past them, checking the range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long TicksOf(Instant instant, string paramName, out int nanos)
    {
        Duration sinceEpoch = instant - NodaConstants.UnixEpoch;
        long ticks = sinceEpoch.BclCompatibleTicks;
        nanos = sinceEpoch.SubsecondNanoseconds % (int)NodaConstants.NanosecondsPerTick;
        if (nanos < 0)
        {
            nanos += (int)NodaConstants.NanosecondsPerTick;
            ticks--;
        }

        if (!_timeline.Supports(ticks))
        {
            ThrowOutsideRange(instant, paramName);
        }

        return ticks;
    }

    private void CheckSomeOpenTime()
    {
        if (_neverOpen)
        {
            Preconditions.ThrowInvalidOperation("The calendar has no business time at all: its schedules are empty and no date override opens it.");
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutsideRange(Instant instant, string paramName)
        => Preconditions.ThrowOutOfRange(paramName, instant, Preconditions.Format(
            "The instant {0} is outside {1}–{2}, the instants this calendar supports (local dates of the years {3}–{4}).",
            instant, Instant.FromUnixTimeTicks(_timeline.First), Instant.FromUnixTimeTicks(_timeline.End), FirstSupportedYear, LastSupportedYear));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNoBusinessTimeAfter(Instant instant)
    {
        CheckSomeOpenTime();
        Preconditions.ThrowInvalidOperation(Preconditions.Format(
            "There is no business time in the searched range from {0} to {1}, the end of the instants this calendar supports.", instant, Instant.FromUnixTimeTicks(_timeline.End)));
    }

    /// <summary>Throws when there is no business time at all from <paramref name="start"/> (at <paramref name="ticks"/>) to the end of the range searched.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckSomeBusinessTime(Instant start, long ticks, bool forward)
    {
        CheckSomeOpenTime();
        if (forward && !_timeline.HasOpenTime(ticks, _timeline.End))
        {
            ThrowNoBusinessTimeAfter(start);
        }

        if (!forward && !_timeline.HasOpenTime(_timeline.First, ticks))
        {
            Preconditions.ThrowInvalidOperation(Preconditions.Format(
                "There is no business time in the searched range from {0} back to {1}, the start of the instants this calendar supports.", start, Instant.FromUnixTimeTicks(_timeline.First)));
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowAmountOutOfRange(Instant start, Duration amount)
        => Preconditions.ThrowOutOfRange(nameof(amount), amount, Preconditions.Format(
            "Adding {0} of business time to {1} goes beyond the instants any calendar supports.", amount, start));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBeyondRange(Instant start, Duration amount, long ticks, bool forward)
    {
        CheckSomeBusinessTime(start, ticks, forward);

        Preconditions.ThrowOutOfRange(nameof(amount), amount, Preconditions.Format(
            "Adding {0} of business time to {1} goes {2} {3}, the {4} of the instants this calendar supports.",
            amount,
            start,
            forward ? "past" : "before",
            Instant.FromUnixTimeTicks(forward ? _timeline.End : _timeline.First),
            forward ? "end" : "start"));
    }
}
