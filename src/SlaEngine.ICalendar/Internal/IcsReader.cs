using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;

namespace SlaEngine.ICalendar.Internal;

/// <summary>Turns a parsed iCalendar into closures; see <see cref="IcsClosures"/> for the conventions.</summary>
internal static class IcsReader
{
    public static IcsClosureSet Read(Func<Calendar?> load, int firstYear, int lastYear)
    {
        Calendar? calendar;
        try
        {
            calendar = load();
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw new IcsFormatException(Preconditions.Format("The iCalendar data could not be parsed: {0}", Sentence(ex)), null, ex);
        }

        if (calendar is null)
        {
            throw new IcsFormatException("The iCalendar data must contain a VCALENDAR component, was empty or had none.");
        }

        var zones = new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        foreach (CalendarEvent e in calendar.Events)
        {
            if (e.Start is null)
            {
                throw new IcsFormatException(Preconditions.Format("Event '{0}' must have a valid DTSTART, was missing or malformed.", Label(e)), e.Uid);
            }

            ResolveZone(e.Start, e, zones);
            if (e.DtEnd is not null)
            {
                ResolveZone(e.DtEnd, e, zones);
            }
        }

        var rangeStart = new LocalDate(firstYear, 1, 1).AtMidnight();
        var rangeEnd = new LocalDate(lastYear, 12, 31).PlusDays(1).AtMidnight();

        // Ask a few days either side: the occurrences' times are in their own zones, compared here as wall-clock times.
        CalDateTime from = firstYear == 1 ? new CalDateTime(1, 1, 1) : new CalDateTime(firstYear - 1, 12, 29);
        CalDateTime until = new CalDateTime(lastYear + 1, 1, 3);

        var closures = new List<IcsClosure>();
        var seen = new HashSet<IcsClosure>();
        try
        {
            foreach (Occurrence occurrence in calendar.GetOccurrences<CalendarEvent>(from, null).TakeWhileBefore(until))
            {
                if (occurrence.Source is not CalendarEvent e || string.Equals(e.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                IcsClosure? closure = ToClosure(e, occurrence.Period, rangeStart, rangeEnd, zones);
                if (closure is not null && seen.Add(closure))
                {
                    if (closures.Count == IcsClosures.MaxClosures)
                    {
                        throw new IcsFormatException(Preconditions.Format(
                            "The iCalendar data must expand to at most {0} closures in the years {1}–{2}, was more; narrow the year range.", IcsClosures.MaxClosures, firstYear, lastYear));
                    }

                    closures.Add(closure);
                }
            }
        }
        catch (Exception ex) when (ex is not IcsFormatException && (ex is EvaluationException || IsParserFailure(ex)))
        {
            throw new IcsFormatException(Preconditions.Format("The recurrences of the iCalendar data could not be expanded: {0}", Sentence(ex)), null, ex);
        }

        return new IcsClosureSet(firstYear, lastYear, closures);
    }

    private static IcsClosure? ToClosure(CalendarEvent e, Ical.Net.DataTypes.Period period, LocalDateTime rangeStart, LocalDateTime rangeEnd, Dictionary<string, DateTimeZone> zones)
    {
        string name = string.IsNullOrWhiteSpace(e.Summary) ? IcsClosures.DefaultName : e.Summary.Trim();
        CalDateTime start = period.StartTime;
        CalDateTime end = period.EffectiveEndTime ?? start;
        if (!start.HasTime)
        {
            LocalDate first = new LocalDate(start.Year, start.Month, start.Day);
            LocalDate after = new LocalDate(end.Year, end.Month, end.Day);
            if (end.HasTime && end.Value.TimeOfDay != TimeSpan.Zero)
            {
                after = after.PlusDays(1);
            }

            if (after <= first)
            {
                after = first.PlusDays(1);
            }

            first = LocalDate.Max(first, rangeStart.Date);
            after = LocalDate.Min(after, rangeEnd.Date);
            return first < after ? new IcsClosure(name, e.Uid, isAllDay: true, first.AtMidnight(), after.AtMidnight(), zone: null) : null;
        }

        DateTimeZone? zone = ZoneOf(start, zones);
        LocalDateTime localStart = Local(start);
        LocalDateTime localEnd;
        if (!end.HasTime)
        {
            localEnd = new LocalDate(end.Year, end.Month, end.Day).AtMidnight();
        }
        else
        {
            DateTimeZone? endZone = ZoneOf(end, zones);
            localEnd = zone is null || endZone is null || ReferenceEquals(zone, endZone)
                ? Local(end)
                : endZone.AtLeniently(Local(end)).WithZone(zone).LocalDateTime;
        }

        if (localEnd <= localStart || localEnd <= rangeStart || localStart >= rangeEnd)
        {
            return null;
        }

        return new IcsClosure(name, e.Uid, isAllDay: false, localStart, localEnd, zone);
    }

    private static LocalDateTime Local(CalDateTime time)
        => LocalDateTime.FromDateTime(time.Value);

    private static DateTimeZone? ZoneOf(CalDateTime time, Dictionary<string, DateTimeZone> zones)
        => time.IsUtc ? DateTimeZone.Utc
            : time.TzId is null ? null
            : zones.TryGetValue(time.TzId, out DateTimeZone? zone) ? zone
            : Resolve(time.TzId);

    private static void ResolveZone(CalDateTime time, CalendarEvent e, Dictionary<string, DateTimeZone> zones)
    {
        if (time.IsUtc || time.TzId is null || zones.ContainsKey(time.TzId))
        {
            return;
        }

        DateTimeZone? zone = null;
        try
        {
            zone = TimeZoneResolvers.TimeZoneResolver(time.TzId);
        }
        catch (ArgumentException)
        {
        }

        if (zone is null)
        {
            throw new IcsFormatException(Preconditions.Format("Event '{0}' must use a known time zone id in TZID, was '{1}'.", Label(e), time.TzId), e.Uid);
        }

        zones.Add(time.TzId, zone);
    }

    private static DateTimeZone Resolve(string tzId)
        => TimeZoneResolvers.TimeZoneResolver(tzId) ?? throw new IcsFormatException(Preconditions.Format("Times must use a known time zone id in TZID, was '{0}'.", tzId));

    private static string Label(CalendarEvent e)
        => !string.IsNullOrWhiteSpace(e.Uid) ? e.Uid! : !string.IsNullOrWhiteSpace(e.Summary) ? e.Summary! : "(no UID or SUMMARY)";

    private static bool IsParserFailure(Exception ex)
        => ex is SerializationException or ArgumentException or FormatException or InvalidOperationException or OverflowException or NotSupportedException;

    /// <summary>The parser's message as the end of one sentence, without .NET's "(Parameter 'x')" suffix.</summary>
    private static string Sentence(Exception ex)
    {
        string text = ex.Message;
        if (ex is ArgumentException { ParamName: string param })
        {
            text = text.Replace(" (Parameter '" + param + "')", string.Empty);
        }

        text = text.Trim();
        return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
    }
}
