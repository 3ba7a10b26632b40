using FramingApi.Analysis.Lexicons;

namespace FramingApi.Benchmarks;

/// <summary>The built-in lexicons, read from <c>seeds/lexicons/*.json</c> as the API loads them at start-up.</summary>
public static class BuiltInLexicons
{
    /// <summary>Every <c>seeds/lexicons/*.json</c>, parsed, in file-name order.</summary>
    public static IReadOnlyList<LexiconDefinition> Load()
    {
        var folder = Path.Combine(Corpus.RepositoryRoot(), "seeds", "lexicons");
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => LexiconJson.Parse(File.ReadAllText(f)))
            .ToList();
    }
}
