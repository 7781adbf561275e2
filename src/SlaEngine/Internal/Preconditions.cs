using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SlaEngine.Internal;

/// <summary>
/// Argument checks for every public entry point. The checks are small and inlined; the throws
/// live in out-of-line <see cref="DoesNotReturnAttribute"/> helpers so hot paths stay small.
/// </summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckRange(int value, int min, int max, string paramName, string what)
    {
        if (value < min || value > max)
        {
            ThrowOutOfRange(paramName, value, Format("{0} must be between {1} and {2}, was {3}.", what, min, max, value));
        }
    }

    /// <summary>Checks that <paramref name="date"/> is in the ISO calendar, the only one calendars and schedules use.</summary>
    public static void CheckIso(NodaTime.LocalDate date, string paramName)
    {
        if (date.Calendar != NodaTime.CalendarSystem.Iso)
        {
            ThrowArgument(paramName, Format("Dates must be in the ISO calendar, was {0} in {1}.", date, date.Calendar.Id));
        }
    }

    /// <summary>Formats a message in the invariant culture.</summary>
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgumentNull(string paramName)
        => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgument(string paramName, string message)
        => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOutOfRange(string paramName, object? actualValue, string message)
        => throw new ArgumentOutOfRangeException(paramName, actualValue, message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowInvalidOperation(string message)
        => throw new InvalidOperationException(message);
}
