using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace FramingApi.Benchmarks;

/// <summary>
/// The bare-minimum baseline of issue 3: split each text into words (maximal letter/digit runs), lower-case each word
/// into a reused buffer and look it up in one <see cref="FrozenSet{T}"/> by span. No segmenting, no sentences, no
/// phrases, no scoring: the floor any real pipeline is measured against, side by side.
/// One operation = the whole <see cref="Corpus.Default"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BaselineBenchmarks
{
    string[] _texts = [];
    FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    char[] _buffer = new char[64];

    /// <summary>Loads the corpus and the word list (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Default;
        _texts = corpus.Documents.Select(d => d.Text).ToArray();
        var (name, words) = WordList.Load(corpus);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Console.WriteLine($"// corpus {corpus.Name}: {_texts.Length} docs, {corpus.TextBytes / 1e6:F2} MB; word list {name}: {words.Count} words");
    }

    /// <summary>Split, lower-case, one set lookup per word, over every document; returns the number of hits.</summary>
    [Benchmark(Baseline = true, Description = "Baseline: split + FrozenSet lookup")]
    public long SplitAndLookUp()
    {
        long hits = 0;
        foreach (var text in _texts) hits += CountHits(text);
        return hits;
    }

    int CountHits(ReadOnlySpan<char> text)
    {
        var hits = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i];
            if (word.Length > _buffer.Length) _buffer = new char[word.Length * 2]; // rare: once per longer word
            var lowered = _buffer.AsSpan(0, word.Length);
            word.ToLowerInvariant(lowered);
            if (_words.Contains(lowered)) hits++;
        }
        return hits;
    }
}
