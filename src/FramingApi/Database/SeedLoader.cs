using System.Text.Json;
using Dapper;
using FramingApi.Analyses;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.Sources;
using FramingApi.Stories;
using Npgsql;

namespace FramingApi.Database;

/// <summary>
/// Loads <c>seeds/story.json</c> (the reference story, its sources and articles) into an empty database, so a fresh
/// install has something real to show. Runs through the same ingestion as the API, in one transaction, under an
/// advisory lock so that two instances starting together seed once.
/// </summary>
public sealed class SeedLoader(NpgsqlDataSource db, AnalyzerProvider analyzers, IConfiguration configuration, ILogger<SeedLoader> log)
{
    const long LockKey = 0x4672_616D_696E_6702;

    public sealed record SeedFile(SeedStory Story, List<SeedSource> Sources, List<SeedArticle> Articles);
    public sealed record SeedStory(string Slug, string Title, string? Description, DateOnly? EventDate);
    public sealed record SeedSource(string Slug, string Name, string? Homepage, string? Country, string Kind, string? Description, string[]? Labels);
    public sealed record SeedArticle(string File, string Source, string? Title, string? Author, DateTimeOffset? PublishedAt, string? Url);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string SeedsPath => SeedsFolder.Of(configuration);

    const string IsEmptySql =
        "SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM stories)";

    public async Task LoadIfEmptyAsync(CancellationToken ct)
    {
        var file = Path.Combine(SeedsPath, "story.json");
        if (!File.Exists(file)) { log.LogWarning("No seeds at {File}; starting empty.", file); return; }
        var seed = JsonSerializer.Deserialize<SeedFile>(await File.ReadAllTextAsync(file, ct), Json)
                   ?? throw new InvalidDataException($"{file} is empty.");

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, tx, cancellationToken: ct));
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(IsEmptySql, transaction: tx, cancellationToken: ct))) return;

        var s = seed.Story;
        var storyId = (await StoriesStore.InsertAsync(conn, tx, new StoryRecord(s.Slug, s.Title, s.Description, s.EventDate), ct))!.Value;
        var sourceIds = new Dictionary<string, long>();
        foreach (var o in seed.Sources)
            sourceIds[o.Slug] = (await SourcesStore.InsertAsync(conn, tx,
                new SourceRecord(o.Slug, o.Name, o.Homepage, o.Country, o.Kind, o.Description, o.Labels ?? []), ct))!.Value;

        var lexicons = await analyzers.ActiveAsync(ct);
        var articles = new List<ArticleRecord>();
        foreach (var a in seed.Articles)
            articles.Add(await PrepareAsync(a, sourceIds[a.Source], storyId, seed.Story.Slug, lexicons, ct));
        await ArticleWriter.InsertAsync(conn, tx, articles, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Loaded the seed story '{Story}': {Sources} sources, {Articles} articles.",
            seed.Story.Slug, seed.Sources.Count, articles.Count);
    }

    /// <summary>A seed article through the checks and preparation of the API's ingestion.</summary>
    async Task<ArticleRecord> PrepareAsync(SeedArticle a, long sourceId, long storyId, string story, LexiconSet lexicons, CancellationToken ct)
    {
        var request = new ArticleCreateRequest
        {
            Text = await File.ReadAllTextAsync(Path.Combine(SeedsPath, a.File), ct),
            Title = a.Title, Author = a.Author, PublishedAt = a.PublishedAt, Url = a.Url,
            Source = a.Source, Story = story,
        };
        var errors = new FieldErrors();
        ArticleIngestion.Validate(request, errors);
        return (errors.Any ? null : ArticleIngestion.Prepare(request, sourceId, storyId, lexicons, errors))
            ?? throw new InvalidDataException($"Seed {a.File} is invalid: {string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
    }
}
