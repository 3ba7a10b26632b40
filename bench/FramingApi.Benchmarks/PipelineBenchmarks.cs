using BenchmarkDotNet.Attributes;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Benchmarks;

/// <summary>
/// The whole analysis pipeline with the four built-in lexicons, its stages, and the bare baseline of issue 3, side by
/// side in one run so that the ratio column shows the cost of each against the baseline.
/// One operation = the whole <see cref="Corpus.Default"/>; Allocated / documents = allocation per article.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    string[] _texts = [];
    ArticleParts[] _parts = [];
    BareBaseline _baseline = null!;
    FramingAnalyzer _analyzer = null!;
    LexiconMatcher _matcher = null!;
    readonly List<LexiconMatch> _matches = new(1024);

    /// <summary>Loads the corpus, the word list and the lexicons, and compiles them (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Default;
        _texts = corpus.Documents.Select(d => d.Text).ToArray();
        _parts = corpus.Documents.Select(ArticlePipeline.Parts).ToArray();
        var (name, words) = WordList.Load(corpus);
        _baseline = new BareBaseline(words);
        var model = BuiltInLexicons.Model();
        var lexicons = BuiltInLexicons.Load(model);
        _analyzer = new FramingAnalyzer(lexicons, claimModel: model);
        _matcher = LexiconMatcher.Compile(lexicons);
        Console.WriteLine($"// corpus {corpus.Name}: {_texts.Length} docs, {corpus.TextBytes / 1e6:F2} MB; "
                          + $"word list {name}: {words.Count} words; lexicons: {string.Join(", ", lexicons.Select(l => l.Name))}");
    }

    /// <summary>Split, one case-insensitive set lookup per word (the floor).</summary>
    [Benchmark(Baseline = true, Description = "Baseline: split + FrozenSet lookup")]
    public long Baseline()
    {
        long hits = 0;
        foreach (var text in _texts) hits += _baseline.CountHits(text);
        return hits;
    }

    /// <summary>Compose, segment, tokenize, sentences and quotations.</summary>
    [Benchmark(Description = "Text: Compose + Analyze")]
    public long Text()
    {
        long tokens = 0;
        foreach (var parts in _parts)
        {
            using var text = AnalyzedText.Analyze(ArticleText.Compose(parts)); // its arrays go back to the pool
            tokens += text.Tokens.Length;
        }
        return tokens;
    }

    /// <summary>The text stages, then one matcher pass over all four lexicons.</summary>
    [Benchmark(Description = "Text + match (4 lexicons)")]
    public long TextAndMatch()
    {
        long matches = 0;
        foreach (var parts in _parts)
        {
            using var text = AnalyzedText.Analyze(ArticleText.Compose(parts));
            _matches.Clear();
            _matcher.Match(text.LowerText, text.Tokens, _matches);
            matches += _matches.Count;
        }
        return matches;
    }

    /// <summary>The whole pipeline: text stages, matching, claim framing, attribution, category scores, evidence.</summary>
    [Benchmark(Description = "Pipeline: text + match + score")]
    public long Pipeline()
    {
        long evidence = 0;
        foreach (var parts in _parts) evidence += ArticlePipeline.Run(parts, _analyzer);
        return evidence;
    }
}
