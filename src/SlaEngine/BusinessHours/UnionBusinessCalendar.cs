using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using SlaEngine.BusinessHours.Engine;

namespace SlaEngine.BusinessHours;

/// <summary>
/// A follow-the-sun business calendar: open whenever any of its members is open. Made by
/// <see cref="BusinessCalendar.Union"/>.
/// </summary>
/// <remarks>
/// Each member keeps its own zone, hours and holidays; the union's <see cref="BusinessCalendar.Zone"/>, chosen when it is made,
/// only says which local dates its day-level questions and targets mean. It supports the instants all members support.
/// Instances are immutable and thread-safe; equality is structural: the same zone object and equal members in the same order.
/// </remarks>
public sealed class UnionBusinessCalendar : BusinessCalendar
{
    internal UnionBusinessCalendar(DateTimeZone zone, BusinessCalendar[] members)
        : base(CalendarEngines.Get(CalendarDefinition.Union(zone, members.Select(m => m.Engine).ToArray()), CalendarEngine.ForUnion))
    {
        Members = new ReadOnlyCollection<BusinessCalendar>(members);
    }

    /// <summary>Gets the members, in the order given.</summary>
    public IReadOnlyList<BusinessCalendar> Members { get; }

    /// <summary>Describes the union: its zone and members.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "Union(" + Zone.Id + ": " + string.Join(" | ", Members.Select(m => m.ToString())) + ")";
}
