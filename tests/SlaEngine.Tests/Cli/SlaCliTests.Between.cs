using System.Text.Json;
using NodaTime;
using Quickstart;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Fact]
    public void Between_FollowTheSunThanksgivingWeek_106HoursAndTheLibrarysDays()
    {
        // Hand-worked, in UTC (November: no DST anywhere): Tokyo 23:00 (the evening before) to 08:00, London 08:00-17:00, San
        // Francisco 16:00-01:00 cover Sunday 23:00 to Saturday 01:00 without a break, except that Monday 23 November is Labour
        // Thanksgiving Day in Japan (Tokyo's Monday, Sun 23:00 to Mon 08:00, is closed: Mon 00:00-08:00 uncovered) and San
        // Francisco's Thanksgiving shift (Thu 16:00 to Fri 01:00) is closed (Thursday 17:00 to 23:00 uncovered):
        // 120 - 8 - 6 = 106 hours in [Mon 00:00, Sat 00:00).
        CliRun run = CliRun.Of("between", "--calendar", CliFiles.Policy("003-follow-the-sun.json"),
            "--from", "2026-11-23T00:00Z", "--to", "2026-11-28T00:00:00Z", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        JsonElement root = json.RootElement;
        Assert.Equal("106:00:00", root.GetProperty("businessTime").GetString());
        Assert.Equal(106m * 3600m, root.GetProperty("businessSeconds").GetDecimal());
        Assert.Equal("2026-11-23", root.GetProperty("fromDate").GetString());
        Assert.Equal("2026-11-28", root.GetProperty("toDate").GetString());

        Duration library = SupportPolicies.FollowTheSun.BusinessTimeBetween(Instant.FromUtc(2026, 11, 23, 0, 0), Instant.FromUtc(2026, 11, 28, 0, 0));
        Assert.Equal(Duration.FromHours(106), library);
        int days = SupportPolicies.FollowTheSun.BusinessDaysBetween(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 28));
        Assert.Equal(days, root.GetProperty("businessDays").GetInt32());
    }

    [Fact]
    public void Between_Table_ShowsTimeAndDays()
    {
        CliRun run = CliRun.Of("between", "--calendar", CliFiles.Policy("003-follow-the-sun.json"),
            "--from", "2026-11-23T00:00Z", "--to", "2026-11-28T00:00Z");
        AssertSucceeds(run);
        Assert.Contains("106:00:00", run.Out, StringComparison.Ordinal);
        Assert.Contains("in [2026-11-23, 2026-11-28)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_ToBeforeFrom_IsNegative()
    {
        CliRun run = CliRun.Of("between", "--calendar", CliFiles.Policy("003-follow-the-sun.json"),
            "--from", "2026-11-28T00:00Z", "--to", "2026-11-23T00:00Z", "--json");
        AssertSucceeds(run);
        using JsonDocument json = run.Json();
        Assert.Equal("-106:00:00", json.RootElement.GetProperty("businessTime").GetString());
        Assert.True(json.RootElement.GetProperty("businessDays").GetInt32() < 0);
    }

    [Fact]
    public void Between_BadFrom_Exits1()
    {
        CliRun run = CliRun.Of("between", "--calendar", CliFiles.Policy("003-follow-the-sun.json"), "--from", "Monday", "--to", "2026-11-28T00:00Z");
        AssertFails(run, 1);
        Assert.StartsWith("--from must be an ISO-8601 date and time with an offset", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Between_MissingCalendar_Exits2()
    {
        CliRun run = CliRun.Of("between", "--calendar", "nowhere.json", "--from", "2026-11-23T00:00Z", "--to", "2026-11-28T00:00Z");
        AssertFails(run, 2);
        Assert.Equal("The business calendar file 'nowhere.json' does not exist.", Assert.Single(run.ErrorLines));
    }
}
