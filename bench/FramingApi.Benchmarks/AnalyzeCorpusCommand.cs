using System.Diagnostics;
using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>analyze-corpus FILE.jsonl [--threads N] [--seconds S] [--stages] [--cpu]</c>: the throughput of the whole analysis pipeline over an
/// NDJSON corpus (one <c>{"title","source","text"}</c> per line), next to the bare baseline measured the same way.
/// </summary>
/// <remarks>
/// Loads the articles and compiles the built-in lexicons, warms both up, then times only the analysis: whole passes
/// over every article, in 5 alternating rounds of baseline and pipeline, each round at least S / 5 seconds (S = 3 by
/// default); each figure is the median of its rounds. With N threads each pass splits the articles
/// among N threads (article i goes to thread i mod N). The last two lines are
/// <c>baseline: &lt;docs&gt; docs, &lt;MB/s&gt; MB/s, &lt;words/s&gt; words/s</c> and the same for <c>pipeline:</c>;
/// MB = 10^6 bytes of UTF-8 article text (the <c>text</c> field), words = tokens (the pipeline's tokens; letter/digit
/// runs for the baseline, which are nearly the same). With <c>--cpu</c> the rates are per CPU-second of the process
/// instead of per second of wall-clock time (for comparing builds on a loaded machine).
/// </remarks>
public static class AnalyzeCorpusCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "analyze-corpus";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        string? file = null;
        var threads = 1;
        var seconds = 3.0;
        var stages = false;
        var cpu = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threads" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                    threads = n;
                    i++;
                    break;
                case "--seconds" when i + 1 < args.Length
                                      && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    seconds = s;
                    i++;
                    break;
                case "--stages":
                    stages = true;
                    break;
                case "--cpu":
                    cpu = true;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null) return Usage($"bad argument '{args[i]}'");
                    file = args[i];
                    break;
            }
        }
        if (file is null) return Usage("no corpus file");
        _cpuTime = cpu;
        if (!File.Exists(file)) return Usage($"{file}: no such file");

        var corpus = Corpus.LoadNdjson(file);
        var parts = corpus.Documents.Select(ArticlePipeline.Parts).ToArray();
        var texts = corpus.Documents.Select(d => d.Text).ToArray();
        var model = BuiltInLexicons.Model();
        var lexicons = BuiltInLexicons.Load(model);
        var analyzer = new FramingAnalyzer(lexicons, claimModel: model); // the shipped analysis, as the API runs it
        var (listName, words) = WordList.Load(corpus);
        var baseline = new BareBaseline(words);
        var pipelineWords = parts.Sum(p => (long)AnalyzedText.Analyze(ArticleText.Compose(p)).Tokens.Length);
        var baselineWords = texts.Sum(t => (long)WordSplitter.CountWords(t));
        Console.WriteLine($"corpus {corpus.Name}: {parts.Length} docs, {corpus.TextBytes / 1e6:F2} MB, {pipelineWords} tokens; "
                          + $"lexicons {string.Join(", ", lexicons.Select(l => $"{l.Name} ({l.Entries.Count})"))}; "
                          + $"baseline word list {listName} ({words.Count}); {threads} thread(s), >= {seconds} s each");

        long sink = 0;
        void PipelinePass(int thread, int step)
        {
            var local = 0L;
            for (var i = thread; i < parts.Length; i += step) local += ArticlePipeline.Run(parts[i], analyzer);
            Interlocked.Add(ref sink, local);
        }
        void BaselinePass(int thread, int step)
        {
            var local = 0L;
            for (var i = thread; i < texts.Length; i += step) local += baseline.CountHits(texts[i]);
            Interlocked.Add(ref sink, local);
        }

        // Allocation of one single-threaded pipeline pass, per article (after the first pass, so nothing is cached).
        PipelinePass(0, 1);
        var evidenceBefore = Interlocked.Read(ref sink);
        var before = GC.GetAllocatedBytesForCurrentThread();
        PipelinePass(0, 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var evidence = Interlocked.Read(ref sink) - evidenceBefore;
        Console.WriteLine($"allocated: {allocated / (double)parts.Length / 1024:F1} KB per doc, "
                          + $"{allocated / (double)pipelineWords:F1} bytes per token, "
                          + $"{evidence / (double)parts.Length:F1} evidence items per doc (one pipeline pass)");

        if (stages)
        {
            // Where the time goes, single-threaded: the text stages alone, then with the matcher pass.
            var matcher = FramingApi.Analysis.Lexicons.LexiconMatcher.Compile(lexicons);
            var matches = new List<FramingApi.Analysis.Lexicons.LexiconMatch>();
            void ComposePass(int thread, int step)
            {
                foreach (var p in parts) sink += ArticleText.Compose(p).Segments.Count;
            }
            void TextPass(int thread, int step)
            {
                foreach (var p in parts)
                {
                    using var text = AnalyzedText.Analyze(ArticleText.Compose(p));
                    sink += text.Tokens.Length;
                }
            }
            // The text stage as the pipeline runs it: each token's id found in the matcher's word table as the token ends
            // (the probe); less the text stage, the probe's cost.
            var wordTable = matcher.Words;
            void IdsPass(int thread, int step)
            {
                foreach (var p in parts)
                {
                    using var text = AnalyzedText.Analyze(ArticleText.Compose(p), wordTable);
                    sink += text.Tokens.Length;
                }
            }
            void MatchPass(int thread, int step)
            {
                foreach (var p in parts)
                {
                    using var text = AnalyzedText.Analyze(ArticleText.Compose(p));
                    matches.Clear();
                    matcher.Match(text.LowerText, text.Tokens, matches);
                    sink += matches.Count;
                }
            }
            foreach (var (name, pass) in new (string, Action<int, int>)[] { ("compose", ComposePass), ("text", TextPass), ("text+ids", IdsPass), ("text+match", MatchPass), ("pipeline", PipelinePass) })
            {
                Time(pass, 1, 2.0);
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                pass(0, 1);
                var stageAllocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                var (p, s) = Time(pass, 1, seconds / Rounds);
                Console.WriteLine(Line("stage " + name, parts.Length, corpus.TextBytes, pipelineWords, p / s)
                                  + $", {stageAllocated / (double)parts.Length / 1024:F1} KB per doc");
            }
        }

        // Warm-up: at least a second of each, so both run their tier-1 code. Then alternate rounds of the two (the
        // machine may be shared: alternating spreads its noise over both alike) and report each one's median round.
        Time(BaselinePass, threads, 1.0);
        Time(PipelinePass, threads, 1.0);
        var baselineRates = new double[Rounds];
        var pipelineRates = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            var (bp, bs) = Time(BaselinePass, threads, seconds / Rounds);
            baselineRates[round] = bp / bs;
            var (pp, ps) = Time(PipelinePass, threads, seconds / Rounds);
            pipelineRates[round] = pp / ps;
        }
        GC.KeepAlive(sink);

        Console.WriteLine(Line("baseline", parts.Length, corpus.TextBytes, baselineWords, Median(baselineRates)));
        Console.WriteLine(Line("pipeline", parts.Length, corpus.TextBytes, pipelineWords, Median(pipelineRates)));
        return 0;
    }

    /// <summary>Whole passes of <paramref name="pass"/> (each split over <paramref name="threads"/>) for at least
    /// <paramref name="seconds"/>.</summary>
    /// <remarks>With <see cref="_cpuTime"/> the seconds returned are the process's CPU seconds over those passes
    /// (all its threads: the collector's and the compiler's too), which another process's load on a shared machine
    /// moves less than wall-clock time.</remarks>
    static (int Passes, double Seconds) Time(Action<int, int> pass, int threads, double seconds)
    {
        var passes = 0;
        var cpuBefore = _cpuTime ? Process.GetCurrentProcess().TotalProcessorTime : TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        do
        {
            if (threads == 1) pass(0, 1);
            else Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => pass(t, threads));
            passes++;
        } while (watch.Elapsed.TotalSeconds < seconds);
        return (passes, _cpuTime ? (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds : watch.Elapsed.TotalSeconds);
    }

    static bool _cpuTime;

    /// <summary>Alternating rounds of baseline and pipeline; each one's figure is the median of its rounds.</summary>
    const int Rounds = 5;

    static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    static string Line(string name, int docs, long bytes, long words, double passesPerSecond) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}: {docs} docs, {bytes * passesPerSecond / 1e6:F1} MB/s, {words * passesPerSecond:F0} words/s");

    static int Usage(string problem)
    {
        Console.Error.WriteLine($"{Verb}: {problem}");
        Console.Error.WriteLine($"usage: {Verb} FILE.jsonl [--threads N] [--seconds S] [--stages] [--cpu]");
        return 2;
    }
}
