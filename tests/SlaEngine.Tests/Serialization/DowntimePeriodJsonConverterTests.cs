using System.Text.Json;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="DowntimePeriodJsonConverter"/>: the documented shape, written out by hand, round trips and refused input.</summary>
public sealed class DowntimePeriodJsonConverterTests
{
    [Fact]
    public void Write_HandWorkedPeriod_WritesTheDocumentedShape()
    {
        // ResultJsonFixtures.Report: the run of 18 down minutes 13:02–13:19 is [13:02Z, 13:20Z).
        DowntimePeriod period = Report().DowntimePeriods[0];

        Assert.Equal(
            """
            {
              "start": "2026-10-14T13:02:00Z",
              "end": "2026-10-14T13:20:00Z",
              "minutes": 18
            }
            """,
            Write(period));
    }

    [Fact]
    public void ReadWrite_ReportPeriodsAndDefault_RoundTripEqual()
    {
        foreach (DowntimePeriod period in Report().DowntimePeriods.Append(default))
        {
            Assert.Equal(period, Read<DowntimePeriod>(Write(period)));
        }
    }

    [Fact]
    public void Read_InstantsWithOffsets_ReadsTheSameInstants()
    {
        // 15:02+02:00 is 13:02Z; 08:20-05:00 is 13:20Z.
        DowntimePeriod period = Read<DowntimePeriod>("""{"start":"2026-10-14T15:02:00+02:00","end":"2026-10-14T08:20:00-05:00","minutes":18}""");

        Assert.Equal(Report().DowntimePeriods[0], period);
    }

    [Fact]
    public void Read_UnknownProperty_IsSkippedUnlessUnmappedMembersAreDisallowed()
    {
        const string Json = """{"start":"2026-10-14T13:02:00Z","note":{"by":["ops"]},"end":"2026-10-14T13:20:00Z","minutes":18}""";
        Assert.Equal(Report().DowntimePeriods[0], Read<DowntimePeriod>(Json));

        var strict = SlaJsonConverters.AddTo(new JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow });
        var e = Assert.Throws<JsonException>(() => Read<DowntimePeriod>(Json, strict));
        Assert.Equal("A downtime period has no property named 'note'.", e.Message);
    }

    [Fact]
    public void Read_NamesInAnotherCase_MatchOnlyWhenTheOptionsIgnoreCase()
    {
        const string Json = """{"Start":"2026-10-14T13:02:00Z","END":"2026-10-14T13:20:00Z","minutes":18}""";
        var web = SlaJsonConverters.AddTo(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal(Report().DowntimePeriods[0], Read<DowntimePeriod>(Json, web));

        var e = Assert.Throws<JsonException>(() => Read<DowntimePeriod>(Json));
        Assert.Equal("A downtime period must have a property named 'start', but it is missing.", e.Message);
    }

    [Theory]
    [InlineData("""{"start":"2026-10-14T13:20:00Z","end":"2026-10-14T13:02:00Z","minutes":0}""", "A downtime period must not end before it starts, was [2026-10-14T13:20:00Z, 2026-10-14T13:02:00Z).")]
    [InlineData("""{"start":"2026-10-14T13:02:00Z","end":"2026-10-14T13:20:00Z","minutes":19}""", "A downtime period must count at most the 18 minutes from its start to its end, was 19 minutes.")]
    [InlineData("""{"start":"2026-10-14T13:02:00Z","end":"2026-10-14T13:20:00Z","minutes":-1}""", "A downtime period's 'minutes' must be a whole number of at least 0, was -1.")]
    [InlineData("""{"start":"2026-10-14T13:02:00Z","end":"2026-10-14T13:20:00Z","minutes":1.5}""", "A downtime period's 'minutes' must be a whole number of at least 0, was 1.5.")]
    [InlineData("""{"start":"2026-10-14T13:02:00","end":"2026-10-14T13:20:00Z","minutes":18}""", "A downtime period's 'start' must be an ISO-8601 instant such as \"2026-12-07T21:00:00Z\", was \"2026-10-14T13:02:00\".")]
    [InlineData("""{"start":"2026-10-14T13:02:00Z","minutes":18}""", "A downtime period must have a property named 'end', but it is missing.")]
    [InlineData("""null""", "A downtime period must be a JSON object, was null.")]
    public void Read_Invalid_ThrowsJsonExceptionSayingWhat(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<DowntimePeriod>(json));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Read_NullIntoNullable_ReadsNull()
    {
        Assert.Null(Read<DowntimePeriod?>("null"));
    }
}
