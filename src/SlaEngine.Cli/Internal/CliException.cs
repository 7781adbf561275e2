using System;
using System.Collections.Generic;
using System.Linq;

namespace SlaEngine.Cli.Internal;

/// <summary>A problem with the tool's input that ends the command: each of <see cref="Problems"/> is printed as one line on stderr.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CliException"/> class with one problem.</summary>
    /// <param name="exitCode">The process exit code, such as <see cref="ExitCodes.BadInput"/>.</param>
    /// <param name="problem">One sentence stating the rule and the bad value, ending with a period.</param>
    public CliException(int exitCode, string problem)
        : this(exitCode, new[] { problem })
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CliException"/> class with several problems.</summary>
    /// <param name="exitCode">The process exit code.</param>
    /// <param name="problems">The problems, one line each; at least one.</param>
    public CliException(int exitCode, IEnumerable<string> problems)
        : this(exitCode, problems.ToArray())
    {
    }

    private CliException(int exitCode, string[] problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        if (problems.Length == 0)
        {
            throw new ArgumentException("A CLI error must list at least one problem, was an empty list.", nameof(problems));
        }

        ExitCode = exitCode;
        Problems = problems;
    }

    /// <summary>Gets the process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>Gets the problems, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
