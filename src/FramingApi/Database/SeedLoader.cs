using System.Text.Json;
using Dapper;
using FramingApi.Analysis;
using FramingApi.Articles;
using FramingApi.Infrastructure;
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

    public string SeedsPath => configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    public async Task LoadIfEmptyAsync(CancellationToken ct)
    {
        var file = Path.Combine(SeedsPath, "story.json");
        if (!File.Exists(file)) { log.LogWarning("No seeds at {File}; starting empty.", file); return; }
        var seed = JsonSerializer.Deserialize<SeedFile>(await File.ReadAllTextAsync(file, ct), Json)
                   ?? throw new InvalidDataException($"{file} is empty.");

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, tx, cancellationToken: ct));
        var empty = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM stories)",
            transaction: tx, cancellationToken: ct));
        if (!empty) return;

        var storyId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO stories (slug, title, description, event_date) VALUES (@Slug, @Title, @Description, @EventDate) RETURNING id",
            seed.Story, tx, cancellationToken: ct));
        var sourceIds = new Dictionary<string, long>();
        foreach (var s in seed.Sources)
            sourceIds[s.Slug] = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO sources (slug, name, homepage, country, kind, description, labels)
                VALUES (@Slug, @Name, @Homepage, @Country, @Kind, @Description, @Labels) RETURNING id
                """, new { s.Slug, s.Name, s.Homepage, s.Country, s.Kind, s.Description, Labels = s.Labels ?? [] }, tx, cancellationToken: ct));

        var lexicons = await analyzers.ActiveAsync(ct);
        var items = new List<WriteItem>();
        foreach (var a in seed.Articles)
        {
            var request = new ArticleCreateRequest
            {
                Text = await File.ReadAllTextAsync(Path.Combine(SeedsPath, a.File), ct),
                Title = a.Title, Author = a.Author, PublishedAt = a.PublishedAt, Url = a.Url,
                Source = a.Source, Story = seed.Story.Slug,
            };
            var errors = new FieldErrors();
            ArticleIngestion.Validate(request, errors);
            var prepared = errors.Any ? null : ArticleIngestion.Prepare(request, lexicons, errors);
            if (prepared is null)
                throw new InvalidDataException($"Seed {a.File} is invalid: {string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
            items.Add(new WriteItem(prepared, sourceIds[a.Source], storyId));
        }
        await ArticlesStore.WriteAsync(conn, tx, items, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Loaded the seed story '{Story}': {Sources} sources, {Articles} articles.",
            seed.Story.Slug, seed.Sources.Count, items.Count);
    }
}
