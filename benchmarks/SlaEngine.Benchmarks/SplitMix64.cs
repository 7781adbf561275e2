namespace SlaEngine.Benchmarks;

/// <summary>
/// The SplitMix64 generator of ../shared/perf/workloads.json (Steele, Lea and Flood 2014; Vigna's
/// splitmix64.c), so the standard workloads are the same inputs every other implementation gets.
/// </summary>
public sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Creates a generator whose state starts at <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Returns the next 64-bit output.</summary>
    public ulong Next()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        ulong z = _state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>Returns <c>Next() % n</c> (unsigned, no rejection, as the recipe says).</summary>
    public long Below(long n) => (long)(Next() % (ulong)n);
}
