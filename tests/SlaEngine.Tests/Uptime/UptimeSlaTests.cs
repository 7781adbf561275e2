using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

public sealed class UptimeSlaTests
{
    [Fact]
    public void Defaults_AreThoseDocumented()
    {
        var sla = new UptimeSla();

        Assert.Equal("Uptime SLA", sla.Name);
        Assert.Equal(99.9m, sla.TargetPercent);
        Assert.Same(UptimePolicy.Default, sla.Policy);
        Assert.Null(sla.Credits);
        Assert.Equal(MidpointRounding.ToEven, sla.Rounding);
        Assert.Equal(2, sla.MinorUnitDecimals);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("100.000001")]
    public void TargetPercent_OutOfRange_Throws(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new UptimeSla { TargetPercent = value });
        Assert.StartsWith("The uptime target must be more than 0 and at most 100 percent, was " + text + ".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setters_BadValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UptimeSla { MinorUnitDecimals = 7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new UptimeSla { MinorUnitDecimals = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new UptimeSla { Rounding = (MidpointRounding)5 });
        Assert.Throws<ArgumentNullException>(() => new UptimeSla { Policy = null! });
        Assert.Throws<ArgumentNullException>(() => new UptimeSla { Name = null! });
        Assert.StartsWith(
            "An uptime SLA's name must be Unicode text, but it has an unpaired surrogate (U+D800) at position 0.",
            Assert.Throws<ArgumentException>(() => new UptimeSla { Name = "\uD800 Gold" }).Message,
            StringComparison.Ordinal);
        Assert.Equal(100m, new UptimeSla { TargetPercent = 100m }.TargetPercent);
    }

    [Fact]
    public void EvaluateCredit_TenPercentTier_RoundsAsTheSlaSays()
    {
        // 44,640 minutes with 50 down: 44,590 / 44,640 = 99.888 %, in [99.0, 99.9) → 10 % of 1,234.45 = 123.445:
        // 123.44 to even, 123.45 away from zero; with 0 minor-unit decimals, 123.
        var valid = new int[44_640];
        var errors = new int[44_640];
        for (int i = 0; i < 50; i++)
        {
            valid[i] = 100;
            errors[i] = 100;
        }

        var credits = CreditSchedule.Create(new CreditTier(99.0m, 99.9m, 10m), new CreditTier(0m, 99.0m, 25m));
        var sla = new UptimeSla { Credits = credits };
        UptimeReport report = sla.Policy.Evaluate(new NodaTime.YearMonth(2026, 10), valid, errors);

        Assert.Equal(123.44m, sla.EvaluateCredit(report, 1234.45m)!.Value.Amount);
        Assert.Equal(123.45m, (sla with { Rounding = MidpointRounding.AwayFromZero }).EvaluateCredit(report, 1234.45m)!.Value.Amount);
        Assert.Equal(123m, (sla with { MinorUnitDecimals = 0 }).EvaluateCredit(report, 1234.45m)!.Value.Amount);
        Assert.Null(new UptimeSla().EvaluateCredit(report, 1234.45m));
        Assert.Equal("monthlyCharge", Assert.Throws<ArgumentOutOfRangeException>(() => new UptimeSla().EvaluateCredit(report, -1m)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => sla.EvaluateCredit(null!, 1m)).ParamName);
    }
}
