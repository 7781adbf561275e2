using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

internal static partial class DocumentReader
{
    internal static readonly string[] MetricKeys = { "firstResponse", "resolution" };
    internal static readonly SlaMetric[] Metrics = { SlaMetric.FirstResponse, SlaMetric.Resolution };
    internal static readonly string[] TargetKinds = { "calendar", "business", "businessDays", "endOfBusinessDay", "nextBusinessDayAt" };
    internal static readonly string[] MethodNames = { "DownMinutes", "AverageErrorRate" };
    internal static readonly UptimeMethod[] Methods = { UptimeMethod.DownMinutes, UptimeMethod.AverageErrorRate };
    internal static readonly string[] ExclusionModeNames = { "BeforeGrouping", "AfterGrouping" };
    internal static readonly ExclusionMode[] ExclusionModes = { ExclusionMode.BeforeGrouping, ExclusionMode.AfterGrouping };
    internal static readonly string[] RoundingNames = { "ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity" };
    internal static readonly MidpointRounding[] Roundings = { MidpointRounding.ToEven, MidpointRounding.AwayFromZero, (MidpointRounding)2, (MidpointRounding)3, (MidpointRounding)4 };

    private const string DurationExpectation = "a duration like \"4h\", \"90m\" or \"1h30m\"";
    private const string InstantExpectation = "a date and time with an offset like \"2026-10-10T02:00:00Z\"";
    private const string CalendarExpectation = "a business calendar object";

    private static readonly string[] s_policyProperties = { "name", "businessCalendar", "priorities", "targets" };
    private static readonly string[] s_targetProperties = { "calendar", "business", "businessDays", "endOfBusinessDay", "nextBusinessDayAt", "businessCalendar" };
    private static readonly string[] s_creditProperties = { "tiers" };
    private static readonly string[] s_tierProperties = { "minimumUptimePercent", "maximumUptimePercent", "creditPercent" };
    private static readonly string[] s_uptimeProperties =
    {
        "errorRateThreshold", "minimumValidRequests", "minimumDowntimeRun", "method", "averagingInterval", "timeZone", "exclusionMode", "exclusions", "serviceHours",
    };

    private static readonly string[] s_exclusionProperties = { "start", "end" };
    private static readonly string[] s_slaProperties = { "name", "targetPercent", "policy", "credits", "rounding", "minorUnitDecimals" };

    /// <summary>Reads an SLA policy: name, business calendar, priorities and a target table keyed by priority and metric.</summary>
    public static SlaPolicy? SlaPolicy(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "an SLA policy object", s_policyProperties))
        {
            return null;
        }

        string? name = r.ReadString(value, path, "name", true, "a policy name that is not empty");
        BusinessCalendar? calendar = RequiredCalendar(r, value, path, "businessCalendar");
        var priorities = new List<string>();
        if (r.ReadArray(value, path, "priorities", true, "an array of priority names") is JsonElement array)
        {
            string prioritiesPath = ConfigReader.Child(path, "priorities");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(prioritiesPath, index++);
                string? priority = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                if (priority is null || priority.Trim().Length == 0 || priority.Trim().Length != priority.Length)
                {
                    r.Expected(itemPath, "a priority name that is not empty and has no leading or trailing spaces", item);
                }
                else if (priorities.Exists(p => string.Equals(p, priority, StringComparison.OrdinalIgnoreCase)))
                {
                    r.Expected(itemPath, "priority names that differ ignoring case", item);
                }
                else
                {
                    priorities.Add(priority);
                }
            }

            if (index == 0)
            {
                r.Expected(prioritiesPath, "at least one priority name", array);
            }
        }

        var targets = new List<(string Priority, SlaMetric Metric, SlaTarget Target, BusinessCalendar? Calendar)>();
        if (ConfigReader.TryGet(value, "targets", out JsonElement table))
        {
            string tablePath = ConfigReader.Child(path, "targets");
            if (table.ValueKind != JsonValueKind.Object)
            {
                r.Expected(tablePath, "an object keyed by priority", table);
            }
            else
            {
                var seenRows = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (JsonProperty row in table.EnumerateObject())
                {
                    string rowPath = ConfigReader.Child(tablePath, row.Name);
                    string? priority = priorities.Find(p => string.Equals(p, row.Name, StringComparison.OrdinalIgnoreCase));
                    if (priority is null)
                    {
                        r.Error(rowPath, "Expected one of the priorities " + (priorities.Count == 0 ? "(none are valid)" : ConfigReader.OneOf(priorities)) + ", was " + ConfigReader.Quote(row.Name) + ".");
                    }
                    else if (!seenRows.Add(priority))
                    {
                        r.Error(rowPath, "Expected each priority once (names match ignoring case), was a repeated priority.");
                    }

                    if (row.Value.ValueKind != JsonValueKind.Object)
                    {
                        r.Expected(rowPath, "an object keyed by metric (\"firstResponse\", \"resolution\")", row.Value);
                        continue;
                    }

                    var seenMetrics = new HashSet<int>();
                    foreach (JsonProperty cell in row.Value.EnumerateObject())
                    {
                        string cellPath = ConfigReader.Child(rowPath, cell.Name);
                        int metric = Array.FindIndex(MetricKeys, m => string.Equals(m, cell.Name, StringComparison.OrdinalIgnoreCase));
                        if (metric < 0)
                        {
                            r.Error(cellPath, "Expected one of the metrics " + ConfigReader.OneOf(MetricKeys) + ", was " + ConfigReader.Quote(cell.Name) + ".");
                        }
                        else if (!seenMetrics.Add(metric))
                        {
                            r.Error(cellPath, "Expected each metric once (names match ignoring case), was a repeated metric.");
                        }

                        if (Target(r, cell.Value, cellPath, out SlaTarget target, out BusinessCalendar? own) && priority is not null && metric >= 0)
                        {
                            targets.Add((priority, Metrics[metric], target, own));
                        }
                    }
                }
            }
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        return Build(r, path, () =>
        {
            var policy = Policies.SlaPolicy.Create(name!, calendar!, priorities.ToArray());
            foreach (var (priority, metric, target, own) in targets)
            {
                policy = own is null ? policy.WithTarget(priority, metric, target) : policy.WithTarget(priority, metric, target, own);
            }

            return policy;
        });
    }

    /// <summary>Reads a credit schedule: its tiers.</summary>
    public static CreditSchedule? CreditSchedule(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "a credit schedule object", s_creditProperties))
        {
            return null;
        }

        var tiers = new List<CreditTier>();
        if (r.ReadArray(value, path, "tiers", true, "an array of credit tiers") is JsonElement array)
        {
            string tiersPath = ConfigReader.Child(path, "tiers");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string tierPath = ConfigReader.Item(tiersPath, index++);
                if (!r.CheckObject(item, tierPath, "a credit tier object", s_tierProperties))
                {
                    continue;
                }

                int tierErrors = r.ErrorCount;
                const string Percent = "a percentage from 0 to 100";
                decimal? min = r.ReadDecimal(item, tierPath, "minimumUptimePercent", true, Percent, IsPercent);
                decimal? max = r.ReadDecimal(item, tierPath, "maximumUptimePercent", true, Percent, IsPercent);
                decimal? credit = r.ReadDecimal(item, tierPath, "creditPercent", true, Percent, IsPercent);
                if (r.ErrorCount == tierErrors)
                {
                    try
                    {
                        tiers.Add(new CreditTier(min!.Value, max!.Value, credit!.Value));
                    }
                    catch (ArgumentException e)
                    {
                        r.Rejected(tierPath, e);
                    }
                }
            }

            if (index == 0)
            {
                r.Expected(tiersPath, "at least one credit tier", array);
            }
        }

        return r.ErrorCount != errors ? null : Build(r, ConfigReader.Child(path, "tiers"), () => Uptime.CreditSchedule.Create(tiers.ToArray()));
    }

    /// <summary>Reads an uptime policy; absent properties keep <see cref="UptimePolicy.Default"/>'s values.</summary>
    public static UptimePolicy? UptimePolicy(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "an uptime policy object", s_uptimeProperties))
        {
            return null;
        }

        decimal? threshold = r.ReadDecimal(value, path, "errorRateThreshold", false, "an error rate strictly between 0 and 1 with at most 9 decimal places", IsThreshold);
        int? minimumValid = r.ReadInt(value, path, "minimumValidRequests", false, 0, int.MaxValue);
        int? minimumRun = r.ReadInt(value, path, "minimumDowntimeRun", false, 1, int.MaxValue);
        UptimeMethod? method = r.ReadName(value, path, "method", false, MethodNames, Methods);
        bool hasInterval = r.TryReadText(value, path, "averagingInterval", false, DurationExpectation, ConfigText.TryParseDuration, out Duration interval);
        DateTimeZone? zone = r.ReadZone(value, path, "timeZone", false);
        ExclusionMode? mode = r.ReadName(value, path, "exclusionMode", false, ExclusionModeNames, ExclusionModes);
        var exclusions = new List<Interval>();
        if (r.ReadArray(value, path, "exclusions", false, "an array of excluded intervals") is JsonElement array)
        {
            string exclusionsPath = ConfigReader.Child(path, "exclusions");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(exclusionsPath, index++);
                if (!r.CheckObject(item, itemPath, "an object with \"start\" and \"end\"", s_exclusionProperties))
                {
                    continue;
                }

                bool hasStart = r.TryReadText(item, itemPath, "start", true, InstantExpectation, ConfigText.TryParseInstant, out Instant start);
                bool hasEnd = r.TryReadText(item, itemPath, "end", true, InstantExpectation, ConfigText.TryParseInstant, out Instant end);
                if (hasStart && hasEnd)
                {
                    if (end < start)
                    {
                        r.Error(ConfigReader.Child(itemPath, "end"), "Expected an end at or after the start " + ConfigReader.Quote(ConfigText.FormatInstant(start)) + ", was " + ConfigReader.Quote(ConfigText.FormatInstant(end)) + ".");
                    }
                    else
                    {
                        exclusions.Add(new Interval(start, end));
                    }
                }
            }
        }

        BusinessCalendar? serviceHours = null;
        if (ConfigReader.TryGet(value, "serviceHours", out JsonElement hours))
        {
            serviceHours = BusinessCalendar(r, hours, ConfigReader.Child(path, "serviceHours"));
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        var policy = Uptime.UptimePolicy.Default;
        Set(r, ConfigReader.Child(path, "errorRateThreshold"), threshold.HasValue, () => policy = policy with { ErrorRateThreshold = threshold!.Value });
        Set(r, ConfigReader.Child(path, "minimumValidRequests"), minimumValid.HasValue, () => policy = policy with { MinimumValidRequests = minimumValid!.Value });
        Set(r, ConfigReader.Child(path, "minimumDowntimeRun"), minimumRun.HasValue, () => policy = policy with { MinimumDowntimeRun = minimumRun!.Value });
        Set(r, ConfigReader.Child(path, "method"), method.HasValue, () => policy = policy with { Method = method!.Value });
        Set(r, ConfigReader.Child(path, "averagingInterval"), hasInterval, () => policy = policy with { AveragingInterval = interval });
        Set(r, ConfigReader.Child(path, "timeZone"), zone is not null, () => policy = policy with { TimeZone = zone! });
        Set(r, ConfigReader.Child(path, "exclusionMode"), mode.HasValue, () => policy = policy with { ExclusionMode = mode!.Value });
        Set(r, ConfigReader.Child(path, "exclusions"), exclusions.Count > 0, () => policy = policy with { Exclusions = exclusions });
        Set(r, ConfigReader.Child(path, "serviceHours"), serviceHours is not null, () => policy = policy with { ServiceHours = serviceHours });
        return r.ErrorCount != errors ? null : policy;
    }

    /// <summary>Reads an uptime SLA: name, target, measuring policy, credits and their rounding.</summary>
    public static UptimeSla? UptimeSla(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "an uptime SLA object", s_slaProperties))
        {
            return null;
        }

        string? name = r.ReadString(value, path, "name", false, "an SLA name that is not empty");
        decimal? target = r.ReadDecimal(value, path, "targetPercent", false, "a percentage more than 0 and at most 100", v => v > 0m && v <= 100m);
        UptimePolicy? policy = null;
        if (ConfigReader.TryGet(value, "policy", out JsonElement policyValue))
        {
            policy = UptimePolicy(r, policyValue, ConfigReader.Child(path, "policy"));
        }

        CreditSchedule? credits = null;
        if (ConfigReader.TryGet(value, "credits", out JsonElement creditsValue))
        {
            credits = CreditSchedule(r, creditsValue, ConfigReader.Child(path, "credits"));
        }

        MidpointRounding? rounding = r.ReadName(value, path, "rounding", false, RoundingNames, Roundings);
        int? decimals = r.ReadInt(value, path, "minorUnitDecimals", false, 0, 6);
        if (r.ErrorCount != errors)
        {
            return null;
        }

        var sla = new UptimeSla { Credits = credits };
        Set(r, ConfigReader.Child(path, "name"), name is not null, () => sla = sla with { Name = name! });
        Set(r, ConfigReader.Child(path, "targetPercent"), target.HasValue, () => sla = sla with { TargetPercent = target!.Value });
        Set(r, ConfigReader.Child(path, "policy"), policy is not null, () => sla = sla with { Policy = policy! });
        Set(r, ConfigReader.Child(path, "rounding"), rounding.HasValue, () => sla = sla with { Rounding = rounding!.Value });
        Set(r, ConfigReader.Child(path, "minorUnitDecimals"), decimals.HasValue, () => sla = sla with { MinorUnitDecimals = decimals!.Value });
        return r.ErrorCount != errors ? null : sla;
    }

    private static bool Target(ConfigReader r, JsonElement value, string path, out SlaTarget target, out BusinessCalendar? calendar)
    {
        target = default;
        calendar = null;
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "a target object such as {\"business\": \"4h\"}", s_targetProperties))
        {
            return false;
        }

        var kinds = new List<string>();
        foreach (string kind in TargetKinds)
        {
            if (ConfigReader.TryGet(value, kind, out _))
            {
                kinds.Add(kind);
            }
        }

        if (ConfigReader.TryGet(value, "businessCalendar", out JsonElement own))
        {
            calendar = BusinessCalendar(r, own, ConfigReader.Child(path, "businessCalendar"));
        }

        if (kinds.Count != 1)
        {
            r.Error(path, "Expected exactly one of " + ConfigReader.OneOf(TargetKinds) + ", was " + (kinds.Count == 0 ? "none" : ConfigReader.OneOf(kinds).Replace(" or ", " and ")) + ".");
            return false;
        }

        Func<SlaTarget>? create = null;
        switch (kinds[0])
        {
            case "calendar":
            case "business":
                if (r.TryReadText(value, path, kinds[0], true, DurationExpectation, ConfigText.TryParseDuration, out Duration duration))
                {
                    create = kinds[0] == "calendar" ? () => SlaTarget.Calendar(duration) : () => SlaTarget.Business(duration);
                }

                break;
            case "businessDays":
            case "endOfBusinessDay":
            {
                int? days = r.ReadInt(value, path, kinds[0], true, kinds[0] == "businessDays" ? 1 : 0, SlaTarget.MaxDays);
                if (days is int d)
                {
                    create = kinds[0] == "businessDays" ? () => SlaTarget.BusinessDays(d) : () => SlaTarget.EndOfBusinessDay(d);
                }

                break;
            }

            default:
                if (r.TryReadText(value, path, kinds[0], true, "a time of day like \"10:00\"", ConfigText.TryParseTimeOfDay, out LocalTime time))
                {
                    create = () => SlaTarget.NextBusinessDayAt(time);
                }

                break;
        }

        if (r.ErrorCount != errors || create is null)
        {
            return false;
        }

        try
        {
            target = create();
            return true;
        }
        catch (ArgumentException e)
        {
            r.Rejected(ConfigReader.Child(path, kinds[0]), e);
            return false;
        }
    }

    private static BusinessCalendar? RequiredCalendar(ConfigReader r, JsonElement value, string path, string name)
    {
        if (ConfigReader.TryGet(value, name, out JsonElement calendar))
        {
            return BusinessCalendar(r, calendar, ConfigReader.Child(path, name));
        }

        if (value.TryGetProperty(name, out JsonElement present))
        {
            r.Expected(ConfigReader.Child(path, name), CalendarExpectation, present);
        }
        else
        {
            r.Missing(ConfigReader.Child(path, name), CalendarExpectation);
        }

        return null;
    }

    private static void Set(ConfigReader r, string path, bool present, Action set)
    {
        if (!present)
        {
            return;
        }

        try
        {
            set();
        }
        catch (ArgumentException e)
        {
            r.Rejected(path, e);
        }
    }

    private static bool IsPercent(decimal value) => value >= 0m && value <= 100m;

    private static bool IsThreshold(decimal value) => value > 0m && value < 1m && Internal.DecimalParts.Places(value) <= Uptime.UptimePolicy.MaxThresholdDecimalPlaces;
}
