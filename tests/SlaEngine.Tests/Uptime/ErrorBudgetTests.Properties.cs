using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>
/// <see cref="ErrorBudget"/> on random targets (up to six places) and whole-minute windows against <see cref="UptimeModel"/>:
/// allowed minutes (floor and exact), status, burn rate, the rules' rescaled thresholds, and multi-window alerts on
/// per-minute counts whose error rate sits on, just off, or around each rule's threshold.
/// </summary>
public sealed partial class ErrorBudgetTests
{
    // Allowed downtime is the floor of the exact model; Evaluate and BurnRate equal the model.
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_AllowedStatusAndBurnRate_MatchTheModel(BudgetCase c)
    {
        ErrorBudget budget = ErrorBudget.Create(c.Target, Duration.FromMinutes(c.WindowMinutes));
        long allowed = UptimeModel.AllowedMinutes(c.Target, c.WindowMinutes);
        ModelRatio exact = UptimeModel.AllowedExact(c.Target, c.WindowMinutes);
        Func<string> where = () => $"Library allowed {budget.AllowedDowntimeMinutes} ({budget.AllowedDowntime}); model {allowed} ({exact}). {c}";
        UptimeGenerators.Check(budget.TargetPercent == c.Target && budget.WindowMinutes == c.WindowMinutes && budget.Window == Duration.FromMinutes(c.WindowMinutes), () => "Target or window. " + where());
        UptimeGenerators.Check(budget.AllowedDowntimeMinutes == allowed, () => "AllowedDowntimeMinutes. " + where());
        UptimeGenerators.Check(budget.AllowedDowntime.Numerator == exact.Numerator && budget.AllowedDowntime.Denominator == exact.Denominator, () => "AllowedDowntime. " + where());

        ErrorBudgetStatus status = budget.Evaluate(c.Consumed);
        ModelRatio fraction = ModelRatio.Of(c.Consumed * exact.Denominator, exact.Numerator);
        UptimeGenerators.Check(
            status.AllowedMinutes == allowed && status.ConsumedMinutes == c.Consumed && status.RemainingMinutes == allowed - c.Consumed
                && status.IsExhausted == (c.Consumed > allowed)
                && status.ConsumedFraction.Numerator == fraction.Numerator && status.ConsumedFraction.Denominator == fraction.Denominator, () =>
            $"Evaluate({c.Consumed}): allowed {status.AllowedMinutes}, remaining {status.RemainingMinutes}, exhausted {status.IsExhausted}, fraction {status.ConsumedFraction}; model fraction {fraction}. " + where());

        ModelRatio burn = UptimeModel.BurnRate(c.Bad, c.Total, c.Target);
        ExactRatio actual = budget.BurnRate(c.Bad, c.Total);
        UptimeGenerators.Check(actual.Numerator == burn.Numerator && actual.Denominator == burn.Denominator, () => $"BurnRate({c.Bad}, {c.Total}) = {actual}; model {burn}. " + where());
    }

    // The rules' thresholds (consumed fraction × window / long window) and the alerts over the latest minutes equal the
    // model's; an alert fires exactly when both windows reach the threshold (>=, checked on exact equality cases).
    [Property(MaxTest = 2000, Arbitrary = [typeof(UptimeGenerators)])]
    public void Model_EvaluateAlerts_MatchesTheModel(BudgetCase c)
    {
        ErrorBudget budget = ErrorBudget.Create(c.Target, Duration.FromMinutes(c.WindowMinutes));
        ModelAlert[] expected = UptimeModel.Alerts(c.Valid, c.Errors, c.Target, c.WindowMinutes);
        Assert.Equal(UptimeModel.Rules.Count, budget.AlertRules.Count);
        for (int r = 0; r < UptimeModel.Rules.Count; r++)
        {
            (decimal percent, long longMinutes, long shortMinutes) = UptimeModel.Rules[r];
            BurnRateAlertRule rule = budget.AlertRules[r];
            UptimeGenerators.Check(
                rule.BudgetConsumedPercent == percent && rule.LongWindow == Duration.FromMinutes(longMinutes) && rule.ShortWindow == Duration.FromMinutes(shortMinutes)
                    && rule.BurnRateThreshold.Numerator == expected[r].Threshold.Numerator && rule.BurnRateThreshold.Denominator == expected[r].Threshold.Denominator, () =>
                $"Rule {r}: {rule.BudgetConsumedPercent} %, {rule.LongWindow}/{rule.ShortWindow}, threshold {rule.BurnRateThreshold}; model {percent} %, {longMinutes}/{shortMinutes} min, {expected[r].Threshold}. {c}");
        }

        var results = new BurnRateAlert[c.ResultSlots];
        int written = budget.EvaluateAlerts(c.Valid, c.Errors, results);
        Assert.Equal(UptimeModel.Rules.Count, written);
        for (int r = 0; r < written; r++)
        {
            BurnRateAlert alert = results[r];
            ModelAlert model = expected[r];
            UptimeGenerators.Check(
                alert.Rule.Equals(budget.AlertRules[r])
                    && alert.LongWindowBurnRate.Numerator == model.Long.Numerator && alert.LongWindowBurnRate.Denominator == model.Long.Denominator
                    && alert.ShortWindowBurnRate.Numerator == model.Short.Numerator && alert.ShortWindowBurnRate.Denominator == model.Short.Denominator
                    && alert.IsFiring == model.Firing, () =>
                $"Alert {r}: long {alert.LongWindowBurnRate}, short {alert.ShortWindowBurnRate}, firing {alert.IsFiring}; model long {model.Long}, short {model.Short}, threshold {model.Threshold}, firing {model.Firing}. {c}");
        }
    }
}
