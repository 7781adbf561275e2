using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>One new calendar shared by threads racing to touch its uncompiled years answers as one thread does.</summary>
public sealed partial class BusinessCalendarTests
{
    [Fact]
    public void ConcurrentFirstTouches_GiveTheSameAnswersAsSingleThreadedUse()
    {
        const int threadCount = 8;
        DateTimeZone zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var random = new Random(20260101);
        var first = Instant.FromUtc(1996, 1, 1, 0, 0);
        int spanMinutes = (int)(Instant.FromUtc(2026, 1, 1, 0, 0) - first).TotalMinutes; // 30 years
        var queries = new (Instant Instant, Duration Span, Duration Amount, LocalDate Date, int Days, LocalDate Other)[6000];
        for (int i = 0; i < queries.Length; i++)
        {
            Instant instant = first + Duration.FromMinutes(random.Next(0, spanMinutes)) + Duration.FromTicks(random.Next(0, 600_000_000));
            LocalDate date = instant.InZone(zone).Date;
            queries[i] = (instant, Duration.FromMinutes(random.Next(-20_000, 20_000)), Duration.FromMinutes(random.Next(-5_000, 5_000)), date, random.Next(-60, 60), date.PlusDays(random.Next(-400, 400)));
        }

        static (bool, Instant, Instant, Duration, Instant, bool, LocalDate, int) Ask(BusinessCalendar calendar, (Instant Instant, Duration Span, Duration Amount, LocalDate Date, int Days, LocalDate Other) q)
            => (calendar.IsOpen(q.Instant), calendar.NextOpen(q.Instant), calendar.NextClose(q.Instant), calendar.BusinessTimeBetween(q.Instant, q.Instant + q.Span),
                calendar.AddBusinessTime(q.Instant, q.Amount), calendar.IsBusinessDay(q.Date), calendar.AddBusinessDays(q.Date, q.Days), calendar.BusinessDaysBetween(q.Date, q.Other));

        // Expected answers from a fresh calendar used on one thread only.
        BusinessCalendar single = NewThreadingCalendar(zone);
        var expected = queries.Select(q => Ask(single, q)).ToArray();

        // Two orders: a scatter (each thread starts in a different year), and a sweep in time order from one of
        // four starting years (all threads start together in 1996, 2003, 2011 or 2018 and race over the same
        // uncompiled years).
        int[] byTime = Enumerable.Range(0, queries.Length).OrderBy(i => queries[i].Instant).ToArray();
        for (int round = 0; round < 8; round++)
        {
            // A fresh, equal calendar each round: nothing is compiled yet, and the threads start together.
            BusinessCalendar shared = NewThreadingCalendar(zone);
            int[] order = round % 2 == 0
                ? Enumerable.Range(0, queries.Length).Select(i => (int)(((i * 7919L) + (round * 733)) % queries.Length)).ToArray()
                : byTime.Skip(round / 2 * queries.Length / 4).Concat(byTime.Take(round / 2 * queries.Length / 4)).ToArray();
            var results = new (bool, Instant, Instant, Duration, Instant, bool, LocalDate, int)[queries.Length];
            var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
            using var start = new Barrier(threadCount);
            Thread[] threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = t; i < queries.Length; i += threadCount)
                {
                    try
                    {
                        results[order[i]] = Ask(shared, queries[order[i]]);
                    }
                    catch (Exception error)
                    {
                        // An exception would kill the test host from a plain thread; report it instead.
                        errors.Enqueue($"Round {round}, thread {t}, query at {queries[order[i]].Instant}: {error.GetType().Name}: {error.Message}");
                    }
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

            Assert.True(errors.IsEmpty, $"{errors.Count} queries threw, first: {errors.FirstOrDefault()}");
            Assert.Equal(expected, results);
        }
    }

    // Weekday hours with an overnight Friday shift, a schedule change in 2010 (on a DST day), US federal
    // holidays from a new holiday calendar, and overrides including a closure and a half day.
    private static BusinessCalendar NewThreadingCalendar(DateTimeZone zone)
    {
        WeeklySchedule before = WeeklySchedule.Create()
            .Weekdays(new LocalTime(9, 0), new LocalTime(17, 30))
            .Add(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .Add(IsoDayOfWeek.Sunday, new LocalTime(1, 30), new LocalTime(3, 15));
        WeeklySchedule after = WeeklySchedule.Create()
            .EveryDay(new LocalTime(8, 15), new LocalTime(20, 45))
            .Add(IsoDayOfWeek.Saturday, new LocalTime(23, 0), new LocalTime(2, 30))
            .AddAllDay(IsoDayOfWeek.Wednesday);
        HolidayCalendar holidays = HolidayCalendar.Create(HolidayCalendars.UsFederal.Rules);
        return BusinessCalendar.Create(before, holidays, zone)
            .WithSchedule(new LocalDate(2010, 3, 14), after)
            .WithOverrides(DateOverrides.Empty
                .Closed(new LocalDate(2001, 9, 11))
                .Hours(new LocalDate(2012, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0))
                .Hours(new LocalDate(2019, 11, 3), new LocalTime(0, 30), new LocalTime(3, 0)));
    }
}
