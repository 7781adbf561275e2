using System.Diagnostics;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed partial class SlaCliTests
{
    [Fact]
    public async Task Process_HolidaysUsFederal2027_PrintsTheTableAndExits0()
    {
        // The built tool as a user runs it: `dotnet SlaEngine.Cli.dll ...`, with stdout and stderr redirected (so no progress
        // display and no colours). The tool targets net8.0 and rolls forward to the runtime installed here.
        string dll = Path.Combine(AppContext.BaseDirectory, "SlaEngine.Cli.dll");
        Assert.True(File.Exists(dll), dll);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { dll, "holidays", "--calendar", "US-FEDERAL", "--year", "2027" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Task<string> readError = process.StandardError.ReadToEndAsync(timeout.Token);
        string output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        string error = await readError;
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}");
        Assert.Equal(string.Empty, error);
        Assert.Contains("Holidays of US-FEDERAL observed in 2027: 12", output, StringComparison.Ordinal);
        Assert.Contains("2027-06-18", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }
}
