using System;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>Whole-minute arithmetic and bitmap scans shared by the uptime types.</summary>
internal static class UptimeMath
{
    public const long TicksPerMinute = NodaConstants.TicksPerMinute;

    /// <summary>Returns an instant's ticks since the Unix epoch.</summary>
    public static long Ticks(Instant instant) => instant.ToUnixTimeTicks();

    /// <summary>Returns the instant as whole minutes since the Unix epoch; throws unless it is a whole minute.</summary>
    public static long WholeMinute(Instant instant, string paramName, string what)
    {
        long ticks = instant.ToUnixTimeTicks();
        if (Instant.FromUnixTimeTicks(ticks) != instant || ticks % TicksPerMinute != 0)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("{0} must be a whole minute, was {1}.", what, Show(instant)));
        }

        return FloorDiv(ticks, TicksPerMinute);
    }

    /// <summary>Formats an instant in extended ISO, with fractional seconds when it has them.</summary>
    public static string Show(Instant instant)
        => instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the whole minute (since the Unix epoch) holding an instant: its start rounded down.</summary>
    public static long FloorMinute(Instant instant) => FloorDiv(instant.ToUnixTimeTicks(), TicksPerMinute);

    /// <summary>Returns the first whole minute bound at or after an instant, counting nanoseconds below a tick.</summary>
    public static long CeilingMinute(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        if (Instant.FromUnixTimeTicks(ticks) != instant)
        {
            ticks++; // ToUnixTimeTicks rounds toward the past; the remaining nanoseconds reach into the next tick
        }

        return -FloorDiv(-ticks, TicksPerMinute);
    }

    /// <summary>Throws unless two span lengths are equal.</summary>
    public static void CheckSameLength(int expected, int actual, string paramName)
    {
        if (expected != actual)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("The valid and error request spans must have the same length, were {0} and {1}.", expected, actual));
        }
    }

    /// <summary>Floor division for a positive divisor.</summary>
    public static long FloorDiv(long value, long divisor)
    {
        long q = value / divisor;
        return value % divisor < 0 ? q - 1 : q;
    }

    /// <summary>Sets bits [from, to) of a bitmap.</summary>
    public static void SetRange(Span<ulong> bits, long from, long to)
    {
        for (; from < to; from = NextWord(from))
        {
            bits[(int)(from >> 6)] |= WordMask(from, to);
        }
    }

    /// <summary>Counts the set bits in [from, to).</summary>
    public static long CountRange(ReadOnlySpan<ulong> bits, long from, long to)
    {
        long count = 0;
        for (; from < to; from = NextWord(from))
        {
            count += Bits.PopCount(bits[(int)(from >> 6)] & WordMask(from, to));
        }

        return count;
    }

    /// <summary>The bits of [from, to) that lie in <paramref name="from"/>'s word.</summary>
    private static ulong WordMask(long from, long to)
    {
        int shift = (int)(from & 63);
        long take = Math.Min(64 - shift, to - from);
        return take == 64 ? ulong.MaxValue : ((1UL << (int)take) - 1) << shift;
    }

    /// <summary>The first bit index of the word after <paramref name="from"/>'s.</summary>
    private static long NextWord(long from) => (from | 63) + 1;

    /// <summary>Returns the first index at or after <paramref name="from"/> whose bit equals <paramref name="value"/>, or <paramref name="limit"/>.</summary>
    public static long Next(ReadOnlySpan<ulong> bits, long from, long limit, bool value)
    {
        while (from < limit)
        {
            int word = (int)(from >> 6);
            int shift = (int)(from & 63);
            ulong w = value ? bits[word] : ~bits[word];
            w >>= shift;
            if (w != 0)
            {
                long found = from + Bits.TrailingZeroCount(w);
                return Math.Min(found, limit);
            }

            from += 64 - shift;
        }

        return limit;
    }
}
