using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Benchmarks;

/// <summary>
/// The baselines: what one writes without a compiled calendar, for Monday–Friday 09:00–17:00 New York with US federal
/// holidays (the W4/W5 calendar) — walk the local dates and clip each day's hours with NodaTime.
/// </summary>
internal static class NaiveNineToFive
{
    private static readonly LocalTime s_nine = new(9, 0);
    private static readonly LocalTime s_five = new(17, 0);
    private static readonly DateTimeZone s_zone = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly HolidayCalendar s_holidays = HolidayCalendars.UsFederal;

    /// <summary>Business time in [start, end).</summary>
    public static Duration Between(Instant start, Instant end)
    {
        Duration total = Duration.Zero;
        LocalDate last = end.InZone(s_zone).Date;
        for (LocalDate date = start.InZone(s_zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (Hours(date, out Instant open, out Instant close))
            {
                Instant from = open > start ? open : start;
                Instant to = close < end ? close : end;
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }

    /// <summary>The earliest instant at which <paramref name="amount"/> (positive) of business time has elapsed since <paramref name="start"/>.</summary>
    public static Instant Add(Instant start, Duration amount)
    {
        for (LocalDate date = start.InZone(s_zone).Date; ; date = date.PlusDays(1))
        {
            if (!Hours(date, out Instant open, out Instant close))
            {
                continue;
            }

            Instant from = open > start ? open : start;
            if (close <= from)
            {
                continue;
            }

            if (close - from >= amount)
            {
                return from + amount;
            }

            amount -= close - from;
        }
    }

    private static bool Hours(LocalDate date, out Instant open, out Instant close)
    {
        open = close = default;
        if (date.DayOfWeek >= IsoDayOfWeek.Saturday || s_holidays.IsHoliday(date))
        {
            return false;
        }

        open = s_zone.AtLeniently(date.At(s_nine)).ToInstant();
        close = s_zone.AtLeniently(date.At(s_five)).ToInstant();
        return true;
    }
}
