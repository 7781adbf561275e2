using System.Diagnostics;

namespace SlaEngine.Tests.TestSupport;

/// <summary>Runs a built program as a user would, <c>dotnet program.dll args…</c>, with its output captured.</summary>
public static class DotnetProcess
{
    /// <summary>Runs <paramref name="dll"/> (in the test's output folder) with <paramref name="args"/> and waits at most a minute.</summary>
    /// <returns>The exit code, standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dll, string workingDirectory, params string[] args)
    {
        string path = Path.Combine(AppContext.BaseDirectory, dll);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The program is not built next to the tests.", path);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(path);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Task<string> readError = process.StandardError.ReadToEndAsync(timeout.Token);
        string output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        string error = await readError;
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output, error);
    }
}
