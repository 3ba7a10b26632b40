using Dapper;
using FramingApi.Analysis.Statistics;
using FramingApi.Comparisons;
using Npgsql;

namespace FramingApi.TimeSeries;

/// <summary>
/// Reads a series without a story from the per-source, per-UTC-day rollups (migrations 0043 and 0045, docs/SCALING.md
/// "Per-day rollups"): the articles per source and day (<c>article_days</c>) and the sums of the metric summaries per
/// lexicon version, source and day (<c>metric_summary_days</c>: one compact row per day, its parts' sums in arrays),
/// summed per bucket in the database — one row per source and day read, whatever the number of articles. The answer
/// is the per-article one (<see cref="TimeSeriesStore"/>): every sum is additive over days, and the smallest and
/// largest ratio of a cell are its days'.
/// </summary>
public static class SeriesRollups
{
    // The articles per source and bucket from their days, with the stamp's parts (the number and the sum of the ids).
    const string CountsSql = """
        SELECT d.source_id, date_trunc(@unit, d.day::timestamp) AS bucket, sum(d.n)::int AS articles, 0::bigint AS max_id,
               sum(d.id_sum)::bigint AS id_sum
        FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN article_days d ON d.source_id = q.source_id AND d.day >= @fromDay AND d.day <= @toDay
        GROUP BY 1, 2
        HAVING sum(d.n) > 0
        """;

    // Per source, bucket and version the sums of its days' rows (one row per version, source and day, migration 0045)
    // and of the two entries the metric reads from their arrays: the denominator part x at its position p in x_codes
    // (vals from 3(p - 1)), the numerator part y with it at its position in y_codes (after the x entries' three values
    // each: vals from 3·#x + 6(p - 1)). A part the day lacks has no position: its values are null, and the days that have
    // it are counted (what tells which versions were read). One primary-key range per version and source (OFFSET 0
    // keeps the ranges: joined by hash, the plan read every version's rows, four times those it keeps), whose rows give
    // their nine values to the aggregate.
    const string SumsSql = """
        SELECT d.source_id, date_trunc(@unit, d.day::timestamp) AS bucket, d.version,
               sum(d.n)::bigint AS n, sum(d.id_sum)::bigint AS id_sum,
               count(d.x_k) AS x_days, coalesce(sum(d.x_k), 0)::bigint AS x_k, coalesce(sum(d.sum_x), 0) AS sum_x,
               coalesce(sum(d.sum_xx), 0) AS sum_xx,
               count(d.y_k) AS y_days, coalesce(sum(d.y_k), 0)::bigint AS y_k, coalesce(sum(d.sum_y), 0) AS sum_y,
               coalesce(sum(d.sum_yy), 0) AS sum_yy, coalesce(sum(d.sum_xy), 0) AS sum_xy,
               min(d.min_ratio) FILTER (WHERE d.y_k > 0) AS min_ratio, max(d.max_ratio) FILTER (WHERE d.y_k > 0) AS max_ratio
        FROM unnest(@versionIds::bigint[]) AS v(id)
        CROSS JOIN unnest(@sourceIds::bigint[]) AS q(source_id)
        CROSS JOIN LATERAL (
            SELECT r.source_id, r.day, r.lexicon_version_id AS version, r.n, r.id_sum,
                   r.vals[e.x + 1] AS x_k, r.vals[e.x + 2] AS sum_x, r.vals[e.x + 3] AS sum_xx,
                   r.vals[e.y + 1] AS y_k, r.vals[e.y + 2] AS sum_y, r.vals[e.y + 3] AS sum_yy, r.vals[e.y + 4] AS sum_xy,
                   r.vals[e.y + 5] AS min_ratio, r.vals[e.y + 6] AS max_ratio
            FROM metric_summary_days r
            CROSS JOIN LATERAL (SELECT 3 * (array_position(r.x_codes, @xCode::int) - 1) AS x,
                                       3 * cardinality(r.x_codes) + 6 * (array_position(r.y_codes, @yCode::int) - 1) AS y) e
            WHERE r.lexicon_version_id = v.id AND r.source_id = q.source_id AND r.day >= @fromDay AND r.day <= @toDay AND r.n > 0
            OFFSET 0) d
        GROUP BY 1, 2, 3
        """;

    /// <summary>
    /// The rollup sums of one source, bucket and lexicon version: the summary rows (n, the sum of their article ids), the
    /// days holding the denominator part and its k, Σx, Σx²; the days holding the numerator part and its k (rows with a
    /// denominator), Σy, Σy², Σxy, smallest and largest ratio.
    /// </summary>
    public sealed record DaySums(long SourceId, DateTime Bucket, long Version, long N, long IdSum, long XDays, long XK, double SumX, double SumXx,
        long YDays, long YK, double SumY, double SumYy, double SumXy, double? MinRatio, double? MaxRatio);

    /// <summary>
    /// Whether the rollups can answer for these articles: all their sources' articles (no story), over whole UTC days
    /// (from at midnight, to at the last microsecond of its day: a date, as the requests read one).
    /// </summary>
    public static bool Answer(ArticleSet set) =>
        set.StoryId is null && set.From is { } from && set.To is { } to
        && from.UtcDateTime.TimeOfDay == TimeSpan.Zero && to.UtcDateTime.TimeOfDay.Ticks / 10 == TimeSpan.TicksPerDay / 10 - 1;

    static DynamicParameters Args(ArticleSet set, string unit) => new(new
    {
        sourceIds = set.SourceIds, fromDay = set.From!.Value.UtcDateTime.Date, toDay = set.To!.Value.UtcDateTime.Date, unit,
    });

    /// <summary>The articles per source and bucket, as <c>TimeSeriesStore.CountsSql</c> counts them (max_id 0).</summary>
    public static Task<IEnumerable<T>> CountsAsync<T>(NpgsqlConnection conn, NpgsqlTransaction tx, ArticleSet set, string unit, CancellationToken ct) =>
        conn.QueryAsync<T>(new CommandDefinition(CountsSql, Args(set, unit), tx, cancellationToken: ct));

    /// <summary>The sums of a metric's two parts (<paramref name="yCode"/> / <paramref name="xCode"/>) per source, bucket and version.</summary>
    public static async Task<List<DaySums>> SumsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ArticleSet set, string unit, long[] versionIds,
        int yCode, int xCode, CancellationToken ct)
    {
        var args = Args(set, unit);
        args.AddDynamicParams(new { versionIds, yCode, xCode });
        return (await conn.QueryAsync<DaySums>(new CommandDefinition(SumsSql, args, tx, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// One source, bucket and version's sums: k, Σx, Σx² of the denominator; Σy, Σy², Σxy of the numerator (its rows
    /// with a denominator); the smallest and largest ratio of the numerator's rows, and 0 among them when some
    /// contributing rows have no numerator.
    /// </summary>
    public static RatioSums Sums(DaySums d)
    {
        var k = (int)d.XK;
        if (k == 0) return new RatioSums(0, 0, 0, 0, 0, 0, 0, 0);
        var (min, max) = (d.MinRatio ?? 0, d.MaxRatio ?? 0);
        if (d.YK < k) (min, max) = (Math.Min(min, 0), Math.Max(max, 0));
        return new RatioSums(k, d.SumY, d.SumX, d.SumYy, d.SumXx, d.SumXy, min, max);
    }
}
