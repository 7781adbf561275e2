using System;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The compiled years of a <see cref="CompiledDays"/> between <see cref="Base"/> and <see cref="Base"/> +
/// <see cref="Count"/> - 1, eight words each (see <see cref="YearWords"/>), and their holidays.
/// </summary>
/// <remarks>
/// A year's words are written once, before its meta word publishes it; the words of a published year never change in a
/// table. What changes a published year's counts (joining two runs) makes a new table instead, as does covering more
/// years, so a reader that takes the table once sees one consistent state, whatever happens meanwhile.
/// </remarks>
internal sealed class YearTable
{
    private static readonly CompiledYear?[] s_noExtras = Array.Empty<CompiledYear?>();

    public YearTable(int baseYear, int count, bool withExtras)
    {
        Base = baseYear;
        Count = count;
        Words = new ulong[(count * YearWords.Stride) + 1];
        Words[Words.Length - 1] = (uint)baseYear;
        Extras = withExtras ? new CompiledYear?[count] : null;
    }

    public YearTable(int baseYear, ulong[] words, CompiledYear?[]? extras)
    {
        Base = baseYear;
        Count = words.Length / YearWords.Stride;
        Words = words;
        Extras = extras;
    }

    /// <summary>Returns a table of no years (one word: its base).</summary>
    public static YearTable Empty(int baseYear, bool withExtras) => new(baseYear, new ulong[] { (uint)baseYear }, withExtras ? s_noExtras : null);

    /// <summary>Gets the year of the first eight words.</summary>
    public int Base { get; }

    /// <summary>Gets the number of years the table covers.</summary>
    public int Count { get; }

    /// <summary>Gets the words: eight per year, then one that holds <see cref="Base"/>, so that words read apart from their table can be checked against a base read apart from them.</summary>
    public ulong[] Words { get; }

    /// <summary>Gets each year's holidays, or <see langword="null"/> when the source has none.</summary>
    public CompiledYear?[]? Extras { get; }
}
