using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Samples;

/// <summary>The NativeAOT sample, run here as a JIT program (eng/publish-aot.sh runs the native build).</summary>
public sealed class AotDueDateTests
{
    [Fact]
    public async Task Run_Defaults_PrintsTheDueDateOf001ProHighBeforeThanksgiving()
    {
        // Created 2026-11-25T21:30Z = Wednesday 13:30 PST: 3 h 30 min that day (to 17:00); Thanksgiving and the day after are
        // closed; the last 30 minutes run Monday 09:00-09:30 PST = 17:30Z.
        var (exitCode, output, error) = await DotnetProcess.RunAsync("AotDueDate.dll", RepositoryPaths.Root);

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.Contains("due      2026-11-30T17:30:00Z (2026-11-30T09:30:00 America/Los_Angeles (-08))", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownMetric_Exits2WithTheRule()
    {
        var (exitCode, _, error) = await DotnetProcess.RunAsync("AotDueDate.dll", RepositoryPaths.Root, "samples/Policies/001-pro.json", "2026-11-25T21:30:00Z", "High", "Triage");

        Assert.Equal(2, exitCode);
        Assert.Equal("The metric must be FirstResponse or Resolution, was 'Triage'.", error.Trim());
    }
}
