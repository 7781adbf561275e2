using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlaEngine.Serialization;

// The shapes of the documents as they are written. Writing goes through the source-generated SlaJsonContext (no reflection, so
// trimming and NativeAOT work). Reading walks a JsonDocument instead (DocumentReader): a generated deserializer stops at the
// first wrong type, and a configuration reader must report every problem at once, each with its path.
#pragma warning disable SA1402, SA1649 // Internal document shapes live together.

/// <summary>A holiday calendar document.</summary>
internal sealed class HolidayCalendarJson
{
    public List<string>? WeekendDays { get; set; }

    public SupportedYearsJson? SupportedYears { get; set; }

    public List<HolidayRuleJson>? Rules { get; set; }

    public List<HolidayCalendarJson>? Union { get; set; }
}

/// <summary>The supported years of a holiday calendar.</summary>
internal sealed class SupportedYearsJson
{
    public int First { get; set; }

    public int Last { get; set; }
}

/// <summary>One holiday rule; the properties present depend on <see cref="Kind"/>.</summary>
internal sealed class HolidayRuleJson
{
    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public int? Month { get; set; }

    public int? Day { get; set; }

    public string? DayOfWeek { get; set; }

    public int? Occurrence { get; set; }

    public string? Observance { get; set; }

    public int? OffsetDays { get; set; }

    public string? Rule { get; set; }

    public int? Days { get; set; }

    public int? Count { get; set; }

    public string? FromRule { get; set; }

    public string? ToRule { get; set; }

    public List<string>? Dates { get; set; }

    public int? FromYear { get; set; }

    public int? UntilYear { get; set; }
}

/// <summary>A weekly schedule: each day's hours, empty when closed.</summary>
internal sealed class WeeklyScheduleJson
{
    public List<string> Monday { get; set; } = new();

    public List<string> Tuesday { get; set; } = new();

    public List<string> Wednesday { get; set; } = new();

    public List<string> Thursday { get; set; } = new();

    public List<string> Friday { get; set; } = new();

    public List<string> Saturday { get; set; } = new();

    public List<string> Sunday { get; set; } = new();
}

/// <summary>A business calendar, or a union of them.</summary>
internal sealed class BusinessCalendarJson
{
    public string? Zone { get; set; }

    public WeeklyScheduleJson? Schedule { get; set; }

    public JsonElement? Holidays { get; set; }

    public List<ScheduleChangeJson>? ScheduleChanges { get; set; }

    public Dictionary<string, List<string>>? Overrides { get; set; }

    public List<BusinessCalendarJson>? Union { get; set; }
}

/// <summary>A schedule that takes effect on a date.</summary>
internal sealed class ScheduleChangeJson
{
    public string From { get; set; } = string.Empty;

    public WeeklyScheduleJson Schedule { get; set; } = new();
}

/// <summary>An SLA policy.</summary>
internal sealed class SlaPolicyJson
{
    public string Name { get; set; } = string.Empty;

    public BusinessCalendarJson BusinessCalendar { get; set; } = new();

    public List<string> Priorities { get; set; } = new();

    public Dictionary<string, Dictionary<string, SlaTargetJson>> Targets { get; set; } = new();
}

/// <summary>One target: exactly one of the kinds, and optionally its own calendar.</summary>
internal sealed class SlaTargetJson
{
    public string? Calendar { get; set; }

    public string? Business { get; set; }

    public int? BusinessDays { get; set; }

    public int? EndOfBusinessDay { get; set; }

    public string? NextBusinessDayAt { get; set; }

    public BusinessCalendarJson? BusinessCalendar { get; set; }
}

/// <summary>A credit schedule.</summary>
internal sealed class CreditScheduleJson
{
    public List<CreditTierJson> Tiers { get; set; } = new();
}

/// <summary>One credit tier.</summary>
internal sealed class CreditTierJson
{
    public decimal MinimumUptimePercent { get; set; }

    public decimal MaximumUptimePercent { get; set; }

    public decimal CreditPercent { get; set; }
}

/// <summary>An uptime policy.</summary>
internal sealed class UptimePolicyJson
{
    public decimal ErrorRateThreshold { get; set; }

    public int MinimumValidRequests { get; set; }

    public int MinimumDowntimeRun { get; set; }

    public string Method { get; set; } = string.Empty;

    public string AveragingInterval { get; set; } = string.Empty;

    public string TimeZone { get; set; } = string.Empty;

    public string ExclusionMode { get; set; } = string.Empty;

    public List<ExclusionJson>? Exclusions { get; set; }

    public BusinessCalendarJson? ServiceHours { get; set; }
}

/// <summary>An excluded interval, [start, end).</summary>
internal sealed class ExclusionJson
{
    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;
}

/// <summary>An uptime SLA.</summary>
internal sealed class UptimeSlaJson
{
    public string Name { get; set; } = string.Empty;

    public decimal TargetPercent { get; set; }

    public UptimePolicyJson Policy { get; set; } = new();

    public CreditScheduleJson? Credits { get; set; }

    public string Rounding { get; set; } = string.Empty;

    public int MinorUnitDecimals { get; set; }
}

/// <summary>Source-generated serialization metadata for the document shapes.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(HolidayCalendarJson))]
[JsonSerializable(typeof(WeeklyScheduleJson))]
[JsonSerializable(typeof(Dictionary<string, List<string>>))]
[JsonSerializable(typeof(BusinessCalendarJson))]
[JsonSerializable(typeof(SlaPolicyJson))]
[JsonSerializable(typeof(CreditScheduleJson))]
[JsonSerializable(typeof(UptimePolicyJson))]
[JsonSerializable(typeof(UptimeSlaJson))]
internal sealed partial class SlaJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context every document is written with: indented, camelCase, nulls left out, text unescaped where JSON allows.</summary>
    public static SlaJsonContext Documents { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
