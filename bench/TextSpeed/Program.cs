// Times the text stages of the analysis pipeline on one core, side by side with a bare baseline:
//   dotnet run -c Release [-- CORPUS.jsonl] [--seconds N] [--only STAGE]
// The corpus is NDJSON, one {"title","source","text"} per line (the Brown corpus converted by the cmp worktree's
// script); without one, the seed articles repeated. MB = 10^6 bytes of UTF-8 article text.
using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FramingApi.Analysis.Text;

var corpusPath = args.FirstOrDefault(a => a.EndsWith(".jsonl", StringComparison.Ordinal))
                 ?? FindUp("../wt-cmp/bench/corpus/brown.jsonl") ?? FindUp("bench/corpus/brown.jsonl");
var secondsArg = Array.IndexOf(args, "--seconds");
var seconds = secondsArg >= 0 ? double.Parse(args[secondsArg + 1]) : 1.0;

var texts = corpusPath is not null ? LoadNdjson(corpusPath) : LoadSeeds();
var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
Console.WriteLine($"corpus: {corpusPath ?? "seeds/articles (repeated)"}: {texts.Count} docs, {bytes / 1e6:F2} MB");

var parts = texts.Select(t => new ArticleParts(t)).ToArray();
var segmented = parts.Select(ArticleText.Compose).ToArray();
var words = BaselineWords();
var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

long sink = 0;
var stages = new (string Name, Action Pass)[]
{
    ("baseline (split + FrozenSet)", () => { foreach (var t in texts) sink += Baseline(t, lookup); }),
    ("Compose + Segment", () => { foreach (var p in parts) sink += ArticleText.Compose(p).Segments.Count; }),
    ("Analyze", () => { foreach (var s in segmented) sink += AnalyzedText.Analyze(s).Tokens.Length; }),
    ("Compose + Analyze", () => { foreach (var p in parts) sink += AnalyzedText.Analyze(ArticleText.Compose(p)).Tokens.Length; }),
};

// Warm up for a while so every stage runs tier-1 code, then interleave the stages round by round: the machine is
// shared, and interleaving spreads its noise over all of them alike.
// --only TEXT: run just the stages whose name contains TEXT (for a profiler).
var onlyArg = Array.IndexOf(args, "--only");
if (onlyArg >= 0) stages = [stages[0], .. stages.Skip(1).Where(s => s.Name.Contains(args[onlyArg + 1], StringComparison.OrdinalIgnoreCase))];

foreach (var (_, pass) in stages)
{
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalSeconds < seconds) pass();
}
var rates = new double[stages.Length][];
for (var s = 0; s < stages.Length; s++) rates[s] = new double[5];
for (var run = 0; run < 5; run++)
{
    for (var s = 0; s < stages.Length; s++)
    {
        var passes = 0;
        var watch = Stopwatch.StartNew();
        do { stages[s].Pass(); passes++; } while (watch.Elapsed.TotalSeconds < seconds);
        rates[s][run] = bytes * passes / 1e6 / watch.Elapsed.TotalSeconds;
    }
}
var baseline = Median(rates[0]);
for (var s = 0; s < stages.Length; s++)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    stages[s].Pass();
    var perDoc = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)texts.Count;
    var sorted = rates[s].Order().ToArray();
    Console.WriteLine($"{stages[s].Name,-30} {sorted[2],7:F1} MB/s  median of 5 (min {sorted[0]:F1}, max {sorted[^1]:F1})"
                      + $"  {sorted[2] / baseline,5:F2}x baseline  {perDoc / 1024,6:F1} KB alloc/doc");
}
GC.KeepAlive(sink);

static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

// The bare minimum: letter/digit runs, lower-cased into a stack buffer, each looked up in one frozen set.
static int Baseline(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
{
    Span<char> buffer = stackalloc char[64];
    var hits = 0;
    var span = text.AsSpan();
    var i = 0;
    while (i < span.Length)
    {
        if (!char.IsLetterOrDigit(span[i])) { i++; continue; }
        var start = i;
        while (i < span.Length && char.IsLetterOrDigit(span[i])) i++;
        var word = span[start..i];
        if (word.Length > buffer.Length) continue;
        var n = word.ToLowerInvariant(buffer);
        if (lookup.Contains(buffer[..n])) hits++;
    }
    return hits;
}

// AFINN-165 if it sits next to the corpus (a realistic single-word lexicon), else a few hundred common words.
FrozenSet<string> BaselineWords()
{
    var afinn = corpusPath is null ? null : Path.Combine(Path.GetDirectoryName(corpusPath)!, "afinn-165.txt");
    if (afinn is not null && File.Exists(afinn))
        return File.ReadLines(afinn).Select(l => l.Split('\t')[0]).Where(w => w.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
    return texts.SelectMany(t => t.Split(' ', 2000)).Select(w => w.ToLowerInvariant()).Distinct().Take(3000)
        .ToFrozenSet(StringComparer.Ordinal);
}

static List<string> LoadNdjson(string path) =>
    File.ReadLines(path).Where(l => l.Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "").ToList();

static List<string> LoadSeeds()
{
    var dir = FindUp("seeds/articles") ?? throw new DirectoryNotFoundException("seeds/articles");
    var seeds = Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText).ToArray();
    return Enumerable.Range(0, 100).SelectMany(_ => seeds).ToList();
}

static string? FindUp(string relative)
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, relative);
        if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
    }
    return null;
}
