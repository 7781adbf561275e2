using UptimeCredits;

namespace SlaEngine.Tests.Cli;

/// <summary>The UptimeCredits sample's month (October 2026, UTC) written once as CSV into a temporary folder.</summary>
public sealed class SampleMonthCsv : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleMonthCsv()
    {
        Path = System.IO.Path.Combine(_folder.Path, "minutes.csv");
        SampleMonth.WriteCsv(Path);
    }

    public string Path { get; }

    public TempFolder Folder => _folder;

    public void Dispose() => _folder.Dispose();
}
