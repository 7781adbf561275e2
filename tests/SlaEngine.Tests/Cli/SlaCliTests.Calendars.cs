using System.Text.Json;
using SlaEngine.Calendars;
using SlaEngine.Tests.Calendars.World;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Fact]
    public void Calendars_Json_ListsEveryBuiltInCalendarWithItsDescription()
    {
        CliRun run = CliRun.Of("calendars", "--json");
        AssertSucceeds(run);

        using JsonDocument json = run.Json();
        JsonElement[] calendars = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(HolidayCalendars.Ids, calendars.Select(c => c.GetProperty("id").GetString()));
        foreach (string country in WorldCalendarTests.Countries)
        {
            Assert.Contains(country, calendars.Select(c => c.GetProperty("id").GetString()));
        }

        JsonElement israel = calendars.Single(c => c.GetProperty("id").GetString() == "IL");
        Assert.Equal("IL", israel.GetProperty("country").GetString());
        Assert.Equal(new[] { "Friday", "Saturday" }, israel.GetProperty("weekendDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Bounded", israel.GetProperty("class").GetString());
        JsonElement china = calendars.Single(c => c.GetProperty("id").GetString() == "CN");
        Assert.Equal("Announced", china.GetProperty("class").GetString());
        Assert.Equal(china.GetProperty("lastSupportedYear").GetInt32(), china.GetProperty("announcedThrough").GetInt32());
        JsonElement germany = calendars.Single(c => c.GetProperty("id").GetString() == "DE");
        Assert.Equal(JsonValueKind.Null, germany.GetProperty("announcedThrough").ValueKind);
        Assert.Equal(1990, germany.GetProperty("firstSupportedYear").GetInt32());
        Assert.Equal(2199, germany.GetProperty("lastSupportedYear").GetInt32());
    }

    [Fact]
    public void Calendars_Country_ListsTheNationalCalendarAndItsSubdivisions()
    {
        CliRun run = CliRun.Of("calendars", "--country", "de", "--json");
        AssertSucceeds(run);

        using JsonDocument json = run.Json();
        JsonElement[] calendars = json.RootElement.EnumerateArray().ToArray();
        string[] expected = new[] { "DE" }.Concat(SubdivisionCalendarTests.Subdivisions.Keys.Where(id => id.StartsWith("DE-", StringComparison.Ordinal))).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(17, expected.Length);
        Assert.Equal(expected, calendars.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, calendars[0].GetProperty("basedOn").ValueKind);
        Assert.All(calendars.Skip(1), c => Assert.Equal("DE", c.GetProperty("basedOn").GetString()));
        Assert.Equal("Bavaria", calendars.Single(c => c.GetProperty("id").GetString() == "DE-BY").GetProperty("name").GetString());
    }

    [Fact]
    public void Calendars_UnknownCountry_FailsListingTheCountries()
    {
        CliRun run = CliRun.Of("calendars", "--country", "XX");
        AssertFails(run, 1);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("--country must be the code of a country with built-in calendars (AR, AT, AU, ", line, StringComparison.Ordinal);
        Assert.EndsWith("was 'XX'.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_UnknownSubdivision_NamesItsCountrysCalendars()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "DE-BAY", "--year", "2027");
        AssertFails(run, 1);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("--calendar must be a built-in holiday calendar id (of DE: DE, DE-BB, DE-BE, DE-BW, DE-BY, ", line, StringComparison.Ordinal);
        Assert.Contains("'sla calendars' lists every one", line, StringComparison.Ordinal);
        Assert.DoesNotContain("GB-SCT", line, StringComparison.Ordinal);
        Assert.EndsWith("was \"DE-BAY\".", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendars_Table_HasARowPerCalendar()
    {
        CliRun run = CliRun.Of("calendars");
        AssertSucceeds(run);
        foreach (string id in HolidayCalendars.Ids)
        {
            Assert.Contains(run.OutLines, l => l.Contains(" " + id + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Holidays_EveryBuiltInCalendar_ListsItsFirstAndLastYears_AndExplainsTheRangeBeyond()
    {
        foreach (string id in HolidayCalendars.Ids)
        {
            HolidayCalendarInfo info = HolidayCalendars.Describe(id);
            foreach (int year in new[] { info.FirstSupportedYear, info.LastSupportedYear })
            {
                CliRun run = CliRun.Of("holidays", "--calendar", id, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
                AssertSucceeds(run);
                using JsonDocument json = run.Json();
                Assert.Equal(HolidayCalendars.Get(id).GetHolidays(year).Count, json.RootElement.GetProperty("holidays").GetArrayLength());
            }

            CliRun beyond = CliRun.Of("holidays", "--calendar", id, "--year", (info.LastSupportedYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            AssertFails(beyond, 1);
            string line = Assert.Single(beyond.ErrorLines);
            Assert.StartsWith("--year must be between " + info.FirstSupportedYear + " and " + info.LastSupportedYear, line, StringComparison.Ordinal);
            if (info.Class == HolidayCalendarClass.Announced)
            {
                Assert.Contains("published through " + info.AnnouncedThrough, line, StringComparison.Ordinal);
                Assert.Contains("\"basedOn\": \"" + id + "\"", line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Holidays_AnnouncedCalendarBeyondItsYears_TheHintItGivesWorks()
    {
        // The error names the way on: a document based on SG with a later last year and that year's dates. Singapore's
        // Chinese New Year 2027 falls on Saturday 6 and Sunday 7 February; the Sunday's day in lieu (Holidays Act s.4(2)) is
        // Monday 8 February.
        using var folder = new TempFolder();
        string path = folder.Write("sg-2027.json", """
            { "basedOn": "SG", "supportedYears": { "first": 2008, "last": 2027 },
              "rules": [ { "name": "Chinese New Year", "kind": "Dates", "dates": ["2027-02-06", "2027-02-07"], "observance": "SundayToNextNonHoliday" } ] }
            """);
        CliRun run = CliRun.Of("holidays", "--calendar", path, "--year", "2027", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        string[] dates = json.RootElement.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("date").GetString()!).ToArray();
        Assert.Contains("2027-02-08", dates);
        Assert.Contains("2027-08-09", dates);   // National Day, a fixed date of the built-in calendar, on a Monday
    }

    [Fact]
    public void Holidays_Japan2026_ShowsLocalNames()
    {
        CliRun run = CliRun.Of("holidays", "--calendar", "JP", "--year", "2026");
        AssertSucceeds(run);

        // 2026-09-22, between Respect for the Aged Day (21) and the Autumnal Equinox Day (23): the Citizens' Holiday, 国民の休日
        // (Cabinet Office list of national holidays for 2026).
        Assert.Contains(run.OutLines, l => l.Contains("2026-09-22", StringComparison.Ordinal) && l.Contains("国民の休日", StringComparison.Ordinal));
    }
}
