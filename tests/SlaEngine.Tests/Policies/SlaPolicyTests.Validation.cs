using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using Xunit;

namespace SlaEngine.Tests.Policies;

public sealed partial class SlaPolicyTests
{
    // Names with an unpaired UTF-16 surrogate could not be written to a document and read back (the readers refuse them).
    [Fact]
    public void Create_NamesWithAnUnpairedSurrogate_ThrowArgument()
    {
        ScheduledBusinessCalendar calendar = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);
        var name = Assert.Throws<ArgumentException>(() => SlaPolicy.Create("Gold\uDC00", calendar, "P1"));
        Assert.Equal("name", name.ParamName);
        Assert.StartsWith("A policy's name must be Unicode text, but it has an unpaired surrogate (U+DC00) at position 4.", name.Message, StringComparison.Ordinal);
        var priority = Assert.Throws<ArgumentException>(() => SlaPolicy.Create("Gold", calendar, "P1", "P\uD800"));
        Assert.Equal("priorities", priority.ParamName);
        Assert.StartsWith("A priority name must be Unicode text, but it has an unpaired surrogate (U+D800) at position 1.", priority.Message, StringComparison.Ordinal);
    }
}
