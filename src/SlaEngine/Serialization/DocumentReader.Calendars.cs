using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Serialization.Schema;
using S = SlaEngine.Serialization.Schema.DocumentSchemas;

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
        "Lunisolar", "Hebrew", "Equinox", "DayBetweenHolidays", "WorkingDays",
    };

    internal static readonly HolidayRuleKind[] Kinds =
    {
        HolidayRuleKind.Fixed, HolidayRuleKind.NthWeekday, HolidayRuleKind.Easter, HolidayRuleKind.OrthodoxEaster, HolidayRuleKind.DaysAfter,
        HolidayRuleKind.BusinessDaysBefore, HolidayRuleKind.BusinessDaysAfter, HolidayRuleKind.BusinessDaysBetween, HolidayRuleKind.Dates,
        HolidayRuleKind.Lunisolar, HolidayRuleKind.Hebrew, HolidayRuleKind.Equinox, HolidayRuleKind.DayBetweenHolidays, HolidayRuleKind.WorkingDays,
    };

    internal static readonly string[] ObservanceNames =
    {
        "None", "NearestWeekday", "SundayToMonday", "NextWeekday", "WeekendToMonday", "SundayToNextNonHoliday", "NextWeekdayWhenWeekendOrShared", "NextWeekdayWhenSundayOrShared",
    };

    internal static readonly Observance[] Observances =
    {
        Observance.None, Observance.NearestWeekday, Observance.SundayToMonday, Observance.NextWeekday, Observance.WeekendToMonday, Observance.SundayToNextNonHoliday,
        Observance.NextWeekdayWhenWeekendOrShared, Observance.NextWeekdayWhenSundayOrShared,
    };

    internal static readonly string[] LunisolarNames = { "Korean", "Chinese" };
    internal static readonly LunisolarCalendar[] LunisolarCalendars = { LunisolarCalendar.Korean, LunisolarCalendar.Chinese };

    internal static readonly string[] HebrewMonthNames =
    {
        "Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat", "Adar", "AdarI",
    };

    internal static readonly HebrewMonth[] HebrewMonths =
    {
        HebrewMonth.Nisan, HebrewMonth.Iyar, HebrewMonth.Sivan, HebrewMonth.Tammuz, HebrewMonth.Av, HebrewMonth.Elul, HebrewMonth.Tishrei,
        HebrewMonth.Cheshvan, HebrewMonth.Kislev, HebrewMonth.Tevet, HebrewMonth.Shevat, HebrewMonth.Adar, HebrewMonth.AdarI,
    };

    internal static readonly string[] ClassNames = { "RuleBased", "Bounded", "Announced" };
    internal static readonly HolidayCalendarClass[] Classes = { HolidayCalendarClass.RuleBased, HolidayCalendarClass.Bounded, HolidayCalendarClass.Announced };



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

        if (value.ValueKind != JsonValueKind.Object)
        {
            r.Expected(path, "a holiday calendar id (" + string.Join(", ", HolidayCalendars.Ids) + ") or a holiday calendar object", value);
            return null;
        }

        r.CheckObject(value, path, S.HolidayCalendarObject);

        About(r, value, path);
        HolidayCalendar? basis = null;
        if (ConfigReader.TryGet(value, "basedOn", out JsonElement basedOn))
        {
            basis = BuiltIn(r, basedOn, ConfigReader.Child(path, "basedOn"));
        }

        HashSet<string>? without = Without(r, value, path, basis);
        IsoDayOfWeek[]? weekend = null;
        if (r.ReadArray(value, path, S.WeekendDays, false) is JsonElement weekendArray)
        {
            weekend = WeekendDays(r, weekendArray, ConfigReader.Child(path, "weekendDays"));
        }

        var (first, last) = SupportedYears(r, value, path);

        var rules = new List<HolidayRule>();
        var problems = new ConfigProblems(r, path);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        if (r.ReadArray(value, path, S.Rules, basis is null && !ConfigReader.TryGet(value, "basedOn", out _)) is JsonElement ruleArray)
        {
            string rulesPath = ConfigReader.Child(path, "rules");
            int index = 0;
            foreach (JsonElement item in ruleArray.EnumerateArray())
            {
                string rulePath = ConfigReader.Item(rulesPath, index++);
                if (Rule(r, item, rulePath) is HolidayRule rule)
                {
                    rules.Add(rule);
                    problems.AddRule(rule, rulePath);
                }
                else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out JsonElement named) && named.ValueKind == JsonValueKind.String)
                {
                    // A rule with problems still has its name, so the rules counting from it are not reported as well.
                    unread.Add(named.GetString()!);
                }
            }
        }

        // The calendar's own checks (references, cycles, names in effect in the same years, the weekend), shared with
        // HolidayCalendar.Create, run even when other parts had problems, so that all are reported at once.
        // (Not when the calendar it is based on is unknown: its rules' names are not known either.)
        if (basis is null && ConfigReader.TryGet(value, "basedOn", out _))
        {
            return null;
        }

        IEnumerable<HolidayRule> all = basis is null ? rules
            : without is null ? basis.Rules.Concat(rules)
            : basis.Rules.Where(rule => !without.Contains(rule.Name)).Concat(rules);
        HolidayCalendar? calendar = Calendars.HolidayCalendar.TryCreate(all, weekend ?? basis?.WeekendDays, problems, unread);
        if (calendar is null || r.ErrorCount != errors)
        {
            return null;
        }

        return first is int f && last is int l ? calendar.WithSupportedYears(f, l)
            : basis is not null ? calendar.WithSupportedYears(basis.FirstSupportedYear, basis.LastSupportedYear)
            : calendar;
    }

    /// <summary>
    /// Reads a calendar object's <c>without</c>: names of rules of the calendar it is based on, each of which that calendar has
    /// (reported otherwise, with the nearest name), each once. <see langword="null"/> when absent.
    /// </summary>
    private static HashSet<string>? Without(ConfigReader r, JsonElement value, string path, HolidayCalendar? basis)
    {
        if (r.ReadArray(value, path, S.Without, false) is not JsonElement array)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        string arrayPath = ConfigReader.Child(path, "without");
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string itemPath = ConfigReader.Item(arrayPath, index++);
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim().Length == 0)
            {
                r.Expected(itemPath, "a rule name that is not empty", item);
            }
            else if (!names.Add(item.GetString()!))
            {
                r.Expected(itemPath, "each rule name once", item);
            }
            else if (basis is not null && !basis.HasRule(item.GetString()!))
            {
                string[] ruleNames = basis.Rules.Select(rule => rule.Name).Distinct(StringComparer.Ordinal).ToArray();
                r.Error(itemPath, "Expected the name of a rule of the calendar this one is based on, was " + ConfigReader.Describe(item) + ConfigReader.Suggest(item, ruleNames) + ".");
            }
        }

        return names;
    }

    /// <summary>Reads and checks a calendar object's <c>about</c>, or returns <see langword="null"/> when it has none (or it has problems, reported).</summary>
    public static AboutData? About(ConfigReader r, JsonElement calendarObject, string path)
    {
        if (calendarObject.ValueKind != JsonValueKind.Object || !ConfigReader.TryGet(calendarObject, "about", out JsonElement about))
        {
            return null;
        }

        int errors = r.ErrorCount;
        string aboutPath = ConfigReader.Child(path, "about");
        if (!r.CheckObject(about, aboutPath, S.AboutObject))
        {
            return null;
        }

        ObjectNode node = S.AboutObject;
        string? id = r.ReadString(about, aboutPath, node["id"]);
        string? name = r.ReadString(about, aboutPath, node["name"]);
        string? country = r.ReadString(about, aboutPath, node["country"]);
        if (country is not null && (country.Length != 2 || !char.IsUpper(country[0]) || !char.IsUpper(country[1]) || country[0] > 'Z' || country[1] > 'Z'))
        {
            r.Error(ConfigReader.Child(aboutPath, "country"), "Expected " + node["country"].Expectation + ", was " + ConfigReader.Quote(country) + ".");
        }

        HolidayCalendarClass? kind = r.ReadName(about, aboutPath, node["class"], Classes);
        string? language = r.ReadString(about, aboutPath, node["localLanguage"]);
        string? scope = r.ReadString(about, aboutPath, node["scope"]);
        int? announced = r.ReadInt(about, aboutPath, node["announcedThrough"]);
        var sources = new List<string>();
        if (r.ReadArray(about, aboutPath, node["sources"], false) is JsonElement array)
        {
            string sourcesPath = ConfigReader.Child(aboutPath, "sources");
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(sourcesPath, index++);
                if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim().Length == 0)
                {
                    r.Expected(itemPath, "a citation that is not empty", item);
                }
                else
                {
                    sources.Add(item.GetString()!);
                }
            }
        }

        return r.ErrorCount != errors ? null : new AboutData(id!, name!, country!, kind!.Value, language, scope, announced, sources);
    }

    /// <summary>What a calendar document's <c>about</c> says.</summary>
    internal sealed class AboutData
    {
        public AboutData(string id, string name, string country, HolidayCalendarClass kind, string? language, string? scope, int? announcedThrough, List<string> sources)
        {
            Id = id;
            Name = name;
            Country = country;
            Class = kind;
            LocalLanguage = language;
            Scope = scope;
            AnnouncedThrough = announcedThrough;
            Sources = sources;
        }

        public string Id { get; }

        public string Name { get; }

        public string Country { get; }

        public HolidayCalendarClass Class { get; }

        public string? LocalLanguage { get; }

        public string? Scope { get; }

        public int? AnnouncedThrough { get; }

        public List<string> Sources { get; }
    }

    private static HolidayCalendar? HolidayCalendarUnion(ConfigReader r, JsonElement value, JsonElement union, string path)
    {
        int errors = r.ErrorCount;
        r.CheckObject(value, path, S.HolidayCalendarUnion);
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

        // A member whose years do not meet the members before it is the one at fault.
        HolidayCalendar? calendar = members[0];
        for (int i = 1; i < members.Count && calendar is not null; i++)
        {
            calendar = calendar.TryUnion(members[i], new ConfigProblems(r, ConfigReader.Item(unionPath, i), ("other", null)));
        }

        return calendar is not null && first is int f && last is int l ? calendar.WithSupportedYears(f, l) : calendar;
    }

    private static (int? First, int? Last) SupportedYears(ConfigReader r, JsonElement value, string path)
    {
        int? first = null, last = null;
        if (ConfigReader.TryGet(value, "supportedYears", out JsonElement years))
        {
            string yearsPath = ConfigReader.Child(path, "supportedYears");
            if (r.CheckObject(years, yearsPath, S.SupportedYearsObject))
            {
                first = r.ReadInt(years, yearsPath, S.SupportedYearsObject["first"]);
                last = r.ReadInt(years, yearsPath, S.SupportedYearsObject["last"]);
                if (first is int f && last is int l)
                {
                    Calendars.HolidayCalendar.CheckSupportedYears(f, l, new ConfigProblems(r, yearsPath, ("firstYear", "first"), ("lastYear", "last")));
                }
            }
        }

        return (first, last);
    }

    /// <summary>Reads a weekly schedule object: the days of the week (lowercase names) with arrays of hours.</summary>
    public static WeeklySchedule? WeeklySchedule(ConfigReader r, JsonElement value, string path)
    {
        int errors = r.ErrorCount;
        if (!r.CheckObject(value, path, S.WeeklySchedule))
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
                r.Expected(dayPath, S.DayHours.Expectation, hours);
                continue;
            }

            int index = 0;
            foreach (JsonElement item in hours.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(dayPath, index++);
                if (!r.TryParseText(item, itemPath, S.Hours.Expectation, TryParseRange, out (long Open, long Close) range))
                {
                    continue;
                }

                string text = item.GetString()!;
                if (!BusinessHours.WeeklySchedule.CheckHours(Days[d], range.Open, range.Close, new ConfigProblems(r, itemPath, ("close", null))))
                {
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
            r.Expected(path, S.DateOverrides.Expectation, value);
            return null;
        }

        var entries = new List<(LocalDate Date, OpenInterval[] Hours)>();
        var seen = new HashSet<LocalDate>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (r.IsSchemaReference(path, property))
            {
                continue;
            }

            string datePath = ConfigReader.Child(path, property.Name);
            bool dateOk = ConfigText.TryParseDate(property.Name, out LocalDate date);
            if (!dateOk)
            {
                r.Error(datePath, "Expected " + S.Date.Expectation + " as the property name, was " + ConfigReader.Quote(property.Name) + ".");
            }
            else if (!seen.Add(date))
            {
                r.Error(datePath, "Expected each date once, was a repeated date.");
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                r.Expected(datePath, S.DayHours.Expectation, property.Value);
                continue;
            }

            var segments = new List<Segment>();
            var hours = new List<OpenInterval>();
            int index = 0;
            foreach (JsonElement item in property.Value.EnumerateArray())
            {
                string itemPath = ConfigReader.Item(datePath, index++);
                if (!r.TryParseText(item, itemPath, S.Hours.Expectation, TryParseRange, out (long Open, long Close) range))
                {
                    continue;
                }

                if (!OpenInterval.Check(range.Open, range.Close, new ConfigProblems(r, itemPath, ("close", null))))
                {
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
            r.CheckObject(value, path, S.UnionCalendar);
            string unionPath = ConfigReader.Child(path, "union");
            if (union.ValueKind != JsonValueKind.Array || union.GetArrayLength() == 0)
            {
                r.Expected(unionPath, "an array of at least one business calendar", union);
                return null;
            }

            DateTimeZone? unionZone = r.ReadZone(value, path, S.UnionCalendar["zone"]);
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
            return r.ErrorCount != errors ? null : BusinessHours.BusinessCalendar.TryUnion(unionZone ?? members[0].Zone, members, new ConfigProblems(r, unionPath, ("calendars", null)));
        }

        if (!r.CheckObject(value, path, S.ScheduledCalendar))
        {
            return null;
        }

        DateTimeZone? zone = r.ReadZone(value, path, S.ScheduledCalendar["zone"]);
        WeeklySchedule? schedule = null;
        string schedulePath = ConfigReader.Child(path, "schedule");
        if (ConfigReader.TryGet(value, "schedule", out JsonElement scheduleValue))
        {
            schedule = WeeklySchedule(r, scheduleValue, schedulePath);
        }
        else
        {
            r.Missing(schedulePath, S.WeeklySchedule.Expectation);
        }

        HolidayCalendar? holidays = null;
        if (ConfigReader.TryGet(value, "holidays", out JsonElement holidaysValue))
        {
            holidays = HolidayCalendar(r, holidaysValue, ConfigReader.Child(path, "holidays"));
        }

        var changes = new List<(LocalDate From, WeeklySchedule Schedule)>();
        var changeDates = new HashSet<LocalDate>();
        if (r.ReadArray(value, path, S.ScheduledCalendar["scheduleChanges"], false) is JsonElement changeArray)
        {
            string changesPath = ConfigReader.Child(path, "scheduleChanges");
            int index = 0;
            foreach (JsonElement item in changeArray.EnumerateArray())
            {
                string changePath = ConfigReader.Item(changesPath, index++);
                if (!r.CheckObject(item, changePath, S.ScheduleChange))
                {
                    continue;
                }

                if (r.TryReadText(item, changePath, S.ScheduleChange["from"], ConfigText.TryParseDate, out LocalDate from) && !changeDates.Add(from))
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
                    r.Missing(ConfigReader.Child(changePath, "schedule"), S.WeeklySchedule.Expectation);
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

        var calendar = holidays is null
            ? BusinessHours.BusinessCalendar.Create(schedule!, zone!)
            : BusinessHours.BusinessCalendar.Create(schedule!, holidays, zone!);
        if (changes.Count > 0)
        {
            calendar = calendar.WithSchedules(changes.Select(c => new KeyValuePair<LocalDate, WeeklySchedule>(c.From, c.Schedule)));
        }

        return overrides is null ? calendar : calendar.WithOverrides(overrides);
    }

    private static HolidayCalendar? BuiltIn(ConfigReader r, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && HolidayCalendars.TryGet(value.GetString()!, out HolidayCalendar? calendar))
        {
            return calendar;
        }

        r.Error(path, "Expected a built-in holiday calendar id (" + ConfigReader.OneOf(HolidayCalendars.Ids) + "), was " + ConfigReader.Describe(value) + ConfigReader.Suggest(value, HolidayCalendars.Ids) + ".");
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
            r.Expected(path, S.Rule.Expectation, value);
            return null;
        }

        int errors = r.ErrorCount;
        HolidayRuleKind? kind = r.ReadName(value, path, S.RuleKindName, Kinds);
        if (kind is not HolidayRuleKind k)
        {
            return null;
        }

        r.CheckObject(value, path, (ObjectNode)S.Rule.Options[Array.IndexOf(Kinds, k)]);
        string? name = r.ReadString(value, path, S.RuleName);
        int? fromYear = r.ReadInt(value, path, S.FromYear);
        int? untilYear = r.ReadInt(value, path, S.UntilYear);
        // The rule's own checks, shared with HolidayRule's factories, run once the document's values have their types.
        var problems = new ConfigProblems(r, path, ("otherRuleName", "rule"), ("fromRuleName", "fromRule"), ("toRuleName", "toRule"), ("offsetDays", "offsetDays"));
        HolidayRule? rule = null;
        switch (k)
        {
            case HolidayRuleKind.Fixed:
            {
                int? month = r.ReadInt(value, path, S.Month);
                int? day = r.ReadInt(value, path, S.Day);
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryFixed(name!, month!.Value, day!.Value, Observance.None, problems);
                }

                break;
            }

            case HolidayRuleKind.Lunisolar:
            {
                LunisolarCalendar? calendar = r.ReadName(value, path, S.LunarCalendar, LunisolarCalendars);
                int? month = r.ReadInt(value, path, S.LunarMonth);
                int? day = r.ReadInt(value, path, S.LunarDay);
                int offset = r.ReadInt(value, path, S.DateOffsetDays) ?? 0;
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryLunisolar(name!, calendar!.Value, month!.Value, day!.Value, offset, problems);
                }

                break;
            }

            case HolidayRuleKind.Hebrew:
            {
                HebrewMonth? month = r.ReadName(value, path, S.HebrewMonthName, HebrewMonths);
                int? day = r.ReadInt(value, path, S.LunarDay);
                int offset = r.ReadInt(value, path, S.DateOffsetDays) ?? 0;
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryHebrew(name!, month!.Value, day!.Value, offset, problems);
                }

                break;
            }

            case HolidayRuleKind.Equinox:
            {
                int? month = r.ReadInt(value, path, S.EquinoxMonth);
                Offset? offset = null;
                if (r.ReadString(value, path, S.UtcOffset) is string text)
                {
                    if (ConfigText.TryParseUtcOffset(text.Trim(), out Offset parsed))
                    {
                        offset = parsed;
                    }
                    else
                    {
                        r.Error(ConfigReader.Child(path, "utcOffset"), "Expected " + S.UtcOffset.Schema.Expectation + ", was " + ConfigReader.Quote(text) + ".");
                    }
                }

                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryEquinox(name!, month!.Value, offset!.Value, problems);
                }

                break;
            }

            case HolidayRuleKind.DayBetweenHolidays:
            {
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryDayBetweenHolidays(name!, problems);
                }

                break;
            }

            case HolidayRuleKind.NthWeekday:
            {
                int? month = r.ReadInt(value, path, S.Month);
                IsoDayOfWeek? dayOfWeek = r.ReadName(value, path, S.DayOfWeek, Days);
                int? occurrence = r.ReadInt(value, path, S.Occurrence);
                int? fromDay = r.ReadInt(value, path, S.FromDay);
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryNthWeekday(name!, month!.Value, dayOfWeek!.Value, occurrence!.Value, fromDay ?? 0, problems);
                }

                break;
            }

            case HolidayRuleKind.Easter:
            case HolidayRuleKind.OrthodoxEaster:
            {
                int offset = r.ReadInt(value, path, S.OffsetDays) ?? 0;
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryEaster(k, name!, offset, problems);
                }

                break;
            }

            case HolidayRuleKind.DaysAfter:
            {
                string? other = r.ReadString(value, path, S.ReferenceRule);
                int? days = r.ReadInt(value, path, S.Days);
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryDaysAfter(name!, other!, days!.Value, problems);
                }

                break;
            }

            case HolidayRuleKind.BusinessDaysBefore:
            case HolidayRuleKind.BusinessDaysAfter:
            {
                string? other = r.ReadString(value, path, S.ReferenceRule);
                int? count = r.ReadInt(value, path, S.Count);
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryBusinessDaysAround(k, name!, other!, count!.Value, problems);
                }

                break;
            }

            case HolidayRuleKind.BusinessDaysBetween:
            {
                string? from = r.ReadString(value, path, S.FromRule);
                string? to = r.ReadString(value, path, S.ToRule);
                if (r.ErrorCount == errors)
                {
                    rule = Calendars.HolidayRule.TryBusinessDaysBetween(name!, from!, to!, problems);
                }

                break;
            }

            default:
            {
                var dates = new List<LocalDate>();
                if (r.ReadArray(value, path, S.Dates, true) is JsonElement array)
                {
                    string datesPath = ConfigReader.Child(path, "dates");
                    int index = 0;
                    foreach (JsonElement item in array.EnumerateArray())
                    {
                        if (r.TryParseText(item, ConfigReader.Item(datesPath, index++), S.Date.Expectation, ConfigText.TryParseDate, out LocalDate date))
                        {
                            dates.Add(date);
                        }
                    }
                }

                IsoDayOfWeek asWeekday = k == HolidayRuleKind.WorkingDays ? r.ReadName(value, path, S.AsWeekday, Days) ?? IsoDayOfWeek.Monday : IsoDayOfWeek.None;
                if (r.ErrorCount == errors)
                {
                    rule = k == HolidayRuleKind.WorkingDays
                        ? Calendars.HolidayRule.TryWorkingDays(name!, asWeekday, dates, problems)
                        : Calendars.HolidayRule.TryDates(name!, dates, problems);
                }

                break;
            }
        }

        // What every kind may have: an observance or moves (the kinds that stand alone; the schema refuses them elsewhere), and texts.
        Observance observance = r.ReadName(value, path, S.Observance, Observances) ?? Observance.None;
        Dictionary<IsoDayOfWeek, int>? moves = null;
        if (ConfigReader.TryGet(value, "moves", out JsonElement movesValue) && movesValue.ValueKind != JsonValueKind.Null)
        {
            string movesPath = ConfigReader.Child(path, "moves");
            r.CheckObject(movesValue, movesPath, S.MovesObject);
            moves = new Dictionary<IsoDayOfWeek, int>();
            if (movesValue.ValueKind == JsonValueKind.Object)
            {
                for (int d = 0; d < 7; d++)
                {
                    if (r.ReadInt(movesValue, movesPath, S.MovesObject.Properties[d]) is int move)
                    {
                        moves[Days[d]] = move;
                    }
                }
            }
        }

        string? localName = r.ReadString(value, path, S.LocalName);
        string? source = r.ReadString(value, path, S.Source);
        string? note = r.ReadString(value, path, S.Note);
        if (rule is not null && r.ErrorCount == errors)
        {
            if (observance != Observance.None)
            {
                rule = rule.TryWithObservance(observance, problems);
            }

            if (rule is not null && moves is not null && moves.Count > 0)
            {
                rule = rule.TryWithMoves(moves, problems);
            }

            if (rule is not null && (localName ?? source ?? note) is not null)
            {
                rule = rule.TryWithTexts(localName, source, note, problems);
            }
        }

        if (rule is null || r.ErrorCount != errors)
        {
            return null;
        }

        return fromYear is null && untilYear is null ? rule : rule.WithYears(fromYear, untilYear, problems);
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
