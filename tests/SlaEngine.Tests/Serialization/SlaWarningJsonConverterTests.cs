using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="SlaWarningJsonConverter"/>: the documented shape, written out by hand, round trips and refused input.</summary>
public sealed class SlaWarningJsonConverterTests
{
    [Fact]
    public void Write_PausedTicketsWarnings_WritesTheDocumentedShape()
    {
        // ResultJsonFixtures.Paused: 50 % projected at Mon 21:00Z and 75 % at Tue 15:00Z, neither fired.
        var warnings = new SlaWarning[2];
        Paused(warnings);

        Assert.Equal(
            """
            [
              {
                "percent": 50,
                "at": "2026-11-16T21:00:00Z",
                "hasFired": false
              },
              {
                "percent": 75,
                "at": "2026-11-17T15:00:00Z",
                "hasFired": false
              }
            ]
            """,
            Write(warnings));
    }

    [Fact]
    public void Write_WarningAfterTheSolve_WritesNullAt()
    {
        var warnings = new SlaWarning[2];
        Clock.Evaluate(
            new[] { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"), TicketEvent.Solved(UtcAt("2026-11-16T17:00Z")) },
            UtcAt("2026-11-17T12:00Z"),
            warnings);

        Assert.Equal(
            """
            {
              "percent": 50,
              "at": null,
              "hasFired": false
            }
            """,
            Write(warnings[0]));
        Assert.Equal(
            """
            {
              "percent": 50,
              "hasFired": false
            }
            """,
            Write(warnings[0], Options(JsonIgnoreCondition.WhenWritingNull)));
    }

    [Fact]
    public void ReadWrite_FiredAndUnfiredAndNull_RoundTripEqual()
    {
        var warnings = new SlaWarning[2];
        Clock.Evaluate(new[] { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal") }, UtcAt("2026-11-16T20:00Z"), warnings);
        var solved = new SlaWarning[2];
        Clock.Evaluate(
            new[] { TicketEvent.Created(UtcAt("2026-11-16T15:00Z"), "Normal"), TicketEvent.Solved(UtcAt("2026-11-16T17:00Z")) },
            UtcAt("2026-11-17T12:00Z"),
            solved);

        // 50 % fired at 19:00Z, before 20:00Z; 75 % (21:00Z) not yet; the solved ticket's have no instant.
        Assert.True(warnings[0].HasFired);
        Assert.False(warnings[1].HasFired);
        foreach (SlaWarning warning in warnings.Concat(solved).Append(default))
        {
            Assert.Equal(warning, Read<SlaWarning>(Write(warning)));
            Assert.Equal(warning, Read<SlaWarning>(Write(warning, Options(JsonIgnoreCondition.WhenWritingNull))));
        }
    }

    [Theory]
    [InlineData("""{"percent":75,"at":null,"hasFired":true}""", "An SLA warning that has fired must have the instant it fired 'at', but it is null or missing.")]
    [InlineData("""{"percent":75,"hasFired":true}""", "An SLA warning that has fired must have the instant it fired 'at', but it is null or missing.")]
    [InlineData("""{"at":null,"hasFired":false}""", "An SLA warning must have a property named 'percent', but it is missing.")]
    [InlineData("""{"percent":"75","hasFired":false}""", "An SLA warning's 'percent' must be a number that a decimal holds, was \"75\".")]
    [InlineData("""{"percent":75,"hasFired":0}""", "An SLA warning's 'hasFired' must be true or false, was 0.")]
    [InlineData("""{"percent":75,"hasFired":false,"at":"2026-11-16 21:00"}""", "An SLA warning's 'at' must be an ISO-8601 instant such as \"2026-12-07T21:00:00Z\", was \"2026-11-16 21:00\".")]
    [InlineData("""{"percent":75,"hasFired":false,"hasFired":true}""", "An SLA warning must have one property named 'hasFired', but it appears twice.")]
    [InlineData("""[]""", "An SLA warning must be a JSON object, was an array.")]
    public void Read_Invalid_ThrowsJsonExceptionSayingWhat(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<SlaWarning>(json));
        Assert.Equal(message, e.Message);
    }
}
