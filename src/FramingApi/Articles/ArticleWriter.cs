using Dapper;
using FramingApi.Analyses;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace FramingApi.Articles;

/// <summary>
/// Everything stored about a new article: its row, its segments, what the scorers found (with the lexicon versions
/// that found it), and the fingerprints the comparisons read (term counts, shingles). Built from a request by
/// <see cref="ArticleIngestion.Prepare"/> (or from a seed), written by <see cref="ArticleWriter"/>.
/// </summary>
public sealed record ArticleRecord(
    long? SourceId,
    long? StoryId,
    string? Url,
    string? Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    string ContentType,
    string Raw,
    string Language,
    string Text,
    IReadOnlyList<Segment> Segments,
    byte[] ContentHash,
    int WordCount,
    ArticleAnalysis Scores,
    LexiconSet Lexicons,
    Dictionary<string, int> Terms,
    Dictionary<long, bool> Shingles)
{
    /// <summary>Where the title, author, date, canonical url, language and section came from, and the page-only values.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>Per segment: why the page's block was removed from the article, or null.</summary>
    public IReadOnlyList<string?> RemovalReasons { get; init; } = [];
}

/// <summary>What the scorers found in one stored article's text, and the lexicon versions that found it.</summary>
public sealed record ScoredArticle(long ArticleId, string Text, ArticleAnalysis Analysis, LexiconSet Lexicons);

public enum WriteOutcome { Created, Duplicate, UrlConflict }

/// <summary>What happened to one article of a write: created, the same as a stored one, or a URL taken by another text.</summary>
public readonly record struct WriteResult(WriteOutcome Outcome, long Id);

/// <summary>
/// The one writer of everything stored about an article, used by single and bulk ingestion, the seed loader and the
/// re-scoring worker. Rows go in by binary COPY, inside the caller's transaction or one of its own; each step below
/// writes one table.
/// </summary>
public sealed class ArticleWriter(NpgsqlDataSource db, ILogger<ArticleWriter> log)
{
    const string CreateStagingSql = """
        CREATE TEMP TABLE article_staging (
            ord int, source_id bigint, story_id bigint, url text, title text, author text, published_at timestamptz,
            content_type text, raw text, text text, content_hash bytea, word_count int, language text
        ) ON COMMIT DROP
        """;

    const string CopyStagingSql = """
        COPY article_staging (ord, source_id, story_id, url, title, author, published_at, content_type, raw, text,
                              content_hash, word_count, language) FROM STDIN (FORMAT BINARY)
        """;

    // ON CONFLICT DO NOTHING with no target covers both unique indexes (url; source and content hash), also
    // between rows of the same batch, and waits for a concurrent insert of the same key to commit first: fifty
    // identical requests at once still make one row.
    const string InsertFromStagingSql = """
        INSERT INTO articles (source_id, story_id, url, title, author, published_at, content_type, raw, text,
                              content_hash, word_count, language)
        SELECT source_id, story_id, url, title, author, published_at, content_type, raw, text,
               content_hash, word_count, language
        FROM article_staging ORDER BY ord
        ON CONFLICT DO NOTHING
        RETURNING id, url, COALESCE(source_id, 0) AS source_key, content_hash
        """;

    // Two index lookups (url; source and hash), not one OR that the planner would answer with a scan.
    const string FindExistingSql = """
        SELECT id, url, COALESCE(source_id, 0) AS source_key, content_hash
        FROM articles WHERE url = ANY(@urls)
        UNION
        SELECT a.id, a.url, COALESCE(a.source_id, 0), a.content_hash
        FROM unnest(@sourceKeys, @hashes) AS k(source_key, content_hash)
        JOIN articles a ON COALESCE(a.source_id, 0) = k.source_key AND a.content_hash = k.content_hash
        """;

    const string CopySegmentsSql = "COPY segments (article_id, ordinal, kind, start_offset, end_offset) FROM STDIN (FORMAT BINARY)";

    const string CopyStatsSql = """
        COPY article_stats (article_id, words_outlet, words_quotation, words_comments, sentences_outlet,
                            sentences_quotation, sentences_comments) FROM STDIN (FORMAT BINARY)
        """;

    const string CopyScoresSql = """
        COPY article_scores (article_id, lexicon_version_id, category, voice, hits, weighted_hits, per_1000_words,
                             sentence_share, emphasis, first_mention, covered) FROM STDIN (FORMAT BINARY)
        """;

    const string CopyEvidenceSql = """
        COPY evidence (article_id, lexicon_version_id, category, term, matched, start_offset, end_offset, sentence,
                       voice, segment, target, actor, framing, marker, marker_start, marker_end, attribution)
        FROM STDIN (FORMAT BINARY)
        """;

    // Which version of each lexicon scored each article, hits or not.
    const string RecordVersionsSql = """
        INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id)
        SELECT x.article_id, v.lexicon_id, v.id
        FROM unnest(@articles::bigint[], @versions::bigint[]) AS x(article_id, version_id)
        JOIN lexicon_versions v ON v.id = x.version_id
        ON CONFLICT (article_id, lexicon_id)
        DO UPDATE SET lexicon_version_id = excluded.lexicon_version_id, scored_at = now()
        """;

    const string DeleteLexiconScoresSql = """
        DELETE FROM article_scores s USING lexicon_versions v
        WHERE s.lexicon_version_id = v.id AND v.lexicon_id = @lexiconId AND s.article_id = ANY(@ids);
        DELETE FROM evidence e USING lexicon_versions v
        WHERE e.lexicon_version_id = v.id AND v.lexicon_id = @lexiconId AND e.article_id = ANY(@ids);
        """;

    const string CopyTermsSql = "COPY article_terms (article_id, terms, counts) FROM STDIN (FORMAT BINARY)";

    const string CopyShinglesSql = "COPY article_shingles (article_id, hash, own) FROM STDIN (FORMAT BINARY)";

    const string CopyMetadataSql = """
        COPY article_metadata (article_id, title_source, authors, author_source, published_at_source, modified_at,
                               modified_at_source, canonical_url, canonical_url_source, language_source, section,
                               section_source) FROM STDIN (FORMAT BINARY)
        """;

    const string CopySegmentReasonsSql = "COPY segment_reasons (article_id, ordinal, reason) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Writes a batch of new articles in one transaction; duplicates write nothing. Two batches that hold the same urls
    /// in opposite orders can deadlock on the unique index: the victim's transaction is run again.
    /// </summary>
    public Task<WriteResult[]> InsertAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken ct) =>
        DatabaseErrors.RetryConflictsAsync(() => TryInsertAsync(articles, ct), log, $"writing {articles.Count} article(s)", ct);

    async Task<WriteResult[]> TryInsertAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var results = await InsertAsync(conn, tx, articles, ct);
        await tx.CommitAsync(ct);
        return results;
    }

    /// <summary>Writes a batch of new articles inside the caller's transaction; duplicates write nothing.</summary>
    public static async Task<WriteResult[]> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        CancellationToken ct)
    {
        await StageAsync(conn, tx, articles, ct);
        var results = await InsertStagedAsync(conn, tx, articles, ct);
        var created = new List<(long Id, ArticleRecord Article)>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
            if (results[i].Outcome == WriteOutcome.Created) created.Add((results[i].Id, articles[i]));
        if (created.Count == 0) return results;

        var scored = created.Select(c => new ScoredArticle(c.Id, c.Article.Text, c.Article.Scores, c.Article.Lexicons)).ToList();
        await CopySegmentsAsync(conn, created, ct);
        await CopyStatsAsync(conn, scored, ct);
        await WriteScoresAsync(conn, tx, scored, ct);
        await CopyTermsAsync(conn, created, ct);
        await CopyShinglesAsync(conn, created, ct);
        await CopyMetadataAsync(conn, created, ct);
        await CopySegmentReasonsAsync(conn, created, ct);
        return results;
    }

    /// <summary>Replaces the scores and evidence of one lexicon (all its versions) for a set of stored articles.</summary>
    public static async Task ReplaceLexiconScoresAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long lexiconId,
        IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        var ids = articles.Select(a => a.ArticleId).ToArray();
        await conn.ExecuteAsync(new CommandDefinition(DeleteLexiconScoresSql, new { lexiconId, ids }, tx, cancellationToken: ct));
        await WriteScoresAsync(conn, tx, articles, ct);
    }

    static async Task WriteScoresAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        if (articles.Count == 0) return;
        await CopyScoresAsync(conn, articles, ct);
        await CopyEvidenceAsync(conn, articles, ct);
        await RecordVersionsAsync(conn, tx, articles, ct);
    }

    static async Task StageAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(CreateStagingSql, transaction: tx, cancellationToken: ct));
        await using var copy = await conn.BeginBinaryImportAsync(CopyStagingSql, ct);
        // One row per article: the untyped row writer is fast enough here (nulls are written as NULL).
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            await copy.WriteRowAsync(ct, i, a.SourceId, a.StoryId, a.Url, a.Title, a.Author, a.PublishedAt?.UtcDateTime,
                Vocabulary.ContentTypeNames.Set.Require(a.ContentType), a.Raw, a.Text, a.ContentHash, a.WordCount, a.Language);
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>Inserts the staged rows; each article is created, a duplicate of a stored one, or a URL conflict.</summary>
    static async Task<WriteResult[]> InsertStagedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        CancellationToken ct)
    {
        var created = await conn.QueryAsync<KeyRow>(new CommandDefinition(InsertFromStagingSql, transaction: tx, cancellationToken: ct));
        var createdByKey = created.ToDictionary(k => (k.Url, k.SourceKey, Convert.ToHexString(k.ContentHash)), k => k.Id);
        var results = new WriteResult[articles.Count];
        var pending = new List<int>();
        var claimed = new HashSet<long>();
        for (var i = 0; i < articles.Count; i++)
        {
            var key = (articles[i].Url, articles[i].SourceId ?? 0, Convert.ToHexString(articles[i].ContentHash));
            if (createdByKey.TryGetValue(key, out var id) && claimed.Add(id)) results[i] = new WriteResult(WriteOutcome.Created, id);
            else pending.Add(i);
        }
        if (pending.Count > 0) await MatchExistingAsync(conn, tx, articles, pending, results, ct);
        return results;
    }

    /// <summary>For articles not inserted: the stored article with the same url or text, and whether the url holds another text.</summary>
    static async Task MatchExistingAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        List<int> pending, WriteResult[] results, CancellationToken ct)
    {
        var existing = (await conn.QueryAsync<KeyRow>(new CommandDefinition(FindExistingSql, new
        {
            urls = pending.Select(i => articles[i].Url).OfType<string>().ToArray(),
            sourceKeys = pending.Select(i => articles[i].SourceId ?? 0).ToArray(),
            hashes = pending.Select(i => articles[i].ContentHash).ToArray(),
        }, tx, cancellationToken: ct))).ToList();

        foreach (var i in pending)
        {
            var a = articles[i];
            var sourceKey = a.SourceId ?? 0;
            var byUrl = a.Url is { } url ? existing.FirstOrDefault(e => e.Url == url) : null;
            var byText = existing.FirstOrDefault(e => e.SourceKey == sourceKey && e.ContentHash.AsSpan().SequenceEqual(a.ContentHash));
            results[i] = byUrl is not null && (byUrl.SourceKey != sourceKey || !byUrl.ContentHash.AsSpan().SequenceEqual(a.ContentHash))
                ? new WriteResult(WriteOutcome.UrlConflict, byUrl.Id)
                : new WriteResult(WriteOutcome.Duplicate, (byUrl ?? byText)?.Id
                    ?? throw new InvalidOperationException("An article was neither inserted nor found."));
        }
    }

    static async Task CopySegmentsAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopySegmentsSql, ct);
        foreach (var (id, article) in created)
            for (var ordinal = 0; ordinal < article.Segments.Count; ordinal++)
            {
                var s = article.Segments[ordinal];
                await copy.WriteRowAsync(ct, id, ordinal, Vocabulary.SegmentNames.Map.Name(s.Kind), s.Start, s.End);
            }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyStatsAsync(NpgsqlConnection conn, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyStatsSql, ct);
        foreach (var a in articles)
        {
            var c = a.Analysis.Counts;
            await copy.WriteRowAsync(ct, a.ArticleId, c.OutletWords, c.QuotationWords, c.CommentWords,
                c.OutletSentences, c.QuotationSentences, c.CommentSentences);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyScoresAsync(NpgsqlConnection conn, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyScoresSql, ct);
        foreach (var a in articles)
            foreach (var s in a.Analysis.Scores)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(a.ArticleId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(a.Lexicons.VersionOf(s.Lexicon).Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(s.Category, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(Vocabulary.VoiceNames.Scopes.Name(s.Voice), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(s.Hits, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(s.WeightedHits, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(s.Per1000Words, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(s.SentenceShare, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(s.Emphasis, NpgsqlDbType.Double, ct);
                await WriteNullable(copy, s.FirstMention, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(s.Covered, NpgsqlDbType.Boolean, ct);
            }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyEvidenceAsync(NpgsqlConnection conn, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyEvidenceSql, ct);
        foreach (var a in articles)
            foreach (var e in a.Analysis.Evidence)
            {
                var (markerStart, markerEnd) = EvidenceMarker.Span(e);
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(a.ArticleId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(a.Lexicons.VersionOf(e.Lexicon).Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(e.Category, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Term, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(a.Text[e.Start..e.End], NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Start, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(e.End, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(e.Sentence, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(Vocabulary.VoiceNames.Voices.Name(e.Voice), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(Vocabulary.SegmentNames.Map.Name(e.Segment), NpgsqlDbType.Text, ct);
                await WriteNullable(copy, e.Claim?.Target, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, e.Claim?.Actor, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, e.Claim is { } claim ? Vocabulary.FramingNames.Map.Name(claim.Framing) : null, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, EvidenceMarker.Text(a.Text, e), NpgsqlDbType.Text, ct);
                await WriteNullable(copy, markerStart, NpgsqlDbType.Integer, ct);
                await WriteNullable(copy, markerEnd, NpgsqlDbType.Integer, ct);
                await WriteNullable(copy, e.Attribution is { } at ? Vocabulary.AttributionNames.Map.Name(at.Kind) : null, NpgsqlDbType.Text, ct);
            }
        await copy.CompleteAsync(ct);
    }

    static async Task RecordVersionsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        var articleIds = new List<long>(articles.Count * articles[0].Lexicons.Versions.Count);
        var versionIds = new List<long>(articleIds.Capacity);
        foreach (var a in articles)
            foreach (var version in a.Lexicons.Versions)
            {
                articleIds.Add(a.ArticleId);
                versionIds.Add(version.Id);
            }
        await conn.ExecuteAsync(new CommandDefinition(RecordVersionsSql,
            new { articles = articleIds.ToArray(), versions = versionIds.ToArray() }, tx, cancellationToken: ct));
    }

    static async Task CopyTermsAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyTermsSql, ct);
        foreach (var (id, article) in created)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(article.Terms.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(article.Terms.Values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyShinglesAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyShinglesSql, ct);
        foreach (var (id, article) in created)
            foreach (var (hash, own) in article.Shingles)
                await copy.WriteRowAsync(ct, id, hash, own);
        await copy.CompleteAsync(ct);
    }

    static async Task CopyMetadataAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        static string? Source<T>(Sourced<T>? value) where T : notnull =>
            value is { } v ? Vocabulary.ProvenanceNames.Map.Name(v.Source) : null;

        await using var copy = await conn.BeginBinaryImportAsync(CopyMetadataSql, ct);
        foreach (var (id, article) in created)
        {
            var m = article.Metadata;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await WriteNullable(copy, Source(m.Title), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.Authors?.Value.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Authors), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.PublishedAt), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.ModifiedAt?.Value.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await WriteNullable(copy, Source(m.ModifiedAt), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.CanonicalUrl?.Value, NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.CanonicalUrl), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Language), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.Section?.Value, NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Section), NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopySegmentReasonsAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        if (!created.Any(c => c.Article.RemovalReasons.Any(r => r is not null))) return;
        await using var copy = await conn.BeginBinaryImportAsync(CopySegmentReasonsSql, ct);
        foreach (var (id, article) in created)
            for (var ordinal = 0; ordinal < article.RemovalReasons.Count; ordinal++)
                if (article.RemovalReasons[ordinal] is { } reason)
                    await copy.WriteRowAsync(ct, id, ordinal, reason);
        await copy.CompleteAsync(ct);
    }

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    sealed record KeyRow(long Id, string? Url, long SourceKey, byte[] ContentHash);
}
