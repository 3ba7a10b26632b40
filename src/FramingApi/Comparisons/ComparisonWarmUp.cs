using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using FramingApi.Infrastructure;

namespace FramingApi.Comparisons;

/// <summary>
/// Builds comparisons of a small, real scope at start-up, before the API listens (so before <c>/health/ready</c>
/// answers), until the JIT has compiled their code at its final tier. Without it the first few dozen cold comparisons
/// after a start ran partly in the JIT's first, unoptimised tier while its background thread compiled the optimised
/// code (docs/PERFORMANCE.md, "Cold comparisons, wave 8"). The scope is the newest story with dated articles — its
/// first <see cref="ScopeArticles"/> articles, and a sources comparison of their sources over their dates, each read
/// with the same limit — built with and without a topic filter and serialised as the cache would; nothing is cached.
/// Bounded by <c>Comparisons:WarmUpSeconds</c> (default <see cref="DefaultSeconds"/>; 0 turns it off). A database that
/// does not answer, or has no story, only skips it.
/// </summary>
public static class ComparisonWarmUp
{
    /// <summary>Default bound on the warm-up's time, in seconds.</summary>
    public const int DefaultSeconds = 20;

    /// <summary>Articles of each warm-up comparison.</summary>
    public const int ScopeArticles = 20;

    // A method is promoted after 30 calls; a comparison calls some methods once per build. The warm-up stops once a
    // few rounds past that compiled (almost) nothing new, or after MaxRounds.
    const int MinRounds = 36, MaxRounds = 90, QuietRounds = 4, QuietMethods = 8;

    /// <summary>Runs the warm-up (see the class); logs what it did.</summary>
    public static Task WarmUpComparisonsAsync(this WebApplication app) =>
        StartUpWarmUp.RunAsync(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ComparisonWarmUp)), "comparisons",
            app.Configuration.GetValue("Comparisons:WarmUpSeconds", DefaultSeconds), async ct => $"{await RunAsync(app.Services, ct)} rounds");

    /// <summary>The warm-up's rounds (a story comparison and a sources comparison each); 0 when there is no scope.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<ComparisonsStore>();
        var resolver = services.GetRequiredService<ComparisonResolver>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        if (await store.WarmUpScopeAsync(ScopeArticles, 3, ct) is not { } scope) return 0;
        var topics = await store.TopicKeysAsync(ct);
        var sources = new SourcesQuery(string.Join(',', scope.Sources), Day(scope.From), Day(scope.To), null);
        return await StartUpWarmUp.UntilJitQuietAsync(async round =>
        {
            var topic = round % 2 == 1 && topics.Count > 0 ? topics[round / 2 % topics.Count] : null;
            await BuildAsync(store, (await resolver.StoryAsync(scope.Story, topic, ct)).Value, json, ct);
            await BuildAsync(store, (await resolver.SourcesAsync(sources, null, ct)).Value, json, ct);
        }, MinRounds, MaxRounds, QuietRounds, QuietMethods);
    }

    static async Task BuildAsync(ComparisonsStore store, ComparisonRequest? request, JsonSerializerOptions json, CancellationToken ct)
    {
        if (request is null) return;
        var sections = BuildSections.Start(); // as the cache's builds do: their log line's sections
        var (_, data) = await store.ReadAsync(request.Articles, _ => false, ct, ScopeArticles);
        var (response, _) = request.Build(data!);
        JsonSerializer.SerializeToUtf8Bytes(response, response.GetType(), json);
        _ = sections.ToString();
    }

    static string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
