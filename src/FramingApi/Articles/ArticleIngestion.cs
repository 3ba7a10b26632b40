using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Extraction;
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
        errors.Text(r.HtmlField ?? "html", r.Html, TextLimits.ArticleText, required: r.Html is not null, multiline: true);
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
    /// Extracts, segments and scores a validated request: what <c>POST /api/analyze</c> returns. HTML goes through
    /// <see cref="ArticleExtractor"/> (the article apart from the page's furniture, which is kept as boilerplate with
    /// the reason it was removed); text through the segmenter. Adds an error (and returns null) when the text holds no
    /// readable text or the page no article. The caller owns (and disposes) the analysed text.
    /// </summary>
    public static AnalysedArticle? Analyze(ArticleCreateRequest r, LexiconSet lexicons, FieldErrors errors)
    {
        SegmentedText composed;
        ExtractedArticle? page = null;
        if (r.Html is not null)
        {
            page = ArticleExtractor.Extract(r.Html, r.Url);
            if (!page.HasArticle)
            {
                errors.Add(r.HtmlField ?? "html", page.NoArticleReason!);
                return null;
            }
            composed = page.Compose(r.Title, r.Comments, r.Boilerplate);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(r.Text))
            {
                errors.Add("text", "Contains no readable text.");
                return null;
            }
            composed = ArticleText.Compose(new ArticleParts(r.Text, r.Title, r.Comments, r.Boilerplate));
        }
        var text = AnalyzedText.Analyze(composed);
        return new AnalysedArticle(text, lexicons.Analyzer.Analyze(text), page, RemovalReasons(page, composed, text.Segments));
    }

    /// <summary>
    /// The reason of each segment that holds a block removed from the page (null for every other segment), by the
    /// segment's index. The removed blocks are the page's first boilerplate segments, in page order (after them come
    /// the comments and boilerplate the client sent apart), so they are matched by their start offsets.
    /// </summary>
    static string?[] RemovalReasons(ExtractedArticle? page, SegmentedText composed, IReadOnlyList<Segment> segments)
    {
        var reasons = new string?[segments.Count];
        if (page is null || page.Removed.Count == 0) return reasons;
        var byStart = new Dictionary<int, string>(page.Removed.Count);
        var removed = 0;
        foreach (var segment in composed.Segments)
        {
            if (segment.Kind != SegmentKind.Boilerplate) continue;
            if (removed == page.Removed.Count) break;
            byStart.TryAdd(segment.Start, page.Removed[removed++].Reason);
        }
        for (var i = 0; i < segments.Count; i++)
            if (segments[i].Kind == SegmentKind.Boilerplate && byStart.TryGetValue(segments[i].Start, out var reason)) reasons[i] = reason;
        return reasons;
    }

    /// <summary>
    /// <see cref="Analyze"/>, and what storing the article needs besides (metadata with its provenance, content hash,
    /// word count, the comparisons' fingerprints): the record <see cref="ArticleWriter"/> stores, with the source and
    /// story already resolved.
    /// </summary>
    public static ArticleRecord? Prepare(ArticleCreateRequest r, long? sourceId, long? storyId, LexiconSet lexicons, FieldErrors errors)
    {
        if (Analyze(r, lexicons, errors) is not { } analysed) return null;
        var (analysis, scores, page) = (analysed.Text, analysed.Scores, analysed.Page);
        var metadata = ArticleMetadata.Resolve(r, page?.Metadata);
        using (analysis) // its pooled arrays go back once the fingerprints are taken; text and segments stay readable
        {
            var words = analysis.WordCount(Voice.Outlet) + analysis.WordCount(Voice.Quotation) + analysis.WordCount(Voice.Comments);
            var raw = r.Html ?? r.Text!;
            // A text body is stored as sent inside the text (after a prepended headline): kept once, as its span.
            var rawStart = page is null ? analysis.Text.IndexOf(raw, StringComparison.Ordinal) : -1;
            // A page's hash covers the article, not the furniture around it, which changes from one fetch to the next.
            var hash = page is null ? ContentHash(analysis.Text) : ContentHash(analysis.Text, analysis.Segments);
            var shingles = ArticleFingerprint.Shingles(analysis);
            return new ArticleRecord(sourceId, storyId, r.Url, metadata.Title?.Value, metadata.Author, metadata.PublishedAt?.Value,
                page is not null ? Vocabulary.ContentTypeNames.Html : Vocabulary.ContentTypeNames.Text,
                rawStart >= 0 ? null : raw, rawStart >= 0 ? rawStart : null, rawStart >= 0 ? raw.Length : null,
                metadata.Language?.Value ?? DefaultLanguage, analysis.Text, analysis.Segments, hash, words, CountsOnly(scores), lexicons,
                ScoredArticle.PackAll(analysis.Text, scores, lexicons), SearchVector.Build(analysis),
                Split(shingles, own: true), Split(shingles, own: false))
            {
                Metadata = metadata,
                RemovalReasons = analysed.RemovalReasons,
            };
        }
    }

    /// <summary>
    /// What the writer needs of the analysis besides its packed form: the word and sentence counts (article_stats, the
    /// metric summaries). The scores and evidence are stored packed (<see cref="ArticleRecord.Packed"/>), so the record
    /// does not keep their objects — a few hundred per article, held by a bulk import until its batch is written.
    /// </summary>
    static ArticleAnalysis CountsOnly(ArticleAnalysis analysis) => new(analysis.Counts, [], []);

    /// <summary>The sampled shingles of the article's own words (or of its quotations), in the order they were found.</summary>
    static long[] Split(Dictionary<long, bool> shingles, bool own)
    {
        var count = 0;
        foreach (var (_, isOwn) in shingles)
            if (isOwn == own) count++;
        var split = new long[count];
        var at = 0;
        foreach (var (hash, isOwn) in shingles)
            if (isOwn == own) split[at++] = hash;
        return split;
    }

    /// <summary>SHA-256 of the text with runs of whitespace collapsed to one space and the ends trimmed.</summary>
    public static byte[] ContentHash(string text)
    {
        var normalised = new Normalised(text.Length);
        try
        {
            normalised.Add(text);
            return normalised.Hash();
        }
        finally
        {
            normalised.Return();
        }
    }

    /// <summary>
    /// SHA-256 of what of the text is scored — the headline, lead, body and comments segments, in order — with runs
    /// of whitespace collapsed to one space, one space between segments, and the ends trimmed. Boilerplate is left
    /// out; quotations lie inside the lead and body. For a text that is one body segment this is
    /// <see cref="ContentHash(string)"/>.
    /// </summary>
    public static byte[] ContentHash(string text, IReadOnlyList<Segment> segments)
    {
        var normalised = new Normalised(text.Length);
        try
        {
            foreach (var segment in segments)
            {
                if (segment.Kind is SegmentKind.Boilerplate or SegmentKind.Quotation) continue;
                normalised.Break();
                normalised.Add(text.AsSpan(segment.Start, segment.Length));
            }
            return normalised.Hash();
        }
        finally
        {
            normalised.Return();
        }
    }

    /// <summary>
    /// The text a content hash covers, written into a pooled buffer (an article's text is hashed once per import, and
    /// a string built and encoded for it was three copies of the text to collect): white space collapsed as it comes.
    /// </summary>
    struct Normalised(int capacity)
    {
        char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        int _length;
        bool _pendingSpace;

        /// <summary>A space before what comes next, unless nothing came yet.</summary>
        public void Break() => _pendingSpace = _length > 0;

        /// <summary>
        /// Appends the text, runs of white space collapsed to one space (none before the first character). The buffer
        /// is made large enough once per call, and a printable ASCII character (nearly all) is copied without asking
        /// <see cref="char.IsWhiteSpace(char)"/>: a capacity check and that call per character were 0.06–0.07 ms of a
        /// 12 KB article's ingestion.
        /// </summary>
        public void Add(ReadOnlySpan<char> text)
        {
            // At most one space per character and the one pending before it.
            if (_length + text.Length + 1 > _chars.Length) Grow(_length + text.Length + 1);
            var chars = _chars;
            var length = _length;
            var pending = _pendingSpace;
            foreach (var c in text)
            {
                if ((uint)(c - '!') > '~' - '!' && char.IsWhiteSpace(c))
                {
                    pending = length > 0;
                    continue;
                }
                if (pending)
                {
                    chars[length++] = ' ';
                    pending = false;
                }
                chars[length++] = c;
            }
            _length = length;
            _pendingSpace = pending;
        }

        void Grow(int capacity)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(2 * _chars.Length, capacity));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        public readonly byte[] Hash()
        {
            var chars = _chars.AsSpan(0, _length);
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
            try
            {
                return SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, bytes)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        public readonly void Return() => ArrayPool<char>.Shared.Return(_chars);
    }
}

/// <summary>An analysed article: its text, its scores and, when it came as HTML, what the extractor found in the page.</summary>
/// <param name="Text">The analysed text (the caller disposes it).</param>
/// <param name="Scores">What the scorers found.</param>
/// <param name="Page">The extraction, for an article sent as html; null for text.</param>
/// <param name="RemovalReasons">Per segment of <paramref name="Text"/>: why the page's block was removed, or null.</param>
public sealed record AnalysedArticle(AnalyzedText Text, ArticleAnalysis Scores, ExtractedArticle? Page, IReadOnlyList<string?> RemovalReasons);
