using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// The document converters (<see cref="SlaJsonConverters.Documents"/>): a policy, a calendar or a schedule embedded in a larger
/// document is the same JSON <see cref="SlaJson"/> writes, reads back equal, and a bad one fails with every problem listed.
/// </summary>
public sealed partial class SlaJsonConvertersTests
{
    private static readonly JsonSerializerOptions s_documents = SlaJsonConverters.AddTo(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void Documents_ListsOneConverterPerDocumentKind()
    {
        Assert.Equal(
            [typeof(HolidayCalendarJsonConverter), typeof(WeeklyScheduleJsonConverter), typeof(DateOverridesJsonConverter), typeof(BusinessCalendarJsonConverter),
             typeof(SlaPolicyJsonConverter), typeof(CreditScheduleJsonConverter), typeof(UptimePolicyJsonConverter), typeof(UptimeSlaJsonConverter)],
            SlaJsonConverters.Documents.Select(c => c.GetType()));
        Assert.Same(SlaJsonConverters.Documents, SlaJsonConverters.Documents);
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_SlaPolicy_IsTheDocumentAndReadsBackEqual(SlaPolicyConfigCase c) => EmbeddedRoundTrip(c.Policy, SlaJson.Write);

    [Property(MaxTest = 50, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_HolidayCalendar_IsTheDocumentAndReadsBackEqual(HolidayCalendarConfigCase c) => EmbeddedRoundTrip(c.Calendar, SlaJson.Write);

    [Property(MaxTest = 50, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_BusinessCalendar_IsTheDocumentAndReadsBackEqual(BusinessCalendarConfigCase c) => EmbeddedRoundTrip(c.Calendar, SlaJson.Write);

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_WeeklySchedule_IsTheDocumentAndReadsBackEqual(WeeklySchedule schedule) => EmbeddedRoundTrip(schedule, SlaJson.Write);

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_DateOverrides_IsTheDocumentAndReadsBackEqual(DateOverrides overrides) => EmbeddedRoundTrip(overrides, SlaJson.Write);

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_CreditSchedule_IsTheDocumentAndReadsBackEqual(CreditScheduleConfigCase c) => EmbeddedRoundTrip(c.Schedule, SlaJson.Write);

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_UptimePolicy_IsTheDocumentAndReadsBackEqual(UptimePolicyConfigCase c) => EmbeddedRoundTrip(c.Policy, SlaJson.Write);

    [Property(MaxTest = 100, Arbitrary = [typeof(ConfigGenerators)])]
    public void Embedded_UptimeSla_IsTheDocumentAndReadsBackEqual(UptimeSlaConfigCase c) => EmbeddedRoundTrip(c.Sla, SlaJson.Write);

    [Fact]
    public void Embedded_BadPolicy_ThrowsJsonExceptionListingEveryProblem()
    {
        const string json = """{ "customer": "Acme", "policy": { "name": "", "businessCalendar": { "zone": "Mars/Base", "schedule": {} }, "priorities": ["High"] } }""";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Settings>(json, s_documents));

        var inner = Assert.IsType<SlaConfigurationException>(exception.InnerException);
        Assert.Equal(["$.name", "$.businessCalendar.zone"], inner.Errors.Select(e => e.Path));
        Assert.Contains("$.businessCalendar.zone: Expected a time zone id such as \"America/New_York\", was the string \"Mars/Base\".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_Null_ReadsAndWritesNull()
    {
        Settings? settings = JsonSerializer.Deserialize<Settings>("""{ "customer": "Acme", "policy": null }""", s_documents);

        Assert.NotNull(settings);
        Assert.Null(settings.Policy);
        Assert.Equal("""{"customer":"Acme","policy":null}""", JsonSerializer.Serialize(settings, s_documents));
    }

    [Fact]
    public void Embedded_ZoneProviderOfTheConverter_ResolvesTheZone()
    {
        // A zone only a fake provider knows: the default converter refuses it, one built with the provider reads it.
        var zones = new FakeDateTimeZoneSource.Builder { new SingleTransitionDateTimeZone(Instant.FromUtc(2026, 3, 1, 0, 0), 0, 1) }.Build();
        var provider = new DateTimeZoneCache(zones);
        string id = provider.Ids.Single();
        string json = "{ \"zone\": \"" + id + "\", \"schedule\": { \"monday\": [\"09:00-17:00\"] } }";
        var options = new JsonSerializerOptions { Converters = { new BusinessCalendarJsonConverter(provider) } };

        BusinessCalendar calendar = JsonSerializer.Deserialize<BusinessCalendar>(json, options)!;

        Assert.Equal(id, calendar.Zone.Id);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BusinessCalendar>(json, s_documents));
        Assert.Throws<ArgumentNullException>(() => new BusinessCalendarJsonConverter(null!));
    }

    [Fact]
    public void SourceGeneratedContext_DocumentConverterInItsAttribute_EmbedsThePolicy()
    {
        SlaPolicy policy = SlaJson.ReadSlaPolicy(File.ReadAllText(RepositoryPaths.File(Path.Combine("samples", "Policies", "001-pro.json"))));
        var settings = new Settings("Acme", policy);

        string json = JsonSerializer.Serialize(settings, DocumentsContext.Default.Settings);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SlaJson.Write(policy)), JsonNode.Parse(json)!["policy"]));
        Assert.Equal(policy, JsonSerializer.Deserialize(json, DocumentsContext.Default.Settings)!.Policy);
    }

    private static void EmbeddedRoundTrip<T>(T value, Func<T, string> write)
        where T : class
    {
        var holder = new Holder<T>("Acme", value);

        string json = JsonSerializer.Serialize(holder, s_documents);

        // The embedded value is the document SlaJson writes, and reads back equal.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(write(value)), JsonNode.Parse(json)!["value"]), json);
        Holder<T> copy = JsonSerializer.Deserialize<Holder<T>>(json, s_documents)!;
        Assert.Equal(value, copy.Value);
        Assert.Equal("Acme", copy.Customer);
    }

    /// <summary>An application's settings that hold a policy.</summary>
    public sealed record Settings(string Customer, SlaPolicy? Policy);

    /// <summary>A larger document that holds a value.</summary>
    public sealed record Holder<T>(string Customer, T Value);
}

/// <summary>A source-generated context that names the policy converter in its options.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(SlaPolicyJsonConverter)])]
[JsonSerializable(typeof(SlaJsonConvertersTests.Settings))]
internal sealed partial class DocumentsContext : JsonSerializerContext
{
}
