using Dapper;
using FramingApi.Articles;
using Npgsql;

namespace FramingApi.TimeSeries;

/// <summary>
/// Writes the metric summaries (<see cref="MetricSummary"/>, table <c>article_metric_summaries</c>) of analyses in the
/// caller's transaction — the one that writes the analyses themselves (<see cref="ArticleWriter"/>, for new articles
/// and for the re-scoring job), so that a summary always names the lexicon version of the analysis it was made from —
/// and, at start-up, the summaries of analyses stored before them (<see cref="BackfillAsync"/>).
/// </summary>
public static class MetricSummaryWriter
{
    // Each row carries its article's source, story and publication time: a series reads its rows by one index range
    // per source (article_metric_summaries_series_idx) without touching articles. Articles are never changed in place.
    const string InsertSql = """
        INSERT INTO article_metric_summaries (article_id, lexicon_id, lexicon_version_id, metric, key, source_id, story_id, published_at,
                                              numerator, denominator)
        SELECT x.article_id, x.lexicon_id, x.version_id, x.metric, x.key, a.source_id, a.story_id, a.published_at, x.numerator, x.denominator
        FROM unnest(@articles::bigint[], @lexicons::bigint[], @versions::bigint[], @metrics::smallint[], @keys::text[], @numerators::float8[],
                    @denominators::float8[]) AS x(article_id, lexicon_id, version_id, metric, key, numerator, denominator)
        JOIN articles a ON a.id = x.article_id
        """;

    const string DeleteSql = """
        DELETE FROM article_metric_summaries m USING unnest(@articles::bigint[], @lexicons::bigint[]) AS x(article_id, lexicon_id)
        WHERE m.article_id = x.article_id AND m.lexicon_id = x.lexicon_id
        """;

    // Analyses without the summary of their version (the "" row of the category hits, SummaryMetric 1, is written for
    // every analysis).
    const string PendingSql = $"""
        SELECT v.article_id, v.lexicon_id, v.lexicon_version_id, l.kind, v.analysis AS packed,
               coalesce(s.words_outlet, 0) AS words_outlet, coalesce(s.words_quotation, 0) AS words_quotation
        FROM article_lexicon_versions v
        JOIN lexicons l ON l.id = v.lexicon_id
        LEFT JOIN article_stats s ON s.article_id = v.article_id
        WHERE v.analysis IS NOT NULL AND (v.article_id, v.lexicon_id) > (@afterArticle, @afterLexicon)
          AND NOT EXISTS (SELECT 1 FROM article_metric_summaries m
                          WHERE m.article_id = v.article_id AND m.lexicon_id = v.lexicon_id AND m.metric = 1
                            AND m.key = '' AND m.lexicon_version_id = v.lexicon_version_id)
        ORDER BY v.article_id, v.lexicon_id
        LIMIT @limit
        """;

    const long LockKey = 0x4672_616D_696E_6702;
    const int BatchSize = 500;

    /// <summary>One analysis to summarise: its article, lexicon and version, the lexicon's kind, the packed analysis and word counts.</summary>
    public sealed record Analysis(long ArticleId, long LexiconId, long LexiconVersionId, string Kind, byte[] Packed, int WordsOutlet,
        int WordsQuotation);

    /// <summary>The summaries of new or re-scored articles, replacing those of the same article and lexicon.</summary>
    public static Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ScoredArticle> articles, CancellationToken ct) =>
        WriteAsync(conn, tx, articles.SelectMany(a => a.Lexicons.Versions.Select((v, i) => new Analysis(a.ArticleId, v.LexiconId, v.Id, v.Kind,
            a.Packed[i], a.Analysis.Counts.OutletWords, a.Analysis.Counts.QuotationWords))).ToList(), ct);

    /// <summary>The summaries of some analyses, replacing those of the same article and lexicon.</summary>
    public static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Analysis> analyses, CancellationToken ct)
    {
        if (analyses.Count == 0) return;
        var rows = new SummaryRow[analyses.Count][];
        Parallel.For(0, analyses.Count, i =>
            rows[i] = [.. MetricSummary.Rows(analyses[i].Kind, analyses[i].Packed, analyses[i].WordsOutlet, analyses[i].WordsQuotation)]);
        var flat = analyses.SelectMany((a, i) => rows[i].Select(r => (Analysis: a, Row: r))).ToList();
        await conn.ExecuteAsync(new CommandDefinition(DeleteSql, new
        {
            articles = analyses.Select(a => a.ArticleId).ToArray(),
            lexicons = analyses.Select(a => a.LexiconId).ToArray(),
        }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            articles = flat.Select(f => f.Analysis.ArticleId).ToArray(),
            lexicons = flat.Select(f => f.Analysis.LexiconId).ToArray(),
            versions = flat.Select(f => f.Analysis.LexiconVersionId).ToArray(),
            metrics = flat.Select(f => (short)f.Row.Metric).ToArray(),
            keys = flat.Select(f => f.Row.Key).ToArray(),
            numerators = flat.Select(f => f.Row.Numerator).ToArray(),
            denominators = flat.Select(f => f.Row.Denominator).ToArray(),
        }, tx, cancellationToken: ct));
    }

    /// <summary>
    /// At start-up, after the migrations: summarises every stored analysis that has no summary of its version (all of
    /// them once, after migration 0041 made the table), in batches of 500 analyses, each in its own transaction under an
    /// advisory lock (instances starting together do not write the same rows). Returns how many it summarised.
    /// </summary>
    public static async Task<int> BackfillAsync(NpgsqlDataSource db, ILogger log, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var (afterArticle, afterLexicon, done) = (0L, 0L, 0);
        while (true)
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@LockKey)", new { LockKey }, tx, cancellationToken: ct));
            var batch = (await conn.QueryAsync<Analysis>(new CommandDefinition(PendingSql,
                new { afterArticle, afterLexicon, limit = BatchSize }, tx, cancellationToken: ct))).ToList();
            if (batch.Count == 0) break;
            await WriteAsync(conn, tx, batch, ct);
            await tx.CommitAsync(ct);
            (afterArticle, afterLexicon, done) = (batch[^1].ArticleId, batch[^1].LexiconId, done + batch.Count);
        }
        if (done > 0) log.LogInformation("Wrote the metric summaries of {Count} stored analyses.", done);
        return done;
    }
}
