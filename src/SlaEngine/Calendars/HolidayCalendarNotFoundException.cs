using System.Collections.Generic;

namespace SlaEngine.Calendars;

/// <summary>No built-in holiday calendar has the requested id.</summary>
public sealed class HolidayCalendarNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance of the <see cref="HolidayCalendarNotFoundException"/> class.</summary>
    /// <param name="id">The id that was asked for.</param>
    /// <param name="message">One sentence saying what is wrong.</param>
    public HolidayCalendarNotFoundException(string id, string message)
        : base(message)
    {
        Id = id;
    }

    /// <summary>Gets the id that was asked for.</summary>
    public string Id { get; }
}
