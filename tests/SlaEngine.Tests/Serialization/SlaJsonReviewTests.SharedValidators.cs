using SlaEngine.Calendars;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>Defects found in the review of the shared validators, now fixed: each test states the correct behaviour.</summary>
public partial class SlaJsonReviewTests
{
    [Fact]
    public void ReadHolidayCalendar_ProblemOfASecondRuleWithTheSameName_IsAtThatRule()
    {
        // Two rules may share a name in different years; the second one's unknown reference was reported at the first rule's
        // path ($.rules[0].rule), a Fixed rule that has no "rule" property.
        string json = """
            { "rules": [
                { "name": "X", "kind": "Fixed", "month": 1, "day": 1, "untilYear": 2000 },
                { "name": "X", "kind": "DaysAfter", "rule": "Zzz", "days": 1, "fromYear": 2001 } ] }
            """;
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
        Assert.Equal("$.rules[1].rule", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void ReadHolidayCalendar_RulesThatShareANameInTheSameYears_AreReportedAtTheFirst()
    {
        string json = """
            { "rules": [
                { "name": "X", "kind": "Fixed", "month": 1, "day": 2 },
                { "name": "X", "kind": "Fixed", "month": 1, "day": 3 } ] }
            """;
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
        Assert.Equal("$.rules[0]", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void UnknownReference_NeverSuggestsTheRuleItself()
    {
        // "Rule 'Y' counts from 'X' …; the nearest is "Y"" proposed a cycle as the fix.
        string json = """{ "rules": [ { "name": "Y", "kind": "DaysAfter", "rule": "X", "days": 1 } ] }""";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
        Assert.DoesNotContain("nearest", Assert.Single(e.Errors).Message, StringComparison.Ordinal);

        var a = HolidayRule.Fixed("a", 1, 1);
        var error = Assert.Throws<HolidayRuleException>(() => HolidayCalendar.Create([a, HolidayRule.DaysAfter("c", "a", 1)]).Without("a"));
        Assert.DoesNotContain("\"c\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"P1\"")]
    [InlineData("[]")]
    public void ReadSlaPolicy_TargetRowWhenNoPriorityCouldBeRead_SaysSo(string priorities)
    {
        // Was "Policy "x" has no priority "P1"; its priorities are ." (an empty list).
        string json = "{ \"name\": \"x\", " + Calendar + ", \"priorities\": " + priorities + ", \"targets\": { \"P1\": { \"resolution\": { \"business\": \"4h\" } } } }";
        var e = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));
        var row = Assert.Single(e.Errors, error => error.Path == "$.targets.P1");
        Assert.Equal("Expected one of the policy's priorities (none could be read), was \"P1\".", row.Message);
    }
}
