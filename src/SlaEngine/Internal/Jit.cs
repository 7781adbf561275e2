using System.Runtime.CompilerServices;

namespace SlaEngine.Internal;

/// <summary>JIT hints that every target framework can name.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (512), which netstandard2.0 does not name: the method is compiled fully
    /// optimized on its first call instead of starting in the quick tier. For the compile paths (rule evaluation, building a
    /// timeline block): they run a few times per calendar, each time over hundreds of days, so a first query must not pay for
    /// unoptimized code. Runtimes that do not know the flag ignore it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
