using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <c>--quick [--seed-offset K] [--n N] [--reps R]</c>: runs the standard workloads and prints one line each,
/// <c>SlaEngine Wk ns_per_op checksum</c> (<c>Wk@m</c> when only the first m items ran).
/// </summary>
public static class QuickMode
{
    /// <summary>Runs the quick mode and writes its lines to <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        int seedOffset = IntOption(args, "--seed-offset", 0);
        int? limit = args.Contains("--n") ? IntOption(args, "--n", 0) : null;
        int reps = IntOption(args, "--reps", 5);
        if (limit is <= 0 || reps <= 0)
        {
            Console.Error.WriteLine("--n and --reps must be positive.");
            return 2;
        }

        HolidayCalendar calendar = HolidayCalendars.UsFederal;

        // W1: is the day a business day.
        {
            int n = Count("W1", limit);
            LocalDate[] days = Workloads.W1Inputs(n, seedOffset);
            long[] dayNumbers = days.Select(Workloads.DayNumber).ToArray();
            long checksum = 0;
            double ns = Median(reps, n, () => checksum = Workloads.RunW1(calendar, days, dayNumbers));
            Print(output, "W1", n, ns, checksum);
        }

        // W2: the n-th business day strictly after start.
        {
            int n = Count("W2", limit);
            (LocalDate[] starts, int[] counts) = Workloads.W2Inputs(n, seedOffset);
            var results = new LocalDate[n];
            double ns = Median(reps, n, () => Workloads.RunW2(calendar, starts, counts, results));
            Print(output, "W2", n, ns, Workloads.SumDayNumbers(results));
        }

        // W3: business days in [a, b).
        {
            int n = Count("W3", limit);
            (LocalDate[] starts, LocalDate[] ends) = Workloads.W3Inputs(n, seedOffset);
            long checksum = 0;
            double ns = Median(reps, n, () => checksum = Workloads.RunW3(calendar, starts, ends));
            Print(output, "W3", n, ns, checksum);
        }

        BusinessCalendar hours = Workloads.NewYorkNineToFive();

        // W4: the earliest instant with D open minutes after t.
        {
            int n = Count("W4", limit);
            (long[] starts, long[] minutes) = Workloads.W4Inputs(n, seedOffset);
            long checksum = 0;
            double ns = Median(reps, n, () => checksum = Workloads.RunW4(hours, starts, minutes));
            Print(output, "W4", n, ns, checksum);
        }

        // W5: open minutes inside [t1, t2].
        {
            int n = Count("W5", limit);
            (long[] starts, long[] ends) = Workloads.W5Inputs(n, seedOffset);
            long checksum = 0;
            double ns = Median(reps, n, () => checksum = Workloads.RunW5(hours, starts, ends));
            Print(output, "W5", n, ns, checksum);
        }

        return 0;
    }

    private static int Count(string workload, int? limit) => Math.Min(limit ?? int.MaxValue, Workloads.FullCounts[workload]);

    private static void Print(TextWriter output, string workload, int n, double ns, long checksum)
    {
        string name = n == Workloads.FullCounts[workload] ? workload : workload + "@" + n.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SlaEngine {name} {ns:F2} {checksum}"));
    }

    /// <summary>
    /// Untimed warm-up passes for at least half a second (they compile the calendar's years, and give
    /// the tiered JIT time to replace first-tier code), then the median of <paramref name="reps"/>
    /// timed passes, per item.
    /// </summary>
    private static double Median(int reps, int n, Action pass)
    {
        long warmUp = Stopwatch.GetTimestamp();
        for (int i = 0; i < 3 || Stopwatch.GetElapsedTime(warmUp).TotalMilliseconds < 500; i++)
        {
            pass();
        }

        var times = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            long start = Stopwatch.GetTimestamp();
            pass();
            times[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / n;
        }

        Array.Sort(times);
        return times[reps / 2];
    }

    /// <summary>The integer after <paramref name="name"/> in <paramref name="args"/>, or <paramref name="fallback"/> when the option is absent.</summary>
    internal static int IntOption(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return fallback;
        }

        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"{name} needs an integer value.");
        }

        return value;
    }
}
