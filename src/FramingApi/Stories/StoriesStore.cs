using Dapper;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Stories;

/// <summary>A story to store.</summary>
public sealed record StoryRecord(string Slug, string Title, string? Description, DateOnly? EventDate);

public sealed class StoriesStore(NpgsqlDataSource db)
{
    const string InsertSql = """
        INSERT INTO stories (slug, title, description, event_date)
        VALUES (@Slug, @Title, @Description, @EventDate)
        ON CONFLICT (slug) DO NOTHING
        RETURNING id
        """;

    const string PageFilter = "WHERE @slug::text IS NULL OR slug = @slug";

    const string PageSql = $"""
        SELECT id, slug, title, description, event_date, created_at, count(*) OVER () AS total
        FROM stories
        {PageFilter}
        ORDER BY event_date DESC NULLS LAST, id DESC
        LIMIT @limit OFFSET @offset
        """;

    const string CountSql = $"SELECT count(*) FROM stories {PageFilter}";

    // Sources and articles of a page of stories, in two set-based queries rather than one per story.
    const string DetailsSql = $"""
        SELECT a.story_id, so.slug, so.name, so.kind, count(*) AS article_count
        FROM articles a JOIN sources so ON so.id = a.source_id
        WHERE a.story_id = ANY(@ids)
        GROUP BY a.story_id, so.slug, so.name, so.kind
        ORDER BY a.story_id, so.slug;

        SELECT a.story_id, {ArticlesStore.SummaryColumns}
        FROM articles a
        {ArticlesStore.SummaryJoins}
        WHERE a.story_id = ANY(@ids)
        ORDER BY a.story_id, a.published_at NULLS LAST, a.id;
        """;

    /// <summary>Inserts a story; null when the slug is taken.</summary>
    public async Task<long?> CreateAsync(StoryRecord story, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await InsertAsync(conn, null, story, ct);
    }

    /// <summary>Inserts a story inside the caller's transaction (the seed loader's); null when the slug is taken.</summary>
    public static Task<long?> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, StoryRecord story, CancellationToken ct) =>
        conn.ExecuteScalarAsync<long?>(new CommandDefinition(InsertSql, story, tx, cancellationToken: ct));

    public async Task<StoryResponse?> FindAsync(string slug, CancellationToken ct) =>
        (await QueryAsync(slug, new PageRequest(1, 1), ct)).Items.FirstOrDefault();

    public Task<(IReadOnlyList<StoryResponse> Items, long Total)> ListAsync(PageRequest page, CancellationToken ct) =>
        QueryAsync(null, page, ct);

    async Task<(IReadOnlyList<StoryResponse> Items, long Total)> QueryAsync(string? slug, PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var (stories, total) = await conn.ReadPageAsync<StoryRow>(PageSql, CountSql, new { slug, limit = page.Size, offset = page.Offset },
            page, r => r.Total, ct);
        if (stories.Count == 0) return ([], total);

        var ids = stories.Select(s => s.Id).ToArray();
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(DetailsSql, new { ids }, cancellationToken: ct));
        var sources = (await grid.ReadAsync<SourceRow>()).ToLookup(r => r.StoryId);
        var articles = (await grid.ReadAsync<ArticleSummaryRow>()).ToLookup(r => r.StoryId);

        var items = stories.Select(s => new StoryResponse(s.Id, s.Slug, s.Title, s.Description,
                s.EventDate, s.CreatedAt,
                articles[s.Id].Count(), sources[s.Id].Count(),
                sources[s.Id].Select(r => new StorySource(r.Slug, r.Name, r.Kind, r.ArticleCount)).ToList(),
                articles[s.Id].Select(r => r.ToSummary()).ToList()))
            .ToList();
        return (items, total);
    }

    sealed record StoryRow(long Id, string Slug, string Title, string? Description, DateOnly? EventDate, DateTime CreatedAt, long Total);

    sealed record SourceRow(long StoryId, string Slug, string Name, string Kind, long ArticleCount);
}
