using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The compiled days of a calendar: per calendar year, a bitmap of business days with running counts, compiled from an
/// <see cref="IDaySource"/> only where a query needs it, answering day-level questions in constant time once compiled.
/// Owned by <see cref="HolidayCalendar"/> (holidays and weekend days) and by business calendars (dates with open time).
/// </summary>
/// <remarks>
/// <para>
/// <b>What compiles.</b> A query about one date (is it a business day, a holiday) compiles that date's year alone. A query
/// that counts across years (business days between two dates, the n-th business day after one) compiles every year between
/// its ends that is not compiled yet, in one call to the source, and nothing else: a first query about 2199 costs one year,
/// and one that spans ten years costs ten years, once.
/// </para>
/// <para>
/// <b>Runs.</b> Consecutive compiled years form a <em>run</em> whose running counts are measured from one origin year, so a
/// count across years is a subtraction whatever their distance. Compiling a year next to a run extends it; compiling the
/// years between two runs joins them, rewriting the smaller run's counts in a new <see cref="YearTable"/>.
/// </para>
/// <para>
/// Thread-safe: compilation happens under a lock and publishes each year once (its meta word last); readers take the current
/// table once per query and never see a year half-written. A source that throws (<see cref="HolidayRuleEvaluationException"/>)
/// publishes nothing, and the next query that needs the year throws again.
/// </para>
/// <para>
/// <b>Views.</b> The static <c>Try…</c> methods answer from a <em>view</em>: a table's words, which an owner keeps in a field
/// of its own object and refreshes from <see cref="Table"/> after a slow path, so that a query goes from the owner straight to
/// the year's words (the day-level hot paths take a few nanoseconds, and each dependent load through another object is a
/// tenth of that). The words carry their own first year in their header (see <see cref="YearTable"/>), so one reference is the
/// whole view, and any table once published stays correct for the years it holds.
/// </para>
/// </remarks>
internal sealed class CompiledDays
{
    private readonly IDaySource _source;
    private readonly bool _withExtras;
    private readonly bool _noBusinessDays;
    private readonly object _lock;
    private YearTable _table;

    // The view of the current table (see the remarks), for this object's own queries.
    private ulong[] _words;

    /// <summary>Initializes the days of the years <paramref name="firstYear"/>–<paramref name="lastYear"/>, none compiled yet.</summary>
    /// <param name="source">Compiles the years.</param>
    /// <param name="firstYear">The first supported year.</param>
    /// <param name="lastYear">The last supported year.</param>
    /// <param name="withExtras">Whether the source gives each year's holidays (<see cref="Year"/>).</param>
    /// <param name="noBusinessDays">Whether no year can have a business day (every day of the week a weekend day), so searches stop at once.</param>
    [MethodImpl(Jit.Optimized)]
    public CompiledDays(IDaySource source, int firstYear, int lastYear, bool withExtras, bool noBusinessDays)
    {
        _source = source;
        _withExtras = withExtras;
        _noBusinessDays = noBusinessDays;
        _lock = new object();
        FirstYear = firstYear;
        LastYear = lastYear;
        _table = YearTable.Empty(firstYear, withExtras);
        _words = _table.Words;
    }

    /// <summary>Gets the first supported year.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last supported year.</summary>
    public int LastYear { get; }

    /// <summary>Gets the current table, whose words an owner may keep as its own view (see the remarks).</summary>
    public YearTable Table => Volatile.Read(ref _table);

    /// <summary>
    /// Answers <see cref="IsBusinessDay"/> about an ISO date from a view (a table's words) without compiling:
    /// <see langword="false"/> when the view does not hold the date's year.
    /// </summary>
    /// <remarks>
    /// The caller checks the calendar first and reads the view after: the check may call out, and a view read before it would
    /// be live across that call, spilled to the stack and reloaded on the hot path.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryIsBusinessDay(ulong[] words, LocalDate date, out bool open)
    {
        if (TryLocate(words, YearTable.OriginOf(words), date, out int index, out int slot))
        {
            open = ((words[index + (slot >> 6)] >> slot) & 1) != 0;
            return true;
        }

        open = false;
        return false;
    }

    /// <summary>Answers <see cref="BusinessDaysBetween"/> about ISO dates from a view without compiling (see <see cref="TryIsBusinessDay"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBusinessDaysBetween(ulong[] words, LocalDate start, LocalDate end, out int count)
    {
        // The origin read once: a second read after the first year's (volatile) meta word would be a load of its own.
        int origin = YearTable.OriginOf(words);
        if (TryLocate(words, origin, start, out int startIndex, out int startSlot)
            && TryLocate(words, origin, end, out int endIndex, out int endSlot))
        {
            ulong startCounts = words[startIndex + YearWords.Counts];
            ulong endCounts = words[endIndex + YearWords.Counts];
            if (YearWords.SameRun(startCounts, endCounts))
            {
                count = CountBefore(words, endIndex, endSlot, endCounts) - CountBefore(words, startIndex, startSlot, startCounts);
                return true;
            }
        }

        count = 0;
        return false;
    }

    /// <summary>
    /// Answers <see cref="AddBusinessDays"/> about an ISO date from a view without compiling or searching (see
    /// <see cref="TryIsBusinessDay"/>): also <see langword="false"/> when the answer's year is not in the view, in the start's run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAddBusinessDays(ulong[] words, LocalDate date, int days, out LocalDate result)
    {
        int origin = YearTable.OriginOf(words);
        if (TryLocate(words, origin, date, out int index, out int slot))
        {
            if (unchecked((uint)(days - 1)) < NearDays && TryNearBusinessDay(words, origin, index, slot, days, out result))
            {
                return true;
            }

            return TryBusinessDayAt(words, origin, Target(words, index, slot, days), index, out result);
        }

        result = default;
        return false;
    }

    /// <summary>The largest count of business days <see cref="TryNearBusinessDay"/> walks to: the next business day, or the next week's.</summary>
    private const int NearDays = 8;

    /// <summary>
    /// Finds the <paramref name="days"/>-th business day (1 to <see cref="NearDays"/>) after slot <paramref name="slot"/> in the
    /// same year's bits, set bit by set bit: "the next business day" without the counts' arithmetic. <see langword="false"/> when
    /// the year runs out first (the caller then counts).
    /// </summary>
    private static bool TryNearBusinessDay(ulong[] words, int origin, int index, int slot, int days, out LocalDate result)
    {
        int next = slot + 1;
        int w = next >> 6;
        ulong bits = w < YearWords.BitWords ? words[index + w] & (ulong.MaxValue << (next & 63)) : 0;
        while (w < YearWords.BitWords)
        {
            if (bits == 0)
            {
                if (++w == YearWords.BitWords)
                {
                    break;
                }

                bits = words[index + w];
                continue;
            }

            if (--days == 0)
            {
                int found = (w << 6) + Bits.TrailingZeroCount(bits);
                result = new LocalDate(origin + (index / YearWords.Stride), (found >> 5) + 1, (found & 31) + 1);
                return true;
            }

            bits &= bits - 1;
        }

        result = default;
        return false;
    }

    /// <summary>Returns whether <paramref name="date"/> is a business day, compiling its year on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsBusinessDay(LocalDate date, string paramName)
        => date.Calendar == CalendarSystem.Iso && TryIsBusinessDay(Volatile.Read(ref _words), date, out bool open)
            ? open
            : IsBusinessDaySlow(date, paramName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsBusinessDaySlow(LocalDate date, string paramName)
    {
        Location location = Locate(date, paramName);
        return ((location.Table.Words[location.Index + (location.Slot >> 6)] >> location.Slot) & 1) != 0;
    }

    /// <summary>Returns whether <paramref name="date"/> is the observed date of a holiday, compiling its year on first use (only with extras).</summary>
    public bool IsHoliday(LocalDate date, string paramName)
    {
        Location location = Locate(date, paramName);
        ulong[] bits = Extras(location).HolidayBits;
        return ((bits[location.Slot >> 6] >> location.Slot) & 1) != 0;
    }

    /// <summary>Returns the compiled year of <paramref name="date"/> (its holidays), compiling it on first use (only with extras).</summary>
    public CompiledYear YearOf(LocalDate date, string paramName) => Extras(Locate(date, paramName));

    private static CompiledYear Extras(Location location) => Volatile.Read(ref location.Table.Extras![(location.Index / YearWords.Stride) - 1])!;

    /// <summary>
    /// Returns where <paramref name="date"/> is in a table in which its year is published: checks the date and compiles its year
    /// on first use. The single-date queries share this one slow path, so that whichever of them runs first, the others find it
    /// compiled by the JIT already (a first query after start-up then compiles no method).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | Jit.Optimized)]
    public Location Locate(LocalDate date, string paramName)
    {
        YearTable table = Volatile.Read(ref _table);
        if (date.Calendar != CalendarSystem.Iso || !TryLocate(table.Words, table.Origin, date, out int index, out int slot))
        {
            CheckDate(date, paramName);
            table = EnsureCompiled(date.Year);
            TryLocate(table.Words, table.Origin, date, out index, out slot);
        }

        return new Location(table, index, slot);
    }

    /// <summary>Returns the compiled year of <paramref name="year"/> (its holidays), compiling it on first use; the year must be supported.</summary>
    public CompiledYear Year(int year)
    {
        YearTable table = EnsureCompiled(year);
        return Volatile.Read(ref table.Extras![year - table.First])!;
    }

    /// <summary>Returns the number of business days in [<paramref name="start"/>, <paramref name="end"/>), negative when reversed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
        => start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso
            && TryBusinessDaysBetween(Volatile.Read(ref _words), start, end, out int count)
            ? count
            : BusinessDaysBetweenSlow(start, end);

    /// <summary>
    /// Returns the business day <paramref name="days"/> business days after <paramref name="date"/> (see
    /// <see cref="HolidayCalendar.AddBusinessDays"/>); <paramref name="adjusting"/> names the convention when
    /// <see cref="HolidayCalendar.Adjust"/> is the caller, for its messages.
    /// </summary>
    public LocalDate AddBusinessDays(LocalDate date, int days, BusinessDayConvention adjusting)
        => date.Calendar == CalendarSystem.Iso && TryAddBusinessDays(Volatile.Read(ref _words), date, days, out LocalDate result)
            ? result
            : AddBusinessDaysSlow(date, days, adjusting);

    /// <summary>Returns <see cref="AddBusinessDays"/>, compiling and searching as needed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | Jit.Optimized)]
    public LocalDate AddBusinessDaysSlow(LocalDate date, int days, BusinessDayConvention adjusting)
    {
        CheckDate(date, nameof(date));
        YearTable table = EnsureCompiled(date.Year);
        ulong[] words = table.Words;
        TryLocate(words, table.Origin, date, out int index, out int slot);
        long target = Target(words, index, slot, days);
        if (TryBusinessDayAt(words, table.Origin, target, index, out LocalDate result))
        {
            return result;
        }

        int hintYear = table.Origin + (index / YearWords.Stride);
        return FindYear(hintYear, target - YearWords.Before(words[index + YearWords.Counts]), date, days, adjusting);
    }

    /// <summary>
    /// Returns the running count (business days before it since the origin of its year's run) of the business day
    /// <paramref name="days"/> business days after the date in <paramref name="slot"/> of the year at <paramref name="index"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Target(ulong[] words, int index, int slot, int days)
    {
        long before = CountBefore(words, index, slot, words[index + YearWords.Counts]);
        return days > 0 ? before + (long)((words[index + (slot >> 6)] >> slot) & 1) + days - 1
            : days == 0 ? before
            : before + days;
    }

    /// <summary>
    /// Returns the index in <paramref name="words"/> (a table's, or a view of one, whose header holds
    /// <paramref name="origin"/>) of the published year of <paramref name="date"/>, and the date's slot:
    /// <see langword="false"/> when the words do not hold the year published. The caller has checked that the date is in the
    /// ISO calendar.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLocate(ulong[] words, int origin, LocalDate date, out int index, out int slot)
    {
        // The header's place (year 0 here) is never published.
        uint year = unchecked((uint)(date.Year - origin));
        if (year < (uint)(words.Length / YearWords.Stride))
        {
            index = (int)year * YearWords.Stride;
            if ((Volatile.Read(ref words[index + YearWords.Meta]) & YearWords.Published) == YearWords.Published)
            {
                slot = YearWords.Slot(date.Month, date.Day);
                return true;
            }
        }

        index = slot = 0;
        return false;
    }

    /// <summary>Business days from the run's origin to the date in <paramref name="slot"/> of the year at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountBefore(ulong[] words, int index, int slot, ulong counts)
        => YearWords.Before(counts)
            + YearWords.Rank(words[index + YearWords.Meta], slot >> 6)
            + Bits.PopCount(words[index + (slot >> 6)] & ((1UL << slot) - 1));

    /// <summary>Returns <see cref="BusinessDaysBetween"/>, compiling the years between the dates as needed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int BusinessDaysBetweenSlow(LocalDate start, LocalDate end)
    {
        CheckDate(start, nameof(start));
        CheckDate(end, nameof(end));
        YearTable table = EnsureRun(Math.Min(start.Year, end.Year), Math.Max(start.Year, end.Year));
        ulong[] words = table.Words;
        TryLocate(words, table.Origin, start, out int startIndex, out int startSlot);
        TryLocate(words, table.Origin, end, out int endIndex, out int endSlot);
        return CountBefore(words, endIndex, endSlot, words[endIndex + YearWords.Counts]) - CountBefore(words, startIndex, startSlot, words[startIndex + YearWords.Counts]);
    }

    /// <summary>
    /// Gets or sets how out-of-range messages name the calendar ("the built-in calendar 'CN' (China, announced through 2027)"),
    /// or <see langword="null"/> for "this calendar". Set once, before the calendar is shared.
    /// </summary>
    public string? Label { get; set; }

    /// <summary>Checks that <paramref name="date"/> is an ISO date in the supported years.</summary>
    public void CheckDate(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format("Dates must be in the ISO calendar, was {0} in {1}.", date, date.Calendar.Id));
        }

        if (date.Year < FirstYear || date.Year > LastYear)
        {
            Preconditions.ThrowOutOfRange(paramName, date, Preconditions.Format(
                "The date {0:uuuu-MM-dd} is outside the years {1}–{2} that {3} supports.", date, FirstYear, LastYear, Label ?? "this calendar"));
        }
    }

    /// <summary>
    /// Finds the business day whose running count (business days before it since the origin of the year at
    /// <paramref name="hint"/>) is <paramref name="target"/> by estimate: <see langword="false"/> when the estimate does not
    /// find it published in the same run (the caller then searches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryBusinessDayAt(ulong[] words, int origin, long target, int hint, out LocalDate result)
    {
        // Business days per year hardly vary, so the target's year is where the start year's rate puts it, give or take one:
        // estimate with a multiply by the year's reciprocal, correct by one year without branching, then verify (the year must
        // be published and in the same run). Any distance costs the same; anything unusual takes the search.
        ulong counts = words[hint + YearWords.Counts];
        long offset = target - YearWords.Before(counts);
        if (offset > int.MinValue && offset < int.MaxValue)
        {
            long guess = hint + (((offset * YearWords.Reciprocal(counts)) >> YearWords.ReciprocalShift) * YearWords.Stride);

            // The guess and the year it is corrected to must be places in the table (the header's included: it reads as a year
            // not compiled), which may hold one year only. The guess need not be published (an unpublished year's counts are
            // zeros or being written): the year it leads to is verified below.
            if (unchecked((ulong)guess) < (ulong)words.Length)
            {
                ulong guessCounts = words[guess + YearWords.Counts];
                long guessRank = target - YearWords.Before(guessCounts);
                int index = (int)guess + (YearWords.Stride * ((guessRank >= YearWords.Total(guessCounts) ? 1 : 0) - (guessRank < 0 ? 1 : 0)));
                if (unchecked((uint)index) < (uint)words.Length)
                {
                    ulong meta = Volatile.Read(ref words[index + YearWords.Meta]);
                    ulong found = words[index + YearWords.Counts];
                    long rank = target - YearWords.Before(found);
                    if ((meta & YearWords.Published) == YearWords.Published && YearWords.SameRun(found, counts) && unchecked((ulong)rank) < (ulong)YearWords.Total(found))
                    {
                        result = DayOfRank(words, origin, index, (int)rank);
                        return true;
                    }
                }
            }
        }

        result = default;
        return false;
    }

    /// <summary>Returns the date of the business day of rank <paramref name="rank"/> within the year at <paramref name="index"/>.</summary>
    private static LocalDate DayOfRank(ulong[] words, int origin, int index, int rank)
    {
        ulong meta = words[index + YearWords.Meta];
        int word = YearWords.WordOfRank(meta, rank);
        int slot = (word << 6) + Bits.Select(words[index + word], rank - YearWords.Rank(meta, word));
        return new LocalDate(origin + (index / YearWords.Stride), (slot >> 5) + 1, (slot & 31) + 1);
    }

    /// <summary>
    /// Finds the business day of rank <paramref name="offset"/> counted from 1 January of <paramref name="hintYear"/> (negative:
    /// before it), compiling the years from the hint year toward it as one run: gallops, then bisects.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private LocalDate FindYear(int hintYear, long offset, LocalDate start, int days, BusinessDayConvention adjusting)
    {
        if (_noBusinessDays)
        {
            Preconditions.ThrowInvalidOperation("The calendar has no business days: every day of the week is a weekend day.");
        }

        // The answer is the first year y with offset < End(y), where End(y) counts the business days from 1 January of the
        // hint year to the end of y (negative before the hint year); it lies in (low, high].
        int low;
        int high;
        int step = 1;
        YearTable table;
        if (offset >= 0)
        {
            low = hintYear - 1;
            high = hintYear;
            while (true)
            {
                table = EnsureRun(hintYear, high);
                if (offset < End(table, high))
                {
                    break;
                }

                if (high == LastYear)
                {
                    ThrowIfNoBusinessDaysAtAll();
                    ThrowOutOfRange(start, days, adjusting, "past", LastYear, "last");
                }

                low = high;
                high = (int)Math.Min((long)high + step, LastYear);
                step *= 2;
            }
        }
        else
        {
            high = hintYear;
            low = hintYear;
            while (true)
            {
                // Every year before low ends at or before the offset when the offset is at or after low's start.
                table = EnsureRun(low, hintYear);
                if (offset >= End(table, low - 1))
                {
                    low--;
                    break;
                }

                if (low == FirstYear)
                {
                    ThrowIfNoBusinessDaysAtAll();
                    ThrowOutOfRange(start, days, adjusting, "before", FirstYear, "first");
                }

                high = low;
                low = (int)Math.Max((long)low - step, FirstYear);
                step *= 2;
            }
        }

        while (high - low > 1)
        {
            int middle = low + ((high - low) / 2);
            if (offset < End(table, middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return DayOfRank(table.Words, table.Origin, table.Index(high), (int)(offset - (End(table, high - 1))));

        // Business days from 1 January of the hint year to the end of year y (y from hintYear - 1 in the run).
        long End(YearTable t, int y)
        {
            // y is at least the table's first year less one, whose place is the header's (never published). The meta word is
            // read first, and volatile: another thread may be compiling y into this table, and its counts are only valid once
            // its meta word says published (read the other way round, new meta and old counts could pair).
            ulong hintCounts = t.Words[t.Index(hintYear) + YearWords.Counts];
            if ((Volatile.Read(ref t.Words[t.Index(y) + YearWords.Meta]) & YearWords.Published) != YearWords.Published)
            {
                // Not compiled (the year before the run, or the header): its end is the next year's start.
                return YearWords.Before(t.Words[t.Index(y + 1) + YearWords.Counts]) - (long)YearWords.Before(hintCounts);
            }

            ulong c = t.Words[t.Index(y) + YearWords.Counts];
            return (long)YearWords.Before(c) + YearWords.Total(c) - YearWords.Before(hintCounts);
        }
    }

    /// <summary>Throws for a business day beyond the supported years, naming the argument of the public method that was called.</summary>
    [DoesNotReturn]
    private void ThrowOutOfRange(LocalDate start, int days, BusinessDayConvention adjusting, string direction, int year, string which)
    {
        if (adjusting != BusinessDayConvention.None)
        {
            Preconditions.ThrowOutOfRange("date", start, Preconditions.Format(
                "Adjusting {0:uuuu-MM-dd} by {1} goes {2} {3}, the {4} year {5} supports.", start, adjusting, direction, year, which, Label ?? "this calendar"));
        }

        Preconditions.ThrowOutOfRange(nameof(days), days, Preconditions.Format(
            "Counting {0} business {1} from {2:uuuu-MM-dd} goes {3} {4}, the {5} year {6} supports.",
            days, days is 1 or -1 ? "day" : "days", start, direction, year, which, Label ?? "this calendar"));
    }

    /// <summary>Throws when no supported year has a business day, so a search that ran out of range says why.</summary>
    private void ThrowIfNoBusinessDaysAtAll()
    {
        YearTable table = EnsureRun(FirstYear, LastYear);
        ulong first = table.Words[table.Index(FirstYear) + YearWords.Counts];
        ulong last = table.Words[table.Index(LastYear) + YearWords.Counts];
        if (YearWords.Before(last) + YearWords.Total(last) == YearWords.Before(first))
        {
            Preconditions.ThrowInvalidOperation(Preconditions.Format(
                "The calendar has no business days at all in the years {0}–{1} that it supports.", FirstYear, LastYear));
        }
    }

    /// <summary>Returns a table in which <paramref name="year"/> (supported) is published, compiling it if needed.</summary>
    [MethodImpl(Jit.Optimized)]
    private YearTable EnsureCompiled(int year)
    {
        YearTable table = Volatile.Read(ref _table);
        if (IsPublished(table, year))
        {
            return table;
        }

        lock (_lock)
        {
            table = _table;
            if (!IsPublished(table, year))
            {
                Compile(year, year);
                table = _table;
            }

            return table;
        }
    }

    /// <summary>Returns a table in which the years <paramref name="first"/>–<paramref name="last"/> (supported) form one run, compiling the missing ones.</summary>
    [MethodImpl(Jit.Optimized)]
    private YearTable EnsureRun(int first, int last)
    {
        YearTable table = Volatile.Read(ref _table);
        if (IsRun(table, first, last))
        {
            return table;
        }

        lock (_lock)
        {
            int year = first;
            while (year <= last)
            {
                if (IsPublished(_table, year))
                {
                    year++;
                    continue;
                }

                int end = year;
                while (end < last && !IsPublished(_table, end + 1))
                {
                    end++;
                }

                Compile(year, end);
                year = end + 1;
            }

            return _table;
        }
    }

    private static bool IsPublished(YearTable table, int year)
    {
        uint index = unchecked((uint)(year - table.First));
        return index < (uint)table.Count
            && (Volatile.Read(ref table.Words[table.Index(year) + YearWords.Meta]) & YearWords.Published) == YearWords.Published;
    }

    /// <summary>Returns whether the years <paramref name="first"/>–<paramref name="last"/> are published and counted from one origin in <paramref name="table"/>.</summary>
    private static bool IsRun(YearTable table, int first, int last)
    {
        if (!IsPublished(table, first))
        {
            return false;
        }

        ulong origin = table.Words[table.Index(first) + YearWords.Counts];
        for (int year = first + 1; year <= last; year++)
        {
            if (!IsPublished(table, year) || !YearWords.SameRun(table.Words[table.Index(year) + YearWords.Counts], origin))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Compiles the unpublished years <paramref name="first"/>–<paramref name="last"/> and publishes them, joining the runs next
    /// to them. Called under the lock.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private void Compile(int first, int last)
    {
        int count = last - first + 1;
        var bits = new ulong[count * YearWords.BitWords];
        CompiledYear?[]? extras = _withExtras ? new CompiledYear?[count] : null;
        _source.Compile(first, last, bits, extras);

        YearTable table = Cover(first, last);
        ulong[] words = table.Words;

        // Years that close the gap between two runs are written into a copy that is joined before anyone sees it: in a table
        // readers can see, consecutive published years are always one run (a reader holding the table may rely on it).
        bool left = IsPublished(table, first - 1);
        bool right = IsPublished(table, last + 1);
        bool joins = left && right && !YearWords.SameRun(words[table.Index(first - 1) + YearWords.Counts], words[table.Index(last + 1) + YearWords.Counts]);
        if (joins)
        {
            table = new YearTable(table.First, (ulong[])words.Clone(), (CompiledYear?[]?)table.Extras?.Clone());
            words = table.Words;
        }

        var totals = new int[count];
        for (int i = 0; i < count; i++)
        {
            for (int w = 0; w < YearWords.BitWords; w++)
            {
                totals[i] += Bits.PopCount(bits[(i * YearWords.BitWords) + w]);
            }
        }

        // The new years join the run on their left, else the one on their right, else start their own.
        int origin;
        var befores = new int[count];
        if (left)
        {
            ulong c = words[table.Index(first - 1) + YearWords.Counts];
            origin = YearWords.Origin(c);
            int before = YearWords.Before(c) + YearWords.Total(c);
            for (int i = 0; i < count; i++)
            {
                befores[i] = before;
                before += totals[i];
            }
        }
        else if (right)
        {
            ulong c = words[table.Index(last + 1) + YearWords.Counts];
            origin = YearWords.Origin(c);
            int before = YearWords.Before(c);
            for (int i = count - 1; i >= 0; i--)
            {
                before -= totals[i];
                befores[i] = before;
            }
        }
        else
        {
            origin = first - FirstYear;
            int before = 0;
            for (int i = 0; i < count; i++)
            {
                befores[i] = before;
                before += totals[i];
            }
        }

        for (int i = 0; i < count; i++)
        {
            int index = table.Index(first + i);
            Array.Copy(bits, i * YearWords.BitWords, words, index, YearWords.BitWords);
            words[index + YearWords.Counts] = YearWords.PackCounts(befores[i], origin, totals[i]);
            if (extras is not null)
            {
                Volatile.Write(ref table.Extras![i + first - table.First], extras[i]);
            }

            Volatile.Write(ref words[index + YearWords.Meta], YearWords.PackMeta(words, index));
        }

        if (joins)
        {
            Join(table, last);
            Publish(table);
        }
    }

    /// <summary>
    /// Joins the run ending at <paramref name="boundary"/> with the run starting after it: the smaller one's counts are rewritten
    /// from the larger one's origin, in place in <paramref name="table"/>, which no reader has seen yet. Called under the lock.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private void Join(YearTable table, int boundary)
    {
        ulong[] words = table.Words;
        ulong leftCounts = words[table.Index(boundary) + YearWords.Counts];
        ulong rightCounts = words[table.Index(boundary + 1) + YearWords.Counts];

        int leftFirst = boundary;
        while (IsPublished(table, leftFirst - 1) && YearWords.SameRun(words[table.Index(leftFirst - 1) + YearWords.Counts], leftCounts))
        {
            leftFirst--;
        }

        int rightLast = boundary + 1;
        while (IsPublished(table, rightLast + 1) && YearWords.SameRun(words[table.Index(rightLast + 1) + YearWords.Counts], rightCounts))
        {
            rightLast++;
        }

        // The right run's counts plus delta are the left run's.
        int delta = YearWords.Before(leftCounts) + YearWords.Total(leftCounts) - YearWords.Before(rightCounts);
        bool moveRight = rightLast - boundary <= boundary - leftFirst + 1;
        int origin = YearWords.Origin(moveRight ? leftCounts : rightCounts);
        int from = moveRight ? boundary + 1 : leftFirst;
        int to = moveRight ? rightLast : boundary;

        for (int year = from; year <= to; year++)
        {
            int index = table.Index(year) + YearWords.Counts;
            ulong c = words[index];
            words[index] = YearWords.PackCounts(YearWords.Before(c) + (moveRight ? delta : -delta), origin, YearWords.Total(c));
        }
    }

    /// <summary>
    /// Returns the current table if it covers <paramref name="first"/>–<paramref name="last"/>, else publishes a larger copy
    /// (growing at least twofold, within the supported years, so that compiling year by year stays linear). Called under the lock.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private YearTable Cover(int first, int last)
    {
        YearTable table = _table;
        int end = table.First + table.Count;
        if (table.Count > 0 && first >= table.First && last < end)
        {
            return table;
        }

        int newFirst = table.Count == 0 ? first : Math.Min(first, table.First);
        int newEnd = table.Count == 0 ? last + 1 : Math.Max(last + 1, end);
        if (table.Count > 0)
        {
            // Grow twofold toward where the years were needed.
            int wanted = Math.Max(newEnd - newFirst, 2 * table.Count);
            if (first < table.First)
            {
                newFirst = Math.Max(FirstYear, Math.Min(newFirst, newEnd - wanted));
            }

            if (last >= end)
            {
                newEnd = Math.Min(LastYear + 1, Math.Max(newEnd, newFirst + wanted));
            }
        }

        var grown = new YearTable(newFirst, newEnd - newFirst, _withExtras);
        if (table.Count > 0)
        {
            // The years only: the grown table has its own header.
            Array.Copy(table.Words, YearWords.Stride, grown.Words, grown.Index(table.First), table.Count * YearWords.Stride);
            if (table.Extras is not null)
            {
                Array.Copy(table.Extras, 0, grown.Extras!, table.First - newFirst, table.Extras.Length);
            }
        }

        Publish(grown);
        return grown;
    }

    /// <summary>Makes <paramref name="table"/> the current table, and its words the hot view. Called under the lock.</summary>
    private void Publish(YearTable table)
    {
        Volatile.Write(ref _table, table);
        Volatile.Write(ref _words, table.Words);
    }

    /// <summary>A date's place in a table in which its year is published: the year's first word and the date's slot.</summary>
    /// <remarks>Fields, not properties: the unoptimized first-tier code of a caller then reads them without calling (and first compiling) a getter.</remarks>
    internal readonly struct Location
    {
        /// <summary>The table.</summary>
        public readonly YearTable Table;

        /// <summary>The index of the year's first word in <see cref="YearTable.Words"/>.</summary>
        public readonly int Index;

        /// <summary>The date's slot in the year (<see cref="YearWords.Slot"/>).</summary>
        public readonly int Slot;

        public Location(YearTable table, int index, int slot)
        {
            Table = table;
            Index = index;
            Slot = slot;
        }
    }
}
