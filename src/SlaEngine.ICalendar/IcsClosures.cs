using System;
using System.IO;
using System.Text;
using Ical.Net;
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
/// without DTEND or DURATION lasts no time (RFC 5545) and closes nothing; an all-day event without DTEND, or with a
/// DTEND not after its DTSTART, closes its one date. VTODO, VJOURNAL and VFREEBUSY components are ignored.
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
/// as are the dates of all-day events.
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
    /// <exception cref="IcsFormatException">The text is not valid iCalendar data, an event has no valid DTSTART, a TZID is unknown, or the data expands to more than <see cref="MaxClosures"/> closures or closes more than <see cref="MaxClosedDates"/> dates.</exception>
    public static IcsClosureSet Parse(string ics, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(ics, nameof(ics));
        CheckYears(firstYear, lastYear);
        return IcsReader.Read(() => Calendar.Load(ics), firstYear, lastYear);
    }

    /// <summary>Reads closures from iCalendar text in a reader, to its end.</summary>
    /// <param name="reader">The reader; it is read to the end and not disposed.</param>
    /// <param name="firstYear">The first year of the range, <see cref="HolidayCalendar.MinSupportedYear"/>–<see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <param name="lastYear">The last year of the range (included), from <paramref name="firstYear"/> to <see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <returns>The closures, as for <see cref="Parse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="IcsFormatException">The text is not valid iCalendar data (see <see cref="Parse"/>).</exception>
    /// <exception cref="IOException">The reader failed.</exception>
    public static IcsClosureSet Read(TextReader reader, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        CheckYears(firstYear, lastYear);
        string text = reader.ReadToEnd();
        return IcsReader.Read(() => Calendar.Load(text), firstYear, lastYear);
    }

    /// <summary>Reads closures from iCalendar data in a stream, to its end.</summary>
    /// <param name="stream">The stream, UTF-8 (a byte-order mark selects another Unicode encoding); it is read to the end and not disposed.</param>
    /// <param name="firstYear">The first year of the range, <see cref="HolidayCalendar.MinSupportedYear"/>–<see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <param name="lastYear">The last year of the range (included), from <paramref name="firstYear"/> to <see cref="HolidayCalendar.MaxSupportedYear"/>.</param>
    /// <returns>The closures, as for <see cref="Parse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    /// <exception cref="IcsFormatException">The data is not valid iCalendar data (see <see cref="Parse"/>).</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static IcsClosureSet Read(Stream stream, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        CheckYears(firstYear, lastYear);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        string text = reader.ReadToEnd();
        return IcsReader.Read(() => Calendar.Load(text), firstYear, lastYear);
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
