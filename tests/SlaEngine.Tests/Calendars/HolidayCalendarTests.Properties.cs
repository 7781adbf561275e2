using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Tests.TestSupport;

namespace SlaEngine.Tests.Calendars;

/// <summary>
/// Day arithmetic on random calendars (random rules and weekends, 1971–2199) against a brute-force
/// day-by-day walk over the independent <see cref="ReferenceHolidayModel"/>, plus the invariants
/// that tie the operations together.
/// </summary>
public sealed partial class HolidayCalendarTests
{
    /// <summary>
    /// A random calendar, a start date near its year, a signed span in days, a signed count and a split point; and the
    /// years (offsets from the start's) the calendar is asked about first, in that order, so the properties run on a calendar
    /// compiled piecemeal: scattered years and runs that the checked queries extend, bridge and join.
    /// </summary>
    public sealed record ArithmeticCase(CalendarCase Calendar, LocalDate Start, int SpanDays, int Count, int SplitDays, IReadOnlyList<int> WarmUpYears)
    {
        public LocalDate End => Clamp(Start.PlusDays(SpanDays));

        public LocalDate Split => Clamp(Start.PlusDays(SplitDays));

        public override string ToString() => $"{Calendar}; start {ReferenceData.Iso(Start)}, span {SpanDays}, count {Count}, split {SplitDays}, first asked about years {string.Join(", ", WarmUpYears.Select(y => Start.Year + y))}";

        private static LocalDate Clamp(LocalDate date)
            => date < ArithmeticGenerators.First ? ArithmeticGenerators.First : date > ArithmeticGenerators.Last ? ArithmeticGenerators.Last : date;
    }

    /// <summary>Generators for <see cref="ArithmeticCase"/>: dates kept a year inside the default supported years 1900–2199.</summary>
    public static class ArithmeticGenerators
    {
        public static readonly LocalDate First = new(1901, 1, 1);
        public static readonly LocalDate Last = new(2198, 12, 31);

        public static Arbitrary<ArithmeticCase> Cases() => Arb.From(
            from calendar in CalendarGenerators.Calendars().Generator
            from dayOfYear in Gen.Choose(0, 364)
            from span in Gen.Frequency((3, Gen.Choose(-40, 40)), (2, Gen.Choose(-400, 400)))
            from count in Gen.Frequency((3, Gen.Choose(-10, 10)), (1, Gen.Choose(-60, 60)))
            from split in Gen.Choose(-450, 450)
            from warmUps in Gen.Frequency((1, Gen.Constant(Array.Empty<int>())), (3, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(-3, 3), n))))
            let start = new LocalDate(Math.Clamp(calendar.Year, 1903, 2197), 1, 1).PlusDays(dayOfYear) // ±60 business days of a 6-day weekend stay inside 1900–2199
            select new ArithmeticCase(calendar, start < Last ? start : Last, span, count, split, warmUps));
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArithmeticGenerators)])]
    public bool BusinessDaysBetween_EqualsADayByDayCount_AndIsAntisymmetric(ArithmeticCase c)
    {
        (HolidayCalendar calendar, ReferenceHolidayModel model) = Build(c);
        int expected = BruteCount(model, c.Start, c.End);
        return calendar.BusinessDaysBetween(c.Start, c.End) == expected
            && calendar.BusinessDaysBetween(c.End, c.Start) == -expected;
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArithmeticGenerators)])]
    public bool BusinessDaysBetween_IsAdditiveOverSplits(ArithmeticCase c)
    {
        HolidayCalendar calendar = Build(c).Calendar;
        return calendar.BusinessDaysBetween(c.Start, c.Split) + calendar.BusinessDaysBetween(c.Split, c.End)
            == calendar.BusinessDaysBetween(c.Start, c.End);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArithmeticGenerators)])]
    public bool AddBusinessDays_EqualsADayByDayWalk_AndAgreesWithBusinessDaysBetween(ArithmeticCase c)
    {
        (HolidayCalendar calendar, ReferenceHolidayModel model) = Build(c);
        LocalDate expected = BruteAdd(model, c.Start, c.Count);
        LocalDate actual = calendar.AddBusinessDays(c.Start, c.Count);

        // The counts agree: n > 0 business days in (start, result]; n < 0 in [result, start); n = 0 none in [start, result).
        int between = c.Count > 0 ? calendar.BusinessDaysBetween(c.Start.PlusDays(1), actual.PlusDays(1))
            : c.Count < 0 ? -calendar.BusinessDaysBetween(actual, c.Start)
            : calendar.BusinessDaysBetween(c.Start, actual);
        return actual == expected && calendar.IsBusinessDay(actual) && between == c.Count;
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArithmeticGenerators)])]
    public bool AddBusinessDays_ThereAndBack_ReturnsToTheStartWhenItIsABusinessDay(ArithmeticCase c)
    {
        HolidayCalendar calendar = Build(c).Calendar;
        LocalDate there = calendar.AddBusinessDays(c.Start, c.Count);
        LocalDate back = calendar.AddBusinessDays(there, -c.Count);
        return !calendar.IsBusinessDay(c.Start) || back == c.Start;
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArithmeticGenerators)])]
    public bool Adjust_EachConvention_MatchesItsDefinition(ArithmeticCase c)
    {
        (HolidayCalendar calendar, ReferenceHolidayModel model) = Build(c);
        LocalDate date = c.End;
        LocalDate following = date;
        while (!model.IsBusinessDay(following))
        {
            following = following.PlusDays(1);
        }

        LocalDate preceding = date;
        while (!model.IsBusinessDay(preceding))
        {
            preceding = preceding.PlusDays(-1);
        }

        bool SameMonth(LocalDate d) => d.Year == date.Year && d.Month == date.Month;
        return calendar.Adjust(date, BusinessDayConvention.Following) == following
            && calendar.Adjust(date, BusinessDayConvention.Preceding) == preceding
            && calendar.Adjust(date, BusinessDayConvention.ModifiedFollowing) == (SameMonth(following) ? following : preceding)
            && calendar.Adjust(date, BusinessDayConvention.ModifiedPreceding) == (SameMonth(preceding) ? preceding : following);
    }

    /// <summary>A random calendar narrowed to one to four supported years, a start inside them and a long signed count.</summary>
    public sealed record LongJumpCase(CalendarCase Calendar, int FirstYear, int LastYear, LocalDate Start, int Count)
    {
        public override string ToString() => $"{Calendar}; years {FirstYear}–{LastYear}, start {ReferenceData.Iso(Start)}, count {Count}";
    }

    /// <summary>Generators for <see cref="LongJumpCase"/>: counts up to ±1,500 business days, so results land in any year of the range or past either end.</summary>
    public static class LongJumpGenerators
    {
        public static Arbitrary<LongJumpCase> Cases() => Arb.From(
            from calendar in CalendarGenerators.Calendars().Generator
            from length in Gen.Choose(0, 3)
            from dayOffset in Gen.Choose(0, 365 * 4)
            from count in Gen.Frequency((2, Gen.Choose(-1500, 1500)), (1, Gen.Choose(-300, 300)), (1, Gen.Choose(-3, 3)))
            let first = Math.Clamp(calendar.Year, 1971, 2199 - length)
            let last = first + length
            let offset = dayOffset % (Period.Between(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31), PeriodUnits.Days).Days + 1)
            select new LongJumpCase(calendar, first, last, new LocalDate(first, 1, 1).PlusDays(offset), count));
    }

    [Property(MaxTest = 1500, Arbitrary = [typeof(LongJumpGenerators)])]
    public bool AddBusinessDays_LongJumpsInANarrowRange_EqualADayByDayWalk_OrThrowAtTheEnds(LongJumpCase c)
    {
        HolidayCalendar calendar = HolidayCalendar.Create(c.Calendar.Rules, c.Calendar.Weekend).WithSupportedYears(c.FirstYear, c.LastYear);
        var model = new ReferenceHolidayModel(c.Calendar.Rules, c.Calendar.Weekend);

        // Step day by day; leaving the supported years before the count is reached means the call must throw.
        LocalDate? expected = c.Start;
        LocalDate d = c.Start;
        int step = c.Count >= 0 ? 1 : -1;
        int left = Math.Abs(c.Count);
        if (c.Count == 0)
        {
            left = model.IsBusinessDay(d) ? 0 : 1;
            d = d.PlusDays(-1);
        }

        while (left > 0)
        {
            d = d.PlusDays(step);
            if (d.Year < c.FirstYear || d.Year > c.LastYear)
            {
                expected = null;
                break;
            }

            left -= model.IsBusinessDay(d) ? 1 : 0;
            expected = d;
        }

        if (expected is null)
        {
            try
            {
                calendar.AddBusinessDays(c.Start, c.Count);
                return false;
            }
            catch (ArgumentOutOfRangeException error)
            {
                return error.ParamName == "days";
            }
        }

        return calendar.AddBusinessDays(c.Start, c.Count) == expected.Value;
    }

    private static (HolidayCalendar Calendar, ReferenceHolidayModel Model) Build(CalendarCase c)
        => (HolidayCalendar.Create(c.Rules, c.Weekend), new ReferenceHolidayModel(c.Rules, c.Weekend));

    /// <summary>Builds the case's calendar and asks it about its warm-up years first, in the case's order (a year that cannot be evaluated is left for the checks to meet).</summary>
    private static (HolidayCalendar Calendar, ReferenceHolidayModel Model) Build(ArithmeticCase c)
    {
        (HolidayCalendar calendar, ReferenceHolidayModel model) = Build(c.Calendar);
        foreach (int offset in c.WarmUpYears)
        {
            int year = Math.Clamp(c.Start.Year + offset, calendar.FirstSupportedYear, calendar.LastSupportedYear);
            try
            {
                _ = calendar.IsBusinessDay(new LocalDate(year, 6, 30));
            }
            catch (HolidayRuleEvaluationException)
            {
            }
        }

        return (calendar, model);
    }

    /// <summary>Business days in [a, b) by stepping one day at a time; negated when b &lt; a.</summary>
    private static int BruteCount(ReferenceHolidayModel model, LocalDate a, LocalDate b)
    {
        int sign = 1;
        if (b < a)
        {
            (a, b) = (b, a);
            sign = -1;
        }

        int count = 0;
        for (LocalDate d = a; d < b; d = d.PlusDays(1))
        {
            count += model.IsBusinessDay(d) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary>The n-th business day strictly after (n &gt; 0) or before (n &lt; 0) the start, or the start rolled forward (n = 0), by stepping.</summary>
    private static LocalDate BruteAdd(ReferenceHolidayModel model, LocalDate start, int n)
    {
        LocalDate d = start;
        if (n == 0)
        {
            while (!model.IsBusinessDay(d))
            {
                d = d.PlusDays(1);
            }

            return d;
        }

        int step = n > 0 ? 1 : -1;
        for (int left = Math.Abs(n); left > 0;)
        {
            d = d.PlusDays(step);
            left -= model.IsBusinessDay(d) ? 1 : 0;
        }

        return d;
    }
}
