using System.Reflection;
using System.Runtime.Versioning;
using SlaEngine.Calendars;
using Xunit;

namespace SlaEngine.Tests;

/// <summary>The suites of this project are only worth running against the library's netstandard2.0 build: checks that it is the one loaded.</summary>
public sealed class BuildUnderTestTests
{
    [Fact]
    public void TheLibraryUnderTest_IsItsNetStandard20Build()
    {
        string? framework = typeof(HolidayCalendar).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }
}
