using System.Globalization;
using UptimeCredits;

namespace SlaEngine.Tests.Samples;

/// <summary>The generated month, written once for the class and deleted afterwards, and the report on it.</summary>
public sealed class GeneratedUptimeMonth : IDisposable
{
    public GeneratedUptimeMonth()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "uptime-" + Guid.NewGuid().ToString("N") + ".csv");
        SampleMonth.WriteCsv(Path);
        Lines = File.ReadAllLines(Path);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        UptimeCreditsReport.Write(output, Path);
        Report = output.ToString();
        ReportLines = Report.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    public string Path { get; }

    public string[] Lines { get; }

    public string Report { get; }

    public string[] ReportLines { get; }

    public void Dispose() => File.Delete(Path);
}
