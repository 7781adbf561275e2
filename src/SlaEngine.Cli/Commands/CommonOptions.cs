using System.CommandLine;

namespace SlaEngine.Cli.Commands;

/// <summary>Options every command has.</summary>
internal static class CommonOptions
{
    /// <summary>Creates the <c>--json</c> option: one JSON document on stdout instead of tables.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the result as one JSON document on stdout (for machines) instead of tables.",
    };
}
