using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// <see cref="SlaStatusJsonConverter"/>: hand-worked statuses (<see cref="ResultJsonFixtures"/>) written to exactly the documented
/// shape, written out here by hand; reading is refused.
/// </summary>
public sealed partial class SlaStatusJsonConverterTests
{
    [Fact]
    public void Write_RunningTicket_WritesTheDocumentedShape()
    {
        Assert.Equal(
            """
            {
              "metric": "Resolution",
              "priority": "Normal",
              "target": {
                "kind": "Business",
                "duration": "PT8H"
              },
              "zone": "America/New_York",
              "evaluatedAt": "2026-11-17T14:30:00Z",
              "start": "2026-11-16T15:00:00Z",
              "end": "2026-11-17T14:30:00Z",
              "due": "2026-11-17T15:00:00Z",
              "targetBusinessTime": "PT8H",
              "businessElapsed": "PT7H30M",
              "actualElapsed": "PT23H30M",
              "remaining": "PT30M",
              "isPaused": false,
              "fulfilledAt": null,
              "isFulfilled": false,
              "breachedAt": null,
              "isBreached": false,
              "isMet": false,
              "percentConsumed": 93.750000,
              "warningsFired": 2,
              "nextWarningAt": null
            }
            """,
            Write(Running()));
    }

    [Fact]
    public void Write_BreachedTicket_WritesNegativeRemainingAndElapsedOver24HoursInHours()
    {
        // Remaining −5 min is -PT5M; 24 h 5 min of wall clock is PT24H5M, never P1DT5M.
        Assert.Equal(
            """
            {
              "metric": "Resolution",
              "priority": "Normal",
              "target": {
                "kind": "Business",
                "duration": "PT8H"
              },
              "zone": "America/New_York",
              "evaluatedAt": "2026-11-17T15:05:00Z",
              "start": "2026-11-16T15:00:00Z",
              "end": "2026-11-17T15:05:00Z",
              "due": "2026-11-17T15:00:00Z",
              "targetBusinessTime": "PT8H",
              "businessElapsed": "PT8H5M",
              "actualElapsed": "PT24H5M",
              "remaining": "-PT5M",
              "isPaused": false,
              "fulfilledAt": null,
              "isFulfilled": false,
              "breachedAt": "2026-11-17T15:00:00Z",
              "isBreached": true,
              "isMet": false,
              "percentConsumed": 101.041666,
              "warningsFired": 2,
              "nextWarningAt": null
            }
            """,
            Write(Breached()));
    }

    [Fact]
    public void Write_PausedTicket_WritesProjectedDueAndNextWarning()
    {
        Assert.Equal(
            """
            {
              "metric": "Resolution",
              "priority": "Normal",
              "target": {
                "kind": "Business",
                "duration": "PT8H"
              },
              "zone": "America/New_York",
              "evaluatedAt": "2026-11-16T18:00:00Z",
              "start": "2026-11-16T15:00:00Z",
              "end": "2026-11-16T18:00:00Z",
              "due": "2026-11-17T17:00:00Z",
              "targetBusinessTime": "PT8H",
              "businessElapsed": "PT1H",
              "actualElapsed": "PT3H",
              "remaining": "PT7H",
              "isPaused": true,
              "fulfilledAt": null,
              "isFulfilled": false,
              "breachedAt": null,
              "isBreached": false,
              "isMet": false,
              "percentConsumed": 12.500000,
              "warningsFired": 0,
              "nextWarningAt": "2026-11-16T21:00:00Z"
            }
            """,
            Write(Paused(Span<SlaWarning>.Empty)));
    }

    [Fact]
    public void Write_SolvedTicket_WritesFulfilledAtAndMet()
    {
        Assert.Equal(
            """
            {
              "metric": "Resolution",
              "priority": "Normal",
              "target": {
                "kind": "Business",
                "duration": "PT8H"
              },
              "zone": "America/New_York",
              "evaluatedAt": "2026-11-17T12:00:00Z",
              "start": "2026-11-16T15:00:00Z",
              "end": "2026-11-16T17:00:00Z",
              "due": "2026-11-17T15:00:00Z",
              "targetBusinessTime": "PT8H",
              "businessElapsed": "PT2H",
              "actualElapsed": "PT2H",
              "remaining": "PT6H",
              "isPaused": false,
              "fulfilledAt": "2026-11-16T17:00:00Z",
              "isFulfilled": true,
              "breachedAt": null,
              "isBreached": false,
              "isMet": true,
              "percentConsumed": 25.000000,
              "warningsFired": 0,
              "nextWarningAt": null
            }
            """,
            Write(Met()));
    }

    [Fact]
    public void Write_IgnoringNulls_LeavesOutOnlyTheNullInstants()
    {
        // The running ticket's three null instants go; every other property stays, false and zero values included.
        Assert.Equal(
            """
            {
              "metric": "Resolution",
              "priority": "Normal",
              "target": {
                "kind": "Business",
                "duration": "PT8H"
              },
              "zone": "America/New_York",
              "evaluatedAt": "2026-11-17T14:30:00Z",
              "start": "2026-11-16T15:00:00Z",
              "end": "2026-11-17T14:30:00Z",
              "due": "2026-11-17T15:00:00Z",
              "targetBusinessTime": "PT8H",
              "businessElapsed": "PT7H30M",
              "actualElapsed": "PT23H30M",
              "remaining": "PT30M",
              "isPaused": false,
              "isFulfilled": false,
              "isBreached": false,
              "isMet": false,
              "percentConsumed": 93.750000,
              "warningsFired": 2
            }
            """,
            Write(Running(), Options(JsonIgnoreCondition.WhenWritingNull)));
    }

    [Fact]
    public void Write_Default_WritesNoneNullsAndZeroes()
    {
        // default(SlaStatus): metric None, no priority name, a None target, no calendar (so no zone), every instant the Unix epoch,
        // every duration zero, and percentConsumed the decimal 0.
        Assert.Equal(
            """
            {
              "metric": "None",
              "priority": null,
              "target": {
                "kind": "None"
              },
              "zone": null,
              "evaluatedAt": "1970-01-01T00:00:00Z",
              "start": "1970-01-01T00:00:00Z",
              "end": "1970-01-01T00:00:00Z",
              "due": "1970-01-01T00:00:00Z",
              "targetBusinessTime": "PT0S",
              "businessElapsed": "PT0S",
              "actualElapsed": "PT0S",
              "remaining": "PT0S",
              "isPaused": false,
              "fulfilledAt": null,
              "isFulfilled": false,
              "breachedAt": null,
              "isBreached": false,
              "isMet": false,
              "percentConsumed": 0,
              "warningsFired": 0,
              "nextWarningAt": null
            }
            """,
            Write(default(SlaStatus)));
    }

    [Fact]
    public void Write_SubSecondDurations_WritesFractionalSeconds()
    {
        // Built directly: a 1 h 30 min business target of which 1 h 29 min 59.5 s is used leaves half a second, and a
        // nanosecond past the start is PT0.000000001S of wall clock.
        Instant start = UtcAt("2026-11-16T15:00Z");
        var status = new SlaStatus(
            SlaMetric.Resolution,
            Policy.GetPriority("Normal"),
            SlaTarget.Business(Duration.FromMinutes(90)),
            Calendar,
            start + Duration.Epsilon,
            start,
            start + Duration.Epsilon,
            start + Duration.FromMinutes(90),
            Duration.FromMinutes(90),
            Duration.FromMinutes(90) - Duration.FromMilliseconds(500),
            isPaused: false,
            fulfilledAt: null,
            breachedAt: null,
            percentConsumed: 99.990740m,
            warningsFired: 2,
            nextWarningAt: null);

        using JsonDocument json = JsonDocument.Parse(Write(status));
        JsonElement root = json.RootElement;
        Assert.Equal("2026-11-16T15:00:00.000000001Z", root.GetProperty("evaluatedAt").GetString());
        Assert.Equal("PT1H30M", root.GetProperty("targetBusinessTime").GetString());
        Assert.Equal("PT1H29M59.5S", root.GetProperty("businessElapsed").GetString());
        Assert.Equal("PT0.5S", root.GetProperty("remaining").GetString());
        Assert.Equal("PT0.000000001S", root.GetProperty("actualElapsed").GetString());
    }

    public static TheoryData<SlaTarget, string> TargetCases => new()
    {
        // Each kind writes only the amount it has.
        { SlaTarget.Calendar(Duration.FromHours(26)), """{"kind":"Calendar","duration":"PT26H"}""" },
        { SlaTarget.Business(Duration.FromMinutes(90)), """{"kind":"Business","duration":"PT1H30M"}""" },
        { SlaTarget.BusinessDays(2), """{"kind":"BusinessDays","days":2}""" },
        { SlaTarget.EndOfBusinessDay(0), """{"kind":"EndOfBusinessDay","days":0}""" },
        { SlaTarget.NextBusinessDayAt(new LocalTime(9, 0)), """{"kind":"NextBusinessDayAt","timeOfDay":"09:00:00"}""" },
        { SlaTarget.NextBusinessDayAt(new LocalTime(9, 0, 30, 250)), """{"kind":"NextBusinessDayAt","timeOfDay":"09:00:30.25"}""" },
    };

    [Theory]
    [MemberData(nameof(TargetCases))]
    public void Write_TargetKinds_WriteTheKindAndOnlyItsAmount(SlaTarget target, string expected)
    {
        Instant start = UtcAt("2026-11-16T15:00Z");
        var status = new SlaStatus(SlaMetric.FirstResponse, Policy.GetPriority("Urgent"), target, Calendar, start, start, start, start,
            Duration.Zero, Duration.Zero, false, null, null, 0m, 0, null);

        using JsonDocument json = JsonDocument.Parse(Write(status));
        Assert.Equal(expected, json.RootElement.GetProperty("target").GetRawText().Replace("\n", string.Empty).Replace(" ", string.Empty));
    }

    [Fact]
    public void Read_AnyJson_ThrowsNotSupportedSayingWhy()
    {
        string json = Write(Running());

        var e = Assert.Throws<NotSupportedException>(() => Read<SlaStatus>(json));
        Assert.StartsWith(
            "An SlaStatus cannot be read from JSON because its business calendar is not part of the JSON shape; evaluate the ticket's events again with SlaClock.Evaluate.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CalledDirectly_ThrowsNotSupported()
    {
        var reader = new Utf8JsonReader("{}"u8);
        reader.Read();
        NotSupportedException? caught = null;
        try
        {
            new SlaStatusJsonConverter().Read(ref reader, typeof(SlaStatus), new JsonSerializerOptions());
        }
        catch (NotSupportedException e)
        {
            caught = e;
        }

        Assert.NotNull(caught);
    }

    [Fact]
    public void Write_NullWriter_ThrowsArgumentNull()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new SlaStatusJsonConverter().Write(null!, Running(), new JsonSerializerOptions()));
        Assert.Equal("writer", e.ParamName);
    }
}
