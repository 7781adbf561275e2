using Xunit;

namespace SlaEngine.Tests.Cli;

/// <summary>
/// The <c>sla</c> tool end to end through <see cref="SlaEngine.Cli.SlaCli.Run(string[], TextWriter, TextWriter)"/> on the
/// repository's sample documents: tables, <c>--json</c>, errors and exit codes, help. Expected figures are hand-worked or
/// computed by the library directly, never copied from the tool's output.
/// </summary>
public sealed partial class SlaCliTests : IClassFixture<SampleMonthCsv>
{
    private readonly SampleMonthCsv _month;

    public SlaCliTests(SampleMonthCsv month) => _month = month;

    private static void AssertFails(CliRun run, int exitCode)
    {
        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEmpty(run.ErrorLines);
    }

    private static void AssertSucceeds(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
    }
}
