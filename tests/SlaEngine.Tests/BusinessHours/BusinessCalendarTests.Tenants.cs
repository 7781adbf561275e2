using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests.BusinessHours;

/// <summary>
/// Many tenants' calendars: equal ones built separately from one definition, and distinct ones (other zones, hours,
/// holidays, overrides, schedule changes), asked their first questions from many threads at once, in different
/// orders, over years from 1905 to 2195. Every answer must be the one a single thread gets from calendars of its own.
/// </summary>
public sealed partial class BusinessCalendarTests
{
    private const int TenantDefinitionCount = 7;
    private static readonly int[] s_tenantYears = { 1905, 1950, 1999, 2026, 2061, 2100, 2150, 2195 };

    [Fact]
    public void FirstQueries_ManyThreadsOnEqualAndDistinctCalendars_AnswerAsOneThreadOnItsOwnCalendars()
    {
        const int threadCount = 8;
        const int copies = 2;
        TenantQuery[] queries = TenantQueries(perYear: 5);

        // Expected: one separately built calendar per definition, asked on one thread in query order. Equal calendars share
        // one engine while any of them lives, so these are dropped and their engines collected before the rounds: each round
        // then compiles from nothing, and the threads race to compile.
        (TenantAnswer?[][] expected, WeakReference[] expectedEngines) = ExpectedTenantAnswers(queries);
        Assert.All(expected[0], answer => Assert.NotNull(answer)); // Definition 0 supports every query, 1905 and 2195 included.
        AssertCollected(expectedEngines);

        int calendarCount = TenantDefinitionCount * copies;
        for (int round = 0; round < 2; round++)
        {
            // Fresh calendars each round (in a method of its own, so that nothing here holds them afterwards), and every
            // thread's first questions race to compile the same stretches: the copies of a definition are equal but built
            // separately, and all threads share every one of them.
            TenantAnswer?[][] results = RunTenantRound(round, threadCount, calendarCount, queries, out WeakReference[] engines);
            for (int t = 0; t < threadCount; t++)
            {
                for (int c = 0; c < calendarCount; c++)
                {
                    Assert.Equal(expected[c % TenantDefinitionCount], results[t].Skip(c * queries.Length).Take(queries.Length));
                }
            }

            // The next round's calendars must not find these engines.
            AssertCollected(engines);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TenantAnswer?[][] RunTenantRound(int round, int threadCount, int calendarCount, TenantQuery[] queries, out WeakReference[] engines)
    {
        BusinessCalendar[] calendars = Enumerable.Range(0, calendarCount).Select(c => NewTenantCalendar(c % TenantDefinitionCount)).ToArray();
        for (int c = TenantDefinitionCount; c < calendarCount; c++)
        {
            Assert.Same(calendars[c % TenantDefinitionCount].Engine, calendars[c].Engine);
        }

        engines = calendars.Take(TenantDefinitionCount).Select(c => new WeakReference(c.Engine)).ToArray();
        int work = calendarCount * queries.Length;
        var results = new TenantAnswer?[threadCount][];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var start = new Barrier(threadCount);
        Thread[] threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
        {
            int[] order = TenantOrder(t, round, calendarCount, queries.Length);
            var answers = new TenantAnswer?[work];
            start.SignalAndWait();
            foreach (int item in order)
            {
                int c = item / queries.Length;
                int q = item % queries.Length;
                try
                {
                    answers[item] = Ask(calendars[c], queries[q]);
                }
                catch (Exception error)
                {
                    // An exception would kill the test host from a plain thread; report it instead.
                    errors.Enqueue($"Round {round}, thread {t}, calendar {c}, query at {queries[q].Instant}: {error.GetType().Name}: {error.Message}");
                }
            }

            results[t] = answers;
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
        return results;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TenantAnswer?[][] Answers, WeakReference[] Engines) ExpectedTenantAnswers(TenantQuery[] queries)
    {
        BusinessCalendar[] calendars = Enumerable.Range(0, TenantDefinitionCount).Select(NewTenantCalendar).ToArray();
        return (calendars.Select(c => AskAll(c, queries)).ToArray(), calendars.Select(c => new WeakReference(c.Engine)).ToArray());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TenantAnswer?[] AskAllAndDrop(int definition, TenantQuery[] queries, out WeakReference engine)
    {
        BusinessCalendar calendar = NewTenantCalendar(definition);
        engine = new WeakReference(calendar.Engine);
        return AskAll(calendar, queries);
    }

    private static void AssertCollected(WeakReference[] engines)
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.All(engines, engine => Assert.False(engine.IsAlive, "An engine outlived every calendar that used it."));
    }

    [Fact]
    public void Equals_SameDefinitionBuiltSeparately_EqualWithEqualHashCodesAndOneEngine()
    {
        for (int d = 0; d < TenantDefinitionCount; d++)
        {
            BusinessCalendar first = NewTenantCalendar(d);
            BusinessCalendar second = NewTenantCalendar(d);
            Assert.NotSame(first, second);
            Assert.True(first.Equals(second), $"Definition {d}: {first} and {second} are not equal.");
            Assert.True(first.Equals((object)second));
            Assert.Equal(first.GetHashCode(), second.GetHashCode());

            Assert.Same(first.Engine, second.Engine);

            for (int other = 0; other < TenantDefinitionCount; other++)
            {
                if (other != d)
                {
                    Assert.False(first.Equals(NewTenantCalendar(other)), $"Definitions {d} and {other} are equal.");
                }
            }
        }
    }

    [Fact]
    public void SameDefinition_CompiledInOppositeOrders_AnswersAlike()
    {
        TenantQuery[] queries = TenantQueries(perYear: 3);
        for (int d = 0; d < TenantDefinitionCount; d++)
        {
            // Two calendars of the definition that never live at once, so each compiles its own engine, asked in opposite
            // orders: neither compiles the same stretches first.
            TenantAnswer?[] forward = AskAllAndDrop(d, queries, out WeakReference forwardEngine);
            AssertCollected(new[] { forwardEngine });
            TenantAnswer?[] backward = AskAllAndDrop(d, queries.Reverse().ToArray(), out WeakReference backwardEngine).Reverse().ToArray();
            AssertCollected(new[] { backwardEngine });
            Assert.Equal(forward, backward);
        }
    }

    private readonly record struct TenantQuery(Instant Instant, Duration Span, Duration Amount, LocalDate Date, int Days);

    private readonly record struct TenantAnswer(bool IsOpen, Instant NextOpen, Instant NextClose, Duration Between, Instant Added, bool IsBusinessDay, LocalDate AddedDays);

    // Null for a query too near the calendar's supported years (those built on HolidayCalendars.UsFederal start in
    // 1971): the spans reach at most 14 months either side of the query's year.
    private static TenantAnswer? Ask(BusinessCalendar calendar, TenantQuery q) =>
        q.Date.Year - 2 < calendar.FirstSupportedYear || q.Date.Year + 2 > calendar.LastSupportedYear ? null : new TenantAnswer(
        calendar.IsOpen(q.Instant),
        calendar.NextOpen(q.Instant),
        calendar.NextClose(q.Instant),
        calendar.BusinessTimeBetween(q.Instant, q.Instant + q.Span),
        calendar.AddBusinessTime(q.Instant, q.Amount),
        calendar.IsBusinessDay(q.Date),
        calendar.AddBusinessDays(q.Date, q.Days));

    private static TenantAnswer?[] AskAll(BusinessCalendar calendar, TenantQuery[] queries) => queries.Select(q => Ask(calendar, q)).ToArray();

    // Queries in each of the years, up to ±400 days of span, ±2,000 hours of business time and ±300 business days,
    // so the far years (1905, 2195) stay inside the supported 1900–2199.
    private static TenantQuery[] TenantQueries(int perYear)
    {
        var random = new Random(20261201);
        var queries = new List<TenantQuery>();
        foreach (int year in s_tenantYears)
        {
            for (int i = 0; i < perYear; i++)
            {
                Instant instant = Instant.FromUtc(year, 1, 1, 0, 0) + Duration.FromMinutes(random.Next(0, 365 * 1440)) + Duration.FromSeconds(random.Next(0, 60));
                queries.Add(new TenantQuery(
                    instant,
                    Duration.FromMinutes(random.Next(-400 * 1440, 400 * 1440)),
                    Duration.FromMinutes(random.Next(-2000 * 60, 2000 * 60)),
                    instant.InUtc().Date,
                    random.Next(-300, 300)));
            }
        }

        return queries.ToArray();
    }

    // Thread t's order over (calendar, query) items, item = calendar × queries + query: calendar by calendar,
    // the reverse, year by year across the calendars (a sweep from 1905), the reverse (from 2195), and seeded
    // shuffles.
    private static int[] TenantOrder(int thread, int round, int calendarCount, int queryCount)
    {
        int[] byCalendar = Enumerable.Range(0, calendarCount * queryCount).ToArray();
        int[] byQuery = Enumerable.Range(0, queryCount).SelectMany(q => Enumerable.Range(0, calendarCount).Select(c => (c * queryCount) + q)).ToArray();
        switch (thread)
        {
            case 0:
                return byCalendar;
            case 1:
                return byCalendar.Reverse().ToArray();
            case 2:
                return byQuery;
            case 3:
                return byQuery.Reverse().ToArray();
            default:
                var random = new Random((round * 100) + thread);
                for (int i = byCalendar.Length - 1; i > 0; i--)
                {
                    int j = random.Next(i + 1);
                    (byCalendar[i], byCalendar[j]) = (byCalendar[j], byCalendar[i]);
                }

                return byCalendar;
        }
    }

    // Seven tenants' definitions, each built from scratch on every call (new schedules, new holiday calendars except
    // the library's own US federal instance, new overrides). 0 and 6 differ only in zone, 0 and 1 in hours, zone and
    // holidays. 1 is a customer of the tenant spec (its shared holidays, 1971–2199); 2 shares the library's instance.
    // The others support 1900–2199.
    private static BusinessCalendar NewTenantCalendar(int definition)
    {
        static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];
        static HolidayCalendar TenantHolidays(HolidayCalendar federal) => federal.With(
            HolidayRule.DaysAfter("Day after Thanksgiving", "Thanksgiving Day", 1),
            HolidayRule.BusinessDaysBetween("Year-end break", "Christmas Day", "New Year's Day"));
        static HolidayCalendar FederalSince1900() => HolidayCalendar.Create(HolidayCalendars.UsFederal.Rules);
        static WeeklySchedule Weekdays(int openHour, int openMinute, int closeHour, int closeMinute)
            => WeeklySchedule.Create().Weekdays(new LocalTime(openHour, openMinute), new LocalTime(closeHour, closeMinute));

        return definition switch
        {
            0 => BusinessCalendar.Create(Weekdays(9, 0, 17, 0), TenantHolidays(FederalSince1900()), Zone("America/New_York")),
            1 => BusinessCalendar.Create(Weekdays(7, 23, 15, 0), TenantHolidays(HolidayCalendars.UsFederal), Zone("America/Los_Angeles")),
            2 => BusinessCalendar.Create(
                Weekdays(9, 30, 18, 30).Add(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(14, 0)),
                HolidayCalendars.UsFederal,
                Zone("Asia/Kolkata")),
            3 => BusinessCalendar.Create(
                Weekdays(8, 0, 16, 0).Add(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0)),
                Zone("Australia/Sydney")),
            4 => BusinessCalendar.Create(
                    WeeklySchedule.Create().EveryDay(new LocalTime(10, 0), new LocalTime(22, 0)),
                    FederalSince1900(),
                    Zone("America/Sao_Paulo"))
                .WithOverrides(DateOverrides.Empty
                    .Closed(new LocalDate(2026, 12, 24))
                    .Hours(new LocalDate(1950, 6, 3), new LocalTime(12, 0), new LocalTime(13, 0))
                    .Closed(new LocalDate(2195, 3, 1))),
            5 => BusinessCalendar.Create(Weekdays(8, 0, 16, 0), TenantHolidays(FederalSince1900()), Zone("Europe/London"))
                .WithSchedule(new LocalDate(2000, 1, 1), Weekdays(9, 0, 17, 30)),
            6 => BusinessCalendar.Create(Weekdays(9, 0, 17, 0), TenantHolidays(FederalSince1900()), Zone("America/Chicago")),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "There are seven tenant definitions."),
        };
    }
}
