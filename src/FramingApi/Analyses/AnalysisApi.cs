using System.ComponentModel;
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
    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/articles/{id:long}/analysis", GetArticleAnalysis).WithName("GetArticleAnalysis").WithTags("Analysis")
            .WithSummary("An article's scores and evidence")
            .WithDescription("""
                The stored analysis of an article: word counts by voice, every category score (per lexicon version and
                voice scope: hits, per 1,000 words, sentence share, position-weighted emphasis, first mention,
                covered) and every evidence span (category, matched text, start, end, sentence, voice, and for claims
                target, actor, framing and marker). Filter with lexicon, category and voice.
                """)
            .WithExamples(null, (200, Examples.Analysis));

        routes.MapPost("/analyze", Analyze).WithName("Analyze").WithTags("Analysis").WithCost(RequestCost.Analyze)
            .WithRequestSizeLimit(ArticleLimits.MaxArticleBodyBytes)
            .WithSummary("Analyse a text without storing it")
            .WithDescription("""
                Takes the body of POST /api/articles (text or html, optional title, comments and boilerplate, and the
                article's metadata) and runs the whole pipeline on it (extraction, segmentation, tokens, lexicons,
                scorers) exactly as ingestion would, answering as GET /api/articles/{id}/analysis does, with the
                analysed text and its segments. Nothing is stored and no API key is needed: source, story, url,
                author, published_at and language are checked as at creation and then ignored, so slugs need not
                exist. Uses every lexicon's latest version, or only the one named in 'lexicon', and the server's
                emphasis weights unless 'emphasis' gives others for this request.
                """)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(Examples.AnalyzeRequest, (200, Examples.Analysis));
        return routes;
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> GetArticleAnalysis(
        [Description("Article id.")] long id, AnalysisStore store, LexiconsStore lexicons, CancellationToken ct,
        [Description("Only this lexicon (name).")] string? lexicon = null,
        [Description("Only this category key.")] string? category = null,
        [Description("Only this voice: outlet, quotation, comments (evidence) or article (scores).")] string? voice = null)
    {
        var errors = new FieldErrors();
        if (voice is not null && !VoiceNames.Scopes.IsKnown(voice))
            errors.Add("voice", $"Must be one of: {string.Join(", ", VoiceNames.Scopes.Names)}.");
        if (errors.Any) return Problems.Invalid(errors);
        if (await store.ReadAsync(id, lexicon, category, voice, ct) is not { } analysis) return Problems.NotFound($"No article {id}.");
        if (lexicon is not null && !await lexicons.ExistsAsync(lexicon, ct))
        {
            errors.Add("lexicon", $"No lexicon '{lexicon}'.");
            return Problems.Invalid(errors);
        }
        return TypedResults.Ok(analysis);
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> Analyze(
        AnalyzeRequest request, AnalyzerProvider analyzers, LexiconsStore lexicons, CancellationToken ct)
    {
        // The checks of article creation, without resolving source and story: nothing is stored, so they need not exist.
        var errors = new FieldErrors();
        ArticleIngestion.Validate(request, errors);
        if (request.LexiconVersion is not null && request.Lexicon is null) errors.Add("lexicon_version", "Needs 'lexicon'.");
        var weights = Weights(request.Emphasis, analyzers.Weights, errors);
        if (errors.Any) return Problems.Invalid(errors);

        LexiconSet set;
        if (request.Lexicon is { } name)
        {
            if (await lexicons.FindAsync(name, request.LexiconVersion, ct) is not { } found)
            {
                if (request.LexiconVersion is null) errors.Add("lexicon", $"No lexicon '{name}'.");
                else errors.Add("lexicon_version", $"No version {request.LexiconVersion} of lexicon '{name}'.");
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
        return TypedResults.Ok(Response(text, analysed.Scores, set));
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

    /// <summary>The answer for an analysis that is not stored: what ingestion would store, with the text and its segments.</summary>
    static AnalysisResponse Response(AnalyzedText text, ArticleAnalysis analysis, LexiconSet set)
    {
        var c = analysis.Counts;
        return new AnalysisResponse(null,
            new VoiceCountsDto(c.OutletWords, c.QuotationWords, c.CommentWords, c.OutletSentences, c.QuotationSentences, c.CommentSentences),
            set.Versions.Select(v => new LexiconVersionDto(v.Name, v.Kind, v.Id, v.Version, v.ContentHash)).ToList(),
            analysis.Scores.Select(s => new ScoreDto(set.VersionOf(s.Lexicon).Name, set.VersionOf(s.Lexicon).Id, s.Category,
                VoiceNames.Scopes.Name(s.Voice), s.Hits, s.WeightedHits, s.Per1000Words, s.SentenceShare, s.Emphasis, s.FirstMention, s.Covered)).ToList(),
            analysis.Evidence.Select(e => EvidenceOf(text.Text, e, set)).ToList(),
            text.Text,
            text.Segments.Select(s => new SegmentResponse(SegmentNames.Map.Name(s.Kind), s.Start, s.End)).ToList());
    }

    static EvidenceDto EvidenceOf(string text, Evidence e, LexiconSet set)
    {
        var (markerStart, markerEnd) = EvidenceMarker.Span(e);
        var version = set.VersionOf(e.Lexicon);
        return new EvidenceDto(version.Name, version.Id, e.Category, e.Term, text[e.Start..e.End], e.Start, e.End, e.Sentence,
            VoiceNames.Voices.Name(e.Voice), SegmentNames.Map.Name(e.Segment),
            e.Claim?.Target, e.Claim?.Actor, e.Claim is { } claim ? FramingNames.Map.Name(claim.Framing) : null,
            EvidenceMarker.Text(text, e), markerStart, markerEnd,
            e.Attribution is { } at ? AttributionNames.Map.Name(at.Kind) : null);
    }
}
