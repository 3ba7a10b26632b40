using System.ComponentModel;

namespace FramingApi.Comparisons;

/// <summary>A per-source comparison of framing and emphasis, with links to the evidence behind each number.</summary>
public sealed record ComparisonResponse(
    [property: Description("The story compared, or null for a comparison of sources over a date range.")] string? Story,
    [property: Description("What was compared: story, or sources with their date range.")] ComparisonScope Scope,
    [property: Description("The lexicon versions whose stored scores this comparison reads.")] IReadOnlyList<LexiconUsed> Lexicons,
    [property: Description("Topic keys, in the topics lexicon's order.")] IReadOnlyList<string> Topics,
    [property: Description("Number of articles compared.")] int ArticleCount,
    IReadOnlyList<SourceComparison> Sources);

public sealed record ComparisonScope(string Kind, IReadOnlyList<string>? Sources, DateTimeOffset? From, DateTimeOffset? To, string? Topic);

public sealed record LexiconUsed(string Name, long LexiconVersionId, int Version, string ContentHash);

/// <summary>One source's measures, its several articles aggregated.</summary>
public sealed record SourceComparison(
    string Source,
    string Name,
    [property: Description("Articles of this source in the comparison.")] int ArticleCount,
    [property: Description("Words in the outlet's own voice, in quotations and in reader comments, summed over its articles.")] WordTotals Words,
    IReadOnlyList<TopicEmphasis> Topics,
    [property: Description("Blind spots: topics covered by at least half of the other sources but not by this one.")] IReadOnlyList<string> Omissions,
    [property: Description("Claim mentions by target and actor, own voice and quotations apart.")] IReadOnlyList<ClaimFramingRow> Claims,
    SourcingSummary Sourcing,
    [property: Description("Loaded-language hits per category in the outlet's own voice, and per 1,000 own-voice words.")] IReadOnlyList<LoadedLanguageRow> LoadedLanguage,
    [property: Description("Terms most distinctive of this source against the rest (Monroe, Colaresi & Quinn 2008).")] IReadOnlyList<DistinctiveTermRow> DistinctiveTerms,
    [property: Description("Per article: how much of its own-voice text also appears in another stored article.")] IReadOnlyList<SharedTextRow> SharedText);

public sealed record WordTotals(long Outlet, long Quotation, long Comments);

/// <summary>A topic's emphasis in one source (article scope: the outlet's words and its quotations).</summary>
public sealed record TopicEmphasis(
    string Topic,
    [property: Description("Matches of the topic's terms, summed over the source's articles.")] int Hits,
    [property: Description("Share of sentences mentioning the topic (mean over the source's articles, weighted by their words).")] double SentenceShare,
    [property: Description("Position-weighted sentence share, 0-1 (weighted mean over articles; docs/ANALYSIS.md).")] double Emphasis,
    [property: Description("Earliest relative position of a mention over the source's articles (0 = first sentence); null when not covered.")] double? FirstMention,
    [property: Description("At least one hit in some article of the source.")] bool Covered,
    [property: Description("Rank of this source's emphasis among the compared sources (1 = most; ties share a rank).")] int Rank,
    [property: Description("The evidence spans behind these numbers.")] string Evidence);

/// <summary>Claim framing for one target and actor in one voice.</summary>
public sealed record ClaimFramingRow(
    string Target,
    string Actor,
    [property: Description("outlet (the outlet's own voice) or quotation.")] string Voice,
    int Total,
    int Hedged,
    int Attributed,
    int Denied,
    int Asserted,
    [property: Description("hedged / total.")] double HedgedShare,
    double AttributedShare,
    double DeniedShare,
    double AssertedShare,
    string Evidence);

/// <summary>Who the source's statements are attributed to, and with which verbs.</summary>
public sealed record SourcingSummary(
    [property: Description("Reporting phrases whose source is named (a person, office or outlet).")] int Named,
    [property: Description("Reporting phrases whose source is anonymous.")] int Anonymous,
    [property: Description("Reporting phrases whose source is only a pronoun or unclear.")] int Unresolved,
    [property: Description("anonymous / (named + anonymous); null when there are none.")] double? AnonymousShare,
    [property: Description("Anonymous-source phrases found (officials familiar with the matter …).")] int AnonymousSourcePhrases,
    [property: Description("Neutral reporting verbs (said, told …).")] int NeutralVerbs,
    [property: Description("Loaded reporting verbs (claimed, admitted, insisted …).")] int LoadedVerbs,
    [property: Description("The reporting verbs used, most frequent first.")] IReadOnlyList<TermCount> Verbs,
    string Evidence);

public sealed record TermCount(string Term, int Count);

public sealed record LoadedLanguageRow(string Category, int Hits, double Per1000Words, string Evidence);

public sealed record DistinctiveTermRow(
    string Term,
    [property: Description("Uses by this source.")] long Count,
    [property: Description("Uses by the other sources together.")] long RestCount,
    [property: Description("Log-odds ratio with the informative Dirichlet prior (δ).")] double LogOddsRatio,
    [property: Description("δ divided by its standard deviation: above 1.96 is distinctive at the 5% level.")] double ZScore);

public sealed record SharedTextRow(
    long ArticleId,
    string? Title,
    [property: Description("Distinct 8-word shingles of the article's own voice, in the stored 1-in-8 sample (hash 0 mod 8).")] int OwnShingles,
    [property: Description("Of those, how many occur in some other stored article.")] int SharedShingles,
    [property: Description("shared / own, 0-1.")] double Share,
    [property: Description("The article it shares most with, or null.")] long? SharesMostWithArticle,
    string? SharesMostWithSource,
    [property: Description("Share of this article's own-voice shingles found in that one article.")] double SharesMostShare);

/// <summary>An evidence span behind a comparison number.</summary>
public sealed record ComparisonEvidence(
    long ArticleId,
    string? Title,
    string Source,
    string Lexicon,
    long LexiconVersionId,
    string Category,
    string Matched,
    int Start,
    int End,
    int Sentence,
    string Voice,
    string Segment,
    string? Target,
    string? Actor,
    string? Framing,
    string? Marker,
    string? Attribution,
    [property: Description("The sentence the span is in, for reading it in context.")] string Context);
