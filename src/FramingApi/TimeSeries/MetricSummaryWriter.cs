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
    // One row per analysis (article and lexicon version) with its article's source, story and publication time: a
    // series reads its rows by one index range per version and source (article_metric_summaries_series_idx) without
    // touching articles, which are never changed in place. The parts come flat (@parts: the analysis' position in
    // @articles, from 1) and are gathered per analysis, codes ascending.
    internal const string InsertSql = """
        INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
        SELECT x.article_id, x.version_id, a.source_id, a.story_id, a.published_at, coalesce(p.codes, '{}'), coalesce(p.vals, '{}')
        FROM unnest(@articles::bigint[], @versions::bigint[]) WITH ORDINALITY AS x(article_id, version_id, i)
        JOIN articles a ON a.id = x.article_id
        LEFT JOIN (SELECT i, array_agg(code ORDER BY code) AS codes, array_agg(val ORDER BY code) AS vals
                   FROM unnest(@parts::bigint[], @codes::int[], @vals::float8[]) AS p(i, code, val) GROUP BY i) p ON p.i = x.i
        """;

    const string DeleteSql = """
        DELETE FROM article_metric_summaries m USING lexicon_versions v, unnest(@articles::bigint[], @lexicons::bigint[]) AS x(article_id, lexicon_id)
        WHERE m.article_id = x.article_id AND v.id = m.lexicon_version_id AND v.lexicon_id = x.lexicon_id
        """;

    // The codes of parts not seen before (in a fixed order, so that concurrent writers wait for each other instead of
    // deadlocking; a code is taken only for a part that is missing, so the codes stay dense), then all of them.
    const string NewPartsSql = """
        INSERT INTO metric_summary_parts (metric, key, denominator)
        SELECT w.metric, w.key, w.denominator FROM unnest(@metrics::smallint[], @keys::text[], @denominators::boolean[]) AS w(metric, key, denominator)
        WHERE NOT EXISTS (SELECT 1 FROM metric_summary_parts p WHERE p.metric = w.metric AND p.key = w.key AND p.denominator = w.denominator)
        ORDER BY 1, 2, 3
        ON CONFLICT DO NOTHING
        """;

    const string PartsSql = """
        SELECT p.code, p.metric, p.key, p.denominator
        FROM unnest(@metrics::smallint[], @keys::text[], @denominators::boolean[]) AS w(metric, key, denominator)
        JOIN metric_summary_parts p ON p.metric = w.metric AND p.key = w.key AND p.denominator = w.denominator
        """;

    // Analyses without the summary of their version.
    const string PendingSql = $"""
        SELECT v.article_id, v.lexicon_id, v.lexicon_version_id, l.kind, v.analysis AS packed,
               coalesce(s.words_outlet, 0) AS words_outlet, coalesce(s.words_quotation, 0) AS words_quotation
        FROM article_lexicon_versions v
        JOIN lexicons l ON l.id = v.lexicon_id
        LEFT JOIN article_stats s ON s.article_id = v.article_id
        WHERE v.analysis IS NOT NULL AND (v.article_id, v.lexicon_id) > (@afterArticle, @afterLexicon)
          AND NOT EXISTS (SELECT 1 FROM article_metric_summaries m
                          WHERE m.article_id = v.article_id AND m.lexicon_version_id = v.lexicon_version_id)
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
        WriteAsync(conn, tx, Analyses(articles), ct);

    /// <summary>The summaries of some analyses, replacing those of the same article and lexicon.</summary>
    public static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Analysis> analyses, CancellationToken ct)
    {
        if (analyses.Count == 0) return;
        var parts = await PartsAsync(conn, tx, analyses, ct);
        await conn.ExecuteAsync(new CommandDefinition(DeleteSql, new
        {
            articles = analyses.Select(a => a.ArticleId).ToArray(),
            lexicons = analyses.Select(a => a.LexiconId).ToArray(),
        }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition(InsertSql, InsertArgs(analyses, parts), tx, cancellationToken: ct));
    }

    /// <summary>
    /// New articles' summaries (none of theirs is stored yet), made and their parts' codes taken, ready for
    /// <see cref="InsertSql"/>: for a writer that sends the insert with statements of its own (<see cref="ArticleWriter"/>).
    /// </summary>
    public static async Task<NewSummaries> PrepareNewAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ScoredArticle> articles,
        CancellationToken ct)
    {
        var analyses = Analyses(articles);
        var parts = await PartsAsync(conn, tx, analyses, ct);
        // The parts come analysis by analysis (PartsAsync): each analysis' run, its codes sorted with their values.
        var rows = new (int[] Codes, double[] Vals)[analyses.Count];
        for (var (at, i) = (0, 0); i < analyses.Count; i++)
        {
            var end = at;
            while (end < parts.Parts.Count && parts.Parts[end].I == i) end++;
            var (codes, vals) = (new int[end - at], new double[end - at]);
            for (var k = at; k < end; k++)
                (codes[k - at], vals[k - at]) = (parts.Codes[(parts.Parts[k].Metric, parts.Parts[k].Key, parts.Parts[k].Denominator)], parts.Parts[k].Value);
            Array.Sort(codes, vals);
            rows[i] = (codes, vals);
            at = end;
        }
        return new NewSummaries(analyses, rows, new DynamicParameters(InsertArgs(analyses, parts)));
    }

    /// <summary>New articles' summaries: per analysis (article and version) its parts' codes ascending and their values, and the arguments of <see cref="InsertSql"/>.</summary>
    public sealed record NewSummaries(IReadOnlyList<Analysis> Analyses, (int[] Codes, double[] Vals)[] Rows, DynamicParameters InsertArgs);

    static List<Analysis> Analyses(IReadOnlyList<ScoredArticle> articles) =>
        articles.SelectMany(a => a.Lexicons.Versions.Select((v, i) => new Analysis(a.ArticleId, v.LexiconId, v.Id, v.Kind,
            a.Packed[i], a.Analysis.Counts.OutletWords, a.Analysis.Counts.QuotationWords))).ToList();

    /// <summary>A part of one analysis' summary (<c>I</c>: its position), where it is not 0.</summary>
    sealed record Part(int I, short Metric, string Key, bool Denominator, double Value);

    sealed record PartCodes(List<Part> Parts, Dictionary<(short Metric, string Key, bool Denominator), int> Codes);

    /// <summary>The analyses' summary parts, and the codes of their names (taken for the names not seen before).</summary>
    static async Task<PartCodes> PartsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Analysis> analyses, CancellationToken ct)
    {
        var rows = new SummaryRow[analyses.Count][];
        Parallel.For(0, analyses.Count, i =>
            rows[i] = [.. MetricSummary.Rows(analyses[i].Kind, analyses[i].Packed, analyses[i].WordsOutlet, analyses[i].WordsQuotation)]);
        // A row's parts: its numerator and its denominator, each where it is not 0 (a missing part reads as 0).
        var parts = rows.SelectMany((r, i) => r.SelectMany(row => new[] { new Part(i, (short)row.Metric, row.Key, false, row.Numerator),
            new Part(i, (short)row.Metric, row.Key, true, row.Denominator) }).Where(p => p.Value != 0)).ToList();
        var names = parts.Select(p => (p.Metric, p.Key, p.Denominator)).Distinct().ToList();
        var nameArgs = new
        {
            metrics = names.Select(n => n.Metric).ToArray(), keys = names.Select(n => n.Key).ToArray(),
            denominators = names.Select(n => n.Denominator).ToArray(),
        };
        await conn.ExecuteAsync(new CommandDefinition(NewPartsSql, nameArgs, tx, cancellationToken: ct));
        var codes = (await conn.QueryAsync<(int Code, short Metric, string Key, bool Denominator)>(new CommandDefinition(PartsSql, nameArgs, tx,
            cancellationToken: ct))).ToDictionary(p => (p.Metric, p.Key, p.Denominator), p => p.Code);
        return new PartCodes(parts, codes);
    }

    static object InsertArgs(IReadOnlyList<Analysis> analyses, PartCodes parts) => new
    {
        articles = analyses.Select(a => a.ArticleId).ToArray(),
        versions = analyses.Select(a => a.LexiconVersionId).ToArray(),
        parts = parts.Parts.Select(p => (long)p.I + 1).ToArray(),
        codes = parts.Parts.Select(p => parts.Codes[(p.Metric, p.Key, p.Denominator)]).ToArray(),
        vals = parts.Parts.Select(p => p.Value).ToArray(),
    };

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
