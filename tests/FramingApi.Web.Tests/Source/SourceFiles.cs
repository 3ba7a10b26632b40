using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FramingApi.Web.Tests.Source;

/// <summary>The repository's files as the source checks read them: found from the test's folder upwards.</summary>
public static class SourceFiles
{
    public static string Root { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FramingApi.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FramingApi.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The C# files below a folder of the repository, without build output.</summary>
    public static IEnumerable<string> CSharp(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    /// <summary>The web layer's C# files, parsed.</summary>
    public static IReadOnlyList<SyntaxTree> Web { get; } = CSharp("src/FramingApi")
        .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), path: Relative(f)))
        .ToList();

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
