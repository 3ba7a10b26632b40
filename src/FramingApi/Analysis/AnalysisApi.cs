using System.ComponentModel;
using FramingApi.Analysis.Scoring;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Analysis;

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

        routes.MapPost("/analyze", Analyze).WithName("Analyze").WithTags("Analysis")
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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(Examples.AnalyzeRequest, (200, Examples.Analysis));
        return routes;
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> GetArticleAnalysis(
        [Description("Article id.")] long id, AnalysisStore store, CancellationToken ct,
        [Description("Only this lexicon (name).")] string? lexicon = null,
        [Description("Only this category key.")] string? category = null,
        [Description("Only this voice: outlet, quotation, comments (evidence) or article (scores).")] string? voice = null)
    {
        if (voice is not null && !Names.Scopes.Contains(voice))
        {
            var errors = new FieldErrors();
            errors.Add("voice", $"Must be one of: {string.Join(", ", Names.Scopes)}.");
            return Problems.Invalid(errors);
        }
        return await store.ReadAsync(id, lexicon, category, voice, ct) is { } analysis
            ? TypedResults.Ok(analysis)
            : Problems.NotFound($"No article {id}.");
    }

    static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> Analyze(
        AnalyzeRequest request, AnalyzerProvider analyzers, global::FramingApi.Lexicons.LexiconsStore lexicons, CancellationToken ct)
    {
        // The checks of article creation, without resolving source and story: nothing is stored, so they need not exist.
        var errors = new FieldErrors();
        ArticleIngestion.Validate(request, errors);
        if (request.LexiconVersion is not null && request.Lexicon is null) errors.Add("lexicon_version", "Needs 'lexicon'.");
        var weights = analyzers.Weights;
        if (request.Emphasis is { } e)
        {
            weights = new EmphasisWeights(e.Headline ?? weights.Headline, e.Lead ?? weights.Lead, e.Body ?? weights.Body,
                e.PositionBoost ?? weights.PositionBoost);
            if (weights.Problem() is { } problem) errors.Add("emphasis." + problem.Field, problem.Message);
        }
        if (errors.Any) return Problems.Invalid(errors);

        LexiconSet set;
        if (request.Lexicon is { } name)
        {
            if (await lexicons.FindAsync(name, request.LexiconVersion, ct) is not { } found)
                return Problems.NotFound(request.LexiconVersion is null ? $"No lexicon '{name}'." : $"No version {request.LexiconVersion} of lexicon '{name}'.");
            set = (await analyzers.VersionAsync(found.Detail.Version.Id, ct))!;
        }
        else
        {
            set = await analyzers.ActiveAsync(ct);
        }

        set = set with { Analyzer = set.Analyzer.WithWeights(weights) };
        // Scored only: no content hash or comparison fingerprints, which only storing needs.
        if (ArticleIngestion.Analyse(request, set, errors) is not { } analysed) return Problems.Invalid(errors);
        using var text = analysed.Text; // its pooled arrays go back once the response is built
        return TypedResults.Ok(AnalysisStore.ToResponse(text, analysed.Scores, set));
    }
}
