using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using SlaEngine.Internal;

namespace SlaEngine.Uptime.Evaluation;

/// <summary>
/// The per-minute classification pass: minute <c>i</c> is down when
/// <c>valid[i] &gt;= max(minValid, 1)</c> and <c>errors[i] / valid[i] &gt; num / den</c>, tested exactly as
/// <c>errors[i] * den &gt; valid[i] * num</c> in 64-bit integers.
/// </summary>
/// <remarks>
/// <para>
/// Counts are in [0, <see cref="int.MaxValue"/>] and <c>num</c>, <c>den</c> in [0, <see cref="int.MaxValue"/>], so every product is
/// below 2^62 and the 64-bit difference <c>valid * num - errors * den</c> never overflows: its sign is the answer. The vector
/// paths multiply 32 × 32 → 64 bits (<c>vpmuludq</c>) on the even and odd lanes and take the sign of each difference.
/// </para>
/// <para>
/// Validation is fused into the same pass: a negative count or <c>errors &gt; valid</c> sets the sign bit of
/// <c>valid | errors | (valid - errors)</c>, which is OR-ed into an accumulator; only when it is set does a second, cold pass
/// find the first bad index. On a bad input the bitmap holds garbage and the result is <c>-1 - index</c>.
/// </para>
/// <para>
/// Dispatch on net8.0: AVX-512F, then AVX2, then the portable loop; netstandard2.0 always runs the portable loop. Each 64-minute
/// word keeps its accumulators in registers (a loop that kept them across calls spilled them on Linux x64 and ran 3× slower).
/// </para>
/// </remarks>
internal static class DownMinuteKernel
{
    /// <summary>Classifies the minutes; returns the down count, or <c>-1 - index</c> of the first invalid minute.</summary>
    /// <remarks>
    /// Callers check that the spans have equal length and <paramref name="bitmap"/> holds <c>ceil(n / 64)</c> words.
    /// <paramref name="widest"/> caps the instruction set so tests reach every path: 0 portable, 1 AVX2, 2 AVX-512.
    /// </remarks>
    public static int Classify(ReadOnlySpan<int> valid, ReadOnlySpan<int> errors, int minValid, int num, int den, Span<ulong> bitmap, int widest = 2)
    {
        int n = valid.Length;
        int minMinusOne = Math.Max(minValid, 1) - 1;
        int words = n >> 6;
        int count = 0;
        bool bad = false;
        int done = 0;
#if NET8_0_OR_GREATER
        if (words > 0)
        {
            if (widest >= 2 && Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
            {
                count = Avx512Words(ref MemoryMarshal.GetReference(valid), ref MemoryMarshal.GetReference(errors), words, minMinusOne,
                    (uint)num, (uint)den, ref MemoryMarshal.GetReference(bitmap), out bad);
                done = words;
            }
            else if (widest >= 1 && Avx2.IsSupported)
            {
                count = Avx2Words(ref MemoryMarshal.GetReference(valid), ref MemoryMarshal.GetReference(errors), words, minMinusOne,
                    (uint)num, (uint)den, ref MemoryMarshal.GetReference(bitmap), out bad);
                done = words;
            }
        }
#endif
        int start = done << 6;
        if (start < n)
        {
            count += PortableWords(valid.Slice(start), errors.Slice(start), minMinusOne, num, den, bitmap.Slice(done), out bool tailBad);
            bad |= tailBad;
        }

        return bad ? -1 - FindInvalid(valid, errors) : count;
    }

    /// <summary>
    /// Throws the <see cref="ArgumentException"/> for the bad minute at <paramref name="index"/>, naming the span that holds the
    /// bad count (<paramref name="paramName"/> overrides it, for inputs that are not the two spans).
    /// </summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowBadCounts(ReadOnlySpan<int> valid, ReadOnlySpan<int> errors, int index, string? paramName = null)
    {
        string message = valid[index] < 0
            ? Preconditions.Format("Valid requests must not be negative, was {0} at minute {1}.", valid[index], index)
            : Preconditions.Format("Error requests must be between 0 and the valid requests ({0}), was {1} at minute {2}.", valid[index], errors[index], index);
        Preconditions.ThrowArgument(paramName ?? (valid[index] < 0 ? "validRequests" : "errorRequests"), message);
    }

    /// <summary>Returns the index of the first minute with a negative count or more errors than valid requests, or -1.</summary>
    public static int FindInvalid(ReadOnlySpan<int> valid, ReadOnlySpan<int> errors)
    {
        for (int i = 0; i < valid.Length; i++)
        {
            if (valid[i] < 0 || errors[i] < 0 || errors[i] > valid[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The portable loop: whole and partial 64-minute words; bits past the end of the input are cleared.</summary>
    private static int PortableWords(ReadOnlySpan<int> valid, ReadOnlySpan<int> errors, int minMinusOne, int num, int den, Span<ulong> bitmap, out bool bad)
    {
        int n = valid.Length;
        int count = 0;
        int acc = 0;
        for (int w = 0; (w << 6) < n; w++)
        {
            int first = w << 6;
            int end = Math.Min(64, n - first);
            ulong bits = 0;
            for (int j = 0; j < end; j++)
            {
                int vi = valid[first + j];
                int ei = errors[first + j];
                acc |= vi | ei | unchecked(vi - ei);
                long v = vi;

                // Down <=> valid * num - errors * den < 0 and minMinusOne - valid < 0: the AND of the two is negative.
                long d = (v * num - (long)ei * den) & (minMinusOne - v);
                bits |= (unchecked((ulong)d) >> 63) << j;
            }

            bitmap[w] = bits;
            count += Bits.PopCount(bits);
        }

        bad = acc < 0;
        return count;
    }

#if NET8_0_OR_GREATER
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Avx512Words(ref int valid, ref int errors, int words, int minMinusOne, uint num, uint den, ref ulong bitmap, out bool bad)
    {
        Vector512<uint> numV = Vector512.Create(num);
        Vector512<uint> denV = Vector512.Create(den);
        Vector512<int> minV = Vector512.Create(minMinusOne);
        Vector512<ulong> oddLanes = Vector512.Create(0xFFFF_FFFF_0000_0000UL);
        Vector512<int> acc = Vector512<int>.Zero;
        int count = 0;
        for (int w = 0; w < words; w++)
        {
            ulong bits = 0;
            for (int k = 0; k < 4; k++)
            {
                nuint offset = (nuint)((w << 6) + (k << 4));
                Vector512<int> v = Vector512.LoadUnsafe(ref valid, offset);
                Vector512<int> e = Vector512.LoadUnsafe(ref errors, offset);
                Vector512<long> even = Avx512F.Multiply(v.AsUInt32(), numV).AsInt64() - Avx512F.Multiply(e.AsUInt32(), denV).AsInt64();
                Vector512<long> odd = Avx512F.Multiply(Vector512.ShiftRightLogical(v.AsUInt64(), 32).AsUInt32(), numV).AsInt64()
                    - Avx512F.Multiply(Vector512.ShiftRightLogical(e.AsUInt64(), 32).AsUInt32(), denV).AsInt64();

                // The sign of each 64-bit difference sits in its high half: move the even ones down, keep the odd ones in place.
                Vector512<int> sign = Vector512.ConditionalSelect(oddLanes, odd.AsUInt64(), Vector512.ShiftRightLogical(even.AsUInt64(), 32)).AsInt32();
                bits |= (sign & Vector512.GreaterThan(v, minV)).ExtractMostSignificantBits() << (k << 4);
                acc |= v | e | (v - e);
            }

            Unsafe.Add(ref bitmap, w) = bits;
            count += System.Numerics.BitOperations.PopCount(bits);
        }

        bad = acc.ExtractMostSignificantBits() != 0;
        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Avx2Words(ref int valid, ref int errors, int words, int minMinusOne, uint num, uint den, ref ulong bitmap, out bool bad)
    {
        Vector256<uint> numV = Vector256.Create(num);
        Vector256<uint> denV = Vector256.Create(den);
        Vector256<int> minV = Vector256.Create(minMinusOne);
        Vector256<int> acc = Vector256<int>.Zero;
        int count = 0;
        for (int w = 0; w < words; w++)
        {
            ulong bits = 0;
            for (int k = 0; k < 8; k++)
            {
                nuint offset = (nuint)((w << 6) + (k << 3));
                Vector256<int> v = Vector256.LoadUnsafe(ref valid, offset);
                Vector256<int> e = Vector256.LoadUnsafe(ref errors, offset);
                Vector256<long> even = Avx2.Multiply(v.AsUInt32(), numV).AsInt64() - Avx2.Multiply(e.AsUInt32(), denV).AsInt64();
                Vector256<long> odd = Avx2.Multiply(Vector256.ShiftRightLogical(v.AsUInt64(), 32).AsUInt32(), numV).AsInt64()
                    - Avx2.Multiply(Vector256.ShiftRightLogical(e.AsUInt64(), 32).AsUInt32(), denV).AsInt64();
                Vector256<int> sign = Avx2.Blend(Vector256.ShiftRightLogical(even.AsUInt64(), 32).AsInt32(), odd.AsInt32(), 0xAA);
                bits |= (ulong)(sign & Vector256.GreaterThan(v, minV)).ExtractMostSignificantBits() << (k << 3);
                acc |= v | e | (v - e);
            }

            Unsafe.Add(ref bitmap, w) = bits;
            count += System.Numerics.BitOperations.PopCount(bits);
        }

        bad = acc.ExtractMostSignificantBits() != 0;
        return count;
    }
#endif
}
