namespace Flowwatch.Tests.Support;

/// <summary>The checkout the tests were built from, for tests that read or compare the repository's own files.</summary>
internal static class RepositoryRoot
{
    /// <summary>The first folder upwards from the test binaries that holds the solution.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Flowwatch.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Flowwatch.slnx above {AppContext.BaseDirectory}.");
    }
}
