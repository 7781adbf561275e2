using System;
using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.Calendars;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// What a business calendar's compiled state depends on, compared structurally: a zone with holidays, schedule versions and
/// overrides, or a zone with the engines of a union's members. The key of <see cref="CalendarEngines"/>.
/// </summary>
internal sealed class CalendarDefinition : IEquatable<CalendarDefinition>
{
    private readonly int _hash;

    [MethodImpl(Jit.Optimized)]
    private CalendarDefinition(DateTimeZone zone, HolidayCalendar? holidays, LocalDate[]? versionDates, WeeklySchedule[]? versions, DateOverrides? overrides, CalendarEngine[]? members)
    {
        Zone = zone;
        Holidays = holidays;
        VersionDates = versionDates;
        Versions = versions;
        Overrides = overrides;
        Members = members;
        int hash = StringComparer.Ordinal.GetHashCode(zone.Id);
        if (members is null)
        {
            hash = HashCodes.Combine(hash, holidays!.GetHashCode(), overrides!.GetHashCode(), versions!.Length);
            for (int i = 0; i < versions.Length; i++)
            {
                hash = HashCodes.Combine(hash, versionDates![i].GetHashCode(), versions[i].GetHashCode());
            }
        }
        else
        {
            foreach (CalendarEngine member in members)
            {
                hash = HashCodes.Combine(hash, member.Definition.GetHashCode());
            }
        }

        _hash = hash;
    }

    public DateTimeZone Zone { get; }

    public HolidayCalendar? Holidays { get; }

    public LocalDate[]? VersionDates { get; }

    public WeeklySchedule[]? Versions { get; }

    public DateOverrides? Overrides { get; }

    public CalendarEngine[]? Members { get; }

    /// <summary>Describes a calendar of a weekly schedule (with versions), holidays and overrides in a zone.</summary>
    public static CalendarDefinition Schedule(DateTimeZone zone, HolidayCalendar holidays, LocalDate[] versionDates, WeeklySchedule[] versions, DateOverrides overrides)
        => new(zone, holidays, versionDates, versions, overrides, null);

    /// <summary>Describes the union of calendars (by their engines), with the zone of its local dates.</summary>
    public static CalendarDefinition Union(DateTimeZone zone, CalendarEngine[] members) => new(zone, null, null, null, null, members);

    /// <inheritdoc/>
    [MethodImpl(Jit.Optimized)]
    public bool Equals(CalendarDefinition? other)
    {
        if (other is null || other._hash != _hash || !(ReferenceEquals(Zone, other.Zone) || Zone.Equals(other.Zone)))
        {
            return false;
        }

        if (Members is not null || other.Members is not null)
        {
            if (Members is null || other.Members is null || Members.Length != other.Members.Length)
            {
                return false;
            }

            for (int i = 0; i < Members.Length; i++)
            {
                if (!ReferenceEquals(Members[i], other.Members[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return Holidays!.Equals(other.Holidays)
            && Overrides!.Equals(other.Overrides)
            && VersionDates!.AsSpan().SequenceEqual(other.VersionDates)
            && Versions!.AsSpan().SequenceEqual(other.Versions);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CalendarDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;
}
