using System.Data;
using Dapper;
using FramingApi.Analyses;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Database;
using Npgsql;

namespace FramingApi.TimeSeries;

/// <summary>
/// Reads what a time series or an attention series is built from, per article, for exactly the articles it covers:
/// first their ids, sources and publication times (one index range per source: articles_source_published_idx), then
/// by those ids only what the metric needs — word counts, the packed analyses of one kind of lexicon (through
/// <see cref="AnalysisStore"/>; scores alone unless the metric counts evidence). In one REPEATABLE READ snapshot with
/// the stamp that becomes the ETag, as the comparisons read (<see cref="ComparisonsStore"/>); reads go to the read
/// data source (a replica when configured).
/// </summary>
public sealed class TimeSeriesStore(ReadDataSource db)
{
    // Per article: its source, publication time and the sum of the lexicon version ids it carries (moves when it is
    // re-scored). Undated articles are in no bucket.
    const string ArticlesSql = """
        SELECT a.id, a.source_id, a.published_at,
               (SELECT coalesce(sum(x.lexicon_version_id), 0) FROM article_lexicon_versions x WHERE x.article_id = a.id)::bigint AS versions
        FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN articles a ON a.source_id = q.source_id AND a.published_at >= @from AND a.published_at <= @to
        WHERE @storyId::bigint IS NULL OR a.story_id = @storyId
        ORDER BY a.id
        """;

    // Counts per source and bucket, made in the database (1,040 rows for 20 sources and 52 weeks instead of one row per
    // article): the articles, and their id count, largest id and id sum for the stamp. date_trunc on the UTC time cuts
    // the buckets of Buckets.Start (a week from Monday); @unit is day, week or month.
    const string CountsSql = """
        SELECT a.source_id, date_trunc(@unit, a.published_at AT TIME ZONE 'UTC') AS bucket, count(*)::int AS articles,
               max(a.id) AS max_id, sum(a.id)::bigint AS id_sum
        FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN articles a ON a.source_id = q.source_id AND a.published_at >= @from AND a.published_at <= @to
        WHERE @storyId::bigint IS NULL OR a.story_id = @storyId
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

    const string WordsSql = "SELECT article_id, words_outlet, words_quotation FROM article_stats WHERE article_id = ANY(@ids)";

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

    /// <summary>What a time series is built from: its articles, their analyses of the metric's kind, the lexicon versions read.</summary>
    public sealed record SeriesData(IReadOnlyList<SeriesArticle> Articles, IReadOnlyDictionary<long, List<AnalysisStore.ArticleAnalysisRow>> Analyses,
        IReadOnlyList<LexiconUsed> Lexicons);

    /// <summary>A source's articles in one bucket (its start, UTC) and, for attention, how many of them match the search.</summary>
    public sealed record BucketCount(long SourceId, DateTime Bucket, int Articles, int Matching);

    sealed record CountRow(long SourceId, DateTime Bucket, int Articles, long MaxId, long IdSum);

    sealed record MatchRow(long SourceId, DateTime Bucket, int Articles);

    sealed record SetArticle(long Id, long SourceId, DateTime PublishedAt, long Versions);

    sealed record WordsRow(long ArticleId, int WordsOutlet, int WordsQuotation);

    /// <summary>
    /// Reads the stamp and, unless <paramref name="isCurrent"/> says the caller already has the answer for that stamp,
    /// what the series is built from — in one snapshot.
    /// </summary>
    public async Task<(string Stamp, SeriesData? Data)> ReadAsync(ArticleSet set, SeriesFilter filter, Func<string, bool> isCurrent, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var articles = (await conn.QueryAsync<SetArticle>(new CommandDefinition(ArticlesSql, Args(set), tx, cancellationToken: ct))).ToList();
        var latestVersion = await conn.ExecuteScalarAsync<long>(new CommandDefinition(StampSuffixSql, transaction: tx, cancellationToken: ct));
        var stamp = $"{Stamp(articles.Select(a => a.Id))}.{articles.Sum(a => a.Versions)}.{latestVersion}";
        if (isCurrent(stamp)) return (stamp, null);

        var ids = articles.Select(a => a.Id).ToArray();
        var needsWords = filter.Metric is SeriesMetric.TopicEmphasis or SeriesMetric.LoadedPer1000 or SeriesMetric.CategoryPer1000;
        var words = needsWords && ids.Length > 0
            ? (await conn.QueryAsync<WordsRow>(new CommandDefinition(WordsSql, new { ids }, tx, cancellationToken: ct))).ToDictionary(w => w.ArticleId)
            : [];
        var analyses = filter.LexiconKind is { } kind && ids.Length > 0
            ? await AnalysisStore.ReadManyAsync(conn, tx, ids, [kind], ct, evidence: filter.NeedsEvidence)
            : [];
        var versionIds = analyses.Select(r => r.LexiconVersionId).Distinct().ToArray();
        var lexicons = versionIds.Length == 0 ? [] : (await conn.QueryAsync<LexiconUsed>(new CommandDefinition(LexiconsSql, new { versionIds }, tx,
            cancellationToken: ct))).ToList();
        await tx.CommitAsync(ct);

        var series = articles.Select(a => words.TryGetValue(a.Id, out var w)
            ? new SeriesArticle(a.Id, a.SourceId, a.PublishedAt, w.WordsOutlet, w.WordsQuotation)
            : new SeriesArticle(a.Id, a.SourceId, a.PublishedAt, 0, 0)).ToList();
        return (stamp, new SeriesData(series, analyses.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.ToList()), lexicons));
    }

    /// <summary>
    /// The articles per source and bucket (and with <paramref name="q"/>, those that match it) and their stamp — unless
    /// <paramref name="isCurrent"/> says the caller already has the answer for that stamp — in one snapshot.
    /// </summary>
    public async Task<(string Stamp, List<BucketCount>? Counts)> CountsAsync(ArticleSet set, BucketInterval interval, string? q,
        Func<string, bool> isCurrent, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var args = Args(set);
        args.Add("unit", Infrastructure.Vocabulary.TimeSeriesNames.Intervals.Name(interval));
        var rows = (await conn.QueryAsync<CountRow>(new CommandDefinition(CountsSql, args, tx, cancellationToken: ct))).ToList();
        // Articles are never changed in place, only added and deleted: their number, largest id and id sum say which.
        var stamp = $"{rows.Sum(r => (long)r.Articles)}.{(rows.Count == 0 ? 0 : rows.Max(r => r.MaxId))}.{rows.Sum(r => r.IdSum)}";
        if (isCurrent(stamp)) return (stamp, null);
        var matching = new Dictionary<(long, DateTime), int>();
        if (q is not null)
        {
            args.Add("q", q);
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
    static string Stamp(IEnumerable<long> ids)
    {
        long count = 0, max = 0, sum = 0;
        foreach (var id in ids) { count++; max = Math.Max(max, id); sum += id; }
        return $"{count}.{max}.{sum}";
    }
}
