using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <summary>Wraps VEVENT text (and optional VTIMEZONE blocks) in a VCALENDAR, as the tests write their .ics data themselves.</summary>
internal static class Ics
{
    public const string NewYorkTimeZone = """
        BEGIN:VTIMEZONE
        TZID:America/New_York
        BEGIN:DAYLIGHT
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        DTSTART:20070311T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        DTSTART:20071104T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        TZNAME:EST
        END:STANDARD
        END:VTIMEZONE
        """;

    public static string Calendar(params string[] components)
        => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SlaEngine//Tests//EN\r\n"
            + string.Concat(components.Select(c => c.Replace("\r\n", "\n").Replace("\n", "\r\n").TrimEnd() + "\r\n"))
            + "END:VCALENDAR\r\n";

    /// <summary>
    /// Runs <paramref name="read"/> on the thread pool and fails the test when it has not finished within 30 seconds: a
    /// watchdog against hangs, far above what a bounded read needs, and no measure of speed.
    /// </summary>
    public static T Finishes<T>(Func<T> read)
    {
        Task<T> task = Task.Run(read);
        if (Task.WaitAny(new Task[] { task }, TimeSpan.FromSeconds(30)) < 0)
        {
            Assert.Fail("The read did not finish within 30 seconds.");
        }

        return task.GetAwaiter().GetResult();
    }
}
