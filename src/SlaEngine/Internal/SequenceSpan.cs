using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace SlaEngine.Internal;

/// <summary>
/// A sequence seen as a read-only span, for the overloads that take an array or a list and hand it to a span-based engine:
/// an array's own storage, a <see cref="List{T}"/>'s own storage on net8.0, any other collection copied into a pooled
/// buffer, and any other sequence copied into a new array. Dispose it (<c>using</c>) to return the pooled buffer.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal ref struct SequenceSpan<T>
{
    private T[]? _rented;

    private SequenceSpan(ReadOnlySpan<T> span, T[]? rented)
    {
        Span = span;
        _rented = rented;
    }

    /// <summary>Gets the elements, in the sequence's order.</summary>
    public ReadOnlySpan<T> Span { get; }

    /// <summary>Views <paramref name="items"/> as a span; the caller has checked it is not <see langword="null"/>.</summary>
    public static SequenceSpan<T> Of(IEnumerable<T> items)
    {
        switch (items)
        {
            case T[] array:
                return new SequenceSpan<T>(array, null);
#if NET8_0_OR_GREATER
            case List<T> list:
                return new SequenceSpan<T>(CollectionsMarshal.AsSpan(list), null);
#endif
            case ICollection<T> collection:
                int count = collection.Count;
                T[] rented = ArrayPool<T>.Shared.Rent(count);
                try
                {
                    collection.CopyTo(rented, 0);
                }
                catch
                {
                    ArrayPool<T>.Shared.Return(rented, clearArray: true);
                    throw;
                }

                return new SequenceSpan<T>(rented.AsSpan(0, count), rented);
            default:
                return new SequenceSpan<T>(items.ToArray(), null);
        }
    }

    /// <summary>Returns the pooled buffer, cleared so that it keeps no element alive; the span must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<T>.Shared.Return(_rented, clearArray: true);
            _rented = null;
        }
    }
}
