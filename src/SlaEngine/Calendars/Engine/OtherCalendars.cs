using System;
using System.Globalization;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// Dates of the other calendar systems holiday rules use: the Korean and Chinese lunisolar calendars (the BCL's), the Hebrew
/// calendar (NodaTime's) and the equinoxes (Meeus's solar theory), as ISO day numbers.
/// </summary>
internal static class OtherCalendars
{
    private static readonly KoreanLunisolarCalendar s_korean = new();
    private static readonly ChineseLunisolarCalendar s_chinese = new();

    /// <summary>Gets the first and last Gregorian years whose lunar year <paramref name="calendar"/> covers whole.</summary>
    public static (int First, int Last) LunisolarYears(LunisolarCalendar calendar) => calendar == LunisolarCalendar.Korean ? (918, 2050) : (1901, 2100);

    /// <summary>
    /// Returns the day number of lunar <paramref name="month"/>/<paramref name="day"/> of the lunar year beginning in
    /// <paramref name="year"/>: <see langword="true"/> with the day, or <see langword="false"/> when the month has no such day;
    /// <paramref name="inRange"/> is <see langword="false"/> when the year is outside the calendar's range.
    /// </summary>
    public static bool TryLunisolar(LunisolarCalendar calendar, int year, int month, int day, out int dayNumber, out bool inRange)
    {
        dayNumber = 0;
        (int first, int last) = LunisolarYears(calendar);
        inRange = year >= first && year <= last;
        if (!inRange)
        {
            return false;
        }

        EastAsianLunisolarCalendar system = calendar == LunisolarCalendar.Korean ? s_korean : s_chinese;
        int leap = system.GetLeapMonth(year);
        int index = leap > 0 && month >= leap ? month + 1 : month;
        if (day > system.GetDaysInMonth(year, index))
        {
            return false;
        }

        DateTime date = system.ToDateTime(year, index, day, 0, 0, 0, 0);
        dayNumber = IsoDate.ToDayNumber(date.Year, date.Month, date.Day);
        return true;
    }

    /// <summary>
    /// Returns the day number of <paramref name="day"/> <paramref name="month"/> in the occurrence that belongs to Gregorian
    /// <paramref name="year"/> (Tishrei–Kislev: the Hebrew year beginning that autumn; other months: the one that began the autumn
    /// before), or <see langword="false"/> when that month has no such day or the year is outside NodaTime's Hebrew calendar.
    /// </summary>
    public static bool TryHebrew(int year, HebrewMonth month, int day, out int dayNumber)
    {
        dayNumber = 0;
        bool autumn = month is HebrewMonth.Tishrei or HebrewMonth.Cheshvan or HebrewMonth.Kislev;
        int hebrewYear = year + (autumn ? 3761 : 3760);
        CalendarSystem hebrew = CalendarSystem.HebrewScriptural;
        if (hebrewYear < hebrew.MinYear || hebrewYear > hebrew.MaxYear)
        {
            return false;
        }

        int number = month switch
        {
            HebrewMonth.Adar => hebrew.IsLeapYear(hebrewYear) ? 13 : 12,
            HebrewMonth.AdarI => 12,
            _ => (int)month,
        };
        if (day > hebrew.GetDaysInMonth(hebrewYear, number))
        {
            return false;
        }

        dayNumber = IsoDate.ToDayNumber(new LocalDate(hebrewYear, number, day, hebrew).WithCalendar(CalendarSystem.Iso));
        return true;
    }

    // Meeus, Astronomical Algorithms (2nd ed.), table 27.C: the periodic terms A, B (degrees), C (degrees per Julian century).
    private static readonly double[] s_terms =
    {
        485, 324.96, 1934.136, 203, 337.23, 32964.467, 199, 342.08, 20.186, 182, 27.85, 445267.112,
        156, 73.14, 45036.886, 136, 171.52, 22518.443, 77, 222.54, 65928.934, 74, 296.72, 3034.906,
        70, 243.58, 9037.513, 58, 119.81, 33718.147, 52, 297.17, 150.678, 50, 21.02, 2281.226,
        45, 247.54, 29929.562, 44, 325.15, 31555.956, 29, 60.93, 4443.417, 18, 155.12, 67555.328,
        17, 288.79, 4562.452, 16, 198.04, 62894.029, 14, 199.76, 31436.921, 12, 95.39, 14577.848,
        12, 287.11, 31931.756, 12, 320.81, 34777.259, 9, 227.73, 1222.114, 8, 15.45, 16859.074,
    };

    /// <summary>
    /// Returns the day number of the local date, at <paramref name="utcOffset"/>, of the March (<paramref name="month"/> 3) or
    /// September (9) equinox of <paramref name="year"/> (1000–3000).
    /// </summary>
    /// <remarks>
    /// Astronomy is the one place the library computes in floating point: the result is a date, and the instant it is rounded
    /// from is a minute or so from the true equinox (Meeus's accuracy), which decides the date unless the equinox falls within
    /// that minute of local midnight. A test compares every year 1900–2150 with the integer formula of Japan's National
    /// Astronomical Observatory.
    /// </remarks>
    public static int Equinox(int year, int month, Offset utcOffset)
    {
        // Meeus (27.2): the mean equinox for years 1000–3000, in Julian Ephemeris Days.
        double y = (year - 2000) / 1000.0;
        double jde0 = month == 3
            ? 2451623.80984 + (365242.37404 * y) + (0.05169 * y * y) - (0.00411 * y * y * y) - (0.00057 * y * y * y * y)
            : 2451810.21715 + (365242.01767 * y) - (0.11575 * y * y) + (0.00337 * y * y * y) + (0.00078 * y * y * y * y);
        double t = (jde0 - 2451545.0) / 36525;
        double w = ToRadians((35999.373 * t) - 2.47);
        double lambda = 1 + (0.0334 * Math.Cos(w)) + (0.0007 * Math.Cos(2 * w));
        double s = 0;
        for (int i = 0; i < s_terms.Length; i += 3)
        {
            s += s_terms[i] * Math.Cos(ToRadians(s_terms[i + 1] + (s_terms[i + 2] * t)));
        }

        double jde = jde0 + (0.00001 * s / lambda);
        double jd = jde - (DeltaTSeconds(year + (month == 3 ? 0.21 : 0.72)) / 86400.0);
        double local = jd + 0.5 + (utcOffset.Seconds / 86400.0);
        int daysSince1970 = (int)Math.Floor(local - 2440588.0);
        return IsoDate.ToDayNumber(1970, 1, 1) + daysSince1970;
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;

    /// <summary>ΔT = TT − UT in seconds: the polynomials of Espenak and Meeus (NASA, "Polynomial expressions for Delta T").</summary>
    private static double DeltaTSeconds(double y)
    {
        if (y >= 2005 && y < 2050)
        {
            double t = y - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        if (y >= 1986 && y < 2005)
        {
            double t = y - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * t * t * t * t) + (0.00002373599 * t * t * t * t * t);
        }

        if (y >= 1961 && y < 1986)
        {
            double t = y - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (y >= 1941 && y < 1961)
        {
            double t = y - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        double u = (y - 1820) / 100;
        if (y >= 2050 && y < 2150)
        {
            return -20 + (32 * u * u) - (0.5628 * (2150 - y));
        }

        return -20 + (32 * u * u);
    }
}
