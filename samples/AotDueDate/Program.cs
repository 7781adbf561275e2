using NodaTime;
using NodaTime.Text;
using SlaEngine.Policies;
using SlaEngine.Serialization;

// Usage: AotDueDate [policy.json] [created instant] [priority] [metric]
// Defaults: samples/Policies/001-pro.json, 2026-11-25T21:30:00Z (Wednesday 16:30 in New York, the day before
// Thanksgiving), High, FirstResponse. Prints the due instant, and the due local time in the policy's zone.
string path = args.Length > 0 ? args[0] : Path.Combine("samples", "Policies", "001-pro.json");
string createdText = args.Length > 1 ? args[1] : "2026-11-25T21:30:00Z";
string priority = args.Length > 2 ? args[2] : "High";
string metricText = args.Length > 3 ? args[3] : nameof(SlaMetric.FirstResponse);

ParseResult<Instant> created = InstantPattern.ExtendedIso.Parse(createdText);
if (!created.Success)
{
    Console.Error.WriteLine($"The created instant must be an ISO instant such as 2026-11-25T21:30:00Z, was '{createdText}'.");
    return 2;
}

if (!Enum.TryParse(metricText, ignoreCase: true, out SlaMetric metric) || metric == SlaMetric.None)
{
    Console.Error.WriteLine($"The metric must be FirstResponse or Resolution, was '{metricText}'.");
    return 2;
}

SlaPolicy policy = SlaJson.ReadSlaPolicy(File.ReadAllText(path));
Instant due = policy.DueAt(priority, metric, created.Value);
ZonedDateTime dueLocal = due.InZone(policy.Calendar.Zone);

Console.WriteLine($"policy   {policy.Name}");
Console.WriteLine($"created  {InstantPattern.ExtendedIso.Format(created.Value)}");
Console.WriteLine($"target   {priority} {metric}");
Console.WriteLine($"due      {InstantPattern.ExtendedIso.Format(due)} ({ZonedDateTimePattern.ExtendedFormatOnlyIso.Format(dueLocal)})");
return 0;
