using NodaTime;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>ISO 8601 durations: the time-based forms read and written, the date-based forms told apart, worked by hand.</summary>
public sealed partial class ConfigTextTests
{
    private const long Second = 1_000_000_000L;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;

    public static TheoryData<string, long> IsoDurations => new()
    {
        { "PT4H", 4 * Hour },
        { "PT1H30M", 90 * Minute },
        { "PT90M", 90 * Minute },
        { "PT0.5S", 500_000_000L },
        { "PT1H30M15.25S", (5415 * Second) + 250_000_000L },
        { "PT0S", 0L },
        { "PT0H0M0S", 0L },
        { "PT45S", 45 * Second },
        { "PT1H1S", 3601 * Second },
        { "PT26H", 26 * Hour },
        { "PT026H", 26 * Hour },
        { "PT1.123456789S", 1_123_456_789L },
        { "PT0.000000001S", 1L },
        { "PT2M0.000000001S", 120_000_000_001L },
        { "PT1000000H", 3_600_000_000_000_000_000L },
        { "PT60000000M", 3_600_000_000_000_000_000L },
        { "PT3600000000S", 3_600_000_000_000_000_000L },
        { "PT999999H59M59.999999999S", 3_599_999_999_999_999_999L },
        { "pt4h", 4 * Hour },
        { "pT1h30m15.25s", (5415 * Second) + 250_000_000L },
        { "Pt1H30m", 90 * Minute },
    };

    [Theory]
    [MemberData(nameof(IsoDurations))]
    public void ParseDuration_IsoTimeBased_Parsed(string text, long nanoseconds)
    {
        Assert.Equal(DurationParseResult.Parsed, ConfigText.ParseDuration(text, out Duration duration));
        Assert.Equal(Duration.FromNanoseconds(nanoseconds), duration);
        Assert.True(ConfigText.TryParseDuration(text, out Duration again));
        Assert.Equal(duration, again);
    }

    [Theory]
    [InlineData("4h", 4 * Hour)]
    [InlineData("1h30m15.25s", (5415 * Second) + 250_000_000L)]
    [InlineData("0m", 0L)]
    public void ParseDuration_LibraryForm_Parsed(string text, long nanoseconds)
    {
        Assert.Equal(DurationParseResult.Parsed, ConfigText.ParseDuration(text, out Duration duration));
        Assert.Equal(Duration.FromNanoseconds(nanoseconds), duration);
    }

    [Theory]
    [InlineData("PT")]                          // no component
    [InlineData("P")]
    [InlineData("pt")]
    [InlineData("PTH")]                         // a unit without a number
    [InlineData("PT4")]                         // a number without a unit
    [InlineData("PT1H1H")]                      // a unit twice
    [InlineData("PT1M1H")]                      // out of order
    [InlineData("PT1S1M")]
    [InlineData("PT1.5H")]                      // a fraction only on seconds
    [InlineData("PT1.5M")]
    [InlineData("PT1H0.5M")]
    [InlineData("PT1,5S")]                      // a full stop only
    [InlineData("PT.5S")]
    [InlineData("PT1.S")]
    [InlineData("PT0.0000000001S")]             // ten fraction digits: finer than a nanosecond
    [InlineData(" PT4H")]                       // white space
    [InlineData("PT4H ")]
    [InlineData("PT 4H")]
    [InlineData("PT4H\n")]
    [InlineData("PT4Hx")]                       // trailing garbage
    [InlineData("PT4HT")]
    [InlineData("PT4H\0")]
    [InlineData("-PT4H")]                       // a sign, before or inside
    [InlineData("+PT4H")]
    [InlineData("PT-4H")]
    [InlineData("PT+4H")]
    [InlineData("PT1000001H")]                  // past 1,000,000 hours
    [InlineData("PT1000000H0.000000001S")]
    [InlineData("PT60000001M")]
    [InlineData("PT99999999999999999999H")]     // would wrap around a long
    [InlineData("PT9223372036854775807S")]
    [InlineData("T4H")]
    [InlineData("4H")]                          // the library's form has lower-case units
    [InlineData("PPT4H")]
    [InlineData("P1DT")]                        // a T with no time component
    [InlineData("P1H")]                         // hours in the date part
    [InlineData("P1D1D")]
    [InlineData("P1M1Y")]                       // date components out of order
    [InlineData("PD")]
    [InlineData("P1.D")]
    [InlineData("P1DT1H1H")]                    // a malformed time part after days
    [InlineData("P1D ")]
    [InlineData("P\u0661D")]                    // an Arabic-Indic digit
    [InlineData("PT\u0664H")]
    public void ParseDuration_MalformedIso_Invalid(string text)
    {
        Assert.Equal(DurationParseResult.Invalid, ConfigText.ParseDuration(text, out Duration duration));
        Assert.Equal(Duration.Zero, duration);
        Assert.False(ConfigText.TryParseDuration(text, out _));
    }

    [Theory]
    [InlineData("P1D")]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P1DT2H")]
    [InlineData("p1d")]
    [InlineData("P0D")]
    [InlineData("P1Y2M3W4D")]
    [InlineData("P1Y2M3W4DT5H6M7.5S")]
    [InlineData("P0.5D")]
    [InlineData("P1DT99999999999999999999H")]  // the days decide: not "too long"
    [InlineData("P99999999999999999999999D")]
    public void ParseDuration_DateBasedIso_DateBased(string text)
    {
        Assert.Equal(DurationParseResult.DateBased, ConfigText.ParseDuration(text, out Duration duration));
        Assert.Equal(Duration.Zero, duration);
        Assert.False(ConfigText.TryParseDuration(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4d")]
    [InlineData("-1h")]
    [InlineData("1.5h")]
    [InlineData("1000001h")]
    public void ParseDuration_InvalidLibraryForm_Invalid(string text)
        => Assert.Equal(DurationParseResult.Invalid, ConfigText.ParseDuration(text, out _));

    public static TheoryData<long, string> IsoTexts => new()
    {
        { 0L, "PT0S" },
        { 1L, "PT0.000000001S" },
        { 500_000_000L, "PT0.5S" },
        { 45 * Second, "PT45S" },
        { 90 * Minute, "PT1H30M" },
        { 26 * Hour, "PT26H" },
        { 3601 * Second, "PT1H1S" },
        { (3601 * Second) + 500_000_000L, "PT1H1.5S" },
        { (5415 * Second) + 250_000_000L, "PT1H30M15.25S" },
        { (59 * Minute) + (59 * Second) + 999_999_999L, "PT59M59.999999999S" },
        { 3_600_000_000_000_000_000L, "PT1000000H" },
        { -5 * Minute, "-PT5M" },
        { -1L, "-PT0.000000001S" },
        { -((26 * Hour) + 500_000_000L), "-PT26H0.5S" },
    };

    [Theory]
    [MemberData(nameof(IsoTexts))]
    public void FormatIsoDuration_Duration_ShortestForm(long nanoseconds, string expected)
        => Assert.Equal(expected, ConfigText.FormatIsoDuration(Duration.FromNanoseconds(nanoseconds)));

    // NodaTime's range is [-2^24 days, 2^24 days - 1 ns]: 2^24 × 24 = 402,653,184 hours, beyond a long of nanoseconds.
    [Fact]
    public void FormatIsoDuration_NodaTimeExtremes_WholeHoursNoDays()
    {
        Assert.Equal("PT402653183H59M59.999999999S", ConfigText.FormatIsoDuration(Duration.MaxValue));
        Assert.Equal("-PT402653184H", ConfigText.FormatIsoDuration(Duration.MinValue));
    }

    [Fact]
    public void FormatIsoDuration_Negative_ParserRefusesTheSign()
        => Assert.Equal(DurationParseResult.Invalid, ConfigText.ParseDuration(ConfigText.FormatIsoDuration(Duration.FromMinutes(-5)), out _));
}
