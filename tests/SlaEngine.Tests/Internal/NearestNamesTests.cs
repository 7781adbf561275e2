using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Internal;
using Xunit;

namespace SlaEngine.Tests.Internal;

/// <summary>Suggestions for misspelled names, on the library's own lists of names.</summary>
public sealed class NearestNamesTests
{
    private static readonly string[] s_holidays =
    [
        "New Year's Day", "Birthday of Martin Luther King, Jr.", "Washington's Birthday", "Memorial Day",
        "Juneteenth National Independence Day", "Independence Day", "Labor Day", "Columbus Day", "Veterans Day",
        "Veterans Day", "Thanksgiving Day", "Christmas Day", "Christmas Eve (executive order)", "Day after Christmas (executive order)",
    ];

    private static readonly string[] s_weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] s_priorities = ["Urgent", "High", "Normal", "Low"];

    private static readonly string[] s_metrics = ["firstResponse", "resolution"];

    private static readonly string[] s_ruleKinds = Enum.GetNames<HolidayRuleKind>().Where(name => name != nameof(HolidayRuleKind.None)).ToArray();

    private static readonly string[] s_zones = DateTimeZoneProviders.Tzdb.Ids.ToArray();

    private static string[] List(string name) => name switch
    {
        "holidays" => s_holidays,
        "weekdays" => s_weekdays,
        "priorities" => s_priorities,
        "metrics" => s_metrics,
        "ruleKinds" => s_ruleKinds,
        "zones" => s_zones,
        _ => throw new ArgumentException(name, nameof(name)),
    };

    [Theory]
    [InlineData("Thanksgiving", "holidays", "Thanksgiving Day")]         // the start of the name
    [InlineData("christmas", "holidays", "Christmas Day")]
    [InlineData("Labour Day", "holidays", "Labor Day")]                  // one deletion
    [InlineData("Veterans day", "holidays", "Veterans Day")]             // listed twice, suggested once
    [InlineData("America/NewYork", "zones", "America/New_York")]         // a separator missing
    [InlineData("america/new_york", "zones", "America/New_York")]        // case
    [InlineData("Europe/Londn", "zones", "Europe/London")]               // one insertion
    [InlineData("Pacific/Aukland", "zones", "Pacific/Auckland")]
    [InlineData("Berlin", "zones", "Europe/Berlin")]                     // the end of the name
    [InlineData("utc", "zones", "UTC")]
    [InlineData("hgh", "priorities", "High")]
    [InlineData("Nromal", "priorities", "Normal")]                       // two neighbours swapped: one edit
    [InlineData("first_response", "metrics", "firstResponse")]
    [InlineData("resolutoin", "metrics", "resolution")]
    [InlineData("NthWeekDay", "ruleKinds", "NthWeekday")]
    [InlineData("nth-weekday", "ruleKinds", "NthWeekday")]
    [InlineData("Caturday", "weekdays", "Saturday")]                     // one substitution
    [InlineData("tue", "weekdays", "Tuesday")]
    public void Find_Misspelled_TheMeantName(string input, string list, string expected)
        => Assert.Equal([expected], NearestNames.Find(input, List(list)));

    [Theory]
    [InlineData("xyz", "weekdays")]
    [InlineData("day", "weekdays")]             // inside every name, but too short a part of it
    [InlineData("dai", "weekdays")]
    [InlineData("x", "priorities")]
    [InlineData("Medium", "priorities")]
    [InlineData("xyz", "zones")]
    [InlineData("Mars/Olympus_Mons", "zones")]
    [InlineData("day", "holidays")]
    [InlineData("", "weekdays")]
    [InlineData(" _-/", "weekdays")]            // nothing but separators
    public void Find_NothingMeant_Empty(string input, string list) => Assert.Empty(NearestNames.Find(input, List(list)));

    // Equally near names come in the candidates' order, up to max; farther ones are left out.
    [Fact]
    public void Find_Ties_CandidatesOrderUpToMax()
    {
        string[] candidates = ["Christmas Eve", "Boxing Day", "Christmas Day", "Christmas", "Christmas Week"];
        Assert.Equal(["Christmas"], NearestNames.Find("christmas", candidates));   // an exact match hides the rest
        Assert.Equal(["Christmas Eve", "Christmas Day"], NearestNames.Find("christmas", ["Christmas Eve", "Christmas Day", "Christmas Week"]));
        Assert.Equal(["Christmas Eve"], NearestNames.Find("christmas", ["Christmas Eve", "Christmas Day"], max: 1));
        Assert.Equal(["B1", "B2", "B3"], NearestNames.Find("b0", ["A0x", "B1", "B2", "B3", "B4"]));
    }

    // "abcdxy" and "abcdyx" are two substitutions from "abcdef", "abcdeg" one: it replaces both, though max are kept.
    [Fact]
    public void Find_NearerAfterMaxTies_ReplacesThem()
    {
        Assert.Equal(["abcdeg"], NearestNames.Find("abcdef", ["abcdxy", "abcdyx", "abcdeg", "abcdgh"], max: 2));
        Assert.Equal(["abcdxy", "abcdyx"], NearestNames.Find("abcdef", ["abcdxy", "abcdyx", "abcdzz"], max: 2));
    }

    [Fact]
    public void Find_OneEditAwayAndTwoAway_OnlyTheNearer()
        => Assert.Equal(["Europe/London"], NearestNames.Find("Europe/Lond", s_zones));

    [Fact]
    public void Find_NullCandidate_Skipped() => Assert.Equal(["High"], NearestNames.Find("hgh", [null!, "High"]));

    [Fact]
    public void Find_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => NearestNames.Find(null!, s_weekdays));
        Assert.Throws<ArgumentNullException>(() => NearestNames.Find("x", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestNames.Find("x", s_weekdays, 0));
    }

    [Fact]
    public void Suffix_NoSuggestion_Empty() => Assert.Equal(string.Empty, NearestNames.Suffix("xyz", s_weekdays));

    [Fact]
    public void Suffix_OneSuggestion_TheNearestIs()
        => Assert.Equal("; the nearest is \"Thanksgiving Day\"", NearestNames.Suffix("Thanksgiving", s_holidays));

    [Fact]
    public void Suffix_TwoSuggestions_TheNearestAreAOrB()
        => Assert.Equal("; the nearest are \"Christmas Eve\" or \"Christmas Day\"", NearestNames.Suffix("christmas", ["Christmas Eve", "Christmas Day"]));

    [Fact]
    public void Suffix_ThreeSuggestions_CommasThenOr()
        => Assert.Equal("; the nearest are \"B1\", \"B2\" or \"B3\"", NearestNames.Suffix("b0", ["B1", "B2", "B3", "B4"]));

    [Fact]
    public void Suffix_QuotesAndBackslashes_EscapedAsJson()
        => Assert.Equal("; the nearest is \"say \\\"hi\\\" C:\\\\x\"", NearestNames.Suffix("say \"hi\" C:\\y", ["say \"hi\" C:\\x"]));
}
