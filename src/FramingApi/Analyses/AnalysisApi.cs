using System.ComponentModel;
using System.Text;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.Lexicons;
using static FramingApi.Infrastructure.Vocabulary;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Analyses;

public static class AnalysisApi
{
    /// <summary>Evidence spans POST /api/analyze returns unless the request asks for another number.</summary>
    public const int DefaultEvidenceLimit = 1_000;

    /// <summary>The most evidence spans one POST /api/analyze may ask for.</summary>
    public const int MaxEvidenceLimit = 20_000;

    /// <summary>
    /// The bytes of JSON the returned spans may take beyond twice the analysed text (UTF-8): 512 KB, about 1,700
    /// spans. Dense matches in a short text, or a lexicon whose entries all match one long token, cannot make the
    /// answer grow without end (docs/RELIABILITY.md: the answer stays within 25 times its request plus 1 MB).
    /// </summary>
    public const int EvidenceByteAllowance = 512 * 1024;

    /// <summary>The JSON of a span without its strings, at most: field names, numbers, nulls (measured: 244 bytes).</summary>
    const int SpanOverheadBytes = 300;

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/articles/{id:long}/analysis", GetArticleAnalysis).WithName("GetArticleAnalysis").WithTags("Analysis")
            .WithSummary("An article's scores and evidence")
            .WithDescription("""
                The stored analysis of an article: word counts by voice, every category score (per lexicon version and
                voice scope: hits, per 1,000 words, sentence share, position-weighted emphasis, first mention,
                covered) and every evidence span (category, matched text, start, end, sentence, voice, and for claims
                target, actor, framing and marker). Filter with lexicon, category and voice. claims_summary sums the
                claim mentions up per target, actor and voice (the count of each framing and the dominant one: more
                than half of the mentions, else mixed), claims_by_actor per actor and voice over all targets.
                """)
            .WithExamples(null, (200, Examples.Analysis));

        routes.MapPost("/analyze", Analyze).WithName("Analyze").WithTags("Analysis").WithCost(RequestCost.Analyze)
            .WithRequestSizeLimit(ArticleLimits.MaxArticleBodyBytes)
            .Accepts<AnalyzeRequest>(ArticleBody.ContentTypes[0], ArticleBody.ContentTypes[1..])
            .WithSummary("Analyse a text without storing it")
            .WithDescription("""
                Takes the body of POST /api/articles (text or html, optional title, comments and boilerplate, and the
                article's metadata) and runs the whole pipeline on it (extraction, segmentation, tokens, lexicons,
                scorers) exactly as ingestion would, answering as GET /api/articles/{id}/analysis does, with the
                analysed text and its segments. Nothing is stored and no API key is needed: source, story, url,
                author, published_at and language are checked as at creation and then ignored, so slugs need not
                exist. Uses every lexicon's latest version, or only the one named in 'lexicon', and the server's
                emphasis weights unless 'emphasis' gives others for this request. A web page can be sent as its
                bytes with Content-Type text/html (or application/xhtml+xml), as for POST /api/articles, with the
                other fields (lexicon and lexicon_version too) as query parameters. Bounded: the first 1,000 evidence
                spans in text order (evidence_limit asks for another number, up to 20,000; evidence_total says how
                many there are), and the whole answer within 25 times the request plus 1 MB. Analyses run a few at a
                time and the rest wait their turn (503 with Retry-After when the queue is full); a client over its
                rate limit gets 429 with Retry-After (docs/RELIABILITY.md).
                """)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(Examples.AnalyzeRequest, (200, Examples.Analysis))
            .WithPageBodyExample(Examples.Page, ArticleBody.PageContentTypes);
        return routes;
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> GetArticleAnalysis(
        [Description("Article id.")] long id, AnalysisStore store, LexiconsStore lexicons, Comparisons.ComparisonsStore keys, CancellationToken ct,
        [Description("Only this lexicon (name).")] string? lexicon = null,
        [Description("Only this category key.")] string? category = null,
        [NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Scopes)), Description("Only this voice: outlet, quotation, comments (evidence) or article (scores).")] string? voice = null)
    {
        var errors = new FieldErrors();
        errors.OneOf("voice", voice, VoiceNames.Scopes);
        if (errors.Any) return Problems.Invalid(errors);
        if (await store.ReadAsync(id, lexicon, category, voice, ct) is not { } analysis) return Problems.NotFound($"No article {id}.");
        if (lexicon is not null && !await lexicons.ExistsAsync(lexicon, ct))
        {
            // As every filter that names nothing: say which names there are (README "Errors").
            var known = (await keys.LexiconKeysAsync(ct)).Select(k => k.Name).Distinct();
            errors.Add("lexicon", SlugIds.UnknownLexicon(lexicon, known));
            return Problems.Invalid(errors);
        }
        // A category that found nothing may be a typo: an unknown one is an error, not an empty analysis.
        if (category is not null && analysis.Scores.Count == 0 && analysis.Evidence.Count == 0)
        {
            errors.Known("category", category, (await keys.LexiconKeysAsync(ct)).Where(k => lexicon is null || k.Name == lexicon).Select(k => k.Key));
            if (errors.Any) return Problems.Invalid(errors);
        }
        return TypedResults.Ok(analysis.WithClaimsSummary());
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> Analyze(
        HttpContext http, [AsParameters] AnalyzePageQuery page, AnalyzerProvider analyzers, LexiconsStore lexicons, CancellationToken ct)
    {
        // The checks of article creation, without resolving source and story: nothing is stored, so they need not exist.
        var errors = new FieldErrors();
        var request = await ArticleBody.ReadAsync<AnalyzeRequest>(http.Request, page, errors, ct);
        if (request is null) return Problems.Invalid(errors);
        ArticleIngestion.Validate(request, errors);
        if (request.LexiconVersion is not null && request.Lexicon is null) errors.Add("lexicon_version", "Needs 'lexicon'.");
        if (request.EvidenceLimit is < 0 or > MaxEvidenceLimit) errors.Add("evidence_limit", $"Must be between 0 and {MaxEvidenceLimit:N0}.");
        var weights = Weights(request.Emphasis, analyzers.Weights, errors);
        if (errors.Any) return Problems.Invalid(errors);

        LexiconSet set;
        if (request.Lexicon is { } name)
        {
            if (await lexicons.FindAsync(name, request.LexiconVersion, ct) is not { } found)
            {
                if (request.LexiconVersion is null) errors.Add("lexicon", $"No lexicon {Echo.Quote(name)}.");
                else errors.Add("lexicon_version", $"No version {request.LexiconVersion} of lexicon {Echo.Quote(name)}.");
                return Problems.UnknownReference(errors, "The request names a lexicon or lexicon version that does not exist.");
            }
            set = (await analyzers.VersionAsync(found.Detail.Version.Id, ct))!;
        }
        else
        {
            set = await analyzers.ActiveAsync(ct);
        }

        set = set with { Analyzer = set.Analyzer.WithWeights(weights) };
        // Scored only: no content hash or comparison fingerprints, which only storing needs.
        if (ArticleIngestion.Analyze(request, set, errors) is not { } analysed) return Problems.Invalid(errors);
        using var text = analysed.Text; // its pooled arrays go back once the response is built
        return TypedResults.Ok(Response(text, analysed.Scores, set, analysed.RemovalReasons, request.EvidenceLimit ?? DefaultEvidenceLimit));
    }

    /// <summary>The server's emphasis weights with the request's overrides; an error names a bad one.</summary>
    static EmphasisWeights Weights(EmphasisRequest? request, EmphasisWeights server, FieldErrors errors)
    {
        if (request is null) return server;
        var weights = new EmphasisWeights(request.Headline ?? server.Headline, request.Lead ?? server.Lead, request.Body ?? server.Body,
            request.PositionBoost ?? server.PositionBoost);
        if (weights.Problem() is { } problem) errors.Add("emphasis." + problem.Field, problem.Message);
        return weights;
    }

    /// <summary>
    /// The answer for an analysis that is not stored: what ingestion would store, with the text and its segments, and
    /// the first evidence spans (<see cref="FirstSpans"/>; the claims summaries count them all).
    /// </summary>
    static AnalysisResponse Response(AnalyzedText text, ArticleAnalysis analysis, LexiconSet set, IReadOnlyList<string?> reasons,
        int evidenceLimit)
    {
        var c = analysis.Counts;
        var (byTarget, byActor) = ClaimSummaries.Of(analysis.Evidence.Select(e => (set.VersionOf(e.Lexicon).Name, e)));
        return new AnalysisResponse(null,
            new VoiceCountsDto(c.OutletWords, c.QuotationWords, c.CommentWords, c.OutletSentences, c.QuotationSentences, c.CommentSentences),
            set.Versions.Select(v => new LexiconVersionDto(v.Name, v.Kind, v.Id, v.Version, v.ContentHash)).ToList(),
            analysis.Scores.Select(s => new ScoreDto(set.VersionOf(s.Lexicon).Name, set.VersionOf(s.Lexicon).Id, s.Category,
                VoiceNames.Scopes.Name(s.Voice), s.Hits, s.WeightedHits, s.Per1000Words, s.SentenceShare, s.Emphasis, s.FirstMention, s.Covered)).ToList(),
            FirstSpans(text.Text, analysis.Evidence, set, evidenceLimit),
            text.Text,
            text.Segments.Select((s, i) => new SegmentResponse(SegmentNames.Map.Name(s.Kind), s.Start, s.End, i < reasons.Count ? reasons[i] : null)).ToList())
        {
            ClaimsSummary = byTarget,
            ClaimsByActor = byActor,
            EvidenceTotal = analysis.Evidence.Count,
        };
    }

    /// <summary>
    /// The first spans in text order, at most <paramref name="limit"/>, and only while their JSON adds up to at most
    /// twice the text's UTF-8 bytes plus <see cref="EvidenceByteAllowance"/>: what bounds the answer by its request.
    /// </summary>
    static List<EvidenceDto> FirstSpans(string text, IReadOnlyList<Evidence> all, LexiconSet set, int limit)
    {
        var budget = 2L * Encoding.UTF8.GetByteCount(text) + EvidenceByteAllowance;
        var spans = new List<EvidenceDto>(Math.Min(limit, all.Count));
        foreach (var e in all.OrderBy(e => e.Start))
        {
            if (spans.Count >= limit) break;
            var span = EvidenceOf(text, e, set);
            budget -= SpanOverheadBytes + Bytes(span.Lexicon) + Bytes(span.Category) + Bytes(span.Term) + Bytes(span.Matched)
                + Bytes(span.Marker) + Bytes(span.Target) + Bytes(span.Actor);
            if (budget < 0) break;
            spans.Add(span);
        }
        return spans;

        static int Bytes(string? s) => s is null ? 0 : Encoding.UTF8.GetByteCount(s);
    }

    static EvidenceDto EvidenceOf(string text, Evidence e, LexiconSet set)
    {
        var (markerStart, markerEnd) = EvidenceMarker.Span(e);
        var version = set.VersionOf(e.Lexicon);
        return new EvidenceDto(version.Name, version.Id, e.Category, e.Term, text[e.Start..e.End], e.Start, e.End, e.Sentence,
            VoiceNames.Voices.Name(e.Voice), SegmentNames.Map.Name(e.Segment),
            e.Claim?.Target, e.Claim?.Actor, e.Claim is { } claim ? FramingNames.Map.Name(claim.Framing) : null,
            EvidenceMarker.Text(text, e), markerStart, markerEnd,
            e.Attribution is { } at ? AttributionNames.Map.Name(at.Kind) : null, e.Claim?.Detector);
    }
}
