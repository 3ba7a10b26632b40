using System.Data;
using Dapper;
using FramingApi.Analysis.Statistics;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Database;
using Npgsql;

namespace FramingApi.TimeSeries;

/// <summary>
/// Reads what a time series or an attention series is built from, counted per source and bucket in the database: the
/// articles (one index range per source: articles_source_published_idx), the matches of a search, and for a metric
/// over the articles' analyses the sums of their metric summaries (article_metric_summaries, written with the analyses:
/// <see cref="MetricSummaryWriter"/>) — never a row per article. In one REPEATABLE READ snapshot with the stamp that
/// becomes the ETag, as the comparisons read (<see cref="ComparisonsStore"/>); reads go to the read data source (a
/// replica when configured).
/// </summary>
public sealed class TimeSeriesStore(ReadDataSource db)
{
    // A metric read from the articles' summaries (MetricSummaryWriter): per row (an article and lexicon version) its
    // numerator y and denominator x, the values of two parts (@yCode, @xCode; a part the row lacks is 0), read by one
    // index range per lexicon version (article_metric_summaries_series_idx; the sources joined) — or, with a story, the
    // story's range (article_metric_summaries_story_idx, migration 0043). OFFSET 0 keeps the subquery whole: y and x are
    // taken from the arrays before the rows are grouped, so a sort carries six narrow columns, not the arrays.
    const string RowColumns = """
        s.article_id, s.source_id, date_trunc(@unit, s.published_at AT TIME ZONE 'UTC') AS bucket, s.lexicon_version_id AS version,
               coalesce(s.vals[array_position(s.codes, @yCode)], 0) AS y, coalesce(s.vals[array_position(s.codes, @xCode)], 0) AS x
        """;

    const string SummaryRowsSql = $"""
        SELECT {RowColumns}
        FROM unnest(@versionIds::bigint[]) AS v(id)
        CROSS JOIN unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN article_metric_summaries s ON s.lexicon_version_id = v.id AND s.source_id = q.source_id
             AND s.published_at >= @from AND s.published_at <= @to
        OFFSET 0
        """;

    const string StoryRowsSql = $"""
        SELECT {RowColumns}
        FROM article_metric_summaries s
        WHERE s.story_id = @storyId AND s.lexicon_version_id = ANY(@versionIds) AND s.source_id = ANY(@sourceIds)
          AND s.published_at >= @from AND s.published_at <= @to
        OFFSET 0
        """;

    // Per cell (and version) the sums a ratio's linearised interval needs (RatioSums), in float8 — exact for the counts
    // (whole numbers below 2^53) — over the articles with a denominator, with the stamp's parts (rows, the sums of their
    // article and version ids) and how many rows hold one of the two parts (the versions the series reads).
    const string CellSumsSql = """
        (count(*) FILTER (WHERE x > 0))::int AS contributing,
        coalesce(sum(y) FILTER (WHERE x > 0), 0) AS sum_y, coalesce(sum(x) FILTER (WHERE x > 0), 0) AS sum_x,
        coalesce(sum(y * y) FILTER (WHERE x > 0), 0) AS sum_yy, coalesce(sum(x * x) FILTER (WHERE x > 0), 0) AS sum_xx,
        coalesce(sum(x * y) FILTER (WHERE x > 0), 0) AS sum_xy,
        coalesce(min(y / x) FILTER (WHERE x > 0), 0) AS min_ratio, coalesce(max(y / x) FILTER (WHERE x > 0), 0) AS max_ratio
        """;

    // One lexicon (every article has one row of it): one aggregate pass over the rows, per source, bucket and version
    // (the versions' sums add up per cell: their articles differ).
    static string Summary(string rowsSql) => $"""
        SELECT source_id, bucket, version, {CellSumsSql},
               count(*) AS n_rows, sum(article_id::float8)::bigint AS ids, sum(version::float8)::bigint AS versions,
               count(*) FILTER (WHERE y <> 0 OR x <> 0) AS reading
        FROM ({rowsSql}) t
        GROUP BY 1, 2, 3
        """;

    // Several lexicons of the metric's kind: each article's y and x summed over its rows first (a rate's words once:
    // every lexicon's row holds them), then as above; and, as rows with a null source, the versions read.
    static string SummaryByArticle(string rowsSql) => $"""
        WITH rows AS MATERIALIZED ({rowsSql})
        SELECT source_id, bucket, 0::bigint AS version, {CellSumsSql},
               sum(n)::bigint AS n_rows, sum(ids)::bigint AS ids, sum(versions)::bigint AS versions, 0::bigint AS reading
        FROM (SELECT source_id, bucket, sum(y) AS y, CASE WHEN @rate THEN max(x) ELSE sum(x) END AS x, count(*) AS n,
                     sum(article_id::float8) AS ids, sum(version::float8) AS versions
              FROM rows GROUP BY article_id, source_id, bucket) t
        GROUP BY 1, 2
        UNION ALL
        SELECT NULL, NULL, version, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*) FROM rows WHERE y <> 0 OR x <> 0 GROUP BY version
        """;

    // The four readings of the per-article rows: by sources or by story, of one lexicon or of several.
    static readonly string SummarySql = Summary(SummaryRowsSql), SummaryByArticleSql = SummaryByArticle(SummaryRowsSql),
        StorySummarySql = Summary(StoryRowsSql), StorySummaryByArticleSql = SummaryByArticle(StoryRowsSql);

    // The lexicon versions a metric reads: of its kind, or of the lexicon it names.
    const string MetricVersionsSql = """
        SELECT v.id, v.lexicon_id FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
        WHERE l.kind = @kind AND (@lexicon::text IS NULL OR l.name = @lexicon)
        """;

    // The codes of the two parts a metric reads (MetricSummaryWriter); a part never written has none (its values are 0).
    const string PartCodesSql = """
        SELECT coalesce((SELECT code FROM metric_summary_parts WHERE metric = @yMetric AND key = @yKey AND NOT denominator), -1) AS y,
               coalesce((SELECT code FROM metric_summary_parts WHERE metric = @xMetric AND key = @xKey AND denominator), -1) AS x
        """;

    // Counts per source and bucket, made in the database (1,040 rows for 20 sources and 52 weeks instead of one row per
    // article): the articles, and their id count, largest id and id sum for the stamp. date_trunc on the UTC time cuts
    // the buckets of Buckets.Start (a week from Monday); @unit is day, week or month.
    const string CountColumns = """
        a.source_id, date_trunc(@unit, a.published_at AT TIME ZONE 'UTC') AS bucket, count(*)::int AS articles,
               max(a.id) AS max_id, sum(a.id)::bigint AS id_sum
        """;

    const string CountsSql = $"""
        SELECT {CountColumns}
        FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN articles a ON a.source_id = q.source_id AND a.published_at >= @from AND a.published_at <= @to
        GROUP BY 1, 2
        """;

    // The same for a story's articles, by the story's index range (articles_story_list_idx).
    const string StoryCountsSql = $"""
        SELECT {CountColumns}
        FROM articles a
        WHERE a.story_id = @storyId AND a.source_id = ANY(@sourceIds) AND a.published_at >= @from AND a.published_at <= @to
        GROUP BY 1, 2
        """;

    // The articles of the same set that match the search, per source and bucket: the GIN index finds the matches, so
    // that the search vectors of the articles that do not match are never read.
    const string MatchingSql = $"""
        SELECT a.source_id, date_trunc(@unit, a.published_at AT TIME ZONE 'UTC') AS bucket, count(*)::int AS articles
        FROM articles a
        WHERE {SearchQuery.Match} AND a.source_id = ANY(@sourceIds) AND a.published_at >= @from AND a.published_at <= @to
          AND (@storyId::bigint IS NULL OR a.story_id = @storyId)
        GROUP BY 1, 2
        """;

    const string StampSuffixSql = "SELECT coalesce(max(id), 0) FROM lexicon_versions";

    const string LexiconsSql = """
        SELECT l.name, v.id AS lexicon_version_id, v.version, v.content_hash
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE v.id = ANY(@versionIds)
        ORDER BY l.id, v.version
        """;

    // Every lexicon's categories, of its latest version, with their roles (claims lexicons): what topic=, target=,
    // actor=, lexicon= and category= may name.
    const string CategoriesSql = """
        SELECT t.name AS lexicon, t.kind, c.value->>'key' AS key, c.value->>'role' AS role
        FROM (SELECT DISTINCT ON (l.id) l.id, l.name, l.kind, v.definition
              FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id ORDER BY l.id, v.version DESC) t,
             jsonb_array_elements(t.definition->'categories') WITH ORDINALITY AS c(value, ordinal)
        ORDER BY t.id, c.ordinal
        """;

    /// <summary>A category of a lexicon's latest version (<paramref name="Role"/>: a claims lexicon's target or actor …).</summary>
    public sealed record LexiconCategory(string Lexicon, string Kind, string Key, string? Role);

    /// <summary>What a time series of a summarised metric is built from: the articles per source and bucket, the
    /// metric's sums per source and bucket, the lexicon versions read.</summary>
    public sealed record SeriesData(IReadOnlyList<BucketCount> Counts, IReadOnlyList<SummaryCell> Cells, IReadOnlyList<LexiconUsed> Lexicons);

    /// <summary>A metric's sums over a source's articles in one bucket (its start, UTC).</summary>
    public sealed record SummaryCell(long SourceId, DateTime Bucket, RatioSums Sums);

    /// <summary>A source's articles in one bucket (its start, UTC) and, for attention, how many of them match the search.</summary>
    public sealed record BucketCount(long SourceId, DateTime Bucket, int Articles, int Matching);

    sealed record CountRow(long SourceId, DateTime Bucket, int Articles, long MaxId, long IdSum);

    sealed record MatchRow(long SourceId, DateTime Bucket, int Articles);

    sealed record SummaryRow(long? SourceId, DateTime? Bucket, long Version, int Contributing, double SumY, double SumX, double SumYy,
        double SumXx, double SumXy, double MinRatio, double MaxRatio, long NRows, long Ids, long Versions, long Reading);

    /// <summary>
    /// Whether a series without a story reads the per-day rollups (<see cref="SeriesRollups"/>; true but in the tests
    /// that compare them with the per-article reading, which a story filter and a range of part days always take).
    /// </summary>
    public bool Rollups { get; init; } = true;

    /// <summary>
    /// Reads the articles per source and bucket and the metric's sums from the articles' summaries (in the database:
    /// one row per source and bucket) — or, without a story, from their per-day rollups — in one snapshot, with the
    /// stamp they make, unless <paramref name="isCurrent"/> says the caller already has the answer for that stamp.
    /// </summary>
    public async Task<(string Stamp, SeriesData? Data)> ReadAsync(ArticleSet set, SeriesFilter filter, BucketInterval interval,
        Func<string, bool> isCurrent, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var unit = Infrastructure.Vocabulary.TimeSeriesNames.Intervals.Name(interval);
        var versions = (await conn.QueryAsync<(long Id, long LexiconId)>(new CommandDefinition(MetricVersionsSql,
            new { kind = filter.LexiconKind, lexicon = filter.Lexicon }, tx, cancellationToken: ct))).ToList();
        var (y, x) = SummaryParts(filter);
        var (yCode, xCode) = await conn.QuerySingleAsync<(int, int)>(new CommandDefinition(PartCodesSql, new
        {
            yMetric = (short)y.Metric, yKey = y.Key, xMetric = (short)x.Metric, xKey = x.Key,
        }, tx, cancellationToken: ct));
        var versionIds = versions.Select(v => v.Id).ToArray();
        var severalLexicons = versions.Select(v => v.LexiconId).Distinct().Count() > 1;
        // Several lexicons of a kind sum each article's rows first: only the per-article rows can.
        var rollups = Rollups && SeriesRollups.Answer(set) && !severalLexicons;
        var counts = await CountRowsAsync(conn, tx, set, unit, rollups, ct);
        var rows = rollups
            ? RollupRows(await SeriesRollups.SumsAsync(conn, tx, set, unit, versionIds, yCode, xCode, ct))
            : await PerArticleAsync(conn, tx, set, unit, filter, versionIds, yCode, xCode, severalLexicons, ct);
        var latestVersion = await conn.ExecuteScalarAsync<long>(new CommandDefinition(StampSuffixSql, transaction: tx, cancellationToken: ct));
        var cellRows = rows.Where(r => r.SourceId is not null).ToList();
        var cells = cellRows.GroupBy(r => (r.SourceId!.Value, r.Bucket!.Value))
            .Select(g => new SummaryCell(g.Key.Item1, DateTime.SpecifyKind(g.Key.Item2, DateTimeKind.Utc), Merge(g))).ToList();
        // Articles are only added and deleted; their summaries change with a re-scoring (new version ids).
        var stamp = $"{CountStamp(counts)}.{cellRows.Sum(c => c.NRows)}.{cellRows.Sum(c => c.Ids)}.{cellRows.Sum(c => c.Versions)}.{latestVersion}";
        if (isCurrent(stamp)) return (stamp, null);
        var read = rows.Where(r => r.Reading > 0).Select(r => r.Version).Distinct().ToArray();
        var lexicons = read.Length == 0 ? [] : (await conn.QueryAsync<LexiconUsed>(new CommandDefinition(LexiconsSql, new { versionIds = read }, tx,
            cancellationToken: ct))).ToList();
        await tx.CommitAsync(ct);
        return (stamp, new SeriesData(
            counts.Select(r => new BucketCount(r.SourceId, DateTime.SpecifyKind(r.Bucket, DateTimeKind.Utc), r.Articles, 0)).ToList(),
            cells, lexicons));
    }

    /// <summary>The articles per source and bucket with the stamp's parts: from the per-day rollups, or the articles' own rows.</summary>
    static async Task<List<CountRow>> CountRowsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ArticleSet set, string unit, bool rollups,
        CancellationToken ct)
    {
        if (rollups) return (await SeriesRollups.CountsAsync<CountRow>(conn, tx, set, unit, ct)).ToList();
        var args = Args(set);
        args.Add("unit", unit);
        var sql = set.StoryId is null ? CountsSql : StoryCountsSql;
        return (await conn.QueryAsync<CountRow>(new CommandDefinition(sql, args, tx, cancellationToken: ct))).ToList();
    }

    /// <summary>The metric's sums per source, bucket and version, from the articles' own rows.</summary>
    static async Task<List<SummaryRow>> PerArticleAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ArticleSet set, string unit,
        SeriesFilter filter, long[] versionIds, int yCode, int xCode, bool severalLexicons, CancellationToken ct)
    {
        var args = Args(set);
        args.AddDynamicParams(new { unit, versionIds, yCode, xCode, rate = filter.Kind == RatioKind.Rate });
        var sql = (set.StoryId is not null, severalLexicons) switch
        {
            (false, false) => SummarySql, (false, true) => SummaryByArticleSql, (true, false) => StorySummarySql, (true, true) => StorySummaryByArticleSql,
        };
        return (await conn.QueryAsync<SummaryRow>(new CommandDefinition(sql, args, tx, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// The rollups' sums as the per-article reading's rows: per source, bucket and version, the rows' count and ids, the
    /// sums of the denominator and of the numerator with it, and whether the days held either part.
    /// </summary>
    static List<SummaryRow> RollupRows(List<SeriesRollups.DaySums> days) => days.Select(d =>
    {
        var sums = SeriesRollups.Sums(d);
        return new SummaryRow(d.SourceId, d.Bucket, d.Version, sums.Contributing, sums.SumY, sums.SumX, sums.SumYY, sums.SumXX, sums.SumXY,
            sums.MinRatio, sums.MaxRatio, d.N, d.IdSum, d.N * d.Version, d.XDays + d.YDays);
    }).ToList();

    /// <summary>A cell's sums from its rows (one per lexicon version: their articles differ, so the sums add up).</summary>
    static RatioSums Merge(IEnumerable<SummaryRow> rows)
    {
        var parts = rows.ToList();
        var withRatio = parts.Where(r => r.Contributing > 0).ToList();
        return new RatioSums(parts.Sum(r => r.Contributing), parts.Sum(r => r.SumY), parts.Sum(r => r.SumX), parts.Sum(r => r.SumYy),
            parts.Sum(r => r.SumXx), parts.Sum(r => r.SumXy), withRatio.Count == 0 ? 0 : withRatio.Min(r => r.MinRatio),
            withRatio.Count == 0 ? 0 : withRatio.Max(r => r.MaxRatio));
    }

    /// <summary>
    /// The two parts of the summaries (<see cref="MetricSummary"/>) a metric reads: its numerator's (metric and key) and
    /// its denominator's (a rate's words are the "" row's).
    /// </summary>
    static ((SummaryMetric Metric, string Key) Y, (SummaryMetric Metric, string Key) X) SummaryParts(SeriesFilter f) => f.Metric switch
    {
        SeriesMetric.TopicCoverage => ((SummaryMetric.TopicCoverage, f.Topic!), (SummaryMetric.TopicCoverage, f.Topic!)),
        SeriesMetric.TopicEmphasis => ((SummaryMetric.TopicEmphasis, f.Topic!), (SummaryMetric.TopicEmphasis, f.Topic!)),
        SeriesMetric.LoadedPer1000 or SeriesMetric.CategoryPer1000 => ((SummaryMetric.CategoryHits, f.Category ?? ""), (SummaryMetric.CategoryHits, "")),
        SeriesMetric.AnonymousShare => ((SummaryMetric.Attributions, ""), (SummaryMetric.Attributions, "")),
        _ => ((MetricSummary.FramingMetrics.Single(m => m.Metric == f.Metric).Code, MetricSummary.FramingKey(f.Target, f.Actor)),
            (SummaryMetric.ClaimMentions, MetricSummary.FramingKey(f.Target, f.Actor))),
    };

    /// <summary>
    /// The articles per source and bucket (and with <paramref name="q"/>, those that match it) and their stamp — unless
    /// <paramref name="isCurrent"/> says the caller already has the answer for that stamp — in one snapshot.
    /// </summary>
    public async Task<(string Stamp, List<BucketCount>? Counts)> CountsAsync(ArticleSet set, BucketInterval interval, string? q,
        Func<string, bool> isCurrent, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var unit = Infrastructure.Vocabulary.TimeSeriesNames.Intervals.Name(interval);
        var rows = await CountRowsAsync(conn, tx, set, unit, Rollups && SeriesRollups.Answer(set), ct);
        var stamp = CountStamp(rows);
        if (isCurrent(stamp)) return (stamp, null);
        var matching = new Dictionary<(long, DateTime), int>();
        if (q is not null)
        {
            var args = Args(set);
            args.AddDynamicParams(new { unit, q });
            foreach (var m in await conn.QueryAsync<MatchRow>(new CommandDefinition(MatchingSql, args, tx, cancellationToken: ct)))
                matching[(m.SourceId, m.Bucket)] = m.Articles;
        }
        await tx.CommitAsync(ct);
        return (stamp, rows.Select(r => new BucketCount(r.SourceId, DateTime.SpecifyKind(r.Bucket, DateTimeKind.Utc), r.Articles,
            matching.GetValueOrDefault((r.SourceId, r.Bucket)))).ToList());
    }

    /// <summary>A search as PostgreSQL reads it, or null with an error naming <c>q</c> (<see cref="SearchQuery.ParseAsync"/>).</summary>
    public async Task<string?> ParseSearchAsync(string q, Infrastructure.FieldErrors errors, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await SearchQuery.ParseAsync(conn, q, errors, ct);
    }

    /// <summary>Every lexicon's categories (latest versions), in the lexicons' order.</summary>
    public async Task<IReadOnlyList<LexiconCategory>> CategoriesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<LexiconCategory>(new CommandDefinition(CategoriesSql, cancellationToken: ct))).ToList();
    }

    static DynamicParameters Args(ArticleSet set) => new(new
    {
        sourceIds = set.SourceIds, storyId = set.StoryId, from = set.From!.Value.UtcDateTime, to = set.To!.Value.UtcDateTime,
    });

    /// <summary>Which articles: their number, largest id and id sum (articles are never changed in place, only added and deleted).</summary>
    static string CountStamp(List<CountRow> rows) =>
        $"{rows.Sum(r => (long)r.Articles)}.{(rows.Count == 0 ? 0 : rows.Max(r => r.MaxId))}.{rows.Sum(r => r.IdSum)}";
}
