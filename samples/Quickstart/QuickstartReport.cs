using System.Globalization;
using NodaTime;
using SlaEngine.Calendars;

namespace Quickstart;

/// <summary>The main job: what the library computes for the published support policies.</summary>
public static class QuickstartReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter output)
    {
        HolidayCalendar federal = HolidayCalendars.Get("US-FEDERAL");
        foreach (int year in new[] { 2026, 2027 })
        {
            output.WriteLine($"US federal holidays observed in {year} (5 U.S.C. 6103, OPM observance)");
            foreach (Holiday holiday in federal.GetHolidays(year))
            {
                WriteHoliday(output, holiday);
            }

            output.WriteLine();
        }

        HolidayCalendar closures = SupportCalendars.Policy001Closures;
        output.WriteLine("Support closures of policy 001 (federal holidays, the day after Thanksgiving,");
        output.WriteLine("one business day before and after Christmas, every business day up to New Year's)");
        foreach (int year in new[] { 2026, 2027 })
        {
            foreach (Holiday holiday in closures.GetHolidays(year))
            {
                WriteHoliday(output, holiday);
            }
        }

        output.WriteLine();
        var friday = new LocalDate(2026, 11, 20);
        output.WriteLine(Invariant($"Five support business days after Friday {friday:uuuu-MM-dd}: {closures.AddBusinessDays(friday, 5):ddd uuuu-MM-dd} (Thanksgiving and the Friday after are closed)."));
        var decFirst = new LocalDate(2026, 12, 1);
        var janFirst = new LocalDate(2027, 1, 1);
        output.WriteLine(Invariant($"Support business days in December 2026: {closures.BusinessDaysBetween(decFirst, janFirst)} (federal calendar: {federal.BusinessDaysBetween(decFirst, janFirst)})."));
        output.WriteLine();
        WriteOffices(output);
        SlaReport.Write(output);
    }

    /// <summary>Writes which built-in national calendar each office of policies 002 and 003 uses, and the years it supports.</summary>
    private static void WriteOffices(TextWriter output)
    {
        output.WriteLine("Office holidays of policies 002 and 003: built-in national calendars");
        foreach ((string office, string id) in new[] { ("002 India (Mumbai)", "IN"), ("003 San Francisco", "US-FEDERAL"), ("003 London", "GB"), ("003 Tokyo", "JP") })
        {
            HolidayCalendarInfo info = HolidayCalendars.Describe(id);
            output.WriteLine(Invariant($"  {office,-20}{info.Id,-12}{info.Name,-16}{info.FirstSupportedYear}–{info.LastSupportedYear}  {info.Class}"));
        }

        output.WriteLine();
    }

    private static void WriteHoliday(TextWriter output, Holiday holiday)
    {
        string observed = holiday.Date.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture);
        string actual = holiday.IsObservedOnAnotherDay
            ? "  (falls on " + holiday.ActualDate.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture) + ")"
            : string.Empty;
        output.WriteLine($"  {observed}  {holiday.Name}{actual}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
