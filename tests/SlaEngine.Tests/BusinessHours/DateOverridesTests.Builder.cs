using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SlaEngine.BusinessHours;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// The builder against an independent model: each date's override is a set of open minutes (or absent), changed by the
/// documented meaning of each operation; and the builder equals the fluent calls made one by one.
/// </summary>
public sealed partial class DateOverridesTests
{
    /// <summary>One change: 0 Closed, 1 Hours, 2 Set (two intervals, possibly overlapping), 3 Remove (builder only).</summary>
    public sealed record Op(int Kind, int Day, int Open, int Close, int Open2, int Close2)
    {
        public override string ToString() => $"{Kind}@{Day}:{Open}-{Close},{Open2}-{Close2}";
    }

    public static class OpGenerators
    {
        // Mostly a few dates changed often; sometimes hundreds of dates, so that the chunks of 64 dates split.
        public static Arbitrary<Op[]> Ops() => Arb.From(
            from wide in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from length in wide ? Gen.Choose(100, 700) : Gen.Choose(0, 60)
            from ops in Gen.ArrayOf(
                from kind in Gen.Choose(0, 3)
                from day in wide ? Gen.Choose(0, 1000) : Gen.Choose(0, 20)
                from open in Gen.Choose(0, 1439)
                from length1 in Gen.Choose(1, 600)
                from open2 in Gen.Choose(0, 1439)
                from length2 in Gen.Choose(1, 600)
                select new Op(kind, day, open, Math.Min(open + length1, 1440), open2, Math.Min(open2 + length2, 1440)), length)
            select ops);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(OpGenerators)])]
    public void Builder_AgreesWithAMinuteModel_AndWithFluentCalls(Op[] ops)
    {
        var model = new Dictionary<int, bool[]>();
        DateOverrides.Builder builder = DateOverrides.CreateBuilder();
        DateOverrides fluent = DateOverrides.Empty;
        foreach (Op op in ops)
        {
            LocalDate date = s_eve.PlusDays(op.Day);
            switch (op.Kind)
            {
                case 0:
                    model[op.Day] = new bool[1440];
                    builder.Closed(date);
                    fluent = fluent.Closed(date);
                    break;
                case 1:
                    bool[] minutes = model.TryGetValue(op.Day, out bool[]? existing) ? existing : new bool[1440];
                    Fill(minutes, op.Open, op.Close);
                    model[op.Day] = minutes;
                    builder.Hours(date, Time(op.Open), Time(op.Close));
                    fluent = fluent.Hours(date, Time(op.Open), Time(op.Close));
                    break;
                case 2:
                    bool[] set = new bool[1440];
                    Fill(set, op.Open, op.Close);
                    Fill(set, op.Open2, op.Close2);
                    model[op.Day] = set;
                    OpenInterval[] hours = [new OpenInterval(Time(op.Open), Time(op.Close)), new OpenInterval(Time(op.Open2), Time(op.Close2))];
                    builder.Set(date, hours);
                    fluent = fluent.Set(date, hours);
                    break;
                default:
                    model.Remove(op.Day);
                    builder.Remove(date);
                    fluent = Without(fluent, date);
                    break;
            }
        }

        DateOverrides built = builder.ToOverrides();
        Assert.Equal(fluent, built);
        Assert.Equal(fluent.GetHashCode(), built.GetHashCode());
        Assert.Equal(model.Count, built.Count);
        Assert.Equal(model.Keys.Order().Select(d => s_eve.PlusDays(d)), built.Dates);
        foreach (int day in ops.SelectMany(op => new[] { op.Day - 1, op.Day, op.Day + 1 }).Distinct())
        {
            bool has = built.TryGetHours(s_eve.PlusDays(day), out IReadOnlyList<OpenInterval> hours);
            Assert.Equal(model.ContainsKey(day), has);
            bool[] expected = has ? model[day] : new bool[1440];
            bool[] actual = new bool[1440];
            for (int i = 0; i < hours.Count; i++)
            {
                // Merged: sorted, and neither overlapping nor touching the previous interval.
                Assert.True(i == 0 || hours[i].Open.TickOfDay > (hours[i - 1].ClosesAtMidnight ? NodaConstants.TicksPerDay : hours[i - 1].Close.TickOfDay));
                Fill(actual, (int)(hours[i].Open.TickOfDay / NodaConstants.TicksPerMinute), hours[i].ClosesAtMidnight ? 1440 : (int)(hours[i].Close.TickOfDay / NodaConstants.TicksPerMinute));
            }

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void ToBuilder_StartsFromTheOverrides_AndLeavesThemUnchanged()
    {
        DateOverrides original = DateOverrides.Empty.Hours(s_eve, new LocalTime(9, 0), new LocalTime(13, 0));
        DateOverrides.Builder builder = original.ToBuilder();
        Assert.Equal(1, builder.Count);
        DateOverrides changed = builder.Closed(s_eve.PlusDays(7)).Hours(s_eve, new LocalTime(14, 0), new LocalTime(15, 0)).ToOverrides();
        Assert.Equal("2026-12-24 09:00–13:00", original.ToString());
        Assert.Equal("2026-12-24 09:00–13:00, 14:00–15:00; 2026-12-31 closed", changed.ToString());

        // The builder goes on changing without affecting what it built.
        builder.Remove(s_eve);
        Assert.Equal("2026-12-24 09:00–13:00, 14:00–15:00; 2026-12-31 closed", changed.ToString());
        Assert.Equal("2026-12-31 closed", builder.ToOverrides().ToString());
        Assert.Same(DateOverrides.Empty, DateOverrides.CreateBuilder().ToOverrides());
    }

    [Fact]
    public void Builder_ManyDates_BuildsEveryDate()
    {
        // 40,000 closed dates (the size an outside review found quadratic): every one is there, in order.
        DateOverrides.Builder builder = DateOverrides.CreateBuilder();
        var first = new LocalDate(1950, 1, 1);
        for (int i = 39_999; i >= 0; i--)
        {
            builder.Closed(first.PlusDays(i));
        }

        DateOverrides overrides = builder.ToOverrides();
        Assert.Equal(40_000, overrides.Count);
        Assert.Equal(first, overrides.Dates[0]);
        Assert.Equal(first.PlusDays(39_999), overrides.Dates[^1]);
        Assert.True(overrides.TryGetHours(first.PlusDays(20_000), out IReadOnlyList<OpenInterval> hours));
        Assert.Empty(hours);
        Assert.False(overrides.TryGetHours(first.PlusDays(40_000), out _));
    }

    [Fact]
    public void Builder_RejectsNonIsoDates_AndNullHours()
    {
        DateOverrides.Builder builder = DateOverrides.CreateBuilder();
        LocalDate julian = new LocalDate(2026, 12, 24, CalendarSystem.Julian);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => builder.Closed(julian)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => builder.Remove(julian)).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentNullException>(() => builder.Set(s_eve, null!)).ParamName);
        Assert.Equal("close", Assert.Throws<ArgumentException>(() => builder.Hours(s_eve, new LocalTime(13, 0), new LocalTime(9, 0))).ParamName);
        Assert.Equal(0, builder.Count);
    }

    private static LocalTime Time(int minute) => minute == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minute);

    private static void Fill(bool[] minutes, int open, int close)
    {
        for (int m = open; m < close; m++)
        {
            minutes[m] = true;
        }
    }

    private static DateOverrides Without(DateOverrides overrides, LocalDate date)
    {
        DateOverrides result = DateOverrides.Empty;
        foreach (LocalDate d in overrides.Dates.Where(d => d != date))
        {
            overrides.TryGetHours(d, out IReadOnlyList<OpenInterval> hours);
            result = result.Set(d, hours);
        }

        return result;
    }
}
