using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Uptime.Evaluation;

namespace SlaEngine.Uptime;

/// <summary>
/// The downtime an uptime target allows over a window, how much of it is used, and how fast it burns: the SRE workbook's
/// multi-window, multi-burn-rate alerts.
/// </summary>
/// <remarks>
/// <para>
/// The allowed downtime is window × (100 − target) ÷ 100, exactly (43.2 minutes for 30 days at 99.9 %); a contract counts whole
/// minutes, so <see cref="AllowedDowntimeMinutes"/> rounds it down: the most downtime that still meets the target (40, 41, 43
/// and 44 minutes for 28-, 29-, 30- and 31-day months at 99.9 %).
/// </para>
/// <para>
/// The burn rate of a stretch is its error ratio divided by the ratio the target allows (1 − target): 1 spends the budget exactly
/// over the window. <see cref="AlertRules"/> are the workbook's three, rescaled to this window. Everything is exact. A budget is
/// immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class ErrorBudget
{
    private static readonly (decimal Percent, Duration Long, Duration Short)[] s_workbookRules =
    {
        (2m, Duration.FromHours(1), Duration.FromMinutes(5)),
        (5m, Duration.FromHours(6), Duration.FromMinutes(30)),
        (10m, Duration.FromDays(3), Duration.FromHours(6)),
    };

    /// <summary>The longest window: 10,000 Gregorian years.</summary>
    private const int MaxWindowDays = 3_652_425;

    private static readonly Duration s_maxWindow = Duration.FromDays(MaxWindowDays);

    private readonly ExactRatio _allowedErrorRatio;
    private readonly BurnRateAlertRule[] _rules;
    private readonly ReadOnlyCollection<BurnRateAlertRule> _rulesView;

    private ErrorBudget(decimal targetPercent, Duration window, long windowMinutes)
    {
        TargetPercent = targetPercent;
        Window = window;
        WindowMinutes = windowMinutes;
        ExactRatio target = ExactRatio.FromPercent(targetPercent);
        _allowedErrorRatio = new ExactRatio(target.Denominator - target.Numerator, target.Denominator);
        AllowedDowntime = new ExactRatio(_allowedErrorRatio.Numerator * windowMinutes, _allowedErrorRatio.Denominator);
        AllowedDowntimeMinutes = (long)(AllowedDowntime.Numerator / AllowedDowntime.Denominator);
        _rules = new BurnRateAlertRule[s_workbookRules.Length];
        for (int i = 0; i < s_workbookRules.Length; i++)
        {
            (decimal percent, Duration longWindow, Duration shortWindow) = s_workbookRules[i];

            // percent / 100 × window / long window.
            ExactRatio share = ExactRatio.FromPercent(percent);
            var threshold = new ExactRatio(share.Numerator * windowMinutes, share.Denominator * (longWindow.BclCompatibleTicks / UptimeMath.TicksPerMinute));
            _rules[i] = new BurnRateAlertRule(percent, longWindow, shortWindow, threshold);
        }

        _rulesView = new ReadOnlyCollection<BurnRateAlertRule>(_rules);
    }

    /// <summary>Gets the uptime target, as a percentage.</summary>
    public decimal TargetPercent { get; }

    /// <summary>Gets the window the budget covers.</summary>
    public Duration Window { get; }

    /// <summary>Gets the window in minutes.</summary>
    public long WindowMinutes { get; }

    /// <summary>Gets the exact downtime the target allows, in minutes: 216/5 (43.2) for 30 days at 99.9 %.</summary>
    public ExactRatio AllowedDowntime { get; }

    /// <summary>Gets the whole downtime minutes the target allows: <see cref="AllowedDowntime"/> rounded down.</summary>
    public long AllowedDowntimeMinutes { get; }

    /// <summary>Gets the multi-window burn-rate alerts for this window, fastest first.</summary>
    /// <remarks>
    /// Each keeps the workbook's budget share and windows (2 % in 1 h with 5 min, 5 % in 6 h with 30 min, 10 % in 3 days with
    /// 6 h) and scales its threshold with the budget window: 14.4, 6 and 1 for 30 days; 13.44, 5.6 and 14/15 for 28 days.
    /// The set is meant for budgets of a few weeks: for a window of a few days the thresholds fall below 1 (0.48, 0.2 and 1/30
    /// for one day), so the alerts would fire while the budget is on track; choose longer budget windows for alerting.
    /// The getter returns the same read-only list every time; it cannot be cast to an array or changed.
    /// </remarks>
    public IReadOnlyList<BurnRateAlertRule> AlertRules => _rulesView;

    /// <summary>Creates the budget of an uptime target over a window.</summary>
    /// <param name="targetPercent">The target, such as 99.9; strictly between 0 and 100, with at most six decimal places.</param>
    /// <param name="window">The window, such as 30 days or a month's minutes; a positive whole number of minutes, at most 3,652,425 days (10,000 years).</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target or the window is out of range.</exception>
    public static ErrorBudget Create(decimal targetPercent, Duration window)
    {
        if (targetPercent <= 0m || targetPercent >= 100m || DecimalParts.Places(targetPercent) > CreditTier.MaxDecimalPlaces)
        {
            Preconditions.ThrowOutOfRange(nameof(targetPercent), targetPercent, Preconditions.Format(
                "The target must be strictly between 0 and 100 percent with at most {0} decimal places, was {1}.", CreditTier.MaxDecimalPlaces, targetPercent));
        }

        if (window <= Duration.Zero || window > s_maxWindow || window != Duration.FromTicks(window.BclCompatibleTicks) || window.BclCompatibleTicks % UptimeMath.TicksPerMinute != 0)
        {
            Preconditions.ThrowOutOfRange(nameof(window), window, Preconditions.Format(
                "The window must be a positive whole number of minutes, at most {0} days (10,000 years), was {1}.", MaxWindowDays, window));
        }

        return new ErrorBudget(targetPercent, window, window.BclCompatibleTicks / UptimeMath.TicksPerMinute);
    }

    /// <summary>Returns how much of the budget a downtime uses.</summary>
    /// <param name="downtimeMinutes">The downtime minutes in the window so far, such as <see cref="UptimeReport.DowntimeMinutes"/>.</param>
    /// <returns>Allowed, consumed and remaining minutes, and the consumed fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="downtimeMinutes"/> is negative.</exception>
    public ErrorBudgetStatus Evaluate(long downtimeMinutes)
    {
        if (downtimeMinutes < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(downtimeMinutes), downtimeMinutes, Preconditions.Format("Downtime minutes must not be negative, was {0}.", downtimeMinutes));
        }

        var consumed = new ExactRatio(downtimeMinutes * AllowedDowntime.Denominator, AllowedDowntime.Numerator);
        return new ErrorBudgetStatus(AllowedDowntimeMinutes, downtimeMinutes, consumed);
    }

    /// <summary>Returns the burn rate of a stretch: (bad ÷ total) ÷ (1 − target).</summary>
    /// <param name="bad">Bad events (error requests, or down minutes); from 0 to <paramref name="total"/>.</param>
    /// <param name="total">All events (valid requests, or minutes); zero or positive. A stretch without events burns nothing.</param>
    /// <returns>The exact burn rate: 1 spends the budget exactly over the window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="bad"/> is outside 0–<paramref name="total"/>.</exception>
    public ExactRatio BurnRate(long bad, long total)
    {
        if (total < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(total), total, Preconditions.Format("The total must not be negative, was {0}.", total));
        }

        if (bad < 0 || bad > total)
        {
            Preconditions.ThrowOutOfRange(nameof(bad), bad, Preconditions.Format("Bad events must be between 0 and the total ({0}), was {1}.", total, bad));
        }

        return Burn(bad, total);
    }

    /// <summary>Evaluates every alert rule over recent per-minute counts.</summary>
    /// <param name="validRequests">Valid requests per minute, oldest first; the last element is the latest whole minute.</param>
    /// <param name="errorRequests">Error requests per minute; the same length.</param>
    /// <param name="results">Receives one alert per rule, in <see cref="AlertRules"/> order; at least as long as <see cref="AlertRules"/>.</param>
    /// <returns>The number of alerts written: the number of rules.</returns>
    /// <remarks>
    /// A window covers its last whole minutes (60 for one hour); a window longer than the data uses all of it. The burn rate of a
    /// window is its errors ÷ its valid requests ÷ (1 − target), and 0 without traffic. An alert fires when both its windows reach
    /// the threshold.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length, <paramref name="results"/> is too short, or a minute has a negative count or more errors than valid requests.</exception>
    public int EvaluateAlerts(ReadOnlySpan<int> validRequests, ReadOnlySpan<int> errorRequests, Span<BurnRateAlert> results)
    {
        UptimeMath.CheckSameLength(validRequests.Length, errorRequests.Length, nameof(errorRequests));
        if (results.Length < _rules.Length)
        {
            Preconditions.ThrowArgument(nameof(results), Preconditions.Format("The results span must hold {0} alerts, was {1} long.", _rules.Length, results.Length));
        }

        int bad = DownMinuteKernel.FindInvalid(validRequests, errorRequests);
        if (bad >= 0)
        {
            DownMinuteKernel.ThrowBadCounts(validRequests, errorRequests, bad);
        }

        for (int i = 0; i < _rules.Length; i++)
        {
            results[i] = new BurnRateAlert(
                _rules[i],
                WindowBurn(validRequests, errorRequests, _rules[i].LongWindow),
                WindowBurn(validRequests, errorRequests, _rules[i].ShortWindow));
        }

        return _rules.Length;
    }

    /// <summary>Returns the budget as "99.9 % over 43200 minutes: 43 minutes allowed".</summary>
    /// <returns>The budget in the invariant culture.</returns>
    public override string ToString()
        => Preconditions.Format("{0} % over {1} minutes: {2} minutes allowed", TargetPercent, WindowMinutes, AllowedDowntimeMinutes);

    private ExactRatio WindowBurn(ReadOnlySpan<int> valid, ReadOnlySpan<int> errors, Duration window)
    {
        int length = (int)Math.Min(valid.Length, window.BclCompatibleTicks / UptimeMath.TicksPerMinute);
        long validSum = 0, errorSum = 0;
        for (int i = valid.Length - length; i < valid.Length; i++)
        {
            validSum += valid[i];
            errorSum += errors[i];
        }

        return Burn(errorSum, validSum);
    }

    private ExactRatio Burn(long bad, long total)
        => total == 0
            ? ExactRatio.Zero
            : new ExactRatio(bad * _allowedErrorRatio.Denominator, total * _allowedErrorRatio.Numerator);
}
