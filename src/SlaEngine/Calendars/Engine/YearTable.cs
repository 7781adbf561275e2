using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The compiled years of a <see cref="CompiledDays"/> from <see cref="First"/> to <see cref="First"/> +
/// <see cref="Count"/> - 1, eight words each (see <see cref="YearWords"/>) after eight words of header, and their holidays.
/// </summary>
/// <remarks>
/// <para>
/// A year's words are written once, before its meta word publishes it; the words of a published year never change in a
/// table. What changes a published year's counts (joining two runs) makes a new table instead, as does covering more
/// years, so a reader that takes the table once sees one consistent state, whatever happens meanwhile.
/// </para>
/// <para>
/// The header sits where the year <see cref="Origin"/> (<see cref="First"/> - 1) would: its first word holds that year and
/// its meta word is never published. So the words alone are a complete view: year <c>y</c> starts at
/// <c>(y - words[0]) * 8</c>, and an index that lands on the header reads as a year not compiled.
/// </para>
/// </remarks>
internal sealed class YearTable
{
    private static readonly CompiledYear?[] s_noExtras = Array.Empty<CompiledYear?>();

    public YearTable(int first, int count, bool withExtras)
    {
        First = first;
        Count = count;
        Words = new ulong[(count + 1) * YearWords.Stride];
        Words[0] = unchecked((ulong)(first - 1));
        Extras = withExtras ? new CompiledYear?[count] : null;
    }

    public YearTable(int first, ulong[] words, CompiledYear?[]? extras)
    {
        Debug.Assert(words.Length % YearWords.Stride == 0 && words.Length > 0 && words[0] == unchecked((ulong)(first - 1)), "The words must start with a header that holds first - 1.");
        First = first;
        Count = (words.Length / YearWords.Stride) - 1;
        Words = words;
        Extras = extras;
    }

    /// <summary>Returns a table of no years (the header alone).</summary>
    public static YearTable Empty(int first, bool withExtras)
    {
        var words = new ulong[YearWords.Stride];
        words[0] = unchecked((ulong)(first - 1));
        return new(first, words, withExtras ? s_noExtras : null);
    }

    /// <summary>Gets the first year the table covers.</summary>
    public int First { get; }

    /// <summary>Gets the year whose place the header takes: <see cref="First"/> - 1.</summary>
    public int Origin => First - 1;

    /// <summary>Gets the number of years the table covers.</summary>
    public int Count { get; }

    /// <summary>Gets the words: eight of header (the first holds <see cref="Origin"/>), then eight per year.</summary>
    public ulong[] Words { get; }

    /// <summary>Gets each year's holidays, or <see langword="null"/> when the source has none.</summary>
    public CompiledYear?[]? Extras { get; }

    /// <summary>Returns the index of the first word of <paramref name="year"/> (which the table covers, or its origin).</summary>
    public int Index(int year) => (year - Origin) * YearWords.Stride;

    /// <summary>Returns the origin held in the header of <paramref name="words"/> (any table's), without a bounds check where it can.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OriginOf(ulong[] words)
#if NET8_0_OR_GREATER
        => unchecked((int)System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(words));
#else
        => unchecked((int)words[0]);
#endif
}
