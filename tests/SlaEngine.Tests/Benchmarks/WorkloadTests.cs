using System.Text.Json;
using NodaTime;
using SlaEngine.Benchmarks;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Benchmarks;

/// <summary>
/// The standard workloads reproduce the published recipe and checksums of data/perf/workloads.json
/// (computed by other implementations): the benchmark's quick mode measures the right thing.
/// </summary>
public sealed class WorkloadTests
{
    private static readonly JsonElement s_recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceData.Folder, "perf", "workloads.json"))).RootElement;

    [Fact]
    public void SplitMix64_MatchesTheTestVectors()
    {
        var random = new SplitMix64(1234567);
        string[] expected = s_recipe.GetProperty("prng").GetProperty("test_vector").GetProperty("first_5_outputs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

        var seed1 = new SplitMix64(1);
        string[] expected1 = s_recipe.GetProperty("prng").GetProperty("seed_1_first_3_outputs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(expected1, Enumerable.Range(0, 3).Select(_ => seed1.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    [Theory]
    [InlineData("W1")]
    [InlineData("W2")]
    [InlineData("W3")]
    public void Checksums_MatchThePublishedValues_AtEveryPublishedCount(string workload)
    {
        HolidayCalendar calendar = HolidayCalendars.UsFederal;
        foreach (JsonProperty entry in s_recipe.GetProperty("expected_checksums").GetProperty(workload).EnumerateObject())
        {
            int n = int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture);
            long actual = workload switch
            {
                "W1" => Workloads.W1Checksum(calendar, n),
                "W2" => Workloads.W2Checksum(calendar, n),
                _ => Workloads.W3Checksum(calendar, n),
            };
            Assert.True(entry.Value.GetInt64() == actual, $"{workload}@{n}: expected {entry.Value.GetInt64()}, was {actual}.");
        }
    }

    [Theory]
    [InlineData("W4")]
    [InlineData("W5")]
    public void BusinessTimeChecksums_MatchThePublishedValues_AtEveryPublishedCount(string workload)
    {
        BusinessCalendar calendar = Workloads.NewYorkNineToFive();
        foreach (JsonProperty entry in s_recipe.GetProperty("expected_checksums").GetProperty(workload).EnumerateObject())
        {
            int n = int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture);
            long actual = workload == "W4" ? Workloads.W4Checksum(calendar, n) : Workloads.W5Checksum(calendar, n);
            Assert.True(entry.Value.GetInt64() == actual, $"{workload}@{n}: expected {entry.Value.GetInt64()}, was {actual}.");
        }
    }

    [Fact]
    public void W4AndW5_MatchThePublishedExamples()
    {
        BusinessCalendar calendar = Workloads.NewYorkNineToFive();
        JsonElement examples = s_recipe.GetProperty("examples");
        foreach (JsonElement example in examples.GetProperty("W4").EnumerateArray())
        {
            Instant start = Instant.FromUnixTimeSeconds(example.GetProperty("t").GetInt64() * 60);
            Instant result = calendar.AddBusinessTime(start, Duration.FromMinutes(example.GetProperty("minutes").GetInt64()));
            Assert.Equal(example.GetProperty("result").GetInt64() * 60, result.ToUnixTimeSeconds());
            Assert.Equal(example.GetProperty("result_utc").GetString(), result.ToString());
        }

        foreach (JsonElement example in examples.GetProperty("W5").EnumerateArray())
        {
            Duration open = calendar.BusinessTimeBetween(
                Instant.FromUnixTimeSeconds(example.GetProperty("t1").GetInt64() * 60),
                Instant.FromUnixTimeSeconds(example.GetProperty("t2").GetInt64() * 60));
            Assert.Equal(Duration.FromMinutes(example.GetProperty("business_minutes").GetInt64()), open);
        }
    }

    [Fact]
    public void QuickMode_PrintsOneLinePerWorkload_WithThePublishedChecksums()
    {
        var output = new StringWriter();
        Assert.Equal(0, QuickMode.Run(new[] { "--quick", "--n", "1000", "--reps", "1" }, output));
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, lines.Length);
        Assert.Matches(@"^SlaEngine W1@1000 [0-9.]+ 13769569$", lines[0]);
        Assert.Matches(@"^SlaEngine W2@1000 [0-9.]+ 20525232$", lines[1]);
        Assert.Matches(@"^SlaEngine W3@1000 [0-9.]+ 1202897$", lines[2]);
        Assert.Matches(@"^SlaEngine W4@1000 [0-9.]+ 29385727701$", lines[3]);
        Assert.Matches(@"^SlaEngine W5@1000 [0-9.]+ 60856447$", lines[4]);
    }
}
