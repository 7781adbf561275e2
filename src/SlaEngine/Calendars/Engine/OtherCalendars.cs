using System;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// Dates of the other calendar systems holiday rules use: the Korean and Chinese lunisolar calendars (the BCL's), the Hebrew
/// calendar (NodaTime's) and the equinoxes (Meeus's solar theory), as ISO day numbers.
/// </summary>
internal static class OtherCalendars
{
    /// <summary>Gets the first and last Gregorian years whose lunar year <paramref name="calendar"/> covers whole.</summary>
    public static (int First, int Last) LunisolarYears(LunisolarCalendar calendar) => calendar == LunisolarCalendar.Korean ? (1900, 2050) : (1901, 2100);

    /// <summary>
    /// Returns the day number of lunar <paramref name="month"/>/<paramref name="day"/> of the lunar year beginning in
    /// <paramref name="year"/>: <see langword="true"/> with the day, or <see langword="false"/> when the month has no such day;
    /// <paramref name="inRange"/> is <see langword="false"/> when the year is outside the calendar's range.
    /// </summary>
    /// <remarks>
    /// The tables below are the BCL's <see cref="System.Globalization.KoreanLunisolarCalendar"/> and
    /// <see cref="System.Globalization.ChineseLunisolarCalendar"/> (each lunar year's first day, month lengths and leap month), so a
    /// first use does not pay the milliseconds those classes take to start; a test compares every date with the BCL.
    /// </remarks>
    public static bool TryLunisolar(LunisolarCalendar calendar, int year, int month, int day, out int dayNumber, out bool inRange)
    {
        dayNumber = 0;
        (int first, int last) = LunisolarYears(calendar);
        inRange = year >= first && year <= last;
        if (!inRange)
        {
            return false;
        }

        bool korean = calendar == LunisolarCalendar.Korean;
        int info = (korean ? s_koreanMonths : s_chineseMonths)[year - first];
        int leap = info >> 13;
        int index = leap > 0 && month >= leap ? month + 1 : month;
        if (day > ((info & (1 << (index - 1))) != 0 ? 30 : 29))
        {
            return false;
        }

        int days = (korean ? s_koreanNewYear : s_chineseNewYear)[year - first] + day - 1;
        for (int m = 1; m < index; m++)
        {
            days += (info & (1 << (m - 1))) != 0 ? 30 : 29;
        }

        dayNumber = IsoDate.ToDayNumber(first, 1, 1) + days;
        return true;
    }

    // korean: lunar years 1900–2050. New year: days from 1900-01-01 to the first day of the lunar year.
    private static readonly int[] s_koreanNewYear =
    {
        30, 414, 768, 1123, 1506, 1860, 2215, 2599, 2953, 3308, 3692, 4046,
        4430, 4784, 5138, 5522, 5877, 6231, 6615, 6970, 7354, 7708, 8062, 8446,
        8800, 9154, 9539, 9893, 10248, 10632, 10986, 11369, 11723, 12078, 12462, 12817,
        13171, 13555, 13909, 14293, 14647, 15001, 15385, 15740, 16095, 16479, 16833, 17187,
        17571, 17925, 18309, 18663, 19018, 19402, 19757, 20111, 20495, 20849, 21233, 21587,
        21941, 22325, 22680, 23034, 23418, 23773, 24127, 24510, 24865, 25249, 25603, 25958,
        26342, 26696, 27050, 27434, 27788, 28172, 28526, 28881, 29265, 29620, 29974, 30358,
        30712, 31096, 31450, 31804, 32189, 32543, 32898, 33282, 33636, 33990, 34373, 34728,
        35112, 35467, 35821, 36205, 36559, 36913, 37297, 37651, 38006, 38390, 38744, 39129,
        39483, 39837, 40221, 40575, 40929, 41313, 41668, 42052, 42406, 42761, 43145, 43499,
        43853, 44237, 44591, 44946, 45330, 45684, 46068, 46423, 46777, 47160, 47515, 47869,
        48253, 48608, 48992, 49346, 49700, 50084, 50438, 50792, 51176, 51531, 51886, 52270,
        52624, 53008, 53362, 53716, 54100, 54454, 54809,
    };

    // korean: bit m-1 set when month m (1–13, the leap month counted in place) has 30 days; bits 13–16 the leap month's position (0: none).
    private static readonly int[] s_koreanMonths =
    {
        0x136D2, 0x00752, 0x00EA5, 0x0D64A, 0x0064B, 0x00A9B, 0x0B556, 0x0056A, 0x00B59, 0x07752, 0x00752, 0x0FB25,
        0x00B25, 0x00A4B, 0x0D29B, 0x00AAD, 0x0056A, 0x06B69, 0x00BA9, 0x11B52, 0x00D92, 0x00D25, 0x0DA4D, 0x00956,
        0x002B5, 0x0B5AD, 0x006D4, 0x00DA9, 0x07D92, 0x00E92, 0x0ED26, 0x00527, 0x00A57, 0x0D2B6, 0x00ADA, 0x006D4,
        0x08EA9, 0x00749, 0x11693, 0x00A93, 0x0052B, 0x0EA5B, 0x0096D, 0x00B6A, 0x0BB54, 0x00BA4, 0x00B49, 0x07A93,
        0x00A95, 0x1152B, 0x0052D, 0x00AAD, 0x0D56A, 0x00DB2, 0x00DA4, 0x09D49, 0x00D4A, 0x13A95, 0x00A96, 0x00556,
        0x0EAB5, 0x00AD5, 0x006D2, 0x0AEA5, 0x00EA5, 0x00E4A, 0x08C96, 0x00A9B, 0x11556, 0x0056A, 0x00B59, 0x0D752,
        0x00752, 0x00725, 0x0B64B, 0x00A4B, 0x132AB, 0x002AD, 0x0056B, 0x0EB69, 0x00DA9, 0x00D92, 0x0BB25, 0x00D25,
        0x17A4D, 0x00A56, 0x002B6, 0x0F5AD, 0x006D4, 0x00DA9, 0x0DD92, 0x00E92, 0x00D26, 0x08A56, 0x00A57, 0x132B6,
        0x00B5A, 0x006D4, 0x0CEC9, 0x00749, 0x00693, 0x0B527, 0x0052B, 0x00A5B, 0x0755A, 0x0036A, 0x11B55, 0x00BA4,
        0x00B49, 0x0DA93, 0x00A95, 0x0052D, 0x08A5D, 0x00AAD, 0x155AA, 0x005D2, 0x00DA5, 0x0DD4A, 0x00D4A, 0x00A95,
        0x0B52D, 0x00556, 0x00AB5, 0x075AA, 0x006D2, 0x0EEA5, 0x00EA5, 0x00E4A, 0x0CC96, 0x00C9B, 0x0055A, 0x08AD5,
        0x00B69, 0x19752, 0x00752, 0x00B25, 0x0F64B, 0x00A4B, 0x004AB, 0x0C55B, 0x0056D, 0x00B69, 0x07B52, 0x00D92,
        0x11D25, 0x00D25, 0x00A4D, 0x0D4AD, 0x002B6, 0x005B5, 0x08DA9,
    };

    // chinese: lunar years 1901–2100. New year: days from 1901-01-01 to the first day of the lunar year.
    private static readonly int[] s_chineseNewYear =
    {
        49, 403, 758, 1141, 1495, 1850, 2234, 2588, 2943, 3327, 3681, 4065,
        4419, 4773, 5157, 5511, 5866, 6250, 6605, 6989, 7343, 7697, 8081, 8435,
        8789, 9174, 9528, 9883, 10267, 10621, 11004, 11358, 11713, 12097, 12452, 12806,
        13190, 13544, 13928, 14282, 14636, 15020, 15375, 15729, 16114, 16468, 16822, 17206,
        17560, 17944, 18298, 18653, 19037, 19391, 19746, 20130, 20484, 20867, 21222, 21576,
        21960, 22315, 22669, 23053, 23408, 23761, 24145, 24500, 24884, 25238, 25593, 25977,
        26331, 26685, 27069, 27423, 27807, 28161, 28516, 28900, 29255, 29609, 29993, 30347,
        30731, 31085, 31439, 31823, 32178, 32533, 32917, 33271, 33625, 34008, 34363, 34747,
        35101, 35456, 35840, 36194, 36548, 36932, 37286, 37641, 38025, 38379, 38764, 39118,
        39472, 39856, 40210, 40564, 40948, 41303, 41687, 42041, 42396, 42780, 43134, 43488,
        43872, 44226, 44581, 44965, 45319, 45703, 46057, 46411, 46795, 47150, 47504, 47888,
        48243, 48627, 48981, 49335, 49719, 50073, 50427, 50811, 51166, 51521, 51905, 52259,
        52643, 52997, 53351, 53735, 54089, 54444, 54828, 55183, 55567, 55921, 56275, 56658,
        57013, 57367, 57751, 58106, 58460, 58844, 59198, 59582, 59936, 60291, 60675, 61029,
        61384, 61768, 62122, 62506, 62860, 63214, 63598, 63953, 64307, 64691, 65046, 65400,
        65784, 66138, 66522, 66876, 67231, 67615, 67969, 68324, 68707, 69061, 69445, 69799,
        70154, 70538, 70893, 71247, 71631, 71985, 72339, 72723,
    };

    // chinese: bit m-1 set when month m (1–13, the leap month counted in place) has 30 days; bits 13–16 the leap month's position (0: none).
    private static readonly int[] s_chineseMonths =
    {
        0x00752, 0x00EA5, 0x0D64A, 0x0064B, 0x00A9B, 0x0B556, 0x0056A, 0x00B59, 0x07752, 0x00752, 0x0FB25, 0x00B25,
        0x00A4B, 0x0D4AB, 0x002AD, 0x0056B, 0x06B69, 0x00DA9, 0x11D92, 0x00E92, 0x00D25, 0x0DA4D, 0x00A56, 0x002B6,
        0x0B5B5, 0x006D4, 0x00EA9, 0x07E92, 0x00E92, 0x0ED26, 0x0052B, 0x00A57, 0x0D2B6, 0x00B5A, 0x006D4, 0x08EC9,
        0x00749, 0x11693, 0x00A93, 0x0052B, 0x0EA5B, 0x00AAD, 0x0056A, 0x0BB55, 0x00BA4, 0x00B49, 0x07A93, 0x00A95,
        0x1152D, 0x00536, 0x00AAD, 0x0D5AA, 0x005B2, 0x00DA5, 0x09D4A, 0x00D4A, 0x12A95, 0x00A97, 0x00556, 0x0EAB5,
        0x00AD5, 0x006D2, 0x0AEA5, 0x00EA5, 0x0064A, 0x08C97, 0x00A9B, 0x1155A, 0x0056A, 0x00B69, 0x0D752, 0x00B52,
        0x00B25, 0x0B64B, 0x00A4B, 0x134AB, 0x002AD, 0x0056D, 0x0EB69, 0x00DA9, 0x00D92, 0x0BD25, 0x00D25, 0x17A4D,
        0x00A56, 0x002B6, 0x0E5B5, 0x006D5, 0x00EA9, 0x0DE92, 0x00E92, 0x00D26, 0x08A56, 0x00A57, 0x134D6, 0x0035A,
        0x006D5, 0x0D6C9, 0x00749, 0x00693, 0x0B52B, 0x0052B, 0x00A5B, 0x0755A, 0x0056A, 0x11B55, 0x00BA4, 0x00B49,
        0x0DA93, 0x00A95, 0x0052D, 0x0AAAD, 0x00AB5, 0x155AA, 0x005D2, 0x00DA5, 0x0FD4A, 0x00D4A, 0x00C95, 0x0B52E,
        0x00556, 0x00AB5, 0x075B2, 0x006D2, 0x0EEA5, 0x00725, 0x0064B, 0x0CC97, 0x00CAB, 0x0055A, 0x08AD6, 0x00B69,
        0x19752, 0x00B52, 0x00B25, 0x0FA4B, 0x00A4B, 0x004AB, 0x0C55B, 0x005AD, 0x00B6A, 0x07B52, 0x00D92, 0x11D25,
        0x00D25, 0x00A55, 0x0D4AD, 0x004B6, 0x005B5, 0x08DAA, 0x00EC9, 0x13E92, 0x00E92, 0x00D26, 0x0EA56, 0x00A57,
        0x004D6, 0x0A6D5, 0x00755, 0x00749, 0x08E93, 0x00693, 0x1152B, 0x0052B, 0x00A5B, 0x0D55A, 0x0056A, 0x00B65,
        0x0B74A, 0x00B4A, 0x13A95, 0x00A95, 0x0052D, 0x0EAAD, 0x00AB5, 0x005AA, 0x0ABA5, 0x00DA5, 0x00D4A, 0x09C95,
        0x00C96, 0x1194E, 0x00556, 0x00AB5, 0x0D5B2, 0x006D2, 0x00EA5, 0x0AE4A, 0x0068B, 0x12C97, 0x004AB, 0x0055B,
        0x0EAD6, 0x00B6A, 0x00752, 0x0B725, 0x00B45, 0x00A8B, 0x0749B, 0x004AB,
    };

    /// <summary>
    /// Returns the day number of <paramref name="day"/> <paramref name="month"/> in the occurrence that belongs to Gregorian
    /// <paramref name="year"/> (Tishrei–Kislev: the Hebrew year beginning that autumn; other months: the one that began the autumn
    /// before), or <see langword="false"/> when that month has no such day.
    /// </summary>
    /// <remarks>
    /// The arithmetic Hebrew calendar of Reingold and Dershowitz, <i>Calendrical Calculations</i> (molad of Tishrei, the four
    /// postponements, month lengths), in integers: the same dates as NodaTime's <see cref="CalendarSystem.HebrewScriptural"/>
    /// (a test compares every date of 1900–2199), without the milliseconds its first use costs.
    /// </remarks>
    public static bool TryHebrew(int year, HebrewMonth month, int day, out int dayNumber)
    {
        dayNumber = 0;
        bool autumn = month is HebrewMonth.Tishrei or HebrewMonth.Cheshvan or HebrewMonth.Kislev;
        long hebrewYear = year + (autumn ? 3761L : 3760L);
        if (hebrewYear < 2)
        {
            return false;
        }

        bool leap = HebrewLeap(hebrewYear);
        int number = month switch
        {
            HebrewMonth.Adar => leap ? 13 : 12,
            HebrewMonth.AdarI => 12,
            _ => (int)month,
        };
        if (day > HebrewMonthLength(hebrewYear, number))
        {
            return false;
        }

        // Days from 1 Tishrei: the months from Tishrei (7) to the month before this one, wrapping after the year's last month.
        long fixedDay = HebrewNewYear(hebrewYear) + day - 1;
        if (number < 7)
        {
            for (int m = 7; m <= (leap ? 13 : 12); m++)
            {
                fixedDay += HebrewMonthLength(hebrewYear, m);
            }

            for (int m = 1; m < number; m++)
            {
                fixedDay += HebrewMonthLength(hebrewYear, m);
            }
        }
        else
        {
            for (int m = 7; m < number; m++)
            {
                fixedDay += HebrewMonthLength(hebrewYear, m);
            }
        }

        // Fixed (R.D.) day 1 is 0001-01-01 of the proleptic Gregorian calendar.
        dayNumber = checked((int)(fixedDay - 1 + IsoDate.ToDayNumber(1, 1, 1)));
        return true;
    }

    private static bool HebrewLeap(long year) => ((7 * year) + 1) % 19 < 7;

    /// <summary>Days from the epoch to the molad of Tishrei of <paramref name="year"/>, with the first postponement (a third of the week's days).</summary>
    private static long HebrewElapsedDays(long year)
    {
        long monthsElapsed = ((235 * year) - 234) / 19;
        long partsElapsed = 12084 + (13753 * monthsElapsed);
        long days = (29 * monthsElapsed) + (partsElapsed / 25920);
        return (3 * (days + 1)) % 7 < 3 ? days + 1 : days;
    }

    /// <summary>The fixed (R.D.) date of 1 Tishrei of <paramref name="year"/>.</summary>
    private static long HebrewNewYear(long year)
    {
        const long Epoch = -1373427;   // R.D. of 1 Tishrei AM 1
        long previous = HebrewElapsedDays(year - 1);
        long current = HebrewElapsedDays(year);
        long next = HebrewElapsedDays(year + 1);
        long delay = next - current == 356 ? 2 : current - previous == 382 ? 1 : 0;
        return Epoch + current + delay;
    }

    /// <summary>The days of month <paramref name="month"/> (Nisan = 1 … Adar II = 13) of <paramref name="year"/>.</summary>
    private static int HebrewMonthLength(long year, int month)
    {
        switch (month)
        {
            case 2:
            case 4:
            case 6:
            case 10:
            case 13:
                return 29;
            case 12:
                return HebrewLeap(year) ? 30 : 29;
            case 8:
            case 9:
                long days = HebrewNewYear(year + 1) - HebrewNewYear(year);
                return month == 8 ? (days % 10 == 5 ? 30 : 29) : (days % 10 == 3 ? 29 : 30);
            default:
                return 30;
        }
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
