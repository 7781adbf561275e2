using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;

namespace Quickstart;

/// <summary>
/// The four published support policies (../shared/policies) as code. Where a policy is silent or ambiguous, the choice made
/// is written next to it, and in the README.
/// </summary>
public static class SupportPolicies
{
    private static readonly LocalTime s_nine = new(9, 0);
    private static readonly LocalTime s_eight = new(8, 0);
    private static readonly LocalTime s_five = new(17, 0);

    /// <summary>Gets Monday–Friday 09:00–17:00 Eastern with the US federal holidays (policy 000).</summary>
    /// <remarks>"9 AM - 5 PM EST" is read as Eastern time, so the hours follow daylight saving (09:00 EDT in summer).</remarks>
    public static BusinessCalendar EasternBusinessHours { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_nine, s_five), HolidayCalendars.UsFederal, Zone("America/New_York"));

    /// <summary>Gets Monday–Friday 09:00–17:00 Pacific with the closures of policy 001.</summary>
    public static BusinessCalendar PacificSupportHours { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_nine, s_five), SupportCalendars.Policy001Closures, Zone("America/Los_Angeles"));

    /// <summary>Gets Monday–Friday 09:00–18:00 India Standard Time with India's national holidays (policy 002).</summary>
    /// <remarks>
    /// The policy does not publish its business hours; these are our assumption for a Mumbai-based team. Holidays: the built-in
    /// calendar <c>IN</c> (<see cref="SupportCalendars.IndiaDesk"/>).
    /// </remarks>
    public static BusinessCalendar IndiaBusinessHours { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_nine, new LocalTime(18, 0)), SupportCalendars.IndiaDesk, Zone("Asia/Kolkata"));

    /// <summary>
    /// Gets the San Francisco office of policy 003: Monday–Friday 08:00–17:00 Pacific, the US federal holidays (built-in
    /// <c>US-FEDERAL</c>, the same calendar as <c>US</c>).
    /// </summary>
    public static BusinessCalendar SanFranciscoOffice { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_eight, s_five), HolidayCalendars.UsFederal, Zone("America/Los_Angeles"));

    /// <summary>
    /// Gets the London office of policy 003: Monday–Friday 08:00–17:00 UK time, the bank holidays of England and Wales (built-in
    /// <c>GB</c>, <see cref="SupportCalendars.LondonOffice"/>).
    /// </summary>
    public static BusinessCalendar LondonOffice { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_eight, s_five), SupportCalendars.LondonOffice, Zone("Europe/London"));

    /// <summary>
    /// Gets the Tokyo office of policy 003: Monday–Friday 08:00–17:00 Japan time, Japan's national holidays (built-in <c>JP</c>,
    /// <see cref="SupportCalendars.TokyoOffice"/>).
    /// </summary>
    public static BusinessCalendar TokyoOffice { get; } = BusinessCalendar.Create(
        WeeklySchedule.Create().Weekdays(s_eight, s_five), SupportCalendars.TokyoOffice, Zone("Asia/Tokyo"));

    /// <summary>
    /// Gets the follow-the-sun calendar of policy 003: open whenever one of the three offices is. San Francisco is the first
    /// member, so business days are Pacific dates.
    /// </summary>
    /// <remarks>
    /// The handbook says only "three continents"; we put the offices in San Francisco (US), London (GB) and Tokyo (JP), each on
    /// its country's built-in calendar, all three rule-based, so the policy works in every year (1990–2199). In UTC on
    /// weekdays: Tokyo 23:00–08:00 (from the evening before), London 08:00–17:00 (07:00–16:00 in summer), San Francisco
    /// 16:00–01:00 (15:00–00:00 in summer): continuous from Sunday 23:00 UTC to Saturday 01:00 UTC (00:00 in Pacific summer
    /// time), except while an office that is alone at that hour keeps a holiday.
    /// </remarks>
    public static BusinessCalendar FollowTheSun { get; } = BusinessCalendar.Union(SanFranciscoOffice.Zone, SanFranciscoOffice, LondonOffice, TokyoOffice);

    /// <summary>Gets policy 000, Standard support (Defense Catalyst).</summary>
    /// <remarks>
    /// Response times are business hours ("Business hours: 4-8 hours"); "24 hours" and "48 hours" are business hours too.
    /// Standard resolution is published by complexity, not priority ("simple issues 1-2 business days, complex issues 3-5,
    /// requires investigation 5-10"): we take the upper bound of each band, P1 and P2 as simple (2 business days), P3 as complex
    /// (5) and P4 as needing investigation (10).
    /// </remarks>
    public static SlaPolicy Policy000Standard { get; } = SlaPolicy.Create("000 Standard", EasternBusinessHours, "P1", "P2", "P3", "P4")
        .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Business(Hours(4)))
        .WithTarget("P2", SlaMetric.FirstResponse, SlaTarget.Business(Hours(8)))
        .WithTarget("P3", SlaMetric.FirstResponse, SlaTarget.Business(Hours(24)))
        .WithTarget("P4", SlaMetric.FirstResponse, SlaTarget.Business(Hours(48)))
        .WithTarget("P1", SlaMetric.Resolution, SlaTarget.BusinessDays(2))
        .WithTarget("P2", SlaMetric.Resolution, SlaTarget.BusinessDays(2))
        .WithTarget("P3", SlaMetric.Resolution, SlaTarget.BusinessDays(5))
        .WithTarget("P4", SlaMetric.Resolution, SlaTarget.BusinessDays(10));

    /// <summary>Gets policy 000, Priority (Enterprise) support.</summary>
    /// <remarks>
    /// Critical (P1) is "24/7 for critical issues": its 1-hour response and 4-hour resolution are wall-clock hours. The other
    /// priorities run on business hours; "1 business day" is the same local time on the next business day.
    /// </remarks>
    public static SlaPolicy Policy000Enterprise { get; } = SlaPolicy.Create("000 Enterprise", EasternBusinessHours, "P1", "P2", "P3", "P4")
        .WithTarget("P1", SlaMetric.FirstResponse, SlaTarget.Calendar(Hours(1)))
        .WithTarget("P2", SlaMetric.FirstResponse, SlaTarget.Business(Hours(4)))
        .WithTarget("P3", SlaMetric.FirstResponse, SlaTarget.Business(Hours(8)))
        .WithTarget("P4", SlaMetric.FirstResponse, SlaTarget.Business(Hours(24)))
        .WithTarget("P1", SlaMetric.Resolution, SlaTarget.Calendar(Hours(4)))
        .WithTarget("P2", SlaMetric.Resolution, SlaTarget.BusinessDays(1))
        .WithTarget("P3", SlaMetric.Resolution, SlaTarget.BusinessDays(3))
        .WithTarget("P4", SlaMetric.Resolution, SlaTarget.BusinessDays(5));

    /// <summary>Gets policy 001, Startup plan (Paragon): initial response within 24 business hours, whatever the priority.</summary>
    /// <remarks>Policy 001 publishes initial-response targets only; it has no resolution targets.</remarks>
    public static SlaPolicy Policy001Startup { get; } = Paragon("001 Startup", Business(24), Business(24), Business(24), Business(24));

    /// <summary>Gets policy 001, Pro plan: Urgent 4, High 4, Normal 12, Low 24 business hours.</summary>
    public static SlaPolicy Policy001Pro { get; } = Paragon("001 Pro", Business(4), Business(4), Business(12), Business(24));

    /// <summary>Gets policy 001, Enterprise plan: Urgent 2 hours (calendar hours, with Slack escalation), High 4, Normal 8, Low 12 business hours.</summary>
    public static SlaPolicy Policy001Enterprise { get; } = Paragon("001 Enterprise", SlaTarget.Calendar(Hours(2)), Business(4), Business(8), Business(12));

    /// <summary>Gets policy 002 (Haptik): S0 within 1 hour 24x7, S1 within 1 business hour, S2 and S3 within 4 business hours, on India's business hours and holidays.</summary>
    /// <remarks>The targets are response times; the policy publishes no resolution targets.</remarks>
    public static SlaPolicy Policy002 { get; } = SlaPolicy.Create("002", IndiaBusinessHours, "S0", "S1", "S2", "S3")
        .WithTarget("S0", SlaMetric.FirstResponse, SlaTarget.Calendar(Hours(1)))
        .WithTarget("S1", SlaMetric.FirstResponse, Business(1))
        .WithTarget("S2", SlaMetric.FirstResponse, Business(4))
        .WithTarget("S3", SlaMetric.FirstResponse, Business(4));

    /// <summary>Gets policy 003 (Mattermost): follow-the-sun over three offices; Pending pauses the clock.</summary>
    /// <remarks>
    /// The handbook names the priorities, statuses and the follow-the-sun team but no numbers; the targets are ours. Urgent and
    /// High first responses are wall-clock hours (the "automated escalation process ... 24x7 cover"); the rest run on the
    /// follow-the-sun calendar. Statuses New, Open, Pending, Solved, Closed are the clock's defaults (Pending pauses).
    /// Resolution targets are follow-the-sun business hours (a covered weekday holds 24 of them), not business days: a union's
    /// business days are its first member's local dates with any open time, and Tokyo's Monday 08:00 is Sunday afternoon in San
    /// Francisco, so a day count would treat every Pacific Sunday as a business day.
    /// </remarks>
    public static SlaPolicy Policy003 { get; } = SlaPolicy.Create("003", FollowTheSun, "Urgent", "High", "Normal", "Low")
        .WithTarget("Urgent", SlaMetric.FirstResponse, SlaTarget.Calendar(Hours(1)))
        .WithTarget("High", SlaMetric.FirstResponse, SlaTarget.Calendar(Hours(4)))
        .WithTarget("Normal", SlaMetric.FirstResponse, Business(8))
        .WithTarget("Low", SlaMetric.FirstResponse, Business(24))
        .WithTarget("Urgent", SlaMetric.Resolution, Business(24))
        .WithTarget("High", SlaMetric.Resolution, Business(48))
        .WithTarget("Normal", SlaMetric.Resolution, Business(120))
        .WithTarget("Low", SlaMetric.Resolution, Business(240));

    /// <summary>Gets every policy of the samples, in order.</summary>
    public static IReadOnlyList<SlaPolicy> All { get; } = new[]
    {
        Policy000Standard, Policy000Enterprise, Policy001Startup, Policy001Pro, Policy001Enterprise, Policy002, Policy003,
    };

    private static SlaPolicy Paragon(string name, SlaTarget urgent, SlaTarget high, SlaTarget normal, SlaTarget low)
        => SlaPolicy.Create(name, PacificSupportHours, "Urgent", "High", "Normal", "Low")
            .WithTarget("Urgent", SlaMetric.FirstResponse, urgent)
            .WithTarget("High", SlaMetric.FirstResponse, high)
            .WithTarget("Normal", SlaMetric.FirstResponse, normal)
            .WithTarget("Low", SlaMetric.FirstResponse, low);

    private static SlaTarget Business(int hours) => SlaTarget.Business(Hours(hours));

    private static Duration Hours(int hours) => Duration.FromHours(hours);

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];
}
