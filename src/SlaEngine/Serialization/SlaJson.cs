using System;
using System.Text.Json;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Internal;
using SlaEngine.Policies;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>
/// Reads and writes SlaEngine's JSON configuration documents: holiday calendars, weekly schedules, date overrides, business
/// calendars, SLA policies, credit schedules, uptime policies and uptime SLAs.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reading</b> checks the whole document and throws one <see cref="SlaConfigurationException"/> that lists every problem with
/// its JSON path and what was expected (wrong types, missing or unknown properties, values out of range, overlapping hours, a
/// rule that counts from a rule the calendar does not have, an unknown time zone id or priority). Nothing half-built is ever
/// returned. Comments (<c>//</c>, <c>/* */</c>) are allowed; trailing commas are not. Property names are exact (camelCase);
/// enumeration values (<c>"Fixed"</c>, <c>"Monday"</c>, <c>"ToEven"</c>) are matched ignoring case.
/// </para>
/// <para>
/// <b>Writing</b> produces indented JSON in the same forms, so a document written and read back is equal to the original
/// (<c>Equals</c> is structural). Writing goes straight to a <see cref="Utf8JsonWriter"/> and reading walks a
/// <see cref="JsonDocument"/>: neither uses reflection, so both work trimmed and under NativeAOT. To embed a document in a larger
/// one, use the converters (<see cref="SlaPolicyJsonConverter"/> and its siblings, all in <see cref="SlaJsonConverters.Documents"/>).
/// </para>
/// <para>
/// <b>Schemas.</b> Every document kind has a JSON Schema (draft 2020-12) in the repository's <c>schemas/</c> folder and in the
/// package's <c>schemas/</c> folder; a document may name it in a <c>"$schema"</c> property (any string), which readers ignore.
/// </para>
/// <para>
/// <b>Text forms.</b> Times of day are <c>HH:mm</c> (or <c>HH:mm:ss</c>, with up to seven fraction digits); hours are
/// <c>"09:00-17:00"</c>, where <c>24:00</c> closes at the end of the day and a close at or before the open runs overnight in a
/// weekly schedule; dates are <c>yyyy-MM-dd</c>, and date ranges are inclusive; durations are hours, minutes and seconds in
/// that order (<c>"4h"</c>, <c>"90m"</c>, <c>"1h30m"</c>, <c>"0.5s"</c>), or ISO-8601 time-based durations (<c>"PT4H"</c>,
/// <c>"PT1H30M"</c>; day-based ones such as <c>"P1D"</c> are refused: a day is not a fixed amount of time); percentages are
/// numbers from 0 to 100 everywhere (an uptime policy's <c>errorRateThresholdPercent</c>; the older
/// <c>errorRateThreshold</c>, a fraction, is still read, but not beside it); instants are ISO-8601 with an offset
/// (<c>"2026-10-10T02:00:00Z"</c>) and excluded intervals are half-open, [start, end). Zone ids are resolved by an
/// <see cref="IDateTimeZoneProvider"/>, TZDB unless one is given. The README shows a complete example of every document.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class SlaJson
{
    private static readonly JsonDocumentOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Reads a holiday calendar document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static HolidayCalendar ReadHolidayCalendar(string json) => Read(json, DateTimeZoneProviders.Tzdb, DocumentReader.HolidayCalendar);

    /// <summary>Reads a weekly schedule document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static WeeklySchedule ReadWeeklySchedule(string json) => Read(json, DateTimeZoneProviders.Tzdb, DocumentReader.WeeklySchedule);

    /// <summary>Reads a date overrides document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The overrides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static DateOverrides ReadDateOverrides(string json) => Read(json, DateTimeZoneProviders.Tzdb, DocumentReader.DateOverrides);

    /// <summary>Reads a business calendar document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static BusinessCalendar ReadBusinessCalendar(string json) => ReadBusinessCalendar(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads a business calendar document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves the document's time zone ids.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static BusinessCalendar ReadBusinessCalendar(string json, IDateTimeZoneProvider zones) => Read(json, zones, DocumentReader.BusinessCalendar);

    /// <summary>Reads an SLA policy document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static SlaPolicy ReadSlaPolicy(string json) => ReadSlaPolicy(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an SLA policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves the document's time zone ids.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static SlaPolicy ReadSlaPolicy(string json, IDateTimeZoneProvider zones) => Read(json, zones, DocumentReader.SlaPolicy);

    /// <summary>Reads a credit schedule document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static CreditSchedule ReadCreditSchedule(string json) => Read(json, DateTimeZoneProviders.Tzdb, DocumentReader.CreditSchedule);

    /// <summary>Reads an uptime policy document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static UptimePolicy ReadUptimePolicy(string json) => ReadUptimePolicy(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an uptime policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves the document's time zone ids.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static UptimePolicy ReadUptimePolicy(string json, IDateTimeZoneProvider zones) => Read(json, zones, DocumentReader.UptimePolicy);

    /// <summary>Reads an uptime SLA document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The SLA.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static UptimeSla ReadUptimeSla(string json) => ReadUptimeSla(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an uptime SLA document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves the document's time zone ids.</param>
    /// <returns>The SLA.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="SlaConfigurationException">The text is not JSON, or the document has problems; <see cref="SlaConfigurationException.Errors"/> lists them all.</exception>
    public static UptimeSla ReadUptimeSla(string json, IDateTimeZoneProvider zones) => Read(json, zones, DocumentReader.UptimeSla);

    /// <summary>Writes a holiday calendar document.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static string Write(HolidayCalendar calendar)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(calendar, nameof(calendar)), DocumentWriter.HolidayCalendar);

    /// <summary>Writes a weekly schedule document.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public static string Write(WeeklySchedule schedule)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(schedule, nameof(schedule)), DocumentWriter.WeeklySchedule);

    /// <summary>Writes a date overrides document.</summary>
    /// <param name="overrides">The overrides.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is <see langword="null"/>.</exception>
    public static string Write(DateOverrides overrides)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(overrides, nameof(overrides)), DocumentWriter.DateOverrides);

    /// <summary>Writes a business calendar document.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static string Write(BusinessCalendar calendar)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(calendar, nameof(calendar)), DocumentWriter.BusinessCalendar);

    /// <summary>Writes an SLA policy document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static string Write(SlaPolicy policy)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(policy, nameof(policy)), DocumentWriter.SlaPolicy);

    /// <summary>Writes a credit schedule document.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public static string Write(CreditSchedule schedule)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(schedule, nameof(schedule)), DocumentWriter.CreditSchedule);

    /// <summary>Writes an uptime policy document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static string Write(UptimePolicy policy)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(policy, nameof(policy)), DocumentWriter.UptimePolicy);

    /// <summary>Writes an uptime SLA document.</summary>
    /// <param name="sla">The SLA.</param>
    /// <returns>Indented JSON that the matching <c>Read</c> method reads back to an equal object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sla"/> is <see langword="null"/>.</exception>
    public static string Write(UptimeSla sla)
        => DocumentWriter.ToText(Preconditions.CheckNotNull(sla, nameof(sla)), DocumentWriter.UptimeSla);

    private static T Read<T>(string json, IDateTimeZoneProvider zones, Func<ConfigReader, JsonElement, string, T?> read)
        where T : class
    {
        Preconditions.CheckNotNull(json, nameof(json));
        Preconditions.CheckNotNull(zones, nameof(zones));
        JsonDocument document;
        ReadOnlyMemory<char> text = JsonText.EscapeLoneSurrogates(json.Length > 0 && json[0] == '\uFEFF' ? json.AsMemory(1) : json.AsMemory());
        try
        {
            // A byte-order mark left at the start of text read without decoding it is not JSON; skip it. Lone surrogates, which
            // System.Text.Json cannot transcode, are now escapes: reported below at their paths.
            document = JsonDocument.Parse(text, s_options);
        }
        catch (JsonException e)
        {
            throw new SlaConfigurationException(new[]
            {
                new SlaConfigurationError("$", Preconditions.Format(
                    "Expected a JSON document, was malformed JSON at line {0}, position {1}.", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1)),
            });
        }

        using (document)
        {
            return ReadElement(document.RootElement, zones, read, JsonText.MayHoldEscapedSurrogate(text.Span));
        }
    }

    /// <summary>
    /// Reads a document from a parsed value (its root is <c>$</c> in messages), checking its strings for escaped lone surrogates
    /// first when <paramref name="checkStrings"/> is set.
    /// </summary>
    /// <exception cref="SlaConfigurationException">The document has problems.</exception>
    internal static T ReadElement<T>(JsonElement root, IDateTimeZoneProvider zones, Func<ConfigReader, JsonElement, string, T?> read, bool checkStrings)
        where T : class
    {
        var reader = new ConfigReader(zones);
        if (checkStrings)
        {
            JsonText.CheckStrings(reader, root, "$");
            if (reader.ErrorCount > 0)
            {
                throw new SlaConfigurationException(reader.Errors);
            }
        }

        T? result = read(reader, root, "$");
        if (reader.ErrorCount > 0 || result is null)
        {
            throw new SlaConfigurationException(reader.Errors);
        }

        return result;
    }
}
