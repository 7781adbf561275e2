using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Policies;

namespace Quickstart;

/// <summary>Due times under the published support policies for tickets created at tricky moments, and one ticket's clock.</summary>
public static class SlaReport
{
    private static readonly LocalDateTimePattern s_createdPattern = LocalDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm");
    private static readonly LocalDateTimePattern s_duePattern = LocalDateTimePattern.CreateWithInvariantCulture("ddd MM-dd HH:mm");

    /// <summary>Gets the tickets of the report: local creation times in each policy's zone, with why they are tricky.</summary>
    public static IReadOnlyList<(LocalDateTime Created, string Why)> Tickets { get; } = new[]
    {
        (new LocalDateTime(2026, 11, 20, 16, 30), "Friday 16:30"),
        (new LocalDateTime(2026, 11, 25, 16, 30), "day before Thanksgiving"),
        (new LocalDateTime(2026, 12, 23, 10, 0), "23 December"),
        (new LocalDateTime(2027, 3, 12, 16, 0), "Friday before US DST starts"),
        (new LocalDateTime(2027, 3, 14, 10, 0), "Sunday US DST starts"),
        (new LocalDateTime(2026, 11, 28, 11, 0), "Saturday"),
    };

    /// <summary>Writes the due-time tables and the ticket clock.</summary>
    /// <param name="output">Where to write.</param>
    public static void Write(TextWriter output)
    {
        foreach (SlaPolicy policy in SupportPolicies.All)
        {
            WritePolicy(output, policy);
        }

        WriteClock(output);
    }

    private static void WritePolicy(TextWriter output, SlaPolicy policy)
    {
        DateTimeZone zone = policy.Calendar.Zone;
        output.WriteLine($"Policy {policy.Name}: due times in {zone.Id} (\"-\": the policy sets no such target)");
        output.Write($"  {"created",-52}{"metric",-16}");
        foreach (string priority in policy.Priorities)
        {
            output.Write($"{priority,-17}");
        }

        output.WriteLine();
        foreach ((LocalDateTime local, string why) in Tickets)
        {
            Instant created = local.InZoneLeniently(zone).ToInstant();
            foreach (SlaMetric metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
            {
                string label = metric == SlaMetric.FirstResponse ? s_createdPattern.Format(local) + " (" + why + ")" : string.Empty;
                output.Write($"  {label,-52}{(metric == SlaMetric.FirstResponse ? "first response" : "resolution"),-16}");
                foreach (string priority in policy.Priorities)
                {
                    string due = policy.TryGetTarget(priority, metric, out _, out _)
                        ? s_duePattern.Format(policy.DueAt(priority, metric, created).InZone(zone).LocalDateTime)
                        : "-";
                    output.Write($"{due,-17}");
                }

                output.WriteLine();
            }
        }

        output.WriteLine();
    }

    private static void WriteClock(TextWriter output)
    {
        // One Normal ticket under policy 000 Enterprise, resolution metric: Pending for a while, then raised to P2.
        SlaPolicy policy = SupportPolicies.Policy000Enterprise;
        DateTimeZone zone = policy.Calendar.Zone;
        Instant At(int day, int hour, int minute) => new LocalDateTime(2026, 11, day, hour, minute).InZoneStrictly(zone).ToInstant();
        TicketEvent[] events =
        {
            TicketEvent.Created(At(20, 14, 0), "P3"),
            TicketEvent.StatusChanged(At(20, 15, 0), "Pending"),
            TicketEvent.StatusChanged(At(23, 11, 0), "Open"),
            TicketEvent.PriorityChanged(At(23, 12, 0), "P2"),
            TicketEvent.Solved(At(24, 9, 30)),
        };

        var clock = new SlaClock(policy, SlaMetric.Resolution);
        output.WriteLine($"Ticket clock: policy {policy.Name}, resolution, times in {zone.Id}; Pending Fri 15:00 to Mon 11:00, P3 (3 business days) raised to P2 (1 business day) Mon 12:00, solved Tue 09:30");
        Span<SlaWarning> warnings = stackalloc SlaWarning[clock.WarningThresholds.Count];
        foreach (Instant now in new[] { At(20, 16, 0), At(23, 10, 0), At(23, 12, 0), At(23, 16, 30), At(24, 9, 30) })
        {
            SlaStatus status = clock.Evaluate(events, now, warnings);
            string state = status.IsBreached ? "BREACHED at " + Local(status.BreachedAt!.Value, zone) : status.IsMet ? "met" : status.IsPaused ? "paused" : "running";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Local(now, zone)}  {status.Priority,-3} due {Local(status.Due, zone)}  used {Hours(status.BusinessElapsed)} of {Hours(status.TargetBusinessTime)} business hours ({status.PercentConsumed:0.##} %)  {state}"));
        }

        SlaStatus final = clock.Evaluate(events, At(24, 9, 30), warnings);
        output.WriteLine($"  warnings: {string.Join(", ", warnings.ToArray().Select(w => w.Percent + " % " + (w.At is { } at ? Local(at, zone) : "never")))}; actual (24x7) elapsed {final.ActualElapsed.Days} d {final.ActualElapsed.Hours} h {final.ActualElapsed.Minutes} min");
    }

    private static string Local(Instant instant, DateTimeZone zone) => s_duePattern.Format(instant.InZone(zone).LocalDateTime);

    private static string Hours(Duration duration) => string.Create(CultureInfo.InvariantCulture, $"{(duration.Days * 24) + duration.Hours}:{duration.Minutes:00}");
}
