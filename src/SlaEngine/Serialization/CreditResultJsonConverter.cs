using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Internal;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>Converts a <see cref="CreditResult"/> to and from JSON with System.Text.Json.</summary>
/// <remarks>
/// <para>
/// The shape is <c>{ "tierIndex": 1, "tier": { "minimumUptimePercent": 99.0, "maximumUptimePercent": 99.9, "creditPercent": 10 },
/// "creditPercent": 10, "amount": 123.44, "uptime": { "numerator": 4459, "denominator": 4464 } }</c>. Percentages and the amount
/// are JSON numbers written exactly as the decimals hold them (trailing zeros included: <c>99.0</c>, <c>0.00</c>), never through
/// a <see cref="double"/>; <c>uptime</c> is the exact, reduced fraction, its integers JSON numbers of any size.
/// </para>
/// <para>
/// Without a tier (the uptime earns no credit) <c>tierIndex</c> is -1 and <c>tier</c> is <c>null</c>, or left out when
/// <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls; reading takes a missing <c>tier</c> as
/// <c>null</c>. Every other property is required, and the values must agree as a credit schedule makes them: a tier exactly
/// when the index is 0 or more, the tier's credit percent, no credit and no amount without a tier, and an amount of zero or
/// more.
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT.
/// </para>
/// </remarks>
public sealed class CreditResultJsonConverter : JsonConverter<CreditResult>
{
    private const string Owner = "A credit result";

    // Required first (the first four), then the optional tier.
    private static readonly string[] s_names = { "tierIndex", "creditPercent", "amount", "uptime", "tier" };

    /// <summary>Reads a credit result.</summary>
    /// <param name="reader">The reader, at the result's object.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="CreditResult"/>.</param>
    /// <param name="options">The options: property names match ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, and unknown properties are refused when <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them (they are skipped otherwise).</param>
    /// <returns>The credit result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The value is not a credit result object, or a property is missing, repeated or invalid, or the values disagree.</exception>
    public override CreditResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadResult(ref reader, Owner, null, Preconditions.CheckNotNull(options, nameof(options)));

    /// <summary>Writes a credit result.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The credit result.</param>
    /// <param name="options">The options: a null <c>tier</c> is left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, CreditResult value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(options, nameof(options));
        writer.WriteStartObject();
        writer.WriteNumber("tierIndex", value.TierIndex);
        if (value.Tier is { } tier)
        {
            ResultJson.WriteTier(writer, "tier", tier);
        }
        else if (!ResultJson.OmitsNulls(options))
        {
            writer.WriteNull("tier");
        }

        writer.WriteNumber("creditPercent", value.CreditPercent);
        writer.WriteNumber("amount", value.Amount);
        ResultJson.WriteRatio(writer, "uptime", value.Uptime);
        writer.WriteEndObject();
    }

    private static CreditResult ReadResult(ref Utf8JsonReader reader, string owner, string? path, JsonSerializerOptions options)
    {
        string what = ResultJson.What(owner, path);
        ResultJson.StartObject(ref reader, what);
        int tierIndex = -1;
        CreditTier? tier = null;
        decimal creditPercent = 0m, amount = 0m;
        ExactRatio uptime = default;
        ulong seen = 0;
        while (ResultJson.NextProperty(ref reader, out string name))
        {
            switch (ResultJson.Property(ref reader, name, s_names, ref seen, what, options))
            {
                case 0:
                    tierIndex = (int)ResultJson.ReadInt64(ref reader, ResultJson.What(owner, ResultJson.Child(path, "tierIndex")), -1, int.MaxValue);
                    break;
                case 1:
                    creditPercent = ResultJson.ReadDecimal(ref reader, ResultJson.What(owner, ResultJson.Child(path, "creditPercent")));
                    break;
                case 2:
                    amount = ResultJson.ReadDecimal(ref reader, ResultJson.What(owner, ResultJson.Child(path, "amount")));
                    break;
                case 3:
                    uptime = ResultJson.ReadRatio(ref reader, owner, ResultJson.Child(path, "uptime"), options);
                    break;
                case 4:
                    tier = reader.TokenType == JsonTokenType.Null ? null : ResultJson.ReadTier(ref reader, owner, ResultJson.Child(path, "tier"), options);
                    break;
            }
        }

        ResultJson.Require(seen, 4, s_names, what);
        if (tier is { } hit)
        {
            if (tierIndex < 0)
            {
                throw new JsonException(Preconditions.Format("{0} with a tier must have a 'tierIndex' of 0 or more, was {1}.", what, tierIndex));
            }

            if (creditPercent != hit.CreditPercent)
            {
                throw new JsonException(Preconditions.Format(
                    "{0} must have its tier's 'creditPercent', {1}, was {2}.", what, hit.CreditPercent, creditPercent));
            }
        }
        else
        {
            if (tierIndex != -1)
            {
                throw new JsonException(Preconditions.Format("{0} with a 'tierIndex' of {1} must have its 'tier', but it is null or missing.", what, tierIndex));
            }

            if (creditPercent != 0m || amount != 0m)
            {
                throw new JsonException(Preconditions.Format(
                    "{0} without a tier must have a 'creditPercent' and an 'amount' of 0, was {1} and {2}.", what, creditPercent, amount));
            }
        }

        if (amount < 0m)
        {
            throw new JsonException(Preconditions.Format("{0} must have an 'amount' of zero or more, was {1}.", what, amount));
        }

        return new CreditResult(tierIndex, tier, creditPercent, amount, uptime);
    }
}
