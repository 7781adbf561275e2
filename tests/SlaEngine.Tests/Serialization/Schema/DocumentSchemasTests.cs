using System.Text.Json;
using FsCheck.Xunit;
using SlaEngine.BusinessHours;
using SlaEngine.Serialization;
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
        { Holidays, """{ "rules": [ { "name": "Odd", "kind": "Lunar" } ] }""" },
        { Holidays, """{ "rules": [ { "name": "May Day", "kind": "Fixed", "month": 13, "day": 1 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "May Day", "kind": "Fixed", "month": 5 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Easter Monday", "kind": "Easter", "offsetDays": 1, "month": 4 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Thanksgiving", "kind": "NthWeekday", "month": 11, "dayOfWeek": "Thursday", "occurrence": 0 } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Closed", "kind": "Dates", "dates": [] } ] }""" },
        { Holidays, """{ "rules": [ { "name": "Closed", "kind": "Dates", "dates": ["2026-13-01"] } ] }""" },
        { Holidays, """{ "rules": [], "supportedYears": { "first": 0, "last": 2000 } }""" },
        { Holidays, """{ "union": [] }""" },
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
