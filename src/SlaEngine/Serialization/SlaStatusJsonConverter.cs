using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Internal;
using SlaEngine.Policies;

namespace SlaEngine.Serialization;

/// <summary>Writes an <see cref="SlaStatus"/> as JSON with System.Text.Json; a status cannot be read back.</summary>
/// <remarks>
/// <para>
/// The shape, one property per public member in the order the type declares them:
/// <c>{ "metric": "Resolution", "priority": "Normal", "target": { "kind": "Business", "duration": "PT8H" }, "zone":
/// "America/New_York", "evaluatedAt": "2026-11-17T14:30:00Z", "start": "2026-11-16T15:00:00Z", "end": "2026-11-17T14:30:00Z",
/// "due": "2026-11-17T15:00:00Z", "targetBusinessTime": "PT8H", "businessElapsed": "PT7H30M", "actualElapsed": "PT23H30M",
/// "remaining": "PT30M", "isPaused": false, "fulfilledAt": null, "isFulfilled": false, "breachedAt": null, "isBreached": false,
/// "isMet": false, "percentConsumed": 93.75, "warningsFired": 2, "nextWarningAt": null }</c>.
/// </para>
/// <para>
/// Instants are ISO-8601 in UTC (<c>2026-11-17T15:00:00Z</c>, with up to nine fraction digits when there are any). Durations are
/// ISO-8601 elapsed time in hours, minutes and seconds, never days, so that they are exact: 26 hours is <c>PT26H</c>, an
/// overspent target's <c>remaining</c> is negative (<c>-PT5M</c>), zero is <c>PT0S</c>, half a second <c>PT0.5S</c>.
/// <c>metric</c> is the <see cref="SlaMetric"/> name; <c>priority</c> the priority's name; <c>zone</c> the id of the calendar's
/// time zone (the calendar itself is not written); <c>target</c> the target's kind with only the amount that kind has:
/// <c>duration</c> for <c>Calendar</c> and <c>Business</c>, <c>days</c> for <c>BusinessDays</c> and <c>EndOfBusinessDay</c>,
/// <c>timeOfDay</c> (<c>"09:00:00"</c>) for <c>NextBusinessDayAt</c>. <c>percentConsumed</c> is a JSON number written exactly as
/// the decimal holds it.
/// </para>
/// <para>
/// <c>fulfilledAt</c>, <c>breachedAt</c> and <c>nextWarningAt</c> are <c>null</c> when the status has no such instant, and are
/// left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls (<see cref="JsonIgnoreCondition.WhenWritingNull"/>);
/// every other property is always written. The default status (no ticket) writes <c>"metric": "None"</c>, a null priority and
/// zone, and a target of <c>{ "kind": "None" }</c>.
/// </para>
/// <para>
/// <b>Reading is not supported</b>: a status holds the <see cref="BusinessHours.BusinessCalendar"/> it was measured on, which this shape names
/// only by its zone, so <see cref="Read"/> throws <see cref="NotSupportedException"/>. Keep the ticket's events and evaluate
/// them again with <see cref="SlaClock.Evaluate(System.ReadOnlySpan{TicketEvent}, NodaTime.Instant)"/> instead.
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT.
/// </para>
/// </remarks>
public sealed class SlaStatusJsonConverter : JsonConverter<SlaStatus>
{
    /// <summary>Always throws: a status cannot be read from JSON.</summary>
    /// <param name="reader">The reader; not read.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="SlaStatus"/>.</param>
    /// <param name="options">The options; not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always: the shape names the status's calendar only by its zone.</exception>
    public override SlaStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException(
            "An SlaStatus cannot be read from JSON because its business calendar is not part of the JSON shape; evaluate the ticket's events again with SlaClock.Evaluate.");

    /// <summary>Writes a status.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The status.</param>
    /// <param name="options">The options: null instants are left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, SlaStatus value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(options, nameof(options));
        bool omitNulls = ResultJson.OmitsNulls(options);
        writer.WriteStartObject();
        writer.WriteString("metric", ResultJson.Name(value.Metric));
        ResultJson.WriteString(writer, "priority", value.Priority.Name, omitNulls);
        ResultJson.WriteTarget(writer, "target", value.Target);
        ResultJson.WriteString(writer, "zone", value.Calendar?.Zone.Id, omitNulls);
        ResultJson.WriteInstant(writer, "evaluatedAt", value.EvaluatedAt);
        ResultJson.WriteInstant(writer, "start", value.Start);
        ResultJson.WriteInstant(writer, "end", value.End);
        ResultJson.WriteInstant(writer, "due", value.Due);
        ResultJson.WriteDuration(writer, "targetBusinessTime", value.TargetBusinessTime);
        ResultJson.WriteDuration(writer, "businessElapsed", value.BusinessElapsed);
        ResultJson.WriteDuration(writer, "actualElapsed", value.ActualElapsed);
        ResultJson.WriteDuration(writer, "remaining", value.Remaining);
        writer.WriteBoolean("isPaused", value.IsPaused);
        ResultJson.WriteInstant(writer, "fulfilledAt", value.FulfilledAt, omitNulls);
        writer.WriteBoolean("isFulfilled", value.IsFulfilled);
        ResultJson.WriteInstant(writer, "breachedAt", value.BreachedAt, omitNulls);
        writer.WriteBoolean("isBreached", value.IsBreached);
        writer.WriteBoolean("isMet", value.IsMet);
        writer.WriteNumber("percentConsumed", value.PercentConsumed);
        writer.WriteNumber("warningsFired", value.WarningsFired);
        ResultJson.WriteInstant(writer, "nextWarningAt", value.NextWarningAt, omitNulls);
        writer.WriteEndObject();
    }
}
