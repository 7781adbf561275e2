using System.Linq;
using System.Collections.Generic;
using SlaEngine.Calendars;
using SlaEngine.Policies;

namespace SlaEngine.Serialization.Schema;

/// <summary>
/// The configuration documents, described once: every property name, type, range and text form that the reader checks, the
/// writer writes, and the JSON Schema under <c>schemas/</c> publishes.
/// </summary>
internal static class DocumentSchemas
{
    /// <summary>
    /// The characters <see cref="string.Trim()"/> removes (<see cref="char.IsWhiteSpace(char)"/>), for a regular-expression class:
    /// <c>\s</c> means other sets in other engines (ECMAScript's has U+FEFF; .NET's ECMAScript mode, which JsonSchema.Net
    /// uses, lacks U+00A0 and U+0085), so the patterns spell out the white space the reader trims.
    /// </summary>
    private const string WhiteSpaceChars = "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

    /// <summary>One character the reader trims as white space.</summary>
    internal const string WhiteSpace = "[" + WhiteSpaceChars + "]";

    /// <summary>One character that is not white space: the pattern of a name, which must not be empty or blank.</summary>
    internal const string NotBlankPattern = "[^" + WhiteSpaceChars + "]";

    // Text forms. The patterns accept every text the parsers in ConfigText accept (DocumentSchemasTests checks both on one
    // corpus); a few texts the patterns accept are refused by the reader (24:30, 2026-02-30), which reports them with their paths.
    private const string TimePattern = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?";
    private const string ClosePattern = "(" + TimePattern + "|24:00(:00(\\.0{1,9})?)?)";
    private const string DatePattern = "-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    public static readonly TextNode Hours = new(
        "hours like \"09:00-17:00\"",
        "^" + WhiteSpace + "*" + TimePattern + WhiteSpace + "*[-\u2013]" + WhiteSpace + "*" + ClosePattern + WhiteSpace + "*$",
        "Open from the first time to the second: \"09:00-17:00\"; \"22:00-06:00\" runs overnight; \"00:00-24:00\" is all day.")
    {
        Definition = "hours",
    };

    public static readonly TextNode Date = new("a date like \"2026-12-24\"", "^" + DatePattern + "$", "An ISO-8601 date.") { Definition = "date" };

    public static readonly TextNode Instant = new(
        "a date and time with an offset like \"2026-10-10T02:00:00Z\"",
        "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.,][0-9]{1,9})?(Z|[+-][0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)$",
        "An ISO-8601 date and time with Z or a UTC offset.")
    {
        Definition = "instant",
    };

    public static readonly TextNode Duration = new(
        "a duration like \"4h\", \"90m\", \"1h30m\" or \"PT1H30M\"",
        "^(?!$)([0-9]+h)?([0-9]+m)?([0-9]+(\\.[0-9]{1,9})?s)?$|^[Pp][Tt](?!$)([0-9]+[Hh])?([0-9]+[Mm])?([0-9]+(\\.[0-9]{1,9})?[Ss])?$",
        "Elapsed time in hours, minutes and seconds: \"4h\", \"1h30m\", \"0.5s\", or ISO-8601 \"PT4H\", \"PT1H30M\". Days are not durations: use businessDays or endOfBusinessDay.")
    {
        Definition = "duration",
    };

    public static readonly TextNode TimeOfDay = new("a time of day like \"10:00\"", "^" + TimePattern + "$", "A local time of day, HH:mm.");

    public static readonly NameNode DayName = new(DocumentReader.DayNames) { Definition = "dayOfWeek" };

    public static readonly ZoneNode Zone = new("An IANA time zone id, such as \"America/New_York\".") { Definition = "zone" };

    // Holiday calendars.
    public static readonly NameNode BuiltInCalendarId = new(HolidayCalendars.Ids, "A built-in holiday calendar.");

    public static readonly PropertyNode RuleName = new("name", new TextNode("a holiday name that is not empty"), true, "The holiday's name.");
    public static readonly PropertyNode FromYear = new("fromYear", new IntegerNode(1, 9999), description: "The first year the rule applies.");
    public static readonly PropertyNode UntilYear = new("untilYear", new IntegerNode(1, 9999), description: "The last year the rule applies.");
    public static readonly PropertyNode Month = new("month", new IntegerNode(1, 12), true);
    public static readonly PropertyNode Day = new("day", new IntegerNode(1, 31), true);
    public static readonly PropertyNode Observance = new("observance", new NameNode(DocumentReader.ObservanceNames), description: "How a date on a weekend day is observed; \"None\" when absent.");
    public static readonly PropertyNode DayOfWeek = new("dayOfWeek", DayName, true);
    public static readonly PropertyNode Occurrence = new(
        "occurrence",
        new IntegerNode(-1, 5, "an occurrence from 1 to 5, or -1 for the last") { Excluded = new[] { 0 } },
        true,
        "1 to 5 for the first to fifth such weekday of the month, -1 for the last.");

    public static readonly PropertyNode OffsetDays = new("offsetDays", new IntegerNode(-HolidayRule.MaxOffsetDays, HolidayRule.MaxOffsetDays), description: "Days after Easter Sunday (negative: before); 0 when absent.");
    public static readonly PropertyNode ReferenceRule = new("rule", new TextNode("the name of a rule in this calendar"), true, "The rule whose observed date this one counts from.");
    public static readonly PropertyNode Days = new("days", new IntegerNode(-HolidayRule.MaxOffsetDays, HolidayRule.MaxOffsetDays), true, "Calendar days after the other rule's date (negative: before).");
    public static readonly PropertyNode Count = new("count", new IntegerNode(1, HolidayRule.MaxBusinessDayCount), true, "Business days before or after the other rule's date.");
    public static readonly PropertyNode FromRule = new("fromRule", new TextNode("the name of a rule in this calendar"), true);
    public static readonly PropertyNode ToRule = new("toRule", new TextNode("the name of a rule in this calendar"), true);
    public static readonly PropertyNode Dates = new("dates", new ArrayNode(Date, "an array of dates like \"2026-12-24\"", 1, nonEmptyExpectation: "at least one date"), true);

    public static readonly PropertyNode LocalName = new("localName", new TextNode("a name that is not empty"), description: "The holiday's name in the language of the government's own list.");
    public static readonly PropertyNode Source = new("source", new TextNode("a citation that is not empty"), description: "Where the rule comes from: a statute and section, a gazette notice, a government page. Documentation only.");
    public static readonly PropertyNode Note = new("note", new TextNode("a note that is not empty"), description: "A decision or remark about the rule. Documentation only.");

    public static readonly ObjectNode MovesObject = new ObjectNode("an object whose property names are weekdays such as \"Saturday\"", "Days to move the observed date by, by the actual date's weekday (negative: earlier).")
        .With(DocumentReader.DayNames.Select(d => new PropertyNode(d, new IntegerNode(-6, 6))).ToArray());

    public static readonly PropertyNode Moves = new("moves", MovesObject, description: "Fixed moves by weekday; instead of an observance.");
    public static readonly PropertyNode LunarCalendar = new("calendar", new NameNode(DocumentReader.LunisolarNames), true, "The lunisolar calendar.");
    public static readonly PropertyNode LunarMonth = new("month", new IntegerNode(1, 12), true, "The lunar month (never a leap month).");
    public static readonly PropertyNode LunarDay = new("day", new IntegerNode(1, 30), true, "The day of the month.");
    public static readonly PropertyNode DateOffsetDays = new("offsetDays", new IntegerNode(-HolidayRule.MaxOffsetDays, HolidayRule.MaxOffsetDays), description: "Days after that date (negative: before); 0 when absent.");
    public static readonly PropertyNode HebrewMonthName = new("month", new NameNode(DocumentReader.HebrewMonthNames), true, "The Hebrew month; \"Adar\" is Adar II in a leap year.");
    public static readonly PropertyNode EquinoxMonth = new("month", new IntegerNode(3, 9, "3 (March) or 9 (September)") { Excluded = new[] { 4, 5, 6, 7, 8 } }, true, "3 for the March equinox, 9 for the September equinox.");
    public static readonly PropertyNode UtcOffset = new("utcOffset", new TextNode("a UTC offset like \"+09:00\"", "^[+-](0[0-9]|1[0-3]):[0-5][0-9]$|^[+-]14:00$"), true, "The offset whose local date is the holiday.");
    public static readonly PropertyNode FromDay = new("day", new IntegerNode(1, 31), description: "The day of the month the count starts from: the n-th weekday on or after it, the last on or before it; the month's first or last day when absent.");
    public static readonly PropertyNode AsWeekday = new("asWeekday", DayName, description: "The weekday whose hours a business calendar gives these dates; Monday when absent.");

    /// <summary>The <c>kind</c> of a rule as the reader first reads it, before it knows which option of <see cref="Rule"/> applies.</summary>
    public static readonly PropertyNode RuleKindName = new("kind", new NameNode(DocumentReader.KindNames), true);

    public static readonly ChoiceNode Rule = new ChoiceNode("a holiday rule object", "kind") { Definition = "holidayRule" }.Of(
        RuleKind(HolidayRuleKind.Fixed, "A fixed month and day.", Month, Day, Observance, Moves),
        RuleKind(HolidayRuleKind.NthWeekday, "The n-th (or last) weekday of a month, or on or after (the last: on or before) a day of it.", Month, DayOfWeek, Occurrence, FromDay, Observance, Moves),
        RuleKind(HolidayRuleKind.Easter, "Western Easter Sunday plus an offset.", OffsetDays, Observance, Moves),
        RuleKind(HolidayRuleKind.OrthodoxEaster, "Orthodox Easter Sunday plus an offset.", OffsetDays, Observance, Moves),
        RuleKind(HolidayRuleKind.DaysAfter, "Calendar days after another rule's observed date.", ReferenceRule, Days),
        RuleKind(HolidayRuleKind.BusinessDaysBefore, "Business days before another rule's observed date.", ReferenceRule, Count),
        RuleKind(HolidayRuleKind.BusinessDaysAfter, "Business days after another rule's observed date.", ReferenceRule, Count),
        RuleKind(HolidayRuleKind.BusinessDaysBetween, "Every business day strictly between two rules' observed dates.", FromRule, ToRule),
        RuleKind(HolidayRuleKind.Dates, "Explicit dates.", Dates, Observance, Moves),
        RuleKind(HolidayRuleKind.Lunisolar, "A date of the Korean or Chinese lunisolar calendar.", LunarCalendar, LunarMonth, LunarDay, DateOffsetDays, Observance, Moves),
        RuleKind(HolidayRuleKind.Hebrew, "A date of the Hebrew calendar.", HebrewMonthName, LunarDay, DateOffsetDays, Observance, Moves),
        RuleKind(HolidayRuleKind.Equinox, "The date of the March or September equinox at a UTC offset.", EquinoxMonth, UtcOffset, Observance, Moves),
        RuleKind(HolidayRuleKind.DayBetweenHolidays, "Every day between two holidays that is not one itself."),
        RuleKind(HolidayRuleKind.WorkingDays, "Weekend dates made working days.", Dates, AsWeekday));

    public static readonly PropertyNode BasedOn = new("basedOn", BuiltInCalendarId, description: "A built-in calendar whose rules, weekend and supported years this one starts from.");
    public static readonly PropertyNode Without = new("without", new ArrayNode(new TextNode("a rule name that is not empty"), "an array of rule names") { UniqueItems = true }, description: "The rules of the basedOn calendar that this one leaves out, by name (every rule of that name); only with basedOn.");
    public static readonly PropertyNode WeekendDays = new("weekendDays", new ArrayNode(DayName, "an array of weekday names") { UniqueItems = true }, description: "The days that are never business days; Saturday and Sunday when absent.");

    public static readonly ObjectNode SupportedYearsObject = new ObjectNode("an object with \"first\" and \"last\" years").With(
        new PropertyNode("first", new IntegerNode(HolidayCalendar.MinSupportedYear, HolidayCalendar.MaxSupportedYear), true),
        new PropertyNode("last", new IntegerNode(HolidayCalendar.MinSupportedYear, HolidayCalendar.MaxSupportedYear), true));

    public static readonly PropertyNode SupportedYears = new("supportedYears", SupportedYearsObject, description: "The years the calendar answers for; 1900-2199 when absent.");
    public static readonly PropertyNode Rules = new("rules", new ArrayNode(Rule, "an array of holiday rules"), description: "The holiday rules; required unless basedOn is given.");

    public static readonly ObjectNode AboutObject = new ObjectNode("an object describing the calendar", "What the calendar is: descriptive, not part of the calendar (it does not take part in equality).").With(
        new PropertyNode("id", new TextNode("an id that is not empty"), true, "The calendar's id, such as \"DE\"."),
        new PropertyNode("name", new TextNode("a name that is not empty"), true, "The English name, such as \"Germany\"."),
        new PropertyNode("country", new TextNode("an ISO 3166-1 alpha-2 code like \"DE\"", "^[A-Z]{2}$"), true, "The country's ISO 3166-1 alpha-2 code."),
        new PropertyNode("class", new NameNode(DocumentReader.ClassNames), true, "How the supported years are bounded: by rules, by a table or calendar system, or by announcements."),
        new PropertyNode("localLanguage", new TextNode("a BCP 47 language tag like \"de\""), description: "The language of the rules' local names."),
        new PropertyNode("scope", new TextNode("a text that is not empty"), description: "What the calendar holds and leaves out."),
        new PropertyNode("announcedThrough", new IntegerNode(1, 9999), description: "The last year of announced data."),
        new PropertyNode("sources", new ArrayNode(new TextNode("a citation that is not empty"), "an array of citations"), description: "General sources."));

    public static readonly PropertyNode About = new("about", AboutObject, description: "What the calendar is (id, name, country, class, sources); descriptive only.");

    public static readonly ObjectNode HolidayCalendarObject = new ObjectNode("a holiday calendar object", "Rules and weekend days.") { Definition = "holidayCalendarRules", AtLeastOneOf = new[] { "basedOn", "rules" }, Requires = new[] { ("without", "basedOn") } }
        .With(About, BasedOn, Without, WeekendDays, SupportedYears, Rules);

    public static readonly ObjectNode HolidayCalendarUnion = new("a holiday calendar object", "A union: a day is a holiday when it is one in any member.") { Definition = "holidayCalendarUnion" };

    public static readonly ChoiceNode HolidayCalendarValue = new ChoiceNode("a holiday calendar id or a holiday calendar object") { Definition = "holidayCalendar" }
        .Of(BuiltInCalendarId, HolidayCalendarUnion, HolidayCalendarObject);

    // Business hours.
    public static readonly ArrayNode DayHours = new(Hours, "an array of hours like \"09:00-17:00\" (empty when closed)") { Definition = "dayHours" };

    public static readonly ObjectNode WeeklySchedule = new ObjectNode("a weekly schedule object with days such as \"monday\"", "Each day's open hours; a day left out or empty is closed.") { Definition = "weeklySchedule" }
        .With(DayProperties());

    public static readonly MapNode DateOverrides = new(Date, DayHours, "an object whose property names are dates like \"2026-12-24\"", "Hours that replace the schedule on a date; an empty array closes it.") { Definition = "dateOverrides" };

    public static readonly ObjectNode ScheduleChange = new ObjectNode("an object with \"from\" and \"schedule\"").With(
        new PropertyNode("from", Date, true, "The first date of the new schedule."),
        new PropertyNode("schedule", WeeklySchedule, true));

    public static readonly ObjectNode ScheduledCalendar = new ObjectNode("a business calendar object", "A weekly schedule in a time zone, with holidays and overrides.") { Definition = "scheduledBusinessCalendar" }.With(
        new PropertyNode("zone", Zone, true, "The time zone of the schedule's local times."),
        new PropertyNode("schedule", WeeklySchedule, true, "The schedule in force from the first supported date."),
        new PropertyNode("holidays", HolidayCalendarValue, description: "Dates on which the calendar is closed."),
        new PropertyNode("scheduleChanges", new ArrayNode(ScheduleChange, "an array of schedule changes"), description: "Schedules that take effect on later dates."),
        new PropertyNode("overrides", DateOverrides));

    public static readonly ObjectNode UnionCalendar = new("a business calendar object", "Follow-the-sun: open whenever any member is open.") { Definition = "businessCalendarUnion" };

    public static readonly ChoiceNode BusinessCalendar = new ChoiceNode("a business calendar object") { Definition = "businessCalendar" }.Of(UnionCalendar, ScheduledCalendar);

    // SLA policies.
    public static readonly ObjectNode Target = new ObjectNode("a target object such as {\"business\": \"4h\"}", "Exactly one kind of target, and optionally a calendar of its own.") { Definition = "slaTarget", ExactlyOneOf = DocumentReader.TargetKinds }.With(
        new PropertyNode("calendar", Duration, description: "Elapsed wall-clock time, 24x7."),
        new PropertyNode("business", Duration, description: "Business time on the calendar."),
        new PropertyNode("businessDays", new IntegerNode(1, SlaTarget.MaxDays), description: "The same local time on the n-th business day after the start."),
        new PropertyNode("endOfBusinessDay", new IntegerNode(0, SlaTarget.MaxDays), description: "The close of the n-th business day after the start's (0: the start's own)."),
        new PropertyNode("nextBusinessDayAt", TimeOfDay, description: "This time of day on the next business day."),
        new PropertyNode("businessCalendar", BusinessCalendar, description: "A calendar for this target instead of the policy's."));

    public static readonly ObjectNode TargetRow = new ObjectNode("an object keyed by metric (\"firstResponse\", \"resolution\")") { NamesIgnoreCase = true }.With(
        new PropertyNode("firstResponse", Target),
        new PropertyNode("resolution", Target));

    public static readonly ObjectNode SlaPolicy = new ObjectNode("an SLA policy object", "An SLA policy: priorities and their targets.") { Definition = "slaPolicy" }.With(
        new PropertyNode("name", new TextNode("a policy name that is not empty"), true),
        new PropertyNode("businessCalendar", BusinessCalendar, true, "The calendar of business-time targets."),
        new PropertyNode("priorities", new ArrayNode(new TextNode("a priority name that is not empty and has no leading or trailing spaces", "^" + NotBlankPattern + "([\\s\\S]*" + NotBlankPattern + ")?$"), "an array of priority names", 1, nonEmptyExpectation: "at least one priority name"), true, "Priority names, matched ignoring case."),
        new PropertyNode("targets", new MapNode(new TextNode("a priority name"), TargetRow, "an object keyed by priority"), description: "Targets by priority and metric."));

    // Uptime.
    public static readonly DecimalNode Percent = new(0m, false, 100m, false, 28, "a percentage from 0 to 100");

    public static readonly ObjectNode CreditTier = new ObjectNode("a credit tier object", "Uptime in [minimum, maximum) earns the credit.").With(
        new PropertyNode("minimumUptimePercent", Percent, true),
        new PropertyNode("maximumUptimePercent", Percent, true),
        new PropertyNode("creditPercent", Percent, true, "The credit, in percent of the monthly charge."));

    public static readonly ObjectNode CreditSchedule = new ObjectNode("a credit schedule object", "Service-credit tiers by monthly uptime.") { Definition = "creditSchedule" }.With(
        new PropertyNode("tiers", new ArrayNode(CreditTier, "an array of credit tiers", 1, nonEmptyExpectation: "at least one credit tier"), true));

    public static readonly ObjectNode Exclusion = new ObjectNode("an object with \"start\" and \"end\"", "An excluded interval [start, end).").With(
        new PropertyNode("start", Instant, true),
        new PropertyNode("end", Instant, true));

    public static readonly PropertyNode ErrorRatePercent = new(
        "errorRateThresholdPercent",
        new DecimalNode(0m, true, 100m, true, Uptime.UptimePolicy.MaxThresholdDecimalPlaces - 2, "a percentage strictly between 0 and 100 with at most 7 decimal places"),
        description: "A minute is down when its error rate reaches this percentage; 5 when absent.");

    public static readonly PropertyNode ErrorRateFraction = new(
        "errorRateThreshold",
        new DecimalNode(0m, true, 1m, true, Uptime.UptimePolicy.MaxThresholdDecimalPlaces, "an error rate strictly between 0 and 1 with at most 9 decimal places"),
        description: "The same threshold as a fraction (0.05), the form of version 1 documents; give one of the two.");

    public static readonly ObjectNode UptimePolicy = new ObjectNode("an uptime policy object", "How uptime is measured; every property has a default.") { Definition = "uptimePolicy", NotBoth = new[] { ("errorRateThresholdPercent", "errorRateThreshold") } }.With(
        ErrorRatePercent,
        ErrorRateFraction,
        new PropertyNode("minimumValidRequests", new IntegerNode(0, int.MaxValue)),
        new PropertyNode("minimumDowntimeRun", new IntegerNode(1, int.MaxValue)),
        new PropertyNode("method", new NameNode(DocumentReader.MethodNames)),
        new PropertyNode("averagingInterval", Duration),
        new PropertyNode("timeZone", Zone),
        new PropertyNode("exclusionMode", new NameNode(DocumentReader.ExclusionModeNames)),
        new PropertyNode("exclusions", new ArrayNode(Exclusion, "an array of excluded intervals")),
        new PropertyNode("serviceHours", BusinessCalendar, description: "Only minutes in these hours count."));

    public static readonly ObjectNode UptimeSla = new ObjectNode("an uptime SLA object", "An uptime SLA: target, measurement and credits.") { Definition = "uptimeSla" }.With(
        new PropertyNode("name", new TextNode("an SLA name that is not empty")),
        new PropertyNode("targetPercent", new DecimalNode(0m, true, 100m, false, 28, "a percentage more than 0 and at most 100")),
        new PropertyNode("policy", UptimePolicy),
        new PropertyNode("credits", CreditSchedule),
        new PropertyNode("rounding", new NameNode(DocumentReader.RoundingNames)),
        new PropertyNode("minorUnitDecimals", new IntegerNode(0, 6)));

    /// <summary>The document kinds, with their schema file names.</summary>
    public static readonly IReadOnlyList<(string Kind, string FileName, SchemaNode Root)> Documents = new (string, string, SchemaNode)[]
    {
        ("holiday calendar", "holiday-calendar.schema.json", HolidayCalendarValue),
        ("weekly schedule", "weekly-schedule.schema.json", WeeklySchedule),
        ("date overrides", "date-overrides.schema.json", DateOverrides),
        ("business calendar", "business-calendar.schema.json", BusinessCalendar),
        ("SLA policy", "sla-policy.schema.json", SlaPolicy),
        ("credit schedule", "credit-schedule.schema.json", CreditSchedule),
        ("uptime policy", "uptime-policy.schema.json", UptimePolicy),
        ("uptime SLA", "uptime-sla.schema.json", UptimeSla),
    };

    static DocumentSchemas()
    {
        HolidayCalendarUnion.With(
            SupportedYears,
            new PropertyNode("union", new ArrayNode(HolidayCalendarValue, "an array of at least one holiday calendar", 1), true));
        UnionCalendar.With(
            new PropertyNode("zone", Zone, description: "The zone of the union's local dates; the first member's when absent."),
            new PropertyNode("union", new ArrayNode(BusinessCalendar, "an array of at least one business calendar", 1), true));
    }

    private static ObjectNode RuleKind(HolidayRuleKind kind, string description, params PropertyNode[] specific)
    {
        // The writer's order: name and kind, the kind's own properties, then the years.
        var properties = new List<PropertyNode>
        {
            RuleName,
            new("kind", new NameNode(new[] { DocumentReader.KindNames[System.Array.IndexOf(DocumentReader.Kinds, kind)] }), true),
        };
        properties.AddRange(specific);
        properties.Add(FromYear);
        properties.Add(UntilYear);
        properties.Add(LocalName);
        properties.Add(Source);
        properties.Add(Note);
        return new ObjectNode("a holiday rule object", description).With(properties.ToArray());
    }

    private static PropertyNode[] DayProperties()
    {
        var days = new PropertyNode[7];
        for (int d = 0; d < 7; d++)
        {
            days[d] = new PropertyNode(DocumentReader.DayKeys[d], DayHours);
        }

        return days;
    }
}
