using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.ICalendar;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.ICalendar;

/// <summary>
/// The fuzz suite of the iCalendar reader: <see cref="Inputs"/> mutations of valid .ics files (property values replaced by
/// near-miss dates, times, durations and recurrence rules, lines dropped, repeated and swapped, characters damaged), plus the
/// reproducers an outside review found (unbounded expansions), each read by <see cref="IcsClosures.Parse"/> for a few years.
/// Every input either reads, and then its closures lie in the range and become a holiday calendar and overrides, or fails
/// with an <see cref="IcsFormatException"/>. Nothing hangs.
/// </summary>
public sealed partial class IcsClosuresTests
{
    /// <summary>Inputs per run.</summary>
    public const int Inputs = 10_000;

    private static readonly string[] s_seeds =
    [
        Ics.Calendar("BEGIN:VEVENT\nUID:a\nSUMMARY:Company day\nDTSTART;VALUE=DATE:20260814\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:xmas\nSUMMARY:Christmas shutdown\nDTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261227\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:xmas-yearly\nSUMMARY:Christmas\nDTSTART;VALUE=DATE:20251224\nDTEND;VALUE=DATE:20251227\nRRULE:FREQ=YEARLY\nEXDATE;VALUE=DATE:20271224\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:maint\nSUMMARY:Maintenance\nDTSTART:20260310T220000Z\nDTEND:20260311T020000Z\nEND:VEVENT"),
        Ics.Calendar(Ics.NewYorkTimeZone, "BEGIN:VEVENT\nUID:ny\nSUMMARY:Town hall\nDTSTART;TZID=America/New_York:20260308T013000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;COUNT=5;BYDAY=SU\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:floating\nSUMMARY:Training\nDTSTART:20260601T090000\nDTEND:20260601T120000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20261231T000000Z\nEXDATE:20260801T090000\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:rdate\nSUMMARY:Closed\nDTSTART;VALUE=DATE:20260102\nRDATE;VALUE=DATE:20260403,20260526,20261126\nEND:VEVENT", "BEGIN:VEVENT\nUID:gone\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20260105\nEND:VEVENT"),
        Ics.Calendar("BEGIN:VEVENT\nUID:nye\nSUMMARY:Year end\nDTSTART;VALUE=DATE:20261230\nDTEND;VALUE=DATE:20270103\nEND:VEVENT", "BEGIN:VTODO\nUID:t\nSUMMARY:ignored\nEND:VTODO"),
    ];

    private static readonly string[] s_values =
    [
        "20260230", "20261301", "20260101", "00010101", "99991231", "19000101", "20261224T250000", "20261224T235960", "20261224T120000Z",
        "20261224T120000+0100", "2026-12-24", "", " ", "PT0S", "-P1D", "P999999D", "PT1H", "P1W", "PT-1H", "P", "FREQ=SECONDLY",
        "FREQ=MINUTELY", "FREQ=HOURLY;INTERVAL=0", "FREQ=DAILY;COUNT=-1", "FREQ=DAILY;COUNT=1000000", "FREQ=YEARLY;BYMONTH=13",
        "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;UNTIL=20000101",
        "FREQ=DAILY;UNTIL=99991231T235959Z", "FREQ=YEARLY;BYSETPOS=400", "FREQ=NEVER", "CANCELLED", "TENTATIVE", "Mars/Olympus_Mons",
        "America/New_York", "Europe/Berlin", "W. Europe Standard Time", "\uD800", "\0", "日本", new string('x', 500),
    ];

    private static readonly string[] s_lines =
    [
        "RRULE:FREQ=DAILY", "RRULE:FREQ=SECONDLY", "RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30", "EXDATE;VALUE=DATE:20260814",
        "RDATE;VALUE=DATE:20260815,20260816", "DURATION:P2D", "DTEND;VALUE=DATE:20260101", "DTEND:20260101T000000Z", "STATUS:CANCELLED",
        "DTSTART;TZID=Nowhere/City:20260101T090000", "BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "BEGIN:VALARM", " folded-continuation",
        "X-CUSTOM;PARAM=\"a:b\":value", "RECURRENCE-ID;VALUE=DATE:20261224", "TRANSP:TRANSPARENT",
    ];

    [Fact]
    public void Fuzz_Parse_ReadsOrThrowsIcsFormatException()
    {
        int count = Fuzzing.Run("IcsClosures", Inputs, Generate, Check, s_seeds.Select(s => "2026|" + s).Concat(Reproducers()));
        Assert.True(count >= Inputs);
    }

    /// <summary>The expansions an outside review found unbounded (58 s, 1.4 GB, never finishing), as "first|last|ics" inputs.</summary>
    private static IEnumerable<string> Reproducers()
    {
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:s\nDTSTART:20260101T000000Z\nRRULE:FREQ=SECONDLY\nEND:VEVENT");
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:m\nDTSTART:20260101T000000Z\nDTEND:20260101T000030Z\nRRULE:FREQ=MINUTELY\nEND:VEVENT");
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:f\nDTSTART:20260101T000000Z\nDTEND:20260101T000100Z\nRRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT");
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:old\nDTSTART:20000101T000000Z\nDTEND:20000101T000001Z\nRRULE:FREQ=SECONDLY\nEND:VEVENT");
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:back\nDTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260309\nEND:VEVENT");
        yield return "2026|" + Ics.Calendar("BEGIN:VEVENT\nUID:odd\nSUMMARY:\uD800\nDTSTART;VALUE=DATE:20260310\nEND:VEVENT");

        // Quadratic before: an RDATE of 10,000 dates, and one all-day event of 20,000 days applied to a calendar.
        string dates = string.Join(",", Enumerable.Range(0, 10_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d).ToString("uuuuMMdd", System.Globalization.CultureInfo.InvariantCulture)));
        yield return "2000|2030|" + Ics.Calendar("BEGIN:VEVENT\nUID:many\nDTSTART;VALUE=DATE:19991231\nRDATE;VALUE=DATE:" + dates + "\nEND:VEVENT");
        yield return "2000|2030|" + Ics.Calendar("BEGIN:VEVENT\nUID:long\nDTSTART;VALUE=DATE:20000101\nDTEND;VALUE=DATE:20541003\nEND:VEVENT");
    }

    private static string Generate(Random random)
    {
        // Half the inputs come from this file's seeds and changes, half from IcsMutator's (extreme numbers, hostile lines, folds).
        string text = random.OneIn(2) ? IcsMutator.Mutate(random) : random.Pick(s_seeds);
        int changes = 1 + random.Next(3);
        for (int c = 0; c < changes; c++)
        {
            List<string> lines = [.. text.Split("\r\n")];
            int at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                case 1:
                {
                    // Replace a property's value (after the first colon), or a part of a recurrence rule.
                    int colon = lines[at].IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        lines[at] = lines[at][..(colon + 1)] + random.Pick(s_values);
                    }

                    break;
                }

                case 2:
                    lines.Insert(at, random.Pick(s_lines));
                    break;
                case 3:
                case 4:
                case 5:
                    Fuzzing.MutateLines(random, lines, at);
                    break;
                default:
                    text = Fuzzing.MutateText(random, string.Join("\r\n", lines));
                    continue;
            }

            text = string.Join("\r\n", lines);
        }

        // The year range: mostly the seeds' years, sometimes a wider one.
        int first = random.Next(10) switch
        {
            0 => 1,
            1 => 2000,
            _ => 2025 + random.Next(3),
        };
        int last = first == 1 ? (random.OneIn(2) ? 3 : 9900) : first + (random.OneIn(4) ? random.Next(30) : random.Next(2));
        return first.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + (last == first ? string.Empty : last.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "|" + text;
    }

    private static string? Check(string input)
    {
        string[] parts = input.Split('|', 3);
        int first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int last = parts.Length == 3 && parts[1].Length > 0 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : first;
        string ics = parts.Length == 3 ? parts[2] : parts[1];
        IcsClosureSet set;
        try
        {
            set = IcsClosures.Parse(ics, first, last);
        }
        catch (IcsFormatException e)
        {
            return e.Message.Length > 0 ? null : "an IcsFormatException without a message";
        }

        var rangeStart = new LocalDate(first, 1, 1).AtMidnight();
        var rangeEnd = new LocalDate(last, 12, 31).PlusDays(1).AtMidnight();
        foreach (IcsClosure closure in set.Closures)
        {
            if (closure.End <= closure.Start || closure.End <= rangeStart || closure.Start >= rangeEnd || (closure.IsAllDay && (closure.Start < rangeStart || closure.End > rangeEnd)))
            {
                return "a closure outside the range or empty: " + closure;
            }
        }

        if (set.Closures.Count > IcsClosures.MaxClosures)
        {
            return "more than MaxClosures closures";
        }

        // Whole days become a calendar; all closures become overrides of a New York calendar of the same years (a few of them).
        HolidayCalendar holidays = set.ToHolidayCalendar();
        _ = holidays.Rules.Count;
        if (last - first < 5)
        {
            ScheduledBusinessCalendar calendar = BusinessCalendar.Create(WeeklySchedule.Create().Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), DateTimeZoneProviders.Tzdb["America/New_York"]);
            _ = set.ToOverrides(calendar).Count;
        }

        return null;
    }
}
