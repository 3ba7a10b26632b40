using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>compare-builds DIR_A DIR_B FILE.jsonl [ROUNDS]</c>: the pipeline of two builds of this project (their Release
/// output folders) side by side in one process, each in its own load context: after a warm-up, rounds alternate A and
/// B (A B, then B A), two whole passes over the corpus each, timed by this thread's CPU time; prints each build's
/// median and the median of the per-round ratios B ÷ A. On a shared, loaded machine this is far steadier than
/// separate processes: both builds meet the same load within a fraction of a second.
/// </summary>
/// <remarks>
/// A runtime setting cannot be paired this way (both builds share the process). For the garbage collector's gen0
/// budget there is a proxy: with <c>COMPARE_COLLECT_EVERY=N</c> in the environment, build B's passes force a gen0
/// collection after every N documents (a small nursery, as <c>System.GC.Gen0MaxBudget</c> gives), build A's do not;
/// run it with A and B the same folder. The command prints the process's gen0 and gen1 collection counts.
/// </remarks>
public static class CompareBuildsCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "compare-builds";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length is < 3 or > 4 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]) || !File.Exists(args[2])
            || (args.Length == 4 && !int.TryParse(args[3], out _)))
        {
            Console.Error.WriteLine($"usage: {Verb} DIR_A DIR_B FILE.jsonl [ROUNDS]");
            return 2;
        }
        var rounds = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40;
        var builds = new[] { Build.Load(args[0], args[2], 0), Build.Load(args[1], args[2], 1) };
        foreach (var build in builds) for (var k = 0; k < 60; k++) build.Pass(); // tier-1 code with its profile
        if (int.TryParse(Environment.GetEnvironmentVariable("COMPARE_COLLECT_EVERY"), out var every) && every > 0)
        {
            builds[1].CollectEvery = every;
            Console.WriteLine($"B forces a gen0 collection every {every} documents");
        }
        var times = new[] { new double[rounds], new double[rounds] };
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < 2; i++)
            {
                var b = (r & 1) == 0 ? i : 1 - i;
                var before = ThreadCpuSeconds();
                builds[b].Pass();
                builds[b].Pass();
                times[b][r] = (ThreadCpuSeconds() - before) / 2;
            }
        var megabytes = builds[0].Bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}; allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB"));
        for (var i = 0; i < 2; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"AB"[i]} {args[i]}: {megabytes / Median(times[i]):F1} MB per CPU-second (median of {rounds}), evidence checksum {builds[i].Sink}"));
        var ratios = Enumerable.Range(0, rounds).Select(r => times[0][r] / times[1][r]).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B / A throughput: {ratios[rounds / 2]:F3} (median of {rounds} rounds; quartiles {ratios[rounds / 4]:F3} .. {ratios[3 * rounds / 4]:F3})"));
        return 0;
    }

    static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    [StructLayout(LayoutKind.Sequential)]
    struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>CPU time of the calling thread (Linux: CLOCK_THREAD_CPUTIME_ID).</summary>
    static double ThreadCpuSeconds()
    {
        _ = ClockGetTime(3, out var time);
        return time.Seconds + time.Nanoseconds / 1e9;
    }

    /// <summary>One build: its corpus parts, analyzer and <see cref="ArticlePipeline.Run"/>, loaded in a context of its own.</summary>
    sealed class Build(Func<object, object, int> run, object[] parts, object analyzer, long bytes)
    {
        public long Bytes { get; } = bytes;

        public long Sink { get; private set; }

        /// <summary>Forces a gen0 collection after every this many documents (0: never).</summary>
        public int CollectEvery { get; set; }

        public void Pass()
        {
            var n = 0;
            foreach (var part in parts)
            {
                Sink += run(part, analyzer);
                if (CollectEvery > 0 && ++n % CollectEvery == 0) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            }
        }

        /// <summary>
        /// The built-in lexicons of the repository the build folder lies in (its seeds/lexicons, parsed by that build's
        /// own LexiconJson), so that lexicon changes are paired too; the host repository's for a folder outside any.
        /// </summary>
        static object Lexicons(Assembly analysis, string folder)
        {
            var repo = new DirectoryInfo(folder);
            while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "FramingApi.sln"))) repo = repo.Parent;
            var lexiconFolder = Path.Combine(repo?.FullName ?? Corpus.RepositoryRoot(), "seeds", "lexicons");
            var parse = analysis.GetType("FramingApi.Analysis.Lexicons.LexiconJson", throwOnError: true)!.GetMethod("Parse", [typeof(string)])!;
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(parse.ReturnType))!;
            foreach (var file in Directory.GetFiles(lexiconFolder, "*.json").Order(StringComparer.Ordinal))
                list.Add(parse.Invoke(null, [File.ReadAllText(file)]));
            Console.WriteLine($"{folder}: lexicons of {lexiconFolder}");
            return list;
        }

        /// <summary>
        /// The claim-sentence model the build's repository ships (seeds/models/claim-sentences.json, parsed by the build's
        /// own ClaimSentenceModel), bound to its claims lexicon in <paramref name="lexicons"/>, as the API runs it; null
        /// when the repository ships none or the build has no detector.
        /// </summary>
        static object? Model(Assembly analysis, string folder, System.Collections.IList lexicons)
        {
            var repo = new DirectoryInfo(folder);
            while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "FramingApi.sln"))) repo = repo.Parent;
            var file = Path.Combine(repo?.FullName ?? Corpus.RepositoryRoot(), "seeds", "models", "claim-sentences.json");
            var type = analysis.GetType("FramingApi.Analysis.Scoring.ClaimSentenceModel");
            if (type is null || !File.Exists(file)) return null;
            var model = type.GetMethod("Parse", [typeof(string)])!.Invoke(null, [File.ReadAllText(file)])!;
            var bind = type.GetMethod("Bind")!;
            for (var i = 0; i < lexicons.Count; i++) lexicons[i] = bind.Invoke(model, [lexicons[i]]);
            Console.WriteLine($"{folder}: claim-sentence model of {file}");
            return model;
        }

        public static Build Load(string folder, string file, int index)
        {
            folder = Path.GetFullPath(folder);
            var context = new BuildContext(folder, index);
            var bench = context.LoadFromAssemblyPath(Path.Combine(folder, "FramingApi.Benchmarks.dll"));
            var analysis = context.LoadFromAssemblyPath(Path.Combine(folder, "FramingApi.Analysis.dll"));
            var corpusType = bench.GetType(typeof(Corpus).FullName!, throwOnError: true)!;
            var corpus = corpusType.GetMethod(nameof(Corpus.LoadNdjson))!.Invoke(null, [file])!;
            var documents = ((System.Collections.IEnumerable)corpusType.GetProperty(nameof(Corpus.Documents))!.GetValue(corpus)!).Cast<object>();
            var pipeline = bench.GetType(typeof(ArticlePipeline).FullName!, throwOnError: true)!;
            var partsOf = pipeline.GetMethod(nameof(ArticlePipeline.Parts))!;
            var parts = documents.Select(d => partsOf.Invoke(null, [d])!).ToArray();
            var lexicons = Lexicons(analysis, folder);
            var analyzerType = analysis.GetType("FramingApi.Analysis.Scoring.FramingAnalyzer", throwOnError: true)!;
            // (lexicons, weights) or, since ship1, (lexicons, weights, claimModel): the defaults after the lexicons, and
            // since ship2 the shipped model when the build's repository has one.
            var constructor = analyzerType.GetConstructors().Single(c => c.GetParameters().Length >= 2);
            var model = constructor.GetParameters().Length >= 3 ? Model(analysis, folder, (System.Collections.IList)lexicons) : null;
            var arguments = new object?[constructor.GetParameters().Length];
            arguments[0] = lexicons;
            if (model is not null) arguments[2] = model;
            var analyzer = constructor.Invoke(arguments);
            // A compiled call, so that no reflection runs per article.
            var runMethod = pipeline.GetMethod(nameof(ArticlePipeline.Run))!;
            var part = Expression.Parameter(typeof(object));
            var target = Expression.Parameter(typeof(object));
            var call = Expression.Call(runMethod, Expression.Convert(part, runMethod.GetParameters()[0].ParameterType),
                Expression.Convert(target, analyzerType));
            var run = Expression.Lambda<Func<object, object, int>>(call, part, target).Compile();
            return new Build(run, parts, analyzer, (long)corpusType.GetProperty(nameof(Corpus.TextBytes))!.GetValue(corpus)!);
        }
    }

    /// <summary>Loads a build's own assemblies from its folder; the runtime's are shared.</summary>
    sealed class BuildContext(string folder, int index) : AssemblyLoadContext($"build {index}")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return name.Name!.StartsWith("System.", StringComparison.Ordinal) || !File.Exists(path) ? null : LoadFromAssemblyPath(path);
        }
    }
}
