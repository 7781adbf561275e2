using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SlaEngine.Cli.Internal;

/// <summary>How the tool writes dates, times and durations: ISO-8601 in the invariant culture, in tables and JSON alike.</summary>
internal static class Formats
{
    private static readonly OffsetDateTimePattern s_isoOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    private static readonly LocalDateTimePattern s_minute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private static readonly DurationPattern s_totalHours = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    /// <summary>Formats a date: <c>2027-06-18</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a date's weekday in English: <c>Friday</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Weekday(LocalDate date) => date.DayOfWeek.ToString();

    /// <summary>Formats an instant in UTC: <c>2026-11-30T20:30:00Z</c>, with a fraction only when there is one.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Formats a date and time with its offset: <c>2026-11-30T12:30:00-08:00</c>, hours and minutes of the offset always (<c>Z</c> for UTC).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Offset(OffsetDateTime value) => s_isoOffset.Format(value);

    /// <summary>Formats an instant in a zone to the minute, for tables: <c>2026-10-14 13:02</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The text.</returns>
    public static string LocalMinute(Instant instant, DateTimeZone zone)
        => s_minute.Format(instant.InZone(zone).LocalDateTime);

    /// <summary>Formats a duration as total hours, minutes and seconds: <c>36:00:00</c>, <c>-1:30:00</c>, <c>0:00:00.5</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Hours(Duration duration) => s_totalHours.Format(duration);

    /// <summary>Formats a duration's total seconds exactly, as a JSON number: <c>129600</c>, <c>0.5</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The seconds, with up to nine decimal places.</returns>
    public static decimal Seconds(Duration duration) => duration.ToInt64Nanoseconds() / 1_000_000_000m;

    /// <summary>Formats a whole number with thousands separators: <c>44,640</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal in the invariant culture, as written: <c>99.887992</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
