namespace FramingApi.Tests.Infrastructure;

/// <summary>The repository the tests run from: scripts, clients and the solution live there, not beside the binaries.</summary>
public static class Repository
{
    /// <summary>The folder holding FramingApi.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FramingApi.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FramingApi.sln above {AppContext.BaseDirectory}.");
    }
}
