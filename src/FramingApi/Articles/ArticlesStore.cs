using Dapper;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Articles;

/// <summary>Filters of the article list; null means no filter.</summary>
public sealed record ArticleFilter(long? SourceId, long? StoryId, DateTimeOffset? From, DateTimeOffset? To);

public sealed class ArticlesStore(NpgsqlDataSource db)
{
    const string SummaryColumns = """
        a.id, so.slug AS source, st.slug AS story, a.url, a.title, a.author, a.published_at, a.word_count,
        encode(a.content_hash, 'hex') AS content_hash, a.created_at
        """;

    const string FindSql = $"""
        SELECT {SummaryColumns}, a.content_type, a.language, a.text, CASE WHEN @includeRaw THEN a.raw END AS raw
        FROM articles a
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        WHERE a.id = @id;

        SELECT kind, start_offset AS start, end_offset AS "end"
        FROM segments WHERE article_id = @id ORDER BY ordinal;
        """;

    const string ListFilter = """
        WHERE (@sourceId::bigint IS NULL OR a.source_id = @sourceId)
          AND (@storyId::bigint IS NULL OR a.story_id = @storyId)
          AND (@from::timestamptz IS NULL OR a.published_at >= @from)
          AND (@to::timestamptz IS NULL OR a.published_at <= @to)
        """;

    const string ListSql = $"""
        SELECT {SummaryColumns}, count(*) OVER () AS total
        FROM articles a
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        {ListFilter}
        ORDER BY a.published_at DESC NULLS LAST, a.id DESC
        LIMIT @limit OFFSET @offset
        """;

    const string CountSql = $"SELECT count(*) FROM articles a {ListFilter}";

    const string DeleteSql = "DELETE FROM articles WHERE id = @id";

    public async Task<ArticleResponse?> FindAsync(long id, bool includeRaw, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(FindSql, new { id, includeRaw }, cancellationToken: ct));
        var row = await grid.ReadSingleOrDefaultAsync<ArticleRow>();
        if (row is null) return null;
        var segments = (await grid.ReadAsync<SegmentResponse>()).ToList();
        return new ArticleResponse(row.Id, row.Source, row.Story, row.Url, row.Title, row.Author, row.PublishedAt, row.WordCount,
            row.ContentHash, row.CreatedAt, row.ContentType, row.Language, row.Text, segments, row.Raw);
    }

    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total)> ListAsync(ArticleFilter f, PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = new
        {
            sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, limit = page.Size, offset = page.Offset,
        };
        var (rows, total) = await conn.ReadPageAsync<SummaryRow>(ListSql, CountSql, args, page, r => r.Total, ct);
        return (rows.Select(r => r.ToSummary()).ToList(), total);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(DeleteSql, new { id }, cancellationToken: ct)) > 0;
    }

    sealed record ArticleRow(long Id, string? Source, string? Story, string? Url, string? Title, string? Author, DateTime? PublishedAt,
        int WordCount, string ContentHash, DateTime CreatedAt, string ContentType, string Language, string Text, string? Raw);

    sealed record SummaryRow(long Id, string? Source, string? Story, string? Url, string? Title, string? Author, DateTime? PublishedAt,
        int WordCount, string ContentHash, DateTime CreatedAt, long Total)
    {
        public ArticleSummary ToSummary() => new(Id, Source, Story, Url, Title, Author, PublishedAt, WordCount, ContentHash, CreatedAt);
    }
}
