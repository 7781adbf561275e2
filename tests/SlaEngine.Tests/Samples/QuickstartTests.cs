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
}
