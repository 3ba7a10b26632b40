using Dapper;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Comparisons;
using Npgsql;
using NpgsqlTypes;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Database;

/// <summary>
/// Brings a database written before migration 0006 to its storage layout, once, at start-up: every article is
/// analysed again from its stored text and segments with the lexicon versions recorded for it (the same versions
/// give the same scores), and its packed analyses, sampled shingles, search vector and raw span are written; then
/// the old per-row tables (article_scores, evidence, article_terms, article_shingles) are dropped. Runs under the
/// migrations' advisory lock, so instances starting together convert once.
/// </summary>
public sealed class LayoutUpgrade(NpgsqlDataSource db, AnalyzerProvider analyzers, ILogger<LayoutUpgrade> log)
{
    const long LockKey = 0x4672_616D_696E_6701;
    const int BatchSize = 200;

    const string LegacySql = "SELECT to_regclass('article_scores') IS NOT NULL";

    const string BatchSql = $$"""
        SELECT a.id, a.text, a.raw, a.content_type, coalesce(a.published_at, a.created_at) AS published,
               coalesce(array_agg(s.kind ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS kinds,
               coalesce(array_agg(s.start_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS starts,
               coalesce(array_agg(s.end_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS ends,
               (SELECT coalesce(array_agg(x.lexicon_version_id), '{}') FROM article_lexicon_versions x WHERE x.article_id = a.id) AS versions
        FROM (SELECT * FROM articles WHERE id > @after ORDER BY id LIMIT @limit) a
        LEFT JOIN segments s ON s.article_id = a.id
        GROUP BY a.id, a.text, a.raw, a.content_type, a.published_at, a.created_at
        ORDER BY a.id
        """;

    const string WriteSql = """
        UPDATE article_lexicon_versions SET analysis = @analysis WHERE article_id = @id AND lexicon_version_id = @versionId
        """;

    const string ArticleSql = """
        UPDATE articles SET search = @search::tsvector,
               raw = CASE WHEN @rawStart::int IS NULL THEN raw END, raw_start = @rawStart, raw_length = @rawLength
        WHERE id = @id;
        INSERT INTO article_shingle_sets (article_id, published, own, quoted) VALUES (@id, @published, @own, @quoted)
        ON CONFLICT (article_id) DO NOTHING;
        """;

    const string DropSql = "DROP TABLE article_scores, evidence, article_terms, article_shingles";

    public async Task RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(LegacySql, cancellationToken: ct))) return;
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, tx, cancellationToken: ct));
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(LegacySql, transaction: tx, cancellationToken: ct))) return;
        var after = 0L;
        var converted = 0;
        while (true)
        {
            var rows = (await conn.QueryAsync<Row>(new CommandDefinition(BatchSql, new { after, limit = BatchSize }, tx, cancellationToken: ct))).ToList();
            if (rows.Count == 0) break;
            foreach (var row in rows) await ConvertAsync(conn, tx, row, ct);
            after = rows[^1].Id;
            converted += rows.Count;
        }
        await conn.ExecuteAsync(new CommandDefinition(DropSql, transaction: tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        log.LogInformation("Converted {Count} articles to the packed storage layout.", converted);
    }

    async Task ConvertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Row row, CancellationToken ct)
    {
        var segments = new Segment[row.Kinds.Length];
        for (var k = 0; k < segments.Length; k++) segments[k] = new Segment(SegmentNames.Map.Parse(row.Kinds[k]), row.Starts[k], row.Ends[k]);
        using var text = AnalyzedText.Analyze(new SegmentedText(row.Text, segments));
        foreach (var versionId in row.Versions)
        {
            if (await analyzers.VersionAsync(versionId, ct) is not { } set) continue;
            var analysis = set.Analyzer.Analyze(text);
            await conn.ExecuteAsync(new CommandDefinition(WriteSql,
                new { analysis = PackedAnalysis.Pack(row.Text, analysis, 0), id = row.Id, versionId }, tx, cancellationToken: ct));
        }
        var shingles = ArticleFingerprint.Shingles(text);
        var rawStart = row.ContentType == ContentTypeNames.Text && row.Raw is { } raw ? row.Text.IndexOf(raw, StringComparison.Ordinal) : -1;
        await conn.ExecuteAsync(new CommandDefinition(ArticleSql, new
        {
            id = row.Id,
            search = SearchVector.ToText(SearchVector.Build(text)),
            rawStart = rawStart >= 0 ? rawStart : (int?)null,
            rawLength = rawStart >= 0 ? row.Raw!.Length : (int?)null,
            published = row.Published,
            own = PackedShingles.Pack(shingles.Where(s => s.Value).Select(s => s.Key).ToArray()),
            quoted = PackedShingles.Pack(shingles.Where(s => !s.Value).Select(s => s.Key).ToArray()),
        }, tx, cancellationToken: ct));
    }

    sealed class Row
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string? Raw { get; init; }
        public string ContentType { get; init; } = "";
        public DateTime Published { get; init; }
        public string[] Kinds { get; init; } = [];
        public int[] Starts { get; init; } = [];
        public int[] Ends { get; init; } = [];
        public long[] Versions { get; init; } = [];
    }
}
