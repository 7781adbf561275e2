using UptimeCredits;

// dotnet run --project samples/UptimeCredits [-- <csv path>]
// With no argument the sample first generates October 2026 (an incident, isolated bad minutes, a maintenance window)
// into uptime-2026-10.csv in the system temp folder, then reads it back like any other file.
string path;
if (args.Length == 0)
{
    path = Path.Combine(Path.GetTempPath(), "uptime-2026-10.csv");
    SampleMonth.WriteCsv(path);
    Console.WriteLine($"Generated the sample month into {path}");
    Console.WriteLine();
}
else if (args.Length == 1)
{
    path = args[0];
}
else
{
    Console.Error.WriteLine("Usage: dotnet run --project samples/UptimeCredits [-- <csv path>]");
    return 2;
}

try
{
    UptimeCreditsReport.Write(Console.Out, path);
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

return 0;
