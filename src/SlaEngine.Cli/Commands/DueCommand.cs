using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using SlaEngine.Cli.Internal;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using Spectre.Console;

namespace SlaEngine.Cli.Commands;

/// <summary><c>sla due</c>: when a ticket is due under an SLA policy.</summary>
internal static class DueCommand
{
    /// <summary>Example command lines for <c>--help</c>.</summary>
    public static readonly string[] Examples =
    {
        "sla due --policy samples/Policies/001-pro.json --priority High --metric FirstResponse --created 2026-11-25T16:30-08:00",
        "sla due --policy samples/Policies/000-enterprise.json --priority P2 --metric resolution --created 2026-11-25T21:30Z --json",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var policy = new Option<string>("--policy")
        {
            Description = "An SLA policy JSON file (priorities, targets and the business calendar they run on).",
            HelpName = "file.json",
            Required = true,
        };
        var priority = new Option<string>("--priority")
        {
            Description = "The ticket's priority, one of the policy's (any case).",
            HelpName = "name",
            Required = true,
        };
        var metric = new Option<string>("--metric")
        {
            Description = "What is due: FirstResponse or Resolution (any case).",
            HelpName = "FirstResponse|Resolution",
            Required = true,
        };
        var created = new Option<string>("--created")
        {
            Description = "When the ticket was created (its clock starts): ISO-8601 with an offset, seconds optional, "
                + "such as 2026-11-25T16:30-08:00 or 2026-11-26T00:30:00Z.",
            HelpName = "date-time",
            Required = true,
        };
        Option<bool> json = CommonOptions.Json();
        var command = new Command("due",
            "Compute when a ticket is due for a metric under an SLA policy: the due instant in the policy calendar's time "
            + "zone, at the offset --created was given in, and in UTC.")
        {
            policy,
            priority,
            metric,
            created,
            json,
        };
        command.SetAction(result => SlaCli.Guard(context, () => Execute(
            context,
            result.GetRequiredValue(policy),
            result.GetRequiredValue(priority),
            result.GetRequiredValue(metric),
            result.GetRequiredValue(created),
            result.GetValue(json))));
        return command;
    }

    private static int Execute(CliContext context, string policyPath, string priorityName, string metricName, string createdText, bool json)
    {
        // Check the values that need no file first, so a typo is reported without reading anything.
        SlaMetric metric = ValueParsers.Metric("--metric", metricName);
        OffsetDateTime created = ValueParsers.OffsetDateTime("--created", createdText);
        SlaPolicy policy = InputFiles.ReadDocument(policyPath, "SLA policy file", SlaJson.ReadSlaPolicy);

        if (!policy.TryGetPriority(priorityName.Trim(), out SlaPriority priority))
        {
            throw new CliException(ExitCodes.BadInput, string.Format(
                CultureInfo.InvariantCulture,
                "--priority must be one of the priorities of policy '{0}' ({1}), was \"{2}\".",
                policy.Name,
                string.Join(", ", policy.Priorities),
                priorityName));
        }

        if (!policy.TryGetTarget(priority.Name, metric, out SlaTarget target, out _))
        {
            SlaMetric[] defined = new[] { SlaMetric.FirstResponse, SlaMetric.Resolution }
                .Where(m => policy.TryGetTarget(priority.Name, m, out _, out _))
                .ToArray();
            throw new CliException(ExitCodes.BadInput, string.Format(
                CultureInfo.InvariantCulture,
                "Policy '{0}' has no {1} target for priority {2}; its targets for {2} are: {3}.",
                policy.Name,
                metric,
                priority.Name,
                defined.Length == 0 ? "none" : string.Join(", ", defined)));
        }

        Instant due = policy.DueAt(priority, metric, created.ToInstant());
        DateTimeZone zone = policy.Calendar.Zone;
        ZonedDateTime dueInZone = due.InZone(zone);
        OffsetDateTime dueAtInputOffset = due.WithOffset(created.Offset);

        if (json)
        {
            JsonOutput.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("policy", policy.Name);
                writer.WriteString("priority", priority.Name);
                writer.WriteString("metric", metric.ToString());
                writer.WriteStartObject("target");
                writer.WriteString("kind", target.Kind.ToString());
                writer.WriteString("text", target.ToString());
                writer.WriteEndObject();
                writer.WriteString("created", Formats.Offset(created));
                writer.WriteString("createdUtc", Formats.Utc(created.ToInstant()));
                writer.WriteString("zone", zone.Id);
                writer.WriteString("dueInZone", Formats.Offset(dueInZone.ToOffsetDateTime()));
                writer.WriteString("dueAtInputOffset", Formats.Offset(dueAtInputOffset));
                writer.WriteString("dueUtc", Formats.Utc(due));
                writer.WriteString("dueWeekday", Formats.Weekday(dueInZone.Date));
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        IAnsiConsole console = context.CreateOutputConsole();
        Facts facts = HumanOutput.Facts();
        HumanOutput.Fact(facts, "Policy", policy.Name);
        HumanOutput.Fact(facts, "Priority", priority.Name);
        HumanOutput.Fact(facts, "Metric", metric.ToString());
        HumanOutput.Fact(facts, "Target", target.ToString());
        HumanOutput.Fact(facts, "Created", Formats.Offset(created));
        HumanOutput.Fact(facts, "Due", Formats.Offset(dueInZone.ToOffsetDateTime()) + "  " + Formats.Weekday(dueInZone.Date) + " in " + zone.Id);
        HumanOutput.Fact(facts, string.Empty, Formats.Offset(dueAtInputOffset) + "  " + Formats.Weekday(dueAtInputOffset.Date) + " at the --created offset");
        HumanOutput.Fact(facts, string.Empty, Formats.Utc(due) + "  UTC");
        facts.Write(console);
        return ExitCodes.Success;
    }
}
