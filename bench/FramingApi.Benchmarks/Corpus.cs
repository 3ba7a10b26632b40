using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FramingApi.Benchmarks;

/// <summary>One article of a benchmark corpus, in the bulk import's shape.</summary>
public sealed record CorpusDocument(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("text")] string Text);

/// <summary>
/// A set of articles to benchmark on: NDJSON with one <c>{"title","source","text"}</c> per line (the bulk import's
/// shape), or, when no corpus has been generated, the project's seed articles.
/// </summary>
public sealed class Corpus
{
    /// <summary>Environment variable that names an NDJSON file to use instead of the default corpus.</summary>
    public const string PathVariable = "FRAMING_BENCH_CORPUS";

    Corpus(string name, IReadOnlyList<CorpusDocument> documents)
    {
        Name = name;
        Documents = documents;
        TextBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    }

    /// <summary>Where the corpus came from (a file name or "seeds").</summary>
    public string Name { get; }

    /// <summary>The articles, in file order.</summary>
    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>Total UTF-8 bytes of the article texts: the "MB" of MB/s (10^6 bytes).</summary>
    public long TextBytes { get; }

    static Corpus? _default;

    /// <summary>
    /// The corpus every benchmark runs over, loaded once per process: the file named by
    /// <see cref="PathVariable"/>, else <c>bench/corpus/brown.jsonl</c> (made by <c>bench/make-brown-corpus.sh</c>),
    /// else the seed articles in <c>seeds/articles/</c>.
    /// </summary>
    public static Corpus Default => _default ??= LoadDefault();

    static Corpus LoadDefault()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path) return LoadNdjson(path);
        var root = RepositoryRoot();
        var brown = Path.Combine(root, "bench", "corpus", "brown.jsonl");
        return File.Exists(brown) ? LoadNdjson(brown) : LoadSeeds(Path.Combine(root, "seeds", "articles"));
    }

    /// <summary>Reads NDJSON, one <c>{"title","source","text"}</c> per line; blank lines are skipped.</summary>
    public static Corpus LoadNdjson(string path)
    {
        var documents = new List<CorpusDocument>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var document = JsonSerializer.Deserialize<CorpusDocument>(line)
                ?? throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object.");
            if (document.Text is null) throw new InvalidDataException($"{path}:{lineNumber}: no \"text\".");
            documents.Add(document);
        }
        return new Corpus(Path.GetFileName(path), documents);
    }

    /// <summary>Reads every <c>*.txt</c> of a folder as one article (title = file name, source = "seeds").</summary>
    public static Corpus LoadSeeds(string folder) =>
        new("seeds", Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new CorpusDocument(Path.GetFileNameWithoutExtension(f), "seeds", File.ReadAllText(f)))
            .ToList());

    /// <summary>The folder holding FramingApi.sln, searched upwards from the running assembly (BenchmarkDotNet runs
    /// each benchmark from a generated folder under bin/) and from the working directory.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FramingApi.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FramingApi.sln not found above " + AppContext.BaseDirectory);
    }
}
