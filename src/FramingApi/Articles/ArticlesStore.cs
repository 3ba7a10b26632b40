using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using FramingApi.Database;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Articles;

/// <summary>Filters of the article list; null means no filter. <paramref name="Query"/>: a full-text search (web-search syntax).</summary>
public sealed record ArticleFilter(long? SourceId, long? StoryId, DateTimeOffset? From, DateTimeOffset? To, string? Query = null);

/// <summary>
/// Where a keyset page starts: after the article with this list key (publication time, undated last) and id; in a
/// search (<see cref="Rank"/> given), after the article with this rank and id.
/// </summary>
/// <remarks>
/// Encoded as base64url of <c>key.id.check</c>, where <c>check</c> is a digest of the position and of the list it
/// belongs to (<see cref="Scope"/>: source, story, date bounds and search). A search's ranks mean nothing in another
/// search, and a position of one filter pages another one silently wrong, so a cursor pages only the list that gave
/// it: an edited or truncated cursor, or one sent with another filter or q, is refused (a 400 naming cursor) rather
/// than answered with a page of something else. The check is a guard against mistakes, not a secret: a cursor only
/// ever reaches what the list itself shows.
/// </remarks>
public readonly record struct ListCursor(DateTime? PublishedAt, long Id, float? Rank = null)
{
    /// <summary>The list a cursor belongs to, as a string its check covers.</summary>
    public static string Scope(string? source, string? story, DateRange range, string? q) => string.Join('\u001f',
        source ?? "", story ?? "", range.From?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "",
        range.To?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "", q is null ? "" : "q" + q);

    public string Encode(string scope)
    {
        var position = $"{Key()}.{Id.ToString(CultureInfo.InvariantCulture)}";
        return Base64Url($"{position}.{Check(position, scope)}");
    }

    // A rank is written as its bits, so that the next page starts exactly after it (PostgreSQL compares the same real).
    string Key() => Rank is { } rank ? "r" + BitConverter.SingleToInt32Bits(rank).ToString(CultureInfo.InvariantCulture)
        : PublishedAt is { } at ? at.Ticks.ToString(CultureInfo.InvariantCulture) : "n";

    /// <summary>What a cursor sent by a client turned out to be.</summary>
    public enum Reading { Valid, NotACursor, OtherList, Earlier }

    /// <summary>Reads a cursor given for the list <paramref name="scope"/>; the position only when it is <see cref="Reading.Valid"/>.</summary>
    public static (Reading Reading, ListCursor? Cursor) Decode(string value, string scope)
    {
        string decoded;
        try
        {
            var padded = value.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            return (Reading.NotACursor, null);
        }
        var parts = decoded.Split('.');
        // key.id without a check: a cursor of the API before cursors carried one.
        if (parts.Length == 2 && Position(parts[0], parts[1]) is not null) return (Reading.Earlier, null);
        if (parts.Length != 3 || Position(parts[0], parts[1]) is not { } cursor) return (Reading.NotACursor, null);
        var expected = Check($"{parts[0]}.{parts[1]}", scope);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(expected))
            ? (Reading.Valid, cursor) : (Reading.OtherList, null);
    }

    static ListCursor? Position(string key, string idText)
    {
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (key == "n") return new ListCursor(null, id);
        if (key.StartsWith('r'))
            return int.TryParse(key[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bits) && float.IsFinite(BitConverter.Int32BitsToSingle(bits))
                ? new ListCursor(null, id, BitConverter.Int32BitsToSingle(bits)) : null;
        return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            ? new ListCursor(new DateTime(ticks, DateTimeKind.Utc), id) : null;
    }

    static string Check(string position, string scope) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"framing-list-cursor\u001e{position}\u001e{scope}")), 0, 6);

    static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Articles: one by id (with its segments), the list, deletion. Reads go to the read data source, except right after a write.</summary>
public sealed class ArticlesStore(NpgsqlDataSource db, ReadDataSource reads, Comparisons.ChangeListener changes, IConfiguration configuration)
{
    /// <summary>How many of a search's hits are ranked and can be paged (<c>Articles:SearchRankedHits</c>; <see cref="SearchQuery.RankedHits"/> by default).</summary>
    public int RankedHits { get; } = Math.Max(1, configuration.GetValue("Articles:SearchRankedHits", SearchQuery.RankedHits));

    /// <summary>A list's total is counted exactly up to this many articles, and estimated beyond.</summary>
    public const int ExactCountLimit = 10_000;

    /// <summary>The columns of an <see cref="ArticleSummaryRow"/>, from <c>articles a</c> joined with
    /// <see cref="SummaryJoins"/>; the stories' article lists read them too.</summary>
    internal const string SummaryColumns = """
        a.id, so.slug AS source, st.slug AS story, a.url, a.title, a.author, a.published_at, a.word_count,
        encode(a.content_hash, 'hex') AS content_hash, a.created_at,
        m.title_source, m.authors, m.author_source, m.published_at_source, m.modified_at, m.modified_at_source,
        m.canonical_url, m.canonical_url_source, a.language, m.language_source, m.section, m.section_source
        """;

    /// <summary>The tables <see cref="SummaryColumns"/> read besides <c>articles a</c>.</summary>
    internal const string SummaryJoins = """
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        LEFT JOIN article_metadata m ON m.article_id = a.id
        """;

    // A body kept as a span of the text (raw null) is cut from the text here, in UTF-16 code units as it was found:
    // PostgreSQL's substr counts code points, which differ after a character outside the BMP.
    const string FindSql = $"""
        SELECT {SummaryColumns}, a.content_type, a.text,
               CASE WHEN @includeRaw THEN a.raw END AS raw, a.raw_start, a.raw_length
        FROM articles a
        {SummaryJoins}
        WHERE a.id = @id;

        SELECT s.kind, s.start_offset AS start, s.end_offset AS "end", r.reason
        FROM segments s LEFT JOIN segment_reasons r ON r.article_id = s.article_id AND r.ordinal = s.ordinal
        WHERE s.article_id = @id ORDER BY s.ordinal;
        """;

    // The list's key: newest first, undated last (the index articles_*list_idx holds it).
    const string ListKey = "coalesce(a.published_at, '-infinity')";

    const string EstimateSql = "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'articles'::regclass";

    const string DeleteSql = "DELETE FROM articles WHERE id = @id RETURNING story_id, source_id, published_at";

    readonly Dictionary<string, (long Generation, long Total, bool Estimated)> _totals = new(StringComparer.Ordinal);

    public async Task<ArticleResponse?> FindAsync(long id, bool includeRaw, CancellationToken ct, bool primary = false)
    {
        await using var conn = primary ? await db.OpenConnectionAsync(ct) : await reads.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(FindSql, new { id, includeRaw }, cancellationToken: ct));
        var row = await grid.ReadSingleOrDefaultAsync<ArticleSummaryRow>();
        if (row is null) return null;
        var segments = (await grid.ReadAsync<SegmentResponse>()).ToList();
        var raw = !includeRaw ? null : row.Raw ?? (row is { RawStart: { } start, RawLength: { } length } ? row.Text.Substring(start, length) : null);
        return row.ToResponse(segments) with { Raw = raw };
    }

    /// <summary>
    /// A page of the list: by keyset after <paramref name="cursor"/>, else by page number (an OFFSET, whose cost grows
    /// with the page). The total is exact up to <see cref="ExactCountLimit"/>, else estimated; it is counted once per
    /// filter and change. A search (<see cref="ArticleFilter.Query"/>) orders by rank (then id, both descending) and
    /// pages by (rank, id); each of its hits gets a snippet.
    /// </summary>
    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total, bool Estimated, ListCursor? Next)> ListAsync(ArticleFilter f,
        PageRequest page, ListCursor? cursor, CancellationToken ct)
    {
        var (filter, unfiltered, sql) = ListSql(f, cursor, RankedHits);
        var args = ListArgs(f, page, cursor);
        await using var conn = await reads.OpenConnectionAsync(ct);
        if (f.Query is not null) return await SearchPageAsync(conn, f, page, filter, sql, args, ct);
        var rows = (await conn.QueryAsync<ArticleSummaryRow>(new CommandDefinition(sql, args, cancellationToken: ct))).ToList();
        ListCursor? next = null;
        if (rows.Count > page.Size)
        {
            var last = rows[page.Size - 1];
            next = new ListCursor(last.PublishedAt, last.Id);
            rows.RemoveAt(rows.Count - 1);
        }
        var (total, estimated) = await TotalAsync(conn, f, filter, args, unfiltered, ct);
        return (rows.Select(r => r.ToSummary()).ToList(), total, estimated, next);
    }

    static DynamicParameters ListArgs(ArticleFilter f, PageRequest page, ListCursor? cursor)
    {
        var args = new DynamicParameters(new
        {
            sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, q = f.Query,
            limit = page.Size + 1, offset = page.Offset,
        });
        if (cursor is { } c)
        {
            args.Add("cursorAt", c.PublishedAt ?? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)); // -infinity: undated
            args.Add("cursorRank", c.Rank ?? 0f);
            args.Add("cursorId", c.Id);
        }
        return args;
    }

    /// <summary>
    /// A search page: the page's hits (ids and ranks) and the total, found through the GIN index
    /// (<see cref="SearchQuery.BeginAsync"/>); then, planned as usual, the page's rows by id and their snippets.
    /// </summary>
    async Task<(IReadOnlyList<ArticleSummary> Items, long Total, bool Estimated, ListCursor? Next)> SearchPageAsync(NpgsqlConnection conn,
        ArticleFilter f, PageRequest page, string filter, string sql, DynamicParameters args, CancellationToken ct)
    {
        await using var tx = await SearchQuery.BeginAsync(conn, ct);
        var hits = (await conn.QueryAsync<(long Id, float Rank)>(new CommandDefinition(sql, args, cancellationToken: ct))).ToList();
        var (total, estimated) = await TotalAsync(conn, f, filter, args, unfiltered: false, ct);
        await SearchQuery.EndIndexOnlyAsync(conn, ct);
        ListCursor? next = null;
        if (hits.Count > page.Size)
        {
            next = new ListCursor(null, hits[page.Size - 1].Id, hits[page.Size - 1].Rank);
            hits.RemoveAt(hits.Count - 1);
        }
        var ids = hits.Select(h => h.Id).ToArray();
        var rows = (await conn.QueryAsync<ArticleSummaryRow>(new CommandDefinition(ByIdsSql, new { ids }, cancellationToken: ct)))
            .ToDictionary(r => r.Id);
        var snippets = await SearchQuery.SnippetsAsync(conn, f.Query!, ids, ct);
        var items = hits.Where(h => rows.ContainsKey(h.Id)).Select(h => rows[h.Id].ToSummary() is var item && snippets.TryGetValue(h.Id, out var s)
            ? item with { Rank = h.Rank, Snippet = s.Text, Highlights = s.Highlights, SnippetHtml = s.Html }
            : item with { Rank = h.Rank }).ToList();
        return (items, total, estimated, next);
    }

    const string ByIdsSql = $"""
        SELECT {SummaryColumns}
        FROM articles a
        {SummaryJoins}
        WHERE a.id = ANY(@ids)
        """;

    /// <summary>The conditions of a filter, for a WHERE clause (parameters @sourceId, @storyId, @from, @to, @q).</summary>
    static List<string> Conditions(ArticleFilter f)
    {
        var where = new List<string>();
        if (f.SourceId is not null) where.Add("a.source_id = @sourceId");
        if (f.StoryId is not null) where.Add("a.story_id = @storyId");
        if (f.From is not null || f.To is not null) where.Add("a.published_at IS NOT NULL");
        if (f.From is not null) where.Add($"{ListKey} >= @from");
        if (f.To is not null) where.Add($"{ListKey} <= @to");
        if (f.Query is not null) where.Add(SearchQuery.Match);
        return where;
    }

    /// <summary>The list's filter (WHERE …), whether it filters nothing, and the page's SQL.</summary>
    static (string Filter, bool Unfiltered, string Sql) ListSql(ArticleFilter f, ListCursor? cursor, int rankedHits)
    {
        var where = Conditions(f);
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        if (f.Query is not null) return (filter, false, SearchSql(filter, cursor, rankedHits));
        var keyset = cursor is null ? "" : $"{(where.Count == 0 ? "WHERE" : "AND")} ({ListKey}, a.id) < (@cursorAt, @cursorId)";
        var sql = $"""
            SELECT {SummaryColumns}
            FROM articles a
            {SummaryJoins}
            {filter} {keyset}
            ORDER BY {ListKey} DESC, a.id DESC
            LIMIT @limit {(cursor is null ? "OFFSET @offset" : "")}
            """;
        return (filter, where.Count == 0, sql);
    }

    /// <summary>
    /// A search page's hits (id, rank): the hits' newest <paramref name="rankedHits"/> by the list's order (the GIN
    /// index finds the hits; only their list keys are read and sorted), ranked — only those vectors are read and
    /// ranked, so the cost is bounded however many articles match — then the page by (rank, id) descending.
    /// </summary>
    static string SearchSql(string filter, ListCursor? cursor, int rankedHits) => $"""
        WITH hits AS MATERIALIZED (
            SELECT a.id, {SearchQuery.Rank} AS rank
            FROM (SELECT a.id, a.search FROM articles a {filter} ORDER BY {ListKey} DESC, a.id DESC LIMIT {rankedHits}) a)
        SELECT h.id, h.rank FROM hits h
        {(cursor is null ? "" : "WHERE (h.rank, h.id) < (@cursorRank, @cursorId)")}
        ORDER BY h.rank DESC, h.id DESC
        LIMIT @limit {(cursor is null ? "OFFSET @offset" : "")}
        """;

    /// <summary>A search as PostgreSQL reads it, or null with an error naming <c>q</c> (<see cref="SearchQuery.ParseAsync"/>).</summary>
    public async Task<string?> ParseSearchAsync(string q, FieldErrors errors, CancellationToken ct)
    {
        await using var conn = await reads.OpenConnectionAsync(ct);
        return await SearchQuery.ParseAsync(conn, q, errors, ct);
    }

    async Task<(long Total, bool Estimated)> TotalAsync(NpgsqlConnection conn, ArticleFilter f, string filter, DynamicParameters args, bool unfiltered,
        CancellationToken ct)
    {
        var key = f.ToString();
        var generation = changes.Generation;
        lock (_totals)
            if (changes.IsLive && _totals.TryGetValue(key, out var known) && known.Generation == generation) return (known.Total, known.Estimated);

        var count = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM (SELECT 1 FROM articles a {filter} LIMIT {ExactCountLimit + 1}) t", args, cancellationToken: ct));
        var estimated = count > ExactCountLimit;
        if (estimated)
        {
            count = unfiltered
                ? await conn.ExecuteScalarAsync<long>(new CommandDefinition(EstimateSql, cancellationToken: ct))
                : await PlannedRowsAsync(conn, filter, args, ct);
            count = Math.Max(count, ExactCountLimit + 1);
        }
        lock (_totals)
        {
            if (_totals.Count > 1000) _totals.Clear();
            _totals[key] = (generation, count, estimated);
        }
        return (count, estimated);
    }

    static async Task<long> PlannedRowsAsync(NpgsqlConnection conn, string filter, DynamicParameters args, CancellationToken ct)
    {
        var plan = await conn.ExecuteScalarAsync<string>(new CommandDefinition($"EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a {filter}", args,
            cancellationToken: ct));
        using var doc = System.Text.Json.JsonDocument.Parse(plan ?? "[]");
        return doc.RootElement.EnumerateArray().Select(p => (long)p.GetProperty("Plan").GetProperty("Plan Rows").GetDouble()).FirstOrDefault();
    }

    /// <summary>Articles an export reads per query: their texts (and pages) are held until written, so a few at a time.</summary>
    public const int ExportBatch = 32;

    /// <summary>
    /// The articles of the filter in id order (a search's hits all, unranked), with their text, their body as
    /// received and their segments, in batches of <see cref="ExportBatch"/> read by id keyset in one REPEATABLE READ
    /// snapshot, so that an export is one consistent state of the store however long its client takes to read it.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<ExportedArticle>> ExportAsync(ArticleFilter f,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var where = Conditions(f);
        where.Add("a.id > @after");
        var sql = $"""
            SELECT {SummaryColumns}, a.content_type, a.text, a.raw, a.raw_start, a.raw_length
            FROM articles a
            {SummaryJoins}
            WHERE {string.Join(" AND ", where)}
            ORDER BY a.id
            LIMIT {ExportBatch};

            SELECT s.article_id, s.kind, s.start_offset AS start, s.end_offset AS "end", r.reason
            FROM segments s LEFT JOIN segment_reasons r ON r.article_id = s.article_id AND r.ordinal = s.ordinal
            WHERE s.article_id IN (SELECT a.id FROM articles a WHERE {string.Join(" AND ", where)} ORDER BY a.id LIMIT {ExportBatch})
            ORDER BY s.article_id, s.ordinal;
            """;
        await using var conn = await reads.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var after = 0L;
        while (true)
        {
            var args = new { sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, q = f.Query, after };
            await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            var rows = (await grid.ReadAsync<ArticleSummaryRow>()).ToList();
            if (rows.Count == 0) yield break;
            var segments = (await grid.ReadAsync<ExportSegment>()).ToLookup(s => s.ArticleId);
            yield return rows.Select(r => new ExportedArticle(r, segments[r.Id].ToList())).ToList();
            if (rows.Count < ExportBatch) yield break;
            after = rows[^1].Id;
        }
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var deleted = await conn.QuerySingleOrDefaultAsync<(long? StoryId, long? SourceId, DateTime? PublishedAt)?>(
            new CommandDefinition(DeleteSql, new { id }, cancellationToken: ct));
        if (deleted is not { } d) return false;
        changes.Invalidate(Comparisons.ChangeScope.Of([(d.StoryId, d.SourceId, d.PublishedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null)]));
        return true;
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
    public string Language { get; init; } = "";
    public string? LanguageSource { get; init; }
    public string? Section { get; init; }
    public string? SectionSource { get; init; }

    // Only some queries select these.
    public float? Rank { get; init; }
    public long Total { get; init; }
    public long StoryId { get; init; }
    public string ContentType { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Raw { get; init; }
    public int? RawStart { get; init; }
    public int? RawLength { get; init; }

    public ArticleSummary ToSummary() => new(Id, Source, Story, Url, Title, Author, PublishedAt, WordCount, ContentHash, CreatedAt,
        TitleSource, Authors, AuthorSource, PublishedAtSource, ModifiedAt, ModifiedAtSource, CanonicalUrl, CanonicalUrlSource,
        Language, LanguageSource, Section, SectionSource);

    public ArticleResponse ToResponse(IReadOnlyList<SegmentResponse> segments) => new(Id, Source, Story, Url, Title, Author, PublishedAt,
        WordCount, ContentHash, CreatedAt, TitleSource, Authors, AuthorSource, PublishedAtSource, ModifiedAt, ModifiedAtSource, CanonicalUrl,
        CanonicalUrlSource, LanguageSource, Section, SectionSource, ContentType, Language, Text, segments, Raw);
}

/// <summary>A segment of an exported article.</summary>
public sealed class ExportSegment
{
    public long ArticleId { get; init; }
    public string Kind { get; init; } = "";
    public int Start { get; init; }
    public int End { get; init; }
    public string? Reason { get; init; }
}

/// <summary>An article as the export reads it: its row (text, body as received, metadata with provenance) and segments.</summary>
public sealed record ExportedArticle(ArticleSummaryRow Row, IReadOnlyList<ExportSegment> Segments);
