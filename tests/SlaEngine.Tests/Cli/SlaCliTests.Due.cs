using System.Text.Json;
using NodaTime;
using Quickstart;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    public static TheoryData<string, string> PolicyFiles => new()
    {
        { "000-standard.json", nameof(SupportPolicies.Policy000Standard) },
        { "000-enterprise.json", nameof(SupportPolicies.Policy000Enterprise) },
        { "001-startup.json", nameof(SupportPolicies.Policy001Startup) },
        { "001-pro.json", nameof(SupportPolicies.Policy001Pro) },
        { "001-enterprise.json", nameof(SupportPolicies.Policy001Enterprise) },
        { "002.json", nameof(SupportPolicies.Policy002) },
        { "003.json", nameof(SupportPolicies.Policy003) },
    };

    [Fact]
    public void Due_Policy001ProHighBeforeThanksgiving_MondayAt1230Pacific()
    {
        // Hand-worked: High is 4 business hours on Pacific 09:00-17:00 weekdays. Created Wed 2026-11-25 16:30 -08:00: 30 minutes
        // that day; Thanksgiving (Thu 26) and the day after (Fri 27) are closed; the other 3.5 hours run Mon 30 09:00-12:30.
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "FirstResponse",
            "--created", "2026-11-25T16:30-08:00", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        JsonElement root = json.RootElement;
        Assert.Equal("High", root.GetProperty("priority").GetString());
        Assert.Equal("FirstResponse", root.GetProperty("metric").GetString());
        Assert.Equal("Business", root.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal("2026-11-25T16:30:00-08:00", root.GetProperty("created").GetString());
        Assert.Equal("America/Los_Angeles", root.GetProperty("zone").GetString());
        Assert.Equal("2026-11-30T12:30:00-08:00", root.GetProperty("dueInZone").GetString());
        Assert.Equal("2026-11-30T12:30:00-08:00", root.GetProperty("dueAtInputOffset").GetString());
        Assert.Equal("2026-11-30T20:30:00Z", root.GetProperty("dueUtc").GetString());
        Assert.Equal("Monday", root.GetProperty("dueWeekday").GetString());

        Instant library = SupportPolicies.Policy001Pro.DueAt("High", SlaMetric.FirstResponse, Instant.FromUtc(2026, 11, 26, 0, 30));
        Assert.Equal(Instant.FromUtc(2026, 11, 30, 20, 30), library);
    }

    [Fact]
    public void Due_Table_ShowsZoneInputOffsetAndUtc()
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "high", "--metric", "firstresponse",
            "--created", "2026-11-26T05:30+05:00");
        AssertSucceeds(run);
        Assert.Contains("2026-11-30T12:30:00-08:00  Monday in America/Los_Angeles", run.Out, StringComparison.Ordinal);
        Assert.Contains("2026-12-01T01:30:00+05:00  Tuesday at the --created offset", run.Out, StringComparison.Ordinal);
        Assert.Contains("2026-11-30T20:30:00Z  UTC", run.Out, StringComparison.Ordinal);
        Assert.Contains("Business(4h)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_CreatedWithSecondsInUtc_SameDueAsTheMinuteForm()
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "FirstResponse",
            "--created", "2026-11-26T00:30:00Z", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        Assert.Equal("2026-11-30T20:30:00Z", json.RootElement.GetProperty("dueUtc").GetString());
        Assert.Equal("2026-11-30T20:30:00Z", json.RootElement.GetProperty("dueAtInputOffset").GetString());
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void Due_EverySamplePolicyTarget_MatchesTheLibrary(string file, string property)
    {
        var policy = (SlaPolicy)typeof(SupportPolicies).GetProperty(property)!.GetValue(null)!;
        Instant[] starts = { Instant.FromUtc(2026, 11, 26, 0, 30), Instant.FromUtc(2026, 12, 24, 15, 0), Instant.FromUtc(2027, 3, 12, 23, 59) };
        int compared = 0;
        foreach (string priority in policy.Priorities)
        {
            foreach (SlaMetric metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
            {
                if (!policy.TryGetTarget(priority, metric, out _, out _))
                {
                    continue;
                }

                foreach (Instant start in starts)
                {
                    CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy(file), "--priority", priority, "--metric", metric.ToString(),
                        "--created", start.ToString(), "--json");
                    AssertSucceeds(run);
                    using JsonDocument json = run.Json();
                    Assert.Equal(policy.DueAt(priority, metric, start).ToString(), json.RootElement.GetProperty("dueUtc").GetString());
                    compared++;
                }
            }
        }

        Assert.True(compared >= 12, $"{compared} comparisons");
    }

    [Fact]
    public void Due_UnknownPriority_ListsThePolicysPriorities()
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "Critical", "--metric", "FirstResponse",
            "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 1);
        string line = Assert.Single(run.ErrorLines);
        Assert.Contains("(Urgent, High, Normal, Low)", line, StringComparison.Ordinal);
        Assert.Contains("\"Critical\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_NoTargetForTheMetric_SaysWhichTargetsExist()
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "Resolution",
            "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 1);
        Assert.Contains("has no Resolution target for priority High; its targets for High are: FirstResponse.", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-25 16:30")]
    [InlineData("2026-11-25T16:30")]
    [InlineData("2026-13-25T16:30-08:00")]
    [InlineData("yesterday")]
    public void Due_BadCreated_Exits1NamingTheOption(string created)
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "FirstResponse",
            "--created", created);
        AssertFails(run, 1);
        Assert.Equal(
            $"--created must be an ISO-8601 date and time with an offset, such as 2026-11-25T16:30-08:00 or 2026-11-26T00:30:00Z, was \"{created}\".",
            Assert.Single(run.ErrorLines));
    }

    // 9999-12-31 23:59:59 at -14:00 is 10000-01-01 13:59:59 UTC, past the last instant; -9998-01-01 00:00 at +14:00 is before the first.
    [Theory]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("-9998-01-01T00:00+14:00")]
    public void Due_CreatedOutsideTheInstants_Exits1NamingTheOption(string created)
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "FirstResponse",
            "--created", created);
        AssertFails(run, 1);
        Assert.Equal(
            $"--created must be an instant from -9998-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z, was \"{created}\", which is outside them in UTC.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Due_UnknownMetric_Exits1()
    {
        CliRun run = CliRun.Of("due", "--policy", CliFiles.Policy("001-pro.json"), "--priority", "High", "--metric", "Response",
            "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 1);
        Assert.Equal("--metric must be FirstResponse or Resolution (any case), was \"Response\".", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Due_MissingPolicyFile_Exits2()
    {
        string path = Path.Combine(_month.Folder.Path, "missing.json");
        CliRun run = CliRun.Of("due", "--policy", path, "--priority", "High", "--metric", "FirstResponse", "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 2);
        Assert.Equal($"The SLA policy file '{path}' does not exist.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Due_NotJson_Exits1WithTheFileOnEveryLine()
    {
        string path = _month.Folder.Write("broken.json", "{ \"name\": \"x\", ");
        CliRun run = CliRun.Of("due", "--policy", path, "--priority", "High", "--metric", "FirstResponse", "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 1);
        Assert.All(run.ErrorLines, line => Assert.StartsWith(path + ": ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Due_MalformedPolicyDocument_PrintsEveryProblemOnItsOwnLine()
    {
        // Three problems in one document: an unknown zone, a target for a priority the policy does not have, a negative duration.
        string json = File.ReadAllText(CliFiles.Policy("001-pro.json"))
            .Replace("America/Los_Angeles", "Mars/Olympus", StringComparison.Ordinal)
            .Replace("\"High\": {\n      \"firstResponse\": {\n        \"business\": \"4h\"", "\"Critical\": {\n      \"firstResponse\": {\n        \"business\": \"-4h\"", StringComparison.Ordinal);
        string path = _month.Folder.Write("bad-policy.json", json);

        CliRun run = CliRun.Of("due", "--policy", path, "--priority", "High", "--metric", "FirstResponse", "--created", "2026-11-25T16:30-08:00");
        AssertFails(run, 1);
        Assert.Equal(3, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.StartsWith(path + ": $.", line, StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("$.businessCalendar.zone", StringComparison.Ordinal) && l.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("$.targets.Critical", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("-4h", StringComparison.Ordinal));
    }
}
