using FsCheck.Xunit;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Policies;

/// <summary>
/// <see cref="SlaPolicy.DueAt(string, SlaMetric, Instant)"/> and <see cref="SlaTarget.DueAt"/> on random calendars
/// (from <see cref="BusinessCalendarGenerators"/>, starts in 2024–2028) and targets of every kind, some on their own
/// 24x7 calendar: a larger target is never due earlier, and the nominal due of each kind matches
/// <see cref="SlaClockModel"/>'s minute-by-minute reading of /tmp/spec4.md.
/// </summary>
public sealed partial class SlaPolicyTests
{
    // Issue property 1: for each kind, the larger of two targets is never due earlier (library only, so the start
    // and the durations may be off whole minutes); the policy's DueAt is the target's DueAt on its calendar.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void DueAt_IsNeverEarlierForALargerTarget(DueCase c)
    {
        BusinessCalendar policyCalendar = BusinessCalendarGenerators.Build(c.Calendar);
        BusinessCalendar? own = c.OwnCalendar is { } definition ? BusinessCalendarGenerators.Build(definition) : null;
        BusinessCalendar calendar = own ?? policyCalendar;
        Instant start = c.Start + Duration.FromNanoseconds(c.SubMinuteNanoseconds);
        Duration calendarExtra = Duration.FromNanoseconds(c.SubMinuteNanoseconds % 1_000_007);
        Duration businessExtra = Duration.FromTicks(c.SubMinuteNanoseconds / 100 % 600_000_000);
        (string Name, SlaTarget Smaller, SlaTarget Larger)[] pairs =
        [
            ("Calendar", SlaTarget.Calendar(Duration.FromMinutes(c.Minutes.Small) + calendarExtra), SlaTarget.Calendar(Duration.FromMinutes(c.Minutes.Large) + calendarExtra)),
            ("Business", SlaTarget.Business(Duration.FromMinutes(c.Minutes.Small) + businessExtra), SlaTarget.Business(Duration.FromMinutes(c.Minutes.Large) + businessExtra)),
            ("Business+tick", SlaTarget.Business(Duration.FromMinutes(c.Minutes.Small)), SlaTarget.Business(Duration.FromMinutes(c.Minutes.Small) + Duration.FromTicks(1))),
            ("BusinessDays+1", SlaTarget.BusinessDays(c.Days), SlaTarget.BusinessDays(c.Days + 1)),
            ("BusinessDays+k", SlaTarget.BusinessDays(c.Days), SlaTarget.BusinessDays(c.Days + c.MoreDays)),
            ("EndOfBusinessDay+1", SlaTarget.EndOfBusinessDay(c.Days - 1), SlaTarget.EndOfBusinessDay(c.Days)),
            ("EndOfBusinessDay+k", SlaTarget.EndOfBusinessDay(c.Days - 1), SlaTarget.EndOfBusinessDay(c.Days - 1 + c.MoreDays)),
            ("NextBusinessDayAt", SlaTarget.NextBusinessDayAt(c.Times.Early), SlaTarget.NextBusinessDayAt(c.Times.Late)),
        ];

        SlaPolicy policy = SlaPolicy.Create("Monotone", policyCalendar, [.. pairs.SelectMany(p => new[] { p.Name + "-small", p.Name + "-large" })]);
        foreach ((string name, SlaTarget smaller, SlaTarget larger) in pairs)
        {
            policy = own is null || smaller.Kind == SlaTargetKind.Calendar
                ? policy.WithTarget(name + "-small", SlaMetric.Resolution, smaller).WithTarget(name + "-large", SlaMetric.Resolution, larger)
                : policy.WithTarget(name + "-small", SlaMetric.Resolution, smaller, own).WithTarget(name + "-large", SlaMetric.Resolution, larger, own);
        }

        foreach ((string name, SlaTarget smaller, SlaTarget larger) in pairs)
        {
            Instant small = policy.DueAt(name + "-small", SlaMetric.Resolution, start);
            Instant large = policy.DueAt(name + "-large", SlaMetric.Resolution, start);
            Assert.True(small <= large, $"{name}: {smaller} from {PolicyShow(c, start)} is due {PolicyShow(c, small)}, after {larger}, due {PolicyShow(c, large)}.");
            Assert.True(small == smaller.DueAt(calendar, start), $"{name}: policy.DueAt {PolicyShow(c, small)} ≠ {smaller}.DueAt(calendar, start) {PolicyShow(c, smaller.DueAt(calendar, start))}.");
            Assert.True(large == larger.DueAt(calendar, start), $"{name}: policy.DueAt {PolicyShow(c, large)} ≠ {larger}.DueAt(calendar, start) {PolicyShow(c, larger.DueAt(calendar, start))}.");
            Assert.True(small >= start, $"{name}: {smaller} from {PolicyShow(c, start)} is due earlier, {PolicyShow(c, small)}.");
        }

        Assert.Equal(start + Duration.FromMinutes(c.Minutes.Small) + calendarExtra, pairs[0].Smaller.DueAt(policyCalendar, start));
    }

    // The nominal due of every kind (whole minutes) against the model's reading of the definitions; and (for one of
    // the targets) the ZonedDateTime and DateTimeOffset overloads give the same instant in the start's zone or offset.
    [Property(MaxTest = 2000, Arbitrary = [typeof(SlaClockGenerators)])]
    public void Model_DueAt_MatchesTheModelForEveryKind(DueCase c)
    {
        CalendarDefinition? own = c.OwnCalendar;
        ModelTarget[] targets =
        [
            new(ModelTargetKind.Calendar, c.Minutes.Small, LocalTime.Midnight, null),
            new(ModelTargetKind.Business, c.Minutes.Small, LocalTime.Midnight, own),
            new(ModelTargetKind.Business, c.Minutes.Large, LocalTime.Midnight, own),
            new(ModelTargetKind.BusinessDays, c.Days, LocalTime.Midnight, own),
            new(ModelTargetKind.EndOfBusinessDay, c.Days - 1, LocalTime.Midnight, own),
            new(ModelTargetKind.NextBusinessDayAt, 0, c.Times.Early, own),
            new(ModelTargetKind.NextBusinessDayAt, 0, c.Times.Late, own),
        ];
        string[] names = [.. targets.Select((_, i) => "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var raw = new ModelPolicy(c.Calendar, names, targets, targets);
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(raw);
        var model = new SlaClockModel(raw, ModelMetric.FirstResponse, false, []);
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[c.QueryZone];
        for (int i = 0; i < targets.Length; i++)
        {
            Instant expected = model.NominalDue(targets[i], c.Start);
            Instant actual = policy.DueAt(names[i], SlaMetric.FirstResponse, c.Start);
            Assert.True(actual == expected, $"{targets[i]}{(own is null ? string.Empty : " on its own 24x7 calendar in " + own.ZoneId)} from {PolicyShow(c, c.Start)}: model {PolicyShow(c, expected)}, library {PolicyShow(c, actual)}.");
            if (i != c.Days + c.MoreDays)
            {
                continue;
            }

            ZonedDateTime zoned = policy.DueAt(names[i], SlaMetric.FirstResponse, c.Start.InZone(zone));
            Assert.Equal(expected.InZone(zone), zoned);
            DateTimeOffset offsetStart = c.Start.InZone(zone).ToDateTimeOffset();
            DateTimeOffset offsetDue = policy.DueAt(names[i], SlaMetric.FirstResponse, offsetStart);
            Assert.Equal(expected.ToDateTimeOffset(), offsetDue.ToUniversalTime());
            Assert.Equal(offsetStart.Offset, offsetDue.Offset);
        }
    }

    // The oracle itself on the spec's examples (Mon–Fri 09:00–17:00 New York; 2024-03-08 is a Friday, DST starts on
    // Sunday the 10th), then the library on the same.
    [Fact]
    public void Model_DueAt_ReproducesTheSpecExamples()
    {
        CalendarDefinition newYork = new(
            "America/New_York",
            [new ScheduleVersionSpec(null, false, [new WeeklySpec(WeeklySpecKind.Weekdays, IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))])],
            [],
            [],
            null);
        DateTimeZone zone = newYork.Zone;
        Instant At(int day, int hour, int minute) => new LocalDateTime(2024, 3, day, hour, minute).InZoneStrictly(zone).ToInstant();
        ModelTarget Target(ModelTargetKind kind, int amount, int hour = 0) => new(kind, amount, new LocalTime(hour, 0), null);
        (ModelTarget Target, Instant Start, Instant Due)[] examples =
        [
            (Target(ModelTargetKind.BusinessDays, 1), At(8, 10, 0), At(11, 10, 0)),      // Fri 10:00 + 1 → Mon 10:00
            (Target(ModelTargetKind.BusinessDays, 1), At(8, 18, 0), At(12, 9, 0)),       // Fri 18:00 + 1 → Tue 09:00
            (Target(ModelTargetKind.EndOfBusinessDay, 0), At(11, 10, 0), At(11, 17, 0)), // Mon 10:00, n = 0 → Mon 17:00
            (Target(ModelTargetKind.EndOfBusinessDay, 1), At(11, 10, 0), At(12, 17, 0)), // n = 1 → Tue 17:00
            (Target(ModelTargetKind.EndOfBusinessDay, 0), At(9, 10, 0), At(11, 17, 0)),  // Sat → Mon 17:00
            (Target(ModelTargetKind.NextBusinessDayAt, 0, 9), At(8, 16, 30), At(11, 9, 0)), // Fri 16:30 at 09:00 → Mon 09:00
            (Target(ModelTargetKind.NextBusinessDayAt, 0, 9), At(11, 8, 0), At(12, 9, 0)),  // Mon 08:00 → Tue 09:00
            (Target(ModelTargetKind.Business, 120), At(8, 16, 0), At(11, 10, 0)),         // Fri 16:00 + 2 h → Mon 10:00
            (Target(ModelTargetKind.Calendar, 90), At(10, 1, 0), At(10, 3, 30)),           // across the DST gap: wall clock
        ];
        ModelTarget[] targets = [.. examples.Select(e => e.Target)];
        string[] names = [.. targets.Select((_, i) => "E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var raw = new ModelPolicy(newYork, names, targets, targets);
        var model = new SlaClockModel(raw, ModelMetric.Resolution, false, []);
        SlaPolicy policy = SlaClockGenerators.BuildPolicy(raw);
        for (int i = 0; i < examples.Length; i++)
        {
            Assert.Equal(examples[i].Due, model.NominalDue(examples[i].Target, examples[i].Start));
            Assert.Equal(examples[i].Due, policy.DueAt(names[i], SlaMetric.Resolution, examples[i].Start));
        }

        Assert.Equal(0, model.BudgetMinutes(Target(ModelTargetKind.NextBusinessDayAt, 0, 9), At(8, 18, 0))); // B = 0 from after hours
    }

    private static string PolicyShow(DueCase c, Instant instant) => BusinessCalendarGenerators.Describe(instant, c.Calendar.Zone);
}
