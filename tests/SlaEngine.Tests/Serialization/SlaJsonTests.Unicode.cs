using SlaEngine.BusinessHours;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// Text that is not valid Unicode: a lone UTF-16 surrogate, raw in the string or written as a JSON escape, in a value or in a
/// property name, is a configuration problem at its path, never a transcoding or decoding exception.
/// </summary>
public partial class SlaJsonTests
{
    private const string LoneSurrogate = "Expected text of valid Unicode characters, was a string with an unpaired surrogate.";

    [Fact]
    public void Read_RawLoneSurrogateAsTheDocument_IsAProblemAtTheRoot()
    {
        // The C# string "\uD800" in quotes: one JSON string holding an unpaired high surrogate.
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadWeeklySchedule("\"\uD800\""));
        Assert.Equal(new[] { "$: " + LoneSurrogate }, error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_EscapedLoneSurrogateAsTheDocument_IsAProblemAtTheRoot()
    {
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadWeeklySchedule("\"\\uD800\""));
        Assert.Equal(new[] { "$: " + LoneSurrogate }, error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_LoneSurrogatesInValues_AreProblemsAtTheirPaths_AllAtOnce()
    {
        // A raw low surrogate in one value, an escaped high one in another, and a valid escaped pair (an emoji) that is fine.
        string json = "{ \"name\": \"Gold \uDC00\", \"policy\": { \"errorRateThreshold\": 0.05 }, \"note\": [\"\\ud83d\\ude00\", \"\\uDBFF!\"] }";
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadUptimeSla(json));
        Assert.Equal(
            new[] { "$.name: " + LoneSurrogate, "$.note[1]: " + LoneSurrogate },
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_LoneSurrogateInAPropertyName_IsAProblemAtThePathAsWritten()
    {
        var escaped = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadDateOverrides("{\"\\uD800\":[]}"));
        Assert.Equal(new[] { "$['\\uD800']: " + LoneSurrogate.TrimEnd('.') + " in the property name." }, escaped.Errors.Select(e => e.ToString()));

        var raw = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadDateOverrides("{\"2026-12-24\": [\"09:00-13:00\"], \"x\uDFFFy\": []}"));
        Assert.Equal(new[] { "$['x\\uDFFFy']: " + LoneSurrogate.TrimEnd('.') + " in the property name." }, raw.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_LoneSurrogateOutsideAString_IsMalformedJson()
    {
        var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadCreditSchedule("{ \"tiers\": [] \uD800 }"));
        SlaConfigurationError only = Assert.Single(error.Errors);
        Assert.Equal("$", only.Path);
        Assert.StartsWith("Expected a JSON document, was malformed JSON at line 1, position ", only.Message, StringComparison.Ordinal);
    }

    // A raw lone surrogate next to a backslash or to an escaped surrogate of the other half must not turn into valid text: a
    // backslash then a raw U+D800; a raw U+D800 then the escape of U+DC00; the escape of U+D800 then a raw U+DC00.
    // (A fact, not a theory: xunit's discovery would replace the lone surrogates of inline data.)
    [Fact]
    public void Read_LoneSurrogateBesideABackslashOrAnEscape_IsStillAProblem()
    {
        string[] names = ["A\\\uD800", "A\uD800\\uDC00", "A\\uD800\uDC00", "A\\\\\uD800", "\\uD800\\\uDC00", "\\uDBFF\uDC00\\uDFFF"];
        foreach (string name in names)
        {
            string json = "{ \"rules\": [ { \"name\": \"" + name + "\", \"kind\": \"Fixed\", \"month\": 1, \"day\": 1 } ] }";
            var error = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
            Assert.Equal("$.rules[0].name: " + LoneSurrogate, Assert.Single(error.Errors).ToString());
        }
    }

    [Fact]
    public void Read_ValidSurrogatePairs_AreRead()
    {
        string json = "{ \"zone\": \"UTC\", \"schedule\": { \"monday\": [\"09:00-17:00\"] }, \"holidays\": { \"rules\": ["
            + "{ \"name\": \"F\u00eate \\ud83c\\udf89 \uD83C\uDF86\", \"kind\": \"Fixed\", \"month\": 7, \"day\": 14 } ] } }";
        Assert.Equal("F\u00eate \U0001F389 \U0001F386", Assert.IsType<ScheduledBusinessCalendar>(SlaJson.ReadBusinessCalendar(json)).Holidays!.Rules[0].Name);
    }
}
