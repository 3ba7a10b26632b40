using System.Diagnostics;
using System.Globalization;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Infrastructure;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>ingest-stages FILE.jsonl [--rounds R] [--threads N]</c>: where the API's ingestion of one article spends its CPU
/// time (<see cref="ArticleIngestion.Prepare"/>: segmenting and tokenizing, scoring, the content hash, the sampled
/// shingles, the search vector, packing), per stage and in all, over an NDJSON corpus (the bulk import's shape).
/// </summary>
/// <remarks>
/// Each stage is timed over every article, single-threaded, in R rounds (5 by default) after one warm-up round; each
/// figure is the median of the rounds, in milliseconds per article. With <c>--threads N</c> it also times whole
/// <c>Prepare</c> passes spread over N threads (articles/s), as the bulk import runs them. Lines start with the stage
/// name, so that two builds can be run one after the other and compared line by line.
/// </remarks>
public static class IngestStagesCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "ingest-stages";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        string? file = null;
        var rounds = 5;
        var threads = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                case "--threads" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                    threads = n;
                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null) return Usage($"bad argument '{args[i]}'");
                    file = args[i];
                    break;
            }
        }
        if (file is null) return Usage("no corpus file");
        if (!File.Exists(file)) return Usage($"{file}: no such file");

        var corpus = Corpus.LoadNdjson(file);
        var definitions = BuiltInLexicons.Load();
        var lexicons = new LexiconSet(new FramingAnalyzer(definitions),
            definitions.Select((d, i) => new LexiconVersionRef(i + 1, d.Name, d.Kind, 1, "", i + 1)).ToList());
        var requests = corpus.Documents.Select(d => new ArticleCreateRequest { Text = d.Text, Title = d.Title }).ToArray();
        var texts = requests.Select(r => AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(r.Text!, r.Title, null, null)))).ToArray();
        var scores = texts.Select(t => lexicons.Analyzer.Analyze(t)).ToArray();
        Console.WriteLine($"corpus {corpus.Name}: {requests.Length} docs, {corpus.TextBytes / 1e6:F2} MB; {rounds} rounds; "
                          + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        long sink = 0;
        var stages = new (string Name, Action<int> Run)[]
        {
            ("text", i => { using var t = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(requests[i].Text!, requests[i].Title, null, null))); sink += t.Tokens.Length; }),
            ("score", i => sink += lexicons.Analyzer.Analyze(texts[i]).Evidence.Count),
            ("hash", i => sink += ArticleIngestion.ContentHash(texts[i].Text)[0]),
            ("shingles", i => sink += ArticleFingerprint.Shingles(texts[i]).Count),
            ("search", i => sink += SearchVector.Build(texts[i]).Count),
            ("pack", i => sink += ScoredArticle.PackAll(texts[i].Text, scores[i], lexicons).Length),
            ("prepare", i => sink += ArticleIngestion.Prepare(requests[i], 1, 1, lexicons, new FieldErrors())!.WordCount),
        };
        var times = stages.ToDictionary(s => s.Name, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
            foreach (var (name, run) in stages)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < requests.Length; i++) run(i);
                if (round > 0) times[name].Add(watch.Elapsed.TotalMilliseconds / requests.Length);
            }
        foreach (var (name, _) in stages)
        {
            var sorted = times[name].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {sorted[sorted.Count / 2],8:F3} ms per article (min {sorted[0]:F3}, max {sorted[^1]:F3})"));
        }
        if (threads > 0)
        {
            var rates = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                Parallel.For(0, requests.Length, new ParallelOptions { MaxDegreeOfParallelism = threads },
                    i => Interlocked.Add(ref sink, ArticleIngestion.Prepare(requests[i], 1, 1, lexicons, new FieldErrors())!.WordCount));
                if (round > 0) rates.Add(requests.Length / watch.Elapsed.TotalSeconds);
            }
            rates.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parallel  {rates[rates.Count / 2],8:F0} articles/s on {threads} threads (min {rates[0]:F0}, max {rates[^1]:F0})"));
        }
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (checksum {sink})");
        return 0;
    }

    static int Usage(string problem)
    {
        Console.Error.WriteLine($"ingest-stages: {problem}\nusage: ingest-stages FILE.jsonl [--rounds R] [--threads N]");
        return 2;
    }
}
