using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="SlaJsonConverters"/>: the list of converters and registering them in options.</summary>
public sealed partial class SlaJsonConvertersTests
{
    [Fact]
    public void All_ListsOneConverterPerResultType()
    {
        Assert.Equal(
            new[]
            {
                typeof(SlaStatusJsonConverter),
                typeof(SlaWarningJsonConverter),
                typeof(UptimeReportJsonConverter),
                typeof(DowntimePeriodJsonConverter),
                typeof(CreditResultJsonConverter),
                typeof(HolidayJsonConverter),
            },
            SlaJsonConverters.All.Select(c => c.GetType()));
    }

    [Fact]
    public void All_IsTheSameReadOnlyListEveryTime()
    {
        Assert.Same(SlaJsonConverters.All, SlaJsonConverters.All);
        Assert.IsNotType<JsonConverter[]>(SlaJsonConverters.All);
        var list = Assert.IsAssignableFrom<IList<JsonConverter>>(SlaJsonConverters.All);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = new HolidayJsonConverter());
    }

    [Fact]
    public void AddTo_NewOptions_AddsEveryConverterAndReturnsTheOptions()
    {
        var options = new JsonSerializerOptions();

        JsonSerializerOptions returned = SlaJsonConverters.AddTo(options);

        Assert.Same(options, returned);
        Assert.Equal(SlaJsonConverters.All.Concat(SlaJsonConverters.Documents), options.Converters);
    }

    [Fact]
    public void AddTo_Twice_AddsEachConverterOnce()
    {
        var own = new HolidayJsonConverter();
        var options = new JsonSerializerOptions { Converters = { own } };

        SlaJsonConverters.AddTo(SlaJsonConverters.AddTo(options));

        Assert.Equal(SlaJsonConverters.All.Count + SlaJsonConverters.Documents.Count, options.Converters.Count);
        Assert.Same(own, options.Converters.OfType<HolidayJsonConverter>().Single());
    }

    [Fact]
    public void AddTo_Null_ThrowsArgumentNull()
    {
        var e = Assert.Throws<ArgumentNullException>(() => SlaJsonConverters.AddTo(null!));
        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void AddTo_OptionsAlreadyUsed_ThrowsInvalidOperationSayingWhy()
    {
        var options = new JsonSerializerOptions();
        JsonSerializer.Serialize(1, options);

        var e = Assert.Throws<InvalidOperationException>(() => SlaJsonConverters.AddTo(options));
        Assert.Equal("The JSON serializer options are read-only, so converters cannot be added; add them before the options are first used.", e.Message);
    }
}
