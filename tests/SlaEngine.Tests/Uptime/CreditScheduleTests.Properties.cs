using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="CreditSchedule"/> on random valid schedules (shuffled tiers, top bound 100 or below, non-increasing
/// credits) against <see cref="UptimeModel"/>: tier lookup at, and one tiny step either side of, every bound; the amount
/// rounded with the model's own integer rounding in both modes; and credit never falling as downtime grows.
/// </summary>
public sealed partial class CreditScheduleTests
{
    // Issue property 2c: tier lookup (an integer comparison on each bound) and the rounded amount equal the model's.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_Evaluate_MatchesTheModel(CreditCase c)
    {
        CreditSchedule schedule = Build(c.Schedule);
        Assert.Equal(c.Schedule.Sorted.Select(ToLibrary), schedule.Tiers);
        foreach (ModelRatio uptime in new[] { c.Uptime, c.Lower })
        {
            CreditResult result = schedule.Evaluate(new ExactRatio(uptime.Numerator, uptime.Denominator), c.Charge, Rounding(c), c.MinorDecimals);
            Check(c, schedule, uptime, result);
        }
    }

    // Issue property 2b, on exact ratios: a lower uptime never earns a smaller credit percent or amount.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Evaluate_LowerUptime_NeverEarnsLessCredit(CreditCase c)
    {
        CreditSchedule schedule = Build(c.Schedule);
        CreditResult higher = schedule.Evaluate(new ExactRatio(c.Uptime.Numerator, c.Uptime.Denominator), c.Charge, Rounding(c), c.MinorDecimals);
        CreditResult lower = schedule.Evaluate(new ExactRatio(c.Lower.Numerator, c.Lower.Denominator), c.Charge, Rounding(c), c.MinorDecimals);
        UptimeGenerators.Check(lower.CreditPercent >= higher.CreditPercent && lower.Amount >= higher.Amount, () => $"Uptime {c.Uptime}: {higher.CreditPercent} % = {higher.Amount}; lower {c.Lower}: {lower.CreditPercent} % = {lower.Amount}. {c}");
    }

    // Issue property 2b, on reports: turning more minutes down gives d1 <= d2 and never a smaller credit; the report
    // overload agrees with the ratio overload and with the model.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Evaluate_MoreDowntime_NeverEarnsLessCredit(UptimeCase u, CreditCase c)
    {
        int[] candidates = Enumerable.Range(0, u.Length).Where(i => u.Valid[i] >= Math.Max(u.MinimumValid, 1) && u.Errors[i] < u.Valid[i]).ToArray();
        var random = new IntegerRandom(u.Seed);
        int[] errors = (int[])u.Errors.Clone();
        for (long k = random.Next(1, 20); k > 0 && candidates.Length > 0; k--)
        {
            int i = candidates[random.Next(0, candidates.Length - 1)];
            errors[i] = u.Valid[i];
        }

        UptimePolicy policy = UptimePolicyTests.ModelPolicy(u);
        var period = new Interval(u.Start, u.End);
        UptimeReport first = policy.Evaluate(period, u.Valid, u.Errors);
        UptimeReport second = policy.Evaluate(period, u.Valid, errors);
        CreditSchedule schedule = Build(c.Schedule);
        CreditResult before = schedule.Evaluate(first, c.Charge, Rounding(c), c.MinorDecimals);
        CreditResult after = schedule.Evaluate(second, c.Charge, Rounding(c), c.MinorDecimals);
        Func<string> where = () => $"Downtime {first.DowntimeMinutes} -> {second.DowntimeMinutes}, uptime {first.Uptime} -> {second.Uptime}, credit {before.CreditPercent} % = {before.Amount} -> {after.CreditPercent} % = {after.Amount}. {c}{Environment.NewLine}  {u}";
        UptimeGenerators.Check(second.DowntimeMinutes >= first.DowntimeMinutes && second.Uptime <= first.Uptime, () => "More down minutes, less downtime. " + where());
        UptimeGenerators.Check(after.CreditPercent >= before.CreditPercent && after.Amount >= before.Amount, () => "More downtime, less credit. " + where());
        Assert.Equal(schedule.Evaluate(first.Uptime, c.Charge, Rounding(c), c.MinorDecimals), before, CreditResultComparer.Instance);
        Check(c, schedule, new ModelRatio(second.Uptime.Numerator, second.Uptime.Denominator), after);
    }

    private static void Check(CreditCase c, CreditSchedule schedule, ModelRatio uptime, CreditResult result)
    {
        int index = UptimeModel.TierIndex(c.Schedule.Sorted, uptime);
        decimal credit = index < 0 ? 0m : c.Schedule.Sorted[index].Credit;
        decimal amount = index < 0 ? 0m : UptimeModel.CreditAmount(c.Charge, credit, c.MinorDecimals, c.ToEven);
        Func<string> where = () => $"Uptime {uptime} ({UptimeModel.Percent6(uptime)} %): library tier {result.TierIndex}, {result.CreditPercent} %, {result.Amount}; model tier {index}, {credit} %, {amount}. {c}";
        UptimeGenerators.Check(result.TierIndex == index, () => "TierIndex. " + where());
        UptimeGenerators.Check(index < 0 ? result.Tier is null : Nullable.Equals(result.Tier, (CreditTier?)schedule.Tiers[index]), () => "Tier. " + where());
        UptimeGenerators.Check(result.CreditPercent == credit, () => "CreditPercent. " + where());
        UptimeGenerators.Check(result.Amount == amount, () => "Amount. " + where());
        UptimeGenerators.Check(result.Uptime.Numerator == uptime.Numerator && result.Uptime.Denominator == uptime.Denominator, () => "Uptime. " + where());
    }

    private static CreditSchedule Build(ScheduleSpec spec) => CreditSchedule.Create(spec.Tiers.Select(ToLibrary).ToArray());

    private static CreditTier ToLibrary(ModelTier t) => new(t.Min, t.Max, t.Credit);

    private static MidpointRounding Rounding(CreditCase c) => c.ToEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;

    private sealed class CreditResultComparer : IEqualityComparer<CreditResult>
    {
        public static readonly CreditResultComparer Instance = new();

        public bool Equals(CreditResult x, CreditResult y)
            => x.TierIndex == y.TierIndex && Nullable.Equals(x.Tier, y.Tier) && x.CreditPercent == y.CreditPercent && x.Amount == y.Amount && x.Uptime == y.Uptime;

        public int GetHashCode(CreditResult obj) => obj.TierIndex;
    }
}
