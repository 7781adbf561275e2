using SlaEngine.Tests.TestSupport;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Fact]
    public async Task Process_HolidaysUsFederal2027_PrintsTheTableAndExits0()
    {
        // The built tool as a user runs it: `dotnet SlaEngine.Cli.dll ...`, with stdout and stderr redirected (so no progress
        // display and no colours). The tool targets net8.0 and rolls forward to the runtime installed here.
        var (exitCode, output, error) = await DotnetProcess.RunAsync("SlaEngine.Cli.dll", AppContext.BaseDirectory, "holidays", "--calendar", "US-FEDERAL", "--year", "2027");

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.Equal(string.Empty, error);
        Assert.Contains("Holidays of US-FEDERAL observed in 2027: 12", output, StringComparison.Ordinal);
        Assert.Contains("2027-06-18", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }
}
