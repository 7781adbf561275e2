using NodaTime;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Serialization;

public partial class SlaJsonTests
{
    [Fact]
    public void ReadSlaPolicy_ReadmeFullExample_ReadsAndAnswersAsDescribed()
    {
        string readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        int start = readme.IndexOf("```jsonc\n", StringComparison.Ordinal) + "```jsonc\n".Length;
        string json = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);

        SlaPolicy policy = SlaJson.ReadSlaPolicy(json);

        // Urgent resolution is 24 calendar hours.
        Instant created = Instant.FromUtc(2026, 11, 25, 0, 30);
        Assert.Equal(created + Duration.FromHours(24), policy.DueAt("Urgent", SlaMetric.Resolution, created));

        // Low is due at 10:00 of the next business day of its own calendar, open Mondays in UTC: from Wednesday 2026-11-25,
        // Monday 2026-11-30 10:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 11, 30, 10, 0), policy.DueAt("Low", SlaMetric.FirstResponse, created));

        // 2026-12-24 is a closure ("business day before Christmas") with a 09:00-13:00 override; a date's override wins over its
        // holidays, so it is open 09:00-13:00 Pacific (17:00-21:00 UTC).
        Assert.True(policy.Calendar.IsOpen(Instant.FromUtc(2026, 12, 24, 20, 59)));
        Assert.False(policy.Calendar.IsOpen(Instant.FromUtc(2026, 12, 24, 21, 0)));

        // From 2027-07-01 only Monday and Tuesday are open, 08:00-18:00 Pacific: Wednesday 2027-07-07 12:00 PDT is closed.
        Assert.False(policy.Calendar.IsOpen(Instant.FromUtc(2027, 7, 7, 19, 0)));
        Assert.True(policy.Calendar.IsOpen(Instant.FromUtc(2027, 7, 6, 15, 0)));
    }

    [Fact]
    public void ReadSlaPolicy_ReadmeProblemList_IsWhatTheReaderReports()
    {
        // The README shows the problems of a document with four mistakes: this is that document, and the text is the reader's.
        const string json = """
            {
              "name": "Support",
              "businessCalendar": {
                "zone": "America/NewYork",
                "schedule": { "monday": ["09:00-17:00", "12:00-18:00"] },
                "holidays": { "basedOn": "US-FEDERAL", "rules": [ { "name": "Day after Thanksgiving", "kind": "DaysAfter", "rule": "Thanksgiving", "days": 1 } ] }
              },
              "priorities": ["P1", "P2"],
              "targets": { "P5": { "firstResponse": { "business": "4h" } } }
            }
            """;
        string readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        int start = readme.IndexOf("```text\nThe configuration document has", StringComparison.Ordinal) + "```text\n".Length;
        string shown = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start).TrimEnd('\n');

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));

        Assert.Equal(shown, exception.Message);
    }
}
