using Dapper;
using FramingApi.Analysis.Statistics;
using FramingApi.Comparisons;
using Npgsql;

namespace FramingApi.TimeSeries;

/// <summary>
/// Reads a series without a story from the per-source, per-UTC-day rollups (migration 0043, docs/SCALING.md "Per-day
/// rollups"): the articles per source and day (<c>article_days</c>) and the sums of the metric summaries per lexicon
/// version, source, day and part (<c>metric_summary_days</c>), summed per bucket in the database — one row per source,
/// day and part read, whatever the number of articles. The answer is the per-article one (<see cref="TimeSeriesStore"/>):
/// every sum is additive over days, and the smallest and largest ratio of a cell are its days'.
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

    // Per source, bucket, version and kind of entry (x_code, y_code: (0, 0) the rows, (x, 0) the denominator, (x, y) the
    // numerator with it) the sums of its days: one primary-key range per version, entry and source.
    const string SumsSql = """
        SELECT d.source_id, date_trunc(@unit, d.day::timestamp) AS bucket, d.lexicon_version_id AS version, d.x_code, d.y_code,
               sum(d.n)::bigint AS n, sum(d.k)::bigint AS k, sum(d.sum_y) AS sum_y, sum(d.sum_x) AS sum_x, sum(d.sum_yy) AS sum_yy,
               sum(d.sum_xx) AS sum_xx, sum(d.sum_xy) AS sum_xy, min(d.min_ratio) AS min_ratio, max(d.max_ratio) AS max_ratio,
               sum(d.id_sum)::bigint AS id_sum
        FROM unnest(@versionIds::bigint[]) AS v(id)
        CROSS JOIN (VALUES (0, 0), (@xCode, 0), (@xCode, @yCode)) AS c(x_code, y_code)
        CROSS JOIN unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN metric_summary_days d ON d.lexicon_version_id = v.id AND d.x_code = c.x_code AND d.y_code = c.y_code
             AND d.source_id = q.source_id AND d.day >= @fromDay AND d.day <= @toDay
        GROUP BY 1, 2, 3, 4, 5
        """;

    /// <summary>The rollup sums of one entry in one source, bucket and lexicon version.</summary>
    public sealed record EntryRow(long SourceId, DateTime Bucket, long Version, int XCode, int YCode, long N, long K, double SumY, double SumX,
        double SumYy, double SumXx, double SumXy, double? MinRatio, double? MaxRatio, long IdSum);

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

    /// <summary>The entries of a metric's two parts (<paramref name="yCode"/> / <paramref name="xCode"/>) per source, bucket and version.</summary>
    public static async Task<List<EntryRow>> SumsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ArticleSet set, string unit, long[] versionIds,
        int yCode, int xCode, CancellationToken ct)
    {
        var args = Args(set, unit);
        args.AddDynamicParams(new { versionIds, yCode, xCode });
        return (await conn.QueryAsync<EntryRow>(new CommandDefinition(SumsSql, args, tx, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// One source, bucket and version's sums from its entries: k, Σx, Σx² of the denominator; Σy, Σy², Σxy of the
    /// numerator (its rows with a denominator); the smallest and largest ratio of the numerator's rows, and 0 among them
    /// when some contributing rows have no numerator.
    /// </summary>
    public static RatioSums Sums(EntryRow? denominator, EntryRow? numerator)
    {
        var k = (int)(denominator?.K ?? 0);
        if (k == 0) return new RatioSums(0, 0, 0, 0, 0, 0, 0, 0);
        var withY = numerator?.K ?? 0;
        var (min, max) = (numerator?.MinRatio ?? 0, numerator?.MaxRatio ?? 0);
        if (withY < k) (min, max) = (Math.Min(min, 0), Math.Max(max, 0));
        return new RatioSums(k, numerator?.SumY ?? 0, denominator!.SumX, numerator?.SumYy ?? 0, denominator.SumXx, numerator?.SumXy ?? 0, min, max);
    }
}
