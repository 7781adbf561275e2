using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using SlaEngine.BusinessHours;
using SlaEngine.Serialization;
using SlaEngine.Serialization.Schema;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Serialization.Schema;

/// <summary>
/// The published JSON Schemas and the reader agree, checked with JsonSchema.Net (independent of the library): the samples and
/// every written document validate; structurally bad documents fail both; documents that are well-formed but wrong (what only
/// the library's validators can see) pass the schema and fail the reader, at the path the corpus names.
/// </summary>
public sealed class DocumentSchemasTests
{
    private const string Policy = "sla-policy.schema.json";
    private const string Holidays = "holiday-calendar.schema.json";
    private const string Business = "business-calendar.schema.json";
    private const string Schedule = "weekly-schedule.schema.json";
    private const string Overrides = "date-overrides.schema.json";
    private const string Credits = "credit-schedule.schema.json";
    private const string Uptime = "uptime-policy.schema.json";
    private const string Sla = "uptime-sla.schema.json";

    private const string Calendar = """{ "zone": "UTC", "schedule": { "monday": ["09:00-17:00"] } }""";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(RepositoryPaths.File(Path.Combine("samples", "Policies")), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Each sample names its schema in "$schema", a path into schemas/ that an editor resolves; it validates, and reads.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAgainstTheSchemaItNames(string sample)
    {
        string path = RepositoryPaths.File(Path.Combine("samples", "Policies", sample));
        string json = File.ReadAllText(path);
        using var document = JsonDocument.Parse(json);
        string reference = document.RootElement.GetProperty("$schema").GetString()!;
        string schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference));
        Assert.Equal(RepositoryPaths.File("schemas"), Path.GetDirectoryName(schemaPath));
        string schema = Path.GetFileName(schemaPath);

        Assert.Empty(Schemas.Errors(schema, json));
        Read(schema, json);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenHolidayCalendar_Validates(HolidayCalendarConfigCase c) => Assert.Empty(Schemas.Errors(Holidays, SlaJson.Write(c.Calendar)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenWeeklySchedule_Validates(WeeklySchedule schedule) => Assert.Empty(Schemas.Errors(Schedule, SlaJson.Write(schedule)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenDateOverrides_Validate(DateOverrides overrides) => Assert.Empty(Schemas.Errors(Overrides, SlaJson.Write(overrides)));

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenBusinessCalendar_Validates(BusinessCalendarConfigCase c) => Assert.Empty(Schemas.Errors(Business, SlaJson.Write(c.Calendar)));

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenSlaPolicy_Validates(SlaPolicyConfigCase c) => Assert.Empty(Schemas.Errors(Policy, SlaJson.Write(c.Policy)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenCreditSchedule_Validates(CreditScheduleConfigCase c) => Assert.Empty(Schemas.Errors(Credits, SlaJson.Write(c.Schedule)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenUptimePolicy_Validates(UptimePolicyConfigCase c) => Assert.Empty(Schemas.Errors(Uptime, SlaJson.Write(c.Policy)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ConfigGenerators)])]
    public void WrittenUptimeSla_Validates(UptimeSlaConfigCase c) => Assert.Empty(Schemas.Errors(Sla, SlaJson.Write(c.Sla)));

    /// <summary>Documents whose shape is wrong: a missing or unknown property, a wrong type, a value out of range, a text form that does not parse.</summary>
    public static TheoryData<string, string> StructurallyBad() => new()
    {
        { Policy, """{ "name": "P", "priorities": ["High"] }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": [] }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "colour": "red" }""" },
        { Policy, """{ "name": "", "businessCalendar": """ + Calendar + """, "priorities": ["High"] }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "business": "4 hours" } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "business": "P1D" } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "business": "4h", "calendar": "4h" } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "triage": { "business": "4h" } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "resolution": { "businessDays": 0 } } } }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "resolution": { "nextBusinessDayAt": "25:00" } } } }""" },
        { Policy, """[]""" },
        { Business, """{ "zone": "UTC" }""" },
        { Business, """{ "zone": "UTC", "schedule": { "monday": "09:00-17:00" } }""" },
        { Business, """{ "zone": "UTC", "schedule": { "monday": ["9am-5pm"] } }""" },
        { Business, """{ "zone": "UTC", "schedule": { "funday": [] } }""" },
        { Business, """{ "zone": 5, "schedule": { } }""" },
        { Business, """{ "union": [] }""" },
        { Business, """{ "zone": "UTC", "schedule": { }, "overrides": { "24/12/2026": [] } }""" },
        { Business, """{ "zone": "UTC", "schedule": { }, "scheduleChanges": [ { "from": "2027-01-01" } ] }""" },
        { Business, """{ "zone": "UTC", "schedule": { }, "holidays": "MARS" }""" },
        { Holidays, """{ "weekendDays": ["Caturday"], "rules": [] }""" },
        { Holidays, """{ "weekendDays": ["Saturday"] }""" },
        { Holidays, """{ "weekendDays": ["Saturday", "Sunday", "Saturday"], "rules": [] }""" },
        { Holidays, """{ "rules": [ { "name": "Odd", "kind": "Lunar" } ] }""" },
        { Holidays, """{ "rules": [ { "name": "May Day", "kind": "Fixed", "month": 13, "day": 1 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "May Day", "kind": "Fixed", "month": 5 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Easter Monday", "kind": "Easter", "offsetDays": 1, "month": 4 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Thanksgiving", "kind": "NthWeekday", "month": 11, "dayOfWeek": "Thursday", "occurrence": 0 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Closed", "kind": "Dates", "dates": [] } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Closed", "kind": "Dates", "dates": ["2026-13-01"] } ] }""" },
        { Holidays, """{ "rules": [], "supportedYears": { "first": 0, "last": 2000 } }""" },
        { Holidays, """{ "union": [] }""" },
        { Holidays, """{ "without": ["Christmas Day"], "rules": [] }""" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": ["Christmas Day", "Christmas Day"] }""" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": [""] }""" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": "Christmas Day" }""" },
        { Schedule, """{ "monday": ["09:00-17:00"], "Monday": [] }""" },
        { Overrides, """{ "2026-12-24": "closed" }""" },
        { Credits, """{ "tiers": [] }""" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 101, "creditPercent": 10 } ] }""" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "creditPercent": 10 } ] }""" },
        { Uptime, """{ "errorRateThreshold": 1.5 }""" },
        { Uptime, """{ "errorRateThresholdPercent": 0 }""" },
        { Uptime, """{ "errorRateThresholdPercent": 5, "errorRateThreshold": 0.05 }""" },
        { Uptime, """{ "minimumDowntimeRun": 0 }""" },
        { Uptime, """{ "method": "Average" }""" },
        { Uptime, """{ "averagingInterval": "P1D" }""" },
        { Uptime, """{ "exclusions": [ { "start": "2026-10-20 02:00", "end": "2026-10-20T03:00:00Z" } ] }""" },
        { Sla, """{ "targetPercent": 100.5 }""" },
        { Sla, """{ "minorUnitDecimals": 7 }""" },
        { Sla, """{ "rounding": "Bankers" }""" },
        { Sla, """{ "$schema": 5 }""" },
    };

    [Theory]
    [MemberData(nameof(StructurallyBad))]
    public void StructurallyBadDocument_FailsTheSchemaAndTheReader(string schema, string json)
    {
        Assert.NotEmpty(Schemas.Errors(schema, json));
        Assert.Throws<SlaConfigurationException>(() => Read(schema, json));
    }

    /// <summary>Documents with the right shape and wrong content: what the library's own validators find, and where.</summary>
    public static TheoryData<string, string, string> SemanticallyBad() => new()
    {
        // Overlapping hours (a document's mistake: the C# API merges them).
        { Business, """{ "zone": "UTC", "schedule": { "monday": ["09:00-17:00", "12:00-18:00"] } }""", "$.schedule.monday[1]" },
        { Business, """{ "zone": "UTC", "schedule": { "friday": ["22:00-06:00"], "saturday": ["05:00-07:00"] } }""", "$.schedule.saturday[0]" },
        { Overrides, """{ "2026-12-24": ["09:00-13:00", "12:00-14:00"] }""", "$['2026-12-24'][1]" },
        { Overrides, """{ "2026-12-31": ["13:00-09:00"] }""", "$['2026-12-31'][0]" },
        { Schedule, """{ "sunday": ["00:00-00:00"] }""", "$.sunday[0]" },

        // Unknown rule references, cycles, names in effect in the same years, dates that do not exist.
        { Holidays, """{ "basedOn": "US-FEDERAL", "rules": [ { "name": "Day after", "kind": "DaysAfter", "rule": "Thanksgiving", "days": 1 } ] }""", "$.rules[0].rule" },
        { Holidays, """{ "rules": [ { "name": "A", "kind": "DaysAfter", "rule": "B", "days": 1 }, { "name": "B", "kind": "DaysAfter", "rule": "A", "days": 1 } ] }""", "$.rules[0]" },
        { Holidays, """{ "rules": [ { "name": "Gap", "kind": "BusinessDaysBetween", "fromRule": "Christmas", "toRule": "New Year" } ] }""", "$.rules[0].fromRule" },
        { Holidays, """{ "rules": [ { "name": "X", "kind": "Fixed", "month": 1, "day": 2 }, { "name": "X", "kind": "Fixed", "month": 1, "day": 3 } ] }""", "$.rules[0]" },
        { Holidays, """{ "rules": [ { "name": "Founders Day", "kind": "Fixed", "month": 4, "day": 31 } ] }""", "$.rules[0].day" },
        { Holidays, """{ "rules": [ { "name": "Closed", "kind": "Dates", "dates": ["2026-02-30"] } ] }""", "$.rules[0].dates[0]" },
        { Holidays, """{ "rules": [ { "name": "Y", "kind": "Fixed", "month": 1, "day": 2, "fromYear": 2030, "untilYear": 2020 } ] }""", "$.rules[0].untilYear" },
        { Holidays, """{ "rules": [], "supportedYears": { "first": 2030, "last": 2020 } }""", "$.supportedYears.last" },

        // Rules left out of the calendar it is based on: one that calendar lacks (named with the nearest), one another rule counts from.
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": ["Christmas"] }""", "$.without[0]" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": ["Thanksgiving Day"], "rules": [ { "name": "Day after", "kind": "DaysAfter", "rule": "Thanksgiving Day", "days": 1 } ] }""", "$.rules[0].rule" },

        // Unknown zones and calendars (names the schema cannot list).
        { Business, """{ "zone": "Mars/Olympus_Mons", "schedule": { } }""", "$.zone" },
        { Uptime, """{ "timeZone": "Eastern" }""", "$.timeZone" },

        // Credit tiers: a gap, an overlap, a credit that rises with uptime, a range that is empty, too many decimal places.
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 95, "creditPercent": 100 }, { "minimumUptimePercent": 99, "maximumUptimePercent": 100, "creditPercent": 10 } ] }""", "$.tiers" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 99.5, "creditPercent": 100 }, { "minimumUptimePercent": 99, "maximumUptimePercent": 100, "creditPercent": 10 } ] }""", "$.tiers" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 99, "creditPercent": 10 }, { "minimumUptimePercent": 99, "maximumUptimePercent": 100, "creditPercent": 20 } ] }""", "$.tiers" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 0, "creditPercent": 10 } ] }""", "$.tiers[0].maximumUptimePercent" },
        { Credits, """{ "tiers": [ { "minimumUptimePercent": 0, "maximumUptimePercent": 100, "creditPercent": 10.1234567 } ] }""", "$.tiers[0].creditPercent" },

        // Policies: priorities that repeat ignoring case, a target row for a priority the policy lacks, a calendar on a 24x7 target.
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High", "high"] }""", "$.priorities[1]" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "Hgh": { "firstResponse": { "business": "4h" } } } }""", "$.targets.Hgh" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "calendar": "4h", "businessCalendar": """ + Calendar + """ } } } }""", "$.targets.High.firstResponse.businessCalendar" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "business": "0m" } } } }""", "$.targets.High.firstResponse.business" },

        // Uptime: an averaging interval that is not whole minutes, a threshold with too many places, an exclusion that ends before it starts.
        { Uptime, """{ "averagingInterval": "90s" }""", "$.averagingInterval" },
        { Uptime, """{ "errorRateThreshold": 0.0000000001 }""", "$.errorRateThreshold" },
        { Uptime, """{ "exclusions": [ { "start": "2026-10-20T02:30:00Z", "end": "2026-10-20T02:00:00Z" } ] }""", "$.exclusions[0].end" },
    };

    [Theory]
    [MemberData(nameof(SemanticallyBad))]
    public void SemanticallyBadDocument_PassesTheSchemaAndFailsTheReaderAtItsPath(string schema, string json, string path)
    {
        Assert.Empty(Schemas.Errors(schema, json));
        var exception = Assert.Throws<SlaConfigurationException>(() => Read(schema, json));
        Assert.Contains(path, exception.Errors.Select(e => e.Path));
    }

    /// <summary>
    /// Documents the reader accepts, in forms the schema once refused: optional properties that are null (the reader has always
    /// taken null as absent), hours around white space the reader trims beyond ASCII's, instants with a decimal comma (ISO 8601's
    /// other separator, which NodaTime reads), metrics in another case (matched ignoring case, as priorities are), integers
    /// written with a fraction or an exponent (integers in JSON Schema's sense).
    /// </summary>
    public static TheoryData<string, string> ReaderAccepts() => new()
    {
        { Holidays, """{ "weekendDays": null, "supportedYears": null, "rules": [ { "name": "A", "kind": "Fixed", "month": 1, "day": 2, "observance": null, "fromYear": null, "untilYear": null } ] }""" },
        { Holidays, """{ "basedOn": null, "rules": [ { "name": "E", "kind": "Easter", "offsetDays": null } ] }""" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "rules": null }""" },
        { Holidays, """{ "basedOn": "US-FEDERAL", "without": null }""" },
        { Holidays, """{ "basedOn": "GB", "without": ["Easter Monday", "Summer bank holiday"], "rules": [ { "name": "Summer bank holiday", "kind": "NthWeekday", "month": 8, "dayOfWeek": "Monday", "occurrence": 1 } ] }""" },
        { Holidays, """{ "union": ["US-FEDERAL"], "supportedYears": null }""" },
        { Schedule, """{ "monday": null, "tuesday": ["09:00-17:00"] }""" },
        { Business, """{ "zone": "UTC", "schedule": { "monday": ["09:00-17:00"] }, "holidays": null, "scheduleChanges": null, "overrides": null }""" },
        { Business, """{ "zone": null, "union": [ """ + Calendar + """ ] }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": null }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "firstResponse": { "business": "4h", "calendar": null, "businessCalendar": null } } } }""" },
        { Uptime, """{ "errorRateThresholdPercent": null, "errorRateThreshold": null, "minimumValidRequests": null, "method": null, "averagingInterval": null, "timeZone": null, "exclusionMode": null, "exclusions": null, "serviceHours": null }""" },
        { Uptime, """{ "errorRateThresholdPercent": 5, "errorRateThreshold": null }""" },
        { Sla, """{ "name": null, "targetPercent": null, "policy": null, "credits": null, "rounding": null, "minorUnitDecimals": null }""" },
        { Schedule, """{ "monday": ["09:00\u00A0-\u00A017:00", "18:00\u3000\u2013\u200A19:00\u0085"] }""" },
        { Overrides, """{ "2026-12-24": ["09:00\u2028-\u202F12:00"] }""" },
        { Uptime, """{ "exclusions": [ { "start": "2026-10-20T02:00:00,5Z", "end": "2026-10-20T09:00:00,123456789+05:30" } ] }""" },
        { Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "FirstResponse": { "business": "4h" }, "RESOLUTION": { "businessDays": 2 } } } }""" },
        { Holidays, """{ "rules": [ { "name": "A", "kind": "Fixed", "month": 1.0, "day": 2E0, "fromYear": 2.000E3 } ] }""" },
        { Sla, """{ "minorUnitDecimals": 2.0 }""" },
        { Uptime, """{ "minimumValidRequests": 1E2, "minimumDowntimeRun": 3.0 }""" },
    };

    [Theory]
    [MemberData(nameof(ReaderAccepts))]
    public void DocumentTheReaderAccepts_PassesTheSchema(string schema, string json)
    {
        Read(schema, json);
        Assert.Empty(Schemas.Errors(schema, json));
    }

    /// <summary>Numbers with a fractional part are still no integers, for either.</summary>
    [Theory]
    [InlineData(Holidays, """{ "rules": [ { "name": "A", "kind": "Fixed", "month": 1.5, "day": 2 } ] }""")]
    [InlineData(Sla, """{ "minorUnitDecimals": 2.000001 }""")]
    [InlineData(Uptime, """{ "minimumValidRequests": 1E-1 }""")]
    [InlineData(Uptime, """{ "minimumValidRequests": 2147483648.0 }""")]
    public void NumberWithAFraction_IsNoInteger(string schema, string json)
    {
        Assert.NotEmpty(Schemas.Errors(schema, json));
        Assert.Throws<SlaConfigurationException>(() => Read(schema, json));
    }

    /// <summary>
    /// The patterns' white space is exactly what the reader trims (<see cref="char.IsWhiteSpace(char)"/>), in .NET's ECMAScript
    /// mode as in .NET's own: names that are blank fail both, and hours padded with any trimmed character pass both.
    /// </summary>
    [Fact]
    public void Patterns_WhiteSpace_IsWhatTheReaderTrims()
    {
        var ecmaScript = new Regex("^" + DocumentSchemas.WhiteSpace + "$", RegexOptions.ECMAScript);
        var dotNet = new Regex("^" + DocumentSchemas.WhiteSpace + "$");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = ((char)c).ToString();
            bool trimmed = char.IsWhiteSpace((char)c);
            Assert.True(trimmed == ecmaScript.IsMatch(text), $"U+{c:X4}: trimmed {trimmed}, ECMAScript class {!trimmed}");
            Assert.True(trimmed == dotNet.IsMatch(text), $"U+{c:X4}: trimmed {trimmed}, .NET class {!trimmed}");
            if (trimmed)
            {
                string hours = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["monday"] = [text + "09:00" + text + "-" + text + "17:00" + text] });
                Read(Schedule, hours);
                Assert.Empty(Schemas.Errors(Schedule, hours));
                string blank = """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": [""" + JsonSerializer.Serialize(text) + """] }""";
                Assert.NotEmpty(Schemas.Errors(Policy, blank));
                Assert.Throws<SlaConfigurationException>(() => Read(Policy, blank));
            }
        }
    }

    /// <summary>
    /// The text forms' patterns accept every text their parsers accept, on one corpus: times, hours, dates, instants and
    /// durations, well-formed and not, each in the property of a document that holds it.
    /// </summary>
    [Fact]
    public void Patterns_AcceptEveryTextTheParsersAccept()
    {
        string[] times = ["00:00", "09:30", "23:59", "24:00", "24:00:00", "24:00:00.000000000", "24:00:01", "24:30", "9:00", "09:5", "09:60", "09:00:00", "09:00:59.5", "09:00:00.1234567", "09:00:00.123456789", "09:00:00.1234567891", "09:00:00.", "09:00:00,5", "25:00", "0900", " 09:00", "09:00 ", "09:00Z", "\u0660\u0669:\u0660\u0660"];
        string[] dates = ["2026-12-24", "2026-02-29", "2024-02-29", "0000-01-01", "-0001-03-01", "-9998-01-01", "-9999-01-01", "9999-12-31", "+2026-01-01", "12026-01-01", "2026-1-01", "2026-01-1", "20260101", "2026-13-01", "2026-00-01", "2026-01-32", "2026-01-01T", " 2026-01-01"];
        string[] offsets = ["Z", "z", "+00", "-00:00", "+05:30", "+05:30:15", "+0530", "+5:30", "+18:00", "+19:00", ""];
        string[] fractions = ["", ".5", ",5", ".123456789", ",123456789", ".1234567891", ".", ","];
        string[] durations = ["4h", "90m", "1h30m", "45s", "1.5s", "0.5s", "0m", "1h0.5s", "4H", "1.5h", "PT4H", "pt4h", "Pt1h30M", "PT0S", "PT0.5S", "PT1.5H", "P1D", "P1DT2H", "PT", "P", "", "+4h", "-4h", " 4h", "4h ", "1000000h", "1000001h", "PT1000000H", "4h30", "h"];
        var failures = new List<string>();
        void Check(string schema, string json, string text, bool parses)
        {
            if (parses && Schemas.Errors(schema, json).Count > 0)
            {
                failures.Add(schema + ": " + text);
            }
        }

        foreach (string time in times)
        {
            Check(Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "resolution": { "nextBusinessDayAt": """ + JsonSerializer.Serialize(time) + """ } } } }""", time, ConfigText.TryParseTimeOfDay(time, out _));
            foreach (string close in times)
            {
                foreach (string dash in new[] { "-", "\u2013", " - ", " \u2013 " })
                {
                    string hours = time + dash + close;
                    Check(Schedule, """{ "monday": [""" + JsonSerializer.Serialize(hours) + """] }""", hours, ConfigText.TryParseHours(hours, out _, out _));
                }
            }
        }

        foreach (string date in dates)
        {
            Check(Overrides, JsonSerializer.Serialize(new Dictionary<string, string[]> { [date] = [] }), date, ConfigText.TryParseDate(date, out _));
            foreach (string fraction in fractions)
            {
                foreach (string offset in offsets)
                {
                    string instant = date + "T02:00:00" + fraction + offset;
                    Check(Uptime, """{ "exclusions": [ { "start": """ + JsonSerializer.Serialize(instant) + """, "end": "9999-12-31T00:00:00Z" } ] }""", instant, ConfigText.TryParseInstant(instant, out _));
                }
            }
        }

        foreach (string duration in durations)
        {
            Check(Policy, """{ "name": "P", "businessCalendar": """ + Calendar + """, "priorities": ["High"], "targets": { "High": { "resolution": { "business": """ + JsonSerializer.Serialize(duration) + """ } } } }""", duration, ConfigText.TryParseDuration(duration, out _));
        }

        Assert.Empty(failures);
    }

    private static object Read(string schema, string json) => schema switch
    {
        Policy => SlaJson.ReadSlaPolicy(json),
        Holidays => SlaJson.ReadHolidayCalendar(json),
        Business => SlaJson.ReadBusinessCalendar(json),
        Schedule => SlaJson.ReadWeeklySchedule(json),
        Overrides => SlaJson.ReadDateOverrides(json),
        Credits => SlaJson.ReadCreditSchedule(json),
        Uptime => SlaJson.ReadUptimePolicy(json),
        Sla => SlaJson.ReadUptimeSla(json),
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "Unknown schema."),
    };
}
