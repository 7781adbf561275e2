using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary>
/// <see cref="SlaJsonConverters"/> with System.Text.Json source generation, as a trimmed or NativeAOT application uses them: the
/// converters named in the context's <see cref="JsonSourceGenerationOptionsAttribute.Converters"/>, or added to the options the
/// context is built with.
/// </summary>
public sealed partial class SlaJsonConvertersTests
{
    [Fact]
    public void SourceGeneratedContext_ConvertersInItsAttribute_WritesTheShapes()
    {
        string expected = Write(Running(), SlaJsonConverters.AddTo(new JsonSerializerOptions()));

        Assert.Equal(expected, JsonSerializer.Serialize(Running(), ResultsAttributeContext.Default.SlaStatus));
        Assert.Equal(
            Write(Report(), SlaJsonConverters.AddTo(new JsonSerializerOptions())),
            JsonSerializer.Serialize(Report(), ResultsAttributeContext.Default.UptimeReport));
    }

    [Fact]
    public void SourceGeneratedContext_ConvertersAddedToItsOptions_WritesAndReadsTheShapes()
    {
        var context = new ResultsOptionsContext(SlaJsonConverters.AddTo(new JsonSerializerOptions()));
        string expected = Write(Running(), SlaJsonConverters.AddTo(new JsonSerializerOptions()));

        Assert.Equal(expected, JsonSerializer.Serialize(Running(), context.SlaStatus));
        string json = JsonSerializer.Serialize(CreditInTier(), context.CreditResult);
        Assert.Equal("""{"tierIndex":2,"tier":{"minimumUptimePercent":99.0,"maximumUptimePercent":99.9,"creditPercent":10},"creditPercent":10,"amount":123.44,"uptime":{"numerator":4459,"denominator":4464}}""", json);
        Assert.Equal(CreditInTier().ToString(), JsonSerializer.Deserialize(json, context.CreditResult).ToString());
        List<Holiday> holidays = HolidayCalendars.UsFederal.GetHolidays(2026).ToList();
        Assert.Equal(holidays, JsonSerializer.Deserialize(JsonSerializer.Serialize(holidays, context.ListHoliday), context.ListHoliday));
    }

    [Fact]
    public void SourceGeneratedContext_ReadingAStatus_ThrowsNotSupported()
    {
        string json = JsonSerializer.Serialize(Running(), ResultsAttributeContext.Default.SlaStatus);

        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize(json, ResultsAttributeContext.Default.SlaStatus));
    }
}

/// <summary>A source-generated context that names the result converters in its attribute.</summary>
[JsonSourceGenerationOptions(Converters = new[]
{
    typeof(SlaStatusJsonConverter),
    typeof(SlaWarningJsonConverter),
    typeof(UptimeReportJsonConverter),
    typeof(DowntimePeriodJsonConverter),
    typeof(CreditResultJsonConverter),
    typeof(HolidayJsonConverter),
})]
[JsonSerializable(typeof(SlaStatus))]
[JsonSerializable(typeof(UptimeReport))]
internal sealed partial class ResultsAttributeContext : JsonSerializerContext
{
}

/// <summary>A source-generated context that gets the result converters from the options it is built with.</summary>
[JsonSerializable(typeof(SlaStatus))]
[JsonSerializable(typeof(CreditResult))]
[JsonSerializable(typeof(List<Holiday>))]
internal sealed partial class ResultsOptionsContext : JsonSerializerContext
{
}
