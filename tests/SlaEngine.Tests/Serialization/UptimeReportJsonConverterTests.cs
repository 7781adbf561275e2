using System.Text.Json;
using NodaTime;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="UptimeReportJsonConverter"/>: the documented shape, written out by hand, round trips and refused input.</summary>
public sealed class UptimeReportJsonConverterTests
{
    /// <summary>The averaged report read and written below: 2 intervals, uptime 1 − (0.5 + 0) / 2 = 3/4, so 75.000000 %.</summary>
    private const string AveragedJson = """
        {
          "period": {
            "start": "2026-10-14T13:00:00Z",
            "end": "2026-10-14T13:10:00Z"
          },
          "method": "AverageErrorRate",
          "minutesInPeriod": 10,
          "measuredMinutes": 10,
          "downtimeMinutes": 0,
          "excludedMinutes": 0,
          "downtimePeriods": [],
          "uptime": {
            "numerator": 3,
            "denominator": 4
          },
          "uptimePercent": 75.000000,
          "averagedIntervals": 2
        }
        """;

    [Fact]
    public void Write_HandWorkedReport_WritesTheDocumentedShape()
    {
        // ResultJsonFixtures.Report: 60 minutes, all measured, 5 excluded, 20 down in two periods, uptime 2/3 = 66.666666 %.
        Assert.Equal(
            """
            {
              "period": {
                "start": "2026-10-14T13:00:00Z",
                "end": "2026-10-14T14:00:00Z"
              },
              "method": "DownMinutes",
              "minutesInPeriod": 60,
              "measuredMinutes": 60,
              "downtimeMinutes": 20,
              "excludedMinutes": 5,
              "downtimePeriods": [
                {
                  "start": "2026-10-14T13:02:00Z",
                  "end": "2026-10-14T13:20:00Z",
                  "minutes": 18
                },
                {
                  "start": "2026-10-14T13:50:00Z",
                  "end": "2026-10-14T13:52:00Z",
                  "minutes": 2
                }
              ],
              "uptime": {
                "numerator": 2,
                "denominator": 3
              },
              "uptimePercent": 66.666666,
              "averagedIntervals": 0
            }
            """,
            Write(Report()));
    }

    [Fact]
    public void ReadWrite_HandWorkedReport_ReadsBackTheSameValues()
    {
        UptimeReport report = Report();

        UptimeReport copy = Read<UptimeReport>(Write(report));

        AssertSameValues(report, copy);
        Assert.Equal(Write(report), Write(copy));
    }

    [Fact]
    public void ReadWrite_AveragedReport_ReadsAndWritesBackTheSameText()
    {
        // Two 5-minute intervals of 100 requests: 50 errors in the first (rate 1/2), none in the second (rate 0).
        var policy = new UptimePolicy { Method = UptimeMethod.AverageErrorRate };
        var samples = new[] { new MinuteSample(UtcAt("2026-10-14T13:00Z"), 100, 50), new MinuteSample(UtcAt("2026-10-14T13:05Z"), 100, 0) };
        UptimeReport report = policy.Evaluate(new Interval(UtcAt("2026-10-14T13:00Z"), UtcAt("2026-10-14T13:10Z")), samples);

        Assert.Equal(AveragedJson, Write(report));
        UptimeReport read = Read<UptimeReport>(AveragedJson);
        AssertSameValues(report, read);
        Assert.Equal(AveragedJson, Write(read));
    }

    [Fact]
    public void Read_UptimePercent_IsIgnoredAndRecomputed()
    {
        UptimeReport report = Read<UptimeReport>(AveragedJson.Replace("75.000000", "12", StringComparison.Ordinal));

        Assert.Equal(75m, report.UptimePercent);
    }

    [Fact]
    public void Read_Null_ReadsNull()
    {
        Assert.Null(JsonSerializer.Deserialize<UptimeReport>("null", Options()));
        Assert.Equal("null", JsonSerializer.Serialize<UptimeReport?>(null, Options()));
    }

    [Theory]
    [InlineData("\"downtimeMinutes\": 0", "\"downtimeMinutes\": 3", "An uptime report's 'downtimeMinutes' must be the sum of its downtime periods' minutes, 0, was 3.")]
    [InlineData("\"numerator\": 3", "\"numerator\": 5", "An uptime report's 'uptime' must be at most 1, was 5/4.")]
    [InlineData("\"averagedIntervals\": 2", "\"averagedIntervals\": -2", "An uptime report's 'averagedIntervals' must be a whole number from 0 to 2147483647, was -2.")]
    [InlineData("\"method\": \"AverageErrorRate\"", "\"method\": \"None\"", "An uptime report's 'method' must be \"DownMinutes\" or \"AverageErrorRate\", was \"None\".")]
    [InlineData("\"method\": \"AverageErrorRate\"", "\"method\": \"DownMinutes\"", "An uptime report by DownMinutes must have 0 'averagedIntervals', was 2.")]
    [InlineData("\"downtimePeriods\": []", "\"downtimePeriods\": [{\"start\": \"2026-10-14T13:00:00Z\", \"end\": \"2026-10-14T13:01:00Z\", \"minutes\": 0}]", "An uptime report by AverageErrorRate must have no downtime periods, was 1 of them.")]
    [InlineData("\"downtimePeriods\": []", "\"downtimePeriods\": [{\"start\": \"2026-10-14T13:00:00Z\", \"end\": \"2026-10-14T13:01:00Z\", \"minutes\": 2}]", "An uptime report's 'downtimePeriods[0]' must count at most the 1 minutes from its start to its end, was 2 minutes.")]
    [InlineData("\"downtimePeriods\": []", "\"downtimePeriods\": [{\"start\": \"2026-10-14T13:00:00Z\", \"minutes\": 0}]", "An uptime report's 'downtimePeriods[0]' must have a property named 'end', but it is missing.")]
    [InlineData("\"downtimePeriods\": []", "\"downtimePeriods\": {}", "An uptime report's 'downtimePeriods' must be an array of downtime periods, was an object.")]
    [InlineData("\"end\": \"2026-10-14T13:10:00Z\"", "\"end\": \"2026-10-14T12:10:00Z\"", "An uptime report's 'period' must not end before it starts, was [2026-10-14T13:00:00Z, 2026-10-14T12:10:00Z).")]
    [InlineData("\"start\": \"2026-10-14T13:00:00Z\",", "", "An uptime report's 'period' must have a property named 'start', but it is missing.")]
    [InlineData("\"measuredMinutes\": 10,", "", "An uptime report must have a property named 'measuredMinutes', but it is missing.")]
    public void Read_Invalid_ThrowsJsonExceptionSayingWhat(string find, string replace, string message)
    {
        string json = AveragedJson.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(AveragedJson, json);

        var e = Assert.Throws<JsonException>(() => Read<UptimeReport>(json));
        Assert.Equal(message, e.Message);
    }

    private static void AssertSameValues(UptimeReport expected, UptimeReport actual)
    {
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Method, actual.Method);
        Assert.Equal(expected.MinutesInPeriod, actual.MinutesInPeriod);
        Assert.Equal(expected.MeasuredMinutes, actual.MeasuredMinutes);
        Assert.Equal(expected.DowntimeMinutes, actual.DowntimeMinutes);
        Assert.Equal(expected.ExcludedMinutes, actual.ExcludedMinutes);
        Assert.Equal(expected.DowntimePeriods, actual.DowntimePeriods);
        Assert.Equal(expected.Uptime, actual.Uptime);
        Assert.Equal(expected.UptimePercent, actual.UptimePercent);
        Assert.Equal(expected.AveragedIntervals, actual.AveragedIntervals);
        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
