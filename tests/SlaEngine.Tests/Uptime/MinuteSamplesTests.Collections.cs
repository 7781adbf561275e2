using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="MinuteSamples.Accumulate(ReadOnlySpan{RequestRecord}, Instant, Span{int}, Span{int})"/> takes the records as a
/// span, an array, a <see cref="List{T}"/> or any other sequence (read once, without a copy), and counts the same.
/// </summary>
public sealed partial class MinuteSamplesTests
{
    /// <summary>Mon 2026-01-05 10:00Z, minute 0.</summary>
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 5, 10, 0);

    private static Instant At(int minute) => s_start + Duration.FromMinutes(minute);

    /// <summary>
    /// Over two minutes: one record a second before minute 0 (not counted), one ok at 0:00 and one error a millisecond before
    /// minute 1 (minute 0: 2 valid, 1 error), one error at 1:30 (minute 1: 1 valid, 1 error), one at minute 2 (not counted).
    /// Counted 3; valid [2, 1]; errors [1, 1].
    /// </summary>
    private static RequestRecord[] Records() =>
    [
        new(At(0) - Duration.FromSeconds(1), true),
        new(At(0), false),
        new(At(1) - Duration.FromMilliseconds(1), true),
        new(At(1) + Duration.FromSeconds(30), true),
        new(At(2), true),
    ];

    private static IEnumerable<RequestRecord> Lazily(RequestRecord[] records)
    {
        foreach (RequestRecord record in records)
        {
            yield return record;
        }
    }

    private static void AssertCounts(Func<Span<int>, Span<int>, long> accumulate, string shape)
    {
        int[] valid = new int[2];
        int[] errors = new int[2];
        Assert.True(accumulate(valid, errors) == 3, shape);
        Assert.Equal(new[] { 2, 1 }, valid);
        Assert.Equal(new[] { 1, 1 }, errors);
    }

    [Fact]
    public void Accumulate_ArrayListSpanAndSequences_CountTheSame()
    {
        RequestRecord[] records = Records();

        AssertCounts((v, e) => MinuteSamples.Accumulate(new ReadOnlySpan<RequestRecord>(records), s_start, v, e), "span");
        AssertCounts((v, e) => MinuteSamples.Accumulate(records.AsSpan(), s_start, v, e), "Span");
        AssertCounts((v, e) => MinuteSamples.Accumulate(records, s_start, v, e), "array");
        AssertCounts((v, e) => MinuteSamples.Accumulate(new List<RequestRecord>(records), s_start, v, e), "List");
        AssertCounts((v, e) => MinuteSamples.Accumulate((IReadOnlyList<RequestRecord>)new List<RequestRecord>(records), s_start, v, e), "IReadOnlyList");
        AssertCounts((v, e) => MinuteSamples.Accumulate(new LinkedList<RequestRecord>(records), s_start, v, e), "LinkedList");
        AssertCounts((v, e) => MinuteSamples.Accumulate(Lazily(records), s_start, v, e), "lazy");
        AssertCounts((v, e) => MinuteSamples.Accumulate(
            [
                new(At(0) - Duration.FromSeconds(1), true),
                new(At(0), false),
                new(At(1) - Duration.FromMilliseconds(1), true),
                new(At(1) + Duration.FromSeconds(30), true),
                new(At(2), true),
            ],
            s_start,
            v,
            e), "collection expression");
    }

    [Fact]
    public void Accumulate_NullArrayOrSequence_ThrowsArgumentNullExceptionForRecords()
    {
        RequestRecord[] array = null!;
        IEnumerable<RequestRecord> sequence = null!;

        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => MinuteSamples.Accumulate(array, s_start, new int[1], new int[1])).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => MinuteSamples.Accumulate(sequence, s_start, new int[1], new int[1])).ParamName);
    }

    [Fact]
    public void Accumulate_SequenceWithAStartOffTheMinute_ThrowsBeforeReadingIt()
    {
        bool read = false;
        IEnumerable<RequestRecord> Watched()
        {
            read = true;
            yield return new RequestRecord(s_start, false);
        }

        ArgumentException ex = Assert.Throws<ArgumentException>(
            () => MinuteSamples.Accumulate(Watched(), s_start + Duration.FromSeconds(1), new int[1], new int[1]));

        Assert.Equal("periodStart", ex.ParamName);
        Assert.False(read);
    }

    [Fact]
    public void Accumulate_SequenceOverflowingAMinute_ThrowsOverflowException()
    {
        // Minute 0 already holds int.MaxValue valid requests; one more record cannot be counted.
        int[] valid = { int.MaxValue };
        int[] errors = { 0 };

        Assert.Throws<OverflowException>(() => MinuteSamples.Accumulate(Lazily([new(s_start, false)]), s_start, valid, errors));
    }
}
