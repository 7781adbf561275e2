using System.Collections.ObjectModel;
using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="UptimePolicy.Evaluate(Interval, ReadOnlySpan{MinuteSample})"/> and its month twin take the samples as a span, an
/// array, a <see cref="List{T}"/>, any other sequence or a collection expression, and answer the same (these calls compile
/// only because the array and sequence overloads exist; an array is never ambiguous between them).
/// </summary>
public sealed partial class UptimePolicyTests
{
    /// <summary>
    /// Three minutes from <see cref="s_start"/> plus one before them that must be ignored. Minute 0: 20 requests, none failed;
    /// minute 1: 1 of 20 failed, 5 %, not more than the threshold, up; minute 2: 2 of 20, 10 %, down. Uptime 2/3.
    /// </summary>
    private static MinuteSample[] ThreeMinuteSamples() =>
    [
        new(At(-1), 10, 10),
        new(At(0), 20, 0),
        new(At(1), 20, 1),
        new(At(2), 20, 2),
    ];

    /// <summary>Everything a report says, as one comparable value (a report has no equality of its own).</summary>
    private static object ReportKey(UptimeReport r) => (
        r.Period, r.Method, r.MinutesInPeriod, r.MeasuredMinutes, r.DowntimeMinutes, r.ExcludedMinutes,
        string.Join(";", Periods(r)), (r.Uptime, r.UptimePercent, r.AveragedIntervals));

    private static IEnumerable<(string Shape, IEnumerable<MinuteSample> Samples)> Sequences(MinuteSample[] samples)
    {
        yield return ("List", new List<MinuteSample>(samples));
        yield return ("ReadOnlyCollection", new ReadOnlyCollection<MinuteSample>(samples));
        yield return ("LinkedList", new LinkedList<MinuteSample>(samples));
        yield return ("lazy", samples.Select(s => s));
    }

    [Fact]
    public void Evaluate_PeriodFromArrayListSpanAndCollectionExpression_GivesTheSameReport()
    {
        MinuteSample[] array = ThreeMinuteSamples();
        UptimePolicy policy = UptimePolicy.Default;

        UptimeReport fromSpan = policy.Evaluate(FirstMinutes(3), new ReadOnlySpan<MinuteSample>(array));

        Assert.Equal(1, fromSpan.DowntimeMinutes);
        Assert.Equal(new[] { Period(2, 3, 1) }, Periods(fromSpan));
        Assert.Equal(new ExactRatio(2, 3), fromSpan.Uptime);
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(FirstMinutes(3), array)));
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(FirstMinutes(3), array.AsSpan())));
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(FirstMinutes(3), new List<MinuteSample>(array))));
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(
            FirstMinutes(3),
            [new(At(-1), 10, 10), new(At(0), 20, 0), new(At(1), 20, 1), new(At(2), 20, 2)])));
        foreach ((string shape, IEnumerable<MinuteSample> samples) in Sequences(array))
        {
            Assert.True(ReportKey(fromSpan).Equals(ReportKey(policy.Evaluate(FirstMinutes(3), samples))), shape);
        }
    }

    [Fact]
    public void Evaluate_MonthFromArrayListAndSpan_GivesTheSameReport()
    {
        // January 2026 in UTC: 31 × 1,440 = 44,640 minutes. The sample before the small period (09:59Z, 10 of 10 failed) is in
        // January too, so two minutes are down, 09:59Z and minute 2 (10:02Z): uptime 44,638/44,640.
        MinuteSample[] array = ThreeMinuteSamples();
        UptimePolicy policy = UptimePolicy.Default;
        var january = new YearMonth(2026, 1);

        UptimeReport fromSpan = policy.Evaluate(january, new ReadOnlySpan<MinuteSample>(array));

        Assert.Equal(44_640, fromSpan.MinutesInPeriod);
        Assert.Equal(2, fromSpan.DowntimeMinutes);
        Assert.Equal(new ExactRatio(44_638, 44_640), fromSpan.Uptime);
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(january, array)));
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(january, array.AsSpan())));
        Assert.Equal(ReportKey(fromSpan), ReportKey(policy.Evaluate(january, [new(At(-1), 10, 10), new(At(0), 20, 0), new(At(1), 20, 1), new(At(2), 20, 2)])));
        foreach ((string shape, IEnumerable<MinuteSample> samples) in Sequences(array))
        {
            Assert.True(ReportKey(fromSpan).Equals(ReportKey(policy.Evaluate(january, samples))), shape);
        }
    }

    [Fact]
    public void Evaluate_NullSamplesArrayOrSequence_ThrowsArgumentNullExceptionForSamples()
    {
        UptimePolicy policy = UptimePolicy.Default;
        MinuteSample[] array = null!;
        IEnumerable<MinuteSample> sequence = null!;

        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => policy.Evaluate(FirstMinutes(3), array)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => policy.Evaluate(FirstMinutes(3), sequence)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => policy.Evaluate(new YearMonth(2026, 1), array)).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentNullException>(() => policy.Evaluate(new YearMonth(2026, 1), sequence)).ParamName);
    }

    [Fact]
    public void Evaluate_UnorderedSamplesInAList_ThrowsLikeASpan()
    {
        // Minute 1 before minute 0.
        MinuteSample[] samples = [new(At(1), 20, 1), new(At(0), 20, 0)];
        UptimePolicy policy = UptimePolicy.Default;

        ArgumentException fromSpan = Assert.Throws<ArgumentException>(() => policy.Evaluate(FirstMinutes(3), new ReadOnlySpan<MinuteSample>(samples)));
        ArgumentException fromList = Assert.Throws<ArgumentException>(() => policy.Evaluate(FirstMinutes(3), new List<MinuteSample>(samples)));

        Assert.Equal("samples", fromList.ParamName);
        Assert.Equal(fromSpan.Message, fromList.Message);
    }
}
