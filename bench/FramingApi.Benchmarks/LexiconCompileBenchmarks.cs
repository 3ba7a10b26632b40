using BenchmarkDotNet.Attributes;
using FramingApi.Analysis.Lexicons;

namespace FramingApi.Benchmarks;

/// <summary>
/// Parsing and compiling a large user lexicon (100,000 entries: 80,000 words, 10,000 three-word phrases, 10,000 stems),
/// the size the API accepts; the same lexicon as the library test that checks it matches correctly. One operation =
/// parse the JSON and compile the matcher.
/// </summary>
[MemoryDiagnoser]
public class LexiconCompileBenchmarks
{
    string _json = "";

    /// <summary>Builds the lexicon's JSON (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var categories = Enumerable.Range(0, 10).Select(c => new LexiconCategory($"c{c}")).ToArray();
        var entries = new List<LexiconEntry>(100_000);
        for (var i = 0; i < 80_000; i++) entries.Add(new($"w{i}", [$"c{i % 10}"]));
        for (var i = 0; i < 10_000; i++) entries.Add(new($"w{i} w{i + 1} w{i + 2}", [$"c{i % 10}"]));
        for (var i = 0; i < 10_000; i++) entries.Add(new($"stem{i}x*", [$"c{i % 10}"]));
        _json = LexiconJson.Write(new LexiconDefinition("big", LexiconKinds.Custom, "", categories, entries));
    }

    /// <summary>Parse and compile.</summary>
    [Benchmark(Description = "Parse + compile a 100,000-entry lexicon")]
    public LexiconMatcher ParseAndCompile() => LexiconMatcher.Compile(LexiconJson.Parse(_json));
}
