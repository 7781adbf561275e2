using NodaTime;
using SlaEngine.BusinessHours;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

public sealed partial class DateOverridesTests
{
    private static readonly LocalDate s_eve = new(2026, 12, 24);

    [Fact]
    public void Hours_Accumulate_AndMerge_AndClosedReplaces()
    {
        DateOverrides overrides = DateOverrides.Empty
            .Hours(s_eve, new LocalTime(9, 0), new LocalTime(11, 0))
            .Hours(s_eve, new LocalTime(11, 0), new LocalTime(13, 0));
        Assert.True(overrides.TryGetHours(s_eve, out IReadOnlyList<OpenInterval> hours));
        Assert.Equal(new[] { new OpenInterval(new LocalTime(9, 0), new LocalTime(13, 0)) }, hours);
        Assert.Equal("2026-12-24 09:00–13:00", overrides.ToString());

        DateOverrides closed = overrides.Closed(s_eve);
        Assert.True(closed.TryGetHours(s_eve, out IReadOnlyList<OpenInterval> none));
        Assert.Empty(none);
        Assert.Equal("2026-12-24 closed", closed.ToString());
        Assert.False(closed.TryGetHours(s_eve.PlusDays(1), out _));
        Assert.Equal(new[] { s_eve }, closed.Dates);
    }

    [Fact]
    public void Overrides_AreImmutable_AndEqualByStructure()
    {
        DateOverrides one = DateOverrides.Empty.Closed(s_eve);
        Assert.Equal(0, DateOverrides.Empty.Count);
        Assert.Equal(one, DateOverrides.Empty.Closed(s_eve));
        Assert.NotEqual(one, DateOverrides.Empty.Set(s_eve, new[] { OpenInterval.AllDay }));
        Assert.Equal("no overrides", DateOverrides.Empty.ToString());
    }
}
