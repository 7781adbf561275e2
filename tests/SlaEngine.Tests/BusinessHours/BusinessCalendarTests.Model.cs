using FsCheck.Xunit;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// Every query of <see cref="BusinessCalendar"/> against <see cref="MinuteModel"/>, an independent
/// minute-by-minute model, on random calendars (zones with DST gaps and overlaps at all hours, overnight
/// shifts, overrides, holidays, later schedule versions) around random and transition-biased instants;
/// plus the invariants that tie the queries together.
/// </summary>
public sealed partial class BusinessCalendarTests
{
    private static readonly Duration s_modelMinute = Duration.FromMinutes(1);
    private static readonly Duration s_modelTick = Duration.FromTicks(1);

    // The oracle's own shortcut (instant + wall offset of the cached zone interval) is InZone's local date-time.
    [Property(MaxTest = 3000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_LocalDateTimes_MatchInZone(BusinessCase c)
    {
        MinuteModel model = MinuteModel.Of(c.Calendar);
        DateTimeZone zone = c.Calendar.Zone;
        foreach (Instant m in ModelMinutesAroundAndAcross(c.Start, c.End, 120, 7))
        {
            Assert.Equal(m.InZone(zone).LocalDateTime, model.LocalDateTimeAt(m));
        }
    }

    [Property(MaxTest = 9000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_IsOpen_MatchesTheModelEveryMinuteAroundTheStartAndAcrossTheSpan(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        Duration within = Duration.FromTicks(c.SubMinuteTicks);
        foreach (Instant m in ModelMinutesAroundAndAcross(c.Start, c.End, 120, 7))
        {
            bool expected = model.IsOpen(m);
            Assert.True(calendar.IsOpen(m) == expected, $"IsOpen({ModelShow(c, m)}): model {expected}, library {!expected}.");
            Assert.True(calendar.IsOpen(m + within) == expected, $"IsOpen({ModelShow(c, m + within)}): model {expected} (as its whole minute), library {!expected}.");
        }
    }

    [Property(MaxTest = 10000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_NextOpen_MatchesTheModel(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        Duration within = Duration.FromTicks(c.SubMinuteTicks);
        foreach (Instant t in new[] { c.Start, c.End, c.Split, c.Start - s_modelMinute, c.Start + s_modelMinute })
        {
            Instant expected = model.NextOpen(t);
            Instant actual = calendar.NextOpen(t);
            Assert.True(actual == expected, $"NextOpen({ModelShow(c, t)}): model {ModelShow(c, expected)}, library {ModelShow(c, actual)}.");

            // Inside the minute: itself when the minute is open, else the same next opening.
            Instant expectedWithin = expected == t ? t + within : expected;
            Instant actualWithin = calendar.NextOpen(t + within);
            Assert.True(actualWithin == expectedWithin, $"NextOpen({ModelShow(c, t + within)}): model {ModelShow(c, expectedWithin)}, library {ModelShow(c, actualWithin)}.");
        }
    }

    [Property(MaxTest = 8000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_NextClose_MatchesTheModel(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        Duration within = Duration.FromTicks(c.SubMinuteTicks);
        foreach (Instant t in new[] { c.Start, c.End, c.Split, c.Start - s_modelMinute, c.Start + s_modelMinute })
        {
            Instant? expected = model.NextClose(t);
            foreach (Instant query in new[] { t, t + within })
            {
                if (expected is null)
                {
                    // Open without a break for longer than the model searches: no close, or one beyond the search.
                    try
                    {
                        Instant far = calendar.NextClose(query);
                        Assert.True(far >= t + Duration.FromMinutes(MinuteModel.SearchLimitMinutes), $"NextClose({ModelShow(c, query)}): model none within {MinuteModel.SearchLimitMinutes} min, library {ModelShow(c, far)}.");
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    continue;
                }

                Instant actual = calendar.NextClose(query);
                Assert.True(actual == expected, $"NextClose({ModelShow(c, query)}): model {ModelShow(c, expected.Value)}, library {ModelShow(c, actual)}.");
            }
        }
    }

    [Property(MaxTest = 10000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_BusinessTimeBetween_MatchesTheModelInBothOrders(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        Duration expected = Duration.FromMinutes(model.BusinessMinutesBetween(c.Start, c.End));
        Duration forward = calendar.BusinessTimeBetween(c.Start, c.End);
        Duration backward = calendar.BusinessTimeBetween(c.End, c.Start);
        Assert.True(forward == expected, $"BusinessTimeBetween({ModelShow(c, c.Start)}, {ModelShow(c, c.End)}): model {expected}, library {forward}.");
        Assert.True(backward == -expected, $"BusinessTimeBetween({ModelShow(c, c.End)}, {ModelShow(c, c.Start)}): model {-expected}, library {backward}.");
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(c.Start, c.Start));
    }

    [Property(MaxTest = 6500, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_AddBusinessTime_MatchesTheModelForwardBackwardAndZero(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        int magnitude = Math.Abs(c.AmountMinutes);
        foreach (int amount in new[] { magnitude, -magnitude })
        {
            Instant expected = model.AddBusinessMinutes(c.Start, amount);
            Instant actual = calendar.AddBusinessTime(c.Start, Duration.FromMinutes(amount));
            Assert.True(actual == expected, $"AddBusinessTime({ModelShow(c, c.Start)}, {amount} min): model {ModelShow(c, expected)}, library {ModelShow(c, actual)}.");
        }

        Assert.Equal(c.Start, calendar.AddBusinessTime(c.Start, Duration.Zero));
        Assert.Equal(c.End, calendar.AddBusinessTime(c.End, Duration.Zero));
    }

    // Library only, so any tick: the result r of adding d is exact, and it is the earliest (latest, for d < 0)
    // such instant, so the tick before (after) r is open.
    [Property(MaxTest = 20000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void AddBusinessTime_ThenBusinessTimeBetween_GivesTheAmountBack(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        Duration minutes = Duration.FromMinutes(Math.Abs(c.AmountMinutes));
        Duration ticks = minutes + Duration.FromTicks(c.SubMinuteTicks);
        foreach (Instant x in new[] { c.Start, c.Start + Duration.FromTicks(c.SubMinuteTicks) })
        {
            foreach (Duration d in new[] { minutes, -minutes, ticks, -ticks })
            {
                Instant r = calendar.AddBusinessTime(x, d);
                if (d >= Duration.Zero)
                {
                    Assert.True(r >= x, $"AddBusinessTime({ModelShow(c, x)}, {d}) = {ModelShow(c, r)} is before the start.");
                    Duration back = calendar.BusinessTimeBetween(x, r);
                    Assert.True(back == d, $"BusinessTimeBetween({ModelShow(c, x)}, AddBusinessTime(x, {d}) = {ModelShow(c, r)}) = {back}.");
                    if (d > Duration.Zero)
                    {
                        Duration shorter = calendar.BusinessTimeBetween(x, r - s_modelTick);
                        Assert.True(shorter == d - s_modelTick, $"AddBusinessTime({ModelShow(c, x)}, {d}) = {ModelShow(c, r)} is not the earliest: one tick before gives {shorter}.");
                    }
                }
                else
                {
                    Assert.True(r <= x, $"AddBusinessTime({ModelShow(c, x)}, {d}) = {ModelShow(c, r)} is after the start.");
                    Duration back = calendar.BusinessTimeBetween(r, x);
                    Assert.True(back == -d, $"BusinessTimeBetween(AddBusinessTime(x, {d}) = {ModelShow(c, r)}, {ModelShow(c, x)}) = {back}.");
                    Duration shorter = calendar.BusinessTimeBetween(r + s_modelTick, x);
                    Assert.True(shorter == -d - s_modelTick, $"AddBusinessTime({ModelShow(c, x)}, {d}) = {ModelShow(c, r)} is not the latest: one tick after gives {shorter}.");
                }
            }
        }
    }

    [Property(MaxTest = 20000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void BusinessTimeBetween_IsAdditiveOverSplits(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        Instant a = c.Start + Duration.FromTicks(c.SubMinuteTicks);
        foreach ((Instant b, Instant end) in new[] { (c.End, c.Split), (c.Split, c.End), (c.Start, c.Split) })
        {
            Duration ab = calendar.BusinessTimeBetween(a, b);
            Duration bc = calendar.BusinessTimeBetween(b, end);
            Duration ac = calendar.BusinessTimeBetween(a, end);
            Assert.True(ab + bc == ac, $"BusinessTimeBetween over {ModelShow(c, a)} | {ModelShow(c, b)} | {ModelShow(c, end)}: {ab} + {bc} ≠ {ac}.");
        }
    }

    [Property(MaxTest = 6500, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_IsBusinessDay_MatchesTheModelOnEveryDateOfTheSpan(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        foreach (LocalDate date in ModelDates(c.StartDate, c.DaySpan))
        {
            bool expected = model.IsBusinessDay(date);
            Assert.True(calendar.IsBusinessDay(date) == expected, $"IsBusinessDay({date:uuuu-MM-dd}): model {expected}, library {!expected}.");
        }
    }

    [Property(MaxTest = 6500, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_BusinessDaysBetween_MatchesTheModelInBothOrders(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        LocalDate start = c.StartDate;
        LocalDate end = start.PlusDays(c.DaySpan);
        int expected = model.BusinessDaysBetween(start, end);
        Assert.True(calendar.BusinessDaysBetween(start, end) == expected, $"BusinessDaysBetween({start:uuuu-MM-dd}, {end:uuuu-MM-dd}): model {expected}, library {calendar.BusinessDaysBetween(start, end)}.");
        Assert.True(calendar.BusinessDaysBetween(end, start) == -expected, $"BusinessDaysBetween({end:uuuu-MM-dd}, {start:uuuu-MM-dd}): model {-expected}, library {calendar.BusinessDaysBetween(end, start)}.");
        Assert.Equal(0, calendar.BusinessDaysBetween(start, start));
    }

    [Property(MaxTest = 6000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_AddBusinessDays_MatchesTheModel(BusinessCase c)
    {
        BusinessCalendar calendar = BusinessCalendarGenerators.Prepare(c);
        MinuteModel model = MinuteModel.Of(c.Calendar);
        foreach ((LocalDate date, int count) in new[] { (c.StartDate, c.DayCount), (c.StartDate, 0), (c.StartDate.PlusDays(c.DaySpan), -c.DayCount) })
        {
            LocalDate expected = model.AddBusinessDays(date, count);
            LocalDate actual = calendar.AddBusinessDays(date, count);
            Assert.True(actual == expected, $"AddBusinessDays({date:uuuu-MM-dd}, {count}): model {expected:uuuu-MM-dd}, library {actual:uuuu-MM-dd}.");
        }
    }

    [Property(MaxTest = 4500, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_Union_IsOpenBusinessTimeBetweenAndAddBusinessTime_MatchTheUnionOfTheMembersMinutes(UnionCase c)
    {
        BusinessCalendar union = BusinessCalendar.Union(c.Zone, c.Members.Select(BusinessCalendarGenerators.Build).ToArray());
        MinuteModel model = MinuteModel.Union(c.Zone, c.Members.Select(MinuteModel.Of).ToArray());
        DateTimeZone zone = c.Zone;
        foreach (Instant m in ModelMinutesAroundAndAcross(c.Start, c.End, 120, 11))
        {
            bool expected = model.IsOpen(m);
            Assert.True(union.IsOpen(m) == expected, $"IsOpen({BusinessCalendarGenerators.Describe(m, zone)}): model {expected}, library {!expected}.");
        }

        Duration between = Duration.FromMinutes(model.BusinessMinutesBetween(c.Start, c.End));
        Duration forward = union.BusinessTimeBetween(c.Start, c.End);
        Assert.True(forward == between, $"BusinessTimeBetween({BusinessCalendarGenerators.Describe(c.Start, zone)}, {BusinessCalendarGenerators.Describe(c.End, zone)}): model {between}, library {forward}.");
        Assert.Equal(-between, union.BusinessTimeBetween(c.End, c.Start));

        int magnitude = Math.Abs(c.AmountMinutes);
        foreach (int amount in new[] { magnitude, -magnitude, 0 })
        {
            Instant expected = model.AddBusinessMinutes(c.Start, amount);
            Instant actual = union.AddBusinessTime(c.Start, Duration.FromMinutes(amount));
            Assert.True(actual == expected, $"AddBusinessTime({BusinessCalendarGenerators.Describe(c.Start, zone)}, {amount} min): model {BusinessCalendarGenerators.Describe(expected, zone)}, library {BusinessCalendarGenerators.Describe(actual, zone)}.");
        }
    }

    [Property(MaxTest = 3000, Arbitrary = [typeof(BusinessCalendarGenerators)])]
    public void Model_Union_DayQueries_MatchTheModelInTheUnionsZone(UnionCase c)
    {
        BusinessCalendar union = BusinessCalendar.Union(c.Zone, c.Members.Select(BusinessCalendarGenerators.Build).ToArray());
        MinuteModel model = MinuteModel.Union(c.Zone, c.Members.Select(MinuteModel.Of).ToArray());
        Assert.Equal(c.Zone, union.Zone);
        foreach (LocalDate date in ModelDates(c.StartDate, c.DaySpan))
        {
            bool expected = model.IsBusinessDay(date);
            Assert.True(union.IsBusinessDay(date) == expected, $"IsBusinessDay({date:uuuu-MM-dd}): model {expected}, library {!expected}.");
        }

        LocalDate end = c.StartDate.PlusDays(c.DaySpan);
        Assert.Equal(model.BusinessDaysBetween(c.StartDate, end), union.BusinessDaysBetween(c.StartDate, end));
        Assert.Equal(model.AddBusinessDays(c.StartDate, c.DayCount), union.AddBusinessDays(c.StartDate, c.DayCount));
    }

    // Every minute within `around` minutes of the start, then every `stride`-th minute across the span.
    private static IEnumerable<Instant> ModelMinutesAroundAndAcross(Instant start, Instant end, int around, int stride)
    {
        for (int k = -around; k <= around; k++)
        {
            yield return start + Duration.FromMinutes(k);
        }

        (Instant from, Instant to) = start <= end ? (start, end) : (end, start);
        for (Instant m = from; m < to; m += Duration.FromMinutes(stride))
        {
            yield return m;
        }
    }

    // The dates from two days before the start to the day span's end (either direction), inclusive.
    private static IEnumerable<LocalDate> ModelDates(LocalDate start, int daySpan)
    {
        LocalDate end = start.PlusDays(daySpan);
        (LocalDate from, LocalDate to) = start <= end ? (start.PlusDays(-2), end) : (end.PlusDays(-2), start);
        for (LocalDate d = from; d <= to; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    private static string ModelShow(BusinessCase c, Instant instant) => BusinessCalendarGenerators.Describe(instant, c.Calendar.Zone);
}
