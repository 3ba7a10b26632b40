using System.Security.Cryptography;
using System.Text.Json;
using FramingApi.Analysis.Scoring;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>digest FILE.jsonl</c>: the SHA-256 of every article's whole analysis (counts, every score, every evidence item
/// with its details) as JSON, in corpus order, the same pass as the throughput command (<see cref="ArticlePipeline"/>).
/// Two builds that print the same digest give byte-identical analyses: run it before and after a speed change.
/// </summary>
public static class DigestCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "digest";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args is not [var file] || !File.Exists(file))
        {
            Console.Error.WriteLine($"usage: {Verb} FILE.jsonl");
            return 2;
        }
        var corpus = Corpus.LoadNdjson(file);
        var analyzer = new FramingAnalyzer(BuiltInLexicons.Load());
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long evidence = 0, scores = 0;
        foreach (var document in corpus.Documents)
        {
            var analysis = analyzer.Analyze(FramingApi.Analysis.Text.ArticleText.Compose(ArticlePipeline.Parts(document)));
            evidence += analysis.Evidence.Count;
            scores += analysis.Scores.Count;
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(analysis));
        }
        Console.WriteLine($"{corpus.Name}: {corpus.Documents.Count} docs, {evidence} evidence items, {scores} scores, "
                          + $"sha256 {Convert.ToHexStringLower(hash.GetHashAndReset())}");
        return 0;
    }
}
