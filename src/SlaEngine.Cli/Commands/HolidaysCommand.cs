using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SlaEngine.Calendars;
using SlaEngine.Cli.Internal;
using SlaEngine.Serialization;
using Spectre.Console;

namespace SlaEngine.Cli.Commands;

/// <summary><c>sla holidays</c>: the holidays a calendar observes in a year.</summary>
internal static class HolidaysCommand
{
    /// <summary>Example command lines for <c>--help</c>.</summary>
    public static readonly string[] Examples =
    {
        "sla holidays --calendar US-FEDERAL --year 2027",
        "sla holidays --calendar DE --year 2027",
        "sla holidays --calendar GB-SCT --year 2027",
        "sla holidays --calendar samples/Policies/001-closures.json --year 2026 --json",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var calendar = new Option<string>("--calendar")
        {
            Description = "A built-in holiday calendar id (a country such as DE, a subdivision such as DE-BY, or US-FEDERAL; "
                + "any case; 'sla calendars' lists them) or a holiday-calendar JSON file.",
            HelpName = "id|file.json",
            Required = true,
        };
        var year = new Option<int>("--year")
        {
            Description = "The calendar year: lists the holidays observed from January 1 to December 31 of that year.",
            HelpName = "yyyy",
            Required = true,
        };
        Option<bool> json = CommonOptions.Json();
        var command = new Command("holidays",
            "List the holidays a holiday calendar observes in a year: the observed date, its weekday, the holiday's name, and "
            + "the actual date when the holiday is observed on another day (a Saturday holiday observed on Friday).")
        {
            calendar,
            year,
            json,
        };
        command.SetAction(result => SlaCli.Guard(context, () => Execute(
            context, result.GetRequiredValue(calendar), result.GetValue(year), result.GetValue(json))));
        return command;
    }

    private static int Execute(CliContext context, string calendarArgument, int year, bool json)
    {
        (HolidayCalendar calendar, string name) = Resolve(calendarArgument);
        if (year < calendar.FirstSupportedYear || year > calendar.LastSupportedYear)
        {
            HolidayCalendarInfo? info = HolidayCalendars.Ids.Contains(name) ? HolidayCalendars.Describe(name) : null;
            string why = info?.Class switch
            {
                HolidayCalendarClass.Announced => string.Format(
                    CultureInfo.InvariantCulture,
                    " {0} rests on dates its government announces year by year, published through {1}; later years are not guessed."
                    + " To add a newer year's published dates, pass a calendar document with \"basedOn\": \"{0}\", a later"
                    + " \"supportedYears\" last year, and that year's dates under the same holiday names (README: \"When next year is announced\").",
                    name,
                    info.AnnouncedThrough),
                HolidayCalendarClass.Bounded => string.Format(CultureInfo.InvariantCulture, " {0}'s rules end there: {1}", name, info.Scope),
                _ => string.Empty,
            };
            throw new CliException(ExitCodes.BadInput, string.Format(
                CultureInfo.InvariantCulture,
                "--year must be between {0} and {1}, the years the calendar {2} supports, was {3}.{4}",
                calendar.FirstSupportedYear,
                calendar.LastSupportedYear,
                name,
                year,
                why));
        }

        IReadOnlyList<Holiday> holidays = calendar.GetHolidays(year);
        if (json)
        {
            JsonOutput.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("calendar", name);
                writer.WriteNumber("year", year);
                writer.WriteStartArray("holidays");
                foreach (Holiday holiday in holidays)
                {
                    ResultShapes.Write(writer, holiday);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        IAnsiConsole console = context.CreateOutputConsole();
        HumanOutput.Heading(console, string.Format(CultureInfo.InvariantCulture, "Holidays of {0} observed in {1}: {2}", name, year, holidays.Count));
        if (holidays.Count > 0)
        {
            bool local = holidays.Any(h => h.LocalName is not null);
            Table table = local ? HumanOutput.Table("Date", "Weekday", "Holiday", "Local name", "Actual date") : HumanOutput.Table("Date", "Weekday", "Holiday", "Actual date");
            foreach (Holiday holiday in holidays)
            {
                string actual = holiday.IsObservedOnAnotherDay ? Formats.Date(holiday.ActualDate) + " " + Formats.Weekday(holiday.ActualDate) : string.Empty;
                if (local)
                {
                    HumanOutput.Row(table, Formats.Date(holiday.Date), Formats.Weekday(holiday.Date), holiday.Name, holiday.LocalName ?? string.Empty, actual);
                }
                else
                {
                    HumanOutput.Row(table, Formats.Date(holiday.Date), Formats.Weekday(holiday.Date), holiday.Name, actual);
                }
            }

            console.Write(table);
        }

        return ExitCodes.Success;
    }

    /// <summary>Finds the calendar: an existing file is read as a holiday-calendar document; anything else is a built-in id.</summary>
    private static (HolidayCalendar Calendar, string Name) Resolve(string argument)
    {
        if (InputFiles.Exists(argument))
        {
            return (InputFiles.ReadDocument(argument, "holiday calendar file", SlaJson.ReadHolidayCalendar), argument);
        }

        if (HolidayCalendars.TryGet(argument.Trim(), out HolidayCalendar? builtIn))
        {
            return (builtIn, HolidayCalendars.Ids.First(id => string.Equals(id, argument.Trim(), System.StringComparison.OrdinalIgnoreCase)));
        }

        if (LooksLikePath(argument))
        {
            throw new CliException(ExitCodes.FileNotFound, "The holiday calendar file '" + argument + "' does not exist.");
        }

        // Name the calendars of the country the argument starts with, else all.
        string trimmed = argument.Trim();
        string[] sameCountry = trimmed.Length >= 2 ? BuiltInIds.OfCountry(trimmed.Substring(0, 2)) : System.Array.Empty<string>();
        throw new CliException(ExitCodes.BadInput, "--calendar must be a built-in holiday calendar id ("
            + (sameCountry.Length > 0
                ? "of " + sameCountry[0].Substring(0, 2) + ": " + string.Join(", ", sameCountry) + "; 'sla calendars' lists every one"
                : string.Join(", ", HolidayCalendars.Ids))
            + ") or an existing holiday-calendar JSON file, was \"" + argument + "\".");
    }

    private static bool LooksLikePath(string argument)
        => argument.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase)
           || argument.IndexOfAny(new[] { '/', '\\' }) >= 0;
}
