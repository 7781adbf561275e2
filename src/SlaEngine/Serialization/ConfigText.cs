using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>The text forms of configuration values: times of day, hour ranges, durations, dates and instants.</summary>
internal static class ConfigText
{
    /// <summary>The longest duration the text form reads: 1,000,000 hours (over a hundred years), in nanoseconds.</summary>
    private const long MaxDurationNanos = 1_000_000L * 3600 * 1_000_000_000;

    private static readonly OffsetDateTimePattern s_instant = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Formats ticks of the day as <c>HH:mm</c>, with seconds and fractions only when present; 24:00 for the end of the day.</summary>
    public static string FormatTime(long ticks) => OpenInterval.FormatTime(ticks);

    /// <summary>Formats hours as <c>09:00-17:00</c>.</summary>
    public static string FormatHours(OpenInterval interval)
        => FormatTime(interval.Open.TickOfDay) + "-" + (interval.ClosesAtMidnight ? "24:00" : FormatTime(interval.Close.TickOfDay));

    /// <summary>
    /// Parses a time of day in whole ticks: <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fffffff</c> (a fraction that is a whole
    /// number of 100 ns ticks); <c>24:00</c> only when <paramref name="allow24"/>.
    /// </summary>
    public static bool TryParseTime(string text, bool allow24, out long ticks)
    {
        bool ok = TryParseNanoseconds(text, allow24, out long nanoseconds) && nanoseconds % 100 == 0;
        ticks = ok ? nanoseconds / 100 : 0;
        return ok;
    }

    /// <summary>Parses a time of day to the nanosecond: <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fffffffff</c>.</summary>
    public static bool TryParseTimeOfDay(string text, out LocalTime time)
    {
        bool ok = TryParseNanoseconds(text, false, out long nanoseconds);
        time = ok ? LocalTime.FromNanosecondsSinceMidnight(nanoseconds) : default;
        return ok;
    }

    /// <summary>Formats a time of day as <c>HH:mm</c>, with seconds and up to nine fraction digits only when present.</summary>
    public static string FormatTimeOfDay(LocalTime time)
    {
        long nanoseconds = time.NanosecondOfDay;
        string text = Preconditions.Format("{0:00}:{1:00}", time.Hour, time.Minute);
        long rest = nanoseconds % NodaConstants.NanosecondsPerMinute;
        if (rest != 0)
        {
            text += Preconditions.Format(":{0:00}", rest / NodaConstants.NanosecondsPerSecond);
            long fraction = rest % NodaConstants.NanosecondsPerSecond;
            if (fraction != 0)
            {
                text += "." + fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0');
            }
        }

        return text;
    }

    private static bool TryParseNanoseconds(string text, bool allow24, out long nanoseconds)
    {
        nanoseconds = 0;
        int length = text.Length;
        if (length < 5 || text[2] != ':' || !TwoDigits(text, 0, out int hours) || !TwoDigits(text, 3, out int minutes) || minutes > 59)
        {
            return false;
        }

        int seconds = 0;
        long fraction = 0;
        if (length > 5)
        {
            if (length < 8 || text[5] != ':' || !TwoDigits(text, 6, out seconds) || seconds > 59)
            {
                return false;
            }

            if (length > 8)
            {
                int digits = length - 9;
                if (text[8] != '.' || digits < 1 || digits > 9)
                {
                    return false;
                }

                for (int i = 9; i < length; i++)
                {
                    if (text[i] < '0' || text[i] > '9')
                    {
                        return false;
                    }

                    fraction = (fraction * 10) + (text[i] - '0');
                }

                for (int i = digits; i < 9; i++)
                {
                    fraction *= 10;
                }
            }
        }

        if (hours == 24)
        {
            if (!allow24 || minutes != 0 || seconds != 0 || fraction != 0)
            {
                return false;
            }
        }
        else if (hours > 23)
        {
            return false;
        }

        nanoseconds = (hours * NodaConstants.NanosecondsPerHour) + (minutes * NodaConstants.NanosecondsPerMinute) + (seconds * NodaConstants.NanosecondsPerSecond) + fraction;
        return true;
    }

    /// <summary>Parses <c>open-close</c> (a hyphen or an en dash between two times; close may be 24:00).</summary>
    public static bool TryParseHours(string text, out long open, out long close)
    {
        open = close = 0;
        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            dash = text.IndexOf('\u2013');
        }

        return dash > 0
            && TryParseTime(text.Substring(0, dash).Trim(), false, out open)
            && TryParseTime(text.Substring(dash + 1).Trim(), true, out close);
    }

    /// <summary>Formats a non-negative duration as <c>4h</c>, <c>1h30m</c>, <c>90s</c> or <c>0.5s</c>; zero is <c>0m</c>.</summary>
    public static string FormatDuration(Duration duration)
    {
        long nanos = checked((long)duration.ToBigIntegerNanoseconds());
        long hours = nanos / (3600L * 1_000_000_000);
        long rest = nanos % (3600L * 1_000_000_000);
        long minutes = rest / (60L * 1_000_000_000);
        rest %= 60L * 1_000_000_000;
        string text = string.Empty;
        if (hours != 0)
        {
            text += hours.ToString(CultureInfo.InvariantCulture) + "h";
        }

        if (minutes != 0)
        {
            text += minutes.ToString(CultureInfo.InvariantCulture) + "m";
        }

        if (rest != 0)
        {
            string seconds = (rest / 1_000_000_000).ToString(CultureInfo.InvariantCulture);
            long fraction = rest % 1_000_000_000;
            if (fraction != 0)
            {
                seconds += "." + fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0');
            }

            text += seconds + "s";
        }

        return text.Length == 0 ? "0m" : text;
    }

    /// <summary>
    /// Parses a duration written as hours, minutes and seconds in that order, each optional but at least one:
    /// <c>4h</c>, <c>90m</c>, <c>1h30m</c>, <c>45s</c>, <c>1.5s</c> (up to nine fraction digits on seconds).
    /// </summary>
    public static bool TryParseDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        long nanos = 0;
        int position = 0;
        int unitRank = 0;
        bool any = false;
        while (position < text.Length)
        {
            int start = position;
            long whole = 0;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                if (whole > MaxDurationNanos / 10)
                {
                    return false;   // checked before multiplying, so twenty digits cannot wrap around to a small value
                }

                whole = (whole * 10) + (text[position] - '0');
                position++;
            }

            if (position == start || position == text.Length)
            {
                return false;
            }

            long fraction = 0;
            if (text[position] == '.')
            {
                int digitsStart = ++position;
                while (position < text.Length && text[position] >= '0' && text[position] <= '9')
                {
                    fraction = (fraction * 10) + (text[position] - '0');
                    position++;
                }

                int digits = position - digitsStart;
                if (digits == 0 || digits > 9 || position == text.Length || text[position] != 's')
                {
                    return false;
                }

                for (int i = digits; i < 9; i++)
                {
                    fraction *= 10;
                }
            }

            char unit = text[position++];
            int rank = unit switch { 'h' => 1, 'm' => 2, 's' => 3, _ => 0 };
            if (rank <= unitRank)
            {
                return false;
            }

            unitRank = rank;
            long unitNanos = rank switch { 1 => 3600L * 1_000_000_000, 2 => 60L * 1_000_000_000, _ => 1_000_000_000L };
            if (whole > MaxDurationNanos / unitNanos)
            {
                return false;
            }

            nanos += (whole * unitNanos) + fraction;
            if (nanos > MaxDurationNanos)
            {
                return false;
            }

            any = true;
        }

        if (!any)
        {
            return false;
        }

        duration = Duration.FromNanoseconds(nanos);
        return true;
    }

    /// <summary>Formats an ISO date, <c>2026-12-24</c>.</summary>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Parses an ISO date, <c>2026-12-24</c>.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        // NodaTime's parser stops at a NUL, so "2026-12-24\0" would read as a date: refuse it first.
        var result = LocalDatePattern.Iso.Parse(text.IndexOf('\0') < 0 ? text : string.Empty);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>Formats an instant as UTC, <c>2026-10-10T02:00:00Z</c>.</summary>
    public static string FormatInstant(Instant instant) => s_instant.Format(instant.WithOffset(Offset.Zero));

    /// <summary>Parses an ISO date-time with a UTC offset or Z, <c>2026-10-10T02:00:00Z</c> or <c>2026-10-10T07:30:00+05:30</c>.</summary>
    public static bool TryParseInstant(string text, out Instant instant)
    {
        var result = s_instant.Parse(text.IndexOf('\0') < 0 ? text : string.Empty);
        instant = default;
        if (!result.Success)
        {
            return false;
        }

        try
        {
            instant = result.Value.ToInstant();
            return true;
        }
        catch (OverflowException)
        {
            return false;   // a date-time near the ends of NodaTime's range that its offset takes outside it
        }
    }

    private static bool TwoDigits(string text, int index, out int value)
    {
        value = 0;
        if (index + 1 >= text.Length || text[index] < '0' || text[index] > '9' || text[index + 1] < '0' || text[index + 1] > '9')
        {
            return false;
        }

        value = ((text[index] - '0') * 10) + (text[index + 1] - '0');
        return true;
    }
}
