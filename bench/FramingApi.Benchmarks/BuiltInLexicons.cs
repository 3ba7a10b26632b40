using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;

namespace FramingApi.Benchmarks;

/// <summary>
/// The built-in lexicons, read from <c>seeds/lexicons/*.json</c>, and the shipped claim-sentence model
/// (<c>seeds/models/claim-sentences.json</c>), as the API loads them at start-up.
/// </summary>
public static class BuiltInLexicons
{
    /// <summary>Every <c>seeds/lexicons/*.json</c>, parsed, in file-name order, naming no model (the rules alone).</summary>
    public static IReadOnlyList<LexiconDefinition> Load()
    {
        var folder = Path.Combine(Corpus.RepositoryRoot(), "seeds", "lexicons");
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => LexiconJson.Parse(File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>The shipped claim-sentence model, or null when the file is missing.</summary>
    public static ClaimSentenceModel? Model()
    {
        var file = Path.Combine(Corpus.RepositoryRoot(), "seeds", "models", "claim-sentences.json");
        return File.Exists(file) ? ClaimSentenceModel.Parse(File.ReadAllText(file)) : null;
    }

    /// <summary>The built-in lexicons with <paramref name="model"/> bound to the claims lexicon (none: the lexicons alone).</summary>
    public static IReadOnlyList<LexiconDefinition> Load(ClaimSentenceModel? model) =>
        model is null ? Load() : [.. Load().Select(model.Bind)];

    /// <summary>The shipped analysis: the built-in lexicons with the shipped model, as the API runs them.</summary>
    public static FramingAnalyzer Analyzer(EmphasisWeights? weights = null) => Analyzer(Model(), weights);

    /// <summary>The built-in lexicons with <paramref name="model"/> (null: the rules alone).</summary>
    public static FramingAnalyzer Analyzer(ClaimSentenceModel? model, EmphasisWeights? weights = null) =>
        new(Load(model), weights, model);
}
