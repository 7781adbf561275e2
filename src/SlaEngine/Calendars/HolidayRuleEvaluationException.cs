using System;
using NodaTime;

namespace SlaEngine.Calendars;

/// <summary>
/// A holiday rule could not be evaluated in a year a query needed: a business-day rule found too few business days within
/// 366 days of the date it counts from, or a <see cref="Observance.NextWeekday"/>
/// holiday found no free weekday within 31 days to be observed on, because the calendar's other holidays take those days.
/// </summary>
/// <remarks>
/// <para>
/// What the rules and the weekend alone decide is checked when the calendar is built (a <see cref="HolidayRuleException"/>):
/// a business-day count that no 366 days of the weekend pattern can hold, or a rule that needs business days in a calendar
/// whose every day is a weekend day. Only the holidays of a particular year can leave a rule without its day, so this is
/// thrown by the first query that needs that year, and again by every later query that needs it; nothing is cached half-built.
/// Remove or narrow the holidays that crowd the rule out (for example a <see cref="HolidayRule.Dates"/> rule that closes whole
/// months), or give the rule years in which it applies.
/// </para>
/// </remarks>
public sealed class HolidayRuleEvaluationException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="HolidayRuleEvaluationException"/> class.</summary>
    /// <param name="ruleName">The name of the rule that could not be evaluated.</param>
    /// <param name="date">The date the rule counts from (the holiday's actual date for a substitute).</param>
    /// <param name="message">One sentence saying what is wrong.</param>
    public HolidayRuleEvaluationException(string ruleName, LocalDate date, string message)
        : base(message)
    {
        RuleName = ruleName;
        Date = date;
    }

    /// <summary>Gets the name of the rule that could not be evaluated.</summary>
    public string RuleName { get; }

    /// <summary>Gets the date the rule counts from: the other rule's observed date, or the holiday's actual date for a substitute.</summary>
    public LocalDate Date { get; }
}
