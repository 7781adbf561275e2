using System.CommandLine;
using System.Globalization;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Cli.Internal;
using SlaEngine.Serialization;
using Spectre.Console;

namespace SlaEngine.Cli.Commands;

/// <summary><c>sla between</c>: business time and business days between two instants on a business calendar.</summary>
internal static class BetweenCommand
{
    /// <summary>Example command lines for <c>--help</c>.</summary>
    public static readonly string[] Examples =
    {
        "sla between --calendar samples/Policies/003-follow-the-sun.json --from 2026-11-23T09:00-05:00 --to 2026-11-30T09:00-05:00",
        "sla between --calendar calendar.json --from 2026-12-24T08:00Z --to 2027-01-04T08:00Z --json",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var calendar = new Option<string>("--calendar")
        {
            Description = "A business-calendar JSON file (weekly hours, holidays, overrides, time zone; or a union of calendars).",
            HelpName = "file.json",
            Required = true,
        };
        var from = new Option<string>("--from")
        {
            Description = "The start, counted: ISO-8601 with an offset, seconds optional, such as 2026-11-23T09:00-05:00.",
            HelpName = "date-time",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "The end, not counted: ISO-8601 with an offset. Before --from, the results are negative.",
            HelpName = "date-time",
            Required = true,
        };
        Option<bool> json = CommonOptions.Json();
        var command = new Command("between",
            "Compute the business time in [--from, --to) on a business calendar, exact to the nanosecond across DST, and the "
            + "business days in [from's date, to's date): the dates as written in --from and --to, from's counted, to's not.")
        {
            calendar,
            from,
            to,
            json,
        };
        command.SetAction(result => SlaCli.Guard(context, () => Execute(
            context,
            result.GetRequiredValue(calendar),
            result.GetRequiredValue(from),
            result.GetRequiredValue(to),
            result.GetValue(json))));
        return command;
    }

    private static int Execute(CliContext context, string calendarPath, string fromText, string toText, bool json)
    {
        OffsetDateTime from = ValueParsers.OffsetDateTime("--from", fromText);
        OffsetDateTime to = ValueParsers.OffsetDateTime("--to", toText);
        BusinessCalendar calendar = InputFiles.ReadDocument(calendarPath, "business calendar file", SlaJson.ReadBusinessCalendar);

        Duration businessTime = calendar.BusinessTimeBetween(from.ToInstant(), to.ToInstant());
        int businessDays = calendar.BusinessDaysBetween(from.Date, to.Date);

        if (json)
        {
            JsonOutput.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("calendar", calendarPath);
                writer.WriteString("zone", calendar.Zone.Id);
                writer.WriteString("from", Formats.Offset(from));
                writer.WriteString("to", Formats.Offset(to));
                writer.WriteString("businessTime", Formats.Hours(businessTime));
                writer.WriteNumber("businessSeconds", Formats.Seconds(businessTime));
                writer.WriteString("fromDate", Formats.Date(from.Date));
                writer.WriteString("toDate", Formats.Date(to.Date));
                writer.WriteNumber("businessDays", businessDays);
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        IAnsiConsole console = context.CreateOutputConsole();
        Facts facts = HumanOutput.Facts();
        HumanOutput.Fact(facts, "Calendar", calendarPath + " (" + calendar.Zone.Id + (calendar is UnionBusinessCalendar union
            ? string.Format(CultureInfo.InvariantCulture, "; a union of {0} calendars", union.Members.Count)
            : string.Empty) + ")");
        HumanOutput.Fact(facts, "From", Formats.Offset(from) + "  " + Formats.Weekday(from.Date));
        HumanOutput.Fact(facts, "To", Formats.Offset(to) + "  " + Formats.Weekday(to.Date));
        HumanOutput.Fact(facts, "Business time", Formats.Hours(businessTime) + " (hours:minutes:seconds)");
        HumanOutput.Fact(facts, "Business days", string.Format(
            CultureInfo.InvariantCulture,
            "{0} in [{1}, {2})",
            businessDays,
            Formats.Date(from.Date),
            Formats.Date(to.Date)));
        facts.Write(console);
        return ExitCodes.Success;
    }
}
