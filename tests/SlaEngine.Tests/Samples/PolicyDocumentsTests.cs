using NodaTime;
using Quickstart;
using SlaEngine.BusinessHours;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using SlaEngine.Uptime;
using UptimeCredits;
using Xunit;

namespace SlaEngine.Tests.Samples;

/// <summary>
/// The published policies as JSON (samples/Policies) load to the same objects as their code versions
/// (<see cref="SupportPolicies"/>, <see cref="SupportCalendars"/>, <see cref="UptimeCreditsReport"/>) and give the same answers.
/// </summary>
public sealed class PolicyDocumentsTests
{
    public static TheoryData<string, string> PolicyFiles => new()
    {
        { "000-standard.json", "000 Standard" },
        { "000-enterprise.json", "000 Enterprise" },
        { "001-startup.json", "001 Startup" },
        { "001-pro.json", "001 Pro" },
        { "001-enterprise.json", "001 Enterprise" },
        { "002.json", "002" },
        { "003.json", "003" },
    };

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void ReadSlaPolicy_PublishedPolicyFile_EqualsTheCodeVersion(string file, string name)
    {
        SlaPolicy code = SupportPolicies.All.Single(p => p.Name == name);

        SlaPolicy json = SlaJson.ReadSlaPolicy(Read(file));

        Assert.Equal(code, json);
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void DueAt_PublishedPolicyFile_SameAsTheCodeVersionEveryFiveHoursOf2026(string file, string name)
    {
        SlaPolicy code = SupportPolicies.All.Single(p => p.Name == name);
        SlaPolicy json = SlaJson.ReadSlaPolicy(Read(file));
        int compared = 0;

        for (Instant start = Instant.FromUtc(2026, 1, 1, 0, 7); start < Instant.FromUtc(2027, 1, 1, 0, 0); start += Duration.FromMinutes((5 * 60) + 13))
        {
            foreach (string priority in code.Priorities)
            {
                foreach (SlaMetric metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
                {
                    if (code.TryGetTarget(priority, metric, out _, out _))
                    {
                        Assert.Equal(code.DueAt(priority, metric, start), json.DueAt(priority, metric, start));
                        compared++;
                    }
                }
            }
        }

        Assert.True(compared > 1_000);
    }

    [Fact]
    public void DueAt_001ProHighBeforeThanksgiving_NextMondayMidday()
    {
        // Policy 001 Pro, High: 4 business hours, 09:00-17:00 Pacific. Created Wednesday 2026-11-25 16:30 PST: 30 minutes that
        // day; Thursday (Thanksgiving) and Friday (the day after) are closed; the remaining 3 h 30 min run Monday 09:00-12:30.
        SlaPolicy policy = SlaJson.ReadSlaPolicy(Read("001-pro.json"));

        Instant due = policy.DueAt("High", SlaMetric.FirstResponse, Instant.FromUtc(2026, 11, 26, 0, 30));

        Assert.Equal(Instant.FromUtc(2026, 11, 30, 20, 30), due);
    }

    [Fact]
    public void ReadHolidayCalendar_001Closures_EqualsTheCodeVersionAndClosesThe2026Dates()
    {
        var calendar = SlaJson.ReadHolidayCalendar(Read("001-closures.json"));

        Assert.Equal(SupportCalendars.Policy001Closures, calendar);

        // 2026: Thanksgiving Thursday 11-26 and the Friday after; Christmas Friday 12-25, the business day before (Thursday 12-24)
        // and after (Monday 12-28), and the business days up to New Year's Day (Friday 2027-01-01): 12-29, 12-30, 12-31.
        string[] closed = { "2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01" };
        foreach (string date in closed)
        {
            Assert.True(calendar.IsHoliday(ReferenceData.Date(date)), date);
        }

        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 11, 25)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 12, 23)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void ReadBusinessCalendar_003FollowTheSun_EqualsTheCodeVersion()
    {
        BusinessCalendar calendar = SlaJson.ReadBusinessCalendar(Read("003-follow-the-sun.json"));

        Assert.Equal(SupportPolicies.FollowTheSun, calendar);
        Assert.Equal(3, Assert.IsType<UnionBusinessCalendar>(calendar).Members.Count);
    }

    [Fact]
    public void ReadUptimeSla_002Uptime_EqualsTheSamplesPolicyAndCredits()
    {
        UptimeSla sla = SlaJson.ReadUptimeSla(Read("002-uptime.json"));

        Assert.Equal(UptimeCreditsReport.Policy002, sla.Policy);
        Assert.Equal(UptimeCreditsReport.ThreeTierSchedule, sla.Credits);
        Assert.Equal(99.9m, sla.TargetPercent);
        Assert.Equal(MidpointRounding.ToEven, sla.Rounding);
        Assert.Equal(2, sla.MinorUnitDecimals);
    }

    [Fact]
    public void Write_EveryPublishedPolicy_ReadsBackEqual()
    {
        foreach (SlaPolicy policy in SupportPolicies.All)
        {
            Assert.Equal(policy, SlaJson.ReadSlaPolicy(SlaJson.Write(policy)));
        }
    }

    private static string Read(string file) => File.ReadAllText(RepositoryPaths.File(Path.Combine("samples", "Policies", file)));
}
