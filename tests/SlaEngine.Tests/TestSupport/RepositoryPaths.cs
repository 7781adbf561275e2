namespace SlaEngine.Tests.TestSupport;

/// <summary>Finds files of the repository (sources, samples) from the test run's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>Gets the repository root: the nearest folder above the test binaries that holds SlaEngine.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>Returns the full path of a repository file given its path from the root, such as "samples/Policies/001-pro.json".</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SlaEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SlaEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
