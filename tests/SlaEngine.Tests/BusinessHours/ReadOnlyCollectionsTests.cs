using System.Collections;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// Immutable types hand out their collections read-only and built once: the same list on every read, which no cast
/// turns into something that changes the object.
/// </summary>
public sealed class ReadOnlyCollectionsTests
{
    private static readonly LocalDate s_christmasEve = new(2026, 12, 24);

    public static TheoryData<string> Collections() => new()
    {
        "ScheduledBusinessCalendar.ScheduleChanges",
        "DateOverrides.Dates",
        "DateOverrides.TryGetHours",
        "WeeklySchedule.GetHours",
        "HolidayCalendar.WeekendDays",
        "HolidayCalendar.Rules",
        "UnionBusinessCalendar.Members",
        "UptimePolicy.Exclusions",
        "CreditSchedule.Tiers",
        "ErrorBudget.AlertRules",
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void Collection_IsTheSameReadOnlyListOnEveryRead(string name)
    {
        Func<IEnumerable> read = Reader(name);
        IEnumerable first = read();
        Assert.Same(first, read());
        Assert.NotEmpty(first.Cast<object>());

        // No cast gives a way to change it.
        Assert.False(first is Array, $"{name} is an array.");
        if (first is IList list)
        {
            Assert.True(list.IsReadOnly, $"{name} is a writable list.");
            Assert.ThrowsAny<NotSupportedException>(() => list[0] = list[0]);
        }

        Assert.False(first.GetType().IsGenericType && first.GetType().GetGenericTypeDefinition() == typeof(List<>), $"{name} is a List<T>.");
    }

    [Fact]
    public void TryGetHours_CannotChangeTheOverrides()
    {
        DateOverrides overrides = DateOverrides.Empty.Hours(s_christmasEve, new LocalTime(9, 0), new LocalTime(13, 0));
        Assert.True(overrides.TryGetHours(s_christmasEve, out IReadOnlyList<OpenInterval> hours));
        if (hours is IList<OpenInterval> list)
        {
            Assert.ThrowsAny<NotSupportedException>(() => list[0] = new OpenInterval(new LocalTime(0, 0), new LocalTime(23, 0)));
        }

        Assert.True(overrides.TryGetHours(s_christmasEve, out IReadOnlyList<OpenInterval> again));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(9, 0), new LocalTime(13, 0)) }, again);
    }

    private static Func<IEnumerable> Reader(string name)
    {
        WeeklySchedule schedule = WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));
        DateOverrides overrides = DateOverrides.Empty.Hours(s_christmasEve, new LocalTime(9, 0), new LocalTime(13, 0)).Closed(new LocalDate(2026, 12, 31));
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(schedule, HolidayCalendars.UsFederal, DateTimeZone.Utc)
            .WithOverrides(overrides)
            .WithSchedule(new LocalDate(2027, 3, 1), WeeklySchedule.AlwaysOpen);
        var start = Instant.FromUtc(2026, 12, 1, 0, 0);
        UptimePolicy policy = UptimePolicy.Default with { Exclusions = new[] { new Interval(start, start + Duration.FromHours(1)) } };
        CreditSchedule credits = CreditSchedule.Create(new CreditTier(0m, 99.9m, 10m));
        ErrorBudget budget = ErrorBudget.Create(99.9m, Duration.FromDays(30));
        UnionBusinessCalendar union = BusinessCalendar.Union(DateTimeZone.Utc, calendar, BusinessCalendar.Create(schedule, DateTimeZone.Utc));

        return name switch
        {
            "ScheduledBusinessCalendar.ScheduleChanges" => () => calendar.ScheduleChanges,
            "DateOverrides.Dates" => () => overrides.Dates,
            "DateOverrides.TryGetHours" => () => overrides.TryGetHours(s_christmasEve, out IReadOnlyList<OpenInterval> hours) ? hours : throw new InvalidOperationException(),
            "WeeklySchedule.GetHours" => () => schedule.GetHours(IsoDayOfWeek.Monday),
            "HolidayCalendar.WeekendDays" => () => HolidayCalendars.UsFederal.WeekendDays,
            "HolidayCalendar.Rules" => () => HolidayCalendars.UsFederal.Rules,
            "UnionBusinessCalendar.Members" => () => union.Members,
            "UptimePolicy.Exclusions" => () => policy.Exclusions,
            "CreditSchedule.Tiers" => () => credits.Tiers,
            "ErrorBudget.AlertRules" => () => budget.AlertRules,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}
