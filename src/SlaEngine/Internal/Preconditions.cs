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

    /// <summary>
    /// Checks that a name holds only whole Unicode characters: no unpaired UTF-16 surrogate, which no document can carry (the JSON
    /// readers refuse one, so a name with one would not survive a round trip).
    /// </summary>
    public static void CheckUnicode(string text, string paramName, string what)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                ThrowArgument(paramName, Format("{0} must be Unicode text, but it has an unpaired surrogate (U+{1:X4}) at position {2}.", what, (int)c, i));
            }
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
