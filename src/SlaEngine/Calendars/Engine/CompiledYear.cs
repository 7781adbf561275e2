using System.Collections.ObjectModel;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The holiday side of one compiled calendar year of a <see cref="HolidayCalendar"/>: the holiday
/// bitmap (by slot, as the business days: see <see cref="YearWords.Slot"/>), the sorted list, and the
/// weekend dates made working days. The business-day side lives in the calendar's flat word array (see <see cref="YearWords"/>).
/// </summary>
/// <remarks>Immutable once published.</remarks>
internal sealed class CompiledYear
{
    public CompiledYear(ulong[] holidayBits, ReadOnlyCollection<Holiday> holidays, byte[]? workingWeekdays)
    {
        HolidayBits = holidayBits;
        Holidays = holidays;
        WorkingWeekdays = workingWeekdays;
    }

    /// <summary>Gets the holiday bitmap: six words, one bit per date's slot (<see cref="YearWords.Slot"/>).</summary>
    public ulong[] HolidayBits { get; }

    /// <summary>Gets the holidays observed in the year, sorted.</summary>
    public ReadOnlyCollection<Holiday> Holidays { get; }

    /// <summary>
    /// Gets, by slot, the weekday (1–7) whose hours a weekend date made a working day gets, 0 for every other date; or
    /// <see langword="null"/> when the year has no such date.
    /// </summary>
    public byte[]? WorkingWeekdays { get; }
}
