using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Cli.Internal;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Spectre.Console;

namespace SlaEngine.Cli.Commands;

/// <summary><c>sla uptime</c>: a month's uptime report and service credit from per-minute request counts.</summary>
internal static class UptimeCommand
{
    /// <summary>Example command lines for <c>--help</c>.</summary>
    public static readonly string[] Examples =
    {
        "sla uptime --policy samples/Policies/002-uptime.json --samples minutes.csv --month 2026-10 --charge 1234.45",
        "sla uptime --policy uptime.json --samples minutes.csv --month 2026-10 --json",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var policy = new Option<string>("--policy")
        {
            Description = "An uptime SLA JSON file: target, how a minute is down, exclusions, the month's time zone, credit tiers.",
            HelpName = "file.json",
            Required = true,
        };
        var samples = new Option<string>("--samples")
        {
            Description = "A CSV of per-minute request counts: the header minute,valid,errors, then one row per minute such as "
                + "2026-10-01T00:00:00Z,1520,3. A minute without a row had no traffic; rows outside the month are ignored. "
                + "While it is read, a progress bar is shown on stderr when stderr is a terminal.",
            HelpName = "file.csv",
            Required = true,
        };
        var month = new Option<string>("--month")
        {
            Description = "The month to report, such as 2026-10, bounded in the SLA's time zone.",
            HelpName = "yyyy-MM",
            Required = true,
        };
        var charge = new Option<string>("--charge")
        {
            Description = "The monthly charge the credit is a percentage of, such as 1234.45. Without it the credit tier is "
                + "shown but no amount.",
            HelpName = "amount",
        };
        Option<bool> json = CommonOptions.Json();
        var command = new Command("uptime",
            "Report a month's uptime under an uptime SLA from per-minute request counts: minutes in the month, measured, "
            + "downtime and excluded minutes, the uptime percentage (exact, shown truncated to 6 decimals), whether the target "
            + "is met, the downtime periods, and the service-credit tier and amount when the SLA has a credit schedule.")
        {
            policy,
            samples,
            month,
            charge,
            json,
        };
        command.SetAction(result => SlaCli.Guard(context, () => Execute(
            context,
            result.GetRequiredValue(policy),
            result.GetRequiredValue(samples),
            result.GetRequiredValue(month),
            result.GetValue(charge),
            result.GetValue(json))));
        return command;
    }

    /// <summary>The credit on the charge; a charge whose credit does not fit in a decimal is a problem with --charge (exit 1).</summary>
    private static CreditResult? EvaluateCredit(UptimeSla sla, UptimeReport report, decimal? charge)
    {
        try
        {
            return sla.EvaluateCredit(report, charge ?? 0m);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "monthlyCharge")
        {
            throw new CliException(ExitCodes.BadInput, Invariant(
                $"--charge is too large: its credit does not fit in a decimal at {sla.MinorUnitDecimals} minor-unit decimals, was \"{charge}\"."));
        }
    }

    private static int Execute(CliContext context, string policyPath, string samplesPath, string monthText, string? chargeText, bool json)
    {
        YearMonth month = ValueParsers.YearMonth("--month", monthText);
        decimal? charge = chargeText is null ? null : ValueParsers.Amount("--charge", chargeText);
        UptimeSla sla = InputFiles.ReadDocument(policyPath, "uptime SLA file", SlaJson.ReadUptimeSla);
        Interval period = sla.Policy.PeriodOf(month);
        MinuteSample[] samples = SampleFiles.Read(context, samplesPath);
        UptimeReport report = sla.Policy.Evaluate(month, samples);
        long rowsInPeriod = samples.LongCount(s => period.Contains(s.Minute));
        bool met = report.Meets(sla.TargetPercent);
        CreditResult? credit = EvaluateCredit(sla, report, charge);
        var run = new Run(sla, month, samplesPath, samples.LongLength, rowsInPeriod, report, met, credit, charge);

        if (json)
        {
            JsonOutput.Write(context.Out, writer => WriteJson(writer, run));
        }
        else
        {
            WriteTables(context.CreateOutputConsole(), run);
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(Utf8JsonWriter writer, Run run)
    {
        writer.WriteStartObject();
        writer.WriteString("sla", run.Sla.Name);
        writer.WriteNumber("targetPercent", run.Sla.TargetPercent);
        writer.WriteString("month", YearMonthPattern.Iso.Format(run.Month));
        writer.WriteString("zone", run.Sla.Policy.TimeZone.Id);
        writer.WriteString("samplesFile", run.SamplesPath);
        writer.WriteNumber("sampleRows", run.Rows);
        writer.WriteNumber("sampleRowsInPeriod", run.RowsInPeriod);
        writer.WriteBoolean("targetMet", run.Met);
        writer.WritePropertyName("report");
        ResultShapes.Write(writer, run.Report);
        writer.WriteBoolean("hasCreditSchedule", run.Sla.Credits is not null);
        if (run.Charge is { } charge)
        {
            writer.WriteNumber("monthlyCharge", charge);
        }
        else
        {
            writer.WriteNull("monthlyCharge");
        }

        writer.WriteString("rounding", run.Sla.Rounding.ToString());
        writer.WriteNumber("minorUnitDecimals", run.Sla.MinorUnitDecimals);

        // The credit on the charge (on 0 without --charge, so its amount is then 0), or null without a credit schedule.
        writer.WritePropertyName("credit");
        if (run.Credit is { } credit)
        {
            ResultShapes.Write(writer, credit);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    private static void WriteTables(IAnsiConsole console, Run run)
    {
        UptimeReport report = run.Report;
        DateTimeZone zone = run.Sla.Policy.TimeZone;
        HumanOutput.Heading(console, Invariant($"{run.Sla.Name}: uptime of {YearMonthPattern.Iso.Format(run.Month)} ({zone.Id})"));
        Facts facts = HumanOutput.Facts();
        HumanOutput.Fact(facts, "Period", Invariant($"[{Formats.Utc(report.Period.Start)}, {Formats.Utc(report.Period.End)})"));
        HumanOutput.Fact(facts, "Samples", Invariant(
            $"{Formats.Count(run.RowsInPeriod)} rows in the month from {run.SamplesPath} ({Formats.Count(run.Rows - run.RowsInPeriod)} outside it ignored)"));
        HumanOutput.Fact(facts, "Minutes in period", Formats.Count(report.MinutesInPeriod));
        HumanOutput.Fact(facts, "Measured minutes", Formats.Count(report.MeasuredMinutes));
        if (report.Method == UptimeMethod.AverageErrorRate)
        {
            HumanOutput.Fact(facts, "Averaged intervals", Formats.Count(report.AveragedIntervals));
        }
        else
        {
            HumanOutput.Fact(facts, "Downtime minutes", Formats.Count(report.DowntimeMinutes));
        }

        HumanOutput.Fact(facts, "Excluded minutes", Formats.Count(report.ExcludedMinutes));
        HumanOutput.Fact(facts, "Uptime", Invariant(
            $"{report.UptimePercent:0.000000} % (exactly {report.Uptime.Numerator}/{report.Uptime.Denominator}; truncated to 6 decimals)"));
        HumanOutput.Fact(facts, "Target", Invariant($"{Formats.Number(run.Sla.TargetPercent)} %: {(run.Met ? "met" : "missed")}"));
        facts.Write(console);
        console.WriteLine();

        if (report.Method != UptimeMethod.AverageErrorRate)
        {
            HumanOutput.Heading(console, Invariant($"Downtime periods: {report.DowntimePeriods.Count} ([start, end) in {zone.Id})"));
            if (report.DowntimePeriods.Count > 0)
            {
                Table periods = HumanOutput.Table(">#", "Start", "End", ">Minutes");
                int index = 1;
                foreach (DowntimePeriod downtime in report.DowntimePeriods)
                {
                    HumanOutput.Row(
                        periods,
                        index++.ToString(CultureInfo.InvariantCulture),
                        Formats.LocalMinute(downtime.Start, zone),
                        Formats.LocalMinute(downtime.End, zone),
                        Formats.Count(downtime.Minutes));
                }

                console.Write(periods);
            }

            console.WriteLine();
        }

        WriteCredit(console, run);
    }

    private static void WriteCredit(IAnsiConsole console, Run run)
    {
        if (run.Sla.Credits is not { } schedule || run.Credit is not { } credit)
        {
            console.WriteLine("Service credit: this SLA has no credit schedule, so no service credit is defined or computed.");
            return;
        }

        HumanOutput.Heading(console, "Service credit");
        Table tiers = HumanOutput.Table("Uptime", ">Credit", string.Empty);
        for (int i = schedule.Tiers.Count - 1; i >= 0; i--)
        {
            CreditTier tier = schedule.Tiers[i];
            string range = Invariant($"[{Formats.Number(tier.MinimumUptimePercent)} %, {Formats.Number(tier.MaximumUptimePercent)} %{(tier.MaximumUptimePercent == 100m ? "]" : ")")}");
            HumanOutput.Row(tiers, range, Formats.Number(tier.CreditPercent) + " %", i == credit.TierIndex ? "<- this month" : string.Empty);
        }

        console.Write(tiers);
        Facts facts = HumanOutput.Facts();
        if (credit.Tier is not { } hit)
        {
            HumanOutput.Fact(facts, "Tier", Invariant($"none: {run.Report.UptimePercent:0.000000} % is above every tier"));
        }
        else
        {
            HumanOutput.Fact(facts, "Tier", Invariant($"[{Formats.Number(hit.MinimumUptimePercent)} %, {Formats.Number(hit.MaximumUptimePercent)} %{(hit.MaximumUptimePercent == 100m ? "]" : ")")} -> {Formats.Number(hit.CreditPercent)} % of the monthly charge"));
        }

        if (run.Charge is { } charge)
        {
            HumanOutput.Fact(facts, "Amount", Invariant(
                $"{Formats.Number(credit.Amount)} ({Formats.Number(credit.CreditPercent)} % of {Formats.Number(charge)}, rounded {run.Sla.Rounding} to {run.Sla.MinorUnitDecimals} decimals)"));
        }
        else
        {
            HumanOutput.Fact(facts, "Amount", "give --charge to compute it");
        }

        facts.Write(console);
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Everything one run computed, for the two kinds of output.</summary>
    private sealed record Run(
        UptimeSla Sla,
        YearMonth Month,
        string SamplesPath,
        long Rows,
        long RowsInPeriod,
        UptimeReport Report,
        bool Met,
        CreditResult? Credit,
        decimal? Charge);
}
