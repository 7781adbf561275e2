using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>Turns library objects into the document shapes of <see cref="SlaJsonContext"/>, in the forms <see cref="DocumentReader"/> reads.</summary>
internal static class DocumentWriter
{
    public static HolidayCalendarJson HolidayCalendar(HolidayCalendar calendar)
    {
        SupportedYearsJson? years = calendar.FirstSupportedYear == Calendars.HolidayCalendar.DefaultFirstSupportedYear && calendar.LastSupportedYear == Calendars.HolidayCalendar.DefaultLastSupportedYear
            ? null
            : new SupportedYearsJson { First = calendar.FirstSupportedYear, Last = calendar.LastSupportedYear };
        HolidayCalendar[] members = calendar.MemberCalendars();
        return members.Length > 1
            ? new HolidayCalendarJson { Union = members.Select(HolidayCalendar).ToList(), SupportedYears = years }
            : new HolidayCalendarJson { WeekendDays = calendar.WeekendDays.Select(DayName).ToList(), SupportedYears = years, Rules = calendar.Rules.Select(Rule).ToList() };
    }

    public static WeeklyScheduleJson WeeklySchedule(WeeklySchedule schedule) => new()
    {
        Monday = Hours(schedule.GetHours(IsoDayOfWeek.Monday)),
        Tuesday = Hours(schedule.GetHours(IsoDayOfWeek.Tuesday)),
        Wednesday = Hours(schedule.GetHours(IsoDayOfWeek.Wednesday)),
        Thursday = Hours(schedule.GetHours(IsoDayOfWeek.Thursday)),
        Friday = Hours(schedule.GetHours(IsoDayOfWeek.Friday)),
        Saturday = Hours(schedule.GetHours(IsoDayOfWeek.Saturday)),
        Sunday = Hours(schedule.GetHours(IsoDayOfWeek.Sunday)),
    };

    public static Dictionary<string, List<string>> DateOverrides(DateOverrides overrides)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (LocalDate date in overrides.Dates)
        {
            overrides.TryGetHours(date, out IReadOnlyList<OpenInterval> hours);
            result.Add(ConfigText.FormatDate(date), Hours(hours));
        }

        return result;
    }

    public static BusinessCalendarJson BusinessCalendar(BusinessCalendar value)
    {
        if (value is UnionBusinessCalendar union)
        {
            // The zone goes in the document only when it is not the first member's, the reader's default.
            return new BusinessCalendarJson
            {
                Zone = ReferenceEquals(union.Zone, union.Members[0].Zone) || union.Zone.Equals(union.Members[0].Zone) ? null : union.Zone.Id,
                Union = union.Members.Select(BusinessCalendar).ToList(),
            };
        }

        var calendar = (ScheduledBusinessCalendar)value;
        var dates = new List<LocalDate> { LocalDate.MinIsoValue };
        dates.AddRange(calendar.ScheduleChanges);
        return new BusinessCalendarJson
        {
            Zone = calendar.Zone.Id,
            Schedule = WeeklySchedule(calendar.GetSchedule(dates[0])),
            Holidays = calendar.Holidays.Equals(ScheduledBusinessCalendar.NoHolidays) ? null : Holidays(calendar.Holidays),
            ScheduleChanges = dates.Count == 1
                ? null
                : dates.Skip(1).Select(d => new ScheduleChangeJson { From = ConfigText.FormatDate(d), Schedule = WeeklySchedule(calendar.GetSchedule(d)) }).ToList(),
            Overrides = calendar.Overrides.Count == 0 ? null : DateOverrides(calendar.Overrides),
        };
    }

    public static SlaPolicyJson SlaPolicy(SlaPolicy policy)
    {
        var targets = new Dictionary<string, Dictionary<string, SlaTargetJson>>(StringComparer.Ordinal);
        for (int p = 0; p < policy.Priorities.Count; p++)
        {
            var row = new Dictionary<string, SlaTargetJson>(StringComparer.Ordinal);
            for (int m = 0; m < DocumentReader.Metrics.Length; m++)
            {
                if (policy.TryGetTarget(policy.Priorities[p], DocumentReader.Metrics[m], out SlaTarget target, out _))
                {
                    BusinessCalendar? own = policy.OwnCalendar(p, DocumentReader.Metrics[m]);
                    row.Add(DocumentReader.MetricKeys[m], Target(target, own));
                }
            }

            if (row.Count > 0)
            {
                targets.Add(policy.Priorities[p], row);
            }
        }

        return new SlaPolicyJson
        {
            Name = policy.Name,
            BusinessCalendar = BusinessCalendar(policy.Calendar),
            Priorities = policy.Priorities.ToList(),
            Targets = targets,
        };
    }

    public static CreditScheduleJson CreditSchedule(CreditSchedule schedule) => new()
    {
        Tiers = schedule.Tiers.Select(t => new CreditTierJson
        {
            MinimumUptimePercent = t.MinimumUptimePercent,
            MaximumUptimePercent = t.MaximumUptimePercent,
            CreditPercent = t.CreditPercent,
        }).ToList(),
    };

    public static UptimePolicyJson UptimePolicy(UptimePolicy policy) => new()
    {
        ErrorRateThreshold = policy.ErrorRateThreshold,
        MinimumValidRequests = policy.MinimumValidRequests,
        MinimumDowntimeRun = policy.MinimumDowntimeRun,
        Method = Name(policy.Method, DocumentReader.Methods, DocumentReader.MethodNames),
        AveragingInterval = ConfigText.FormatDuration(policy.AveragingInterval),
        TimeZone = policy.TimeZone.Id,
        ExclusionMode = Name(policy.ExclusionMode, DocumentReader.ExclusionModes, DocumentReader.ExclusionModeNames),
        Exclusions = policy.Exclusions.Count == 0
            ? null
            : policy.Exclusions.Select(e => new ExclusionJson { Start = ConfigText.FormatInstant(e.Start), End = ConfigText.FormatInstant(e.End) }).ToList(),
        ServiceHours = policy.ServiceHours is null ? null : BusinessCalendar(policy.ServiceHours),
    };

    public static UptimeSlaJson UptimeSla(UptimeSla sla) => new()
    {
        Name = sla.Name,
        TargetPercent = sla.TargetPercent,
        Policy = UptimePolicy(sla.Policy),
        Credits = sla.Credits is null ? null : CreditSchedule(sla.Credits),
        Rounding = Name(sla.Rounding, DocumentReader.Roundings, DocumentReader.RoundingNames),
        MinorUnitDecimals = sla.MinorUnitDecimals,
    };

    private static JsonElement Holidays(HolidayCalendar calendar)
    {
        foreach (string id in HolidayCalendars.Ids)
        {
            if (HolidayCalendars.Get(id).Equals(calendar))
            {
                return JsonSerializer.SerializeToElement(id, SlaJsonContext.Documents.String);
            }
        }

        return JsonSerializer.SerializeToElement(HolidayCalendar(calendar), SlaJsonContext.Documents.HolidayCalendarJson);
    }

    private static SlaTargetJson Target(SlaTarget target, BusinessCalendar? own)
    {
        var json = new SlaTargetJson { BusinessCalendar = own is null ? null : BusinessCalendar(own) };
        switch (target.Kind)
        {
            case SlaTargetKind.Calendar:
                json.Calendar = ConfigText.FormatDuration(target.Duration);
                break;
            case SlaTargetKind.Business:
                json.Business = ConfigText.FormatDuration(target.Duration);
                break;
            case SlaTargetKind.BusinessDays:
                json.BusinessDays = target.Days;
                break;
            case SlaTargetKind.EndOfBusinessDay:
                json.EndOfBusinessDay = target.Days;
                break;
            default:
                json.NextBusinessDayAt = ConfigText.FormatTimeOfDay(target.TimeOfDay);
                break;
        }

        return json;
    }

    private static HolidayRuleJson Rule(HolidayRule rule)
    {
        var json = new HolidayRuleJson
        {
            Name = rule.Name,
            Kind = Name(rule.Kind, DocumentReader.Kinds, DocumentReader.KindNames),
            FromYear = rule.FromYear,
            UntilYear = rule.UntilYear,
        };
        switch (rule.Kind)
        {
            case HolidayRuleKind.Fixed:
                json.Month = rule.Month;
                json.Day = rule.Day;
                json.Observance = rule.Observance == Observance.None ? null : Name(rule.Observance, DocumentReader.Observances, DocumentReader.ObservanceNames);
                break;
            case HolidayRuleKind.NthWeekday:
                json.Month = rule.Month;
                json.DayOfWeek = DayName(rule.DayOfWeek);
                json.Occurrence = rule.Occurrence;
                break;
            case HolidayRuleKind.Easter:
            case HolidayRuleKind.OrthodoxEaster:
                json.OffsetDays = rule.Offset;
                break;
            case HolidayRuleKind.DaysAfter:
                json.Rule = rule.ReferenceRuleName;
                json.Days = rule.Offset;
                break;
            case HolidayRuleKind.BusinessDaysBefore:
            case HolidayRuleKind.BusinessDaysAfter:
                json.Rule = rule.ReferenceRuleName;
                json.Count = rule.Count;
                break;
            case HolidayRuleKind.BusinessDaysBetween:
                json.FromRule = rule.ReferenceRuleName;
                json.ToRule = rule.EndReferenceRuleName;
                break;
            default:
                json.Dates = rule.ExplicitDates.Select(ConfigText.FormatDate).ToList();
                break;
        }

        return json;
    }

    private static List<string> Hours(IReadOnlyList<OpenInterval> hours) => hours.Select(ConfigText.FormatHours).ToList();

    private static string DayName(IsoDayOfWeek day) => DocumentReader.DayNames[(int)day - 1];

    private static string Name<T>(T value, IReadOnlyList<T> values, IReadOnlyList<string> names)
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
