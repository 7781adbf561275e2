using System;

namespace SlaEngine.Cli;

/// <summary>The <c>sla</c> tool's process entry point: the console's writers and whether they are terminals, handed to <see cref="SlaCli"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
        => SlaCli.Run(args, new CliContext(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected));
}
