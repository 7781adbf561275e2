using System;
using System.Globalization;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.Calendars;

/// <summary>
/// One day off produced by a <see cref="HolidayRule"/>: its name, the date it is observed
/// (the day off), and the date it actually falls on.
/// </summary>
/// <remarks>
/// The default value has a <see langword="null"/> name and both dates at 1 January 1 (ISO); it
/// is not produced by any calendar. Ordering is by <see cref="Date"/>, then <see cref="ActualDate"/>,
/// then <see cref="Name"/> (ordinal).
/// </remarks>
public readonly struct Holiday : IEquatable<Holiday>, IComparable<Holiday>
{
    /// <summary>Initializes a new instance of the <see cref="Holiday"/> struct.</summary>
    /// <param name="name">The name of the holiday (the rule's name).</param>
    /// <param name="date">The observed date: the day off.</param>
    /// <param name="actualDate">The date the holiday actually falls on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Holiday(string name, LocalDate date, LocalDate actualDate)
        : this(name, date, actualDate, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Holiday"/> struct with a local name.</summary>
    /// <param name="name">The holiday's (English) name.</param>
    /// <param name="date">The observed date.</param>
    /// <param name="actualDate">The actual date.</param>
    /// <param name="localName">The name in the government's own language, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Holiday(string name, LocalDate date, LocalDate actualDate, string? localName)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Date = date;
        ActualDate = actualDate;
        LocalName = localName;
    }

    /// <summary>
    /// Gets the holiday's name in the language of the government's own list (the rule's <see cref="HolidayRule.LocalName"/>), or
    /// <see langword="null"/> when the rule has none.
    /// </summary>
    public string? LocalName { get; }

    /// <summary>Gets the name of the holiday, which is the name of the rule that produced it.</summary>
    public string Name { get; }

    /// <summary>Gets the observed date: the day that is off.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the date the holiday actually falls on (Saturday 4 July 2026 for Independence Day observed on Friday 3 July).</summary>
    public LocalDate ActualDate { get; }

    /// <summary>Gets a value indicating whether the holiday is observed on a day other than its actual date.</summary>
    public bool IsObservedOnAnotherDay => Date != ActualDate;

    /// <summary>Returns whether two holidays are equal.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns><see langword="true"/> when name and both dates are equal.</returns>
    public static bool operator ==(Holiday left, Holiday right) => left.Equals(right);

    /// <summary>Returns whether two holidays differ.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns><see langword="true"/> when the name or a date differs.</returns>
    public static bool operator !=(Holiday left, Holiday right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Holiday left, Holiday right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Holiday left, Holiday right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Holiday left, Holiday right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Holiday left, Holiday right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Holiday other)
        => Date == other.Date && ActualDate == other.ActualDate && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(LocalName, other.LocalName, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Holiday other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCodes.Combine(Date.GetHashCode(), ActualDate.GetHashCode(), Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Compares by observed date, then actual date, then name, then local name (ordinal; none first), consistently with <see cref="Equals(Holiday)"/>.</summary>
    /// <param name="other">The holiday to compare with.</param>
    /// <returns>Negative, zero or positive as this holiday orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Holiday other)
    {
        int byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        int byActual = ActualDate.CompareTo(other.ActualDate);
        if (byActual != 0)
        {
            return byActual;
        }

        int byName = string.CompareOrdinal(Name, other.Name);
        return byName != 0 ? byName : string.CompareOrdinal(LocalName, other.LocalName);
    }

    /// <summary>Formats the holiday as "2026-07-03 Independence Day (actual 2026-07-04)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string date = Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return IsObservedOnAnotherDay
            ? date + " " + Name + " (actual " + ActualDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ")"
            : date + " " + Name;
    }
}
