using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Uptime;

namespace UptimeCredits;

/// <summary>
/// The uptime, downtime periods, error budget and service credit of one month of per-minute counts, under the uptime
/// section of policy 002 and under a cloud-style three-tier credit schedule.
/// </summary>
public static class UptimeCreditsReport
{
    /// <summary>The commitment of policy 002: "99.9% of the time".</summary>
    public const decimal Target = 99.9m;

    /// <summary>The monthly charge the three-tier schedule is applied to.</summary>
    public const decimal MonthlyCharge = 1234.45m;

    private static readonly InstantPattern s_timePattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly YearMonthPattern s_monthPattern = YearMonthPattern.CreateWithInvariantCulture("MMMM uuuu");

    /// <summary>
    /// Gets the policy of contract 002, "Uptime": a minute is Downtime when more than 5 % of its Valid Requests fail; a
    /// Downtime Period is one or more consecutive minutes of Downtime; the scheduled maintenance window is excluded (SLA
    /// Exclusions, item 6) and stays in the month's minutes, which are UTC minutes.
    /// </summary>
    public static UptimePolicy Policy002 { get; } = new()
    {
        ErrorRateThreshold = 0.05m,
        MinimumDowntimeRun = 1,
        Exclusions = new[] { SampleMonth.MaintenanceWindow },
        ExclusionMode = ExclusionMode.BeforeGrouping,
    };

    /// <summary>Gets a cloud-style schedule: [99.0, 99.9) → 10 %, [95.0, 99.0) → 25 %, [0, 95.0) → 100 %; 99.9 % or more earns nothing.</summary>
    public static CreditSchedule ThreeTierSchedule { get; } = CreditSchedule.Create(
        new CreditTier(99.0m, 99.9m, 10m),
        new CreditTier(95.0m, 99.0m, 25m),
        new CreditTier(0m, 95.0m, 100m));

    /// <summary>Reads the CSV and writes the report for the UTC month of its first row.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="csvPath">A CSV file of <c>minute,valid,errors</c> rows (see <see cref="MinuteCsv"/>).</param>
    /// <exception cref="InvalidDataException">The file is malformed or has no rows; the message names the line.</exception>
    public static void Write(TextWriter output, string csvPath)
    {
        ArgumentNullException.ThrowIfNull(output);
        MinuteSample[] samples = MinuteCsv.Read(csvPath);
        if (samples.Length == 0)
        {
            throw new InvalidDataException($"{csvPath} has a header but no rows.");
        }

        LocalDate firstDay = samples[0].Minute.InUtc().Date;
        var month = new YearMonth(firstDay.Year, firstDay.Month);
        UptimeReport report = Policy002.Evaluate(month, samples);

        long rows = 0, valid = 0, errors = 0;
        foreach (MinuteSample sample in samples)
        {
            if (report.Period.Contains(sample.Minute))
            {
                rows++;
                valid += sample.ValidRequests;
                errors += sample.ErrorRequests;
            }
        }

        string monthName = s_monthPattern.Format(month);
        output.WriteLine(Invariant($"Uptime of {monthName} (UTC) from {csvPath}"));
        output.WriteLine(Invariant($"  {rows:N0} minute rows in the month ({samples.Length - rows:N0} outside it ignored), {valid:N0} valid requests, {errors:N0} errors"));
        output.WriteLine();

        WritePolicy(output, report);
        WritePeriods(output, report);
        WriteBudget(output, report);
        WriteCredit(output, report);
        WriteAveraged(output, month, samples, report);
    }

    private static void WritePolicy(TextWriter output, UptimeReport report)
    {
        Interval window = SampleMonth.MaintenanceWindow;
        output.WriteLine(Invariant($"Policy 002, \"Uptime\": {Target} % Monthly Uptime Percentage"));
        output.WriteLine("  Downtime: a minute in which more than 5 % of Valid Requests fail; a Downtime Period: 1 or more such minutes in a row.");
        output.WriteLine(Invariant($"  Excluded: the scheduled maintenance window [{s_timePattern.Format(window.Start)}, {s_timePattern.Format(window.End)}) UTC, never Downtime, still in the month's minutes."));
        output.WriteLine(Invariant($"  minutes in month   {report.MinutesInPeriod,9}"));
        output.WriteLine(Invariant($"  downtime minutes   {report.DowntimeMinutes,9}"));
        output.WriteLine(Invariant($"  excluded minutes   {report.ExcludedMinutes,9}"));
        output.WriteLine(Invariant($"  uptime             {report.MinutesInPeriod - report.DowntimeMinutes} / {report.MinutesInPeriod} = {report.Uptime.Numerator} / {report.Uptime.Denominator} = {Percent(report.UptimePercent)} % (6 decimals, truncated)"));
        output.WriteLine(report.Meets(Target)
            ? Invariant($"  {Target} % commitment: met")
            : Invariant($"  {Target} % commitment: missed"));
        output.WriteLine();
    }

    private static void WritePeriods(TextWriter output, UptimeReport report)
    {
        output.WriteLine(Invariant($"Downtime periods: {report.DowntimePeriods.Count} (UTC, [start, end))"));
        output.WriteLine("  start             end               minutes");
        foreach (DowntimePeriod period in report.DowntimePeriods)
        {
            output.WriteLine(Invariant($"  {s_timePattern.Format(period.Start)}  {s_timePattern.Format(period.End)}  {period.Minutes,7}"));
        }

        output.WriteLine(Invariant($"  {"total",-34}  {report.DowntimeMinutes,7}"));
        output.WriteLine();
    }

    private static void WriteBudget(TextWriter output, UptimeReport report)
    {
        var budget = ErrorBudget.Create(Target, report.Period.Duration);
        ErrorBudgetStatus status = budget.Evaluate(report.DowntimeMinutes);
        output.WriteLine(Invariant($"Error budget at {Target} % over {budget.WindowMinutes} minutes ({budget.WindowMinutes / 1440} days)"));
        output.WriteLine(Invariant($"  allowed    {status.AllowedMinutes,4} minutes (exactly {budget.AllowedDowntime.ToDecimal(2, MidpointRounding.ToEven)}, whole minutes rounded down)"));
        output.WriteLine(Invariant($"  consumed   {status.ConsumedMinutes,4} minutes ({status.ConsumedFraction.ToPercent(2, MidpointRounding.ToEven)} % of the exact budget)"));
        output.WriteLine(Invariant($"  remaining  {status.RemainingMinutes,4} minutes{(status.IsExhausted ? " (exhausted)" : string.Empty)}"));
        output.WriteLine();
    }

    private static void WriteCredit(TextWriter output, UptimeReport report)
    {
        output.WriteLine("Service credit");
        string verdict = report.Meets(Target) ? "met" : "missed";
        output.WriteLine(Invariant($"  Policy 002: the {Target} % commitment is {verdict}, but the contract names no credit percentage, so no credit is defined and none is computed."));

        output.WriteLine(Invariant($"  Cloud-style three-tier schedule on a monthly charge of {MonthlyCharge:N2}:"));
        output.Write("   ");
        foreach (CreditTier tier in ThreeTierSchedule.Tiers.OrderByDescending(t => t.MinimumUptimePercent))
        {
            output.Write(Invariant($" {Range(tier)} -> {Credit(tier.CreditPercent)} %;"));
        }

        output.WriteLine(Invariant($" {Number(ThreeTierSchedule.Tiers.Max(t => t.MaximumUptimePercent))} % or more -> none"));
        CreditResult toEven = ThreeTierSchedule.Evaluate(report, MonthlyCharge, MidpointRounding.ToEven);
        CreditResult awayFromZero = ThreeTierSchedule.Evaluate(report, MonthlyCharge, MidpointRounding.AwayFromZero);
        if (toEven.Tier is not { } tierHit)
        {
            output.WriteLine(Invariant($"    uptime {Percent(report.UptimePercent)} % is in no tier: no credit (0.00)"));
        }
        else
        {
            decimal unrounded = MonthlyCharge * toEven.CreditPercent / 100m;
            output.WriteLine(Invariant($"    uptime {Percent(report.UptimePercent)} % is in tier {Range(tierHit)}: credit {Credit(toEven.CreditPercent)} % of {MonthlyCharge:N2} = {unrounded:#,##0.00####}"));
        }

        output.WriteLine(Invariant($"    rounded half to even (MidpointRounding.ToEven):              {toEven.Amount:N2}"));
        output.WriteLine(Invariant($"    rounded half away from zero (MidpointRounding.AwayFromZero): {awayFromZero.Amount:N2}"));
        output.WriteLine();
    }

    private static void WriteAveraged(TextWriter output, YearMonth month, MinuteSample[] samples, UptimeReport perMinute)
    {
        var averaged = new UptimePolicy
        {
            ErrorRateThreshold = Policy002.ErrorRateThreshold,
            Exclusions = Policy002.Exclusions,
            ExclusionMode = Policy002.ExclusionMode,
            Method = UptimeMethod.AverageErrorRate,
            AveragingInterval = Duration.FromMinutes(5),
        };
        UptimeReport report = averaged.Evaluate(month, samples);
        output.WriteLine("For comparison: the average of 5-minute error rates (as object-storage SLAs measure), same exclusion");
        output.WriteLine(Invariant($"  uptime {Percent(report.UptimePercent)} % over {report.AveragedIntervals} intervals (per-minute method {Percent(perMinute.UptimePercent)} %); {Target} % commitment {(report.Meets(Target) ? "met" : "missed")}"));
    }

    private static string Range(CreditTier tier) =>
        Invariant($"[{Number(tier.MinimumUptimePercent)} %, {Number(tier.MaximumUptimePercent)} %)");

    private static string Number(decimal value) => value.ToString("0.0#####", CultureInfo.InvariantCulture);

    private static string Credit(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
