using System;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>Reads and writes SlaEngine's JSON configuration documents.</summary>
public static partial class SlaJson
{
    /// <summary>Reads a holiday calendar document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    public static HolidayCalendar ReadHolidayCalendar(string json) => throw new NotImplementedException();

    /// <summary>Reads a weekly schedule document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule.</returns>
    public static WeeklySchedule ReadWeeklySchedule(string json) => throw new NotImplementedException();

    /// <summary>Reads a date overrides document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The overrides.</returns>
    public static DateOverrides ReadDateOverrides(string json) => throw new NotImplementedException();

    /// <summary>Reads a business calendar document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar ReadBusinessCalendar(string json) => ReadBusinessCalendar(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads a business calendar document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves zone ids.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar ReadBusinessCalendar(string json, IDateTimeZoneProvider zones) => throw new NotImplementedException();

    /// <summary>Reads an SLA policy document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    public static SlaPolicy ReadSlaPolicy(string json) => ReadSlaPolicy(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an SLA policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves zone ids.</param>
    /// <returns>The policy.</returns>
    public static SlaPolicy ReadSlaPolicy(string json, IDateTimeZoneProvider zones) => throw new NotImplementedException();

    /// <summary>Reads a credit schedule document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule.</returns>
    public static CreditSchedule ReadCreditSchedule(string json) => throw new NotImplementedException();

    /// <summary>Reads an uptime policy document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    public static UptimePolicy ReadUptimePolicy(string json) => ReadUptimePolicy(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an uptime policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves zone ids.</param>
    /// <returns>The policy.</returns>
    public static UptimePolicy ReadUptimePolicy(string json, IDateTimeZoneProvider zones) => throw new NotImplementedException();

    /// <summary>Reads an uptime SLA document, resolving zones in TZDB.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The SLA.</returns>
    public static UptimeSla ReadUptimeSla(string json) => ReadUptimeSla(json, DateTimeZoneProviders.Tzdb);

    /// <summary>Reads an uptime SLA document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">Resolves zone ids.</param>
    /// <returns>The SLA.</returns>
    public static UptimeSla ReadUptimeSla(string json, IDateTimeZoneProvider zones) => throw new NotImplementedException();

    /// <summary>Writes a holiday calendar document.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(HolidayCalendar calendar) => throw new NotImplementedException();

    /// <summary>Writes a weekly schedule document.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(WeeklySchedule schedule) => throw new NotImplementedException();

    /// <summary>Writes a date overrides document.</summary>
    /// <param name="overrides">The overrides.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(DateOverrides overrides) => throw new NotImplementedException();

    /// <summary>Writes a business calendar document.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(BusinessCalendar calendar) => throw new NotImplementedException();

    /// <summary>Writes an SLA policy document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(SlaPolicy policy) => throw new NotImplementedException();

    /// <summary>Writes a credit schedule document.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(CreditSchedule schedule) => throw new NotImplementedException();

    /// <summary>Writes an uptime policy document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(UptimePolicy policy) => throw new NotImplementedException();

    /// <summary>Writes an uptime SLA document.</summary>
    /// <param name="sla">The SLA.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(UptimeSla sla) => throw new NotImplementedException();
}
