using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Infrastructure;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>ingest-stages FILE.jsonl [--rounds R] [--threads N] [--only STAGE]</c>: where the API's ingestion of one article spends its CPU
/// time (<see cref="ArticleIngestion.Prepare"/>: segmenting and tokenizing, scoring, the content hash, the sampled
/// shingles, the search vector, packing), per stage and in all, over an NDJSON corpus (the bulk import's shape); and
/// reading a line (<see cref="BulkImport.ReadLine"/>: parsing and checking the JSON, given as the request body's pipe
/// gives it, in 4 KB segments), which the import does on one thread before analysis.
/// </summary>
/// <remarks>
/// Each stage is timed over every article, single-threaded, in R rounds (5 by default) after one warm-up round; each
/// figure is the median of the rounds, in milliseconds per article: the thread's CPU time (what a shared machine's
/// load disturbs least) and the wall-clock time. With <c>--threads N</c> it also times whole
/// <c>Prepare</c> passes spread over N threads (articles/s), as the bulk import runs them. Lines start with the stage
/// name, so that two builds can be run one after the other and compared line by line. <c>--only</c> runs one stage
/// (e.g. under <c>dotnet-trace collect --profile cpu-sampling</c>).
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
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[i + 1];
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
        var model = BuiltInLexicons.Model();
        var definitions = BuiltInLexicons.Load(model);
        var lexicons = new LexiconSet(new FramingAnalyzer(definitions, claimModel: model),
            definitions.Select((d, i) => new LexiconVersionRef(i + 1, d.Name, d.Kind, 1, "", i + 1)).ToList());
        var requests = corpus.Documents.Select(d => new ArticleCreateRequest { Text = d.Text, Title = d.Title }).ToArray();
        var texts = requests.Select(r => AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(r.Text!, r.Title, null, null)))).ToArray();
        var scores = texts.Select(t => lexicons.Analyzer.Analyze(t)).ToArray();
        var json = new JsonSerializerOptions();
        ApiJson.Configure(json);
        var lines = corpus.Documents.Select((d, i) => Segmented(JsonSerializer.SerializeToUtf8Bytes(new
        {
            url = $"https://stages.invalid/{i}", title = d.Title, text = d.Text, source = "stages", story = "stages",
            published_at = new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero),
        }), 4096)).ToArray();
        Console.WriteLine($"corpus {corpus.Name}: {requests.Length} docs, {corpus.TextBytes / 1e6:F2} MB; {rounds} rounds; "
                          + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        long sink = 0;
        var stages = new (string Name, Action<int> Run)[]
        {
            ("parse", i => sink += BulkImport.ReadLine(lines[i], json, new FieldErrors())!.Text!.Length),
            ("text", i => { using var t = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(requests[i].Text!, requests[i].Title, null, null))); sink += t.Tokens.Length; }),
            ("score", i => sink += lexicons.Analyzer.Analyze(texts[i]).Evidence.Count),
            ("hash", i => sink += ArticleIngestion.ContentHash(texts[i].Text)[0]),
            ("shingles", i => sink += ArticleFingerprint.Shingles(texts[i]).Count),
            ("search", i => sink += SearchVector.LexemeCount(SearchVector.Build(texts[i]))),
            ("pack", i => sink += ScoredArticle.PackAll(texts[i].Text, scores[i], lexicons).Length),
            ("prepare", i => sink += ArticleIngestion.Prepare(requests[i], 1, 1, lexicons, new FieldErrors())!.WordCount),
        };
        if (only is not null) stages = stages.Where(s => s.Name == only).ToArray();
        var times = stages.ToDictionary(s => s.Name, _ => (Wall: new List<double>(), Cpu: new List<double>()));
        for (var round = 0; round <= rounds; round++)
            foreach (var (name, run) in stages)
            {
                var cpu = ThreadCpu.Now();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < requests.Length; i++) run(i);
                if (round == 0) continue;
                times[name].Wall.Add(watch.Elapsed.TotalMilliseconds / requests.Length);
                times[name].Cpu.Add((ThreadCpu.Now() - cpu).TotalMilliseconds / requests.Length);
            }
        foreach (var (name, _) in stages)
        {
            var (wall, cpu) = (times[name].Wall.Order().ToList(), times[name].Cpu.Order().ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {cpu[cpu.Count / 2],8:F3} ms CPU per article (min {cpu[0]:F3}, max {cpu[^1]:F3}); wall {wall[wall.Count / 2]:F3} (min {wall[0]:F3}, max {wall[^1]:F3})"));
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

    /// <summary>The bytes as a sequence of segments of <paramref name="size"/> bytes, as Kestrel's request pipe hands a long line over.</summary>
    static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        Segment? first = null, last = null;
        for (var at = 0; at < bytes.Length; at += size)
        {
            var segment = new Segment(bytes.AsMemory(at, Math.Min(size, bytes.Length - at)), last?.RunningIndex + last?.Memory.Length ?? 0);
            if (last is null) first = segment; else last.SetNext(segment);
            last = segment;
        }
        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex) { Memory = memory; RunningIndex = runningIndex; }
        public void SetNext(Segment next) => Next = next;
    }

    static int Usage(string problem)
    {
        Console.Error.WriteLine($"ingest-stages: {problem}\nusage: ingest-stages FILE.jsonl [--rounds R] [--threads N] [--only STAGE]");
        return 2;
    }
}

/// <summary>The calling thread's CPU time (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; Linux).</summary>
static class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out TimeSpec time);

    const int ThreadCpuClock = 3;

    public static TimeSpan Now() =>
        ClockGetTime(ThreadCpuClock, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : TimeSpan.Zero;
}
