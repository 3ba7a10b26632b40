using System.Security.Cryptography;
using System.Text;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Infrastructure;

namespace FramingApi.Articles;

/// <summary>Validation and preparation of incoming articles, shared by the single and bulk endpoints and the seeds.</summary>
public static class ArticleIngestion
{

    /// <summary>The language of an article sent without one: the built-in lexicons are English.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>Field checks that need no database. Slugs are only checked for form here.</summary>
    public static void Validate(ArticleCreateRequest r, FieldErrors errors)
    {
        if (r.Text is null && r.Html is null) errors.Add("text", "Required: send the article as 'text' (or as 'html').");
        else if (r.Text is not null && r.Html is not null) errors.Add("text", "Send either 'text' or 'html', not both.");
        errors.Text("text", r.Text, TextLimits.ArticleText, required: r.Text is not null, multiline: true);
        errors.Text("html", r.Html, TextLimits.ArticleText, required: r.Html is not null, multiline: true);
        errors.Url("url", r.Url);
        errors.Text("title", r.Title, TextLimits.ArticleTitle);
        errors.Text("author", r.Author, TextLimits.Author);
        errors.Slug("source", r.Source, required: false);
        errors.Slug("story", r.Story, required: false);
        if (r.Language is { } lang && (lang.Length is < 2 or > 3 || !lang.All(char.IsAsciiLetterLower)))
            errors.Add("language", "Must be an ISO 639-1 code in lower case, e.g. 'en'.");
        if (r.PublishedAt is { Year: < QueryValues.MinYear or > QueryValues.MaxYear })
            errors.Add("published_at", $"Must be between the years {QueryValues.MinYear} and {QueryValues.MaxYear}.");
        CheckParts("comments", r.Comments, errors);
        CheckParts("boilerplate", r.Boilerplate, errors);
    }

    static void CheckParts(string field, string[]? parts, FieldErrors errors)
    {
        if (parts is null) return;
        if (parts.Length > TextLimits.ArticleParts) { errors.Add(field, $"At most {TextLimits.ArticleParts:N0} items."); return; }
        for (var i = 0; i < parts.Length; i++) errors.Text($"{field}[{i}]", parts[i], TextLimits.ArticleText, required: true, multiline: true);
    }

    /// <summary>
    /// Extracts, segments and scores a validated request: what <c>POST /api/analyze</c> returns. Adds an error (and
    /// returns null) when the text or HTML holds no readable text. The caller owns (and disposes) the analysed text.
    /// </summary>
    public static (AnalyzedText Text, ArticleAnalysis Scores)? Analyze(ArticleCreateRequest r, LexiconSet lexicons, FieldErrors errors)
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
    /// <see cref="Analyze"/>, and what storing the article needs besides (content hash, word count, the comparisons'
    /// fingerprints): the record <see cref="ArticleWriter"/> stores, with the source and story already resolved.
    /// </summary>
    public static ArticleRecord? Prepare(ArticleCreateRequest r, long? sourceId, long? storyId, LexiconSet lexicons, FieldErrors errors)
    {
        if (Analyze(r, lexicons, errors) is not { } analysed) return null;
        var (analysis, scores) = analysed;
        using (analysis) // its pooled arrays go back once the fingerprints are taken; text and segments stay readable
        {
            var words = analysis.WordCount(Voice.Outlet) + analysis.WordCount(Voice.Quotation) + analysis.WordCount(Voice.Comments);
            return new ArticleRecord(sourceId, storyId, r.Url, r.Title, r.Author, r.PublishedAt,
                r.Html is not null ? Vocabulary.ContentTypeNames.Html : Vocabulary.ContentTypeNames.Text, r.Html ?? r.Text!,
                r.Language ?? DefaultLanguage, analysis.Text, analysis.Segments, ContentHash(analysis.Text), words, scores, lexicons,
                ArticleFingerprint.TermCounts(analysis), ArticleFingerprint.Shingles(analysis));
        }
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
}
