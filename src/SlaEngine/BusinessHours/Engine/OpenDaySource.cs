using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using SlaEngine.Calendars.Engine;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>The days of a business calendar: a local date in its zone is a business day when it has any open time on the timeline.</summary>
internal sealed class OpenDaySource : IDaySource
{
    private readonly Timeline _timeline;
    private readonly DateTimeZone _zone;

    public OpenDaySource(Timeline timeline, DateTimeZone zone)
    {
        _timeline = timeline;
        _zone = zone;
    }

    /// <inheritdoc/>
    [MethodImpl(Jit.Optimized)]
    public void Compile(int firstYear, int lastYear, ulong[] bits, CompiledYear?[]? extras)
    {
        int firstDay = IsoDate.FirstDayOfYear(firstYear);
        int endDay = IsoDate.FirstDayOfYear(lastYear + 1);
        var segments = new ZoneSegments(_zone, (firstDay - 2) * NodaConstants.TicksPerDay, (endDay + 2L) * NodaConstants.TicksPerDay);
        var pieces = new List<long>(4);
        for (int day = firstDay; day < endDay; day++)
        {
            pieces.Clear();
            segments.Map(day, 0, NodaConstants.TicksPerDay, _timeline.First, _timeline.End, pieces);
            bool open = false;
            for (int i = 0; i < pieces.Count && !open; i += 2)
            {
                open = _timeline.HasOpenTime(pieces[i], pieces[i + 1]);
            }

            if (open)
            {
                IsoDate.ToCivil(day, out int year, out int month, out int dayOfMonth);
                int slot = YearWords.Slot(month, dayOfMonth);
                bits[((year - firstYear) * YearWords.BitWords) + (slot >> 6)] |= 1UL << slot;
            }
        }
    }
}
