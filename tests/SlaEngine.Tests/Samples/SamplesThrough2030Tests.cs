using NodaTime;
using NodaTime.Text;
using Quickstart;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using SlaEngine.Policies;
using SlaEngine.Serialization;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Samples;

/// <summary>
/// The offices of policies 002 and 003 (samples/Quickstart, samples/Policies) use their countries' built-in national calendars
/// — India desk IN, San Francisco US-FEDERAL, London GB, Tokyo JP — and keep working through at least 2030. Every expected
/// date is worked by hand in the comment beside it, from the statutes' rules and the reference data in
/// data/world/consensus/&lt;CC&gt;.csv, not by running the library.
/// </summary>
/// <remarks>
/// Offsets (tzdb) in 2030: Europe/London BST +01:00 from Sun 03-31 to Sun 10-27, then GMT; America/Los_Angeles PDT -07:00 from
/// Sun 03-10 to Sun 11-03, then PST -08:00; Asia/Tokyo +09:00 and Asia/Kolkata +05:30 all year. Office hours Mon–Fri
/// 08:00–17:00 local (India 09:00–18:00), so in summer (BST, PDT) Tokyo is open 23:00Z (the evening before) – 08:00Z, London
/// 07:00–16:00Z and San Francisco 15:00–00:00Z; in winter (GMT, PST) London 08:00–17:00Z and San Francisco 16:00–01:00Z.
/// </remarks>
public sealed class SamplesThrough2030Tests
{
    private static readonly OffsetDateTimePattern s_offsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<m>");

    /// <summary>Each office and the built-in calendar of its country.</summary>
    public static TheoryData<string, string> Offices => new()
    {
        { "India desk (002)", "IN" },
        { "San Francisco (003)", "US-FEDERAL" },
        { "London (003)", "GB" },
        { "Tokyo (003)", "JP" },
    };

    /// <summary>Each office and the reference data of its country (London is in England: GB-ENG).</summary>
    public static TheoryData<string, string> OfficeReferences => new()
    {
        { "India desk (002)", "IN.csv" },
        { "San Francisco (003)", "US.csv" },
        { "London (003)", "GB-ENG.csv" },
        { "Tokyo (003)", "JP.csv" },
    };

    public static TheoryData<string> PolicyFiles => new() { "002.json", "003.json" };

    [Theory]
    [MemberData(nameof(Offices))]
    public void Office_UsesItsCountrysBuiltInCalendar_SupportingAtLeast2026To2030(string office, string id)
    {
        HolidayCalendar builtIn = HolidayCalendars.Get(id);

        Assert.Same(builtIn, Office(office).Holidays);
        Assert.Equal(builtIn, JsonOffice(office).Holidays);
        HolidayCalendarInfo info = HolidayCalendars.Describe(id);
        Assert.True(info.FirstSupportedYear <= 2026 && info.LastSupportedYear >= 2030, $"{id} supports {info.FirstSupportedYear}–{info.LastSupportedYear}");
    }

    [Fact]
    public void SupportCalendars_AreTheBuiltInCalendars()
    {
        Assert.Same(HolidayCalendars.Get("IN"), SupportCalendars.IndiaDesk);
        Assert.Same(HolidayCalendars.Get("GB"), SupportCalendars.LondonOffice);
        Assert.Same(HolidayCalendars.Get("JP"), SupportCalendars.TokyoOffice);
    }

    [Theory]
    [MemberData(nameof(OfficeReferences))]
    public void Office_IsClosedOnEveryReferenceHolidayOnAWeekday_2026To2030(string office, string reference)
    {
        ScheduledBusinessCalendar calendar = Office(office);
        int checkedDates = 0;
        foreach (string[] row in ReferenceData.ReadCsv(Path.Combine("world", "consensus", reference)))
        {
            LocalDate date = ReferenceData.Date(row[0]);
            if (date.Year is >= 2026 and <= 2030 && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                Assert.False(calendar.IsBusinessDay(date), $"{office}: {row[0]} {row[3]}");
                checkedDates++;
            }
        }

        // At least the year's fixed-date days off on weekdays: IN has 4 days a year (some on weekends), the others 8 or more.
        Assert.True(checkedDates >= 12, $"{office}: only {checkedDates} reference dates");
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void DueAt_EveryTargetThroughout2026To2030_WorksAndTheJsonAgreesWithTheCode(string file)
    {
        SlaPolicy json = SlaJson.ReadSlaPolicy(File.ReadAllText(RepositoryPaths.File(Path.Combine("samples", "Policies", file))));
        SlaPolicy code = SupportPolicies.All.Single(p => p.Name == json.Name);
        foreach (int year in new[] { 2026, 2027, 2028, 2029, 2030 })
        {
            int compared = 0;
            for (Instant start = Instant.FromUtc(year, 1, 1, 0, 7); start < Instant.FromUtc(year + 1, 1, 1, 0, 0); start += Duration.FromMinutes((7 * 60) + 13))
            {
                foreach (string priority in code.Priorities)
                {
                    foreach (SlaMetric metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
                    {
                        if (code.TryGetTarget(priority, metric, out _, out _))
                        {
                            Instant due = code.DueAt(priority, metric, start);
                            Assert.True(due > start, $"{file} {priority} {metric} {start}");
                            Assert.Equal(due, json.DueAt(priority, metric, start));
                            compared++;
                        }
                    }
                }
            }

            // A year holds 365 or 366 × 24 × 60 / 433 ≈ 1,214 starts; policy 002 has 4 targets, 003 has 8.
            Assert.True(compared > 4_800, $"{file} {year}: {compared}");
            Assert.True(code.Calendar.BusinessTimeBetween(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0)) > Duration.Zero);
        }
    }

    [Fact]
    public void LondonOffice_TwoHoursFromFridayBeforeTheSummerBankHoliday2030_IsTuesdayMorning()
    {
        // Summer bank holiday: the last Monday in August (Banking and Financial Dealings Act 1971, Sch. 1, England and Wales);
        // 31 Aug 2030 is a Saturday, so Mon 2030-08-26 (data/world/consensus/GB-ENG.csv). Fri 08-23 16:00 BST + 2 business h:
        // 1 h to 17:00; weekend; Monday closed; Tue 08-27 08:00 + 1 h = 09:00 BST = 08:00Z.
        Assert.Equal(Instant.FromUtc(2030, 8, 27, 8, 0), SupportPolicies.LondonOffice.AddBusinessTime(Local("2030-08-23T16:00+01:00"), Duration.FromHours(2)));
        Assert.False(SupportPolicies.LondonOffice.IsBusinessDay(new LocalDate(2030, 8, 26)));
    }

    [Fact]
    public void Policy003_LowFirstResponse_FromFridayBeforeTheUkSummerBankHoliday2030_WaitsForSanFrancisco()
    {
        // Business 24 h from Fri 2030-08-23 15:00Z (16:00 BST; SF opens 08:00 PDT = 15:00Z): SF to 17:00 PDT = Sat 00:00Z,
        // 9 h. Weekend. Tokyo Mon 08-26 08:00 JST = Sun 23:00Z to 08:00Z, 9 h (18); London closed all Monday (Summer bank
        // holiday); SF Mon 15:00Z + 6 h = Mon 2030-08-26T21:00Z. (Were London open, 14:00Z.)
        Instant start = Local("2030-08-23T15:00+00:00");
        Instant expected = Instant.FromUtc(2030, 8, 26, 21, 0);
        Assert.Equal(expected, SupportPolicies.Policy003.DueAt("Low", SlaMetric.FirstResponse, start));
        Assert.Equal(expected, Policy("003.json").DueAt("Low", SlaMetric.FirstResponse, start));
    }

    [Fact]
    public void Policy003_NormalFirstResponse_OnTheUkSummerBankHoliday2030_IsUncoveredUntilSanFrancisco()
    {
        // Business 8 h from Mon 2030-08-26 08:00Z, as Tokyo closes (17:00 JST): London (07:00–16:00Z) is closed for the Summer
        // bank holiday, so nothing is open until SF 08:00 PDT = 15:00Z; + 8 h = 23:00Z.
        Assert.Equal(Instant.FromUtc(2030, 8, 26, 23, 0), SupportPolicies.Policy003.DueAt("Normal", SlaMetric.FirstResponse, Local("2030-08-26T08:00+00:00")));
    }

    [Fact]
    public void Policy003_NormalFirstResponse_OverJapansRespectForTheAgedDay2030_WaitsForLondon()
    {
        // Respect for the Aged Day: the third Monday of September (Act on National Holidays, art. 2); September 2030 begins on a
        // Sunday, so Mon 09-16 (data/world/consensus/JP.csv). Business 8 h from Fri 2030-09-13 16:00 PDT = 23:00Z: SF to
        // 17:00 PDT = Sat 00:00Z, 1 h. Tokyo's Monday (Sun 23:00Z – Mon 08:00Z) is closed; London opens Mon 08:00 BST =
        // 07:00Z, + 7 h = Mon 2030-09-16T14:00Z. (Were Tokyo open, Mon 06:00Z.)
        Instant start = Local("2030-09-13T16:00-07:00");
        Assert.Equal(Instant.FromUtc(2030, 9, 16, 14, 0), SupportPolicies.Policy003.DueAt("Normal", SlaMetric.FirstResponse, start));
        Assert.Equal(Instant.FromUtc(2030, 9, 16, 14, 0), Policy("003.json").DueAt("Normal", SlaMetric.FirstResponse, start));

        // The Tokyo office alone: Fri 09-13 16:00 JST + 2 h: 1 h Friday; Monday closed; Tue 09-17 08:00 + 1 h = 09:00 JST = 00:00Z.
        Assert.Equal(Instant.FromUtc(2030, 9, 17, 0, 0), SupportPolicies.TokyoOffice.AddBusinessTime(Local("2030-09-13T16:00+09:00"), Duration.FromHours(2)));
    }

    [Fact]
    public void Policy003_NormalFirstResponse_AtLondonCloseOnThanksgiving2030_WaitsForTokyo()
    {
        // Thanksgiving Day: the fourth Thursday in November (5 U.S.C. 6103); November 2030 begins on a Friday, so Thu 11-28
        // (data/world/consensus/US.csv). Business 8 h from Thu 17:00Z (London closes, GMT): SF (16:00Z – Fri 01:00Z) is closed;
        // Tokyo Fri 11-29 08:00 JST = Thu 23:00Z + 8 h = Fri 2030-11-29T07:00Z.
        Instant start = Local("2030-11-28T17:00+00:00");
        Assert.Equal(Instant.FromUtc(2030, 11, 29, 7, 0), SupportPolicies.Policy003.DueAt("Normal", SlaMetric.FirstResponse, start));
        Assert.Equal(Instant.FromUtc(2030, 11, 29, 7, 0), Policy("003.json").DueAt("Normal", SlaMetric.FirstResponse, start));
    }

    [Fact]
    public void Policy002_S2FirstResponse_OverIndependenceDay2030_SkipsTheHoliday()
    {
        // Independence Day, 15 August: Thu 2030-08-15 (data/world/consensus/IN.csv). Business 4 h from Wed 08-14 16:00 IST:
        // 2 h to 18:00; Thursday closed; Fri 08-16 09:00 + 2 h = 11:00 IST = 05:30Z.
        Instant start = Local("2030-08-14T16:00+05:30");
        Assert.Equal(Instant.FromUtc(2030, 8, 16, 5, 30), SupportPolicies.Policy002.DueAt("S2", SlaMetric.FirstResponse, start));
        Assert.Equal(Instant.FromUtc(2030, 8, 16, 5, 30), Policy("002.json").DueAt("S2", SlaMetric.FirstResponse, start));
    }

    private static Instant Local(string text) => s_offsetPattern.Parse(text).Value.ToInstant();

    private static SlaPolicy Policy(string file) => SlaJson.ReadSlaPolicy(File.ReadAllText(RepositoryPaths.File(Path.Combine("samples", "Policies", file))));

    private static ScheduledBusinessCalendar Office(string office) => office switch
    {
        "India desk (002)" => (ScheduledBusinessCalendar)SupportPolicies.IndiaBusinessHours,
        _ => (ScheduledBusinessCalendar)((UnionBusinessCalendar)SupportPolicies.FollowTheSun).Members[Member(office)],
    };

    private static ScheduledBusinessCalendar JsonOffice(string office) => office switch
    {
        "India desk (002)" => (ScheduledBusinessCalendar)Policy("002.json").Calendar,
        _ => (ScheduledBusinessCalendar)((UnionBusinessCalendar)Policy("003.json").Calendar).Members[Member(office)],
    };

    private static int Member(string office) => office switch
    {
        "San Francisco (003)" => 0,
        "London (003)" => 1,
        _ => 2,
    };
}
