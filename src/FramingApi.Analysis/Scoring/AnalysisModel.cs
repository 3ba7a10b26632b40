using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>How a claim mention is presented (docs/ANALYSIS.md, claim framing).</summary>
public enum Framing : byte
{
    /// <summary>Stated as fact: no hedge, attribution or denial governs the mention.</summary>
    Asserted,
    /// <summary>Hedged: alleged, allegedly, accused of, allegations of, suspected, reportedly …</summary>
    Hedged,
    /// <summary>Attributed to someone: according to …, X said …</summary>
    Attributed,
    /// <summary>Denied or rejected: denies, no evidence of, rejected …</summary>
    Denied,
}

/// <summary>Which tokens a score counts: one voice, or the article's text as published (outlet and quotations).</summary>
public enum VoiceScope : byte
{
    /// <summary>The outlet's own voice.</summary>
    Outlet,
    /// <summary>Quotations in the headline, lead and body.</summary>
    Quotation,
    /// <summary>Reader comments.</summary>
    Comments,
    /// <summary>Outlet and quotations together: the article as published, without reader comments.</summary>
    Article,
}

/// <summary>Whose attribution a reporting phrase is: a named person or body, an anonymous source, or unclear.</summary>
public enum AttributionKind : byte
{
    /// <summary>A named person, office or outlet ("Adrienne Watson said", "according to Reuters").</summary>
    Named,
    /// <summary>An unnamed source ("officials familiar with the matter", "a US official", "spoke on condition of anonymity").</summary>
    Anonymous,
    /// <summary>A pronoun or generic subject ("he said", "Critics say", "the ministry said"), or none ("it was reported"): nobody named.</summary>
    Unresolved,
}

/// <summary>
/// Weights of the position-weighted topic emphasis. A sentence's weight is its segment weight times
/// <c>1 + PositionBoost × (1 − p)</c>, where p ∈ [0, 1] is the sentence's relative position among the scope's
/// sentences; emphasis is the weighted share of sentences that mention the category.
/// </summary>
public sealed record EmphasisWeights(double Headline = 3.0, double Lead = 2.0, double Body = 1.0, double PositionBoost = 1.0)
{
    /// <summary>The defaults documented in docs/ANALYSIS.md.</summary>
    public static EmphasisWeights Default { get; } = new();

    /// <summary>Largest weight or boost accepted.</summary>
    public const double Max = 1000;

    /// <summary>
    /// What is wrong with these weights, or null: segment weights must be positive and the boost non-negative, all
    /// finite and at most <see cref="Max"/>. <c>Field</c> names the weight (headline, lead, body, position_boost).
    /// </summary>
    public (string Field, string Message)? Problem() =>
        Check("headline", Headline, positive: true) ?? Check("lead", Lead, positive: true)
        ?? Check("body", Body, positive: true) ?? Check("position_boost", PositionBoost, positive: false);

    static (string Field, string Message)? Check(string field, double value, bool positive) =>
        double.IsFinite(value) && (positive ? value > 0 : value >= 0) && value <= Max
            ? null
            : (field, $"Must be a number {(positive ? "greater than 0" : "from 0")} up to {Max:0}; got {value}.");
}

/// <summary>What decided a claim's framing.</summary>
public enum MarkerKind : byte
{
    /// <summary>A marker entry of the claims lexicon: a hedge, an attribution, a denial or an accusation.</summary>
    Term,
    /// <summary>Scare quotes around the mention: the outlet's own words, set off in quote marks.</summary>
    ScareQuotes,
}

/// <summary>Claim-framing details of an evidence span whose category is a claim target.</summary>
/// <param name="Target">The target category's key.</param>
/// <param name="Actor">The actor category's key, or "unknown".</param>
/// <param name="Framing">How the mention is framed.</param>
/// <param name="Marker">The marker's text, lower-cased (for scare quotes, the quoted span with its marks); null when
/// asserted.</param>
/// <param name="MarkerStart">Where the marker starts in the text; null when asserted.</param>
/// <param name="MarkerEnd">Where the marker ends in the text; null when asserted.</param>
/// <param name="MarkerKind">What the marker is: a lexicon term or scare quotes; null when asserted.</param>
/// <param name="Detector">Whether the trained claim-sentence detector made this mention (or named its actor) where the
/// claim rules found none (docs/ANALYSIS.md, "The claim-sentence detector"); false for the rules' own.</param>
public sealed record ClaimDetail(
    string Target,
    string Actor,
    Framing Framing,
    string? Marker,
    int? MarkerStart,
    int? MarkerEnd,
    MarkerKind? MarkerKind = null,
    bool Detector = false);

/// <summary>
/// The cue that made a trigger count (a topic or claim that needs evidence, not an entity: "the Pentagon … resisted"):
/// its entry term and offsets. The evidence span itself is the trigger.
/// </summary>
public sealed record CueDetail(string Term, int Start, int End);

/// <summary>Attribution details of an evidence span that is a reporting phrase.</summary>
public sealed record AttributionDetail(AttributionKind Kind, int? SourceStart, int? SourceEnd);

/// <summary>One hit: a lexicon entry matched in the text, with everything needed to show it.</summary>
public sealed record Evidence(
    int Lexicon,
    string Category,
    string Term,
    int Start,
    int End,
    int Sentence,
    Voice Voice,
    SegmentKind Segment,
    ClaimDetail? Claim = null,
    AttributionDetail? Attribution = null,
    CueDetail? Cue = null);

/// <summary>A category's score in one voice scope of one article.</summary>
public sealed record CategoryScore(
    int Lexicon,
    string Category,
    VoiceScope Voice,
    int Hits,
    double WeightedHits,
    double Per1000Words,
    double SentenceShare,
    double Emphasis,
    double? FirstMention,
    bool Covered);

/// <summary>Word and sentence counts per voice: the denominators of every rate.</summary>
public sealed record VoiceCounts(int OutletWords, int QuotationWords, int CommentWords, int OutletSentences, int QuotationSentences, int CommentSentences);

/// <summary>Everything the scorers found in one article.</summary>
public sealed record ArticleAnalysis(VoiceCounts Counts, IReadOnlyList<CategoryScore> Scores, IReadOnlyList<Evidence> Evidence);
