using System;
using System.Linq;
using SlaEngine.Calendars;

namespace SlaEngine.Cli.Internal;

/// <summary>The built-in holiday calendar ids of one country: every id starts with its country's code ("DE", "DE-BY", "US-FEDERAL").</summary>
internal static class BuiltInIds
{
    /// <summary>Returns the ids of the country <paramref name="code"/> (any case), in <see cref="HolidayCalendars.Ids"/> order, without reading any calendar.</summary>
    public static string[] OfCountry(string code)
        => HolidayCalendars.Ids
            .Where(id => id.StartsWith(code, StringComparison.OrdinalIgnoreCase) && (id.Length == code.Length || id[code.Length] == '-'))
            .ToArray();
}
