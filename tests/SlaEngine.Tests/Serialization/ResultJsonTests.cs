using NodaTime;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// <see cref="ResultJson"/>'s ISO-8601 durations: elapsed time in hours, minutes and seconds (never days), each form worked by
/// hand, and the forms reading refuses.
/// </summary>
public sealed class ResultJsonTests
{
    public static TheoryData<Duration, string> DurationCases => new()
    {
        { Duration.Zero, "PT0S" },
        { Duration.FromMinutes(90), "PT1H30M" },
        { Duration.FromHours(24), "PT24H" },
        { Duration.FromHours(26), "PT26H" },
        { Duration.FromDays(3) + Duration.FromMinutes(1), "PT72H1M" },
        { -Duration.FromMinutes(5), "-PT5M" },
        { -(Duration.FromHours(1) + Duration.FromMinutes(30) + Duration.FromMilliseconds(15_250)), "-PT1H30M15.25S" },
        { Duration.FromMilliseconds(500), "PT0.5S" },
        { Duration.FromHours(1) + Duration.FromMilliseconds(500), "PT1H0.5S" },
        { Duration.Epsilon, "PT0.000000001S" },
        { -Duration.Epsilon, "-PT0.000000001S" },
        { Duration.FromSeconds(59) + Duration.FromNanoseconds(999_999_999), "PT59.999999999S" },
        { Duration.FromMinutes(1), "PT1M" },
        { Duration.FromSeconds(3601), "PT1H1S" },

        // 100,000 days and more take the long way round (their nanoseconds overflow a long past 106,751 days): 2,400,000 hours.
        { Duration.FromDays(100_000), "PT2400000H" },
        { Duration.FromDays(200_000) + Duration.FromSeconds(1), "PT4800000H1S" },
        { -Duration.FromDays(200_000), "-PT4800000H" },
    };

    [Theory]
    [MemberData(nameof(DurationCases))]
    public void FormatDuration_HandWorked_WritesHoursMinutesSeconds(Duration duration, string expected)
    {
        Assert.Equal(expected, ResultJson.FormatDuration(duration));
    }

    [Theory]
    [MemberData(nameof(DurationCases))]
    public void TryParseDuration_WhatFormatWrites_ReadsTheSameDuration(Duration duration, string text)
    {
        Assert.True(ResultJson.TryParseDuration(text, out Duration parsed));
        Assert.Equal(duration, parsed);
    }

    [Fact]
    public void FormatDuration_Extremes_RoundTrip()
    {
        foreach (Duration duration in new[] { Duration.MaxValue, Duration.MinValue, Duration.MaxValue - Duration.Epsilon })
        {
            Assert.True(ResultJson.TryParseDuration(ResultJson.FormatDuration(duration), out Duration parsed));
            Assert.Equal(duration, parsed);
        }
    }

    [Theory]
    [InlineData("PT90M", 90 * 60_000_000_000L)]
    [InlineData("PT1H90M", 150 * 60_000_000_000L)]
    [InlineData("PT0H0M0S", 0L)]
    [InlineData("-PT0S", 0L)]
    [InlineData("PT0.5S", 500_000_000L)]
    [InlineData("PT0.050S", 50_000_000L)]
    public void TryParseDuration_OtherIsoForms_Reads(string text, long nanoseconds)
    {
        Assert.True(ResultJson.TryParseDuration(text, out Duration parsed));
        Assert.Equal(Duration.FromNanoseconds(nanoseconds), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("PT")]
    [InlineData("P1D")]
    [InlineData("P1DT2H")]
    [InlineData("PT1D")]
    [InlineData("pt1h")]
    [InlineData("PT1h")]
    [InlineData("+PT1H")]
    [InlineData("--PT1H")]
    [InlineData("PT1M1H")]
    [InlineData("PT1H1H")]
    [InlineData("PT1.5H")]
    [InlineData("PT1.5M")]
    [InlineData("PT1.S")]
    [InlineData("PT.5S")]
    [InlineData("PT0.0000000001S")]
    [InlineData("PT1H ")]
    [InlineData(" PT1H")]
    [InlineData("PT1")]
    [InlineData("PT-1H")]
    [InlineData("1:30:00")]
    [InlineData("PT99999999999999999999H")]
    public void TryParseDuration_NotElapsedIsoTime_Refuses(string text)
    {
        Assert.False(ResultJson.TryParseDuration(text, out _));
    }
}
