namespace FramingApi.Analysis.Statistics;

/// <summary>The two ends of a confidence interval, low ≤ high.</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
public readonly record struct ConfidenceBounds(double Low, double High);

/// <summary>What kind of ratio a figure is: decides what counts as its mentions and which interval stands in when
/// the articles cannot be resampled (see <see cref="IntervalMethod"/>).</summary>
public enum RatioKind
{
    /// <summary>A share of counted units: per article, the numerator counts the units that have a property (hedged
    /// mentions) among the denominator's units (claim mentions); whole numbers, 0 ≤ numerator ≤ denominator.
    /// Its mentions are the denominator's units.</summary>
    Share,

    /// <summary>Counted events per exposure: per article, a whole number of events (loaded-language hits) over an
    /// exposure in the unit the rate is given in (own-voice words / 1,000 for a rate per 1,000 words). Its mentions
    /// are the events.</summary>
    Rate,

    /// <summary>A weighted mean of a per-article value: per article, value × weight over the weight (emphasis × words
    /// over words). No mentions.</summary>
    Mean,
}

/// <summary>How a figure's interval was made.</summary>
public enum IntervalMethod
{
    /// <summary>No interval: the figure is undefined (no article with a denominator), or it is a
    /// <see cref="RatioKind.Mean"/> that rests on one article.</summary>
    None,

    /// <summary>Cluster (article-level) bootstrap: bias-corrected and accelerated percentiles at Hesterberg's expanded
    /// levels (<see cref="ClusterBootstrap"/>).</summary>
    ClusterBootstrap,

    /// <summary>Wilson score interval (<see cref="WilsonInterval"/>): for a figure whose unit is the article, and for a
    /// <see cref="RatioKind.Share"/> whose articles show no variation to resample (one article, or all at the same
    /// share), over its mentions.</summary>
    Wilson,

    /// <summary>Exact Poisson interval of the events over the exposure (<see cref="PoissonInterval"/>), for a
    /// <see cref="RatioKind.Rate"/> whose articles show no variation to resample.</summary>
    PoissonExact,

    /// <summary>A <see cref="RatioKind.Mean"/> whose two or more articles all have the same value: the interval is
    /// that value (zero width).</summary>
    NoVariation,

    /// <summary>Cluster-robust linearisation (delta method) of the ratio over its articles, on the logit scale for a
    /// share and the log scale for a rate (<see cref="RatioLinearisation"/>): the time series' cells.</summary>
    Linearised,
}

/// <summary>
/// What a figure rests on — the record the web layer attaches to every number: how many articles contribute to it, how
/// many mentions (where it counts them), and whether that is below the <see cref="LowNRule"/>.
/// </summary>
/// <param name="NArticles">Articles that contribute to the figure: those with a non-zero denominator (for a figure
/// whose unit is the article, all articles).</param>
/// <param name="NMentions">The units the figure counts, summed over the articles (<see cref="RatioKind.Share"/>: the
/// denominator's units, e.g. claim mentions; <see cref="RatioKind.Rate"/>: the events, e.g. loaded-language hits);
/// null where it counts none.</param>
/// <param name="LowN">True when <see cref="NArticles"/> or <see cref="NMentions"/> is below the rule's minimum.</param>
public readonly record struct FigureSupport(int NArticles, long? NMentions, bool LowN);

/// <summary>
/// When a figure rests on too little to read on its own: fewer than <see cref="MinArticles"/> contributing articles or
/// fewer than <see cref="MinMentions"/> mentions.
/// </summary>
/// <remarks>
/// Defaults, from the coverage simulations of docs/COMPARISON.md ("Uncertainty"): with fewer than 8 contributing
/// articles the 95 % cluster-bootstrap interval covered the true share in only 85–93 % of simulated sources (with
/// mentions clustered in articles and per-article shares varying as much as between outlets' articles); from 8
/// articles on it covered 93–97 %. Below 10 mentions a single mention read differently by the scorer moves a share by
/// more than 10 points (a rate by more than 10 %), so the figure is fragile whatever its interval says.
/// </remarks>
/// <param name="MinArticles">Fewest contributing articles for a figure not to be low_n; default 8.</param>
/// <param name="MinMentions">Fewest mentions (where a figure counts them) for it not to be low_n; default 10.</param>
public sealed record LowNRule(int MinArticles = LowNRule.DefaultMinArticles, long MinMentions = LowNRule.DefaultMinMentions)
{
    /// <summary>The default minimum of contributing articles, 8.</summary>
    public const int DefaultMinArticles = 8;

    /// <summary>The default minimum of mentions, 10.</summary>
    public const long DefaultMinMentions = 10;

    /// <summary>8 articles, 10 mentions.</summary>
    public static LowNRule Default { get; } = new();

    /// <summary>The support record of a figure resting on <paramref name="articles"/> articles and
    /// <paramref name="mentions"/> mentions (null: the figure counts none).</summary>
    public FigureSupport Support(int articles, long? mentions) =>
        new(articles, mentions, articles < MinArticles || mentions < MinMentions);
}

/// <summary>One figure with its 95 % (or other) interval and what it rests on.</summary>
/// <param name="Value">The figure: Σ numerators / Σ denominators over the articles; null when no article has a
/// denominator.</param>
/// <param name="CiLow">Lower bound of the interval; null when there is none (<see cref="IntervalMethod.None"/>).</param>
/// <param name="CiHigh">Upper bound of the interval; null when there is none.</param>
/// <param name="Method">How the interval was made.</param>
/// <param name="Support">Articles and mentions behind the figure, and the low_n flag.</param>
public sealed record FigureEstimate(double? Value, double? CiLow, double? CiHigh, IntervalMethod Method, FigureSupport Support)
{
    internal static FigureEstimate Undefined(FigureSupport support) => new(null, null, null, IntervalMethod.None, support);

    internal static FigureEstimate With(double value, ConfidenceBounds bounds, IntervalMethod method, FigureSupport support) =>
        new(value, bounds.Low, bounds.High, method, support);
}
