using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Uptime;
using S = SlaEngine.Serialization.Schema.DocumentSchemas;

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


    /// <summary>Reads an SLA policy: name, business calendar, priorities and a target table keyed by priority and metric.</summary>
    public static SlaPolicy? SlaPolicy(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.SlaPolicy))
        {
            return null;
        }

        string? name = r.ReadString(value, path, S.SlaPolicy["name"]);
        BusinessCalendar? calendar = RequiredCalendar(r, value, path, "businessCalendar");
        if (name is not null)
        {
            Policies.SlaPolicy.CheckName(name, new ConfigProblems(r, path));
        }

        // The names are strings first (the document's shape), then valid priorities (SlaPolicy's own check, shared).
        var priorities = new List<string>();
        if (r.ReadArray(value, path, S.SlaPolicy["priorities"], true) is JsonElement array)
        {
            string prioritiesPath = ConfigReader.Child(path, "priorities");
            int typed = r.ErrorCount;
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(prioritiesPath, index++);
                if (item.ValueKind != JsonValueKind.String)
                {
                    r.Expected(itemPath, "a priority name", item);
                }
                else
                {
                    priorities.Add(item.GetString()!);
                }
            }

            if (r.ErrorCount == typed && priorities.Count > 0)
            {
                Policies.SlaPolicy.CheckPriorities(priorities, new ConfigProblems(r, path));
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
                    if (priority is null && priorities.Count == 0)
                    {
                        // The priorities are missing or not an array of names, and already reported: no list to name.
                        r.Error(rowPath, "Expected one of the policy's priorities (none could be read), was " + ConfigReader.Quote(row.Name) + ".");
                    }
                    else if (priority is null)
                    {
                        Policies.SlaPolicy.UnknownPriority(name ?? string.Empty, priorities, row.Name, "priority", new ConfigProblems(r, rowPath, ("priority", null)));
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

        var policy = Policies.SlaPolicy.Create(name!, calendar!, priorities.ToArray());
        foreach (var (priority, metric, target, own) in targets)
        {
            policy = own is null ? policy.WithTarget(priority, metric, target) : policy.WithTarget(priority, metric, target, own);
        }

        return policy;
    }

    /// <summary>Reads a credit schedule: its tiers.</summary>
    public static CreditSchedule? CreditSchedule(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.CreditSchedule))
        {
            return null;
        }

        var tiers = new List<CreditTier>();
        if (r.ReadArray(value, path, S.CreditSchedule["tiers"], true) is JsonElement array)
        {
            string tiersPath = ConfigReader.Child(path, "tiers");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string tierPath = ConfigReader.Item(tiersPath, index++);
                if (!r.CheckObject(item, tierPath, S.CreditTier))
                {
                    continue;
                }

                int tierErrors = r.ErrorCount;
                decimal? min = r.ReadDecimal(item, tierPath, S.CreditTier["minimumUptimePercent"]);
                decimal? max = r.ReadDecimal(item, tierPath, S.CreditTier["maximumUptimePercent"]);
                decimal? credit = r.ReadDecimal(item, tierPath, S.CreditTier["creditPercent"]);
                if (r.ErrorCount == tierErrors && CreditTier.Check(min!.Value, max!.Value, credit!.Value, new ConfigProblems(r, tierPath)))
                {
                    tiers.Add(new CreditTier(min.Value, max.Value, credit.Value));
                }
            }
        }

        return r.ErrorCount != errors ? null : Uptime.CreditSchedule.TryCreate(tiers, new ConfigProblems(r, path));
    }

    /// <summary>Reads an uptime policy; absent properties keep <see cref="UptimePolicy.Default"/>'s values.</summary>
    public static UptimePolicy? UptimePolicy(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.UptimePolicy))
        {
            return null;
        }

        // The threshold in percent, or as a fraction (version 1 documents): the same setting, so never both.
        decimal? percent = r.ReadDecimal(value, path, S.ErrorRatePercent);
        decimal? threshold = percent / 100m ?? r.ReadDecimal(value, path, S.ErrorRateFraction);
        string thresholdName = percent.HasValue ? S.ErrorRatePercent.Name : S.ErrorRateFraction.Name;
        int? minimumValid = r.ReadInt(value, path, S.UptimePolicy["minimumValidRequests"]);
        int? minimumRun = r.ReadInt(value, path, S.UptimePolicy["minimumDowntimeRun"]);
        UptimeMethod? method = r.ReadName(value, path, S.UptimePolicy["method"], Methods);
        bool hasInterval = r.TryReadDuration(value, path, S.UptimePolicy["averagingInterval"], out Duration interval);
        DateTimeZone? zone = r.ReadZone(value, path, S.UptimePolicy["timeZone"]);
        ExclusionMode? mode = r.ReadName(value, path, S.UptimePolicy["exclusionMode"], ExclusionModes);
        var exclusions = new List<Interval>();
        if (r.ReadArray(value, path, S.UptimePolicy["exclusions"], false) is JsonElement array)
        {
            string exclusionsPath = ConfigReader.Child(path, "exclusions");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(exclusionsPath, index++);
                if (!r.CheckObject(item, itemPath, S.Exclusion))
                {
                    continue;
                }

                bool hasStart = r.TryReadText(item, itemPath, S.Exclusion["start"], ConfigText.TryParseInstant, out Instant start);
                bool hasEnd = r.TryReadText(item, itemPath, S.Exclusion["end"], ConfigText.TryParseInstant, out Instant end);
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

        // The values have their types and ranges (the document's shape); UptimePolicy's own checks, shared, have the last word.
        if ((threshold is decimal t && !Uptime.UptimePolicy.CheckThreshold(t, "value", new ConfigProblems(r, path, ("value", thresholdName))))
            | (minimumValid is int v && !Uptime.UptimePolicy.CheckMinimumValidRequests(v, "value", new ConfigProblems(r, path, ("value", "minimumValidRequests"))))
            | (minimumRun is int m && !Uptime.UptimePolicy.CheckMinimumDowntimeRun(m, "value", new ConfigProblems(r, path, ("value", "minimumDowntimeRun"))))
            | (hasInterval && !Uptime.UptimePolicy.CheckAveragingInterval(interval, "value", new ConfigProblems(r, path, ("value", "averagingInterval")))))
        {
            return null;
        }

        var policy = Uptime.UptimePolicy.Default;
        policy = threshold is decimal threshold2 ? policy with { ErrorRateThreshold = threshold2 } : policy;
        policy = minimumValid is int valid ? policy with { MinimumValidRequests = valid } : policy;
        policy = minimumRun is int run ? policy with { MinimumDowntimeRun = run } : policy;
        policy = method is UptimeMethod uptimeMethod ? policy with { Method = uptimeMethod } : policy;
        policy = hasInterval ? policy with { AveragingInterval = interval } : policy;
        policy = zone is not null ? policy with { TimeZone = zone } : policy;
        policy = mode is ExclusionMode exclusionMode ? policy with { ExclusionMode = exclusionMode } : policy;
        policy = exclusions.Count > 0 ? policy with { Exclusions = exclusions } : policy;
        policy = serviceHours is not null ? policy with { ServiceHours = serviceHours } : policy;
        return r.ErrorCount != errors ? null : policy;
    }

    /// <summary>Reads an uptime SLA: name, target, measuring policy, credits and their rounding.</summary>
    public static UptimeSla? UptimeSla(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.UptimeSla))
        {
            return null;
        }

        string? name = r.ReadString(value, path, S.UptimeSla["name"]);
        decimal? target = r.ReadDecimal(value, path, S.UptimeSla["targetPercent"]);
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

        MidpointRounding? rounding = r.ReadName(value, path, S.UptimeSla["rounding"], Roundings);
        int? decimals = r.ReadInt(value, path, S.UptimeSla["minorUnitDecimals"]);
        if (r.ErrorCount != errors)
        {
            return null;
        }

        if ((name is not null && !Uptime.UptimeSla.CheckName(name, "value", new ConfigProblems(r, path, ("value", "name"))))
            | (target is decimal percent && !Uptime.UptimeSla.CheckTargetPercent(percent, "value", new ConfigProblems(r, path, ("value", "targetPercent")))))
        {
            return null;
        }

        var sla = new UptimeSla { Credits = credits };
        sla = name is not null ? sla with { Name = name } : sla;
        sla = target is decimal targetPercent ? sla with { TargetPercent = targetPercent } : sla;
        sla = policy is not null ? sla with { Policy = policy } : sla;
        sla = rounding is MidpointRounding midpoint ? sla with { Rounding = midpoint } : sla;
        sla = decimals is int minor ? sla with { MinorUnitDecimals = minor } : sla;
        return r.ErrorCount != errors ? null : sla;
    }

    private static bool Target(ConfigReader r, JsonElement value, string path, out SlaTarget target, out BusinessCalendar? calendar)
    {
        target = default;
        calendar = null;
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.Target))
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

        // SlaTarget's own checks, shared: a duration or a number of days in its range.
        var problems = new ConfigProblems(r, path, ("duration", kinds[0]), ("days", kinds[0]), ("calendar", "businessCalendar"));
        SlaTarget? created = null;
        switch (kinds[0])
        {
            case "calendar":
            case "business":
                if (r.TryReadDuration(value, path, S.Target[kinds[0]], out Duration duration))
                {
                    created = SlaTarget.TryCreate(kinds[0] == "calendar" ? SlaTargetKind.Calendar : SlaTargetKind.Business, duration, 0, problems);
                }

                break;
            case "businessDays":
            case "endOfBusinessDay":
            {
                if (r.ReadInt(value, path, S.Target[kinds[0]]) is int days)
                {
                    created = SlaTarget.TryCreate(kinds[0] == "businessDays" ? SlaTargetKind.BusinessDays : SlaTargetKind.EndOfBusinessDay, Duration.Zero, days, problems);
                }

                break;
            }

            default:
                if (r.TryReadText(value, path, S.Target[kinds[0]], ConfigText.TryParseTimeOfDay, out LocalTime time))
                {
                    created = SlaTarget.NextBusinessDayAt(time);
                }

                break;
        }

        if (created is SlaTarget made && ConfigReader.TryGet(value, "businessCalendar", out _))
        {
            Policies.SlaPolicy.CheckOwnCalendar(made, problems);
        }

        if (r.ErrorCount != errors || created is null)
        {
            return false;
        }

        target = created.Value;
        return true;
    }

    private static BusinessCalendar? RequiredCalendar(ConfigReader r, JsonElement value, string path, string name)
    {
        if (ConfigReader.TryGet(value, name, out JsonElement calendar))
        {
            return BusinessCalendar(r, calendar, ConfigReader.Child(path, name));
        }

        if (value.TryGetProperty(name, out JsonElement present))
        {
            r.Expected(ConfigReader.Child(path, name), S.BusinessCalendar.Expectation, present);
        }
        else
        {
            r.Missing(ConfigReader.Child(path, name), S.BusinessCalendar.Expectation);
        }

        return null;
    }
}
