using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Theory]
    [InlineData("holidays", "--calendar", "--year", "sla holidays --calendar US-FEDERAL --year 2027")]
    [InlineData("due", "--policy", "--priority", "--metric", "--created", "sla due --policy")]
    [InlineData("between", "--calendar", "--from", "--to", "sla between --calendar")]
    [InlineData("uptime", "--policy", "--samples", "--month", "--charge", "sla uptime --policy")]
    public void Help_EveryCommand_Exits0WithOptionsExamplesAndExitCodes(string command, params string[] expected)
    {
        CliRun run = CliRun.Of(command, "--help");
        AssertSucceeds(run);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("sla " + command + " [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("--json", run.Out, StringComparison.Ordinal);
        foreach (string text in expected)
        {
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("2  an input file does not exist or cannot be read", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_ListsTheCommandsAndExitCodes()
    {
        CliRun run = CliRun.Of("--help");
        AssertSucceeds(run);
        foreach (string command in new[] { "holidays", "due", "between", "uptime" })
        {
            Assert.Contains("  " + command + " ", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", run.Out, StringComparison.Ordinal);
        Assert.Contains("1  bad input or usage", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingRequiredOption_Exits1WithOneLinePerProblem()
    {
        CliRun run = CliRun.Of("due", "--policy", "p.json");
        AssertFails(run, 1);
        Assert.Equal(
            new[]
            {
                "Option '--priority' is required.",
                "Option '--metric' is required.",
                "Option '--created' is required.",
                "Run 'sla due --help' for usage.",
            },
            run.ErrorLines);
    }

    [Fact]
    public void Run_NoCommand_Exits1()
    {
        CliRun run = CliRun.Of();
        AssertFails(run, 1);
        Assert.Equal("Run 'sla --help' for usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void Run_UnknownOption_Exits1()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2027", "--colour");
        AssertFails(run, 1);
        Assert.Contains(run.ErrorLines, l => l.Contains("--colour", StringComparison.Ordinal));
    }
}
