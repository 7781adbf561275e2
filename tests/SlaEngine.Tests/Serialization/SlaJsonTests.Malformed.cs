using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// Malformed documents: one exception lists every problem with its JSON path, in the order the reader meets them (properties in
/// the order the format lists them; a schedule's overlaps once all its days are read; a calendar's rule references once all its
/// rules are read).
/// The expected messages are the format's specification, written out here word for word.
/// </summary>
public partial class SlaJsonTests
{
    [Fact]
    public void ReadSlaPolicy_EveryKindOfProblem_ListsThemAllWithPaths()
    {
        const string json = """
            {
              "name": "Broken",
              "businessCalendar": {
                "zone": "Mars/Olympus_Mons",
                "schedule": {
                  "monday": ["09:00-17:00", "12:00-18:00"],
                  "tuesday": "09:00-17:00",
                  "funday": ["10:00-11:00"]
                },
                "holidays": {
                  "basedOn": "US-FEDERAL",
                  "rules": [
                    { "name": "Day after Thanksgiving", "kind": "DaysAfter", "rule": "Thanksgiving", "days": 1 },
                    { "name": "Founders Day", "kind": "Fixed", "month": "April", "day": 30 }
                  ]
                }
              },
              "priorities": ["P1", "P2"],
              "targets": {
                "P1": { "firstResponse": { "business": "4 hours" } },
                "P5": { "resolution": { "businessDays": 2 } }
              }
            }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));

        string[] expected =
        {
            "$.businessCalendar.zone: Expected a time zone id such as \"America/New_York\", was the string \"Mars/Olympus_Mons\".",
            "$.businessCalendar.schedule.funday: Expected one of the properties \"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\" or \"sunday\", was an unknown property.",
            "$.businessCalendar.schedule.tuesday: Expected an array of hours like \"09:00-17:00\" (empty when closed), was the string \"09:00-17:00\".",
            "$.businessCalendar.schedule.monday[1]: Expected hours that do not overlap \"09:00-17:00\", was \"12:00-18:00\".",
            "$.businessCalendar.holidays.rules[1].month: Expected an integer from 1 to 12, was the string \"April\".",
            "$.businessCalendar.holidays.rules[0].rule: Rule 'Day after Thanksgiving' counts from 'Thanksgiving', but the calendar has no rule of that name; the nearest is \"Thanksgiving Day\".",
            "$.targets.P1.firstResponse.business: Expected a duration like \"4h\", \"90m\", \"1h30m\" or \"PT1H30M\", was the string \"4 hours\".",
            "$.targets.P5: Policy \"Broken\" has no priority \"P5\"; its priorities are P1, P2; the nearest are \"P1\" or \"P2\".",
        };
        Assert.Equal(expected, exception.Errors.Select(e => e.ToString()));
        Assert.Equal("The configuration document has 8 problems:\n" + string.Join("\n", expected), exception.Message);
    }

    [Fact]
    public void ReadSlaPolicy_ErrorParts_PathAndMessageSeparately()
    {
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy("""{ "name": "", "priorities": [] }"""));

        Assert.Collection(
            exception.Errors,
            e => Assert.Equal(("$.name", "Expected a policy name that is not empty, was the string \"\"."), (e.Path, e.Message)),
            e => Assert.Equal(("$.businessCalendar", "Expected a business calendar object, was missing."), (e.Path, e.Message)),
            e => Assert.Equal(("$.priorities", "Expected at least one priority name, was an array."), (e.Path, e.Message)));
        Assert.Equal("The configuration document has 3 problems:\n" + string.Join("\n", exception.Errors), exception.Message);
    }

    [Fact]
    public void ReadHolidayCalendar_DayNotInMonth_ReportsTheRulesOwnCheckAtTheRule()
    {
        // April has 30 days: the reader's range check (1-31) passes, and the rule's own check (HolidayRule.Fixed's, shared) names the
        // rule and the month, at the day.
        const string json = """{ "rules": [ { "name": "Founders Day", "kind": "Fixed", "month": 4, "day": 31 } ] }""";

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.rules[0].day: The day of rule 'Founders Day' must be between 1 and 30 for month 4, was 31.", error.ToString());
        Assert.Equal("The configuration document has 1 problem:\n" + error, exception.Message);
    }

    [Fact]
    public void ReadHolidayCalendar_RuleProblems_ListsEachRule()
    {
        const string json = """
            {
              "weekendDays": ["Saturday", "Caturday", "Saturday"],
              "supportedYears": { "first": 2030, "last": 2020 },
              "rules": [
                { "name": "Easter Monday", "kind": "Easter", "offsetDays": 1, "month": 4 },
                { "name": "Odd", "kind": "Lunar" },
                { "kind": "NthWeekday", "month": 11, "dayOfWeek": "Thursday", "occurrence": 0 },
                { "name": "Gap days", "kind": "BusinessDaysBetween", "fromRule": "Christmas", "toRule": "Easter Monday" },
                { "name": "Shutdown", "kind": "Dates", "dates": ["2026-12-24", "24/12/2026"] },
                "Labor Day"
              ]
            }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));

        Assert.Equal(
            new[]
            {
                "$.weekendDays[1]: Expected one of \"Monday\", \"Tuesday\", \"Wednesday\", \"Thursday\", \"Friday\", \"Saturday\" or \"Sunday\", was the string \"Caturday\"; the nearest is \"Saturday\".",
                "$.weekendDays[2]: Expected each weekend day once, was the string \"Saturday\".",
                "$.supportedYears.last: The last supported year must be between the first, 2030, and 9900, was 2020.",
                "$.rules[0].month: Expected one of the properties \"name\", \"kind\", \"offsetDays\", \"observance\", \"moves\", \"fromYear\", \"untilYear\", \"localName\", \"source\" or \"note\", was an unknown property.",
                "$.rules[1].kind: Expected one of \"Fixed\", \"NthWeekday\", \"Easter\", \"OrthodoxEaster\", \"DaysAfter\", \"BusinessDaysBefore\", \"BusinessDaysAfter\", \"BusinessDaysBetween\", \"Dates\", \"Lunisolar\", \"Hebrew\", \"Equinox\", \"DayBetweenHolidays\" or \"WorkingDays\", was the string \"Lunar\".",
                "$.rules[2].name: Expected a holiday name that is not empty, was missing.",
                "$.rules[2].occurrence: Expected an occurrence from 1 to 5, or -1 for the last, was the number 0.",
                "$.rules[4].dates[1]: Expected a date like \"2026-12-24\", was the string \"24/12/2026\".",
                "$.rules[5]: Expected a holiday rule object, was the string \"Labor Day\".",
                "$.rules[3].fromRule: Rule 'Gap days' counts from 'Christmas', but the calendar has no rule of that name.",
            },
            exception.Errors.Select(e => e.ToString()));
    }

    // Every day a weekend day leaves a substitute holiday no day to move to; Monday–Saturday off leaves 366 days at most 53
    // business days (the Sundays), too few for 60. Both are decided by the rules and the weekend alone, so reading fails at the rule.
    [Theory]
    [InlineData("[\"Monday\", \"Tuesday\", \"Wednesday\", \"Thursday\", \"Friday\", \"Saturday\", \"Sunday\"]", "{ \"name\": \"B\", \"kind\": \"Fixed\", \"month\": 12, \"day\": 26, \"observance\": \"NextWeekday\" }",
        "$.rules[1]: Rule 'B' needs business days, but every day of the week is a weekend day of the calendar.")]
    [InlineData("[\"Monday\", \"Tuesday\", \"Wednesday\", \"Thursday\", \"Friday\", \"Saturday\", \"Sunday\"]", "{ \"name\": \"B\", \"kind\": \"BusinessDaysAfter\", \"rule\": \"A\", \"count\": 1 }",
        "$.rules[1]: Rule 'B' needs business days, but every day of the week is a weekend day of the calendar.")]
    [InlineData("[\"Monday\", \"Tuesday\", \"Wednesday\", \"Thursday\", \"Friday\", \"Saturday\"]", "{ \"name\": \"B\", \"kind\": \"BusinessDaysAfter\", \"rule\": \"A\", \"count\": 60 }",
        "$.rules[1].count: Rule 'B' counts 60 business days after 'A', but 366 days hold at most 53 days that are not weekend days; a business-day rule must find its day within 366 days.")]
    public void ReadHolidayCalendar_RuleTheWeekendLeavesNoRoomFor_IsAProblemAtTheRule(string weekend, string rule, string expected)
    {
        string json = "{ \"weekendDays\": " + weekend + ", \"rules\": [ { \"name\": \"A\", \"kind\": \"Fixed\", \"month\": 1, \"day\": 1 }, " + rule + " ] }";
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadHolidayCalendar(json));
        Assert.Equal(expected, Assert.Single(exception.Errors).ToString());
    }

    // NodaTime's parsers stop at a NUL, so a date or an instant followed by one would read as if it were not there.
    [Fact]
    public void Read_DatesAndInstantsWithANul_AreProblems()
    {
        var overrides = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadDateOverrides("{ \"2026-12-24\\u0000\": [] }"));
        Assert.Equal("$['2026-12-24\0']: Expected a date like \"2026-12-24\" as the property name, was \"2026-12-24\0\".", Assert.Single(overrides.Errors).ToString());

        var exclusion = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadUptimePolicy(
            "{ \"exclusions\": [ { \"start\": \"2026-10-10T02:00:00Z\\u0000\", \"end\": \"2026-10-10T03:00:00Z\" } ] }"));
        SlaConfigurationError error = Assert.Single(exclusion.Errors);
        Assert.Equal("$.exclusions[0].start", error.Path);
    }

    [Fact]
    public void ReadBusinessCalendar_ScheduleAndOverrideProblems_ListsEach()
    {
        const string json = """
            {
              "zone": "Europe/London",
              "schedule": {
                "monday": ["09:00-12:00", "12:00-17:00"],
                "friday": ["22:00-06:00", "09:00-17:00"],
                "saturday": ["05:00-07:00"],
                "sunday": ["00:00-00:00", "9:00-17:00", 9]
              },
              "scheduleChanges": [ { "from": "2027-01-01" } ],
              "overrides": {
                "2026-12-24": ["09:00-13:00"],
                "2026-12-31": ["13:00-09:00"],
                "31/12/2026": [],
                "2027-01-02": "closed"
              }
            }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadBusinessCalendar(json));

        // Monday's two ranges touch and are fine (they merge). Friday 22:00-06:00 runs into Saturday 00:00-06:00, which overlaps
        // Saturday's 05:00-07:00: the later-starting range is the one reported.
        Assert.Equal(
            new[]
            {
                "$.schedule.sunday[0]: Business hours must close at a different time than they open, was 00:00–00:00 on Sunday; 00:00–24:00 is the whole day.",
                "$.schedule.sunday[1]: Expected hours like \"09:00-17:00\", was the string \"9:00-17:00\".",
                "$.schedule.sunday[2]: Expected hours like \"09:00-17:00\", was the number 9.",
                "$.schedule.saturday[0]: Expected hours that do not overlap \"22:00-06:00\", was \"05:00-07:00\".",
                "$.scheduleChanges[0].schedule: Expected a weekly schedule object with days such as \"monday\", was missing.",
                "$.overrides['2026-12-31'][0]: Opening hours must close after they open within the day, was 13:00–09:00.",
                "$.overrides['31/12/2026']: Expected a date like \"2026-12-24\" as the property name, was \"31/12/2026\".",
                "$.overrides['2027-01-02']: Expected an array of hours like \"09:00-17:00\" (empty when closed), was the string \"closed\".",
            },
            exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadBusinessCalendar_BadUnionAndMissingParts_ListsEach()
    {
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadBusinessCalendar("""{ "union": [ ] }"""));
        Assert.Equal(
            "$.union: Expected an array of at least one business calendar, was an array.",
            Assert.Single(exception.Errors).ToString());

        exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadBusinessCalendar("""{ "union": [ { "zone": "UTC" }, [] ] }"""));
        Assert.Equal(
            new[]
            {
                "$.union[0].schedule: Expected a weekly schedule object with days such as \"monday\", was missing.",
                "$.union[1]: Expected a business calendar object, was an array.",
            },
            exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadSlaPolicy_TargetProblems_ListsEach()
    {
        const string json = """
            {
              "name": "Targets",
              "businessCalendar": { "zone": "UTC", "schedule": { "monday": ["00:00-24:00"] } },
              "priorities": ["High", "high", " Low"],
              "targets": {
                "High": {
                  "firstResponse": { "calendar": "1h", "business": "1h" },
                  "resolution": { },
                  "triage": { "business": "2h" }
                },
                "HIGH": { "firstResponse": { "nextBusinessDayAt": "25:00" } }
              },
              "name": "Twice"
            }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadSlaPolicy(json));

        // "HIGH" is "High" again ignoring case, as policies match priority names: a repeated row, whose cells are still checked.
        Assert.Equal(
            new[]
            {
                "$.name: Expected each property once, was a repeated property.",
                "$.priorities[1]: Priority names must be distinct ignoring case, but \"high\" at position 1 repeats \"High\" at position 0.",
                "$.priorities[2]: Priority names must be non-empty with no leading or trailing spaces, was \" Low\" at position 2.",
                "$.targets.High.firstResponse: Expected exactly one of \"calendar\", \"business\", \"businessDays\", \"endOfBusinessDay\" or \"nextBusinessDayAt\", was \"calendar\" and \"business\".",
                "$.targets.High.resolution: Expected exactly one of \"calendar\", \"business\", \"businessDays\", \"endOfBusinessDay\" or \"nextBusinessDayAt\", was none.",
                "$.targets.High.triage: Expected one of the metrics \"firstResponse\" or \"resolution\", was \"triage\".",
                "$.targets.HIGH: Expected each priority once (names match ignoring case), was a repeated priority.",
                "$.targets.HIGH.firstResponse.nextBusinessDayAt: Expected a time of day like \"10:00\", was the string \"25:00\".",
            },
            exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadUptimeSla_EveryProblem_ListsEach()
    {
        const string json = """
            {
              "targetPercent": 100.5,
              "policy": {
                "errorRateThreshold": "5%",
                "minimumDowntimeRun": 0,
                "method": "Average",
                "averagingInterval": "5 minutes",
                "timeZone": "Eastern",
                "exclusions": [ { "start": "2026-10-20T02:30:00Z", "end": "2026-10-20T02:00:00Z" }, { "start": "2026-10-20 02:00" } ]
              },
              "credits": { "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 95, "creditPercent": 100 },
                                      { "minimumUptimePercent": 99, "maximumUptimePercent": 100, "creditPercent": 10 } ] },
              "rounding": "Bankers",
              "minorUnitDecimals": 7
            }
            """;

        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadUptimeSla(json));

        Assert.Equal(
            new[]
            {
                "$.targetPercent: Expected a percentage more than 0 and at most 100, was the number 100.5.",
                "$.policy.errorRateThreshold: Expected an error rate strictly between 0 and 1 with at most 9 decimal places, was the string \"5%\".",
                "$.policy.minimumDowntimeRun: Expected an integer from 1 to 2147483647, was the number 0.",
                "$.policy.method: Expected one of \"DownMinutes\" or \"AverageErrorRate\", was the string \"Average\"; the nearest is \"AverageErrorRate\".",
                "$.policy.averagingInterval: Expected a duration like \"4h\", \"90m\", \"1h30m\" or \"PT1H30M\", was the string \"5 minutes\".",
                "$.policy.timeZone: Expected a time zone id such as \"America/New_York\", was the string \"Eastern\"; the nearest is \"US/Eastern\".",
                "$.policy.exclusions[0].end: Expected an end at or after the start \"2026-10-20T02:30:00Z\", was \"2026-10-20T02:00:00Z\".",
                "$.policy.exclusions[1].start: Expected a date and time with an offset like \"2026-10-10T02:00:00Z\", was the string \"2026-10-20 02:00\".",
                "$.policy.exclusions[1].end: Expected a date and time with an offset like \"2026-10-10T02:00:00Z\", was missing.",
                "$.credits.tiers: Tiers must not leave a gap, but [0 %, 95 %) → 100 % and [99 %, 100 %] → 10 % leave [95 %, 99 %) uncovered.",
                "$.rounding: Expected one of \"ToEven\", \"AwayFromZero\", \"ToZero\", \"ToNegativeInfinity\" or \"ToPositiveInfinity\", was the string \"Bankers\".",
                "$.minorUnitDecimals: Expected an integer from 0 to 6, was the number 7.",
            },
            exception.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("""{ "tiers": [ """, "$: Expected a JSON document, was malformed JSON at line 1, position 14.")]
    [InlineData("[]", "$: Expected a credit schedule object, was an array.")]
    [InlineData("""{ "tiers": [ 1 ] }""", "$.tiers[0]: Expected a credit tier object, was the number 1.")]
    [InlineData("""{ "tiers": { } }""", "$.tiers: Expected an array of credit tiers, was an object.")]
    [InlineData("""{ "tiers": null }""", "$.tiers: Expected an array of credit tiers, was null.")]
    public void ReadCreditSchedule_NotTheDocument_OneProblem(string json, string expected)
    {
        var exception = Assert.Throws<SlaConfigurationException>(() => SlaJson.ReadCreditSchedule(json));

        Assert.Equal(expected, Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void ReadSlaPolicy_NullArguments_Throw()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SlaJson.ReadSlaPolicy(null!)).ParamName);
        Assert.Equal("zones", Assert.Throws<ArgumentNullException>(() => SlaJson.ReadSlaPolicy("{}", null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => SlaJson.Write((SlaEngine.Policies.SlaPolicy)null!)).ParamName);
    }
}
