using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary><see cref="HolidayCalendars.UsFederalClosures"/> against data/us-federal-oneoff-closures.csv.</summary>
public sealed class UsFederalClosuresTests
{
    [Fact]
    public void OneOffClosures_AreExactlyTheReferenceDates()
    {
        var expected = ReferenceData.ReadCsv("us-federal-oneoff-closures.csv").Select(r => ReferenceData.Date(r[0])).ToArray();
        var actual = new List<LocalDate>();
        for (var date = new LocalDate(1971, 1, 1); date.Year <= 2199; date = date.PlusDays(1))
        {
            if (HolidayCalendars.UsFederalClosures.IsHoliday(date) && !HolidayCalendars.UsFederal.IsHoliday(date))
            {
                actual.Add(date);
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void OneOffClosures_AreAllWeekdays_SoEachRemovesABusinessDay()
    {
        foreach (string[] row in ReferenceData.ReadCsv("us-federal-oneoff-closures.csv"))
        {
            LocalDate date = ReferenceData.Date(row[0]);
            Assert.True(HolidayCalendars.UsFederal.IsBusinessDay(date), $"{row[0]} is a federal business day.");
            Assert.False(HolidayCalendars.UsFederalClosures.IsBusinessDay(date), $"{row[0]} is closed by executive order.");
        }
    }

    [Fact]
    public void HalfDayClosures_AreNotWholeDaysOff()
    {
        foreach (string[] row in ReferenceData.ReadCsv("us-federal-oneoff-half-day-closures.csv"))
        {
            Assert.True(HolidayCalendars.UsFederalClosures.IsBusinessDay(ReferenceData.Date(row[0])));
        }
    }
}
