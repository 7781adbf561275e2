using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours.Engine;

/// <summary>
/// The engines of the business calendars alive in the process, by definition, so that calendars with equal definitions share
/// one compiled timeline: a service with one calendar per customer compiles each distinct definition once.
/// </summary>
/// <remarks>
/// The cache holds engines weakly: an engine lives as long as a calendar uses it, then is collected, and its entry is dropped
/// the next time the cache grows. Lookups and insertions take a lock; finding or making an engine compiles nothing. This is
/// the library's one piece of process-wide state, and it is invisible: calendars with equal definitions answer alike whether
/// or not they share.
/// </remarks>
internal static class CalendarEngines
{
    private static readonly Dictionary<CalendarDefinition, WeakReference<CalendarEngine>> s_engines = new();
    private static int s_pruneAt = 64;

    /// <summary>Returns the live engine of an equal definition, or makes one with <paramref name="create"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    public static CalendarEngine Get(CalendarDefinition definition, Func<CalendarDefinition, CalendarEngine> create)
    {
        lock (s_engines)
        {
            if (s_engines.TryGetValue(definition, out WeakReference<CalendarEngine>? found) && found.TryGetTarget(out CalendarEngine? engine))
            {
                return engine;
            }

            engine = create(definition);
            s_engines[definition] = new WeakReference<CalendarEngine>(engine);
            if (s_engines.Count >= s_pruneAt)
            {
                Prune();
            }

            return engine;
        }
    }

    /// <summary>Drops the entries of collected engines; the next pruning waits until the cache has doubled. Called under the lock.</summary>
    private static void Prune()
    {
        var dead = new List<CalendarDefinition>();
        foreach (KeyValuePair<CalendarDefinition, WeakReference<CalendarEngine>> entry in s_engines)
        {
            if (!entry.Value.TryGetTarget(out _))
            {
                dead.Add(entry.Key);
            }
        }

        foreach (CalendarDefinition key in dead)
        {
            s_engines.Remove(key);
        }

        s_pruneAt = Math.Max(64, 2 * s_engines.Count);
    }
}
