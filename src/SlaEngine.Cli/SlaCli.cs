using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using SlaEngine.Cli.Commands;
using SlaEngine.Cli.Internal;
using SlaEngine.Serialization;

namespace SlaEngine.Cli;

/// <summary>The <c>sla</c> tool: its commands, parsing, and how failures become stderr lines and exit codes.</summary>
/// <remarks>
/// <see cref="Run(string[], TextWriter, TextWriter)"/> is the testable entry point: it never touches the process console, and
/// returns the exit code (<see cref="ExitCodes"/>) instead of exiting.
/// </remarks>
internal static class SlaCli
{
    /// <summary>The tool's command name.</summary>
    public const string Name = "sla";

    /// <summary>Runs the tool with writers that are not terminals: no colours, no progress display.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go, one line per problem.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        => Run(args, new CliContext(stdout, stderr, outputIsTerminal: false, errorIsTerminal: false));

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="context">Where to write, and whether the writers are terminals.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliContext context)
    {
        RootCommand root = CreateRootCommand(context);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            foreach (ParseError error in parsed.Errors)
            {
                context.Error.WriteLine(error.Message);
            }

            string command = parsed.CommandResult.Command is RootCommand ? Name : Name + " " + parsed.CommandResult.Command.Name;
            context.Error.WriteLine("Run '" + command + " --help' for usage.");
            context.Error.Flush();
            return ExitCodes.BadInput;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        int exitCode = parsed.Invoke(invocation);
        context.Out.Flush();
        context.Error.Flush();
        return exitCode;
    }

    /// <summary>Creates the root command and its subcommands.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "SLA and business-hours calculations from the command line: holiday lists, SLA due times, business time between two "
            + "instants, and monthly uptime reports with service credits. Every command prints a table for people, or JSON with "
            + "--json for machines. Run 'sla <command> --help' for a command's options and examples.")
        {
            HelpName = Name,
        };
        var examples = new Dictionary<Command, string[]>
        {
            [root] = new[] { HolidaysCommand.Examples[0], DueCommand.Examples[0], BetweenCommand.Examples[0], UptimeCommand.Examples[0] },
        };
        Add(CalendarsCommand.Create(context), CalendarsCommand.Examples);
        Add(HolidaysCommand.Create(context), HolidaysCommand.Examples);
        Add(DueCommand.Create(context), DueCommand.Examples);
        Add(BetweenCommand.Create(context), BetweenCommand.Examples);
        Add(UptimeCommand.Create(context), UptimeCommand.Examples);
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamplesAction((HelpAction)help.Action!, examples);
        return root;

        void Add(Command command, string[] commandExamples)
        {
            root.Subcommands.Add(command);
            examples[command] = commandExamples;
        }
    }

    /// <summary>Runs a command's body, turning every expected failure into stderr lines and an exit code.</summary>
    /// <param name="context">Where errors go.</param>
    /// <param name="body">The command's body; returns the exit code.</param>
    /// <returns>The exit code.</returns>
    internal static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            return Fail(context, e.ExitCode, e.Problems);
        }
        catch (SlaConfigurationException e)
        {
            return Fail(context, ExitCodes.BadInput, e.Errors.Select(error => error.ToString()));
        }
        catch (InvalidDataException e)
        {
            return Fail(context, ExitCodes.BadInput, new[] { InputFiles.FirstLine(e.Message) });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(context, ExitCodes.FileNotFound, new[] { InputFiles.FirstLine(e.Message) });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(context, ExitCodes.FileNotFound, new[] { InputFiles.FirstLine(e.Message) });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            return Fail(context, ExitCodes.BadInput, new[] { LibraryMessage(e) });
        }
#pragma warning disable CA1031 // The tool's last line of defence: report any other failure as one line and exit 3.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(context, ExitCodes.InternalError, new[] { "Unexpected error (a bug in sla): " + e.GetType().Name + ": " + InputFiles.FirstLine(e.Message) });
        }
    }

    /// <summary>Returns a library exception's sentence without the <c>(Parameter 'x')</c> and <c>Actual value was</c> lines .NET adds.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>One line.</returns>
    internal static string LibraryMessage(Exception e)
    {
        string message = InputFiles.FirstLine(e.Message);
        if (e is ArgumentException { ParamName: { } name })
        {
            string suffix = " (Parameter '" + name + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - suffix.Length);
            }
        }

        return message;
    }

    private static int Fail(CliContext context, int exitCode, IEnumerable<string> problems)
    {
        foreach (string problem in problems)
        {
            context.Error.WriteLine(problem);
        }

        context.Error.Flush();
        return exitCode;
    }
}
