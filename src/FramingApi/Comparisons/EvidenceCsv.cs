using System.Globalization;
using System.Text;
using CsvHelper;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace FramingApi.Comparisons;

/// <summary>
/// A page of comparison evidence as CSV: one row per span, the JSON item's fields as columns in the JSON's order and
/// names, written as the other CSVs are (UTF-8 without a byte order mark, LF, RFC 4180 quoting; docs/COMPARISON.md).
/// The page's place in the whole is in headers, since a CSV has nowhere else for it: <c>X-Total-Count</c> (spans over
/// all pages) and a <c>Link</c> to the next and previous pages (RFC 8288).
/// </summary>
public static class EvidenceCsv
{
    /// <summary>The JSON item's names, in its order (the record's parameters, snake_case as the API writes them).</summary>
    public static readonly string[] Columns = typeof(ComparisonEvidence).GetConstructors()[0].GetParameters()
        .Select(p => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)).ToArray();

    public const string TotalHeader = "X-Total-Count";

    public static byte[] Write(IReadOnlyList<ComparisonEvidence> items, bool escape)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, CsvCells.WriterOptions, true))
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.EndRecord();
            string T(string? value) => CsvCells.Text(value, escape) ?? "";
            static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
            // The values in the order of Columns (EvidenceCsvTests holds the two to the JSON).
            foreach (var e in items)
            {
                foreach (var field in (string[])[N(e.ArticleId), T(e.Title), T(e.Source), T(e.Lexicon), N(e.LexiconVersionId), T(e.Category),
                    T(e.Matched), N(e.Start), N(e.End), N(e.Sentence), T(e.Voice), T(e.Segment), T(e.Target), T(e.Actor), T(e.Framing),
                    T(e.Marker), T(e.Attribution), T(e.Context), N(e.MarkerStart), N(e.MarkerEnd)])
                    csv.WriteField(field);
                csv.EndRecord();
            }
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The page as a CSV download, with its total and links to its neighbours.</summary>
    public static FileContentHttpResult Answer(HttpContext http, Paged<ComparisonEvidence> page, string name, bool escape)
    {
        var headers = http.Response.Headers;
        headers[TotalHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        headers.Vary = "Accept";
        var links = new List<string>();
        if (page.Page < page.TotalPages) links.Add($"<{PageUrl(http.Request, page.Page + 1)}>; rel=\"next\"");
        if (page.Page > 1 && page.TotalPages > 0) links.Add($"<{PageUrl(http.Request, Math.Min(page.Page - 1, page.TotalPages))}>; rel=\"prev\"");
        if (links.Count > 0) headers.Link = string.Join(", ", links);
        return TypedResults.File(Write(page.Items, escape), "text/csv; charset=utf-8", $"{name}-page-{page.Page}.csv");
    }

    /// <summary>This request's path and query with another page number (relative to the server, as the API's links are).</summary>
    static string PageUrl(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}
