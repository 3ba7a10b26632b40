using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using FramingApi.Analyses;
using FramingApi.Infrastructure;
using FramingApi.TimeSeries;
using Microsoft.Extensions.Options;

namespace FramingApi.Articles;

/// <summary>
/// Runs the CPU side of a bulk import — a line read and checked, the article analysed and prepared for storing, its
/// metric summaries made — on the seed articles' texts once the API has started listening, in the background on half
/// the cores, until the JIT has compiled that code at its final tier. It does not delay readiness (a 20 s wait before
/// listening was too much to ask of every start for the benefit of a bulk import); an import that starts during it
/// shares the cores with it and profits from what it has compiled so far. Without it a fresh process spent its first few thousand imported articles in the JIT's
/// unoptimised and instrumented tiers, with its background thread compiling beside them: ~3.7 ms of API CPU per
/// article over articles 500–2,500 of a fresh process, against ~1.3 ms once warm (docs/PERFORMANCE.md, "Where the
/// API's time goes in a bulk import, wave 9"). Nothing is written. Bounded by <c>Articles:WarmUpSeconds</c> (when it
/// is not set, <c>Comparisons:WarmUpSeconds</c>: one setting turns both start-up warm-ups off; default
/// <see cref="DefaultSeconds"/>, 0 turns it off). No seed texts, or a database that does not answer, only skips it.
/// </summary>
public static class IngestionWarmUp
{
    /// <summary>Default bound on the warm-up's time, in seconds.</summary>
    public const int DefaultSeconds = 20;

    // A method is promoted after 30 calls (and again, from its instrumented tier, after 30 more); a round prepares each
    // seed text once per core. The warm-up stops once a few rounds past that compiled (almost) nothing new.
    const int MinRounds = 80, MaxRounds = 400, QuietRounds = 10, QuietMethods = 3;

    /// <summary>Starts the warm-up (see the class) once the application has started; it ends with the application.</summary>
    public static void WarmUpIngestionInBackground(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try { await app.WarmUpIngestionAsync(app.Lifetime.ApplicationStopping); }
            catch (Exception e) // a warm-up that fails must not take the API down: it only costs the first import its speed
            {
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestionWarmUp)).LogWarning(e, "Ingestion warm-up failed");
            }
        }));

    /// <summary>Runs the warm-up (see the class); logs what it did.</summary>
    public static Task WarmUpIngestionAsync(this WebApplication app, CancellationToken stopping = default) =>
        StartUpWarmUp.RunAsync(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestionWarmUp)), "ingestion",
            app.Configuration.GetValue<int?>("Articles:WarmUpSeconds") ?? app.Configuration.GetValue("Comparisons:WarmUpSeconds", DefaultSeconds),
            async ct => await RunAsync(app.Services, ct) is (> 0 and var rounds, var prepared) ? $"{rounds} rounds, {prepared} articles prepared" : null,
            stopping);

    /// <summary>
    /// The warm-up's rounds — every seed line read, prepared and summarised once per core in each — until the JIT is
    /// quiet (at least <paramref name="minRounds"/>, at most <paramref name="maxRounds"/>); how many rounds ran and how many
    /// lines were prepared (every line of every round, unless a seed text stopped passing the import's checks). 0
    /// rounds when there are no seed texts.
    /// </summary>
    internal static async Task<(int Rounds, int Prepared)> RunAsync(IServiceProvider services, CancellationToken ct,
        int minRounds = MinRounds, int maxRounds = MaxRounds)
    {
        var lines = SeedLines(services.GetRequiredService<IConfiguration>());
        if (lines.Count == 0) return (0, 0);
        var lexicons = await services.GetRequiredService<AnalyzerProvider>().ActiveAsync(ct);
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestionWarmUp));
        var work = Environment.ProcessorCount * lines.Count;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) };
        var started = Stopwatch.GetTimestamp();
        var prepared = 0;
        var rounds = await StartUpWarmUp.UntilJitQuietAsync(round =>
        {
            Parallel.For(0, work, parallel, i =>
            {
                if (Prepare(lines[i % lines.Count], lexicons, json)) Interlocked.Increment(ref prepared);
            });
            if (round % 10 == 9)
                log.LogDebug("Ingestion warm-up: round {Round} at {Ms:F0} ms, methods compiled {Methods}, JIT time {Jit:F0} ms", round + 1,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(),
                    System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
            return Task.CompletedTask;
        }, minRounds, maxRounds, QuietRounds, QuietMethods);
        return (rounds, prepared);
    }

    /// <summary>What the bulk import does to a line before writing it: read and check it, prepare it, make its summaries.</summary>
    static bool Prepare(byte[] line, LexiconSet lexicons, JsonSerializerOptions json)
    {
        var errors = new FieldErrors();
        if (BulkImport.ReadLine(new ReadOnlySequence<byte>(line), json, errors) is not { } request) return false;
        if (ArticleIngestion.Prepare(request, null, null, lexicons, errors) is not { } record) return false;
        for (var i = 0; i < lexicons.Versions.Count; i++)
            MetricSummary.Rows(lexicons.Versions[i].Kind, record.Packed[i], record.Scores.Counts.OutletWords, record.Scores.Counts.QuotationWords);
        return true;
    }

    /// <summary>The seed articles' texts (seeds/articles) as bulk-import lines: text, title, url and date, as a client sends them.</summary>
    static List<byte[]> SeedLines(IConfiguration configuration)
    {
        var folder = SeedsFolder.Of(configuration, "articles");
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select((file, i) => JsonSerializer.SerializeToUtf8Bytes(new
        {
            text = File.ReadAllText(file),
            title = $"Warm-up article {i}",
            url = $"https://warm-up.invalid/{i}",
            published_at = new DateTimeOffset(2000, 1, 1 + i, 12, 0, 0, TimeSpan.Zero),
        }))];
    }
}
