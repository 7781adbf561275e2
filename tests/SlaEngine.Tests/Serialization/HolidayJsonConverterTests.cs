using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using Xunit;
using static SlaEngine.Tests.Serialization.ResultJsonFixtures;

namespace SlaEngine.Tests.Serialization;

/// <summary><see cref="HolidayJsonConverter"/>: the documented shape, written out by hand, round trips and refused input.</summary>
public sealed class HolidayJsonConverterTests
{
    [Fact]
    public void Write_ObservedOnAnotherDay_WritesBothDatesAndTheObservedWeekday()
    {
        // 4 July 2026 is a Saturday; US federal law observes it on Friday 3 July.
        Holiday independence = HolidayCalendars.UsFederal.GetHolidays(2026).Single(h => h.Name == "Independence Day");

        Assert.Equal(
            """
            {
              "name": "Independence Day",
              "date": "2026-07-03",
              "weekday": "Friday",
              "actualDate": "2026-07-04",
              "isObservedOnAnotherDay": true
            }
            """,
            Write(independence));
    }

    [Fact]
    public void Write_ObservedOnItsDay_WritesTheSameDateTwice()
    {
        // 25 December 2026 is a Friday.
        Holiday christmas = HolidayCalendars.UsFederal.GetHolidays(2026).Single(h => h.Name == "Christmas Day");

        Assert.Equal(
            """
            {
              "name": "Christmas Day",
              "date": "2026-12-25",
              "weekday": "Friday",
              "actualDate": "2026-12-25",
              "isObservedOnAnotherDay": false
            }
            """,
            Write(christmas));
    }

    [Fact]
    public void Write_Default_WritesNullNameOrLeavesItOut()
    {
        // default(Holiday): no name, both dates 0001-01-01 (a Monday in the ISO calendar).
        Assert.Equal(
            """
            {
              "name": null,
              "date": "0001-01-01",
              "weekday": "Monday",
              "actualDate": "0001-01-01",
              "isObservedOnAnotherDay": false
            }
            """,
            Write(default(Holiday)));
        Assert.DoesNotContain("\"name\"", Write(default(Holiday), Options(JsonIgnoreCondition.WhenWritingNull)), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWrite_EveryUsFederalHolidayOf2026And2027_RoundTripsEqual()
    {
        IReadOnlyList<Holiday> holidays = HolidayCalendars.UsFederal.GetHolidays(2026).Concat(HolidayCalendars.UsFederal.GetHolidays(2027)).ToList();

        Assert.Equal(holidays, Read<List<Holiday>>(Write(holidays)));
    }

    [Fact]
    public void Read_DerivedValues_AreIgnored()
    {
        // weekday and isObservedOnAnotherDay follow from the dates; wrong ones change nothing.
        Holiday holiday = Read<Holiday>("""{"name":"Independence Day","date":"2026-07-03","weekday":"Sunday","actualDate":"2026-07-04","isObservedOnAnotherDay":"no"}""");

        Assert.Equal(new Holiday("Independence Day", new LocalDate(2026, 7, 3), new LocalDate(2026, 7, 4)), holiday);
    }

    [Theory]
    [InlineData("""{"name":null,"date":"2026-07-03","actualDate":"2026-07-04"}""", "A holiday's 'name' must be a string, was null.")]
    [InlineData("""{"date":"2026-07-03","actualDate":"2026-07-04"}""", "A holiday must have a property named 'name', but it is missing.")]
    [InlineData("""{"name":"X","date":"2026-7-3","actualDate":"2026-07-04"}""", "A holiday's 'date' must be a date such as \"2026-12-24\", was \"2026-7-3\".")]
    [InlineData("""{"name":"X","date":"2026-07-03","actualDate":"2026-02-30"}""", "A holiday's 'actualDate' must be a date such as \"2026-12-24\", was \"2026-02-30\".")]
    [InlineData("""{"name":"X","date":"2026-07-03"}""", "A holiday must have a property named 'actualDate', but it is missing.")]
    [InlineData("\"2026-07-03\"", "A holiday must be a JSON object, was \"2026-07-03\".")]
    public void Read_Invalid_ThrowsJsonExceptionSayingWhat(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<Holiday>(json));
        Assert.Equal(message, e.Message);
    }
}
