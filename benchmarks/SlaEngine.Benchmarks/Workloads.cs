using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The standard workloads W1–W5 of ../shared/perf/workloads.md: inputs drawn exactly as the recipe
/// says, and the operations run through the same <see cref="HolidayCalendar"/> and
/// <see cref="BusinessCalendar"/> users call.
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
        ["W4"] = 100_000,
        ["W5"] = 100_000,
    };

    /// <summary>W4 and W5 draw instants (epoch minutes) in [15778080, 15778080 + 26298720): 2000-01-01 to 2049-12-31.</summary>
    public const long FirstMinute = 15_778_080;

    /// <summary>The number of minutes W4 and W5 draw from.</summary>
    public const long MinuteRange = 26_298_720;

    /// <summary>The W4/W5 calendar: Monday–Friday 09:00–17:00 in America/New_York, closed on US federal holidays.</summary>
    public static BusinessCalendar NewYorkNineToFive() => BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
        HolidayCalendars.UsFederal,
        DateTimeZoneProviders.Tzdb["America/New_York"]);

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

    /// <summary>W4 inputs: <c>t = 15778080 + below(26298720)</c>, <c>D = 1 + below(43200)</c>, seed 4 + offset.</summary>
    public static (long[] Starts, long[] Minutes) W4Inputs(int n, int seedOffset = 0)
    {
        var random = new SplitMix64((ulong)(4 + seedOffset));
        var starts = new long[n];
        var minutes = new long[n];
        for (int i = 0; i < n; i++)
        {
            starts[i] = FirstMinute + random.Below(MinuteRange);
            minutes[i] = 1 + random.Below(43200);
        }

        return (starts, minutes);
    }

    /// <summary>W5 inputs: <c>t1 = 15778080 + below(26298720)</c>, <c>t2 = t1 + below(525601)</c>, seed 5 + offset.</summary>
    public static (long[] Starts, long[] Ends) W5Inputs(int n, int seedOffset = 0)
    {
        var random = new SplitMix64((ulong)(5 + seedOffset));
        var starts = new long[n];
        var ends = new long[n];
        for (int i = 0; i < n; i++)
        {
            starts[i] = FirstMinute + random.Below(MinuteRange);
            ends[i] = starts[i] + random.Below(525601);
        }

        return (starts, ends);
    }

    /// <summary>W4: the sum of <c>AddBusinessTime(t, D minutes)</c> in epoch minutes, from epoch minutes to epoch minutes.</summary>
    public static long RunW4(BusinessCalendar calendar, long[] starts, long[] minutes)
    {
        long sum = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            Instant result = calendar.AddBusinessTime(Instant.FromUnixTimeSeconds(starts[i] * 60), Duration.FromMinutes(minutes[i]));
            sum += result.ToUnixTimeSeconds() / 60;
        }

        return sum % ChecksumModulus;
    }

    /// <summary>W5: the sum of <c>BusinessTimeBetween(t1, t2)</c> in minutes.</summary>
    public static long RunW5(BusinessCalendar calendar, long[] starts, long[] ends)
    {
        long sum = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            Duration open = calendar.BusinessTimeBetween(Instant.FromUnixTimeSeconds(starts[i] * 60), Instant.FromUnixTimeSeconds(ends[i] * 60));
            sum += open.BclCompatibleTicks / NodaConstants.TicksPerMinute;
        }

        return sum % ChecksumModulus;
    }

    /// <summary>The W4 checksum over the first <paramref name="n"/> items.</summary>
    public static long W4Checksum(BusinessCalendar calendar, int n, int seedOffset = 0)
    {
        (long[] starts, long[] minutes) = W4Inputs(n, seedOffset);
        return RunW4(calendar, starts, minutes);
    }

    /// <summary>The W5 checksum over the first <paramref name="n"/> items.</summary>
    public static long W5Checksum(BusinessCalendar calendar, int n, int seedOffset = 0)
    {
        (long[] starts, long[] ends) = W5Inputs(n, seedOffset);
        return RunW5(calendar, starts, ends);
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
