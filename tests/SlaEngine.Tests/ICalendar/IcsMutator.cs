using System.Text.RegularExpressions;
using SlaEngine.Tests.TestSupport;

namespace SlaEngine.Tests.ICalendar;

/// <summary>
/// Damages valid iCalendar documents the way a fuzzer does: drops, repeats and swaps lines, replaces numbers with
/// extreme ones, inserts hostile properties and characters, folds and cuts.
/// </summary>
internal static class IcsMutator
{
    private static readonly string[] s_documents =
    {
        Ics.Calendar("""
            BEGIN:VEVENT
            UID:xmas
            SUMMARY:Christmas
            DTSTART;VALUE=DATE:20251224
            DTEND;VALUE=DATE:20251227
            RRULE:FREQ=YEARLY
            EXDATE;VALUE=DATE:20271224
            END:VEVENT
            """),
        Ics.Calendar("""
            BEGIN:VEVENT
            UID:fri
            DTSTART;TZID=Europe/Berlin:20260306T140000
            DTEND;TZID=Europe/Berlin:20260306T170000
            RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=5
            EXDATE;TZID=Europe/Berlin:20260313T140000
            END:VEVENT
            """),
        Ics.Calendar(Ics.NewYorkTimeZone, """
            BEGIN:VEVENT
            UID:ny
            DTSTART;TZID=America/New_York:20260310T090000
            DTEND;TZID=America/New_York:20260310T110000
            RDATE;TZID=America/New_York:20260311T090000,20260312T090000
            END:VEVENT
            """),
        Ics.Calendar(
            """
            BEGIN:VEVENT
            UID:r
            DTSTART:20260101T100000Z
            DURATION:PT1H
            RRULE:FREQ=DAILY;COUNT=30
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:r
            RECURRENCE-ID:20260105T100000Z
            DTSTART:20260105T120000Z
            DURATION:PT1H
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            SUMMARY:No UID
            DTSTART;VALUE=DATE:20260310
            STATUS:CANCELLED
            END:VEVENT
            """),
    };

    private static readonly string[] s_lines =
    {
        "RRULE:FREQ=SECONDLY", "RRULE:FREQ=DAILY", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=-1", "RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=SU",
        "RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30", "RRULE:FREQ=YEARLY;INTERVAL=2147483647", "RRULE:FREQ=DAILY;COUNT=2147483647",
        "RRULE:FREQ=HOURLY;COUNT=30", "RRULE:FREQ=HOURLY;BYHOUR=1,1,1;BYMINUTE=0,0", "RRULE:FREQ=YEARLY;UNTIL=99991231T235959Z", "RRULE:FREQ=WEEKLY;UNTIL=00010101",
        "EXRULE:FREQ=SECONDLY", "EXRULE:FREQ=DAILY;BYDAY=SA,SU", "RRULE:FREQ=DAILY;BYDAY=1MO,-1FR", "RRULE:FREQ", "RRULE:FREQ=DAILY;BYMONTH=13",
        "DTEND:20260101T000000Z", "DTEND;VALUE=DATE:20251231", "DTEND:99991231T235959", "DTEND;VALUE=DATE:00010101",
        "DURATION:-P1D", "DURATION:P0D", "DURATION:P99999999W", "DURATION:PT2147483647S", "DURATION:PT1H",
        "DTSTART:20000101T000000Z", "DTSTART;VALUE=DATE:99991231", "DTSTART;VALUE=DATE:00010101", "DTSTART;TZID=Europe/Berlin:00010101T000000",
        "DTSTART;TZID=Bogus/Zone:20260101T000000", "DTSTART:20260230T100000", "DTSTART;VALUE=PERIOD:20260101T000000Z/PT1H",
        "RDATE:20260311T100000Z,20260312", "RDATE;VALUE=DATE:20260101,99991231,00010101", "RDATE;VALUE=PERIOD:20260311T100000Z/20260311T090000Z",
        "RDATE;TZID=Bogus/Zone:20260311T100000", "EXDATE;TZID=Europe/Berlin:20260311T100000", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260311T100000Z",
        "STATUS:CANCELLED", "UID:", "UID:same", "SUMMARY:", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VALARM", "END:VALARM", "BEGIN:VCALENDAR",
        "END:VCALENDAR", "BEGIN:", "X-FOO;A=\"b:c\";D=e,f:g", ":", ";:", "DTSTART", "RDATE;ENCODING=BASE64:MjAyNjAxMDE=",
    };

    private static readonly string[] s_numbers = { "0", "1", "-1", "9999", "99999999", "2147483647", "2147483648", "00000000", "20260229", "366", "60" };

    private const string Characters = ":;,=\"\\ \t/-+ZTPWDHMS09é\u0001";

    /// <summary>One of the documents with one to five kinds of damage.</summary>
    public static string Mutate(Random random)
    {
        var lines = s_documents[random.Next(s_documents.Length)].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        for (int round = 1 + random.Next(5); round > 0 && lines.Count > 0; round--)
        {
            int i = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0:
                case 1:
                case 2:
                    Fuzzing.MutateLines(random, lines, i);
                    break;
                case 3:
                case 4:
                    lines.Insert(Math.Max(1, i), s_lines[random.Next(s_lines.Length)]);
                    break;
                case 5:
                    MatchCollection numbers = Regex.Matches(lines[i], "[0-9]+");
                    if (numbers.Count > 0)
                    {
                        Match number = numbers[random.Next(numbers.Count)];
                        lines[i] = lines[i][..number.Index] + s_numbers[random.Next(s_numbers.Length)] + lines[i][(number.Index + number.Length)..];
                    }

                    break;
                case 6:
                    int at = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i].Insert(at, Characters[random.Next(Characters.Length)].ToString());
                    break;
                case 7:
                    lines[i] = " " + lines[i];
                    break;
                default:
                    lines.RemoveRange(i, lines.Count - i);
                    break;
            }
        }

        return string.Join("\r\n", lines) + "\r\n";
    }
}
