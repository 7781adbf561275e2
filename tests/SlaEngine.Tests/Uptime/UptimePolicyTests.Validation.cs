using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// Bad input to <see cref="UptimePolicy"/>, <see cref="MinuteSample"/> and <see cref="MinuteSamples"/>: each throws the
/// documented exception, names the offending parameter (the implicit <c>value</c> for an init accessor, as the .NET design
/// guidelines ask) and shows the bad value in its message.
/// </summary>
public sealed partial class UptimePolicyTests
{
    // ---------------------------------------------------------------- MinuteSample

    [Fact]
    public void MinuteSample_NegativeValidRequests_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MinuteSample(At(0), -1, 0));
        Assert.Equal("validRequests", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinuteSample_NegativeErrorRequests_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MinuteSample(At(0), 5, -3));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinuteSample_MoreErrorsThanValid_ThrowsArgumentOutOfRange()
    {
        // 6 errors of 5 valid requests.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MinuteSample(At(0), 5, 6));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinuteSample_ErrorsEqualValid_IsAccepted()
    {
        // The boundary sibling: errors == valid is a 100 % error rate, allowed.
        var sample = new MinuteSample(At(0), 5, 5);
        Assert.Equal(At(0), sample.Minute);
        Assert.Equal(5, sample.ValidRequests);
        Assert.Equal(5, sample.ErrorRequests);
    }

    [Fact]
    public void MinuteSample_NotOnAWholeMinute_ThrowsArgument()
    {
        // 10:00:30Z is half way through a minute.
        var error = Assert.Throws<ArgumentException>(() => new MinuteSample(At(0) + Duration.FromSeconds(30), 1, 0));
        Assert.Equal("minute", error.ParamName);
        Assert.Contains("10:00:30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinuteSample_OneTickAfterAMinute_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => new MinuteSample(At(0) + Duration.FromTicks(1), 1, 0));
        Assert.Equal("minute", error.ParamName);
    }

    // ---------------------------------------------------------------- SoA counts
    // The API fixes the exception type only for the MinuteSample constructor (ArgumentOutOfRangeException); for a bad
    // element of a span any ArgumentException is accepted, but it must name the span that holds the bad count.

    [Fact]
    public void Evaluate_NegativeValidCount_ThrowsArgument_NamingTheSpan()
    {
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(FirstMinutes(2), new[] { 1, -7 }, new[] { 0, 0 }));
        Assert.Equal("validRequests", error.ParamName);
        Assert.Contains("-7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NegativeErrorCount_ThrowsArgument_NamingTheSpan()
    {
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(FirstMinutes(2), new[] { 1, 1 }, new[] { 0, -4 }));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("-4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MoreErrorsThanValidInAMinute_ThrowsArgument_NamingTheSpan()
    {
        // Minute 1: 7 errors of 5 valid.
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(FirstMinutes(2), new[] { 10, 5 }, new[] { 0, 7 }));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NegativeValidCount_ThrowsArgument_NamingTheSpan()
    {
        ulong[] bits = new ulong[1];
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Classify(new[] { 3, -2, 3 }, new[] { 0, 0, 0 }, bits));
        Assert.Equal("validRequests", error.ParamName);
        Assert.Contains("-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_MoreErrorsThanValid_ThrowsArgument_NamingTheSpan()
    {
        // Minute 2: 9 errors of 8 valid.
        ulong[] bits = new ulong[1];
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Classify(new[] { 3, 3, 8 }, new[] { 0, 0, 9 }, bits));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NegativeErrorCount_ThrowsArgument_NamingTheSpan()
    {
        ulong[] bits = new ulong[1];
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Classify(new[] { 3, 3 }, new[] { -5, 0 }, bits));
        Assert.Equal("errorRequests", error.ParamName);
        Assert.Contains("-5", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- Span lengths

    [Fact]
    public void Evaluate_SpanLengthsDiffer_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(FirstMinutes(3), new[] { 1, 1, 1 }, new[] { 0, 0 }));
        Assert.Equal("errorRequests", error.ParamName);
    }

    [Fact]
    public void Evaluate_SpanShorterThanThePeriod_ThrowsArgument()
    {
        // Three minutes, two counts each.
        var error = Assert.Throws<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(FirstMinutes(3), new[] { 1, 1 }, new[] { 0, 0 }));
        Assert.Equal("validRequests", error.ParamName);
    }

    [Fact]
    public void Evaluate_MonthSpanOf31DaysForMarchInNewYork_ThrowsArgument_NamingTheLength()
    {
        // March 2026 in New York has 44,580 minutes; 31 × 1,440 = 44,640 counts is one hour too many.
        var policy = new UptimePolicy { TimeZone = s_newYork };
        var error = Assert.Throws<ArgumentException>(
            () => policy.Evaluate(new YearMonth(2026, 3), new int[44_640], new int[44_640]));
        Assert.Equal("validRequests", error.ParamName);
        Assert.Contains("44640", error.Message.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SpanLengthsDiffer_ThrowsArgument()
    {
        ulong[] bits = new ulong[1];
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Classify(new[] { 1, 1 }, new[] { 0 }, bits));
        Assert.Equal("errorRequests", error.ParamName);
    }

    [Fact]
    public void Classify_BitSpanTooShort_ThrowsArgument()
    {
        // 65 minutes need ceil(65 / 64) = 2 words; 1 is given.
        ulong[] bits = new ulong[1];
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Classify(new int[65], new int[65], bits));
        Assert.Equal("downMinutes", error.ParamName);
    }

    [Fact]
    public void Classify_BitSpanOfExactlyCeilNOver64_IsEnough()
    {
        // 64 minutes need exactly 1 word, 65 need 2: both succeed with no traffic (0 down).
        Assert.Equal(0, UptimePolicy.Default.Classify(new int[64], new int[64], new ulong[1]));
        Assert.Equal(0, UptimePolicy.Default.Classify(new int[65], new int[65], new ulong[2]));
    }

    [Fact]
    public void Evaluate_PeriodNotOnWholeMinutes_ThrowsArgument()
    {
        // [10:00:30, 10:05): the period cannot be cut into whole minutes.
        var error = Assert.ThrowsAny<ArgumentException>(
            () => UptimePolicy.Default.Evaluate(new Interval(At(0) + Duration.FromSeconds(30), At(5)), ReadOnlySpan<MinuteSample>.Empty));
        Assert.Equal("period", error.ParamName);
    }

    // ---------------------------------------------------------------- AoS order

    [Fact]
    public void Evaluate_DuplicateMinute_ThrowsArgument()
    {
        MinuteSample[] samples = { new(At(0), 1, 0), new(At(1), 1, 0), new(At(1), 2, 0) };
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Evaluate(FirstMinutes(3), samples));
        Assert.Equal("samples", error.ParamName);
        Assert.Contains("10:01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnsortedMinutes_ThrowsArgument()
    {
        MinuteSample[] samples = { new(At(0), 1, 0), new(At(2), 1, 0), new(At(1), 1, 0) };
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Evaluate(FirstMinutes(3), samples));
        Assert.Equal("samples", error.ParamName);
        Assert.Contains("10:01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnsortedMinutesOutsideThePeriod_StillThrow()
    {
        // The order rule is about the span, not only the samples inside the period: 09:00 after 09:05.
        MinuteSample[] samples = { new(At(-55), 1, 0), new(At(-60), 1, 0) };
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Evaluate(FirstMinutes(3), samples));
        Assert.Equal("samples", error.ParamName);
    }

    // ---------------------------------------------------------------- MinuteSamples.Accumulate

    [Fact]
    public void Accumulate_PeriodStartNotAWholeMinute_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MinuteSamples.Accumulate(ReadOnlySpan<RequestRecord>.Empty, At(0) + Duration.FromSeconds(1), new int[1], new int[1]));
        Assert.Equal("periodStart", error.ParamName);
    }

    [Fact]
    public void Accumulate_SpanLengthsDiffer_ThrowsArgument()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MinuteSamples.Accumulate(ReadOnlySpan<RequestRecord>.Empty, At(0), new int[2], new int[1]));
        Assert.Equal("errorRequests", error.ParamName);
    }

    // ---------------------------------------------------------------- Policy options

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    [InlineData("0.0000000001")] // inside (0, 1) but ten decimal places; at most nine are allowed
    public void ErrorRateThreshold_OutsideOpenUnitIntervalOrTooPrecise_ThrowsArgumentOutOfRange(string text)
    {
        decimal threshold = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new UptimePolicy { ErrorRateThreshold = threshold });
        Assert.Equal("value", error.ParamName);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.000000001")] // the smallest: nine places
    [InlineData("0.999999999")] // the largest
    [InlineData("0.05")]
    public void ErrorRateThreshold_InsideOpenUnitInterval_IsKept(string text)
    {
        decimal threshold = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(threshold, new UptimePolicy { ErrorRateThreshold = threshold }.ErrorRateThreshold);
    }

    [Fact]
    public void MinimumValidRequests_Negative_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new UptimePolicy { MinimumValidRequests = -1 });
        Assert.Equal("value", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void MinimumDowntimeRun_BelowOne_ThrowsArgumentOutOfRange(int run)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new UptimePolicy { MinimumDowntimeRun = run });
        Assert.Equal("value", error.ParamName);
        Assert.Contains(run.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90)]      // 1 min 30 s: not whole minutes
    [InlineData(1)]       // one second
    [InlineData(0)]       // zero
    [InlineData(-300)]    // negative five minutes
    [InlineData(86_460)]  // one day and one minute: longer than a day
    public void AveragingInterval_NotWholeMinutesFromOneMinuteToOneDay_Throws(int seconds)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new UptimePolicy { AveragingInterval = Duration.FromSeconds(seconds) });
        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1_440)]
    public void AveragingInterval_WholeMinutesFromOneMinuteToOneDay_IsKept(int minutes)
    {
        Assert.Equal(Duration.FromMinutes(minutes), new UptimePolicy { AveragingInterval = Duration.FromMinutes(minutes) }.AveragingInterval);
    }

    [Fact]
    public void Exclusions_UnboundedInterval_ThrowsArgument()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new UptimePolicy { Exclusions = new[] { new Interval(null, At(5)) } });
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Exclusions_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new UptimePolicy { Exclusions = null! });
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        // Issue 5 and the API: 5 %, 0, 1, no exclusions, before grouping, no service hours, UTC, per-minute, 5 minutes.
        UptimePolicy policy = UptimePolicy.Default;
        Assert.Equal(0.05m, policy.ErrorRateThreshold);
        Assert.Equal(0, policy.MinimumValidRequests);
        Assert.Equal(1, policy.MinimumDowntimeRun);
        Assert.Empty(policy.Exclusions);
        Assert.Equal(ExclusionMode.BeforeGrouping, policy.ExclusionMode);
        Assert.Null(policy.ServiceHours);
        Assert.Equal(DateTimeZone.Utc, policy.TimeZone);
        Assert.Equal(UptimeMethod.DownMinutes, policy.Method);
        Assert.Equal(Duration.FromMinutes(5), policy.AveragingInterval);
        Assert.Equal(new UptimePolicy(), policy);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = new UptimePolicy { MinimumDowntimeRun = 5, Exclusions = new[] { new Interval(At(1), At(2)) } };
        var b = new UptimePolicy { MinimumDowntimeRun = 5, Exclusions = new[] { new Interval(At(1), At(2)) } };
        var c = new UptimePolicy { MinimumDowntimeRun = 6, Exclusions = new[] { new Interval(At(1), At(2)) } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    // ---------------------------------------------------------------- UptimeReport.Meets

    [Theory]
    [InlineData("100.1")]
    [InlineData("-1")]
    public void Meets_TargetOutOfRange_ThrowsArgumentOutOfRange(string text)
    {
        decimal target = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        UptimeReport report = UptimePolicy.Default.Evaluate(FirstMinutes(1), ReadOnlySpan<MinuteSample>.Empty);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => report.Meets(target));
        Assert.Equal("targetPercent", error.ParamName);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meets_ManyDecimalPlaces_ComparesExactly()
    {
        // 44,596 of 44,640 minutes up = 11149/11160 = 99.9014336917562724014336917...%: just above 99.90143369175627240143 %
        // and just below 99.90143369175627240144 % (22 decimal places; the comparison is exact at any precision).
        var valid = new int[44_640];
        var errors = new int[44_640];
        for (int i = 0; i < 44; i++)
        {
            valid[i] = 1;
            errors[i] = 1;
        }

        UptimeReport report = UptimePolicy.Default.Evaluate(new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0)), valid, errors);
        Assert.True(report.Meets(99.90143369175627240143m));
        Assert.False(report.Meets(99.90143369175627240144m));
    }

    [Fact]
    public void Meets_ZeroAndHundred_AreAccepted()
    {
        // Full uptime 1 ≥ 100 % and ≥ 0 %; zero uptime (one down minute of one) ≥ 0 % only.
        UptimeReport up = UptimePolicy.Default.Evaluate(FirstMinutes(1), ReadOnlySpan<MinuteSample>.Empty);
        UptimeReport down = UptimePolicy.Default.Evaluate(FirstMinutes(1), new[] { 1 }, new[] { 1 });
        Assert.True(up.Meets(100m));
        Assert.True(up.Meets(0m));
        Assert.True(down.Meets(0m));
        Assert.False(down.Meets(0.000001m));
        Assert.Equal(new ExactRatio(0, 1), down.Uptime);
    }
}
