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
        var analyzer = BuiltInLexicons.Analyzer();
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
        Console.WriteLine(StoredDigest(corpus));
        return 0;
    }

    /// <summary>
    /// What ingestion stores besides the analysis, as the API computes it: each article's sampled shingles (hash and
    /// own-voice flag, in the dictionary's order) and its search vector (PostgreSQL's binary tsvector), one SHA-256 each.
    /// </summary>
    static string StoredDigest(Corpus corpus)
    {
        using var shingles = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var vectors = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long shingleCount = 0;
        Span<byte> item = stackalloc byte[9];
        foreach (var document in corpus.Documents)
        {
            using var text = FramingApi.Analysis.Text.AnalyzedText.Analyze(
                FramingApi.Analysis.Text.ArticleText.Compose(ArticlePipeline.Parts(document)));
            foreach (var (hash, own) in FramingApi.Analysis.Comparison.ArticleFingerprint.Shingles(text))
            {
                System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(item, hash);
                item[8] = own ? (byte)1 : (byte)0;
                shingles.AppendData(item);
                shingleCount++;
            }
            shingles.AppendData([0xFF]); // the end of an article's shingles
            vectors.AppendData(FramingApi.Articles.SearchVector.Build(text));
        }
        return $"stored: {shingleCount} sampled shingles, sha256 {Convert.ToHexStringLower(shingles.GetHashAndReset())}; "
               + $"search vectors sha256 {Convert.ToHexStringLower(vectors.GetHashAndReset())}";
    }
}
