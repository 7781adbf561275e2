using Xunit;

namespace SlaEngine.Tests.TestSupport;

/// <summary>Checks the collection contract of the public types: a list built once and handed out read-only.</summary>
public static class ReadOnlyListAssert
{
    /// <summary>
    /// Asserts that <paramref name="get"/> returns the same instance each time, that it is neither an array nor a
    /// <see cref="List{T}"/> (so a cast cannot reach the storage), and that changing it through <see cref="IList{T}"/> throws.
    /// </summary>
    public static void IsBuiltOnceAndReadOnly<T>(Func<IReadOnlyList<T>> get)
    {
        IReadOnlyList<T> first = get();
        Assert.Same(first, get());
        Assert.False(first is T[], "the list is an array a caller could cast back and write to");
        Assert.False(first is List<T>, "the list is a List<T> a caller could cast back and write to");
        var asList = Assert.IsAssignableFrom<IList<T>>(first);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList.Add(default!));
        Assert.Throws<NotSupportedException>(() => asList.Clear());
        if (first.Count > 0)
        {
            Assert.Throws<NotSupportedException>(() => asList[0] = default!);
        }
    }
}
