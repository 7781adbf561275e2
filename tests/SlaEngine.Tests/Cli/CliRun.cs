using System.Globalization;
using System.Text.Json;
using SlaEngine.Cli;

namespace SlaEngine.Tests.Cli;

/// <summary>One run of the <c>sla</c> tool through its testable entry point: exit code, stdout and stderr.</summary>
public sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Out = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Out { get; }

    public string Error { get; }

    /// <summary>Gets stderr's lines, without the trailing empty one.</summary>
    public string[] ErrorLines => Error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    /// <summary>Gets stdout's lines.</summary>
    public string[] OutLines => Out.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = SlaCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Parses stdout as one JSON document.</summary>
    public JsonDocument Json() => JsonDocument.Parse(Out);

    /// <summary>Describes the run, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
