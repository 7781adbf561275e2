using System.Text.Json;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Fact]
    public void Holidays_UsFederal2027Json_MatchesReferenceData()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2027", "--json");
        AssertSucceeds(run);

        // data/us-federal-holidays.csv: year,name,actual_date,observed_date; the observed dates in 2027 include
        // New Year's Day 2028 (Saturday), observed Friday 2027-12-31.
        string[] expected = ReferenceData.ReadCsv("us-federal-holidays.csv")
            .Where(row => row[3].StartsWith("2027-", StringComparison.Ordinal))
            .Select(row => $"{row[3]} {row[1]} {row[2]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        using JsonDocument json = run.Json();
        Assert.Equal("US-FEDERAL", json.RootElement.GetProperty("calendar").GetString());
        Assert.Equal(2027, json.RootElement.GetProperty("year").GetInt32());
        string[] actual = json.RootElement.GetProperty("holidays").EnumerateArray()
            .Select(h => $"{h.GetProperty("date").GetString()} {h.GetProperty("name").GetString()} {h.GetProperty("actualDate").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(12, expected.Length);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Holidays_UsFederal2027Json_WeekdayAndObservedFlag()
    {
        using JsonDocument json = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2027", "--json").Json();
        JsonElement juneteenth = json.RootElement.GetProperty("holidays").EnumerateArray()
            .Single(h => h.GetProperty("name").GetString() == "Juneteenth National Independence Day");
        Assert.Equal("2027-06-18", juneteenth.GetProperty("date").GetString());
        Assert.Equal("Friday", juneteenth.GetProperty("weekday").GetString());
        Assert.Equal("2027-06-19", juneteenth.GetProperty("actualDate").GetString());
        Assert.True(juneteenth.GetProperty("isObservedOnAnotherDay").GetBoolean());
        JsonElement labor = json.RootElement.GetProperty("holidays").EnumerateArray().Single(h => h.GetProperty("name").GetString() == "Labor Day");
        Assert.False(labor.GetProperty("isObservedOnAnotherDay").GetBoolean());
    }

    [Fact]
    public void Holidays_Json_WritesEachHolidayInTheLibrarysShape()
    {
        using JsonDocument json = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2027", "--json").Json();

        JsonElement juneteenth = json.RootElement.GetProperty("holidays").EnumerateArray()
            .Single(h => h.GetProperty("name").GetString() == "Juneteenth National Independence Day");
        Assert.Equal(
            """{"name":"Juneteenth National Independence Day","date":"2027-06-18","weekday":"Friday","actualDate":"2027-06-19","isObservedOnAnotherDay":true}""",
            JsonSerializer.Serialize(juneteenth));
        Assert.Equal(
            HolidayCalendars.UsFederal.GetHolidays(2027),
            JsonSerializer.Deserialize<List<Holiday>>(json.RootElement.GetProperty("holidays").GetRawText(), SlaJsonConverters.AddTo(new JsonSerializerOptions())));
    }

    [Fact]
    public void Holidays_UsFederal2027Table_ShowsObservedFridaysWithTheirActualSaturdays()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2027");
        AssertSucceeds(run);
        Assert.Contains("Holidays of US-FEDERAL observed in 2027: 12", run.Out, StringComparison.Ordinal);

        // Hand-worked: Juneteenth and Christmas 2027 fall on Saturdays, observed the Fridays before; July 4 is a Sunday.
        AssertRow(run, "2027-06-18", "Friday", "Juneteenth National Independence Day", "2027-06-19 Saturday");
        AssertRow(run, "2027-12-24", "Friday", "Christmas Day", "2027-12-25 Saturday");
        AssertRow(run, "2027-07-05", "Monday", "Independence Day", "2027-07-04 Sunday");
        AssertRow(run, "2027-12-31", "Friday", "New Year's Day", "2028-01-01 Saturday");
        string labor = Assert.Single(run.OutLines, l => l.Contains("Labor Day", StringComparison.Ordinal));
        Assert.Contains("2027-09-06", labor, StringComparison.Ordinal);
        Assert.DoesNotContain("Saturday", labor, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_IdInAnyCase_UsesTheBuiltInCalendar()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "us-federal-closures", "--year", "2019", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        Assert.Equal("US-FEDERAL-CLOSURES", json.RootElement.GetProperty("calendar").GetString());
    }

    [Fact]
    public void Holidays_CalendarFile_ListsTheDocumentsClosures()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", CliFiles.Policy("001-closures.json"), "--year", "2026", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        string[] dates = json.RootElement.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("date").GetString()!).ToArray();

        // Policy 001 closes the day after Thanksgiving (Friday 2026-11-27) besides the federal holidays.
        Assert.Contains("2026-11-26", dates);
        Assert.Contains("2026-11-27", dates);
        Assert.Contains("2026-12-25", dates);
    }

    [Fact]
    public void Holidays_UnknownId_ListsTheIdsAndExits1()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "UK-BANK", "--year", "2027");
        AssertFails(run, 1);
        string line = Assert.Single(run.ErrorLines);
        Assert.Contains("US-FEDERAL, US-FEDERAL-CLOSURES", line, StringComparison.Ordinal);
        Assert.Contains("\"UK-BANK\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_MissingFile_Exits2()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "no/such/calendar.json", "--year", "2027");
        AssertFails(run, 2);
        Assert.Equal("The holiday calendar file 'no/such/calendar.json' does not exist.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Holidays_YearOutsideTheCalendar_Exits1()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "US-FEDERAL", "--year", "2300");
        AssertFails(run, 1);
        Assert.StartsWith("--year must be between 1971 and 2199", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static void AssertRow(CliRun run, params string[] cells)
    {
        string line = Assert.Single(run.OutLines, l => l.Contains(cells[0], StringComparison.Ordinal) && l.Contains(cells[2], StringComparison.Ordinal));
        int at = 0;
        foreach (string cell in cells)
        {
            int found = line.IndexOf(cell, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{cell}' not found in order in: {line}");
            at = found + cell.Length;
        }
    }
}
