using System;
using System.Collections.Generic;
using System.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;

namespace SlaEngine.ICalendar.Internal;

/// <summary>Turns iCalendar text into closures; see <see cref="IcsClosures"/> for the conventions and the limits.</summary>
/// <remarks>
/// Every failure of Ical.Net on the data (whatever it throws, but running out of memory) becomes an
/// <see cref="IcsFormatException"/> with Ical.Net's exception inside: the parser and the evaluator throw many kinds
/// (argument, format, overflow, invalid-operation, null-reference and plain exceptions) for data they cannot handle.
/// </remarks>
internal static class IcsReader
{
    public static IcsClosureSet Read(string text, int firstYear, int lastYear)
    {
        IcsContentLines.Prepared prepared = IcsContentLines.Prepare(text);
        Calendar calendar = Load(prepared.Text);
        string uidPrefix = prepared.MissingUidPrefix;

        var rangeStart = new LocalDate(firstYear, 1, 1).AtMidnight();
        var rangeEnd = new LocalDate(lastYear, 12, 31).PlusDays(1).AtMidnight();

        // Ask a few days either side: the occurrences' times are in their own zones, compared here as wall-clock times.
        var until = new CalDateTime(lastYear + 1, 1, 3);

        // Recurrence rules are cut off a week after the range: nothing later can matter.
        var cap = new DateTime(lastYear + 1, 1, 10, 0, 0, 0, DateTimeKind.Unspecified);

        List<CalendarEvent> events = Prepare(calendar, uidPrefix, out Dictionary<string, DateTimeZone> zones, out double longestRecurring);

        // Ical.Net starts a recurring event's walk at the start less the event's length; from year 1 that would fall
        // before the first date it can hold, so it then walks every rule from DTSTART instead.
        DateTime? from = firstYear == 1 ? null : new DateTime(firstYear - 1, 12, 29, 0, 0, 0, DateTimeKind.Unspecified);
        if (from is DateTime early && (early - DateTime.MinValue).TotalDays <= longestRecurring + 2)
        {
            from = null;
        }

        LimitRecurrences(events, from, cap, firstYear, lastYear, zones, uidPrefix);

        var closures = new List<IcsClosure>();
        var seen = new HashSet<IcsClosure>();
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = IcsClosures.MaxRecurrenceSteps };
        int visited = 0;
        IEnumerator<Occurrence>? occurrences = null;
        try
        {
            try
            {
                // Ical.Net evaluates some of the data (RDATE lists) already here.
                occurrences = calendar.GetOccurrences<CalendarEvent>(from is DateTime f ? new CalDateTime(f.Year, f.Month, f.Day) : null, options)
                    .TakeWhileBefore(until)
                    .GetEnumerator();
            }
            catch (Exception ex) when (IsLibraryFailure(ex))
            {
                throw new IcsFormatException(Preconditions.Format("The recurrences of the iCalendar data could not be expanded: {0}", Sentence(ex)), null, ex);
            }

            while (true)
            {
                CalDateTime start;
                CalDateTime end;
                string? summary;
                string? uid;
                bool cancelled;
                try
                {
                    if (!occurrences.MoveNext())
                    {
                        break;
                    }

                    Occurrence occurrence = occurrences.Current;
                    if (occurrence.Source is not CalendarEvent e)
                    {
                        continue;
                    }

                    start = occurrence.Period.StartTime;
                    end = occurrence.Period.EffectiveEndTime ?? start;
                    summary = e.Summary;
                    uid = Uid(e, uidPrefix);
                    cancelled = string.Equals(e.Status, EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase);
                }
                catch (EvaluationLimitExceededException ex)
                {
                    throw new IcsFormatException(Preconditions.Format(
                        "A recurrence rule of the iCalendar data must find an occurrence within {0} steps, went further; narrow the year range.", IcsClosures.MaxRecurrenceSteps), null, ex);
                }
                catch (Exception ex) when (IsLibraryFailure(ex))
                {
                    throw new IcsFormatException(Preconditions.Format("The recurrences of the iCalendar data could not be expanded: {0}", Sentence(ex)), null, ex);
                }

                if (++visited > IcsClosures.MaxOccurrences)
                {
                    throw new IcsFormatException(Preconditions.Format(
                        "The iCalendar data must have at most {0} event occurrences in the years {1}–{2}, counting those that close nothing, was more; narrow the year range.",
                        IcsClosures.MaxOccurrences, firstYear, lastYear));
                }

                IcsClosure? closure = cancelled ? null : ToClosure(summary, uid, start, end, rangeStart, rangeEnd, zones);
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
        finally
        {
            occurrences?.Dispose();
        }

        return new IcsClosureSet(firstYear, lastYear, closures);
    }

    private static Calendar Load(string text)
    {
        CalendarCollection calendars;
        try
        {
            calendars = CalendarCollection.Load(text);
        }
        catch (Exception ex) when (IsLibraryFailure(ex))
        {
            throw new IcsFormatException(Preconditions.Format("The iCalendar data could not be parsed: {0}", Sentence(ex)), null, ex);
        }

        if (calendars.Count == 0)
        {
            throw new IcsFormatException("The iCalendar data must contain a VCALENDAR component, was empty or had none.");
        }

        if (calendars.Count > 1)
        {
            throw new IcsFormatException(Preconditions.Format("The iCalendar data must contain one VCALENDAR component, had {0}.", calendars.Count));
        }

        return calendars[0];
    }

    /// <summary>
    /// Checks every event's start and time zones, and gives an event whose end is not after its start the length the
    /// conventions give it (see <see cref="IcsClosures"/>): its one date when all-day, no time when timed.
    /// </summary>
    private static List<CalendarEvent> Prepare(Calendar calendar, string uidPrefix, out Dictionary<string, DateTimeZone> zones, out double longestRecurring)
    {
        List<CalendarEvent> events;
        try
        {
            events = calendar.Events.ToList();
        }
        catch (Exception ex) when (IsLibraryFailure(ex))
        {
            throw new IcsFormatException(Preconditions.Format("The iCalendar data could not be parsed: {0}", Sentence(ex)), null, ex);
        }

        zones = new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        longestRecurring = 0;
        foreach (CalendarEvent e in events)
        {
            try
            {
                if (e.Start is null)
                {
                    throw new IcsFormatException(Preconditions.Format("Event '{0}' must have a valid DTSTART, was missing or malformed.", Label(e, uidPrefix)), Uid(e, uidPrefix));
                }

                ResolveZone(e.Start, e, zones, uidPrefix);
                if (e.DtEnd is not null)
                {
                    ResolveZone(e.DtEnd, e, zones, uidPrefix);
                }

                if ((e.DtEnd is not null || e.Duration is not null) && !IsPositive(e.EffectiveDuration))
                {
                    // Ical.Net rejects a negative length when it expands the event; a zero one is treated the same way.
                    e.Properties.Remove("DTEND");
                    e.Properties.Remove("DURATION");
                }

                if (RulesOf(e).Count > 0)
                {
                    longestRecurring = Math.Max(longestRecurring, Days(e.EffectiveDuration));
                }
            }
            catch (Exception ex) when (IsLibraryFailure(ex))
            {
                throw new IcsFormatException(Preconditions.Format("Event '{0}' could not be read: {1}", Label(e, uidPrefix), Sentence(ex)), Uid(e, uidPrefix), ex);
            }
        }

        return events;
    }

    /// <summary>Trims the recurrence rules and checks that expanding them takes at most <see cref="IcsClosures.MaxRecurrenceSteps"/> steps.</summary>
    private static void LimitRecurrences(List<CalendarEvent> events, DateTime? from, DateTime cap, int firstYear, int lastYear, Dictionary<string, DateTimeZone> zones, string uidPrefix)
    {
        double steps = 0;
        foreach (CalendarEvent e in events)
        {
            try
            {
                CalDateTime start = e.Start!;
                double duration = Days(e.EffectiveDuration);
                foreach (RecurrencePattern rule in RulesOf(e))
                {
                    double cost = RecurrenceRules.Trim(rule, start, duration, from, cap, walksFromStart: false);
                    CheckClockChanges(e, rule, start, cap, zones, uidPrefix);
                    if (steps + cost > IcsClosures.MaxRecurrenceSteps && rule.Count is not null)
                    {
                        cost = RecurrenceRules.EndByCount(rule, start, IcsClosures.MaxRecurrenceSteps - steps) ?? cost;
                    }

                    steps += cost;
                }

                foreach (RecurrencePattern rule in ExceptionRulesOf(e))
                {
                    steps += RecurrenceRules.Trim(rule, start, duration, from, cap, walksFromStart: true);
                    CheckClockChanges(e, rule, start, cap, zones, uidPrefix);
                }
            }
            catch (Exception ex) when (IsLibraryFailure(ex))
            {
                throw new IcsFormatException(Preconditions.Format("Event '{0}' could not be read: {1}", Label(e, uidPrefix), Sentence(ex)), Uid(e, uidPrefix), ex);
            }

            if (steps > IcsClosures.MaxRecurrenceSteps)
            {
                throw new IcsFormatException(Preconditions.Format(
                    "Expanding the recurrence rules of the iCalendar data for the years {0}–{1} must take at most {2} steps, took {3:0} with event '{4}'; narrow the year range, or move the rule's DTSTART closer to it.",
                    firstYear, lastYear, IcsClosures.MaxRecurrenceSteps, steps, Label(e, uidPrefix)), Uid(e, uidPrefix));
            }
        }
    }

    /// <summary>
    /// Rejects a SECONDLY, MINUTELY or HOURLY rule in a time zone whose clocks go back, before the read's end, by at
    /// least its step: Ical.Net 5.2.4 steps in exact time but keeps only the wall-clock time, so a step into the
    /// repeated hour lands back in its first pass, and from there the same step again, forever.
    /// </summary>
    private static void CheckClockChanges(CalendarEvent e, RecurrencePattern rule, CalDateTime start, DateTime cap, Dictionary<string, DateTimeZone> zones, string uidPrefix)
    {
        if (rule.Frequency >= FrequencyType.Daily || start.IsUtc || start.TzId is null || !zones.TryGetValue(start.TzId, out DateTimeZone? zone))
        {
            return;
        }

        double step = rule.Interval * (rule.Frequency == FrequencyType.Hourly ? 3600.0 : rule.Frequency == FrequencyType.Minutely ? 60.0 : 1.0);
        Instant from = LocalDateTime.FromDateTime(start.Value).InUtc().ToInstant() - NodaTime.Duration.FromDays(2);
        Instant to = LocalDateTime.FromDateTime(cap).InUtc().ToInstant() + NodaTime.Duration.FromDays(2);
        if (from >= to)
        {
            return;
        }

        NodaTime.TimeZones.ZoneInterval? previous = null;
        foreach (NodaTime.TimeZones.ZoneInterval interval in zone.GetZoneIntervals(new Interval(from, to)))
        {
            if (previous is not null && previous.WallOffset > interval.WallOffset
                && (previous.WallOffset - interval.WallOffset).Seconds >= step)
            {
                throw new IcsFormatException(Preconditions.Format(
                    "Event '{0}' must not repeat every {1} seconds in time zone '{2}', whose clocks go back {3} seconds at {4:uuuu-MM-ddTHH:mm:ss}Z, as Ical.Net cannot expand that; give its times in UTC.",
                    Label(e, uidPrefix), step, zone.Id, (previous.WallOffset - interval.WallOffset).Seconds, interval.Start), Uid(e, uidPrefix));
            }

            previous = interval;
        }
    }

    /// <summary>The event's RRULEs: Ical.Net 5.2.4 expands them all, though it marks the list obsolete (it will keep only one).</summary>
#pragma warning disable CS0618
    private static IList<RecurrencePattern> RulesOf(CalendarEvent e) => e.RecurrenceRules;

    /// <summary>The event's EXRULEs: deprecated by RFC 5545, but Ical.Net 5.2.4 still expands them, from DTSTART.</summary>
    private static IList<RecurrencePattern> ExceptionRulesOf(CalendarEvent e) => e.ExceptionRules;
#pragma warning restore CS0618

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static IcsClosure? ToClosure(string? summary, string? uid, CalDateTime start, CalDateTime end, LocalDateTime rangeStart, LocalDateTime rangeEnd, Dictionary<string, DateTimeZone> zones)
    {
        string name = string.IsNullOrWhiteSpace(summary) ? IcsClosures.DefaultName : summary.Trim();
        if (HasLoneSurrogate(name))
        {
            // A closure's name becomes a holiday rule's name, which must be Unicode text.
            throw new IcsFormatException(Preconditions.Format("Event '{0}' must have a SUMMARY of Unicode text, but it has an unpaired surrogate.", uid ?? "(no UID)"), uid);
        }

        if (!start.HasTime)
        {
            // Occurrences start before the end of the range, so the dates computed here stay within it.
            LocalDate first = new LocalDate(start.Year, start.Month, start.Day);
            LocalDate after = LocalDate.Min(new LocalDate(end.Year, end.Month, end.Day), rangeEnd.Date);
            if (end.HasTime && end.Value.TimeOfDay != TimeSpan.Zero && after < rangeEnd.Date)
            {
                after = after.PlusDays(1);
            }

            if (after <= first)
            {
                after = first.PlusDays(1);
            }

            first = LocalDate.Max(first, rangeStart.Date);
            after = LocalDate.Min(after, rangeEnd.Date);
            return first < after ? new IcsClosure(name, uid, isAllDay: true, first.AtMidnight(), after.AtMidnight(), zone: null) : null;
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
                : InZone(endZone.AtLeniently(Local(end)).ToInstant(), zone);
        }

        if (localEnd <= localStart || localEnd <= rangeStart || localStart >= rangeEnd)
        {
            return null;
        }

        return new IcsClosure(name, uid, isAllDay: false, localStart, localEnd, zone);
    }

    private static LocalDateTime Local(CalDateTime time)
        => LocalDateTime.FromDateTime(time.Value);

    /// <summary>The wall-clock time of <paramref name="instant"/> in <paramref name="zone"/>; the last one NodaTime holds (in 9999) when it is later.</summary>
    private static LocalDateTime InZone(Instant instant, DateTimeZone zone)
    {
        Instant last = LocalDate.MaxIsoValue.At(LocalTime.MaxValue).InZoneLeniently(zone).ToInstant();
        return instant < last ? instant.InZone(zone).LocalDateTime : LocalDate.MaxIsoValue.At(LocalTime.MaxValue);
    }

    private static DateTimeZone? ZoneOf(CalDateTime time, Dictionary<string, DateTimeZone> zones)
    {
        if (time.IsUtc)
        {
            return DateTimeZone.Utc;
        }

        if (time.TzId is null)
        {
            return null;
        }

        if (!zones.TryGetValue(time.TzId, out DateTimeZone? zone))
        {
            // A TZID of an RDATE: Ical.Net resolved it to expand the event, so it resolves here too.
            zone = FindZone(time.TzId) ?? throw new IcsFormatException(Preconditions.Format("Times must use a known time zone id in TZID, was '{0}'.", time.TzId));
            zones.Add(time.TzId, zone);
        }

        return zone;
    }

    private static void ResolveZone(CalDateTime time, CalendarEvent e, Dictionary<string, DateTimeZone> zones, string uidPrefix)
    {
        if (time.IsUtc || time.TzId is null || zones.ContainsKey(time.TzId))
        {
            return;
        }

        DateTimeZone zone = FindZone(time.TzId)
            ?? throw new IcsFormatException(Preconditions.Format("Event '{0}' must use a known time zone id in TZID, was '{1}'.", Label(e, uidPrefix), time.TzId), Uid(e, uidPrefix));
        zones.Add(time.TzId, zone);
    }

    private static DateTimeZone? FindZone(string tzId)
    {
        try
        {
            return TimeZoneResolvers.TimeZoneResolver(tzId);
        }
        catch (Exception ex) when (IsLibraryFailure(ex))
        {
            return null;
        }
    }

    /// <summary>The event's UID, or <see langword="null"/> when the text gave it none (<see cref="IcsContentLines"/> gave it a placeholder).</summary>
    private static string? Uid(CalendarEvent e, string uidPrefix)
        => e.Uid is string uid && !uid.StartsWith(uidPrefix, StringComparison.Ordinal) ? uid : null;

    private static string Label(CalendarEvent e, string uidPrefix)
        => Uid(e, uidPrefix) is string uid && !string.IsNullOrWhiteSpace(uid) ? uid
            : !string.IsNullOrWhiteSpace(e.Summary) ? e.Summary!
            : "(no UID or SUMMARY)";

    private static bool IsPositive(Ical.Net.DataTypes.Duration duration)
        => duration.Sign > 0 && Days(duration) > 0;

    /// <summary>The length of <paramref name="duration"/> in days, ignoring its sign.</summary>
    private static double Days(Ical.Net.DataTypes.Duration duration)
        => Math.Abs(((duration.Weeks ?? 0) * 7.0) + (duration.Days ?? 0) + ((duration.Hours ?? 0) / 24.0) + ((duration.Minutes ?? 0) / 1440.0) + ((duration.Seconds ?? 0) / 86400.0));

    /// <summary>Whether an exception out of Ical.Net (or NodaTime under it) means it could not handle the data: anything but running out of memory.</summary>
    private static bool IsLibraryFailure(Exception ex)
        => ex is not IcsFormatException and not OutOfMemoryException;

    /// <summary>The parser's message as the end of one sentence, without .NET's "(Parameter 'x')" suffix.</summary>
    private static string Sentence(Exception ex)
    {
        // .NET wraps a comparer's exception ("Failed to compare two elements in the array"); the cause says more.
        while (ex is InvalidOperationException or System.Reflection.TargetInvocationException && ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        string text = ex.Message;
        if (ex is ArgumentException { ParamName: string param })
        {
            text = text.Replace(" (Parameter '" + param + "')", string.Empty);
        }

        text = text.Trim();
        return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
    }
}
