using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Serialization;
using SlaEngine.Uptime;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="CreditResultJsonConverter"/>: the documented shape, written out by hand, round trips and refused input.</summary>
public sealed class CreditResultJsonConverterTests
{
    [Fact]
    public void Write_UptimeInATier_WritesTheTierAndExactDecimals()
    {
        // ResultJsonFixtures.CreditInTier: tier [99.0, 99.9) at index 2, 10 %, 123.44; the tier's figures keep their written
        // scale (99.0), the amount its two minor-unit decimals.
        Assert.Equal(
            """
            {
              "tierIndex": 2,
              "tier": {
                "minimumUptimePercent": 99.0,
                "maximumUptimePercent": 99.9,
                "creditPercent": 10
              },
              "creditPercent": 10,
              "amount": 123.44,
              "uptime": {
                "numerator": 4459,
                "denominator": 4464
              }
            }
            """,
            Write(CreditInTier()));
    }

    [Fact]
    public void Write_AboveEveryTier_WritesNoTier()
    {
        // ResultJsonFixtures.CreditAboveEveryTier: index -1, a null tier, 0 % and 0.00; uptime 1 is 1/1.
        Assert.Equal(
            """
            {
              "tierIndex": -1,
              "tier": null,
              "creditPercent": 0,
              "amount": 0.00,
              "uptime": {
                "numerator": 1,
                "denominator": 1
              }
            }
            """,
            Write(CreditAboveEveryTier()));
        Assert.Equal(
            """
            {
              "tierIndex": -1,
              "creditPercent": 0,
              "amount": 0.00,
              "uptime": {
                "numerator": 1,
                "denominator": 1
              }
            }
            """,
            Write(CreditAboveEveryTier(), Options(JsonIgnoreCondition.WhenWritingNull)));
    }

    [Fact]
    public void Write_Default_WritesNoTierAtUptimeZero()
    {
        Assert.Equal(
            """{"tierIndex":-1,"tier":null,"creditPercent":0,"amount":0,"uptime":{"numerator":0,"denominator":1}}""",
            JsonSerializer.Serialize(default(CreditResult), SlaJsonConverters.AddTo(new JsonSerializerOptions())));
    }

    [Fact]
    public void ReadWrite_TierNoTierAndDefault_RoundTripEqualIncludingScale()
    {
        foreach (CreditResult credit in new[] { CreditInTier(), CreditAboveEveryTier(), default })
        {
            foreach (JsonIgnoreCondition ignore in new[] { JsonIgnoreCondition.Never, JsonIgnoreCondition.WhenWritingNull })
            {
                CreditResult copy = Read<CreditResult>(Write(credit, Options(ignore)));
                Assert.Equal(credit.TierIndex, copy.TierIndex);
                Assert.Equal(credit.Tier, copy.Tier);
                Assert.Equal(credit.CreditPercent, copy.CreditPercent);
                Assert.Equal(credit.Amount, copy.Amount);
                Assert.Equal(credit.Uptime, copy.Uptime);

                // Decimal equality ignores scale; the text does not: 0.00 reads back as 0.00.
                Assert.Equal(credit.ToString(), copy.ToString());
            }
        }
    }

    [Fact]
    public void Read_HugeRatio_ReadsExactly()
    {
        // 10^30 - 1 over 10^30: beyond a long and a decimal, exact as a fraction.
        CreditResult credit = Read<CreditResult>("""
            {"tierIndex":-1,"creditPercent":0,"amount":0,
             "uptime":{"numerator":999999999999999999999999999999,"denominator":1000000000000000000000000000000}}
            """);

        Assert.Equal(new ExactRatio(System.Numerics.BigInteger.Pow(10, 30) - 1, System.Numerics.BigInteger.Pow(10, 30)), credit.Uptime);
    }

    [Theory]
    [InlineData("""{"tierIndex":1,"tier":null,"creditPercent":0,"amount":0,"uptime":{"numerator":1,"denominator":1}}""", "A credit result with a 'tierIndex' of 1 must have its 'tier', but it is null or missing.")]
    [InlineData("""{"tierIndex":-1,"tier":{"minimumUptimePercent":99.0,"maximumUptimePercent":99.9,"creditPercent":10},"creditPercent":10,"amount":1,"uptime":{"numerator":1,"denominator":2}}""", "A credit result with a tier must have a 'tierIndex' of 0 or more, was -1.")]
    [InlineData("""{"tierIndex":0,"tier":{"minimumUptimePercent":99.0,"maximumUptimePercent":99.9,"creditPercent":10},"creditPercent":25,"amount":1,"uptime":{"numerator":1,"denominator":2}}""", "A credit result must have its tier's 'creditPercent', 10, was 25.")]
    [InlineData("""{"tierIndex":-1,"creditPercent":0,"amount":5,"uptime":{"numerator":1,"denominator":1}}""", "A credit result without a tier must have a 'creditPercent' and an 'amount' of 0, was 0 and 5.")]
    [InlineData("""{"tierIndex":0,"tier":{"minimumUptimePercent":99.0,"maximumUptimePercent":99.9,"creditPercent":10},"creditPercent":10,"amount":-1,"uptime":{"numerator":1,"denominator":2}}""", "A credit result must have an 'amount' of zero or more, was -1.")]
    [InlineData("""{"tierIndex":-2,"creditPercent":0,"amount":0,"uptime":{"numerator":1,"denominator":1}}""", "A credit result's 'tierIndex' must be a whole number from -1 to 2147483647, was -2.")]
    [InlineData("""{"tierIndex":0,"tier":{"minimumUptimePercent":99.9,"maximumUptimePercent":99.0,"creditPercent":10},"creditPercent":10,"amount":1,"uptime":{"numerator":1,"denominator":2}}""", "A tier's maximum uptime must be above its minimum (99.9 %), was 99.0 %.")]
    [InlineData("""{"tierIndex":0,"tier":{"minimumUptimePercent":99.0,"creditPercent":10},"creditPercent":10,"amount":1,"uptime":{"numerator":1,"denominator":2}}""", "A credit result's 'tier' must have a property named 'maximumUptimePercent', but it is missing.")]
    [InlineData("""{"tierIndex":-1,"creditPercent":0,"amount":0,"uptime":{"numerator":1,"denominator":0}}""", "A credit result's 'uptime.denominator' must be a whole number of at least 1, was 0.")]
    [InlineData("""{"tierIndex":-1,"creditPercent":0,"amount":0,"uptime":{"numerator":-1,"denominator":2}}""", "A credit result's 'uptime.numerator' must be a whole number of at least 0, was -1.")]
    [InlineData("""{"tierIndex":-1,"creditPercent":0,"amount":0,"uptime":"1/2"}""", "A credit result's 'uptime' must be a JSON object, was \"1/2\".")]
    [InlineData("""{"tierIndex":-1,"creditPercent":0,"amount":0}""", "A credit result must have a property named 'uptime', but it is missing.")]
    public void Read_Invalid_ThrowsJsonExceptionSayingWhat(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<CreditResult>(json));
        Assert.Equal(message, e.Message);
    }
}
