using System.Collections.Generic;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>Produces the open intervals of a business calendar over a stretch of the UTC timeline.</summary>
internal interface ITimelineSource
{
    /// <summary>
    /// Appends to <paramref name="output"/>, as start, end pairs of UTC ticks, every open interval within
    /// [<paramref name="fromTicks"/>, <paramref name="toTicks"/>), clipped to it, in any order; pieces may touch or overlap.
    /// </summary>
    void Collect(long fromTicks, long toTicks, List<long> output);
}
