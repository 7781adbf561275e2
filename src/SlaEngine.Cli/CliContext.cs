using System;
using System.IO;
using Spectre.Console;

namespace SlaEngine.Cli;

/// <summary>Where a run of the tool writes, and whether each writer is an interactive terminal.</summary>
/// <remarks>
/// Results go to <see cref="Out"/>; errors, one line per problem, and the progress display go to <see cref="Error"/>.
/// The progress display is shown only when <see cref="Error"/> is a terminal, so pipes and tests see clean output.
/// </remarks>
internal sealed class CliContext
{
    /// <summary>The width output is laid out in when it is not a terminal (a pipe, a file, a test): wide enough that nothing wraps.</summary>
    private const int RedirectedWidth = 1024;

    /// <summary>Initializes a new instance of the <see cref="CliContext"/> class.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors and the progress display go.</param>
    /// <param name="outputIsTerminal">Whether <paramref name="output"/> is an interactive terminal (colours, its width).</param>
    /// <param name="errorIsTerminal">Whether <paramref name="error"/> is an interactive terminal (the progress display).</param>
    public CliContext(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Gets where results go.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets where errors and the progress display go.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether <see cref="Out"/> is an interactive terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Gets a value indicating whether <see cref="Error"/> is an interactive terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Gets a value indicating whether long reads show a progress display on <see cref="Error"/>.</summary>
    public bool ShowProgress => ErrorIsTerminal;

    /// <summary>Creates a Spectre console over <see cref="Out"/> for tables: colours only on a terminal, never interactive.</summary>
    /// <returns>The console.</returns>
    public IAnsiConsole CreateOutputConsole() => CreateConsole(Out, OutputIsTerminal);

    /// <summary>Creates a Spectre console over <see cref="Error"/> for the progress display.</summary>
    /// <returns>The console.</returns>
    public IAnsiConsole CreateErrorConsole() => CreateConsole(Error, ErrorIsTerminal);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
