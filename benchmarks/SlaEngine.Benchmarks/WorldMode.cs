using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// <c>--world [--warm-up ID] [--only ID]</c>: the first use of each built-in national calendar in a process where another country has
/// already been used (issue 17: under 1 ms and 100 KiB allocated), one greppable line per calendar:
/// <code>
/// WORLD DE us 310.0 alloc_kib 60.00 get_us 250.0 query_us 60.0 get_alloc_kib 50.00 jit_methods 0 is_business_day true
/// </code>
/// after <c>WORLD first ID us … alloc_kib …</c> (the untimed-for-the-budget first calendar of the process), then
/// <c>WORLD max us … alloc_kib …</c>.
/// </summary>
/// <remarks>
/// The warm-up country (FR unless <c>--warm-up</c> names another) is used first, untimed: <c>Get</c> and one
/// <c>IsBusinessDay</c>. Then every other country in <see cref="HolidayCalendars.Ids"/> order (the US ids are one calendar),
/// each once: <c>us</c> and <c>alloc_kib</c> cover <c>HolidayCalendars.Get(id)</c> (reading its embedded document) and its first
/// <c>IsBusinessDay</c> in 2026 (compiling that year); <c>alloc_kib</c> is this thread's allocation
/// (<c>GC.GetAllocatedBytesForCurrentThread</c>) across both. Each calendar is used once, so every line is a first use; run the
/// mode in a fresh process. With <c>--only</c>, the one calendar after the warm-up one: a process per pair, so that no calendar
/// pays for code a calendar measured before it would have compiled. A subdivision with <c>--only</c> (<c>--only DE-BY</c>) reads its
/// country's document too, as its first use in an application does (issue 18: under 1 ms and 100 KiB); without <c>--only</c> its
/// country has already been read by the time it is measured.
/// </remarks>
internal static class WorldMode
{
    public static int Run(string[] args, TextWriter output)
    {
        int at = Array.IndexOf(args, "--warm-up");
        string warmUp = at >= 0 && at + 1 < args.Length ? args[at + 1] : "FR";
        int only = Array.IndexOf(args, "--only");
        string? onlyId = only >= 0 && only + 1 < args.Length ? args[only + 1] : null;
        var date = new LocalDate(2026, 6, 3);
        long warmStart = Stopwatch.GetTimestamp();
        long warmAllocated = GC.GetAllocatedBytesForCurrentThread();
        _ = HolidayCalendars.Get(warmUp).IsBusinessDay(date);
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "WORLD first {0} us {1:F1} alloc_kib {2:F2} (the process's first built-in calendar: its document, the warm-up of every rule kind, and the JIT)",
            warmUp,
            Stopwatch.GetElapsedTime(warmStart).TotalMicroseconds,
            (GC.GetAllocatedBytesForCurrentThread() - warmAllocated) / 1024.0));
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        double maxUs = 0;
        double maxKib = 0;
        foreach (string id in HolidayCalendars.Ids)
        {
            if (id == warmUp || id.StartsWith("US-", StringComparison.Ordinal) || (onlyId is not null && id != onlyId))
            {
                continue;
            }

            int jitBefore = (int)System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            HolidayCalendar calendar = HolidayCalendars.Get(id);
            long got = Stopwatch.GetTimestamp();
            long gotAllocated = GC.GetAllocatedBytesForCurrentThread();
            int year = Math.Min(Math.Max(date.Year, calendar.FirstSupportedYear), calendar.LastSupportedYear);
            bool open = calendar.IsBusinessDay(new LocalDate(year, date.Month, date.Day));
            long end = Stopwatch.GetTimestamp();
            double kib = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0;
            int jit = (int)System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitBefore;
            double us = Stopwatch.GetElapsedTime(start, end).TotalMicroseconds;
            maxUs = Math.Max(maxUs, us);
            maxKib = Math.Max(maxKib, kib);
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "WORLD {0} us {1:F1} alloc_kib {2:F2} get_us {3:F1} query_us {4:F1} get_alloc_kib {7:F2} jit_methods {5} is_business_day {6}",
                id,
                us,
                kib,
                Stopwatch.GetElapsedTime(start, got).TotalMicroseconds,
                Stopwatch.GetElapsedTime(got, end).TotalMicroseconds,
                jit,
                open ? "true" : "false",
                (gotAllocated - allocated) / 1024.0));
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "WORLD max us {0:F1} alloc_kib {1:F2}", maxUs, maxKib));
        return 0;
    }
}
