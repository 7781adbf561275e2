using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SlaEngine.BusinessHours;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>The text forms of configuration values: times of day, hour ranges, durations, dates and instants.</summary>
internal static class ConfigText
{
    /// <summary>The longest duration the text form reads: 1,000,000 hours (over a hundred years), in nanoseconds.</summary>
    private const long MaxDurationNanos = 1_000_000L * NanosPerHour;

    private const long NanosPerHour = 3600L * NanosPerSecond;
    private const long NanosPerMinute = 60L * NanosPerSecond;
    private const long NanosPerSecond = 1_000_000_000L;

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
    /// Formats a duration in ISO 8601 time-based form: <c>PT1H30M</c>, <c>PT26H</c> (hours never become days),
    /// <c>PT0.5S</c>; zero is <c>PT0S</c>.
    /// </summary>
    /// <remarks>
    /// Components that are zero are left out; seconds carry up to nine fraction digits with no trailing zeros
    /// (<c>PT0.000000001S</c>). A negative duration is written with a leading minus, <c>-PT5M</c> (the extended form of
    /// ISO 8601-2), for messages only: <see cref="ParseDuration"/> refuses a sign, as configured durations are
    /// non-negative. Any <see cref="Duration"/> formats, beyond the range the parser reads; the arithmetic is exact.
    /// </remarks>
    public static string FormatIsoDuration(Duration duration)
    {
        BigInteger nanos = duration.ToBigIntegerNanoseconds();
        BigInteger hoursBig = BigInteger.DivRem(BigInteger.Abs(nanos), NanosPerHour, out BigInteger restBig);
        long hours = (long)hoursBig;    // at most NodaTime's ±2^24 days in hours, far inside a long
        long rest = (long)restBig;      // under an hour of nanoseconds
        long minutes = rest / NanosPerMinute;
        rest %= NanosPerMinute;
        var text = new StringBuilder(nanos.Sign < 0 ? "-PT" : "PT");
        if (hours != 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (rest != 0 || (hours == 0 && minutes == 0))
        {
            text.Append((rest / NanosPerSecond).ToString(CultureInfo.InvariantCulture));
            long fraction = rest % NanosPerSecond;
            if (fraction != 0)
            {
                text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            text.Append('S');
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses a duration in the library's form or in ISO 8601 time-based form; true only when
    /// <see cref="ParseDuration"/> returns <see cref="DurationParseResult.Parsed"/>.
    /// </summary>
    public static bool TryParseDuration(string text, out Duration duration) => ParseDuration(text, out duration) == DurationParseResult.Parsed;

    /// <summary>
    /// Parses a non-negative duration of at most 1,000,000 hours, in the library's form or in ISO 8601 time-based form,
    /// and tells a well-formed ISO 8601 duration with date components (<c>P1D</c>) apart from text that is no duration.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The library's form is hours, minutes and seconds in that order, each optional but at least one, with lower-case
    /// units: <c>4h</c>, <c>90m</c>, <c>1h30m</c>, <c>45s</c>, <c>1.5s</c>.
    /// </para>
    /// <para>
    /// The ISO 8601 form is <c>PT</c> and then hours, minutes and seconds in that order, each optional but at least one:
    /// <c>PT4H</c>, <c>PT90M</c>, <c>PT1H30M15.25S</c>, <c>PT0S</c>. The designators (<c>P</c>, <c>T</c>, <c>H</c>,
    /// <c>M</c>, <c>S</c>) are read in either case (<c>pt4h</c>), as java.time and Temporal read them; ISO 8601 and
    /// <see cref="FormatIsoDuration"/> write them upper case.
    /// </para>
    /// <para>
    /// In both forms only seconds take a fraction, a full stop and one to nine digits (the nanosecond); no sign, no
    /// white space, no empty component (<c>PTH</c>), no repeated or reordered unit (<c>PT1H1H</c>, <c>PT1M1H</c>) and
    /// nothing after the last unit. Text that starts with <c>P</c>, has date components (years, months, weeks or days,
    /// in that order) and is otherwise well-formed, such as <c>P1D</c>, <c>P1W</c>, <c>P1M</c>,
    /// <c>P1Y</c> or <c>P1DT2H</c>, returns <see cref="DurationParseResult.DateBased"/>: a day, week, month or year is
    /// no fixed amount of time, so it is refused in a way the caller can explain. Every other refusal is
    /// <see cref="DurationParseResult.Invalid"/>, including a time beyond 1,000,000 hours.
    /// </para>
    /// </remarks>
    /// <param name="text">The text to read.</param>
    /// <param name="duration">The duration read when the result is <see cref="DurationParseResult.Parsed"/>, else zero.</param>
    /// <returns>What the text is: a duration, a date-based ISO 8601 duration, or neither.</returns>
    public static DurationParseResult ParseDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        if (text.Length == 0 || (text[0] != 'P' && text[0] != 'p'))
        {
            if (!TryReadTimeComponents(text, 0, false, out long nanos, out bool tooLong) || tooLong)
            {
                return DurationParseResult.Invalid;
            }

            duration = Duration.FromNanoseconds(nanos);
            return DurationParseResult.Parsed;
        }

        return ParseIsoDuration(text, out duration);
    }

    /// <summary>Parses <c>P[nY][nM][nW][nD][T[nH][nM][n[.f]S]]</c>; see <see cref="ParseDuration"/>.</summary>
    private static DurationParseResult ParseIsoDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        int position = 1;
        int dateRank = 0;
        while (position < text.Length && text[position] != 'T' && text[position] != 't')
        {
            int start = position;
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;     // the value is never needed: a date component is refused whatever its size
            }

            if (position > start && position < text.Length && text[position] == '.')
            {
                int digitsStart = ++position;   // P0.5D: still a date-based duration, refused as one
                while (position < text.Length && IsDigit(text[position]))
                {
                    position++;
                }

                if (position == digitsStart)
                {
                    return DurationParseResult.Invalid;
                }
            }

            if (position == start || position == text.Length)
            {
                return DurationParseResult.Invalid;
            }

            int rank = UpperAscii(text[position++]) switch { 'Y' => 1, 'M' => 2, 'W' => 3, 'D' => 4, _ => 0 };
            if (rank <= dateRank)
            {
                return DurationParseResult.Invalid;
            }

            dateRank = rank;
        }

        bool dateBased = dateRank != 0;
        if (position == text.Length)
        {
            return dateBased ? DurationParseResult.DateBased : DurationParseResult.Invalid;     // P1D, or a bare P
        }

        // The time part: T and at least one component (PT and P1DT are malformed).
        if (++position == text.Length || !TryReadTimeComponents(text, position, true, out long nanos, out bool tooLong))
        {
            return DurationParseResult.Invalid;
        }

        if (dateBased)
        {
            return DurationParseResult.DateBased;
        }

        if (tooLong)
        {
            return DurationParseResult.Invalid;
        }

        duration = Duration.FromNanoseconds(nanos);
        return DurationParseResult.Parsed;
    }

    /// <summary>
    /// Reads hours, minutes and seconds in that order from <paramref name="position"/> to the end of the text, each
    /// optional but at least one, a fraction of one to nine digits only on seconds; units are <c>h</c>, <c>m</c>,
    /// <c>s</c>, or in either case when <paramref name="iso"/>.
    /// </summary>
    /// <returns>
    /// False when the text is malformed; when it is well-formed, <paramref name="tooLong"/> tells whether the total is
    /// past <see cref="MaxDurationNanos"/> (then <paramref name="nanos"/> is meaningless).
    /// </returns>
    private static bool TryReadTimeComponents(string text, int position, bool iso, out long nanos, out bool tooLong)
    {
        nanos = 0;
        tooLong = false;
        int unitRank = 0;
        bool any = false;
        while (position < text.Length)
        {
            int start = position;
            long whole = 0;
            while (position < text.Length && IsDigit(text[position]))
            {
                if (whole > MaxDurationNanos / 10)
                {
                    tooLong = true;     // checked before multiplying, so twenty digits cannot wrap around to a small value
                }
                else
                {
                    whole = (whole * 10) + (text[position] - '0');
                }

                position++;
            }

            if (position == start || position == text.Length)
            {
                return false;
            }

            long fraction = 0;
            bool hasFraction = text[position] == '.';
            if (hasFraction)
            {
                int digitsStart = ++position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    if (position - digitsStart < 9)
                    {
                        fraction = (fraction * 10) + (text[position] - '0');
                    }

                    position++;
                }

                int digits = position - digitsStart;
                if (digits == 0 || digits > 9 || position == text.Length)
                {
                    return false;
                }

                for (int i = digits; i < 9; i++)
                {
                    fraction *= 10;
                }
            }

            char unit = text[position++];
            int rank = iso
                ? UpperAscii(unit) switch { 'H' => 1, 'M' => 2, 'S' => 3, _ => 0 }
                : unit switch { 'h' => 1, 'm' => 2, 's' => 3, _ => 0 };
            if (rank <= unitRank || (hasFraction && rank != 3))
            {
                return false;
            }

            unitRank = rank;
            any = true;
            if (tooLong)
            {
                continue;
            }

            long unitNanos = rank switch { 1 => NanosPerHour, 2 => NanosPerMinute, _ => NanosPerSecond };
            if (whole > MaxDurationNanos / unitNanos)
            {
                tooLong = true;
                continue;
            }

            nanos += (whole * unitNanos) + fraction;
            tooLong = nanos > MaxDurationNanos;
        }

        return any;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static char UpperAscii(char c) => c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;

    /// <summary>Formats an ISO date, <c>2026-12-24</c>.</summary>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Parses a UTC offset written <c>+HH:mm</c> or <c>-HH:mm</c> (two-digit hours to 14, minutes to 59), as an equinox rule's
    /// <c>utcOffset</c>; by hand, since NodaTime's text patterns cost a built-in calendar's first use milliseconds of JIT.
    /// </summary>
    public static bool TryParseUtcOffset(string text, out Offset offset)
    {
        offset = Offset.Zero;
        if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':'
            || !IsDigit(text[1]) || !IsDigit(text[2]) || !IsDigit(text[4]) || !IsDigit(text[5]))
        {
            return false;
        }

        int hours = ((text[1] - '0') * 10) + (text[2] - '0');
        int minutes = ((text[4] - '0') * 10) + (text[5] - '0');
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        int seconds = (hours * 3600) + (minutes * 60);
        offset = Offset.FromSeconds(text[0] == '-' ? -seconds : seconds);
        return true;

        static bool IsDigit(char c) => c >= '0' && c <= '9';
    }

    /// <summary>Formats a UTC offset of whole minutes as <c>+HH:mm</c> (the form <see cref="TryParseUtcOffset"/> reads).</summary>
    public static string FormatUtcOffset(Offset offset)
    {
        int seconds = offset.Seconds;
        int total = Math.Abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + (total / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (total % 60).ToString("00", CultureInfo.InvariantCulture);
    }

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

/// <summary>What <see cref="ConfigText.ParseDuration"/> found in a text.</summary>
internal enum DurationParseResult
{
    /// <summary>Not a result: the default value, never returned.</summary>
    None = 0,

    /// <summary>The text is a duration in the library's form or ISO 8601 time-based form, and it was read.</summary>
    Parsed,

    /// <summary>The text is no duration the library reads: malformed, signed, or longer than 1,000,000 hours.</summary>
    Invalid,

    /// <summary>
    /// The text is a well-formed ISO 8601 duration with years, months, weeks or days (<c>P1D</c>, <c>P1DT2H</c>), which is
    /// no fixed amount of time.
    /// </summary>
    DateBased,
}
