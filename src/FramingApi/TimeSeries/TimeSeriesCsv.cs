using System.Globalization;
using System.Text;
using CsvHelper;
using FramingApi.Infrastructure;

namespace FramingApi.TimeSeries;

/// <summary>
/// The series as tidy CSV: one row per source and bucket, the JSON rows' fields as columns (stable names, header
/// first), times in ISO 8601 UTC, numbers in the shortest form that reads back as the same double, empty for null.
/// </summary>
public static class TimeSeriesCsv
{
    public static readonly string[] SeriesColumns =
        ["source", "bucket_start", "metric", "total_articles", "n_articles", "n_mentions", "value", "ci_low", "ci_high", "low_n"];

    public static readonly string[] AttentionColumns =
        ["source", "bucket_start", "n_articles", "n_matching", "share", "ci_low", "ci_high", "low_n"];

    public static byte[] Write(TimeSeriesResponse series) => Write(SeriesColumns, series.Items, (p, csv) =>
    {
        csv.WriteField(p.Source);
        csv.WriteField(Time(p.BucketStart));
        csv.WriteField(series.Metric);
        csv.WriteField(Number(p.TotalArticles));
        csv.WriteField(Number(p.NArticles));
        csv.WriteField(Number(p.NMentions));
        csv.WriteField(Number(p.Value));
        csv.WriteField(Number(p.CiLow));
        csv.WriteField(Number(p.CiHigh));
        csv.WriteField(p.LowN ? "true" : "false");
    });

    public static byte[] Write(AttentionResponse attention) => Write(AttentionColumns, attention.Items, (p, csv) =>
    {
        csv.WriteField(p.Source);
        csv.WriteField(Time(p.BucketStart));
        csv.WriteField(Number(p.NArticles));
        csv.WriteField(Number(p.NMatching));
        csv.WriteField(Number(p.Share));
        csv.WriteField(Number(p.CiLow));
        csv.WriteField(Number(p.CiHigh));
        csv.WriteField(p.LowN ? "true" : "false");
    });

    static byte[] Write<T>(string[] columns, IEnumerable<T> rows, Action<T, CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, CsvCells.WriterOptions, true))
        {
            foreach (var column in columns) csv.WriteField(column);
            csv.EndRecord();
            foreach (var row in rows)
            {
                write(row, csv);
                csv.EndRecord();
            }
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    static string Time(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    static string Number(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
}
