using NodaTime;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>The text forms of configuration values, worked by hand.</summary>
public sealed partial class ConfigTextTests
{
    [Theory]
    [InlineData("4h", 4 * 3600_000_000_000L)]
    [InlineData("90m", 90 * 60_000_000_000L)]
    [InlineData("1h30m", 90 * 60_000_000_000L)]
    [InlineData("1h0m1s", 3601_000_000_000L)]
    [InlineData("45s", 45_000_000_000L)]
    [InlineData("0.5s", 500_000_000L)]
    [InlineData("2m0.000000001s", 120_000_000_001L)]
    [InlineData("0m", 0L)]
    [InlineData("1000000h", 1_000_000L * 3600_000_000_000L)]
    public void TryParseDuration_ValidText_Nanoseconds(string text, long nanoseconds)
    {
        Assert.True(ConfigText.TryParseDuration(text, out Duration duration));
        Assert.Equal(Duration.FromNanoseconds(nanoseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("h")]
    [InlineData("4 h")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("1.5h")]
    [InlineData("0.0000000001s")]
    [InlineData("-1h")]
    [InlineData("4d")]
    [InlineData("1000001h")]
    [InlineData("99999999999999999999h")]
    public void TryParseDuration_InvalidText_False(string text) => Assert.False(ConfigText.TryParseDuration(text, out _));

    [Theory]
    [InlineData(0L, "0m")]
    [InlineData(4 * 3600_000_000_000L, "4h")]
    [InlineData(90 * 60_000_000_000L, "1h30m")]
    [InlineData(3601_500_000_000L, "1h1.5s")]
    [InlineData(1L, "0.000000001s")]
    public void FormatDuration_Duration_ShortestForm(long nanoseconds, string expected)
        => Assert.Equal(expected, ConfigText.FormatDuration(Duration.FromNanoseconds(nanoseconds)));

    [Theory]
    [InlineData("09:00", false, 9 * 36_000_000_000L)]
    [InlineData("23:59:59", false, (86_400L - 1) * 10_000_000L)]
    [InlineData("12:00:00.5", false, (43_200L * 10_000_000L) + 5_000_000L)]
    [InlineData("00:00:00.0000001", false, 1L)]
    [InlineData("24:00", true, 864_000_000_000L)]
    public void TryParseTime_ValidText_Ticks(string text, bool allow24, long ticks)
    {
        Assert.True(ConfigText.TryParseTime(text, allow24, out long parsed));
        Assert.Equal(ticks, parsed);
    }

    [Theory]
    [InlineData("9:00", true)]
    [InlineData("24:00", false)]
    [InlineData("24:01", true)]
    [InlineData("25:00", true)]
    [InlineData("12:60", true)]
    [InlineData("12:00:60", true)]
    [InlineData("12:00:00.", true)]
    [InlineData("12:00:00.00000001", true)]
    [InlineData("12.00", true)]
    public void TryParseTime_InvalidText_False(string text, bool allow24) => Assert.False(ConfigText.TryParseTime(text, allow24, out _));

    [Theory]
    [InlineData("09:00-17:00", 9, 17)]
    [InlineData("22:00-06:00", 22, 6)]
    [InlineData("00:00-24:00", 0, 24)]
    [InlineData("09:00 \u2013 17:00", 9, 17)]
    public void TryParseHours_ValidText_OpenAndClose(string text, int openHour, int closeHour)
    {
        Assert.True(ConfigText.TryParseHours(text, out long open, out long close));
        Assert.Equal((openHour * 36_000_000_000L, closeHour * 36_000_000_000L), (open, close));
    }

    [Theory]
    [InlineData("24:00-09:00")]
    [InlineData("09:00")]
    [InlineData("-17:00")]
    [InlineData("09:00-")]
    public void TryParseHours_InvalidText_False(string text) => Assert.False(ConfigText.TryParseHours(text, out _, out _));

    [Fact]
    public void TryParseInstant_Offset_ConvertsToUtc()
    {
        Assert.True(ConfigText.TryParseInstant("2026-10-10T07:30:00+05:30", out Instant instant));
        Assert.Equal(Instant.FromUtc(2026, 10, 10, 2, 0), instant);
        Assert.Equal("2026-10-10T02:00:00Z", ConfigText.FormatInstant(instant));
    }
}
