using Xunit;

namespace SlaEngine.Tests.Samples;

/// <summary>The main job (README command 1) runs and prints what the policies say.</summary>
public sealed class QuickstartTests
{
    [Fact]
    public void Report_PrintsFederalHolidaysAndSupportClosures()
    {
        var output = new StringWriter();
        Quickstart.QuickstartReport.Write(output);
        string text = output.ToString();

        // Hand-checked lines: Independence Day 2026 falls on a Saturday; New Year's Day 2028 on a Saturday.
        Assert.Contains("Fri 2026-07-03  Independence Day  (falls on Sat 2026-07-04)", text, StringComparison.Ordinal);
        Assert.Contains("Fri 2027-12-31  New Year's Day  (falls on Sat 2028-01-01)", text, StringComparison.Ordinal);
        Assert.Contains("Fri 2026-11-27  Day after Thanksgiving", text, StringComparison.Ordinal);
        Assert.Contains("Thu 2027-12-23  Business day before Christmas", text, StringComparison.Ordinal);

        // December 2026 has 23 weekdays; the federal calendar closes the 25th, support also the 24th and 28th-31st.
        Assert.Contains("Support business days in December 2026: 17 (federal calendar: 22).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PrintsDueTimesAndTheTicketClock()
    {
        var output = new StringWriter();
        Quickstart.QuickstartReport.Write(output);
        string[] lines = output.ToString().Split('\n');

        // Policy 001 Startup, 24 business hours from Wed 2026-12-23 10:00 Pacific: 7 h that day; closed 24 Dec to 1 Jan
        // (the closure calendar); Mon 4 Jan 8 h, Tue 5 Jan 8 h, Wed 6 Jan 1 h → Wed 01-06 10:00.
        int startup = Array.FindIndex(lines, l => l.StartsWith("Policy 001 Startup", StringComparison.Ordinal));
        string december = Array.Find(lines[startup..], l => l.Contains("Wed 2026-12-23 10:00", StringComparison.Ordinal))!;
        Assert.Contains("first response  Wed 01-06 10:00  Wed 01-06 10:00  Wed 01-06 10:00  Wed 01-06 10:00", december, StringComparison.Ordinal);

        // Policy 000 Enterprise, Sun 2027-03-14 10:00 EDT (clocks sprang forward at 02:00): P1 is one wall-clock hour, 11:00;
        // P2 4 business hours from Monday 09:00, 13:00; P3 8 h, Monday 17:00; P4 24 h, three days, Wednesday 17:00.
        int enterprise = Array.FindIndex(lines, l => l.StartsWith("Policy 000 Enterprise", StringComparison.Ordinal));
        string dstSunday = Array.Find(lines[enterprise..], l => l.Contains("Sun 2027-03-14 10:00", StringComparison.Ordinal))!;
        Assert.Contains("first response  Sun 03-14 11:00  Mon 03-15 13:00  Mon 03-15 17:00  Wed 03-17 17:00", dstSunday, StringComparison.Ordinal);

        // The ticket clock: P2's one business day from Fri 14:00 is an 8 h budget; 1 h Fri, Pending to Mon 11:00, 6 h Mon,
        // solved Tue 09:30 after 0.5 h: 7.5 of 8 h = 93.75 %, due Tue 10:00, met.
        Assert.Contains(lines, l => l.Contains("Tue 11-24 09:30  P2  due Tue 11-24 10:00  used 7:30 of 8:00 business hours (93.75 %)  met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("warnings: 50 % Mon 11-23 14:00, 75 % Mon 11-23 16:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_NamesEachOfficesNationalCalendarAndUsesIt()
    {
        var output = new StringWriter();
        Quickstart.QuickstartReport.Write(output);
        string[] lines = output.ToString().Split('\n');

        // The offices' countries, and the years the classification gives them: every one is rule-based (fixed dates,
        // Easter, n-th weekdays, substitute rules), so 1990–2199 at least; the US federal calendar from 1971 (the Uniform
        // Monday Holiday Act's first year).
        Assert.Contains(lines, l => l.StartsWith("  002 India (Mumbai)", StringComparison.Ordinal) && l.Contains("IN ", StringComparison.Ordinal) && l.Contains("1990–2199  RuleBased", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  003 San Francisco", StringComparison.Ordinal) && l.Contains("US-FEDERAL", StringComparison.Ordinal) && l.Contains("1971–2199  RuleBased", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  003 London", StringComparison.Ordinal) && l.Contains("GB ", StringComparison.Ordinal) && l.Contains("1990–2199  RuleBased", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  003 Tokyo", StringComparison.Ordinal) && l.Contains("JP ", StringComparison.Ordinal) && l.Contains("1990–2199  RuleBased", StringComparison.Ordinal));

        // Policy 003, times in America/Los_Angeles (PST = UTC-8 in November and December 2026).
        // Fri 2026-11-20 16:30 PST = Sat 00:30Z. Urgent and High first responses are 1 and 4 wall-clock hours: Fri 17:30, 20:30.
        // Normal 8 business h: 30 min to SF's close; Mon 11-23 is Labour Thanksgiving Day in Japan, so Tokyo's Monday (Sun
        // 23:00Z – Mon 08:00Z) is closed and London opens 08:00Z = 00:00 PST: + 7.5 h = 07:30 PST. Low 24 h: then continuous
        // from London's opening, + 23.5 h = Tue 07:30Z = Mon 23:30 PST.
        int policy003 = Array.FindIndex(lines, l => l.StartsWith("Policy 003", StringComparison.Ordinal));
        int friday = Array.FindIndex(lines, policy003, l => l.Contains("Fri 2026-11-20 16:30", StringComparison.Ordinal));
        Assert.Contains("first response  Fri 11-20 17:30  Fri 11-20 20:30  Mon 11-23 07:30  Mon 11-23 23:30", lines[friday], StringComparison.Ordinal);

        // Resolution from Wed 2026-12-23 10:00 PST = 18:00Z. Coverage is continuous (SF, then Tokyo, London, SF, and Tokyo on
        // Friday 25 December, no holiday in Japan) to Fri 08:00Z = 38 h. Urgent 24 h: Thu 18:00Z = Thu 10:00 PST. High 48 h:
        // Mon 12-28 Tokyo (Sun 23:00Z – 08:00Z) 9 h (47); London closed for Boxing Day's substitute; SF 16:00Z + 1 h = 09:00 PST.
        // Normal 120 h: from SF's Monday opening continuous to Fri 2027-01-01 01:00Z (New Year's Day closes all three):
        // 73 h more = Thu 12-31 17:00Z = 09:00 PST. Low 240 h: 47 + 81 = 128 h by Fri 01:00Z; Mon 2027-01-04 Tokyo = Sun
        // 23:00Z, continuous, + 112 h = Fri 01-08 15:00Z = 07:00 PST.
        int december = Array.FindIndex(lines, policy003, l => l.Contains("Wed 2026-12-23 10:00", StringComparison.Ordinal));
        Assert.Contains("resolution      Thu 12-24 10:00  Mon 12-28 09:00  Thu 12-31 09:00  Fri 01-08 07:00", lines[december + 1], StringComparison.Ordinal);
    }
}
