using System.Runtime.CompilerServices;
using NodaTime;

namespace SlaEngine.Internal;

/// <summary>
/// Proleptic Gregorian (ISO) date arithmetic on day numbers (days since 1970-01-01) and
/// zero-based days of the year, without going through NodaTime's calendar dispatch.
/// </summary>
internal static class IsoDate
{
    /// <summary>Days before the first of each month: 13 entries for a common year, then 13 for a leap year.</summary>
    private static readonly short[] s_daysBeforeMonth =
    {
        0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365,
        0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366,
    };

    /// <summary>The month (1–12) of each zero-based day of the year: 366 entries for a common year (last unused), then 366 for a leap year.</summary>
    private static readonly byte[] s_monthOfDay = BuildMonthOfDay();

    /// <summary>The smallest year whose dates the helpers accept.</summary>
    public const int MinYear = -9998;

    /// <summary>The largest year whose dates the helpers accept.</summary>
    public const int MaxYear = 9999;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeapYear(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInYear(int year) => IsLeapYear(year) ? 366 : 365;

    public static int DaysInMonth(int year, int month)
    {
        int offset = IsLeapYear(year) ? 13 : 0;
        return s_daysBeforeMonth[offset + month] - s_daysBeforeMonth[offset + month - 1];
    }

    /// <summary>Returns the zero-based day of the year of an ISO <paramref name="date"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DayOfYear0(LocalDate date) => DayOfYear0(date.Year, date.Month, date.Day);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DayOfYear0(int year, int month, int day)
        => s_daysBeforeMonth[(IsLeapYear(year) ? 13 : 0) + month - 1] + day - 1;

    /// <summary>Returns the ISO date of the zero-based day <paramref name="dayOfYear0"/> of <paramref name="year"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LocalDate FromDayOfYear0(int year, int dayOfYear0)
    {
        int offset = IsLeapYear(year) ? 13 : 0;
        int month = s_monthOfDay[(offset == 0 ? 0 : 366) + dayOfYear0];
        return new LocalDate(year, month, dayOfYear0 - s_daysBeforeMonth[offset + month - 1] + 1);
    }

    /// <summary>Returns the number of days from 1970-01-01 to the given ISO date (negative before it).</summary>
    public static int ToDayNumber(int year, int month, int day)
    {
        // Days from civil (H. Hinnant's algorithm), on years that start in March.
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    public static int ToDayNumber(LocalDate date) => ToDayNumber(date.Year, date.Month, date.Day);

    /// <summary>Returns the ISO date that is <paramref name="dayNumber"/> days after 1970-01-01.</summary>
    [MethodImpl(Jit.Optimized)]
    public static LocalDate FromDayNumber(int dayNumber)
    {
        ToCivil(dayNumber, out int year, out int month, out int day);
        return new LocalDate(year, month, day);
    }

    [MethodImpl(Jit.Optimized)]
    public static void ToCivil(int dayNumber, out int year, out int month, out int day)
    {
        int z = dayNumber + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int dayOfEra = z - (era * 146097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int mp = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    /// <summary>Returns the day of the week of a day number (1970-01-01 was a Thursday).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IsoDayOfWeek DayOfWeek(int dayNumber)
    {
        int mondayBased = (dayNumber + 3) % 7;
        return (IsoDayOfWeek)((mondayBased < 0 ? mondayBased + 7 : mondayBased) + 1);
    }

    /// <summary>Returns the day number of 1 January of <paramref name="year"/>.</summary>
    public static int FirstDayOfYear(int year) => ToDayNumber(year, 1, 1);

    private static byte[] BuildMonthOfDay()
    {
        var table = new byte[732];
        for (int leap = 0; leap < 2; leap++)
        {
            for (int month = 1; month <= 12; month++)
            {
                for (int d = s_daysBeforeMonth[(leap * 13) + month - 1]; d < s_daysBeforeMonth[(leap * 13) + month]; d++)
                {
                    table[(leap * 366) + d] = (byte)month;
                }
            }
        }

        return table;
    }
}
