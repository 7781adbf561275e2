using System.Globalization;
using System.Text;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.TestSupport;

/// <summary>A generated calendar of stand-alone rules with observances and moves, and the calendar year to check it in.</summary>
/// <param name="Rules">The rules: fixed, n-th weekday, Easter and explicit-date rules, at most one day-between-holidays rule and one working-days rule; unique names.</param>
/// <param name="Weekend">The weekend days: Saturday and Sunday, or Friday and Saturday.</param>
/// <param name="Year">The calendar year to check, 1993–2196.</param>
public sealed record SubstituteCalendarCase(IReadOnlyList<HolidayRule> Rules, IReadOnlySet<IsoDayOfWeek> Weekend, int Year)
{
    /// <summary>The case as text, for FsCheck's failure reports: every property a rule's holidays depend on.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Year {Year}; weekend [{string.Join(", ", Weekend.Order())}]; rules:");
        foreach (HolidayRule rule in Rules)
        {
            text.AppendLine().Append("  ").Append(Describe(rule));
        }

        return text.ToString();
    }

    /// <summary>One rule with its kind's properties, observance, moves, years and local name.</summary>
    public static string Describe(HolidayRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        string what = rule.Kind switch
        {
            HolidayRuleKind.Fixed => $"Fixed {rule.Month}/{rule.Day}",
            HolidayRuleKind.NthWeekday => $"NthWeekday {rule.Month} {rule.DayOfWeek} #{rule.Occurrence}",
            HolidayRuleKind.Easter => $"Easter {rule.Offset:+0;-0;0}",
            HolidayRuleKind.Dates or HolidayRuleKind.WorkingDays => $"{rule.Kind} {string.Join(" ", rule.ExplicitDates.Select(ReferenceData.Iso))}",
            _ => rule.Kind.ToString(),
        };
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{rule.Name}: {what}");
        if (rule.Observance != Observance.None)
        {
            text.Append(' ').Append(rule.Observance);
        }

        if (rule.Moves.Count > 0)
        {
            text.Append(" moves {").Append(string.Join(", ", rule.Moves.OrderBy(m => m.Key).Select(m => $"{m.Key}: {m.Value}"))).Append('}');
        }

        if (rule.Kind == HolidayRuleKind.WorkingDays)
        {
            text.Append(" as ").Append(rule.AsWeekday);
        }

        text.Append(rule.FromYear is { } from ? $" from {from}" : string.Empty).Append(rule.UntilYear is { } until ? $" until {until}" : string.Empty);
        return rule.LocalName is null ? text.ToString() : text.Append(" [").Append(rule.LocalName).Append(']').ToString();
    }
}
