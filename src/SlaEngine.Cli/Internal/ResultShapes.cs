using System.Text.Json;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using SlaEngine.Uptime;

namespace SlaEngine.Cli.Internal;

/// <summary>
/// Writes the library's results inside a command's <c>--json</c> document in the shapes the library's converters define
/// (<see cref="SlaJsonConverters"/>), so the tool and an application that serializes the same results print the same JSON.
/// </summary>
internal static class ResultShapes
{
    // Default options: null values are written as null. The converters read nothing else from them.
    private static readonly JsonSerializerOptions s_options = SlaJsonConverters.AddTo(new JsonSerializerOptions());
    private static readonly HolidayJsonConverter s_holidayConverter = new();
    private static readonly UptimeReportJsonConverter s_reportConverter = new();
    private static readonly CreditResultJsonConverter s_creditConverter = new();

    /// <summary>Writes a holiday as <see cref="HolidayJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="holiday">The holiday.</param>
    public static void Write(Utf8JsonWriter writer, Holiday holiday) => s_holidayConverter.Write(writer, holiday, s_options);

    /// <summary>Writes an uptime report as <see cref="UptimeReportJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, UptimeReport report) => s_reportConverter.Write(writer, report, s_options);

    /// <summary>Writes a credit result as <see cref="CreditResultJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="credit">The credit.</param>
    public static void Write(Utf8JsonWriter writer, CreditResult credit) => s_creditConverter.Write(writer, credit, s_options);
}
