using FramingApi.Analysis.Statistics;
using FramingApi.Comparisons;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.TimeSeries;

/// <summary>
/// Builds the rows of a time series and of an attention series: every source × every bucket, in slug and time order,
/// an empty bucket as a row of its own; each value with its interval and support. Pure: no I/O.
/// </summary>
public static class TimeSeriesBuilder
{
    /// <summary>The time series' rows: per source and bucket, the metric over the articles published in it, from its sums.</summary>
    public static List<TimeSeriesPoint> Points(SeriesRequest request, TimeSeriesStore.SeriesData data)
    {
        var counts = CountCells(request.Buckets, request.Interval, data.Counts);
        var sums = new Dictionary<(long, int), RatioSums>();
        foreach (var c in data.Cells)
        {
            var b = Buckets.IndexOf(request.Buckets[0], c.Bucket, request.Interval);
            if (b >= 0 && b < request.Buckets.Length) sums[(c.SourceId, b)] = c.Sums;
        }
        var points = new List<TimeSeriesPoint>(request.Sources.Count * request.Buckets.Length);
        foreach (var source in request.Sources)
            for (var b = 0; b < request.Buckets.Length; b++)
            {
                var total = counts.GetValueOrDefault((source.Id, b))?.Articles ?? 0;
                var estimate = SeriesMetrics.Estimate(request.Filter, total, sums.GetValueOrDefault((source.Id, b)));
                points.Add(new TimeSeriesPoint(source.Slug, request.Buckets[b], total, estimate.Support.NArticles, estimate.Support.NMentions,
                    estimate.Value, estimate.CiLow, estimate.CiHigh, estimate.Support.LowN));
            }
        return points;
    }

    /// <summary>The rows of the article count: per source and bucket, its articles with the Poisson interval of the count.</summary>
    public static List<TimeSeriesPoint> Points(SeriesRequest request, IReadOnlyList<TimeSeriesStore.BucketCount> counts)
    {
        var byCell = CountCells(request.Buckets, request.Interval, counts);
        var points = new List<TimeSeriesPoint>(request.Sources.Count * request.Buckets.Length);
        foreach (var source in request.Sources)
            for (var b = 0; b < request.Buckets.Length; b++)
            {
                var n = byCell.GetValueOrDefault((source.Id, b))?.Articles ?? 0;
                var count = SeriesMetrics.Count(n);
                points.Add(new TimeSeriesPoint(source.Slug, request.Buckets[b], n, n, null, count.Value, count.CiLow, count.CiHigh, count.Support.LowN));
            }
        return points;
    }

    /// <summary>The attention rows: per source and bucket, all its articles, those that match, and the share with its Wilson interval.</summary>
    public static List<AttentionPoint> Attention(AttentionRequest request, IReadOnlyList<TimeSeriesStore.BucketCount> counts)
    {
        var byCell = CountCells(request.Buckets, request.Interval, counts);
        var points = new List<AttentionPoint>(request.Sources.Count * request.Buckets.Length);
        foreach (var source in request.Sources)
            for (var b = 0; b < request.Buckets.Length; b++)
            {
                var cell = byCell.GetValueOrDefault((source.Id, b));
                var (all, matching) = (cell?.Articles ?? 0, cell?.Matching ?? 0);
                var share = WilsonInterval.ForArticles(matching, all);
                points.Add(new AttentionPoint(source.Slug, request.Buckets[b], all, matching, share.Value, share.CiLow, share.CiHigh, share.Support.LowN));
            }
        return points;
    }

    /// <summary>The response of a time series.</summary>
    public static TimeSeriesResponse Response(SeriesRequest request, TimeSeriesStore.SeriesData data) =>
        Response(request, data.Lexicons, Points(request, data));

    static TimeSeriesResponse Response(SeriesRequest request, IReadOnlyList<LexiconUsed> lexicons, List<TimeSeriesPoint> points) =>
        new(TimeSeriesNames.Metrics.Name(request.Filter.Metric), TimeSeriesNames.Intervals.Name(request.Interval), request.Articles.From!.Value.UtcDateTime,
            request.Articles.To!.Value.UtcDateTime, request.Sources.Select(s => s.Slug).ToList(), request.Story, request.Filter.Topic, request.Filter.Target,
            request.Filter.Actor, request.Filter.Lexicon, request.Filter.Category, lexicons, request.Buckets.Length, points);

    /// <summary>The response of an attention series.</summary>
    public static AttentionResponse Response(AttentionRequest request, IReadOnlyList<TimeSeriesStore.BucketCount> counts) =>
        new(request.Q, request.Query, TimeSeriesNames.Intervals.Name(request.Interval), request.Articles.From!.Value.UtcDateTime, request.Articles.To!.Value.UtcDateTime,
            request.Sources.Select(s => s.Slug).ToList(), request.Story, request.Buckets.Length, Attention(request, counts));

    /// <summary>The response of an article count (the counts made in the database).</summary>
    public static TimeSeriesResponse Response(SeriesRequest request, IReadOnlyList<TimeSeriesStore.BucketCount> counts) =>
        Response(request, [], Points(request, counts));

    /// <summary>The counts by source and bucket index.</summary>
    static Dictionary<(long Source, int Bucket), TimeSeriesStore.BucketCount> CountCells(DateTime[] buckets, BucketInterval interval,
        IReadOnlyList<TimeSeriesStore.BucketCount> counts)
    {
        var cells = new Dictionary<(long, int), TimeSeriesStore.BucketCount>();
        if (buckets.Length == 0) return cells;
        foreach (var c in counts)
        {
            var b = Buckets.IndexOf(buckets[0], c.Bucket, interval);
            if (b >= 0 && b < buckets.Length) cells[(c.SourceId, b)] = c;
        }
        return cells;
    }
}
