using System;
using System.Collections.Generic;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>The open intervals of a union of calendars: every member's intervals, which the timeline merges.</summary>
internal sealed class UnionSource : ITimelineSource
{
    private readonly Timeline[] _members;

    public UnionSource(Timeline[] members)
    {
        _members = members;
    }

    /// <inheritdoc/>
    public void Collect(long fromTicks, long toTicks, List<long> output)
    {
        foreach (Timeline member in _members)
        {
            int first = (int)Timeline.FloorDiv(fromTicks - member.Origin, Timeline.GridTicks);
            int last = (int)Timeline.FloorDiv(toTicks - 1 - member.Origin, Timeline.GridTicks);
            for (int b = first; b <= last; b++)
            {
                TimelineBlock block = member.BlockAt(b);
                long[] data = block.Data;
                for (int i = 0; i < block.Count; i++)
                {
                    int k = TimelineBlock.Base + (3 * i);
                    long start = Math.Max(data[k], fromTicks);
                    long end = Math.Min(data[k + 1], toTicks);
                    if (start < end)
                    {
                        output.Add(start);
                        output.Add(end);
                    }
                }
            }
        }
    }
}
