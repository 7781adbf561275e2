using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization.Schema;
using SlaEngine.Uptime;
using S = SlaEngine.Serialization.Schema.DocumentSchemas;

namespace SlaEngine.Serialization;

/// <summary>
/// Writes library objects as the documents <see cref="DocumentReader"/> reads, straight to a <see cref="Utf8JsonWriter"/> (no
/// reflection: trimming and NativeAOT keep working). Every property name comes from <see cref="DocumentSchemas"/>, which
/// refuses a name it does not describe, so the writer, the reader and the published schema cannot drift apart.
/// </summary>
internal static class DocumentWriter
{
    private static readonly JsonWriterOptions s_indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns <paramref name="value"/> written by <paramref name="write"/> as indented JSON text.</summary>
    public static string ToText<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_indented))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void HolidayCalendar(Utf8JsonWriter w, HolidayCalendar calendar)
    {
        bool defaultYears = calendar.FirstSupportedYear == Calendars.HolidayCalendar.DefaultFirstSupportedYear && calendar.LastSupportedYear == Calendars.HolidayCalendar.DefaultLastSupportedYear;
        HolidayCalendar[] members = calendar.MemberCalendars();
        ObjectNode node = members.Length > 1 ? S.HolidayCalendarUnion : S.HolidayCalendarObject;
        w.WriteStartObject();
        if (members.Length == 1)
        {
            w.WriteStartArray(Name(node, "weekendDays"));
            foreach (IsoDayOfWeek day in calendar.WeekendDays)
            {
                w.WriteStringValue(DayName(day));
            }

            w.WriteEndArray();
        }

        if (!defaultYears)
        {
            w.WriteStartObject(Name(node, "supportedYears"));
            w.WriteNumber(Name(S.SupportedYearsObject, "first"), calendar.FirstSupportedYear);
            w.WriteNumber(Name(S.SupportedYearsObject, "last"), calendar.LastSupportedYear);
            w.WriteEndObject();
        }

        if (members.Length == 1)
        {
            w.WriteStartArray(Name(node, "rules"));
            foreach (HolidayRule rule in calendar.Rules)
            {
                Rule(w, rule);
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteStartArray(Name(node, "union"));
            foreach (HolidayCalendar member in members)
            {
                HolidayCalendar(w, member);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WeeklySchedule(Utf8JsonWriter w, WeeklySchedule schedule)
    {
        w.WriteStartObject();
        for (int d = 0; d < 7; d++)
        {
            w.WritePropertyName(S.WeeklySchedule.Properties[d].Name);
            Hours(w, schedule.GetHours(DocumentReader.Days[d]));
        }

        w.WriteEndObject();
    }

    public static void DateOverrides(Utf8JsonWriter w, DateOverrides overrides)
    {
        w.WriteStartObject();
        foreach (LocalDate date in overrides.Dates)
        {
            overrides.TryGetHours(date, out IReadOnlyList<OpenInterval> hours);
            w.WritePropertyName(ConfigText.FormatDate(date));
            Hours(w, hours);
        }

        w.WriteEndObject();
    }

    public static void BusinessCalendar(Utf8JsonWriter w, BusinessCalendar value)
    {
        w.WriteStartObject();
        if (value is UnionBusinessCalendar union)
        {
            // The zone goes in the document only when it is not the first member's, the reader's default.
            if (!ReferenceEquals(union.Zone, union.Members[0].Zone) && !union.Zone.Equals(union.Members[0].Zone))
            {
                w.WriteString(Name(S.UnionCalendar, "zone"), union.Zone.Id);
            }

            w.WriteStartArray(Name(S.UnionCalendar, "union"));
            foreach (BusinessCalendar member in union.Members)
            {
                BusinessCalendar(w, member);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }

        var calendar = (ScheduledBusinessCalendar)value;
        ObjectNode node = S.ScheduledCalendar;
        w.WriteString(Name(node, "zone"), calendar.Zone.Id);
        w.WritePropertyName(Name(node, "schedule"));
        WeeklySchedule(w, calendar.GetSchedule(LocalDate.MinIsoValue));
        if (!calendar.Holidays.Equals(ScheduledBusinessCalendar.NoHolidays))
        {
            w.WritePropertyName(Name(node, "holidays"));
            Holidays(w, calendar.Holidays);
        }

        if (calendar.ScheduleChanges.Count > 0)
        {
            w.WriteStartArray(Name(node, "scheduleChanges"));
            foreach (LocalDate from in calendar.ScheduleChanges)
            {
                w.WriteStartObject();
                w.WriteString(Name(S.ScheduleChange, "from"), ConfigText.FormatDate(from));
                w.WritePropertyName(Name(S.ScheduleChange, "schedule"));
                WeeklySchedule(w, calendar.GetSchedule(from));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (calendar.Overrides.Count > 0)
        {
            w.WritePropertyName(Name(node, "overrides"));
            DateOverrides(w, calendar.Overrides);
        }

        w.WriteEndObject();
    }

    public static void SlaPolicy(Utf8JsonWriter w, SlaPolicy policy)
    {
        ObjectNode node = S.SlaPolicy;
        w.WriteStartObject();
        w.WriteString(Name(node, "name"), policy.Name);
        w.WritePropertyName(Name(node, "businessCalendar"));
        BusinessCalendar(w, policy.Calendar);
        w.WriteStartArray(Name(node, "priorities"));
        foreach (string priority in policy.Priorities)
        {
            w.WriteStringValue(priority);
        }

        w.WriteEndArray();
        w.WriteStartObject(Name(node, "targets"));
        for (int p = 0; p < policy.Priorities.Count; p++)
        {
            bool started = false;
            for (int m = 0; m < DocumentReader.Metrics.Length; m++)
            {
                if (policy.TryGetTarget(policy.Priorities[p], DocumentReader.Metrics[m], out SlaTarget target, out _))
                {
                    if (!started)
                    {
                        w.WriteStartObject(policy.Priorities[p]);
                        started = true;
                    }

                    w.WritePropertyName(Name(S.TargetRow, DocumentReader.MetricKeys[m]));
                    Target(w, target, policy.OwnCalendar(p, DocumentReader.Metrics[m]));
                }
            }

            if (started)
            {
                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void CreditSchedule(Utf8JsonWriter w, CreditSchedule schedule)
    {
        w.WriteStartObject();
        w.WriteStartArray(Name(S.CreditSchedule, "tiers"));
        foreach (CreditTier tier in schedule.Tiers)
        {
            w.WriteStartObject();
            w.WriteNumber(Name(S.CreditTier, "minimumUptimePercent"), tier.MinimumUptimePercent);
            w.WriteNumber(Name(S.CreditTier, "maximumUptimePercent"), tier.MaximumUptimePercent);
            w.WriteNumber(Name(S.CreditTier, "creditPercent"), tier.CreditPercent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void UptimePolicy(Utf8JsonWriter w, UptimePolicy policy)
    {
        ObjectNode node = S.UptimePolicy;
        w.WriteStartObject();

        // Percentages throughout: the threshold as a percentage (exact: at most nine places as a fraction, seven as a percentage).
        w.WriteNumber(S.ErrorRatePercent.Name, DecimalPercent(policy.ErrorRateThreshold));
        w.WriteNumber(Name(node, "minimumValidRequests"), policy.MinimumValidRequests);
        w.WriteNumber(Name(node, "minimumDowntimeRun"), policy.MinimumDowntimeRun);
        w.WriteString(Name(node, "method"), NameOf(policy.Method, DocumentReader.Methods, DocumentReader.MethodNames));
        w.WriteString(Name(node, "averagingInterval"), ConfigText.FormatDuration(policy.AveragingInterval));
        w.WriteString(Name(node, "timeZone"), policy.TimeZone.Id);
        w.WriteString(Name(node, "exclusionMode"), NameOf(policy.ExclusionMode, DocumentReader.ExclusionModes, DocumentReader.ExclusionModeNames));
        if (policy.Exclusions.Count > 0)
        {
            w.WriteStartArray(Name(node, "exclusions"));
            foreach (Interval exclusion in policy.Exclusions)
            {
                w.WriteStartObject();
                w.WriteString(Name(S.Exclusion, "start"), ConfigText.FormatInstant(exclusion.Start));
                w.WriteString(Name(S.Exclusion, "end"), ConfigText.FormatInstant(exclusion.End));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (policy.ServiceHours is not null)
        {
            w.WritePropertyName(Name(node, "serviceHours"));
            BusinessCalendar(w, policy.ServiceHours);
        }

        w.WriteEndObject();
    }

    public static void UptimeSla(Utf8JsonWriter w, UptimeSla sla)
    {
        ObjectNode node = S.UptimeSla;
        w.WriteStartObject();
        w.WriteString(Name(node, "name"), sla.Name);
        w.WriteNumber(Name(node, "targetPercent"), sla.TargetPercent);
        w.WritePropertyName(Name(node, "policy"));
        UptimePolicy(w, sla.Policy);
        if (sla.Credits is not null)
        {
            w.WritePropertyName(Name(node, "credits"));
            CreditSchedule(w, sla.Credits);
        }

        w.WriteString(Name(node, "rounding"), NameOf(sla.Rounding, DocumentReader.Roundings, DocumentReader.RoundingNames));
        w.WriteNumber(Name(node, "minorUnitDecimals"), sla.MinorUnitDecimals);
        w.WriteEndObject();
    }

    /// <summary>Returns the name of <paramref name="node"/>'s property <paramref name="name"/>, which the schema must describe.</summary>
    private static string Name(ObjectNode node, string name) => node[name].Name;

    /// <summary>Returns a fraction as a percentage, exactly and without trailing zeros: 0.05 is 5.</summary>
    private static decimal DecimalPercent(decimal fraction) => (fraction * 100m) / 1.000000000000000000000000000m;

    private static void Holidays(Utf8JsonWriter w, HolidayCalendar calendar)
    {
        foreach (string id in HolidayCalendars.Ids)
        {
            if (HolidayCalendars.Get(id).Equals(calendar))
            {
                w.WriteStringValue(id);
                return;
            }
        }

        HolidayCalendar(w, calendar);
    }

    private static void Target(Utf8JsonWriter w, SlaTarget target, BusinessCalendar? own)
    {
        ObjectNode node = S.Target;
        w.WriteStartObject();
        switch (target.Kind)
        {
            case SlaTargetKind.Calendar:
                w.WriteString(Name(node, "calendar"), ConfigText.FormatDuration(target.Duration));
                break;
            case SlaTargetKind.Business:
                w.WriteString(Name(node, "business"), ConfigText.FormatDuration(target.Duration));
                break;
            case SlaTargetKind.BusinessDays:
                w.WriteNumber(Name(node, "businessDays"), target.Days);
                break;
            case SlaTargetKind.EndOfBusinessDay:
                w.WriteNumber(Name(node, "endOfBusinessDay"), target.Days);
                break;
            default:
                w.WriteString(Name(node, "nextBusinessDayAt"), ConfigText.FormatTimeOfDay(target.TimeOfDay));
                break;
        }

        if (own is not null)
        {
            w.WritePropertyName(Name(node, "businessCalendar"));
            BusinessCalendar(w, own);
        }

        w.WriteEndObject();
    }

    private static void Rule(Utf8JsonWriter w, HolidayRule rule)
    {
        var node = (ObjectNode)S.Rule.Options[Array.IndexOf(DocumentReader.Kinds, rule.Kind)];
        w.WriteStartObject();
        w.WriteString(Name(node, "name"), rule.Name);
        w.WriteString(Name(node, "kind"), NameOf(rule.Kind, DocumentReader.Kinds, DocumentReader.KindNames));
        switch (rule.Kind)
        {
            case HolidayRuleKind.Fixed:
                w.WriteNumber(Name(node, "month"), rule.Month);
                w.WriteNumber(Name(node, "day"), rule.Day);
                break;
            case HolidayRuleKind.Lunisolar:
                w.WriteString(Name(node, "calendar"), NameOf(rule.LunisolarCalendar, DocumentReader.LunisolarCalendars, DocumentReader.LunisolarNames));
                w.WriteNumber(Name(node, "month"), rule.Month);
                w.WriteNumber(Name(node, "day"), rule.Day);
                if (rule.Offset != 0)
                {
                    w.WriteNumber(Name(node, "offsetDays"), rule.Offset);
                }

                break;
            case HolidayRuleKind.Hebrew:
                w.WriteString(Name(node, "month"), NameOf(rule.HebrewMonth, DocumentReader.HebrewMonths, DocumentReader.HebrewMonthNames));
                w.WriteNumber(Name(node, "day"), rule.Day);
                if (rule.Offset != 0)
                {
                    w.WriteNumber(Name(node, "offsetDays"), rule.Offset);
                }

                break;
            case HolidayRuleKind.Equinox:
                w.WriteNumber(Name(node, "month"), rule.Month);
                w.WriteString(Name(node, "utcOffset"), ConfigText.FormatUtcOffset(rule.UtcOffset));
                break;
            case HolidayRuleKind.DayBetweenHolidays:
                break;
            case HolidayRuleKind.NthWeekday:
                w.WriteNumber(Name(node, "month"), rule.Month);
                w.WriteString(Name(node, "dayOfWeek"), DayName(rule.DayOfWeek));
                w.WriteNumber(Name(node, "occurrence"), rule.Occurrence);
                if (rule.Day != 0)
                {
                    w.WriteNumber(Name(node, "day"), rule.Day);
                }

                break;
            case HolidayRuleKind.Easter:
            case HolidayRuleKind.OrthodoxEaster:
                w.WriteNumber(Name(node, "offsetDays"), rule.Offset);
                break;
            case HolidayRuleKind.DaysAfter:
                w.WriteString(Name(node, "rule"), rule.ReferenceRuleName);
                w.WriteNumber(Name(node, "days"), rule.Offset);
                break;
            case HolidayRuleKind.BusinessDaysBefore:
            case HolidayRuleKind.BusinessDaysAfter:
                w.WriteString(Name(node, "rule"), rule.ReferenceRuleName);
                w.WriteNumber(Name(node, "count"), rule.Count);
                break;
            case HolidayRuleKind.BusinessDaysBetween:
                w.WriteString(Name(node, "fromRule"), rule.ReferenceRuleName);
                w.WriteString(Name(node, "toRule"), rule.EndReferenceRuleName);
                break;
            default:
                w.WriteStartArray(Name(node, "dates"));
                foreach (LocalDate date in rule.ExplicitDates)
                {
                    w.WriteStringValue(ConfigText.FormatDate(date));
                }

                w.WriteEndArray();
                if (rule.Kind == HolidayRuleKind.WorkingDays && rule.AsWeekday != IsoDayOfWeek.Monday)
                {
                    w.WriteString(Name(node, "asWeekday"), DayName(rule.AsWeekday));
                }

                break;
        }

        if (rule.Observance != Observance.None)
        {
            w.WriteString(Name(node, "observance"), NameOf(rule.Observance, DocumentReader.Observances, DocumentReader.ObservanceNames));
        }

        if (rule.Moves.Count > 0)
        {
            w.WriteStartObject(Name(node, "moves"));
            foreach (IsoDayOfWeek day in DocumentReader.Days)
            {
                if (rule.Moves.TryGetValue(day, out int move))
                {
                    w.WriteNumber(Name(S.MovesObject, DayName(day)), move);
                }
            }

            w.WriteEndObject();
        }

        if (rule.FromYear is int from)
        {
            w.WriteNumber(Name(node, "fromYear"), from);
        }

        if (rule.UntilYear is int until)
        {
            w.WriteNumber(Name(node, "untilYear"), until);
        }

        if (rule.LocalName is not null)
        {
            w.WriteString(Name(node, "localName"), rule.LocalName);
        }

        if (rule.Source is not null)
        {
            w.WriteString(Name(node, "source"), rule.Source);
        }

        if (rule.Note is not null)
        {
            w.WriteString(Name(node, "note"), rule.Note);
        }

        w.WriteEndObject();
    }

    private static void Hours(Utf8JsonWriter w, IReadOnlyList<OpenInterval> hours)
    {
        w.WriteStartArray();
        foreach (OpenInterval interval in hours)
        {
            w.WriteStringValue(ConfigText.FormatHours(interval));
        }

        w.WriteEndArray();
    }

    private static string DayName(IsoDayOfWeek day) => DocumentReader.DayNames[(int)day - 1];

    private static string NameOf<T>(T value, IReadOnlyList<T> values, IReadOnlyList<string> names)
        where T : struct
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return names[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no name in the JSON format.");
    }
}
