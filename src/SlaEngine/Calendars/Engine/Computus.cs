using System.Runtime.CompilerServices;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>Easter Sunday, Western (Gregorian) and Orthodox (Julian), as day numbers.</summary>
internal static class Computus
{
    /// <summary>
    /// Returns the day number of Western Easter Sunday of <paramref name="year"/>, by the
    /// anonymous Gregorian algorithm (Meeus, <em>Astronomical Algorithms</em>, ch. 8).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static int WesternEaster(int year)
    {
        int a = FloorMod(year, 19);
        int b = FloorDiv(year, 100);
        int c = FloorMod(year, 100);
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return IsoDate.ToDayNumber(year, month, day);
    }

    /// <summary>
    /// Returns the day number (in the ISO calendar) of Orthodox Easter Sunday of
    /// <paramref name="year"/>: the Julian computus (Meeus, ch. 8), then the Julian date moved onto
    /// the Gregorian calendar. Valid for years 1 and later.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static int OrthodoxEaster(int year)
    {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = ((19 * c) + 15) % 30;
        int e = ((2 * a) + (4 * b) - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = ((d + e + 114) % 31) + 1;

        // Julian 1 March is Gregorian 1 March + (century difference); Easter is always after 1 March (Julian).
        int julianToGregorian = (year / 100) - (year / 400) - 2;
        return IsoDate.ToDayNumber(year, month, day) + julianToGregorian;
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    private static int FloorMod(int a, int b) => a - (FloorDiv(a, b) * b);
}
