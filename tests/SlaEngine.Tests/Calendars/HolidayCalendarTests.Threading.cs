using NodaTime;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.Calendars;

/// <summary>One calendar shared by many threads racing to compile its years answers as one thread does.</summary>
public sealed partial class HolidayCalendarTests
{
    [Fact]
    public void ConcurrentFirstTouches_GiveTheSameAnswersAsSingleThreadedUse()
    {
        HolidayRule[] extra =
        {
            HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
            HolidayRule.BusinessDaysBetween("Break", "Christmas Day", "New Year's Day"),
        };

        // Expected answers from a calendar used on one thread only.
        HolidayCalendar single = s_federal.With(extra);
        var random = new Random(12345);
        var queries = new (LocalDate Date, int Days, LocalDate Other)[4000];
        for (int i = 0; i < queries.Length; i++)
        {
            var date = new LocalDate(1983, 1, 1).PlusDays(random.Next(0, 70_000)); // 1983-2174, so ±4000 days stays in 1971-2199
            queries[i] = (date, random.Next(-600, 600), date.PlusDays(random.Next(-4000, 4000)));
        }

        var expected = queries.Select(q => (single.IsBusinessDay(q.Date), single.AddBusinessDays(q.Date, q.Days), single.BusinessDaysBetween(q.Date, q.Other), single.GetHolidays(q.Date.Year).Count)).ToArray();

        for (int round = 0; round < 5; round++)
        {
            // A fresh calendar each round: every year starts uncompiled, and the threads start together.
            HolidayCalendar shared = s_federal.With(extra);
            var results = new (bool, LocalDate, int, int)[queries.Length];
            using var start = new Barrier(Environment.ProcessorCount * 2);
            var threads = Enumerable.Range(0, Environment.ProcessorCount * 2).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = t; i < queries.Length; i += Environment.ProcessorCount * 2)
                {
                    var q = queries[(i * 7919) % queries.Length];
                    results[(i * 7919) % queries.Length] = (shared.IsBusinessDay(q.Date), shared.AddBusinessDays(q.Date, q.Days), shared.BusinessDaysBetween(q.Date, q.Other), shared.GetHolidays(q.Date.Year).Count);
                }
            })).ToArray();
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            Assert.Equal(expected, results);
        }
    }
}
