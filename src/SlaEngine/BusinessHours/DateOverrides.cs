using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <summary>
/// Replacement opening hours for particular dates: half days, special openings and extra closed days.
/// </summary>
/// <remarks>
/// <para>
/// A date with an override uses only the override's hours, whatever the weekly schedule and the holiday
/// calendar say: <see cref="Closed"/> closes the date (even a regular working day), and
/// <see cref="Hours"/> sets its hours (even on a holiday or a weekend). Hours added to the same date
/// accumulate; intervals that overlap or touch merge. Override hours lie within their date
/// (a close of <see cref="LocalTime.Midnight"/> means 24:00); split an overnight opening over two dates.
/// </para>
/// <para>
/// Build a few dates fluently from <see cref="Empty"/>:
/// <c>DateOverrides.Empty.Hours(new LocalDate(2026, 12, 24), new LocalTime(9, 0), new LocalTime(13, 0)).Closed(new LocalDate(2026, 12, 31))</c>.
/// Each such call shares all but a small part of the overrides it starts from (a few dozen dates and a reference per few dozen
/// dates are copied); for many dates at once (an imported closure feed, years of closed days) a <see cref="Builder"/> from
/// <see cref="CreateBuilder"/> or <see cref="ToBuilder"/> builds n dates in O(n log n).
/// </para>
/// <para>Instances are immutable and thread-safe; equality is structural. Lookups cost O(log n).</para>
/// </remarks>
public sealed partial class DateOverrides : IEquatable<DateOverrides>
{
    /// <summary>The most dates a chunk holds before an insertion splits it.</summary>
    private const int MaxChunk = 64;

    /// <summary>How many dates the builder puts in each chunk, leaving room for insertions.</summary>
    private const int BuiltChunk = 48;

    private static readonly OpenInterval[] s_closed = Array.Empty<OpenInterval>();
    private static readonly ReadOnlyCollection<OpenInterval> s_closedView = new(s_closed);

    // The dates in order, cut into chunks of at most MaxChunk: a two-level persistent tree, so a fluent change copies one chunk
    // and the array of chunks (n / 48 references), not every date. _firsts[i] is the first date of _chunks[i].
    private readonly Chunk[] _chunks;
    private readonly LocalDate[] _firsts;
    private readonly int _count;
    private int _hash;
    private ReadOnlyCollection<LocalDate>? _dateList;

    private DateOverrides(Chunk[] chunks, int count)
    {
        _chunks = chunks;
        _count = count;
        _firsts = new LocalDate[chunks.Length];
        for (int i = 0; i < chunks.Length; i++)
        {
            _firsts[i] = chunks[i].Dates[0];
        }
    }

    /// <summary>Gets the overrides with no dates.</summary>
    public static DateOverrides Empty { get; } = new(Array.Empty<Chunk>(), 0);

    /// <summary>Gets the number of dates with an override.</summary>
    public int Count => _count;

    /// <summary>Gets the dates with an override, in order.</summary>
    /// <remarks>The list is read-only and built once, on the first get.</remarks>
    public IReadOnlyList<LocalDate> Dates => Volatile.Read(ref _dateList) ?? CreateDateList();

    /// <summary>Creates an empty builder, to add many dates at once.</summary>
    /// <returns>A new builder.</returns>
    public static Builder CreateBuilder() => new(Empty);

    /// <summary>Creates a builder that starts with these overrides.</summary>
    /// <returns>A new builder; changing it does not change these overrides.</returns>
    public Builder ToBuilder() => new(this);

    /// <summary>Returns overrides that close <paramref name="date"/> all day, replacing any hours it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Closed(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        return With(date, s_closed);
    }

    /// <summary>Returns overrides that open <paramref name="date"/> from <paramref name="open"/> to <paramref name="close"/>, in addition to its other override hours.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time, after <paramref name="open"/>; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>The new overrides; these are unchanged. An earlier <see cref="Closed"/> of the date is replaced.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="date"/> is not in the ISO calendar, <paramref name="close"/> is not after <paramref name="open"/>, or a time is not a whole number of ticks.
    /// </exception>
    public DateOverrides Hours(LocalDate date, LocalTime open, LocalTime close)
    {
        Preconditions.CheckIso(date, nameof(date));
        var interval = new OpenInterval(open, close);
        OpenInterval[]? existing = Find(date);
        return With(date, existing is null ? new[] { interval } : WeeklySchedule.Merge(existing, interval));
    }

    /// <summary>Returns overrides that give <paramref name="date"/> exactly <paramref name="hours"/>, replacing any override it had.</summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="hours">The hours; empty closes the date. Intervals that overlap or touch merge.</param>
    /// <returns>The new overrides; these are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DateOverrides Set(LocalDate date, IEnumerable<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(hours, nameof(hours));
        return With(date, WeeklySchedule.Merge(hours));
    }

    /// <summary>Gets the override hours of <paramref name="date"/>, if it has an override.</summary>
    /// <param name="date">The date.</param>
    /// <param name="hours">
    /// The hours, sorted and merged, as a read-only list (the same list on every call, built on the first); empty for a
    /// closed date and when the date has no override.
    /// </param>
    /// <returns><see langword="true"/> when the date has an override.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool TryGetHours(LocalDate date, out IReadOnlyList<OpenInterval> hours)
    {
        Preconditions.CheckIso(date, nameof(date));
        if (TryLocate(date, out int c, out int at))
        {
            // A read-only view, never the array: that is shared with every overrides and builder made from these.
            hours = _chunks[c].Hours[at].Length == 0 ? s_closedView : _chunks[c].View(at);
            return true;
        }

        hours = s_closedView;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DateOverrides? other)
    {
        if (other is null || other._count != _count)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        using IEnumerator<(LocalDate Date, OpenInterval[] Hours)> theirs = other.Entries().GetEnumerator();
        foreach ((LocalDate date, OpenInterval[] hours) in Entries())
        {
            theirs.MoveNext();
            if (date != theirs.Current.Date || !hours.AsSpan().SequenceEqual(theirs.Current.Hours))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DateOverrides);

    /// <inheritdoc/>
    /// <remarks>Computed on the first call and kept: every calendar made with these overrides hashes them.</remarks>
    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash == 0)
        {
            hash = _count;
            foreach ((LocalDate date, OpenInterval[] hours) in Entries())
            {
                hash = HashCodes.Combine(hash, date.GetHashCode(), hours.Length);
            }

            _hash = hash;
        }

        return hash;
    }

    /// <summary>Describes the overrides, for example "2026-12-24 09:00–13:00; 2026-12-31 closed".</summary>
    /// <returns>The description, or "no overrides".</returns>
    public override string ToString()
        => _count == 0 ? "no overrides"
            : string.Join("; ", Entries().Select(e => Preconditions.Format("{0:uuuu-MM-dd} {1}", e.Date, e.Hours.Length == 0 ? "closed" : string.Join(", ", e.Hours))));

    /// <summary>Gets the override hours of <paramref name="date"/> without allocating, or <see langword="null"/>.</summary>
    internal OpenInterval[]? Find(LocalDate date) => TryLocate(date, out int c, out int at) ? _chunks[c].Hours[at] : null;

    /// <summary>Finds the chunk of <paramref name="date"/> and its place there, when it has an override.</summary>
    private bool TryLocate(LocalDate date, out int chunk, out int at)
    {
        chunk = ChunkOf(date);
        at = chunk < 0 ? -1 : Array.BinarySearch(_chunks[chunk].Dates, date);
        return at >= 0;
    }

    /// <summary>Gets a value indicating whether some date has opening hours.</summary>
    internal bool HasOpenings => Entries().Any(e => e.Hours.Length > 0);

    /// <summary>Builds overrides from sorted, distinct dates and their hours (the arrays are kept).</summary>
    internal static DateOverrides FromSorted(LocalDate[] dates, OpenInterval[][] hours)
    {
        if (dates.Length == 0)
        {
            return Empty;
        }

        var chunks = new Chunk[(dates.Length + BuiltChunk - 1) / BuiltChunk];
        for (int c = 0; c < chunks.Length; c++)
        {
            int from = c * BuiltChunk;
            int length = Math.Min(BuiltChunk, dates.Length - from);
            var chunkDates = new LocalDate[length];
            var chunkHours = new OpenInterval[length][];
            Array.Copy(dates, from, chunkDates, 0, length);
            Array.Copy(hours, from, chunkHours, 0, length);
            chunks[c] = new Chunk(chunkDates, chunkHours);
        }

        return new DateOverrides(chunks, dates.Length);
    }

    /// <summary>Enumerates the dates and their hours in order.</summary>
    internal IEnumerable<(LocalDate Date, OpenInterval[] Hours)> Entries()
    {
        foreach (Chunk chunk in _chunks)
        {
            for (int i = 0; i < chunk.Dates.Length; i++)
            {
                yield return (chunk.Dates[i], chunk.Hours[i]);
            }
        }
    }

    /// <summary>Returns the index of the chunk that holds <paramref name="date"/> or would: the last chunk whose first date is not after it (0 before all); -1 when empty.</summary>
    private int ChunkOf(LocalDate date)
    {
        if (_chunks.Length == 0)
        {
            return -1;
        }

        int at = Array.BinarySearch(_firsts, date);
        return at >= 0 ? at : Math.Max(~at - 1, 0);
    }

    /// <summary>Returns a copy with <paramref name="date"/>'s hours replaced by <paramref name="hours"/> (sorted and merged): one chunk and the chunk array are copied.</summary>
    private DateOverrides With(LocalDate date, OpenInterval[] hours)
    {
        int c = ChunkOf(date);
        if (c < 0)
        {
            return new DateOverrides(new[] { new Chunk(new[] { date }, new[] { hours }) }, 1);
        }

        Chunk chunk = _chunks[c];
        int at = Array.BinarySearch(chunk.Dates, date);
        if (at >= 0)
        {
            var replaced = (OpenInterval[][])chunk.Hours.Clone();
            replaced[at] = hours;
            var sameDates = (Chunk[])_chunks.Clone();
            sameDates[c] = new Chunk(chunk.Dates, replaced);
            return new DateOverrides(sameDates, _count);
        }

        at = ~at;
        var dates = new LocalDate[chunk.Dates.Length + 1];
        var all = new OpenInterval[chunk.Dates.Length + 1][];
        Array.Copy(chunk.Dates, dates, at);
        Array.Copy(chunk.Hours, all, at);
        dates[at] = date;
        all[at] = hours;
        Array.Copy(chunk.Dates, at, dates, at + 1, chunk.Dates.Length - at);
        Array.Copy(chunk.Hours, at, all, at + 1, chunk.Hours.Length - at);

        Chunk[] chunks;
        if (dates.Length <= MaxChunk)
        {
            chunks = (Chunk[])_chunks.Clone();
            chunks[c] = new Chunk(dates, all);
        }
        else
        {
            // Split the full chunk in two halves.
            int half = dates.Length / 2;
            chunks = new Chunk[_chunks.Length + 1];
            Array.Copy(_chunks, chunks, c);
            chunks[c] = new Chunk(dates.AsSpan(0, half).ToArray(), all.AsSpan(0, half).ToArray());
            chunks[c + 1] = new Chunk(dates.AsSpan(half).ToArray(), all.AsSpan(half).ToArray());
            Array.Copy(_chunks, c + 1, chunks, c + 2, _chunks.Length - c - 1);
        }

        return new DateOverrides(chunks, _count + 1);
    }

    private ReadOnlyCollection<LocalDate> CreateDateList()
    {
        var list = new ReadOnlyCollection<LocalDate>(Entries().Select(e => e.Date).ToArray());
        return Interlocked.CompareExchange(ref _dateList, list, null) ?? list;
    }

    /// <summary>Consecutive dates, sorted, with their hours.</summary>
    private sealed class Chunk
    {
        public Chunk(LocalDate[] dates, OpenInterval[][] hours)
        {
            Dates = dates;
            Hours = hours;
        }

        public LocalDate[] Dates { get; }

        public OpenInterval[][] Hours { get; }

        /// <summary>Returns the read-only view of the hours at <paramref name="at"/>, made on first use and kept.</summary>
        public ReadOnlyCollection<OpenInterval> View(int at)
        {
            ReadOnlyCollection<OpenInterval>?[] views = Volatile.Read(ref _views)
                ?? Interlocked.CompareExchange(ref _views, new ReadOnlyCollection<OpenInterval>?[Hours.Length], null)
                ?? _views!;
            return Volatile.Read(ref views[at])
                ?? Interlocked.CompareExchange(ref views[at], new ReadOnlyCollection<OpenInterval>(Hours[at]), null)
                ?? views[at]!;
        }

        private ReadOnlyCollection<OpenInterval>?[]? _views;
    }
}
