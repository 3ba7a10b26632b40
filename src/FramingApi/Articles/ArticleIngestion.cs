using System.Security.Cryptography;
using System.Text;
using FramingApi.Analysis;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Infrastructure;

namespace FramingApi.Articles;

/// <summary>An article validated and analysed, ready to be written; everything here is computed without I/O.</summary>
public sealed record PreparedArticle(
    ArticleCreateRequest Request,
    string ContentType,
    string Raw,
    AnalyzedText Analysis,
    byte[] ContentHash,
    int WordCount,
    string Language,
    ArticleAnalysis Scores,
    LexiconSet Lexicons,
    Dictionary<string, int> Terms,
    Dictionary<long, bool> Shingles)
{
    public string Text => Analysis.Text;
}

/// <summary>Validation and preparation of incoming articles, shared by the single and bulk endpoints and the seeds.</summary>
public static class ArticleIngestion
{
    public const int MaxTextChars = 2_000_000;
    public const int MaxParts = 10_000;

    /// <summary>Field checks that need no database. Slugs are only checked for form here.</summary>
    public static void Validate(ArticleCreateRequest r, FieldErrors errors)
    {
        if (r.Text is null && r.Html is null) errors.Add("text", "Required: send the article as 'text' (or as 'html').");
        else if (r.Text is not null && r.Html is not null) errors.Add("text", "Send either 'text' or 'html', not both.");
        errors.Text("text", r.Text, MaxTextChars, required: r.Text is not null, multiline: true);
        errors.Text("html", r.Html, MaxTextChars, required: r.Html is not null, multiline: true);
        errors.Url("url", r.Url);
        errors.Text("title", r.Title, 1000);
        errors.Text("author", r.Author, 300);
        errors.Slug("source", r.Source, required: false);
        errors.Slug("story", r.Story, required: false);
        if (r.Language is { } lang && (lang.Length is < 2 or > 3 || !lang.All(char.IsAsciiLetterLower)))
            errors.Add("language", "Must be an ISO 639-1 code in lower case, e.g. 'en'.");
        if (r.PublishedAt is { } at && (at.Year < 1800 || at.Year > 2200))
            errors.Add("published_at", "Must be between the years 1800 and 2200.");
        CheckParts("comments", r.Comments, errors);
        CheckParts("boilerplate", r.Boilerplate, errors);
    }

    static void CheckParts(string field, string[]? parts, FieldErrors errors)
    {
        if (parts is null) return;
        if (parts.Length > MaxParts) { errors.Add(field, $"At most {MaxParts:N0} items."); return; }
        for (var i = 0; i < parts.Length; i++) errors.Text($"{field}[{i}]", parts[i], MaxTextChars, required: true, multiline: true);
    }

    /// <summary>
    /// Extracts, segments and scores a validated request: what <c>POST /api/analyze</c> returns. Adds an error (and
    /// returns null) when the text or HTML holds no readable text.
    /// </summary>
    public static (AnalyzedText Text, ArticleAnalysis Scores)? Analyse(ArticleCreateRequest r, LexiconSet lexicons, FieldErrors errors)
    {
        var body = r.Html is not null ? HtmlText.Extract(r.Html) : r.Text!;
        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(r.Html is not null ? "html" : "text", "Contains no readable text.");
            return null;
        }
        var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body, r.Title, r.Comments, r.Boilerplate)));
        return (text, lexicons.Analyzer.Analyze(text));
    }

    /// <summary>
    /// <see cref="Analyse"/>, and what storing the article needs besides: content hash, word count and the
    /// fingerprints of the comparisons (term counts, shingles).
    /// </summary>
    public static PreparedArticle? Prepare(ArticleCreateRequest r, LexiconSet lexicons, FieldErrors errors)
    {
        if (Analyse(r, lexicons, errors) is not { } analysed) return null;
        var (analysis, scores) = analysed;
        var contentType = r.Html is not null ? "html" : "text";
        var raw = r.Html ?? r.Text!;
        var words = analysis.WordCount(Voice.Outlet) + analysis.WordCount(Voice.Quotation) + analysis.WordCount(Voice.Comments);
        return new PreparedArticle(r, contentType, raw, analysis, ContentHash(analysis.Text), words, r.Language ?? "en", scores, lexicons,
            ArticleFingerprint.TermCounts(analysis), ArticleFingerprint.Shingles(analysis));
    }

    /// <summary>SHA-256 of the text with runs of whitespace collapsed to one space and the ends trimmed.</summary>
    public static byte[] ContentHash(string text)
    {
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = normalised.Length > 0; continue; }
            if (pendingSpace) { normalised.Append(' '); pendingSpace = false; }
            normalised.Append(c);
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString()));
    }

    public static string SegmentKindName(SegmentKind kind) => kind switch
    {
        SegmentKind.Headline => "headline",
        SegmentKind.Lead => "lead",
        SegmentKind.Body => "body",
        SegmentKind.Quotation => "quotation",
        SegmentKind.Boilerplate => "boilerplate",
        SegmentKind.Comments => "comments",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
