namespace SlaEngine.Calendars.Engine;

/// <summary>What <see cref="CompiledDays"/> compiles from: which days of a range of calendar years are business days.</summary>
internal interface IDaySource
{
    /// <summary>
    /// Compiles the calendar years <paramref name="firstYear"/> to <paramref name="lastYear"/>: sets in
    /// <paramref name="bits"/>, <see cref="YearWords.BitWords"/> words per year from
    /// <c>(year - firstYear) * YearWords.BitWords</c>, the slot bit of every business day (see <see cref="YearWords"/>), and
    /// fills <paramref name="extras"/> (when given) with each year's holidays.
    /// </summary>
    /// <exception cref="HolidayRuleEvaluationException">A rule cannot be evaluated in one of the years.</exception>
    void Compile(int firstYear, int lastYear, ulong[] bits, CompiledYear?[]? extras);
}
