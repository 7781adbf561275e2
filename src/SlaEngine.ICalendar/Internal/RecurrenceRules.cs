using System;
using System.Collections.Generic;
using System.Linq;
using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace SlaEngine.ICalendar.Internal;

/// <summary>
/// Bounds the work Ical.Net does to expand a recurrence rule (RRULE or EXRULE): trims the rule to the dates the read
/// needs, without changing its occurrences there, and counts the steps Ical.Net will take, before any is taken.
/// </summary>
/// <remarks>
/// <para>
/// Ical.Net 5.2.4 walks a rule one FREQ×INTERVAL step at a time from DTSTART: a rule without COUNT walks (cheaply) up
/// to the start of the range, then expands every step through its BYxxx parts; a rule with COUNT, and every EXRULE,
/// expands every step from DTSTART. Only the occurrences it yields are visible to the reader; steps that yield nothing
/// (a SECONDLY rule long before the range, <c>BYMONTH=2;BYMONTHDAY=30</c>, which never matches) are not, and without
/// an UNTIL such a rule walks on to the year 9999. So, before expanding:
/// </para>
/// <list type="bullet">
/// <item>UNTIL becomes at most a few days after the range (<see cref="Trim"/>'s <c>cap</c>), which ends every walk there;</item>
/// <item>an INTERVAL longer than the whole walk becomes just long enough to leave it, since Ical.Net would otherwise add it
/// to a date beyond 9999 and fail; so does the INTERVAL of a rule that ends before it can reach the range (Ical.Net would
/// still walk it, step by step, to the range);</item>
/// <item>repeated values in BYxxx lists are dropped (Ical.Net expands each one, and counts the repeats toward COUNT);</item>
/// <item>and the walk's cost is counted: its steps, each expanded step weighted by the most dates Ical.Net's expansion
/// of the BYxxx parts can make of it (for example 12 for <c>FREQ=YEARLY;BYMONTH=1,…,12</c>).</item>
/// </list>
/// </remarks>
internal static class RecurrenceRules
{
    /// <summary>Trims <paramref name="rule"/> for the read and returns the steps expanding it will take.</summary>
    /// <param name="rule">The rule, changed in place.</param>
    /// <param name="dtStart">The DTSTART of its event.</param>
    /// <param name="durationDays">The length of the event's occurrences, in days.</param>
    /// <param name="from">The start Ical.Net is asked for occurrences from, or <see langword="null"/> when it walks from DTSTART.</param>
    /// <param name="cap">The latest date-time the read needs: a few days after the end of the range.</param>
    /// <param name="walksFromStart">True for an EXRULE, which Ical.Net always expands from DTSTART.</param>
    /// <returns>The cost: steps walked to the range, plus steps expanded times the dates each can make.</returns>
    public static double Trim(RecurrencePattern rule, CalDateTime dtStart, double durationDays, DateTime? from, DateTime cap, bool walksFromStart)
    {
        Distinct(rule);
        DateTime start = dtStart.Value;
        bool dateOnly = !dtStart.HasTime;
        CalDateTime? until = rule.Until;
        if (until is null || until.Value > cap)
        {
            until = dateOnly ? new CalDateTime(cap.Year, cap.Month, cap.Day) : new CalDateTime(cap.Year, cap.Month, cap.Day, 0, 0, 0);
            rule.Until = until;
        }

        // Ical.Net looks one day past UNTIL for candidates. A rule without COUNT first walks, step by step, to the start
        // of the range less the event's length, even past its UNTIL; from there it expands.
        DateTime end = until.Value.AddDays(1);
        DateTime? expandFrom = !walksFromStart && rule.Count is null && from is DateTime periodStart
            ? periodStart.AddDays(-Math.Min(durationDays, (periodStart - DateTime.MinValue).TotalDays))
            : null;

        // An INTERVAL longer than the whole walk (to a day after the cap) leaves only the first step in it: make it just
        // that long, as Ical.Net would otherwise add it to a date past 9999. So does a rule that ends (UNTIL) before it
        // could reach the range, whose occurrences all end before it: the walk to the range is then one step.
        double units = Units(rule.Frequency, start, cap.AddDays(1));
        if (rule.Interval > units + 2 || (expandFrom is DateTime reach && end < reach && start < reach))
        {
            rule.Interval = (int)Math.Min(int.MaxValue, Math.Floor(units) + 2);
        }

        double expanded = Math.Floor(Units(rule.Frequency, start, end) / rule.Interval) + 2;
        double walked = 0;
        if (expandFrom is DateTime expandStart && expandStart > start)
        {
            walked = Math.Floor(Units(rule.Frequency, start, expandStart) / rule.Interval) + 1;
            expanded = Math.Floor(Units(rule.Frequency, expandStart, end) / rule.Interval) + 2;
        }

        return walked + (expanded * DatesPerStep(rule, timeListsUsed: !dateOnly || rule.Frequency < FrequencyType.Daily));
    }

    /// <summary>
    /// For a rule with COUNT whose walk from DTSTART to the range would cost more than <paramref name="budget"/>: expands
    /// it from DTSTART as far as half the budget allows and, when COUNT runs out by then, ends the rule there (UNTIL,
    /// which changes none of its occurrences) and returns the cost of both expansions; otherwise <see langword="null"/>.
    /// </summary>
    /// <param name="rule">The rule, already trimmed by <see cref="Trim"/>; changed in place when its COUNT runs out early.</param>
    /// <param name="dtStart">The DTSTART of its event.</param>
    /// <param name="budget">The steps still allowed.</param>
    /// <returns>The steps of both expansions, or <see langword="null"/> when COUNT does not run out within half the budget.</returns>
    public static double? EndByCount(RecurrencePattern rule, CalDateTime dtStart, double budget)
    {
        if (rule.Count is not int count || rule.Until is not CalDateTime until)
        {
            return null;
        }

        bool dateOnly = !dtStart.HasTime;
        double perStep = DatesPerStep(rule, timeListsUsed: !dateOnly || rule.Frequency < FrequencyType.Daily);
        DateTime start = dtStart.Value;

        // Ical.Net walks one day past UNTIL: leave room for that day's steps.
        double steps = Math.Floor(budget / 2 / perStep) - 2 - Math.Ceiling(Units(rule.Frequency, start, start.AddDays(1)) / rule.Interval);
        if (steps < 1)
        {
            return null;
        }

        DateTime end = Advance(rule.Frequency, start, steps * rule.Interval, until.Value);
        if (dateOnly)
        {
            end = end.Date;
        }

        var trial = new RecurrencePattern();
        trial.CopyFrom(rule);
        trial.Until = dateOnly ? new CalDateTime(end.Year, end.Month, end.Day) : new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, end.Second);
        int found = new RecurrencePatternEvaluator((RecurrenceRule)trial).Evaluate(dtStart, null, null).Take(count).Count();
        if (found < count)
        {
            return null;
        }

        rule.Until = trial.Until;
        return 2 * (Math.Floor(Units(rule.Frequency, start, end.AddDays(1)) / rule.Interval) + 2) * perStep;
    }

    /// <summary>
    /// The most dates Ical.Net 5.2.4 makes of one step of <paramref name="rule"/> (its <c>RecurrenceUtil.GetExpandBehaviorList</c>
    /// and <c>RecurrencePatternEvaluator.GetCandidates</c>), times the cost of a BYDAY limit with ordinals.
    /// </summary>
    /// <param name="rule">The rule, without repeated values.</param>
    /// <param name="timeListsUsed">False when Ical.Net replaces BYHOUR, BYMINUTE and BYSECOND with 0 (a DATE start of a DAILY or longer rule).</param>
    internal static double DatesPerStep(RecurrencePattern rule, bool timeListsUsed)
    {
        FrequencyType frequency = rule.Frequency;
        double times = 1;
        if (timeListsUsed)
        {
            // BYHOUR expands DAILY and longer rules, BYMINUTE HOURLY and longer, BYSECOND MINUTELY and longer; otherwise they limit.
            times *= frequency >= FrequencyType.Daily ? Math.Max(1, rule.ByHour.Count) : 1;
            times *= frequency >= FrequencyType.Hourly ? Math.Max(1, rule.ByMinute.Count) : 1;
            times *= frequency >= FrequencyType.Minutely ? Math.Max(1, rule.BySecond.Count) : 1;
        }

        int days = Math.Max(1, rule.ByDay.Count);
        double dates;
        bool dayLimits;
        switch (frequency)
        {
            case FrequencyType.Weekly:
                // Each BYDAY gives its day in the week, and at a year's end the next week's too.
                dates = 2 * days;
                dayLimits = false;
                break;
            case FrequencyType.Monthly:
                dayLimits = rule.ByMonthDay.Count > 0 || rule.ByYearDay.Count > 0;
                dates = rule.ByMonthDay.Count > 0 ? rule.ByMonthDay.Count : dayLimits ? 1 : 5 * days;
                break;
            case FrequencyType.Yearly:
                dates = Math.Max(1, rule.ByMonth.Count);
                dayLimits = true;
                if (rule.ByWeekNo.Count > 0)
                {
                    dates *= 7 * rule.ByWeekNo.Count;
                }
                else if (rule.ByYearDay.Count > 0)
                {
                    dates *= rule.ByYearDay.Count;
                }
                else if (rule.ByMonthDay.Count > 0)
                {
                    dates *= rule.ByMonthDay.Count;
                }
                else
                {
                    // Each BYDAY gives its days in each month (at most 5) or, without BYMONTH, in the year (at most 53).
                    dates *= days * (rule.ByMonth.Count > 0 ? 5 : 53);
                    dayLimits = false;
                }

                break;
            default:
                dates = 1;
                dayLimits = true;
                break;
        }

        // A BYDAY that limits works out, for every date, all the days each of its ordinal entries (such as -1FR) can mean.
        double limit = dayLimits ? 1 + (53.0 * rule.ByDay.Count(d => d.Offset.HasValue)) : 1;
        return dates * times * limit;
    }

    /// <summary>The number of FREQ units (not steps) from <paramref name="start"/> to <paramref name="end"/>, rounded up; 0 when the end is not later.</summary>
    internal static double Units(FrequencyType frequency, DateTime start, DateTime end)
    {
        if (end <= start)
        {
            return 0;
        }

        TimeSpan span = end - start;
        return Math.Ceiling(frequency switch
        {
            FrequencyType.Secondly => span.TotalSeconds,
            FrequencyType.Minutely => span.TotalMinutes,
            FrequencyType.Hourly => span.TotalHours,
            FrequencyType.Daily => span.TotalDays,
            FrequencyType.Weekly => span.TotalDays / 7,
            FrequencyType.Monthly => ((end.Year - start.Year) * 12) + end.Month - start.Month + 1,
            _ => end.Year - start.Year + 1,
        });
    }

    /// <summary><paramref name="start"/> plus <paramref name="units"/> FREQ units, at most <paramref name="limit"/>.</summary>
    private static DateTime Advance(FrequencyType frequency, DateTime start, double units, DateTime limit)
    {
        if (Units(frequency, start, limit) <= units)
        {
            return limit;
        }

        return frequency switch
        {
            FrequencyType.Secondly => start.AddSeconds(units),
            FrequencyType.Minutely => start.AddMinutes(units),
            FrequencyType.Hourly => start.AddHours(units),
            FrequencyType.Daily => start.AddDays(units),
            FrequencyType.Weekly => start.AddDays(7 * units),
            FrequencyType.Monthly => start.AddMonths((int)units),
            _ => start.AddYears((int)units),
        };
    }

    private static void Distinct(RecurrencePattern rule)
    {
        rule.BySecond = Distinct(rule.BySecond);
        rule.ByMinute = Distinct(rule.ByMinute);
        rule.ByHour = Distinct(rule.ByHour);
        rule.ByDay = Distinct(rule.ByDay);
        rule.ByMonthDay = Distinct(rule.ByMonthDay);
        rule.ByYearDay = Distinct(rule.ByYearDay);
        rule.ByWeekNo = Distinct(rule.ByWeekNo);
        rule.ByMonth = Distinct(rule.ByMonth);
        rule.BySetPosition = Distinct(rule.BySetPosition);
    }

    private static List<T> Distinct<T>(List<T> values)
        => values.Count < 2 ? values : values.Distinct().ToList();
}
