using System.Security.Cryptography;
using System.Text;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.Net.Http.Headers;

namespace FramingApi.TimeSeries;

public static class TimeSeriesApi
{
    /// <summary>The tag of the series in the OpenAPI document.</summary>
    public const string Tag = "Over time";

    public static IEndpointRouteBuilder MapTimeSeries(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/timeseries", GetTimeSeries).WithName("GetTimeSeries").WithTags(Tag)
            .WithSummary("A measure per source over time")
            .WithDescription("""
                One row per source and bucket (day, week from Monday, or month; UTC) from 'from' to 'to': the number of
                articles, a topic's coverage or emphasis, the hedged / attributed / denied / asserted share of claim
                mentions (of a target and actor), the anonymous share of attributions, loaded language or any lexicon's
                category per 1,000 own-voice words — each with its 95 % interval, the articles (and mentions) it rests
                on and a low-n flag. Empty buckets are rows with total_articles 0. At most 50 sources and 1,000 buckets.
                JSON, or tidy CSV (format=csv or Accept: text/csv), with an ETag (If-None-Match answers 304 while the
                articles and their scores are unchanged). Built under the limits of a comparison rebuild (a few at once,
                and a rate per client: 503 or 429 with Retry-After beyond them).
                """)
            .Produces<TimeSeriesResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.TimeSeries));

        routes.MapGet("/attention", GetAttention).WithName("GetAttention").WithTags(Tag)
            .WithSummary("Attention to a search per source over time")
            .WithDescription("""
                Per source and bucket: all its articles, those that match a full-text search (q, as GET /api/articles?q=),
                and the share that match with its 95 % Wilson interval — attention normalised by each source's own
                volume (Media Cloud's "attention over time"). Empty buckets are rows with n_articles 0. JSON or tidy
                CSV, with an ETag. Built under the limits of a comparison rebuild (503 or 429 with Retry-After beyond them).
                """)
            .Produces<AttentionResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.Attention));
        return routes;
    }

    // Both series are read and built under the limits of a comparison rebuild (docs/RELIABILITY.md): their cost grows
    // with the articles and buckets they cover, and there is no cache to answer a repeated request without reading.
    static async Task<IResult> GetTimeSeries(HttpContext http, [AsParameters] SeriesQuery query, TimeSeriesResolver resolver, TimeSeriesStore store,
        ClientLimits limits, CancellationToken ct)
    {
        var resolved = await resolver.SeriesAsync(http, query, ct);
        if (resolved.Value is not { } request) return resolved.Invalid!;
        return await ClientLimits.RunAsync(limits.Rebuilds, http, () => SeriesAsync(http, request, store, ct), ct);
    }

    static async Task<IResult> SeriesAsync(HttpContext http, SeriesRequest request, TimeSeriesStore store, CancellationToken ct)
    {
        if (request.Filter.Metric == SeriesMetric.Articles)
        {
            // Counted in the database: no row per article.
            var (countStamp, counts) = await store.CountsAsync(request.Articles, request.Interval, null, s => IsCurrent(http, request.Key, s, request.Csv), ct);
            if (counts is null) return NotModified(http, request.Key, countStamp, request.Csv);
            var counted = TimeSeriesBuilder.Response(request, counts);
            return Answer(http, request.Key, countStamp, request.Csv, counted, () => TimeSeriesCsv.Write(counted), "timeseries");
        }
        var (stamp, data) = await store.ReadAsync(request.Articles, request.Filter, request.Interval, s => IsCurrent(http, request.Key, s, request.Csv), ct);
        if (data is null) return NotModified(http, request.Key, stamp, request.Csv);
        var response = TimeSeriesBuilder.Response(request, data);
        return Answer(http, request.Key, stamp, request.Csv, response, () => TimeSeriesCsv.Write(response), "timeseries");
    }

    static async Task<IResult> GetAttention(HttpContext http, [AsParameters] AttentionQuery query, TimeSeriesResolver resolver, TimeSeriesStore store,
        ClientLimits limits, CancellationToken ct)
    {
        var resolved = await resolver.AttentionAsync(http, query, ct);
        if (resolved.Value is not { } request) return resolved.Invalid!;
        return await ClientLimits.RunAsync(limits.Rebuilds, http, () => AttentionAsync(http, request, store, ct), ct);
    }

    static async Task<IResult> AttentionAsync(HttpContext http, AttentionRequest request, TimeSeriesStore store, CancellationToken ct)
    {
        var (stamp, counts) = await store.CountsAsync(request.Articles, request.Interval, request.Q, s => IsCurrent(http, request.Key, s, request.Csv), ct);
        if (counts is null) return NotModified(http, request.Key, stamp, request.Csv);
        var response = TimeSeriesBuilder.Response(request, counts);
        return Answer(http, request.Key, stamp, request.Csv, response, () => TimeSeriesCsv.Write(response), "attention");
    }

    // ETags as the comparisons make them: a hash of the normalised request and the stamp of the data read.
    static string ETag(HttpContext http, string key, string stamp, bool csv) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{stamp}")))[..20]}{(csv ? "-csv" : "")}{(csv && CsvCells.Requested(http) ? CsvCells.ETagSuffix : "")}\"";

    static bool IsCurrent(HttpContext http, string key, string stamp, bool csv) => ConditionalRequests.IsNotModified(http.Request, ETag(http, key, stamp, csv));

    static void Headers(HttpContext http, string key, string stamp, bool csv)
    {
        http.Response.Headers.ETag = ETag(http, key, stamp, csv);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept";
    }

    static IResult NotModified(HttpContext http, string key, string stamp, bool csv)
    {
        Headers(http, key, stamp, csv);
        return TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    static IResult Answer<T>(HttpContext http, string key, string stamp, bool csv, T response, Func<byte[]> writeCsv, string fileName)
    {
        Headers(http, key, stamp, csv);
        if (!csv) return TypedResults.Ok(response);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{fileName}.csv" }.ToString();
        return TypedResults.Bytes(CsvCells.Requested(http) ? CsvCells.EscapeFile(writeCsv()) : writeCsv(), "text/csv; charset=utf-8");
    }
}
