using System.Runtime.CompilerServices;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The layout of one compiled year in a <see cref="YearTable"/>'s <c>ulong[]</c>: eight words, one 64-byte
/// cache line, so a query touches one line per year.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Words 0–5: business-day bits by <em>slot</em>: date (month, day) is slot
/// <c>(month - 1) * 32 + (day - 1)</c>, bit <c>slot % 64</c> of word <c>slot / 64</c> (two months a word).
/// Slots of dates that do not exist (30 February) are always clear. A date maps to its bit with
/// shifts alone, and a bit back to its date the same way: no day-of-year tables, no leap-year test.</item>
/// <item>Word 6, the counts: <c>Before</c> (bits 0–23, signed): business days from 1 January of the year's run
/// origin to 1 January of this year, negative before the origin; <c>Origin</c> (bits 24–37): the origin's year, less
/// the first supported year; <c>Total</c> (bits 38–46): business days in the year; <c>Reciprocal</c> (bits 47–63):
/// ⌊2^16 / Total⌋ (0 when Total is 0), so that a count of business days converts to an estimate of years with a
/// multiply instead of a division. A <em>run</em> is a stretch of consecutive compiled years counted from one origin:
/// two years' <c>Before</c> values may be subtracted only when their origins are equal.</item>
/// <item>Word 7: <c>Rank(w)</c>, the business days in words 0 to w-1, for w = 0–5, nine bits each at
/// bit <c>9w</c> (w &lt; 3) or <c>9w + 5</c> (w ≥ 3); bits 31 and 63 set once the year is published. A flag in each 32-bit half means a torn read on a 32-bit runtime only ever
/// looks unpublished, and takes the locked slow path.</item>
/// </list>
/// </remarks>
internal static class YearWords
{
    public const int Stride = 8;
    public const int BitWords = 6;
    public const int Counts = 6;
    public const int Meta = 7;
    public const ulong Published = (1UL << 63) | (1UL << 31);

    /// <summary>Returns the slot of a date: <c>(month - 1) * 32 + (day - 1)</c>, 0–383.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(int month, int day) => ((month - 1) << 5) | (day - 1);

    /// <summary>Returns the word that holds the business day of rank <paramref name="rank"/> within the year: the number of words 1–5 whose first rank is at most <paramref name="rank"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordOfRank(ulong meta, int rank)
    {
        // Branch-free and unrolled: (uint)(first - rank - 1) >> 31 is 1 exactly when first <= rank.
        // The constant shifts are RankShift(1) to RankShift(5).
        return unchecked((int)(((uint)((int)((meta >> 9) & 511) - rank - 1) >> 31)
            + ((uint)((int)((meta >> 18) & 511) - rank - 1) >> 31)
            + ((uint)((int)((meta >> 32) & 511) - rank - 1) >> 31)
            + ((uint)((int)((meta >> 41) & 511) - rank - 1) >> 31)
            + ((uint)((int)((meta >> 50) & 511) - rank - 1) >> 31)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RankShift(int word) => (word * 9) + (((word + 1) >> 2) * 5);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Rank(ulong meta, int word) => (int)((meta >> RankShift(word)) & 511);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Before(ulong counts) => unchecked((int)((uint)counts << 8)) >> 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Origin(ulong counts) => (int)((counts >> 24) & 0x3FFF);

    /// <summary>The scale of <see cref="Reciprocal"/>: estimates are <c>(count * Reciprocal) &gt;&gt; ReciprocalShift</c>.</summary>
    public const int ReciprocalShift = 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Total(ulong counts) => (int)((counts >> 38) & 511);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Reciprocal(ulong counts) => (long)(counts >> 47);

    /// <summary>Returns whether two years' counts are measured from the same origin, so their <see cref="Before"/> values compare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameRun(ulong a, ulong b) => ((a ^ b) & (0x3FFFUL << 24)) == 0;

    [MethodImpl(Jit.Optimized)]
    public static ulong PackCounts(int before, int origin, int total)
        => (unchecked((uint)before) & 0xFFFFFFUL)
            | ((ulong)(uint)origin << 24)
            | ((ulong)(uint)total << 38)
            | ((ulong)(total == 0 ? 0 : (1 << ReciprocalShift) / total) << 47);

    [MethodImpl(Jit.Optimized)]
    public static ulong PackMeta(ulong[] words, int baseIndex)
    {
        ulong meta = Published;
        int rank = 0;
        for (int w = 0; w < BitWords; w++)
        {
            meta |= (ulong)rank << RankShift(w);
            rank += Bits.PopCount(words[baseIndex + w]);
        }

        return meta;
    }
}
