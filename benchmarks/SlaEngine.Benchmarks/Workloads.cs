using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The standard workloads W1–W3 of ../shared/perf/workloads.md: inputs drawn exactly as the recipe
/// says, and the operations run through the same <see cref="HolidayCalendar"/> users call.
/// </summary>
public static class Workloads
{
    /// <summary>Checksums are sums taken mod 2^61.</summary>
    public const long ChecksumModulus = 1L << 61;

    /// <summary>Day number 10957 is 2000-01-01; W1–W3 draw days in [10957, 10957 + 18263).</summary>
    public const int FirstDay = 10957;

    /// <summary>The number of days W1–W3 draw from (2000-01-01 to 2049-12-31).</summary>
    public const int DayRange = 18263;

    private static readonly LocalDate s_epoch = new(1970, 1, 1);

    /// <summary>The full item counts of the published workloads.</summary>
    public static readonly IReadOnlyDictionary<string, int> FullCounts = new Dictionary<string, int>
    {
        ["W1"] = 1_000_000,
        ["W2"] = 100_000,
        ["W3"] = 100_000,
    };

    /// <summary>Converts a day number (days since 1970-01-01) to a date.</summary>
    public static LocalDate Day(long dayNumber) => s_epoch.PlusDays((int)dayNumber);

    /// <summary>Converts a date to its day number.</summary>
    public static long DayNumber(LocalDate date) => Period.Between(s_epoch, date, PeriodUnits.Days).Days;

    /// <summary>W1 inputs: <c>day = 10957 + below(18263)</c>, seed 1 + offset.</summary>
    public static LocalDate[] W1Inputs(int n, int seedOffset = 0)
    {
        var random = new SplitMix64((ulong)(1 + seedOffset));
        var days = new LocalDate[n];
        for (int i = 0; i < n; i++)
        {
            days[i] = Day(FirstDay + random.Below(DayRange));
        }

        return days;
    }

    /// <summary>W2 inputs: <c>start = 10957 + below(18263)</c>, <c>n = 1 + below(500)</c>, seed 2 + offset.</summary>
    public static (LocalDate[] Starts, int[] Counts) W2Inputs(int n, int seedOffset = 0)
    {
        var random = new SplitMix64((ulong)(2 + seedOffset));
        var starts = new LocalDate[n];
        var counts = new int[n];
        for (int i = 0; i < n; i++)
        {
            starts[i] = Day(FirstDay + random.Below(DayRange));
            counts[i] = 1 + (int)random.Below(500);
        }

        return (starts, counts);
    }

    /// <summary>W3 inputs: <c>a = 10957 + below(18263)</c>, <c>b = a + below(3651)</c>, seed 3 + offset.</summary>
    public static (LocalDate[] Starts, LocalDate[] Ends) W3Inputs(int n, int seedOffset = 0)
    {
        var random = new SplitMix64((ulong)(3 + seedOffset));
        var starts = new LocalDate[n];
        var ends = new LocalDate[n];
        for (int i = 0; i < n; i++)
        {
            long a = FirstDay + random.Below(DayRange);
            starts[i] = Day(a);
            ends[i] = Day(a + random.Below(3651));
        }

        return (starts, ends);
    }

    /// <summary>W1: the sum of the day numbers of the business days. Returns the raw sum of day numbers; see <see cref="W1Checksum"/>.</summary>
    public static long RunW1(HolidayCalendar calendar, LocalDate[] days, long[] dayNumbers)
    {
        long sum = 0;
        for (int i = 0; i < days.Length; i++)
        {
            // Branch-free accumulation, so the harness measures the query rather than mispredictions.
            sum += dayNumbers[i] & -(calendar.IsBusinessDay(days[i]) ? 1L : 0L);
        }

        return sum % ChecksumModulus;
    }

    /// <summary>W2: the sum of the result day numbers of <c>AddBusinessDays(start, n)</c>.</summary>
    public static long RunW2(HolidayCalendar calendar, LocalDate[] starts, int[] counts, LocalDate[] results)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            results[i] = calendar.AddBusinessDays(starts[i], counts[i]);
        }

        return results.Length;
    }

    /// <summary>W3: the sum of <c>BusinessDaysBetween(a, b)</c>.</summary>
    public static long RunW3(HolidayCalendar calendar, LocalDate[] starts, LocalDate[] ends)
    {
        long sum = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            sum += calendar.BusinessDaysBetween(starts[i], ends[i]);
        }

        return sum % ChecksumModulus;
    }

    /// <summary>The W1 checksum of a calendar over the first <paramref name="n"/> items.</summary>
    public static long W1Checksum(HolidayCalendar calendar, int n, int seedOffset = 0)
    {
        LocalDate[] days = W1Inputs(n, seedOffset);
        return RunW1(calendar, days, days.Select(DayNumber).ToArray());
    }

    /// <summary>The W2 checksum: the sum of result day numbers mod 2^61.</summary>
    public static long W2Checksum(HolidayCalendar calendar, int n, int seedOffset = 0)
    {
        (LocalDate[] starts, int[] counts) = W2Inputs(n, seedOffset);
        var results = new LocalDate[n];
        RunW2(calendar, starts, counts, results);
        return SumDayNumbers(results);
    }

    /// <summary>The W3 checksum: the sum of counts mod 2^61.</summary>
    public static long W3Checksum(HolidayCalendar calendar, int n, int seedOffset = 0)
    {
        (LocalDate[] starts, LocalDate[] ends) = W3Inputs(n, seedOffset);
        return RunW3(calendar, starts, ends);
    }

    /// <summary>Sums day numbers mod 2^61 (untimed: day numbers are the recipe's output unit, not the library's).</summary>
    public static long SumDayNumbers(LocalDate[] dates)
    {
        long sum = 0;
        foreach (LocalDate date in dates)
        {
            sum = (sum + DayNumber(date)) % ChecksumModulus;
        }

        return sum;
    }
}
