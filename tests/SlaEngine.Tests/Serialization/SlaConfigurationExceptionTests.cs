using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

public sealed class SlaConfigurationExceptionTests
{
    [Fact]
    public void Constructor_TwoErrors_MessageCountsAndListsThem()
    {
        var exception = new SlaConfigurationException(new[] { new SlaConfigurationError("$.a", "Expected x, was y."), new SlaConfigurationError("$.b[0]", "Expected z, was w.") });

        Assert.Equal("The configuration document has 2 problems:\n$.a: Expected x, was y.\n$.b[0]: Expected z, was w.", exception.Message);
        Assert.Equal(2, exception.Errors.Count);
        Assert.IsAssignableFrom<FormatException>(exception);
    }

    [Fact]
    public void Constructor_NoErrors_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SlaConfigurationException(Array.Empty<SlaConfigurationError>()));
        Assert.Equal("errors", exception.ParamName);
        Assert.StartsWith("A configuration exception must list at least one problem, was an empty list.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullErrors_Throws()
    {
        Assert.Equal("errors", Assert.Throws<ArgumentNullException>(() => new SlaConfigurationException(null!)).ParamName);
        Assert.Equal("errors", Assert.Throws<ArgumentException>(() => new SlaConfigurationException(new SlaConfigurationError[] { null! })).ParamName);
    }

    [Fact]
    public void Error_Equality_ComparesPathAndMessageOrdinally()
    {
        var error = new SlaConfigurationError("$.a", "Expected x, was y.");

        Assert.Equal(new SlaConfigurationError("$.a", "Expected x, was y."), error);
        Assert.Equal(new SlaConfigurationError("$.a", "Expected x, was y.").GetHashCode(), error.GetHashCode());
        Assert.NotEqual(new SlaConfigurationError("$.A", "Expected x, was y."), error);
        Assert.NotEqual(new SlaConfigurationError("$.a", "expected x, was y."), error);
        Assert.Equal("$.a: Expected x, was y.", error.ToString());
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new SlaConfigurationError(null!, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => new SlaConfigurationError("$", null!)).ParamName);
    }
}
