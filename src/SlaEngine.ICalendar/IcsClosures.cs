using System;
using System.IO;
using System.Text;
using SlaEngine.Calendars;
using SlaEngine.ICalendar.Internal;

namespace SlaEngine.ICalendar;

/// <summary>
/// Reads closures from iCalendar (RFC 5545, .ics) data: all-day events close whole dates, timed events close spans of
/// time, and recurring events expand within an inclusive range of years.
/// </summary>
/// <remarks>
/// <para>
/// <b>What becomes a closure.</b> Every occurrence of every VEVENT whose STATUS is not CANCELLED. Recurring events
/// expand by RRULE, RDATE and EXDATE (and RECURRENCE-ID replacements), through Ical.Net. TRANSP is ignored: holiday
/// feeds commonly mark their all-day events TRANSPARENT, so skipping them would lose the holidays. A timed event
/// without DTEND or DURATION lasts no time (RFC 5545) and closes nothing, and so does one whose end is not after its
/// start (a DTEND at or before DTSTART, or a DURATION of zero or less); an all-day event without DTEND or DURATION, or
/// whose end is not after its start, closes its one date. An event without a UID (or with an empty one) gives closures
/// whose <see cref="IcsClosure.Uid"/> is <see langword="null"/>. VTODO, VJOURNAL and VFREEBUSY components are ignored.
/// </para>
/// <para>
/// <b>The year range.</b> Closures are kept when they overlap the dates 1 January <c>firstYear</c> to 31 December
/// <c>lastYear</c> (both included); all-day closures are cut to those dates. An occurrence that starts before the
/// range and runs into it is kept.
/// </para>
/// <para>
/// <b>Times.</b> A DTSTART/DTEND with TZID is read in that time zone, resolved by id through Ical.Net's
/// <c>TimeZoneResolvers.TimeZoneResolver</c> (by default IANA ids such as Europe/Berlin and Windows names); the rules
/// inside a VTIMEZONE block are not interpreted, so its TZID must be a known id. A time with a trailing 'Z' is UTC.
/// A floating time (neither) is a wall-clock time in the zone of the business calendar the closures are applied to,
/// as are the dates of all-day events. A SECONDLY, MINUTELY or HOURLY rule with a TZID whose clocks go back, before
/// the end of the range, by as much as the rule's step or more is an <see cref="IcsFormatException"/>: Ical.Net
/// 5.2.4 would expand it forever, stepping into the repeated hour and back to its first pass (give its times in UTC).
/// </para>
/// <para>
/// <b>Limits.</b> A read does a bounded amount of work whatever the data, so that a small file cannot make it run for
/// hours: expanding the recurrence rules may take at most <see cref="MaxRecurrenceSteps"/> steps, counted before any
/// is taken; the read may visit at most <see cref="MaxOccurrences"/> event occurrences, including those that close
/// nothing; it may keep at most <see cref="MaxClosures"/> closures; and its all-day closures may close at most
/// <see cref="MaxClosedDates"/> dates. Going over a limit is an <see cref="IcsFormatException"/> that names it; a
/// narrower year range needs less of each. Data that Ical.Net cannot handle (a malformed line, a date or end after
/// 9999-12-31 or before 0001-01-01) is an <see cref="IcsFormatException"/> too, whatever Ical.Net threw.
/// </para>
/// <para>The methods are thread-safe; the result is immutable.</para>
/// </remarks>
public static class IcsClosures
{
    /// <summary>The name given to closures of events without a SUMMARY (or with an empty one): "Closure".</summary>
    public const string DefaultName = "Closure";

    /// <summary>The most closures one read may produce: 100,000. More is an <see cref="IcsFormatException"/> (narrow the year range).</summary>
    public const int MaxClosures = 100_000;

    /// <summary>
    /// The most event occurrences one read may visit: 200,000, counting those that become no closure (cancelled, of no
    /// length, outside the years, or the same as another). More is an <see cref="IcsFormatException"/> (narrow the year range).
    /// </summary>
    public const int MaxOccurrences = 200_000;

    /// <summary>
    /// The most steps that expanding the recurrence rules of one read may take: 1,000,000. More is an
    /// <see cref="IcsFormatException"/>, thrown before the expansion starts (narrow the year range, or move the rule's
    /// DTSTART closer to it).
    /// </summary>
    /// <remarks>
    /// <para>
    /// A recurrence rule (RRULE, or the deprecated EXRULE) is expanded one FREQ×INTERVAL step at a time from its
    /// DTSTART to a few days after the range, whether or not a step yields an occurrence, and every step is work.
    /// The steps of all the rules of all the events add up. A rule without COUNT counts one for each step before the
    /// range (before its start less the event's length), and from there on each step counts the most dates its
    /// BYxxx parts can expand it to: 1 without them, 2 for <c>FREQ=YEARLY;BYMONTH=6,12</c>, 53 for
    /// <c>FREQ=YEARLY;BYDAY=MO</c> (up to 53 Mondays a year), the product when several parts expand; where BYDAY
    /// only limits the dates, that is multiplied by 1 plus 53 for each of its entries with an ordinal (such as
    /// <c>-1FR</c>), which Ical.Net works out for every date. A rule with COUNT, and an EXRULE, count every step
    /// from DTSTART that way, as that is how they are expanded; but when that is too many and a rule's COUNT runs
    /// out within half the steps left, the rule counts only up to its last occurrence, twice (it is expanded once
    /// to find it). When the first year is 1, or an event is longer than the time from year 1 to the range, all
    /// rules count every step from DTSTART.
    /// </para>
    /// <para>
    /// For example, <c>FREQ=DAILY</c> over 1900–2199 takes about 110,000 steps and <c>FREQ=MINUTELY</c> over one
    /// year about 530,000; <c>FREQ=SECONDLY</c> over one year (31.5 million) or from a DTSTART in 2000 to 2026
    /// (over 800 million) is too many.
    /// </para>
    /// </remarks>
    public const int MaxRecurrenceSteps = 1_000_000;

    /// <summary>
    /// The most dates the all-day closures of one read may close: 4,000,000, each date counted once for each distinct
    /// SUMMARY that closes it (the dates of <see cref="IcsClosureSet.HolidayRules"/>). More is an
    /// <see cref="IcsFormatException"/> (narrow the year range).
    /// </summary>
    /// <remarks>One summary closing every date of the widest range, the years 1–9900, closes 3,615,900.</remarks>
    public const int MaxClosedDates = 4_000_000;

    /// <summary>Reads closures from iCalendar text.</summary>
    /// <param name="ics">The iCalendar text: one VCALENDAR.</param>
    /// <param name="firstYear">The first year of the range, <see cref="HolidayCalendar.MinSupportedYear"/>–<see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <param name="lastYear">The last year of the range (included), from <paramref name="firstYear"/> to <see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <returns>The closures, in the order Ical.Net lists the occurrences (by start).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="IcsFormatException">
    /// The text is not valid iCalendar data (or data Ical.Net cannot handle), an event has no valid DTSTART, a TZID is
    /// unknown, or reading it would go over a limit: <see cref="MaxRecurrenceSteps"/>, <see cref="MaxOccurrences"/>,
    /// <see cref="MaxClosures"/> or <see cref="MaxClosedDates"/>.
    /// </exception>
    public static IcsClosureSet Parse(string ics, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(ics, nameof(ics));
        CheckYears(firstYear, lastYear);
        return IcsReader.Read(ics, firstYear, lastYear);
    }

    /// <summary>Reads closures from iCalendar text in a reader, to its end.</summary>
    /// <param name="reader">The reader; it is read to the end and not disposed.</param>
    /// <param name="firstYear">The first year of the range, <see cref="HolidayCalendar.MinSupportedYear"/>–<see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <param name="lastYear">The last year of the range (included), from <paramref name="firstYear"/> to <see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <returns>The closures, as for <see cref="Parse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="IcsFormatException">The text is not valid iCalendar data or reading it would go over a limit (see <see cref="Parse"/>).</exception>
    /// <exception cref="IOException">The reader failed.</exception>
    public static IcsClosureSet Read(TextReader reader, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        CheckYears(firstYear, lastYear);
        string text = reader.ReadToEnd();
        return IcsReader.Read(text, firstYear, lastYear);
    }

    /// <summary>Reads closures from iCalendar data in a stream, to its end.</summary>
    /// <param name="stream">The stream, UTF-8 (a byte-order mark selects another Unicode encoding); it is read to the end and not disposed.</param>
    /// <param name="firstYear">The first year of the range, <see cref="HolidayCalendar.MinSupportedYear"/>–<see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <param name="lastYear">The last year of the range (included), from <paramref name="firstYear"/> to <see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <returns>The closures, as for <see cref="Parse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="IcsFormatException">The data is not valid iCalendar data or reading it would go over a limit (see <see cref="Parse"/>).</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static IcsClosureSet Read(Stream stream, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        CheckYears(firstYear, lastYear);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        string text = reader.ReadToEnd();
        return IcsReader.Read(text, firstYear, lastYear);
    }

    private static void CheckYears(int firstYear, int lastYear)
    {
        if (firstYear < HolidayCalendar.MinSupportedYear || firstYear > HolidayCalendar.MaxSupportedYear)
        {
            Preconditions.ThrowOutOfRange(nameof(firstYear), firstYear, Preconditions.Format(
                "The first year of the range must be between {0} and {1}, was {2}.", HolidayCalendar.MinSupportedYear, HolidayCalendar.MaxSupportedYear, firstYear));
        }

        if (lastYear < firstYear || lastYear > HolidayCalendar.MaxSupportedYear)
        {
            Preconditions.ThrowOutOfRange(nameof(lastYear), lastYear, Preconditions.Format(
                "The last year of the range must be between the first year {0} and {1}, was {2}.", firstYear, HolidayCalendar.MaxSupportedYear, lastYear));
        }
    }
}
