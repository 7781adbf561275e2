using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// <see cref="SlaJsonConverters"/> as an ASP.NET Core API uses them: <see cref="JsonSerializerDefaults.Web"/> options (camelCase,
/// case-insensitive reading) plus the converters, serializing results inside a response object by reflection.
/// </summary>
public sealed partial class SlaJsonConvertersTests
{
    private static JsonSerializerOptions WebOptions() => SlaJsonConverters.AddTo(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void Serialize_StatusWithWebDefaults_WritesNoNodaTimeInternals()
    {
        string json = JsonSerializer.Serialize(Running(), WebOptions());

        using JsonDocument document = JsonDocument.Parse(json);
        string[] names = PropertyNames(document.RootElement).ToArray();
        Assert.DoesNotContain(names, n => string.Equals(n, "NanosecondOfDay", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => string.Equals(n, "Days", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => string.Equals(n, "Calendar", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("PT7H30M", document.RootElement.GetProperty("businessElapsed").GetString());
        Assert.Equal("2026-11-17T15:00:00Z", document.RootElement.GetProperty("due").GetString());
    }

    [Fact]
    public void Serialize_ResponseObjectWithWebDefaults_WritesEveryResultInItsShape()
    {
        // A controller's response: the results as properties of an object the serializer writes by reflection, one of them
        // nullable, one a list.
        var response = new TicketResponse(
            "T-1",
            Running(),
            Breached(),
            null,
            HolidayCalendars.UsFederal.GetHolidays(2026).Where(h => h.Name == "Independence Day").ToList(),
            Report(),
            CreditInTier());

        string json = JsonSerializer.Serialize(response, WebOptions());

        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        Assert.Equal("T-1", root.GetProperty("id").GetString());
        Assert.Equal("PT30M", root.GetProperty("status").GetProperty("remaining").GetString());
        Assert.Equal("-PT5M", root.GetProperty("breached").GetProperty("remaining").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("notEvaluated").ValueKind);
        Assert.Equal("2026-07-03", root.GetProperty("holidays")[0].GetProperty("date").GetString());
        Assert.Equal(2, root.GetProperty("report").GetProperty("uptime").GetProperty("numerator").GetInt32());
        Assert.Equal(123.44m, root.GetProperty("credit").GetProperty("amount").GetDecimal());
        Assert.DoesNotContain(PropertyNames(root), n => string.Equals(n, "NanosecondOfDay", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Serialize_NullableStatusWithAValue_WritesTheStatusShape()
    {
        SlaStatus? status = Running();

        Assert.Equal(JsonSerializer.Serialize(status.Value, WebOptions()), JsonSerializer.Serialize(status, WebOptions()));
    }

    [Fact]
    public void Deserialize_ResultsWithWebDefaults_ReadsNamesInAnyCase()
    {
        const string Json = """{"Name":"Independence Day","DATE":"2026-07-03","actualdate":"2026-07-04"}""";

        Holiday holiday = JsonSerializer.Deserialize<Holiday>(Json, WebOptions());

        Assert.Equal(HolidayCalendars.UsFederal.GetHolidays(2026).Single(h => h.Name == "Independence Day"), holiday);
    }

    [Fact]
    public void Serialize_WebDefaultsIgnoringNulls_LeavesOutNullInstants()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        SlaJsonConverters.AddTo(options);

        using JsonDocument document = JsonDocument.Parse(JsonSerializer.Serialize(Running(), options));

        Assert.False(document.RootElement.TryGetProperty("fulfilledAt", out _));
        Assert.False(document.RootElement.TryGetProperty("breachedAt", out _));
        Assert.False(document.RootElement.TryGetProperty("nextWarningAt", out _));
        Assert.Equal(21 - 3, document.RootElement.EnumerateObject().Count());
    }

    private static IEnumerable<string> PropertyNames(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                yield return property.Name;
                foreach (string name in PropertyNames(property.Value))
                {
                    yield return name;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (string name in PropertyNames(item))
                {
                    yield return name;
                }
            }
        }
    }

    public sealed record TicketResponse(
        string Id,
        SlaStatus Status,
        SlaStatus Breached,
        SlaStatus? NotEvaluated,
        IReadOnlyList<Holiday> Holidays,
        SlaEngine.Uptime.UptimeReport Report,
        SlaEngine.Uptime.CreditResult Credit);
}
