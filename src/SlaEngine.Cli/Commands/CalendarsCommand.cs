using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Cli.Internal;
using Spectre.Console;

namespace SlaEngine.Cli.Commands;

/// <summary><c>sla calendars</c>: every built-in holiday calendar, with its name, country, weekend, supported years and class.</summary>
internal static class CalendarsCommand
{
    /// <summary>Example command lines for <c>--help</c>.</summary>
    public static readonly string[] Examples =
    {
        "sla calendars",
        "sla calendars --json",
        "sla calendars --country DE",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        Option<bool> json = CommonOptions.Json();
        var country = new Option<string?>("--country")
        {
            Description = "List only the calendars of this country (its ISO 3166-1 alpha-2 code, any case): the national "
                + "calendar and its subdivisions.",
            HelpName = "code",
        };
        var command = new Command(
            "calendars",
            "List the built-in holiday calendars: id (for --calendar and \"basedOn\"), name, country, the calendar a subdivision "
            + "is based on, weekend, the years each supports, and its class: RuleBased (rules alone), Bounded (a statute's table "
            + "or a calendar system's range) or Announced (dates a government announces; the calendar ends at the last "
            + "announced year).")
        {
            json,
            country,
        };
        command.SetAction(result => SlaCli.Guard(context, () => Execute(context, result.GetValue(json), result.GetValue(country))));
        return command;
    }

    private static int Execute(CliContext context, bool json, string? country)
    {
        // Filtered by id before describing, so that only the calendars listed are read.
        HolidayCalendarInfo[] calendars = (country is null ? HolidayCalendars.Ids : BuiltInIds.OfCountry(country)).Select(HolidayCalendars.Describe).ToArray();
        if (calendars.Length == 0)
        {
            string[] countries = HolidayCalendars.Ids.Select(id => id.Substring(0, 2)).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
            throw new CliException(ExitCodes.BadInput, string.Format(
                CultureInfo.InvariantCulture, "--country must be the code of a country with built-in calendars ({0}), was '{1}'.", string.Join(", ", countries), country));
        }

        if (json)
        {
            JsonOutput.Write(context.Out, writer =>
            {
                writer.WriteStartArray();
                foreach (HolidayCalendarInfo info in calendars)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", info.Id);
                    writer.WriteString("name", info.Name);
                    writer.WriteString("country", info.CountryCode);
                    if (info.BasedOn is string basedOn)
                    {
                        writer.WriteString("basedOn", basedOn);
                    }
                    else
                    {
                        writer.WriteNull("basedOn");
                    }

                    writer.WriteStartArray("weekendDays");
                    foreach (IsoDayOfWeek day in info.WeekendDays)
                    {
                        writer.WriteStringValue(day.ToString());
                    }

                    writer.WriteEndArray();
                    writer.WriteNumber("firstSupportedYear", info.FirstSupportedYear);
                    writer.WriteNumber("lastSupportedYear", info.LastSupportedYear);
                    writer.WriteString("class", info.Class.ToString());
                    if (info.AnnouncedThrough is int through)
                    {
                        writer.WriteNumber("announcedThrough", through);
                    }
                    else
                    {
                        writer.WriteNull("announcedThrough");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        IAnsiConsole console = context.CreateOutputConsole();
        HumanOutput.Heading(console, string.Format(CultureInfo.InvariantCulture, "Built-in holiday calendars: {0}", calendars.Length));
        Table table = HumanOutput.Table("Id", "Name", "Country", "Based on", "Weekend", "Years", "Class");
        foreach (HolidayCalendarInfo info in calendars)
        {
            HumanOutput.Row(
                table,
                info.Id,
                info.Name,
                info.CountryCode,
                info.BasedOn ?? string.Empty,
                string.Join("–", info.WeekendDays.Select(d => d.ToString().Substring(0, 3))),
                string.Format(CultureInfo.InvariantCulture, "{0}–{1}", info.FirstSupportedYear, info.LastSupportedYear),
                info.Class.ToString());
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
