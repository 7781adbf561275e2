namespace SlaEngine.Tests.Cli;

/// <summary>Paths of the repository's sample documents, and a temporary folder for files a test writes.</summary>
public static class CliFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>Gets the repository root: the nearest folder above the test assembly that holds SlaEngine.sln.</summary>
    public static string RepositoryRoot => s_root.Value;

    /// <summary>Returns the path of a document in samples/Policies.</summary>
    public static string Policy(string fileName) => Path.Combine(RepositoryRoot, "samples", "Policies", fileName);

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SlaEngine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds SlaEngine.sln.");
    }
}
