using System.Net;
using System.Text;
using Dapper;
using FramingApi.Infrastructure;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Articles;

/// <summary>
/// Full-text search over the stored search vectors (<c>articles.search</c>, GIN-indexed; the article's own text:
/// <see cref="SearchVector.OwnText"/>), in web-search syntax: <c>websearch_to_tsquery('english', q)</c> — words (all
/// of them), <c>"quoted phrases"</c>, <c>or</c>, <c>-word</c>. The one place the search SQL is written: the article
/// list (<c>?q=</c>) and the attention series use these fragments.
/// </summary>
public static class SearchQuery
{
    /// <summary>The longest search accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>
    /// A search ranks at most this many of its hits: the newest, by the list's order (publication time, undated last,
    /// then id). Ranking reads each hit's whole vector (ts_rank_cd), ~0.05-0.1 ms a hit here: ranking every hit made a
    /// search of 20,000 hits take 0.7-1.9 s at 100,000 articles; this bound caps the ranking's cost however many match
    /// (docs/SCALING.md "Search").
    /// </summary>
    public const int RankedHits = 1000;

    /// <summary>The query parameter's SQL: the tsquery of <c>@q</c>.</summary>
    public const string TsQuery = $"websearch_to_tsquery('{SearchNames.Configuration}', @q)";

    /// <summary>Whether article <c>a</c> matches <c>@q</c> (the GIN index serves it).</summary>
    public const string Match = $"a.search @@ {TsQuery}";

    /// <summary>
    /// An article's rank for <c>@q</c>: cover density (ts_rank_cd: how many of the query's words occur and how close
    /// together), divided by 1 + log(the vector's length) so that long articles do not win by length alone, and
    /// scaled to [0, 1) (rank / (rank + 1)). A real (float4).
    /// </summary>
    public const string Rank = $"ts_rank_cd(a.search, {TsQuery}, 1|32)";

    const string CheckSql = $"SELECT numnode({TsQuery}) AS nodes, querytree({TsQuery}) AS tree, {TsQuery}::text AS text";

    // Markers around the matched words in ts_headline's output: private-use characters, taken out of the text first,
    // so that the snippet can be returned as plain text with offsets and as escaped HTML.
    const char Open = '\uE000';
    const char Close = '\uE001';

    // One short excerpt per hit, from the own text: up to two fragments of at most 24 words (at least 12 around the
    // matches), the parts joined by " … ". Only the page's hits are headlined (each parses its text again).
    const string HeadlineOptions = "MaxFragments=2, MaxWords=24, MinWords=12, ShortWord=3, StartSel=\uE000, StopSel=\uE001, FragmentDelimiter=\" … \"";

    const string SnippetsSql = $"""
        SELECT x.id, ts_headline('{SearchNames.Configuration}', translate(article_own_text(x.id), E'\uE000\uE001', '  '), {TsQuery}, @options)
        FROM unnest(@ids::bigint[]) AS x(id)
        """;

    /// <summary>
    /// A read-only transaction in which the search's hits are found through the GIN index, until <see cref="EndIndexOnlyAsync"/>: the planner, which
    /// does not count the cost of reading a vector out of TOAST, otherwise prefers to walk the table (or the list's
    /// index) testing each article's vector — 0.16-0.37 s at 100,000 articles against 18 ms for the index (the count of
    /// a 20,001-hit search; docs/PERFORMANCE.md). Bitmap scans stay allowed, on any index.
    /// </summary>
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct);
        await conn.ExecuteAsync(new CommandDefinition("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", tx, cancellationToken: ct));
        return tx;
    }

    /// <summary>Plans the rest of the transaction as usual again (index scans by id, for the page's rows and snippets).</summary>
    public static Task EndIndexOnlyAsync(NpgsqlConnection conn, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = on", cancellationToken: ct));

    /// <summary>Checks the form of <c>q</c> (length, characters): an error naming it.</summary>
    public static void CheckForm(string? q, FieldErrors errors, bool required)
    {
        if (q is null) { if (required) errors.Add("q", "Required: the words to search for, e.g. q=cluster munitions."); return; }
        errors.Text("q", q, MaxLength, required: true);
    }

    /// <summary>
    /// The query as PostgreSQL reads it, or null with an error naming <c>q</c>: a search of only stop words ("the",
    /// "of") or punctuation finds nothing to look for; a search of only excluded words (<c>-word</c>) would match
    /// nearly every article without the index, so it needs a word to find too.
    /// </summary>
    public static async Task<string?> ParseAsync(NpgsqlConnection conn, string q, FieldErrors errors, CancellationToken ct)
    {
        var check = await conn.QuerySingleAsync<(int Nodes, string Tree, string Text)>(new CommandDefinition(CheckSql, new { q }, cancellationToken: ct));
        if (check.Nodes == 0)
            errors.Add("q", "No word to search for: the search holds only stop words (the, of, and …) or punctuation.");
        else if (check.Tree == "T")
            errors.Add("q", "Give a word to find, not only words to exclude (-word): e.g. q=\"war crimes\" -alleged.");
        else
            return check.Text;
        return null;
    }

    /// <summary>A highlighted excerpt of a hit's own text.</summary>
    public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights, string Html);

    /// <summary>The excerpts of some articles for <c>@q</c> (ts_headline over their own text), by article id.</summary>
    public static async Task<Dictionary<long, Snippet>> SnippetsAsync(NpgsqlConnection conn, string q, IReadOnlyCollection<long> ids,
        CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await conn.QueryAsync<(long Id, string Headline)>(new CommandDefinition(SnippetsSql,
            new { q, ids = ids.ToArray(), options = HeadlineOptions }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => Parse(r.Headline));
    }

    /// <summary>
    /// ts_headline's output, markers and all, as plain text with the matched stretches' offsets (UTF-16 code units),
    /// and as HTML: the text escaped, each match in <c>&lt;mark&gt;</c>.
    /// </summary>
    public static Snippet Parse(string headline)
    {
        var text = new StringBuilder(headline.Length);
        var highlights = new List<Highlight>();
        var start = -1;
        foreach (var c in headline)
        {
            if (c == Open) { if (start < 0) start = text.Length; }
            else if (c == Close) { if (start >= 0) highlights.Add(new Highlight(start, text.Length)); start = -1; }
            else text.Append(c);
        }
        if (start >= 0) highlights.Add(new Highlight(start, text.Length));
        var plain = text.ToString();
        var html = new StringBuilder(plain.Length + 13 * highlights.Count);
        var at = 0;
        foreach (var h in highlights)
        {
            html.Append(WebUtility.HtmlEncode(plain[at..h.Start])).Append("<mark>").Append(WebUtility.HtmlEncode(plain[h.Start..h.End])).Append("</mark>");
            at = h.End;
        }
        html.Append(WebUtility.HtmlEncode(plain[at..]));
        return new Snippet(plain, highlights, html.ToString());
    }
}

/// <summary>A matched stretch of a snippet: [start, end) in UTF-16 code units.</summary>
public sealed record Highlight(
    [property: System.ComponentModel.Description("First character of the match in snippet (UTF-16 code units).")] int Start,
    [property: System.ComponentModel.Description("End of the match (exclusive).")] int End);
