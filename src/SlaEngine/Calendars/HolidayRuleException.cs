using System;

namespace SlaEngine.Calendars;

/// <summary>
/// The rules given to a <see cref="HolidayCalendar"/> do not form a valid calendar: a reference
/// to a rule that does not exist, rules that refer to each other in a cycle, a reference to a rule
/// with several dates a year, two rules with one name in overlapping years, or a rule that the weekend
/// leaves no room for (it needs business days but every day is a weekend day, or it counts more business
/// days than 366 days of the weekend pattern hold).
/// </summary>
/// <remarks>
/// Thrown when the calendar is built, never by a query. What only a particular year's holidays decide is a
/// <see cref="HolidayRuleEvaluationException"/>, thrown by the queries that need that year.
/// </remarks>
public sealed class HolidayRuleException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="HolidayRuleException"/> class.</summary>
    /// <param name="ruleName">The name of the rule at fault.</param>
    /// <param name="message">One sentence saying what is wrong.</param>
    public HolidayRuleException(string ruleName, string message)
        : base(message, "rules")
    {
        RuleName = ruleName;
    }

    /// <summary>Gets the name of the rule at fault.</summary>
    public string RuleName { get; }
}
