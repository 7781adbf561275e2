using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <c>--tenants [T1|T2|T1U|HC2199] [--customers N]</c>: the tenant-scale workloads of ../shared/perf/tenants.md, one
/// greppable line per figure:
/// <code>
/// T1 us_per_customer 1300.00 retained_kib_per_customer 250.00 checksum 123 distinct_calendars 120 alloc_kib_per_customer 400.00 gcs 900
/// T2 us_per_customer ... retained_kib_per_customer ... checksum ... distinct_calendars 20
/// T1U us_per_customer ... retained_kib_per_customer ... checksum ... distinct_calendars 10000
/// HC2199 us 900.0 alloc_kib 40.00 build_us 20.0 build_alloc_kib 30.00 query_us 880.0 is_business_day false jit_methods 2 jit_us 150.0
/// </code>
/// (<c>T1@N</c> when <c>--customers N</c> replaced the 10,000), each after a <c># loadavg …</c> line.
/// </summary>
/// <remarks>
/// <para>
/// T1 and T2: the setup (<see cref="TenantWorkload"/>: the shared holiday calendar, the eight zones, 50 throw-away
/// customers) is not counted. T1U is T1 with every definition unique (<see cref="TenantWorkload.UniqueOpen"/>), since the spec's
/// formula repeats every 120 customers and an engine that shares equal calendars compiles only 120 of T1's 10,000. Then one loop builds each customer's <see cref="WeeklySchedule"/> and
/// <see cref="BusinessCalendar"/> and makes its first <c>AddBusinessTime</c>; every customer's schedule, calendar and
/// answer stay referenced from arrays allocated before the loop. <c>us_per_customer</c> is the loop's wall time / N;
/// <c>retained_kib_per_customer</c> the growth of <c>GC.GetTotalMemory(true)</c> across the loop / N. The checksum
/// is the sum of the answers' distances from the query's start, in ticks, so a changed answer shows;
/// <c>distinct_calendars</c> counts the calendars by their own equality, after the measurement; <c>alloc_kib_per_customer</c>
/// is what the loop allocated (<c>GC.GetTotalAllocatedBytes(true)</c>) / N, retained or not, and <c>gcs</c> the garbage
/// collections (any generation) it caused.
/// </para>
/// <para>
/// HC2199: after the same setup, a new holiday calendar (the shared one with <see cref="TenantWorkload.ExtraRule"/>)
/// and its first <c>IsBusinessDay(2199-06-01)</c>. <c>us</c> and <c>alloc_kib</c> cover both steps (the
/// <c>GC.GetTotalAllocatedBytes(true)</c> difference); <c>build_us</c> and <c>query_us</c> split the time; <c>jit_methods</c> and <c>jit_us</c> say how many methods this thread JIT-compiled during the two steps, and the time that took (<see cref="JitInfo"/>), since on a busy machine each costs tens of microseconds.
/// The setup also asks the shared calendar one <c>IsBusinessDay</c> (2026), so the method is not timed while the JIT
/// compiles it.
/// </para>
/// <para>
/// Each figure needs a fresh process: <c>GC.GetTotalMemory</c> counts whatever an earlier run left behind, the JIT's
/// tiers differ after one, and an engine that shares compiled timelines between equal calendars would carry them
/// from one run into the next. So with a workload named, this process measures that one only; with none, it starts
/// itself once per workload (one child at a time, so they do not disturb each other) and copies the children's lines.
/// </para>
/// </remarks>
public static class TenantMode
{
    private static readonly string[] s_workloads = { "T1", "T2", "T1U", "HC2199" };

    /// <summary>Runs the tenant mode and writes its lines to <paramref name="output"/>.</summary>
    /// <param name="args">The program's arguments, including <c>--tenants</c>.</param>
    /// <param name="output">Where the figures go.</param>
    /// <returns>The exit code: 0, or 2 for a bad argument, or a failed child's.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        int index = Array.IndexOf(args, "--tenants");
        string? workload = index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
        int customers = QuickMode.IntOption(args, "--customers", TenantWorkload.Customers);
        if (customers <= 0 || (workload is not null && !s_workloads.Contains(workload)))
        {
            Console.Error.WriteLine("Usage: --tenants [T1|T2|T1U|HC2199] [--customers N], N positive.");
            return 2;
        }

        switch (workload)
        {
            case null:
                return RunEachInAChild(customers, output);
            case "HC2199":
                WriteLoad(output);
                MeasureNewHolidayCalendar(output);
                return 0;
            default:
                WriteLoad(output);
                MeasureCustomers(workload, customers, output);
                return 0;
        }
    }

    private static void MeasureCustomers(string name, int n, TextWriter output)
    {
        bool shared = name == "T2";
        bool unique = name == "T1U";
        var workload = new TenantWorkload();
        for (int j = 0; j < TenantWorkload.WarmUpCustomers; j++)
        {
            _ = workload.WarmUpCustomer(j);
        }

        HolidayCalendar holidays = workload.Holidays;
        Instant start = TenantWorkload.QueryStart;
        var schedules = new WeeklySchedule[n];
        var calendars = new BusinessCalendar[n];
        var answers = new Instant[n];

        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int collections = GC.CollectionCount(0);
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < n; i++)
        {
            int k = shared ? i % TenantWorkload.SharedDefinitions : i;
            WeeklySchedule schedule = WeeklySchedule.Create().Weekdays(unique ? TenantWorkload.UniqueOpen(k) : TenantWorkload.Open(k), TenantWorkload.Close(k));
            BusinessCalendar calendar = BusinessCalendar.Create(schedule, holidays, workload.Zone(k));
            answers[i] = calendar.AddBusinessTime(start, TenantWorkload.Amount(i));
            schedules[i] = schedule;
            calendars[i] = calendar;
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        collections = GC.CollectionCount(0) - collections;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(schedules);
        GC.KeepAlive(calendars);

        long checksum = 0;
        foreach (Instant answer in answers)
        {
            checksum += (answer - start).BclCompatibleTicks;
        }

        int distinct = new HashSet<BusinessCalendar>(calendars).Count;
        string label = n == TenantWorkload.Customers ? name : name + "@" + n.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} us_per_customer {elapsed.TotalMicroseconds / n:F2} retained_kib_per_customer {(after - before) / 1024.0 / n:F2} checksum {checksum} distinct_calendars {distinct} alloc_kib_per_customer {allocated / 1024.0 / n:F2} gcs {collections}"));
    }

    private static void MeasureNewHolidayCalendar(TextWriter output)
    {
        var workload = new TenantWorkload();
        for (int j = 0; j < TenantWorkload.WarmUpCustomers; j++)
        {
            _ = workload.WarmUpCustomer(j);
        }

        HolidayCalendar shared = workload.Holidays;
        _ = shared.IsBusinessDay(new LocalDate(2026, 6, 1));
        HolidayRule[] rules = { TenantWorkload.ExtraRule };
        LocalDate date = TenantWorkload.HolidayQueryDate;

        long jitted = JitInfo.GetCompiledMethodCount(currentThread: true);
        TimeSpan jitTime = JitInfo.GetCompilationTime(currentThread: true);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        HolidayCalendar calendar = shared.With(rules);
        TimeSpan build = Stopwatch.GetElapsedTime(started);
        long built = GC.GetTotalAllocatedBytes(precise: true);
        started = Stopwatch.GetTimestamp();
        bool answer = calendar.IsBusinessDay(date);
        TimeSpan query = Stopwatch.GetElapsedTime(started);
        long answered = GC.GetTotalAllocatedBytes(precise: true);
        jitted = JitInfo.GetCompiledMethodCount(currentThread: true) - jitted;
        jitTime = JitInfo.GetCompilationTime(currentThread: true) - jitTime;
        GC.KeepAlive(calendar);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HC2199 us {(build + query).TotalMicroseconds:F1} alloc_kib {(answered - allocated) / 1024.0:F2} build_us {build.TotalMicroseconds:F1} build_alloc_kib {(built - allocated) / 1024.0:F2} query_us {query.TotalMicroseconds:F1} is_business_day {(answer ? "true" : "false")} jit_methods {jitted} jit_us {jitTime.TotalMicroseconds:F1}"));
    }

    /// <summary>Runs <c>--tenants W</c> for each workload in a child process of this program, one at a time, and copies their output.</summary>
    private static int RunEachInAChild(int customers, TextWriter output)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown, so it cannot start itself.");
        foreach (string workload in s_workloads)
        {
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
            if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
            {
                // Run as `dotnet SlaEngine.Benchmarks.dll`, not through the app host.
                start.ArgumentList.Add(typeof(TenantMode).Assembly.Location);
            }

            start.ArgumentList.Add("--tenants");
            start.ArgumentList.Add(workload);
            if (customers != TenantWorkload.Customers && workload != "HC2199")
            {
                start.ArgumentList.Add("--customers");
                start.ArgumentList.Add(customers.ToString(CultureInfo.InvariantCulture));
            }

            using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
            string lines = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            output.Write(lines);
            if (child.ExitCode != 0)
            {
                Console.Error.WriteLine($"--tenants {workload} failed with exit code {child.ExitCode}.");
                return child.ExitCode;
            }
        }

        return 0;
    }

    /// <summary>Writes the machine's load averages (1, 5, 15 minutes) where Linux reports them, so a figure says how busy the machine was.</summary>
    private static void WriteLoad(TextWriter output)
    {
        const string LoadAverage = "/proc/loadavg";
        if (File.Exists(LoadAverage))
        {
            string[] fields = File.ReadAllText(LoadAverage).Split(' ');
            output.WriteLine($"# loadavg {string.Join(" ", fields.Take(3))}");
        }
    }
}
