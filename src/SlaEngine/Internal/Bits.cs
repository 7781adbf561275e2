#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.Intrinsics.X86;
#endif
using System.Runtime.CompilerServices;

namespace SlaEngine.Internal;

/// <summary>Bit tricks over 64-bit words: population count, the position of the k-th set bit, the high half of a product.</summary>
internal static class Bits
{
    /// <summary>Returns the number of set bits in <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PopCount(ulong value)
    {
#if NET8_0_OR_GREATER
        return BitOperations.PopCount(value);
#else
        value -= (value >> 1) & 0x5555555555555555UL;
        value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
        value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)(unchecked(value * 0x0101010101010101UL) >> 56);
#endif
    }

    /// <summary>Returns the high 64 bits of the 128-bit product of <paramref name="a"/> and <paramref name="b"/>: ⌊a·b / 2⁶⁴⌋.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MultiplyHigh(ulong a, ulong b)
    {
#if NET8_0_OR_GREATER
        return System.Math.BigMul(a, b, out _);
#else
        ulong aLow = unchecked((uint)a);
        ulong aHigh = a >> 32;
        ulong bLow = unchecked((uint)b);
        ulong bHigh = b >> 32;
        ulong lowLow = aLow * bLow;
        ulong highLow = aHigh * bLow;
        ulong lowHigh = aLow * bHigh;
        ulong middle = (lowLow >> 32) + unchecked((uint)highLow) + unchecked((uint)lowHigh);
        return (aHigh * bHigh) + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
#endif
    }

    /// <summary>Returns the number of trailing zero bits of a non-zero <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TrailingZeroCount(ulong value)
    {
#if NET8_0_OR_GREATER
        return BitOperations.TrailingZeroCount(value);
#else
        return PopCount((value & unchecked(0UL - value)) - 1);
#endif
    }

    /// <summary>Returns the number of leading zero bits of a non-zero <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LeadingZeroCount(ulong value)
    {
#if NET8_0_OR_GREATER
        return BitOperations.LeadingZeroCount(value);
#else
        value |= value >> 1;
        value |= value >> 2;
        value |= value >> 4;
        value |= value >> 8;
        value |= value >> 16;
        value |= value >> 32;
        return 64 - PopCount(value);
#endif
    }

    /// <summary>
    /// Returns the position (0–63) of the set bit of <paramref name="value"/> that has exactly
    /// <paramref name="rank"/> set bits below it. The caller guarantees <c>0 ≤ rank &lt; PopCount(value)</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Select(ulong value, int rank)
    {
#if NET8_0_OR_GREATER
        if (Bmi2.X64.IsSupported)
        {
            return BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << rank, value));
        }
#endif
        return SelectPortable(value, rank);
    }

    /// <summary>The portable form of <see cref="Select"/>: narrows to a byte by counts, then clears low bits.</summary>
    internal static int SelectPortable(ulong value, int rank)
    {
        int shift = 0;
        int low = PopCount(value & 0xFFFFFFFFUL);
        if (rank >= low)
        {
            rank -= low;
            shift = 32;
        }

        low = PopCount((value >> shift) & 0xFFFFUL);
        if (rank >= low)
        {
            rank -= low;
            shift += 16;
        }

        low = PopCount((value >> shift) & 0xFFUL);
        if (rank >= low)
        {
            rank -= low;
            shift += 8;
        }

        ulong b = (value >> shift) & 0xFFUL;
        for (; rank > 0; rank--)
        {
            b &= b - 1;
        }

        return shift + TrailingZeroCount(b);
    }
}
