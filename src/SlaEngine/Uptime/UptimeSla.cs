using System;
using SlaEngine.Internal;

namespace SlaEngine.Uptime;

/// <summary>
/// An uptime SLA as a contract states it: how uptime is measured (<see cref="Policy"/>), the monthly target, and the service
/// credits owed when it is missed, with the rounding the contract uses for money. This is what an uptime JSON document holds.
/// </summary>
/// <remarks>
/// Immutable: set properties in an object initializer (checked as they are set), change one with a <c>with</c> expression.
/// Equality is structural. Safe to share between threads.
/// </remarks>
public sealed record UptimeSla
{
    private readonly string _name = "Uptime SLA";
    private readonly decimal _targetPercent = 99.9m;
    private readonly UptimePolicy _policy = UptimePolicy.Default;
    private readonly MidpointRounding _rounding = MidpointRounding.ToEven;
    private readonly int _minorUnitDecimals = 2;

    /// <summary>Gets the SLA's name, as reports show it; not empty or blank. The default value is "Uptime SLA".</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty or blank, or has an unpaired surrogate.</exception>
    public string Name
    {
        get => _name;
        init
        {
            CheckName(Preconditions.CheckNotNull(value, nameof(value)), nameof(value), Problems.Throw);
            Preconditions.CheckUnicode(value, nameof(value), "An uptime SLA's name");
            _name = value;
        }
    }

    /// <summary>Gets the monthly uptime target in percent, more than 0 and at most 100 (99.9 for "three nines"). The default value is 99.9.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not more than 0 and at most 100.</exception>
    public decimal TargetPercent
    {
        get => _targetPercent;
        init
        {
            CheckTargetPercent(value, nameof(value), Problems.Throw);
            _targetPercent = value;
        }
    }

    /// <summary>Gets how uptime is measured. The default value is <see cref="UptimePolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public UptimePolicy Policy
    {
        get => _policy;
        init => _policy = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets the service-credit schedule, or <see langword="null"/> if the contract publishes none. The default value is <see langword="null"/>.</summary>
    public CreditSchedule? Credits { get; init; }

    /// <summary>Gets how credit amounts are rounded to the minor unit. The default value is <see cref="MidpointRounding.ToEven"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MidpointRounding"/> member.</exception>
    public MidpointRounding Rounding
    {
        get => _rounding;
        init
        {
            DecimalParts.CheckRounding(value, nameof(value));
            _rounding = value;
        }
    }

    /// <summary>Gets the currency's minor-unit decimal places, 0 to 6 (2 for USD and EUR, 0 for JPY). The default value is 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–6.</exception>
    public int MinorUnitDecimals
    {
        get => _minorUnitDecimals;
        init
        {
            Preconditions.CheckRange(value, 0, 6, nameof(value), "The minor-unit decimal places");
            _minorUnitDecimals = value;
        }
    }

    /// <summary>Checks a value for <see cref="Name"/> (not null); returns whether it is valid.</summary>
    internal static bool CheckName(string value, string member, Problems problems)
    {
        if (value.Trim().Length == 0)
        {
            problems.Invalid(member, "An uptime SLA's name must not be empty or blank, was \"" + value + "\".");
            return false;
        }

        return true;
    }

    /// <summary>Checks a value for <see cref="TargetPercent"/>; returns whether it is valid.</summary>
    internal static bool CheckTargetPercent(decimal value, string member, Problems problems)
    {
        if (value <= 0m || value > 100m)
        {
            problems.OutOfRange(member, value, Preconditions.Format("The uptime target must be more than 0 and at most 100 percent, was {0}.", value));
            return false;
        }

        return true;
    }

    /// <summary>Computes the credit owed for a measured period, or <see langword="null"/> if there is no <see cref="Credits"/> schedule.</summary>
    /// <param name="report">The period's uptime report.</param>
    /// <param name="monthlyCharge">The charge the credit is a percentage of; zero or more.</param>
    /// <returns>The tier and amount, rounded with <see cref="Rounding"/> to <see cref="MinorUnitDecimals"/> places; or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyCharge"/> is negative, or so large that its credit does not fit in a <see cref="decimal"/> at the minor unit.</exception>
    public CreditResult? EvaluateCredit(UptimeReport report, decimal monthlyCharge)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        if (monthlyCharge < 0m)
        {
            Preconditions.ThrowOutOfRange(nameof(monthlyCharge), monthlyCharge, Preconditions.Format("The monthly charge must not be negative, was {0}.", monthlyCharge));
        }

        return Credits?.Evaluate(report, monthlyCharge, Rounding, MinorUnitDecimals);
    }
}
