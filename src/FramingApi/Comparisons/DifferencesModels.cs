using System.ComponentModel;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>One metric compared across the sources: each source's figure and rank, and every pair's difference.</summary>
public sealed record DifferencesResponse(
    [property: Description("The story compared, or null for a comparison of sources over a date range.")] string? Story,
    [property: Description("What was compared: story, or sources with their date range.")] ComparisonScope Scope,
    [property: Description("The metric and what it was asked for (target, actor, voice, topic, category, lexicon as it needs).")] MetricAsked Metric,
    [property: Description("The lexicon versions whose stored scores the compared articles carry.")] IReadOnlyList<LexiconUsed> Lexicons,
    [property: Description("Number of articles compared.")] int ArticleCount,
    [property: Description("The ranking: every source with at least one article, best rank first (the highest figure); sources without the figure (no article has its denominator) last, unranked, by slug.")] IReadOnlyList<SourceFigureRow> Sources,
    [property: Description("Every pair of sources (first before second by slug): C(n, 2) rows.")] IReadOnlyList<SourcePairRow> Pairs);

/// <summary>The metric of a differences answer, as asked (defaults filled in).</summary>
public sealed record MetricAsked(
    [property: NamesFrom(typeof(MetricNames), nameof(MetricNames.Compared)), Description("The metric: hedged_share, attributed_share, denied_share, asserted_share, anonymous_share, loaded_per_1000, topic_coverage, topic_emphasis, topic_sentence_share or category_rate (as metric= of the request).")] string Name,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("Framing shares: the claim target, or null for every target.")] string? Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("Framing shares: the actor, or null for every actor.")] string? Actor,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Measured)), Description("Framing shares, loaded language and category rates: outlet (default), quotation or article (both); null for the others.")] string? Voice,
    [property: LexiconKeys(LexiconKinds.Topics), Description("Topic metrics: the topic; else null.")] string? Topic,
    [property: Description("loaded_per_1000: the loaded-language category, or null for all; category_rate: the category; else null.")] string? Category,
    [property: Description("category_rate: the lexicon; else null.")] string? Lexicon);

/// <summary>A source's figure of the metric, with its interval, support and rank among the compared sources.</summary>
public sealed record SourceFigureRow(
    [property: Description("Source slug.")] string Source,
    [property: Description("Source display name.")] string Name,
    [property: Description("Articles of this source in the comparison (all take part in the resampling).")] int ArticleCount,
    [property: Description("The figure: Σ numerators / Σ denominators over the source's articles (docs/COMPARISON.md \"Differences\"); null when no article has its denominator.")] double? Value,
    [property: Description("Lower end of its 95 % interval (cluster bootstrap over the source's articles, or the fallbacks of docs/COMPARISON.md \"Uncertainty\").")] double? CiLow,
    [property: Description("Upper end of its 95 % interval.")] double? CiHigh,
    [property: Description("Articles the figure rests on (with a non-zero denominator).")] int NArticles,
    [property: Description("Mentions it rests on: the denominator's units for shares of mentions, the hits for rates; null for coverage (the unit is the article) and for means.")] long? NMentions,
    [property: Description("True when it rests on fewer than 8 articles or 10 mentions.")] bool LowN,
    [property: Description("Rank among the compared sources, 1 = the highest figure; ties share the best rank; null when the figure is undefined.")] int? Rank,
    [property: Description("Best plausible rank: the 2.5th percentile of the source's ranks over 2,000 bootstrap resamples (Goldstein & Spiegelhalter 1996).")] int? RankLow,
    [property: Description("Worst plausible rank: the 97.5th percentile.")] int? RankHigh,
    [property: ApiLink, Description("Link (path and query) to the evidence spans the figure counts.")] string Evidence);

/// <summary>The difference of the metric between two sources, its interval and significance.</summary>
public sealed record SourcePairRow(
    [property: Description("First source's slug.")] string First,
    [property: Description("Second source's slug.")] string Second,
    [property: Description("first's figure − second's; null when either is undefined.")] double? Difference,
    [property: Description("Lower end of the difference's 95 % interval (MOVER, from the two sources' intervals: Zou & Donner 2008).")] double? CiLow,
    [property: Description("Upper end of the difference's 95 % interval.")] double? CiHigh,
    [property: Description("Two-sided permutation p value over the two sources' articles (docs/COMPARISON.md \"Differences\"); null when either has no article with the figure.")] double? PValue,
    [property: Description("Benjamini–Hochberg q value across every pair with a p value (R's p.adjust(p, \"BH\")): call a pair different when q ≤ 0.05.")] double? QValue,
    [property: Description("True when p enumerated every split of the articles (exact), false for 9,999 random splits.")] bool ExactP,
    [property: Description("How many ways of dealing the two sources' contributing articles out again p was computed over: every possible one when exact_p (p is then at least 1/splits, so few articles cannot give a small p: with one article each there are 2 splits and p is 1), else 9,999 random ones (p at least 0.0001).")] long Splits);

/// <summary>
/// The metric of a differences request (<c>metric=</c> and what it needs). Each parameter applies to some metrics: a
/// missing required one, an unknown value, or one that does not apply is a 400 naming it.
/// </summary>
public sealed class MetricParameters
{
    [NamesFrom(typeof(MetricNames), nameof(MetricNames.Compared)), FromQuery(Name = "metric"), Description("The metric (required): hedged_share, attributed_share, denied_share, asserted_share (claim mentions; target, actor, voice optional), anonymous_share (attributions in the outlet's voice), loaded_per_1000 (category, voice optional), topic_coverage, topic_emphasis, topic_sentence_share (topic required), category_rate (lexicon and category required, voice optional).")]
    public string? Metric { get; init; }

    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), FromQuery(Name = "target"), Description("Framing shares: only mentions of this claim target (default: all).")]
    public string? Target { get; init; }

    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), FromQuery(Name = "actor"), Description("Framing shares: only mentions with this actor (an actor key of the claims lexicon, or unknown; default: all).")]
    public string? Actor { get; init; }

    [NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Measured)), FromQuery(Name = "voice"), Description("Framing shares, loaded_per_1000, category_rate: outlet (default: the outlet's own words), quotation, or article (both).")]
    public string? Voice { get; init; }

    [LexiconKeys(LexiconKinds.Topics), FromQuery(Name = "topic"), Description("Topic metrics: the topic (required).")]
    public string? Topic { get; init; }

    [FromQuery(Name = "category"), Description("loaded_per_1000: one loaded-language category (default: all); category_rate: a category of the lexicon (required).")]
    public string? Category { get; init; }

    [FromQuery(Name = "lexicon"), Description("category_rate: the lexicon whose category is counted (required), any kind — a user dictionary too.")]
    public string? Lexicon { get; init; }

    /// <summary>The query with its default voice, unchecked: the cache key of a request (only valid ones are cached).</summary>
    public MetricQuery Query() =>
        new(Metric ?? "", Target, Actor, Voice ?? (Metric is not null && MetricQuery.TakesVoice(Metric) ? VoiceNames.Outlet : null), Topic,
            Category, Lexicon);

    /// <summary>The checked query; null (with errors added) when a parameter is missing, unknown or does not apply.</summary>
    public MetricQuery? Check(IReadOnlyList<ComparisonsStore.LexiconKey> keys, FieldErrors errors)
    {
        if (Metric is null) { errors.Add("metric", $"Required: {MetricNames.Compared.Describe()}."); return null; }
        if (!MetricNames.Compared.IsKnown(Metric))
        {
            // The time series names two of its metrics otherwise: say so rather than only listing ours.
            var hint = Metric switch
            {
                TimeSeriesNames.CategoryPer1000 => $"The time series' {TimeSeriesNames.CategoryPer1000} is {MetricNames.CategoryRate} here.",
                TimeSeriesNames.Articles => "The article count has no differences (it is no share or rate): see GET /api/timeseries?metric=articles.",
                _ => "",
            };
            errors.Add("metric", MetricNames.Compared.Unknown("metric", Metric, hint));
            return null;
        }
        var framing = MetricNames.Framing(Metric) is not null;
        var topical = Metric is MetricNames.TopicCoverage or MetricNames.TopicEmphasis or MetricNames.TopicSentenceShare;
        var loaded = Metric == MetricNames.LoadedPer1000;
        var rate = Metric == MetricNames.CategoryRate;
        Applies("target", Target, framing, errors);
        Applies("actor", Actor, framing, errors);
        Applies("voice", Voice, MetricQuery.TakesVoice(Metric), errors);
        Applies("topic", Topic, topical, errors);
        Applies("category", Category, loaded || rate, errors);
        Applies("lexicon", Lexicon, rate, errors);
        errors.OneOf("voice", Voice, VoiceNames.Measured);

        errors.Known("target", Target, keys.Where(k => k.Kind == LexiconKinds.Claims && k.Role == CategoryRoles.Target).Select(k => k.Key));
        errors.Known("actor", Actor, keys.Where(k => k.Kind == LexiconKinds.Claims && k.Role == CategoryRoles.Actor).Select(k => k.Key)
            .Append(ClaimActorNames.Unknown));
        if (topical) Named("topic", Topic, keys.Where(k => k.Kind == LexiconKinds.Topics).Select(k => k.Key), errors);
        if (loaded) errors.Known("category", Category, keys.Where(k => k.Kind == LexiconKinds.Loaded).Select(k => k.Key));
        if (rate)
        {
            Named("lexicon", Lexicon, keys.Select(k => k.Name), errors);
            // The category is one of the lexicon's (checked once the lexicon is known; missing, it is named either way).
            var categories = keys.Where(k => k.Name == Lexicon).Select(k => k.Key).ToList();
            if (Category is null || categories.Count > 0) Named("category", Category, categories, errors);
        }
        return errors.Any ? null : Query();
    }

    static void Applies(string field, string? value, bool applies, FieldErrors errors)
    {
        if (value is not null && !applies) errors.Add(field, "Does not apply to this metric: leave it out.");
    }

    /// <summary>A name the metric needs: missing or unknown, the error lists the names it may be.</summary>
    static void Named(string field, string? value, IEnumerable<string> known, FieldErrors errors)
    {
        if (value is null) errors.Required(field, "Required for this metric.", known);
        else errors.Known(field, value, known);
    }
}
