using Dapper;
using FramingApi.Articles;
using Npgsql;

namespace FramingApi.Stories;

public sealed class StoriesStore(NpgsqlDataSource db)
{
    const string InsertSql = """
        INSERT INTO stories (slug, title, description, event_date)
        VALUES (@Slug, @Title, @Description, @EventDate)
        ON CONFLICT (slug) DO NOTHING
        RETURNING id
        """;

    const string PageSql = """
        SELECT id, slug, title, description, event_date, created_at, count(*) OVER () AS total
        FROM stories
        WHERE @slug::text IS NULL OR slug = @slug
        ORDER BY event_date DESC NULLS LAST, id DESC
        LIMIT @limit OFFSET @offset
        """;

    // Sources and articles of a page of stories, in two set-based queries rather than one per story.
    const string DetailsSql = """
        SELECT a.story_id, so.slug, so.name, so.kind, count(*) AS article_count
        FROM articles a JOIN sources so ON so.id = a.source_id
        WHERE a.story_id = ANY(@ids)
        GROUP BY a.story_id, so.slug, so.name, so.kind
        ORDER BY a.story_id, so.slug;

        SELECT a.story_id, a.id, so.slug AS source, st.slug AS story, a.url, a.title, a.author, a.published_at,
               a.word_count, encode(a.content_hash, 'hex') AS content_hash, a.created_at
        FROM articles a
        JOIN stories st ON st.id = a.story_id
        LEFT JOIN sources so ON so.id = a.source_id
        WHERE a.story_id = ANY(@ids)
        ORDER BY a.story_id, a.published_at NULLS LAST, a.id;
        """;

    public async Task<long?> CreateAsync(StoryCreateRequest r, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(InsertSql,
            new { r.Slug, r.Title, r.Description, r.EventDate }, cancellationToken: ct));
    }

    public async Task<StoryResponse?> FindAsync(string slug, CancellationToken ct) =>
        (await QueryAsync(slug, 1, 0, ct)).Items.FirstOrDefault();

    public Task<(IReadOnlyList<StoryResponse> Items, long Total)> ListAsync(int limit, int offset, CancellationToken ct) =>
        QueryAsync(null, limit, offset, ct);

    async Task<(IReadOnlyList<StoryResponse> Items, long Total)> QueryAsync(string? slug, int limit, int offset, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var stories = (await conn.QueryAsync<StoryRow>(new CommandDefinition(PageSql, new { slug, limit, offset }, cancellationToken: ct))).ToList();
        if (stories.Count == 0)
        {
            var total = slug is null && offset > 0
                ? await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM stories", cancellationToken: ct))
                : 0;
            return ([], total);
        }

        var ids = stories.Select(s => s.Id).ToArray();
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(DetailsSql, new { ids }, cancellationToken: ct));
        var sources = (await grid.ReadAsync<SourceRow>()).ToLookup(r => r.StoryId);
        var articles = (await grid.ReadAsync<ArticleRow>()).ToLookup(r => r.StoryId);

        var items = stories.Select(s => new StoryResponse(s.Id, s.Slug, s.Title, s.Description,
                s.EventDate, s.CreatedAt,
                articles[s.Id].Count(), sources[s.Id].Count(),
                sources[s.Id].Select(r => new StorySource(r.Slug, r.Name, r.Kind, r.ArticleCount)).ToList(),
                articles[s.Id].Select(r => r.ToSummary()).ToList()))
            .ToList();
        return (items, stories[0].Total);
    }

    sealed record StoryRow(long Id, string Slug, string Title, string? Description, DateOnly? EventDate, DateTime CreatedAt, long Total);

    sealed record SourceRow(long StoryId, string Slug, string Name, string Kind, long ArticleCount);

    sealed record ArticleRow(long StoryId, long Id, string? Source, string? Story, string? Url, string? Title, string? Author,
        DateTime? PublishedAt, int WordCount, string ContentHash, DateTime CreatedAt)
    {
        public ArticleSummary ToSummary() => new(Id, Source, Story, Url, Title, Author, PublishedAt, WordCount, ContentHash, CreatedAt);
    }
}
