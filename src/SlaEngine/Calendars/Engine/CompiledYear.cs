using System.Collections.ObjectModel;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The holiday side of one compiled calendar year of a <see cref="HolidayCalendar"/>: the holiday
/// bitmap (by slot, as the business days: see <see cref="YearWords.Slot"/>) and the sorted list.
/// The business-day side lives in the calendar's flat word array (see <see cref="YearWords"/>).
/// </summary>
/// <remarks>Immutable once published.</remarks>
internal sealed class CompiledYear
{
    public CompiledYear(ulong[] holidayBits, ReadOnlyCollection<Holiday> holidays)
    {
        HolidayBits = holidayBits;
        Holidays = holidays;
    }

    /// <summary>Gets the holiday bitmap: six words, one bit per date's slot (<see cref="YearWords.Slot"/>).</summary>
    public ulong[] HolidayBits { get; }

    /// <summary>Gets the holidays observed in the year, sorted.</summary>
    public ReadOnlyCollection<Holiday> Holidays { get; }
}
