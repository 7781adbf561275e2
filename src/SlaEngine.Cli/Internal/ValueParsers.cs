using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.Policies;

namespace SlaEngine.Cli.Internal;

/// <summary>Parses option values with NodaTime patterns and the invariant culture; every failure is a one-line <see cref="CliException"/>.</summary>
internal static class ValueParsers
{
    /// <summary>ISO-8601 with seconds and an optional fraction: <c>2026-11-25T16:30:00.5-08:00</c>, <c>…Z</c>.</summary>
    private static readonly OffsetDateTimePattern s_withSeconds = OffsetDateTimePattern.ExtendedIso;

    /// <summary>ISO-8601 to the minute: <c>2026-11-25T16:30-08:00</c>.</summary>
    private static readonly OffsetDateTimePattern s_toTheMinute = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    /// <summary>Parses an ISO-8601 date and time with an offset, with or without seconds.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value.</param>
    /// <returns>The date and time.</returns>
    /// <exception cref="CliException">The value is not such a date and time (exit 1).</exception>
    public static OffsetDateTime OffsetDateTime(string option, string text)
    {
        // NodaTime's parser stops at a NUL, so a value with one is refused whatever comes before it.
        string trimmed = text.IndexOf('\0') < 0 ? text.Trim() : string.Empty;
        ParseResult<OffsetDateTime> result = s_withSeconds.Parse(trimmed);
        if (!result.Success)
        {
            result = s_toTheMinute.Parse(trimmed);
        }

        if (!result.Success)
        {
            throw new CliException(ExitCodes.BadInput, Invariant(
                $"{option} must be an ISO-8601 date and time with an offset, such as 2026-11-25T16:30-08:00 or 2026-11-26T00:30:00Z, was \"{text}\"."));
        }

        try
        {
            // A local date and time at the ends of the calendar can name an instant past them (9999-12-31T23:59-14:00).
            result.Value.ToInstant();
        }
        catch (OverflowException)
        {
            throw new CliException(ExitCodes.BadInput, Invariant(
                $"{option} must be an instant from {InstantPattern.ExtendedIso.Format(Instant.MinValue)} to {InstantPattern.ExtendedIso.Format(Instant.MaxValue)}, was \"{text}\", which is outside them in UTC."));
        }

        return result.Value;
    }

    /// <summary>Parses an ISO-8601 year and month, <c>2026-10</c>.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value.</param>
    /// <returns>The month.</returns>
    /// <exception cref="CliException">The value is not a year and month (exit 1).</exception>
    public static YearMonth YearMonth(string option, string text)
    {
        ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(text.IndexOf('\0') < 0 ? text.Trim() : string.Empty);
        if (!result.Success)
        {
            throw new CliException(ExitCodes.BadInput, Invariant($"{option} must be a year and month such as 2026-10, was \"{text}\"."));
        }

        return result.Value;
    }

    /// <summary>Parses a non-negative amount of money with a '.' decimal point, such as <c>1234.45</c>.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="CliException">The value is not such an amount (exit 1).</exception>
    public static decimal Amount(string option, string text)
    {
        string trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount))
        {
            throw new CliException(ExitCodes.BadInput, Invariant(
                $"{option} must be an amount of zero or more with '.' as the decimal point and no thousands separators, such as 1234.45, was \"{text}\"."));
        }

        // decimal.TryParse rounds digits past a decimal's 28–29 significant ones; money is never rounded silently.
        if (Significant(amount.ToString(CultureInfo.InvariantCulture)) != Significant(trimmed))
        {
            throw new CliException(ExitCodes.BadInput, Invariant(
                $"{option} must be an amount a decimal holds exactly (at most 29 significant digits, and no more than 79228162514264337593543950335), was \"{text}\"."));
        }

        return amount;
    }

    /// <summary>The digits of a plain decimal number without leading zeros, trailing fraction zeros or a point left at the end: "007.50" gives "7.5".</summary>
    private static string Significant(string number)
    {
        string text = number.TrimStart('0');
        if (text.IndexOf('.') >= 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text.Length == 0 || text[0] == '.' ? "0" + text : text;
    }

    /// <summary>Parses an SLA metric name, case-insensitively: <c>FirstResponse</c> or <c>Resolution</c>.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="CliException">The value names no metric (exit 1).</exception>
    public static SlaMetric Metric(string option, string text)
    {
        string trimmed = text.Trim();
        if (string.Equals(trimmed, nameof(SlaMetric.FirstResponse), StringComparison.OrdinalIgnoreCase))
        {
            return SlaMetric.FirstResponse;
        }

        if (string.Equals(trimmed, nameof(SlaMetric.Resolution), StringComparison.OrdinalIgnoreCase))
        {
            return SlaMetric.Resolution;
        }

        throw new CliException(ExitCodes.BadInput, Invariant($"{option} must be FirstResponse or Resolution (any case), was \"{text}\"."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
