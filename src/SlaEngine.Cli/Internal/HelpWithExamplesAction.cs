using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SlaEngine.Cli.Internal;

/// <summary>The <c>--help</c> action: System.CommandLine's help, then the command's examples and the exit codes.</summary>
/// <remarks>System.CommandLine 3 keeps its help builder internal, so the sections are appended after its output.</remarks>
internal sealed class HelpWithExamplesAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, string[]> _examples;

    /// <summary>Initializes a new instance of the <see cref="HelpWithExamplesAction"/> class.</summary>
    /// <param name="help">The default help action.</param>
    /// <param name="examples">Example command lines for each command that has them.</param>
    public HelpWithExamplesAction(HelpAction help, IReadOnlyDictionary<Command, string[]> examples)
    {
        _help = help;
        _examples = examples;
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        int result = _help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out string[]? examples) && examples.Length > 0)
        {
            output.WriteLine("Examples:");
            foreach (string example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes:");
        output.WriteLine("  0  success");
        output.WriteLine("  1  bad input or usage: each problem is one line on stderr");
        output.WriteLine("  2  an input file does not exist or cannot be read");
        output.WriteLine("  3  an unexpected internal error (a bug)");
        output.WriteLine();
        return result;
    }
}
