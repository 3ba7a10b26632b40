using BenchmarkDotNet.Attributes;

namespace FramingApi.Benchmarks;

/// <summary>
/// The bare-minimum baseline of issue 3 on its own (<see cref="BareBaseline"/>: split into words, one case-insensitive
/// frozen-set lookup per word). <see cref="PipelineBenchmarks"/> runs the same baseline side by side with the pipeline.
/// One operation = the whole <see cref="Corpus.Default"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BaselineBenchmarks
{
    string[] _texts = [];
    BareBaseline _baseline = null!;

    /// <summary>Loads the corpus and the word list (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Default;
        _texts = corpus.Documents.Select(d => d.Text).ToArray();
        var (name, words) = WordList.Load(corpus);
        _baseline = new BareBaseline(words);
        Console.WriteLine($"// corpus {corpus.Name}: {_texts.Length} docs, {corpus.TextBytes / 1e6:F2} MB; word list {name}: {words.Count} words");
    }

    /// <summary>Split, one set lookup per word, over every document; returns the number of hits.</summary>
    [Benchmark(Baseline = true, Description = "Baseline: split + FrozenSet lookup")]
    public long SplitAndLookUp()
    {
        long hits = 0;
        foreach (var text in _texts) hits += _baseline.CountHits(text);
        return hits;
    }
}
