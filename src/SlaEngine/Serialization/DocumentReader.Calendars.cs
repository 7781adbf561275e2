using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;

namespace SlaEngine.Serialization;

/// <summary>Reads configuration documents into library objects, reporting every problem to a <see cref="ConfigReader"/>.</summary>
/// <remarks>Each method returns <see langword="null"/> when its part had problems; the caller never builds on a broken part.</remarks>
internal static partial class DocumentReader
{
    internal static readonly string[] DayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    internal static readonly string[] DayKeys = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    internal static readonly IsoDayOfWeek[] Days =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    internal static readonly string[] KindNames =
    {
        "Fixed", "NthWeekday", "Easter", "OrthodoxEaster", "DaysAfter", "BusinessDaysBefore", "BusinessDaysAfter", "BusinessDaysBetween", "Dates",
    };

    internal static readonly HolidayRuleKind[] Kinds =
    {
        HolidayRuleKind.Fixed, HolidayRuleKind.NthWeekday, HolidayRuleKind.Easter, HolidayRuleKind.OrthodoxEaster, HolidayRuleKind.DaysAfter,
        HolidayRuleKind.BusinessDaysBefore, HolidayRuleKind.BusinessDaysAfter, HolidayRuleKind.BusinessDaysBetween, HolidayRuleKind.Dates,
    };

    internal static readonly string[] ObservanceNames = { "None", "NearestWeekday", "SundayToMonday", "NextWeekday" };
    internal static readonly Observance[] Observances = { Observance.None, Observance.NearestWeekday, Observance.SundayToMonday, Observance.NextWeekday };

    private const string HoursExpectation = "hours like \"09:00-17:00\"";
    private const string DateExpectation = "a date like \"2026-12-24\"";
    private const string RuleNameExpectation = "the name of a rule in this calendar";

    private static readonly string[] s_calendarProperties = { "basedOn", "weekendDays", "supportedYears", "rules" };
    private static readonly string[] s_calendarUnionProperties = { "union", "supportedYears" };
    private static readonly string[] s_yearsProperties = { "first", "last" };
    private static readonly string[] s_businessCalendarProperties = { "zone", "schedule", "holidays", "scheduleChanges", "overrides" };
    private static readonly string[] s_unionProperties = { "zone", "union" };
    private static readonly string[] s_changeProperties = { "from", "schedule" };
    private static readonly string[] s_common = { "name", "kind", "fromYear", "untilYear" };

    private static readonly Dictionary<HolidayRuleKind, string[]> s_ruleProperties = new()
    {
        [HolidayRuleKind.Fixed] = s_common.Concat(new[] { "month", "day", "observance" }).ToArray(),
        [HolidayRuleKind.NthWeekday] = s_common.Concat(new[] { "month", "dayOfWeek", "occurrence" }).ToArray(),
        [HolidayRuleKind.Easter] = s_common.Concat(new[] { "offsetDays" }).ToArray(),
        [HolidayRuleKind.OrthodoxEaster] = s_common.Concat(new[] { "offsetDays" }).ToArray(),
        [HolidayRuleKind.DaysAfter] = s_common.Concat(new[] { "rule", "days" }).ToArray(),
        [HolidayRuleKind.BusinessDaysBefore] = s_common.Concat(new[] { "rule", "count" }).ToArray(),
        [HolidayRuleKind.BusinessDaysAfter] = s_common.Concat(new[] { "rule", "count" }).ToArray(),
        [HolidayRuleKind.BusinessDaysBetween] = s_common.Concat(new[] { "fromRule", "toRule" }).ToArray(),
        [HolidayRuleKind.Dates] = s_common.Concat(new[] { "dates" }).ToArray(),
    };

    /// <summary>Reads a holiday calendar: a built-in id (a string) or a calendar object.</summary>
    public static HolidayCalendar? HolidayCalendar(ConfigReader r, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return BuiltIn(r, value, path);
        }

        int errors = r.ErrorCount;
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("union", out JsonElement union))
        {
            return HolidayCalendarUnion(r, value, union, path);
        }

        if (!r.CheckObject(value, path, "a holiday calendar id (" + string.Join(", ", HolidayCalendars.Ids) + ") or a holiday calendar object", s_calendarProperties))
        {
            return null;
        }

        HolidayCalendar? basis = null;
        if (ConfigReader.TryGet(value, "basedOn", out JsonElement basedOn))
        {
            basis = BuiltIn(r, basedOn, ConfigReader.Child(path, "basedOn"));
        }

        IsoDayOfWeek[]? weekend = null;
        if (r.ReadArray(value, path, "weekendDays", false, "an array of weekday names") is JsonElement weekendArray)
        {
            weekend = WeekendDays(r, weekendArray, ConfigReader.Child(path, "weekendDays"));
        }

        var (first, last) = SupportedYears(r, value, path);

        var rules = new List<HolidayRule>();
        var rulePaths = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (r.ReadArray(value, path, "rules", basis is null && !ConfigReader.TryGet(value, "basedOn", out _), "an array of holiday rules") is JsonElement ruleArray)
        {
            string rulesPath = ConfigReader.Child(path, "rules");
            int index = 0;
            foreach (JsonElement item in ruleArray.EnumerateArray())
            {
                // A rule with problems still has its name, so rules counting from it are not reported as well.
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out JsonElement named) && named.ValueKind == JsonValueKind.String)
                {
                    names.Add(named.GetString()!);
                }

                string rulePath = ConfigReader.Item(rulesPath, index++);
                if (Rule(r, item, rulePath) is HolidayRule rule)
                {
                    rules.Add(rule);
                    rulePaths.Add(rulePath);
                }
            }
        }

        // Every relative rule must count from a rule of the calendar (its own or the basis's); report them all here, before
        // the calendar's own check, which stops at the first.
        if (basis is not null)
        {
            names.UnionWith(basis.Rules.Select(x => x.Name));
        }

        for (int i = 0; i < rules.Count; i++)
        {
            CheckReference(r, rules[i].ReferenceRuleName, names, ConfigReader.Child(rulePaths[i], rules[i].Kind == HolidayRuleKind.BusinessDaysBetween ? "fromRule" : "rule"));
            CheckReference(r, rules[i].EndReferenceRuleName, names, ConfigReader.Child(rulePaths[i], "toRule"));
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        try
        {
            IEnumerable<HolidayRule> all = basis is null ? rules : basis.Rules.Concat(rules);
            var calendar = Calendars.HolidayCalendar.Create(all, weekend ?? basis?.WeekendDays);
            if (first is int f && last is int l)
            {
                calendar = calendar.WithSupportedYears(f, l);
            }
            else if (basis is not null)
            {
                calendar = calendar.WithSupportedYears(basis.FirstSupportedYear, basis.LastSupportedYear);
            }

            return calendar;
        }
        catch (HolidayRuleException e)
        {
            int at = rules.FindIndex(x => x.Name == e.RuleName);
            r.Rejected(at >= 0 ? rulePaths[at] : path, e);
            return null;
        }
        catch (ArgumentException e)
        {
            r.Rejected(path, e);
            return null;
        }
    }

    private static HolidayCalendar? HolidayCalendarUnion(ConfigReader r, JsonElement value, JsonElement union, string path)
    {
        int errors = r.ErrorCount;
        r.CheckObject(value, path, "a holiday calendar object", s_calendarUnionProperties);
        string unionPath = ConfigReader.Child(path, "union");
        if (union.ValueKind != JsonValueKind.Array || union.GetArrayLength() == 0)
        {
            r.Expected(unionPath, "an array of at least one holiday calendar", union);
            return null;
        }

        var members = new List<HolidayCalendar>();
        int index = 0;
        foreach (JsonElement item in union.EnumerateArray())
        {
            if (HolidayCalendar(r, item, ConfigReader.Item(unionPath, index++)) is HolidayCalendar member)
            {
                members.Add(member);
            }
        }

        var (first, last) = SupportedYears(r, value, path);
        if (r.ErrorCount != errors)
        {
            return null;
        }

        return Build(r, path, () =>
        {
            HolidayCalendar calendar = members[0];
            for (int i = 1; i < members.Count; i++)
            {
                calendar = calendar.Union(members[i]);
            }

            return first is int f && last is int l ? calendar.WithSupportedYears(f, l) : calendar;
        });
    }

    private static (int? First, int? Last) SupportedYears(ConfigReader r, JsonElement value, string path)
    {
        int? first = null, last = null;
        if (ConfigReader.TryGet(value, "supportedYears", out JsonElement years))
        {
            string yearsPath = ConfigReader.Child(path, "supportedYears");
            if (r.CheckObject(years, yearsPath, "an object with \"first\" and \"last\" years", s_yearsProperties))
            {
                first = r.ReadInt(years, yearsPath, "first", true, Calendars.HolidayCalendar.MinSupportedYear, Calendars.HolidayCalendar.MaxSupportedYear);
                last = r.ReadInt(years, yearsPath, "last", true, Calendars.HolidayCalendar.MinSupportedYear, Calendars.HolidayCalendar.MaxSupportedYear);
                if (first > last)
                {
                    r.Error(yearsPath, "Expected the first supported year to be at most the last, was " + first + " to " + last + ".");
                }
            }
        }

        return (first, last);
    }

    /// <summary>Reads a weekly schedule object: the days of the week (lowercase names) with arrays of hours.</summary>
    public static WeeklySchedule? WeeklySchedule(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, "a weekly schedule object with days such as \"monday\"", DayKeys))
        {
            return null;
        }

        // Segments of each day's hours in [0, 24h), with the document text they came from, to find overlaps; an overnight shift
        // adds its tail to the next day.
        var segments = new List<Segment>[7];
        var added = new List<(int Day, long Open, long Close)>();
        for (int d = 0; d < 7; d++)
        {
            segments[d] ??= new List<Segment>();
            if (!ConfigReader.TryGet(value, DayKeys[d], out JsonElement hours))
            {
                continue;
            }

            string dayPath = ConfigReader.Child(path, DayKeys[d]);
            if (hours.ValueKind != JsonValueKind.Array)
            {
                r.Expected(dayPath, "an array of " + HoursExpectation + " (empty when closed)", hours);
                continue;
            }

            int index = 0;
            foreach (JsonElement item in hours.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(dayPath, index++);
                if (!r.TryParseText(item, itemPath, HoursExpectation, TryParseRange, out (long Open, long Close) range))
                {
                    continue;
                }

                string text = item.GetString()!;
                if (range.Open == range.Close)
                {
                    r.Error(itemPath, "Expected hours that close at a different time than they open (\"00:00-24:00\" is all day), was " + ConfigReader.Quote(text) + ".");
                    continue;
                }

                added.Add((d, range.Open, range.Close));
                if (range.Close > range.Open)
                {
                    Add(segments, d, range.Open, range.Close, itemPath, text);
                }
                else
                {
                    Add(segments, d, range.Open, NodaConstants.TicksPerDay, itemPath, text);
                    Add(segments, (d + 1) % 7, 0, range.Close, itemPath, text);
                }
            }
        }

        for (int d = 0; d < 7; d++)
        {
            ReportOverlaps(r, segments[d]);
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        var schedule = BusinessHours.WeeklySchedule.Empty;
        foreach (var (day, open, close) in added)
        {
            schedule = open == 0 && close == NodaConstants.TicksPerDay
                ? schedule.AddAllDay(Days[day])
                : schedule.Add(Days[day], LocalTime.FromTicksSinceMidnight(open), close == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(close));
        }

        return schedule;
    }

    /// <summary>Reads date overrides: an object whose property names are dates and whose values are arrays of hours (empty closes the date).</summary>
    public static DateOverrides? DateOverrides(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (value.ValueKind != JsonValueKind.Object)
        {
            r.Expected(path, "an object whose property names are dates like \"2026-12-24\"", value);
            return null;
        }

        var entries = new List<(LocalDate Date, OpenInterval[] Hours)>();
        var seen = new HashSet<LocalDate>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string datePath = ConfigReader.Child(path, property.Name);
            bool dateOk = ConfigText.TryParseDate(property.Name, out LocalDate date);
            if (!dateOk)
            {
                r.Error(datePath, "Expected " + DateExpectation + " as the property name, was " + ConfigReader.Quote(property.Name) + ".");
            }
            else if (!seen.Add(date))
            {
                r.Error(datePath, "Expected each date once, was a repeated date.");
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                r.Expected(datePath, "an array of " + HoursExpectation + " (empty when closed)", property.Value);
                continue;
            }

            var segments = new List<Segment>();
            var hours = new List<OpenInterval>();
            int index = 0;
            foreach (JsonElement item in property.Value.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(datePath, index++);
                if (!r.TryParseText(item, itemPath, HoursExpectation, TryParseRange, out (long Open, long Close) range))
                {
                    continue;
                }

                if (range.Close <= range.Open)
                {
                    r.Error(itemPath, "Expected hours that close after they open within the date (a date's hours cannot run past 24:00), was " + ConfigReader.Quote(item.GetString()!) + ".");
                    continue;
                }

                segments.Add(new Segment(range.Open, range.Close, itemPath, item.GetString()!));
                hours.Add(range.Close == NodaConstants.TicksPerDay && range.Open == 0
                    ? OpenInterval.AllDay
                    : new OpenInterval(LocalTime.FromTicksSinceMidnight(range.Open), range.Close == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(range.Close)));
            }

            ReportOverlaps(r, segments);
            if (dateOk)
            {
                entries.Add((date, hours.ToArray()));
            }
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        BusinessHours.DateOverrides.Builder overrides = BusinessHours.DateOverrides.CreateBuilder();
        foreach (var (date, hours) in entries)
        {
            overrides.Set(date, hours);
        }

        return overrides.ToOverrides();
    }

    /// <summary>Reads a business calendar object, or a union of them.</summary>
    public static BusinessCalendar? BusinessCalendar(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("union", out JsonElement union))
        {
            r.CheckObject(value, path, "a business calendar object", s_unionProperties);
            string unionPath = ConfigReader.Child(path, "union");
            if (union.ValueKind != JsonValueKind.Array || union.GetArrayLength() == 0)
            {
                r.Expected(unionPath, "an array of at least one business calendar", union);
                return null;
            }

            DateTimeZone? unionZone = r.ReadZone(value, path, "zone", false);
            var members = new List<BusinessCalendar>();
            int index = 0;
            foreach (JsonElement item in union.EnumerateArray())
            {
                if (BusinessCalendar(r, item, ConfigReader.Item(unionPath, index++)) is BusinessCalendar member)
                {
                    members.Add(member);
                }
            }

            // Without a zone, the union's local dates are those of its first member.
            return r.ErrorCount != errors ? null : Build<BusinessCalendar>(r, unionPath, () => BusinessHours.BusinessCalendar.Union(unionZone ?? members[0].Zone, members.ToArray()));
        }

        if (!r.CheckObject(value, path, "a business calendar object", s_businessCalendarProperties))
        {
            return null;
        }

        DateTimeZone? zone = r.ReadZone(value, path, "zone", true);
        WeeklySchedule? schedule = null;
        string schedulePath = ConfigReader.Child(path, "schedule");
        if (ConfigReader.TryGet(value, "schedule", out JsonElement scheduleValue))
        {
            schedule = WeeklySchedule(r, scheduleValue, schedulePath);
        }
        else
        {
            r.Missing(schedulePath, "a weekly schedule object with days such as \"monday\"");
        }

        HolidayCalendar? holidays = null;
        if (ConfigReader.TryGet(value, "holidays", out JsonElement holidaysValue))
        {
            holidays = HolidayCalendar(r, holidaysValue, ConfigReader.Child(path, "holidays"));
        }

        var changes = new List<(LocalDate From, WeeklySchedule Schedule)>();
        var changeDates = new HashSet<LocalDate>();
        if (r.ReadArray(value, path, "scheduleChanges", false, "an array of schedule changes") is JsonElement changeArray)
        {
            string changesPath = ConfigReader.Child(path, "scheduleChanges");
            int index = 0;
            foreach (JsonElement item in changeArray.EnumerateArray())
            {
                string changePath = ConfigReader.Item(changesPath, index++);
                if (!r.CheckObject(item, changePath, "an object with \"from\" and \"schedule\"", s_changeProperties))
                {
                    continue;
                }

                if (r.TryReadText(item, changePath, "from", true, DateExpectation, ConfigText.TryParseDate, out LocalDate from) && !changeDates.Add(from))
                {
                    r.Error(ConfigReader.Child(changePath, "from"), "Expected each date once, was a repeated date.");
                }

                WeeklySchedule? changed = null;
                if (ConfigReader.TryGet(item, "schedule", out JsonElement changedValue))
                {
                    changed = WeeklySchedule(r, changedValue, ConfigReader.Child(changePath, "schedule"));
                }
                else
                {
                    r.Missing(ConfigReader.Child(changePath, "schedule"), "a weekly schedule object with days such as \"monday\"");
                }

                if (changed is not null)
                {
                    changes.Add((from, changed));
                }
            }
        }

        DateOverrides? overrides = null;
        if (ConfigReader.TryGet(value, "overrides", out JsonElement overridesValue))
        {
            overrides = DateOverrides(r, overridesValue, ConfigReader.Child(path, "overrides"));
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        return Build(r, path, () =>
        {
            var calendar = holidays is null
                ? BusinessHours.BusinessCalendar.Create(schedule!, zone!)
                : BusinessHours.BusinessCalendar.Create(schedule!, holidays, zone!);
            if (changes.Count > 0)
            {
                calendar = calendar.WithSchedules(changes.Select(c => new KeyValuePair<LocalDate, WeeklySchedule>(c.From, c.Schedule)));
            }

            return overrides is null ? calendar : calendar.WithOverrides(overrides);
        });
    }

    private static T? Build<T>(ConfigReader r, string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            r.Rejected(path, e);
            return null;
        }
    }

    private static HolidayCalendar? BuiltIn(ConfigReader r, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && HolidayCalendars.TryGet(value.GetString()!, out HolidayCalendar? calendar))
        {
            return calendar;
        }

        r.Expected(path, "a built-in holiday calendar id (" + ConfigReader.OneOf(HolidayCalendars.Ids) + ")", value);
        return null;
    }

    private static IsoDayOfWeek[]? WeekendDays(ConfigReader r, JsonElement array, string path)
    {
        var days = new List<IsoDayOfWeek>();
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string itemPath = ConfigReader.Item(path, index++);
            if (r.ParseName(item, itemPath, DayNames, Days) is IsoDayOfWeek day)
            {
                if (days.Contains(day))
                {
                    r.Expected(itemPath, "each weekend day once", item);
                }

                days.Add(day);
            }
        }

        return days.ToArray();
    }

    private static HolidayRule? Rule(ConfigReader r, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            r.Expected(path, "a holiday rule object", value);
            return null;
        }

        int errors = r.ErrorCount;
        HolidayRuleKind? kind = r.ReadName(value, path, "kind", true, KindNames, Kinds);
        if (kind is not HolidayRuleKind k)
        {
            return null;
        }

        r.CheckObject(value, path, "a holiday rule object", s_ruleProperties[k]);
        string? name = r.ReadString(value, path, "name", true, "a holiday name that is not empty");
        int? fromYear = r.ReadInt(value, path, "fromYear", false, 1, 9999);
        int? untilYear = r.ReadInt(value, path, "untilYear", false, 1, 9999);
        Func<HolidayRule>? create = null;
        switch (k)
        {
            case HolidayRuleKind.Fixed:
            {
                int? month = r.ReadInt(value, path, "month", true, 1, 12);
                int? day = r.ReadInt(value, path, "day", true, 1, 31);
                Observance observance = r.ReadName(value, path, "observance", false, ObservanceNames, Observances) ?? Observance.None;
                create = () => Calendars.HolidayRule.Fixed(name!, month!.Value, day!.Value, observance);
                break;
            }

            case HolidayRuleKind.NthWeekday:
            {
                int? month = r.ReadInt(value, path, "month", true, 1, 12);
                IsoDayOfWeek? dayOfWeek = r.ReadName(value, path, "dayOfWeek", true, DayNames, Days);
                int? occurrence = r.ReadInt(value, path, "occurrence", true, -1, 5);
                if (occurrence == 0)
                {
                    r.Error(ConfigReader.Child(path, "occurrence"), "Expected an occurrence from 1 to 5, or -1 for the last, was 0.");
                }

                create = () => Calendars.HolidayRule.NthWeekday(name!, month!.Value, dayOfWeek!.Value, occurrence!.Value);
                break;
            }

            case HolidayRuleKind.Easter:
            case HolidayRuleKind.OrthodoxEaster:
            {
                int? offset = r.ReadInt(value, path, "offsetDays", false, -Calendars.HolidayRule.MaxOffsetDays, Calendars.HolidayRule.MaxOffsetDays) ?? 0;
                create = k == HolidayRuleKind.Easter
                    ? () => Calendars.HolidayRule.Easter(name!, offset.Value)
                    : () => Calendars.HolidayRule.OrthodoxEaster(name!, offset.Value);
                break;
            }

            case HolidayRuleKind.DaysAfter:
            {
                string? other = r.ReadString(value, path, "rule", true, RuleNameExpectation);
                int? days = r.ReadInt(value, path, "days", true, -Calendars.HolidayRule.MaxOffsetDays, Calendars.HolidayRule.MaxOffsetDays);
                create = () => Calendars.HolidayRule.DaysAfter(name!, other!, days!.Value);
                break;
            }

            case HolidayRuleKind.BusinessDaysBefore:
            case HolidayRuleKind.BusinessDaysAfter:
            {
                string? other = r.ReadString(value, path, "rule", true, RuleNameExpectation);
                int? count = r.ReadInt(value, path, "count", true, 1, Calendars.HolidayRule.MaxBusinessDayCount);
                create = k == HolidayRuleKind.BusinessDaysBefore
                    ? () => Calendars.HolidayRule.BusinessDaysBefore(name!, other!, count!.Value)
                    : () => Calendars.HolidayRule.BusinessDaysAfter(name!, other!, count!.Value);
                break;
            }

            case HolidayRuleKind.BusinessDaysBetween:
            {
                string? from = r.ReadString(value, path, "fromRule", true, RuleNameExpectation);
                string? to = r.ReadString(value, path, "toRule", true, RuleNameExpectation);
                create = () => Calendars.HolidayRule.BusinessDaysBetween(name!, from!, to!);
                break;
            }

            default:
            {
                var dates = new List<LocalDate>();
                if (r.ReadArray(value, path, "dates", true, "an array of dates like \"2026-12-24\"") is JsonElement array)
                {
                    string datesPath = ConfigReader.Child(path, "dates");
                    int index = 0;
                    foreach (JsonElement item in array.EnumerateArray())
                    {
                        if (r.TryParseText(item, ConfigReader.Item(datesPath, index++), DateExpectation, ConfigText.TryParseDate, out LocalDate date))
                        {
                            dates.Add(date);
                        }
                    }

                    if (index == 0)
                    {
                        r.Expected(datesPath, "at least one date", array);
                    }
                }

                create = () => Calendars.HolidayRule.Dates(name!, dates.ToArray());
                break;
            }
        }

        if (r.ErrorCount != errors)
        {
            return null;
        }

        return Build(r, path, () =>
        {
            HolidayRule rule = create();
            if (fromYear is int from)
            {
                rule = rule.From(from);
            }

            return untilYear is int until ? rule.Until(until) : rule;
        });
    }

    private static void CheckReference(ConfigReader r, string? reference, HashSet<string> names, string path)
    {
        if (reference is not null && !names.Contains(reference))
        {
            r.Error(path, "Expected " + RuleNameExpectation + ", was " + ConfigReader.Quote(reference) + ".");
        }
    }

    private static bool TryParseRange(string text, out (long Open, long Close) range)
    {
        bool ok = ConfigText.TryParseHours(text, out long open, out long close);
        range = (open, close);
        return ok;
    }

    private static void Add(List<Segment>[] segments, int day, long open, long close, string path, string text)
        => (segments[day] ??= new List<Segment>()).Add(new Segment(open, close, path, text));

    private static void ReportOverlaps(ConfigReader r, List<Segment> segments)
    {
        if (segments.Count < 2)
        {
            return;
        }

        var sorted = segments.OrderBy(s => s.Open).ThenBy(s => s.Close).ToList();
        Segment widest = sorted[0];
        for (int i = 1; i < sorted.Count; i++)
        {
            Segment current = sorted[i];
            if (current.Open < widest.Close)
            {
                r.Error(current.Path, "Expected hours that do not overlap " + ConfigReader.Quote(widest.Text) + ", was " + ConfigReader.Quote(current.Text) + ".");
            }

            if (current.Close > widest.Close)
            {
                widest = current;
            }
        }
    }

    private readonly struct Segment
    {
        public Segment(long open, long close, string path, string text)
        {
            Open = open;
            Close = close;
            Path = path;
            Text = text;
        }

        public long Open { get; }

        public long Close { get; }

        public string Path { get; }

        public string Text { get; }
    }
}
