using System;

namespace SlaEngine.ICalendar;

/// <summary>
/// The iCalendar (RFC 5545) data could not be turned into closures: it is not iCalendar text, a line or
/// property is malformed, an event has no usable start, a time zone id is unknown, or reading it would take more
/// work than a limit of <see cref="IcsClosures"/> allows.
/// </summary>
/// <remarks>
/// The message is one sentence that says what is wrong and shows the offending value (or names the limit, with a way
/// to stay within it); <see cref="EventUid"/> names the event when the problem belongs to one. When the underlying
/// parser (Ical.Net) rejected the data, whatever it threw is the <see cref="Exception.InnerException"/>.
/// </remarks>
public sealed class IcsFormatException : FormatException
{
    /// <summary>Initializes a new instance with a message and, optionally, the event it concerns and the parser's exception.</summary>
    /// <param name="message">The message: one sentence ending with a period.</param>
    /// <param name="eventUid">The UID of the event at fault, or <see langword="null"/> when the problem is not one event's (or the event has no UID).</param>
    /// <param name="innerException">The parser's exception, or <see langword="null"/>.</param>
    public IcsFormatException(string message, string? eventUid = null, Exception? innerException = null)
        : base(message, innerException)
    {
        EventUid = eventUid;
    }

    /// <summary>Gets the UID of the event at fault, or <see langword="null"/> when the problem is not one event's or the event has no UID.</summary>
    public string? EventUid { get; }
}
