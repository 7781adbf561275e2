using Xunit;

namespace SlaEngine.Tests.Cli;

/// <summary>Defects in the <c>sla</c> tool found in review; each test states the correct behaviour.</summary>
public sealed class SlaCliReviewTests
{
    [Fact]
    public void Uptime_PolicyWithExclusionPastTheEndOfTime_ReportsTheDocumentProblemWithItsPath()
    {
        // Both instants lie past the end of NodaTime's range in UTC: each is a document problem with its path, not an OverflowException.
        using var folder = new TempFolder();
        string policy = folder.Write("uptime.json", """
            { "policy": { "exclusions": [ { "start": "9999-12-31T23:00:00-05:00", "end": "9999-12-31T23:30:00-05:00" } ] } }
            """);
        string samples = folder.Write("minutes.csv", "minute,valid,errors\n2026-10-01T00:00:00Z,10,0\n");

        CliRun run = CliRun.Of("uptime", "--policy", policy, "--samples", samples, "--month", "2026-10");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(string.Empty, run.Out);
        Assert.Collection(
            run.ErrorLines,
            line => Assert.StartsWith(policy + ": $.policy.exclusions[0].start: Expected a date and time with an offset", line, StringComparison.Ordinal),
            line => Assert.StartsWith(policy + ": $.policy.exclusions[0].end: Expected a date and time with an offset", line, StringComparison.Ordinal));
    }
}
