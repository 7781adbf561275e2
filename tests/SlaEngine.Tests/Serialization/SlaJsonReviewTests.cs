using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>Defects found in review, now fixed: each test states the correct behaviour.</summary>
public partial class SlaJsonReviewTests
{
    private const string Calendar = "\"businessCalendar\": { \"zone\": \"UTC\", \"schedule\": { \"monday\": [\"09:00-17:00\"] } }";

    [Theory]
    [InlineData("18446744073709551676s")] // 2^64 + 60: wraps to 60 s
    [InlineData("18446744073709551617h")] // 2^64 + 1: wraps to 1 h
    public void ReadUptimePolicy_DurationWhoseDigitsOverflowLong_IsRejected(string text)
    {
        // TryParseDuration multiplies `whole` by 10 unchecked: a 20-digit number wraps around 2^64 and reads as a small duration.
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadUptimePolicy("{ \"averagingInterval\": \"" + text + "\" }"));
        Assert.Equal("$.averagingInterval", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void ReadSlaPolicy_TargetDurationWhoseDigitsOverflowLong_IsRejected()
    {
        // "18446744073709551617h" (2^64 + 1 hours) is read as a 1-hour business target instead of being rejected.
        string json = "{ \"name\": \"p\", " + Calendar + ", \"priorities\": [\"P1\"], "
            + "\"targets\": { \"P1\": { \"firstResponse\": { \"business\": \"18446744073709551617h\" } } } }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));
        Assert.Equal("$.targets.P1.firstResponse.business", Assert.Single(e.Errors).Path);
    }

    [Theory]
    [InlineData("9999-12-31T23:00:00-05:00")] // 10000-01-01T04:00Z, past Instant.MaxValue
    [InlineData("-9998-01-01T00:00:00+01:00")] // before Instant.MinValue
    public void ReadUptimePolicy_ExclusionInstantOutsideInstantRange_IsAConfigurationError(string start)
    {
        // The text parses as an OffsetDateTime, but ToInstant() throws OverflowException, which escapes the reader.
        string json = "{ \"exclusions\": [ { \"start\": \"" + start + "\", \"end\": \"9999-12-31T23:30:00-05:00\" } ] }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadUptimePolicy(json));
        Assert.Contains(e.Errors, error => error.Path == "$.exclusions[0].start");
    }

    [Fact]
    public void ReadSlaPolicy_RepeatedPriorityRow_IsReported()
    {
        // The targets table is not checked for repeated keys: the second "P1" row silently replaces the first.
        string json = "{ \"name\": \"p\", " + Calendar + ", \"priorities\": [\"P1\"], \"targets\": { "
            + "\"P1\": { \"firstResponse\": { \"business\": \"1h\" } }, "
            + "\"P1\": { \"firstResponse\": { \"business\": \"2h\" } } } }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));
        Assert.Equal("$.targets.P1: Expected each priority once (names match ignoring case), was a repeated priority.", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void ReadSlaPolicy_PriorityRowsThatDifferOnlyInCase_AreReported()
    {
        // Priorities match ignoring case, so "P1" and "p1" are the same row; the later one silently wins.
        string json = "{ \"name\": \"p\", " + Calendar + ", \"priorities\": [\"P1\"], \"targets\": { "
            + "\"P1\": { \"firstResponse\": { \"business\": \"1h\" } }, "
            + "\"p1\": { \"firstResponse\": { \"business\": \"2h\" } } } }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));
        Assert.Equal("$.targets.p1", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void ReadSlaPolicy_MetricGivenTwice_IsReported()
    {
        // "firstResponse" and "FirstResponse" name the same metric (matched ignoring case); the second silently replaces the first.
        string json = "{ \"name\": \"p\", " + Calendar + ", \"priorities\": [\"P1\"], \"targets\": { "
            + "\"P1\": { \"firstResponse\": { \"business\": \"1h\" }, \"FirstResponse\": { \"business\": \"2h\" } } } }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));
        Assert.Equal("$.targets.P1.FirstResponse", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void ReadBusinessCalendar_TwoScheduleChangesFromTheSameDate_AreReported()
    {
        // Two changes from 2027-01-01 read without error; the second silently replaces the first (overrides report repeated dates).
        string json = "{ \"zone\": \"UTC\", \"schedule\": { \"monday\": [\"09:00-17:00\"] }, \"scheduleChanges\": [ "
            + "{ \"from\": \"2027-01-01\", \"schedule\": { \"monday\": [\"08:00-18:00\"] } }, "
            + "{ \"from\": \"2027-01-01\", \"schedule\": { \"tuesday\": [\"08:00-18:00\"] } } ] }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadBusinessCalendar(json));
        Assert.Equal("$.scheduleChanges[1].from", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void ReadCreditSchedule_TextStartingWithAByteOrderMark_Reads()
    {
        // Text read without decoding its byte-order mark still starts with U+FEFF; the mark is not part of the document.
        var schedule = SlaJson.ReadCreditSchedule("\uFEFF{ \"tiers\": [ { \"minimumUptimePercent\": 0, \"maximumUptimePercent\": 100, \"creditPercent\": 0 } ] }");

        Assert.Single(schedule.Tiers);
    }

    [Fact]
    public void ReadSlaPolicy_TargetWithTwoKinds_StillChecksItsOwnCalendar()
    {
        // One problem must not hide another: the target's own calendar is read even though its kinds are wrong.
        string json = "{ \"name\": \"X\", " + Calendar + ", \"priorities\": [\"P1\"], \"targets\": { \"P1\": { \"firstResponse\": "
            + "{ \"business\": \"1h\", \"calendar\": \"1h\", \"businessCalendar\": { \"zone\": \"Nowhere\", \"schedule\": { } } } } } }";

        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));

        Assert.Equal(new[] { "$.targets.P1.firstResponse.businessCalendar.zone", "$.targets.P1.firstResponse" }, e.Errors.Select(x => x.Path));
    }

    [Fact]
    public void ReadBusinessCalendar_UnionWithNoYearInCommon_ReportedAtTheUnion()
    {
        // Holiday calendars supporting 2000-2010 and 2020-2030 leave the union no supported year.
        const string json = """
            { "union": [
                { "zone": "UTC", "schedule": { }, "holidays": { "rules": [], "supportedYears": { "first": 2000, "last": 2010 } } },
                { "zone": "UTC", "schedule": { }, "holidays": { "rules": [], "supportedYears": { "first": 2020, "last": 2030 } } } ] }
            """;

        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadBusinessCalendar(json));

        Assert.Equal("$.union", Assert.Single(e.Errors).Path);
    }
}
