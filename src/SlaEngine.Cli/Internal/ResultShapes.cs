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
    private static readonly JsonSerializerOptions Options = SlaJsonConverters.AddTo(new JsonSerializerOptions());
    private static readonly HolidayJsonConverter HolidayConverter = new();
    private static readonly UptimeReportJsonConverter ReportConverter = new();
    private static readonly CreditResultJsonConverter CreditConverter = new();

    /// <summary>Writes a holiday as <see cref="HolidayJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="holiday">The holiday.</param>
    public static void Write(Utf8JsonWriter writer, Holiday holiday) => HolidayConverter.Write(writer, holiday, Options);

    /// <summary>Writes an uptime report as <see cref="UptimeReportJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, UptimeReport report) => ReportConverter.Write(writer, report, Options);

    /// <summary>Writes a credit result as <see cref="CreditResultJsonConverter"/> does.</summary>
    /// <param name="writer">The writer, where a value may go.</param>
    /// <param name="credit">The credit.</param>
    public static void Write(Utf8JsonWriter writer, CreditResult credit) => CreditConverter.Write(writer, credit, Options);
}
