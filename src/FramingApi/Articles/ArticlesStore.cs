using Dapper;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Articles;

/// <summary>Filters of the article list; null means no filter.</summary>
public sealed record ArticleFilter(long? SourceId, long? StoryId, DateTimeOffset? From, DateTimeOffset? To);

public sealed class ArticlesStore(NpgsqlDataSource db)
{
    /// <summary>The columns of an <see cref="ArticleSummaryRow"/>, from <c>articles a</c> joined with
    /// <see cref="SummaryJoins"/>; the stories' article lists read them too.</summary>
    internal const string SummaryColumns = """
        a.id, so.slug AS source, st.slug AS story, a.url, a.title, a.author, a.published_at, a.word_count,
        encode(a.content_hash, 'hex') AS content_hash, a.created_at,
        m.title_source, m.authors, m.author_source, m.published_at_source, m.modified_at, m.modified_at_source,
        m.canonical_url, m.canonical_url_source, m.language_source, m.section, m.section_source
        """;

    /// <summary>The tables <see cref="SummaryColumns"/> read besides <c>articles a</c>.</summary>
    internal const string SummaryJoins = """
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        LEFT JOIN article_metadata m ON m.article_id = a.id
        """;

    const string FindSql = $"""
        SELECT {SummaryColumns}, a.content_type, a.language, a.text, CASE WHEN @includeRaw THEN a.raw END AS raw
        FROM articles a
        {SummaryJoins}
        WHERE a.id = @id;

        SELECT s.kind, s.start_offset AS start, s.end_offset AS "end", r.reason
        FROM segments s LEFT JOIN segment_reasons r ON r.article_id = s.article_id AND r.ordinal = s.ordinal
        WHERE s.article_id = @id ORDER BY s.ordinal;
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
        {SummaryJoins}
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
        var row = await grid.ReadSingleOrDefaultAsync<ArticleSummaryRow>();
        if (row is null) return null;
        var segments = (await grid.ReadAsync<SegmentResponse>()).ToList();
        return row.ToResponse(segments);
    }

    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total)> ListAsync(ArticleFilter f, PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = new
        {
            sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, limit = page.Size, offset = page.Offset,
        };
        var (rows, total) = await conn.ReadPageAsync<ArticleSummaryRow>(ListSql, CountSql, args, page, r => r.Total, ct);
        return (rows.Select(r => r.ToSummary()).ToList(), total);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(DeleteSql, new { id }, cancellationToken: ct)) > 0;
    }
}

/// <summary>
/// An article row as <see cref="ArticlesStore.SummaryColumns"/> reads it, and the columns some queries add (a page's
/// total, a story id, the text). Mapped by column name: the queries that read it select different extras.
/// </summary>
public sealed class ArticleSummaryRow
{
    public long Id { get; init; }
    public string? Source { get; init; }
    public string? Story { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTime? PublishedAt { get; init; }
    public int WordCount { get; init; }
    public string ContentHash { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string? TitleSource { get; init; }
    public string[]? Authors { get; init; }
    public string? AuthorSource { get; init; }
    public string? PublishedAtSource { get; init; }
    public DateTime? ModifiedAt { get; init; }
    public string? ModifiedAtSource { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? CanonicalUrlSource { get; init; }
    public string? LanguageSource { get; init; }
    public string? Section { get; init; }
    public string? SectionSource { get; init; }

    // Only some queries select these.
    public long Total { get; init; }
    public long StoryId { get; init; }
    public string ContentType { get; init; } = "";
    public string Language { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Raw { get; init; }

    public ArticleSummary ToSummary() => new(Id, Source, Story, Url, Title, Author, PublishedAt, WordCount, ContentHash, CreatedAt,
        TitleSource, Authors, AuthorSource, PublishedAtSource, ModifiedAt, ModifiedAtSource, CanonicalUrl, CanonicalUrlSource,
        LanguageSource, Section, SectionSource);

    public ArticleResponse ToResponse(IReadOnlyList<SegmentResponse> segments) => new(Id, Source, Story, Url, Title, Author, PublishedAt,
        WordCount, ContentHash, CreatedAt, TitleSource, Authors, AuthorSource, PublishedAtSource, ModifiedAt, ModifiedAtSource, CanonicalUrl,
        CanonicalUrlSource, LanguageSource, Section, SectionSource, ContentType, Language, Text, segments, Raw);
}
