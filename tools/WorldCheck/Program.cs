using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SlaEngine.Calendars;
using SlaEngine.Serialization;
using SlaEngine.Tests.Calendars.World;

// Finds the repository (the folder holding SlaEngine.sln) from the working directory up.
string root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "SlaEngine.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run inside the repository.");
}

string documents = Path.Combine(root, "src", "SlaEngine", "Calendars", "Data");
string data = Path.Combine(root, "data", "world");
IEnumerable<string> ids = args.Length > 0
    ? args
    : Directory.GetFiles(documents, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).OrderBy(s => s, StringComparer.Ordinal);
int failed = 0;
foreach (string id in ids)
{
    string path = Path.Combine(documents, id + ".json");
    if (!File.Exists(Path.Combine(data, "consensus", id + ".csv")))
    {
        // A built-in calendar with no reference data of its own (IN-CENTRAL, a variant of IN) has nothing to be checked against.
        Console.WriteLine($"{id}: no reference data, not checked");
        continue;
    }

    List<string> problems;
    try
    {
        HolidayCalendar calendar = SlaJson.ReadHolidayCalendar(File.ReadAllText(path));
        problems = WorldReference.Check(data, id, calendar);
    }
    catch (Exception e) when (e is SlaConfigurationException or IOException or HolidayRuleEvaluationException or ArgumentException)
    {
        problems = new List<string> { e.GetType().Name + ": " + e.Message };
    }

    Console.WriteLine($"{id}: {problems.Count} mismatch(es)");
    foreach (string problem in problems)
    {
        Console.WriteLine("  " + problem);
    }

    failed += problems.Count > 0 ? 1 : 0;
}

return failed == 0 ? 0 : 1;
