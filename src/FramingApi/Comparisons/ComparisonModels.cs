using System.ComponentModel;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>A per-source comparison of framing and emphasis, with links to the evidence behind each number.</summary>
public sealed record ComparisonResponse(
    [property: Description("The story compared, or null for a comparison of sources over a date range.")] string? Story,
    [property: Description("What was compared: story, or sources with their date range.")] ComparisonScope Scope,
    [property: Description("The lexicon versions whose stored scores this comparison reads.")] IReadOnlyList<LexiconUsed> Lexicons,
    [property: LexiconKeys(LexiconKinds.Topics), Description("Topic keys, in the topics lexicon's order.")] IReadOnlyList<string> Topics,
    [property: Description("Number of articles compared.")] int ArticleCount,
    [property: Description("One row per source with at least one article in the comparison, ordered by slug.")] IReadOnlyList<SourceComparison> Sources);

/// <summary>What a comparison covers.</summary>
public sealed record ComparisonScope(
    [property: NamesFrom(typeof(ComparisonKindNames)), Description("story (GET /api/stories/{slug}/comparison) or sources (GET /api/comparisons/sources).")] string Kind,
    [property: Description("Sources comparison: the source slugs asked for; null for a story.")] IReadOnlyList<string>? Sources,
    [property: Description("Sources comparison: articles published at or after this time; null when unbounded or for a story (UTC).")] DateTime? From,
    [property: Description("Sources comparison: articles published at or before this time (a date means the end of that day); null when unbounded or for a story (UTC).")] DateTime? To,
    [property: LexiconKeys(LexiconKinds.Topics), Description("The one topic asked for with ?topic=, or null for all topics.")] string? Topic);

/// <summary>A lexicon version a comparison reads.</summary>
public sealed record LexiconUsed(
    [property: Description("Lexicon name.")] string Name,
    [property: Description("Id of the lexicon version.")] long LexiconVersionId,
    [property: Description("Version number within the lexicon.")] int Version,
    [property: Description("SHA-256 (hex) of the version's canonical content (docs/LEXICONS.md).")] string ContentHash);

/// <summary>One source's measures, its several articles aggregated.</summary>
public sealed record SourceComparison(
    [property: Description("Source slug.")] string Source,
    [property: Description("Source display name.")] string Name,
    [property: Description("Articles of this source in the comparison.")] int ArticleCount,
    [property: Description("Words in the outlet's own voice, in quotations and in reader comments, summed over its articles.")] WordTotals Words,
    [property: Description("Emphasis of every topic (or only the one asked for), in the topics lexicon's order, with the source's rank among the compared sources.")] IReadOnlyList<TopicEmphasis> Topics,
    [property: LexiconKeys(LexiconKinds.Topics), Description("Blind spots: topics covered by at least half of the other sources but not by this one.")] IReadOnlyList<string> Omissions,
    [property: Description("Claim mentions by target and actor, own voice and quotations apart.")] IReadOnlyList<ClaimFramingRow> Claims,
    [property: Description("Attributions and reporting verbs in the outlet's own voice.")] SourcingSummary Sourcing,
    [property: Description("Loaded-language hits per category in the outlet's own voice, and per 1,000 own-voice words.")] IReadOnlyList<LoadedLanguageRow> LoadedLanguage,
    [property: Description("Terms most distinctive of this source against the rest (Monroe, Colaresi & Quinn 2008).")] IReadOnlyList<DistinctiveTermRow> DistinctiveTerms,
    [property: Description("Per article: how much of its own-voice text also appears in another stored article.")] IReadOnlyList<SharedTextRow> SharedText,
    [property: LexiconKeys(LexiconKinds.Topics), Description("Topics (of those listed) that none of this source's articles mention, in the topics lexicon's order: \"who never mentions cluster munitions?\" is this field. Unlike omissions, it does not depend on the other sources.")] IReadOnlyList<string> NotCovered,
    [property: Description("Categories of the lexicons chosen with lexicon= (by default every user dictionary, kind custom), per 1,000 words in the outlet's own voice and in the article as published (outlet + quotations), with intervals: one row per lexicon, category and voice, for every category with a hit in some compared article. Empty when no such lexicon has scored the articles.")] IReadOnlyList<CategoryRateRow> Categories);

/// <summary>Words by voice, summed over a source's articles.</summary>
public sealed record WordTotals(
    [property: Description("Words in the outlet's own voice (headline, lead and body outside quotations).")] long Outlet,
    [property: Description("Words in quotations.")] long Quotation,
    [property: Description("Words in reader comments (never scored in a comparison).")] long Comments);

/// <summary>A topic's emphasis in one source (article scope: the outlet's words and its quotations).</summary>
public sealed record TopicEmphasis(
    [property: LexiconKeys(LexiconKinds.Topics), Description("Topic key (a category of the topics lexicon).")] string Topic,
    [property: Description("Matches of the topic's terms, summed over the source's articles.")] int Hits,
    [property: Description("Share of sentences mentioning the topic (mean over the source's articles, weighted by their words).")] double SentenceShare,
    [property: Description("Position-weighted sentence share, 0-1 (weighted mean over articles; docs/ANALYSIS.md).")] double Emphasis,
    [property: Description("Earliest relative position of a mention over the source's articles (0 = first sentence); null when not covered.")] double? FirstMention,
    [property: Description("At least one hit in some article of the source.")] bool Covered,
    [property: Description("Rank of this source's emphasis among the compared sources (1 = most; ties share a rank).")] int Rank,
    [property: ApiLink, Description("Link (path and query) to the evidence spans behind these numbers (outlet and quotations: voice=article).")] string Evidence,
    [property: Description("Coverage: share of the source's articles that mention the topic, 0-1 (the unit is the article).")] double Coverage,
    [property: Description("Lower end of coverage's 95 % interval (Wilson, over articles; docs/COMPARISON.md \"Uncertainty\").")] double? CoverageCiLow,
    [property: Description("Upper end of coverage's 95 % interval.")] double? CoverageCiHigh,
    [property: Description("Lower end of the emphasis's 95 % interval: cluster bootstrap over the source's articles; null when it rests on one article (docs/COMPARISON.md \"Uncertainty\").")] double? EmphasisCiLow,
    [property: Description("Upper end of the emphasis's 95 % interval.")] double? EmphasisCiHigh,
    [property: Description("Lower end of the sentence share's 95 % interval (as emphasis).")] double? SentenceShareCiLow,
    [property: Description("Upper end of the sentence share's 95 % interval.")] double? SentenceShareCiHigh,
    [property: Description("Articles these figures rest on: the source's articles scored for topics.")] int NArticles,
    [property: Description("True when the figures rest on fewer than 8 articles: read them as a lead to the evidence (docs/COMPARISON.md \"Uncertainty\").")] bool LowN);

/// <summary>Claim framing for one target and actor in one voice.</summary>
public sealed record ClaimFramingRow(
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("Claim target category.")] string Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("Who the claim is about: an actor category key of the claims lexicon, or unknown.")] string Actor,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Compared)), Description("outlet (the outlet's own voice) or quotation.")] string Voice,
    [property: Description("Mentions of the target with this actor in this voice, over the source's articles.")] int Total,
    [property: Description("Mentions framed as hedged (alleged, accused of …).")] int Hedged,
    [property: Description("Mentions attributed to someone (according to …, officials said …).")] int Attributed,
    [property: Description("Mentions in a denial (denied, no evidence of …).")] int Denied,
    [property: Description("Mentions stated as fact: no hedge, attribution or denial.")] int Asserted,
    [property: Description("hedged / total, 0-1.")] double HedgedShare,
    [property: Description("attributed / total, 0-1.")] double AttributedShare,
    [property: Description("denied / total, 0-1.")] double DeniedShare,
    [property: Description("asserted / total, 0-1.")] double AssertedShare,
    [property: ApiLink, Description("Link (path and query) to these mentions' evidence.")] string Evidence,
    [property: Description("Lower end of hedged_share's 95 % interval: cluster bootstrap over the source's articles, or Wilson over the mentions when they are in one article (docs/COMPARISON.md \"Uncertainty\").")] double? HedgedShareCiLow,
    [property: Description("Upper end of hedged_share's 95 % interval.")] double? HedgedShareCiHigh,
    [property: Description("Lower end of attributed_share's 95 % interval.")] double? AttributedShareCiLow,
    [property: Description("Upper end of attributed_share's 95 % interval.")] double? AttributedShareCiHigh,
    [property: Description("Lower end of denied_share's 95 % interval.")] double? DeniedShareCiLow,
    [property: Description("Upper end of denied_share's 95 % interval.")] double? DeniedShareCiHigh,
    [property: Description("Lower end of asserted_share's 95 % interval.")] double? AssertedShareCiLow,
    [property: Description("Upper end of asserted_share's 95 % interval.")] double? AssertedShareCiHigh,
    [property: Description("Articles with at least one of these mentions.")] int NArticles,
    [property: Description("Mentions the shares rest on (= total).")] long? NMentions,
    [property: Description("True when the shares rest on fewer than 8 articles or 10 mentions (docs/COMPARISON.md \"Uncertainty\").")] bool LowN);

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
    [property: ApiLink, Description("Link (path and query) to the reporting phrases' evidence (outlet voice, as counted).")] string Evidence,
    [property: Description("Lower end of anonymous_share's 95 % interval (cluster bootstrap over articles, or Wilson over the attributions of one article); null without attributions.")] double? AnonymousShareCiLow,
    [property: Description("Upper end of anonymous_share's 95 % interval.")] double? AnonymousShareCiHigh,
    [property: Description("Articles with at least one named or anonymous attribution.")] int NArticles,
    [property: Description("Attributions anonymous_share rests on: named + anonymous.")] long? NMentions,
    [property: Description("True when anonymous_share rests on fewer than 8 articles or 10 attributions.")] bool LowN);

/// <summary>A term and how often it occurs.</summary>
public sealed record TermCount(
    [property: Description("The term as matched, lower-cased.")] string Term,
    [property: Description("Occurrences over the source's articles.")] int Count);

/// <summary>Loaded-language hits of one category in a source's own voice.</summary>
public sealed record LoadedLanguageRow(
    [property: LexiconKeys(LexiconKinds.Loaded), Description("Category key of the loaded-language lexicon.")] string Category,
    [property: Description("Hits in the outlet's own voice, summed over the source's articles.")] int Hits,
    [property: Description("hits per 1,000 words in the outlet's own voice (0 without words).")] double Per1000Words,
    [property: ApiLink, Description("Link (path and query) to these hits' evidence.")] string Evidence,
    [property: Description("Lower end of per1000_words's 95 % interval (cluster bootstrap over articles, or exact Poisson when the articles cannot be resampled).")] double? Per1000WordsCiLow,
    [property: Description("Upper end of per1000_words's 95 % interval.")] double? Per1000WordsCiHigh,
    [property: Description("Articles with own-voice words.")] int NArticles,
    [property: Description("Hits the rate rests on (= hits).")] long? NMentions,
    [property: Description("True when the rate rests on fewer than 8 articles or 10 hits.")] bool LowN);

/// <summary>One category of a lexicon (any kind: a user's dictionary too) in one voice of a source, per 1,000 words.</summary>
public sealed record CategoryRateRow(
    [property: Description("The lexicon's name.")] string Lexicon,
    [property: Description("The category's key.")] string Category,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Measured)), Description("outlet (the outlet's own words) or article (outlet + quotations, the article as published).")] string Voice,
    [property: Description("Hits of the category's terms in that voice, summed over the source's articles the lexicon scored.")] int Hits,
    [property: Description("Words in that voice, summed over the same articles.")] long Words,
    [property: Description("hits per 1,000 words (0 without words).")] double Per1000Words,
    [property: Description("Lower end of per1000_words's 95 % interval (cluster bootstrap over articles, or exact Poisson when they cannot be resampled; docs/COMPARISON.md \"Uncertainty\").")] double? Per1000WordsCiLow,
    [property: Description("Upper end of per1000_words's 95 % interval.")] double? Per1000WordsCiHigh,
    [property: Description("Articles the rate rests on: those the lexicon scored with words in that voice.")] int NArticles,
    [property: Description("Hits the rate rests on (= hits).")] long? NMentions,
    [property: Description("True when the rate rests on fewer than 8 articles or 10 hits.")] bool LowN,
    [property: ApiLink, Description("Link (path and query) to these hits' evidence.")] string Evidence);

/// <summary>A word distinctive of one source against the other compared sources (Fightin' Words).</summary>
public sealed record DistinctiveTermRow(
    [property: Description("The word, lower-cased.")] string Term,
    [property: Description("Uses by this source.")] long Count,
    [property: Description("Uses by the other sources together.")] long RestCount,
    [property: Description("Log-odds ratio with the informative Dirichlet prior (δ).")] double LogOddsRatio,
    [property: Description("δ divided by its standard deviation: above 1.96 is distinctive at the 5% level.")] double ZScore);

/// <summary>How much of one article's own-voice text occurs in other stored articles.</summary>
public sealed record SharedTextRow(
    [property: Description("The article's id.")] long ArticleId,
    [property: Description("The article's headline, or null.")] string? Title,
    [property: Description("Distinct 8-word shingles of the article's own voice, in the stored 1-in-8 sample (hash 0 mod 8).")] int OwnShingles,
    [property: Description("Of those, how many occur in some other stored article.")] int SharedShingles,
    [property: Description("shared / own, 0-1.")] double Share,
    [property: Description("The article it shares most with, or null.")] long? SharesMostWithArticle,
    [property: Description("Source slug of that article, or null.")] string? SharesMostWithSource,
    [property: Description("Share of this article's own-voice shingles found in that one article.")] double SharesMostShare);

/// <summary>An evidence span behind a comparison number.</summary>
public sealed record ComparisonEvidence(
    [property: Description("The article the span is in (GET /api/articles/{id}).")] long ArticleId,
    [property: Description("That article's headline, or null.")] string? Title,
    [property: Description("Source slug of the article.")] string Source,
    [property: Description("Name of the lexicon whose entry matched.")] string Lexicon,
    [property: Description("The lexicon version that found the span.")] long LexiconVersionId,
    [property: Description("Category key of the matched entry.")] string Category,
    [property: Description("The text at [start, end) of the article's text, as written.")] string Matched,
    [property: Description("Start of the span: offset in UTF-16 code units into the article's stored text.")] int Start,
    [property: Description("End of the span (exclusive), in UTF-16 code units.")] int End,
    [property: Description("0-based index of the sentence the span is in, counted over the article's whole text (every segment, boilerplate included; the page shows this number too).")] int Sentence,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Stored)), Description("Whose words the span is: outlet, quotation or comments.")] string Voice,
    [property: NamesFrom(typeof(SegmentNames)), Description("The segment the span is in: headline, lead, body or comments (quotation segments lie inside lead and body; boilerplate is never matched).")] string Segment,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("Claim mentions only (else null): the claim target category.")] string? Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("Claim mentions only (else null): the actor, or unknown.")] string? Actor,
    [property: NamesFrom(typeof(FramingNames)), Description("Claim mentions only (else null): hedged, attributed, denied or asserted.")] string? Framing,
    [property: Description("The marker that decided a claim's framing, or the source of a reporting phrase; null when none.")] string? Marker,
    [property: NamesFrom(typeof(AttributionNames)), Description("Reporting phrases only (else null): named, anonymous or unresolved.")] string? Attribution,
    [property: Description("The span with up to 160 characters of the article's text on either side (trimmed), for reading it in context.")] string Context,
    [property: Description("Start of the marker (claims) or source (reporting phrases) in UTF-16 code units into the article's text; null when there is none.")] int? MarkerStart,
    [property: Description("End (exclusive) of the marker or source in UTF-16 code units; null when there is none.")] int? MarkerEnd);

/// <summary>The query parameters both evidence endpoints share: whose evidence, which of it, which page.</summary>
public sealed class EvidenceQuery
{
    [FromQuery(Name = "source"), Description("Source slug (required).")] public string? Source { get; init; }
    [LexiconKeys(LexiconKinds.Topics), FromQuery(Name = "topic"), Description("A topic key: the topic's evidence.")] public string? Topic { get; init; }
    [NamesFrom(typeof(LexiconKindNames), nameof(LexiconKindNames.Compared)), FromQuery(Name = "kind"), Description("topics, claims, sourcing or loaded.")] public string? Kind { get; init; }
    [FromQuery(Name = "category"), Description("A category key.")] public string? Category { get; init; }
    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), FromQuery(Name = "target"), Description("Claims: target category.")] public string? Target { get; init; }
    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), FromQuery(Name = "actor"), Description("Claims: actor (an actor category key of the claims lexicon, or unknown).")] public string? Actor { get; init; }
    [NamesFrom(typeof(FramingNames)), FromQuery(Name = "framing"), Description("Claims: hedged, attributed, denied, asserted.")] public string? Framing { get; init; }
    [NamesFrom(typeof(VoiceNames), nameof(VoiceNames.EvidenceFilter)), FromQuery(Name = "voice"), Description("outlet, quotation, comments, or article (outlet and quotations: what topic hits and article-scope rates count).")] public string? Voice { get; init; }
    [FromQuery(Name = "lexicon"), Description("Only spans of this lexicon (by name).")] public string? Lexicon { get; init; }
    [FromQuery(Name = "attributed"), Description("true: only reporting phrases with an attribution (named, anonymous, unresolved).")]
    public bool? Attributed { get; init; }
    [NamesFrom(typeof(AttributionNames)), FromQuery(Name = "attribution"),
     Description("Only reporting phrases whose source is named, anonymous or unresolved (an outlet's anonymous sourcing: attribution=anonymous); implies kind=sourcing.")]
    public string? Attribution { get; init; }
    [FromQuery(Name = "page"), Description("Page number, from 1.")] public int? Page { get; init; }
    [FromQuery(Name = "page_size"), Description("Items per page, 1-200 (default 50).")] public int? PageSize { get; init; }
    [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), FromQuery(Name = "format"), Description("json (default) or csv (one row per span, the JSON fields as columns; the total in X-Total-Count, the next page in a Link header); Accept: text/csv works too.")]
    public string? Format { get; init; }
    [FromQuery(Name = CsvCells.Parameter), Description(CsvCells.Description)] public bool? EscapeFormulas { get; init; }

    /// <summary>The filter these parameters ask for; names that are not in the vocabulary are errors.</summary>
    public ComparisonsStore.EvidenceFilter Filter(FieldErrors errors)
    {
        errors.OneOf("kind", Kind, LexiconKindNames.Compared);
        errors.OneOf("framing", Framing, FramingNames.Map);
        errors.OneOf("voice", Voice, VoiceNames.EvidenceFilter);
        if (Lexicon is not null) errors.Text("lexicon", Lexicon, 100);
        if (Attribution is not null && errors.OneOf("attribution", Attribution, AttributionNames.Map))
        {
            if (Topic is not null || (Kind ?? LexiconKinds.Sourcing) != LexiconKinds.Sourcing)
                errors.Add("attribution", "Attributions are on reporting phrases only: kind=sourcing (or no kind), without topic.");
            else if (Attributed == false) errors.Add("attribution", "attributed=false lists the phrases without an attribution: give one of the two.");
        }
        if (Topic is not null && (Kind ?? LexiconKinds.Topics) != LexiconKinds.Topics) errors.Add("topic", "A topic implies kind=topics.");
        if (Topic is not null && Category is not null && Topic != Category) errors.Add("topic", "Give either topic or category.");
        return new ComparisonsStore.EvidenceFilter(Topic is not null ? LexiconKinds.Topics : Attribution is not null ? LexiconKinds.Sourcing : Kind,
            Topic ?? Category, Target, Actor, Framing, Voice, Attributed, Lexicon, Attribution);
    }

    /// <summary>
    /// Why a filter that found nothing could not have found anything: a topic, lexicon, category, target or actor that
    /// no lexicon has (a typo such as topic=cluster_munition would otherwise read as "this source never mentions it").
    /// Checked against the lexicons' latest categories, and only when nothing was found, so that the evidence of a
    /// category an older version had stays reachable while it is stored.
    /// </summary>
    public void CheckNames(IReadOnlyList<ComparisonsStore.LexiconKey> keys, FieldErrors errors)
    {
        errors.Known("topic", Topic, keys.Where(k => k.Kind == LexiconKinds.Topics).Select(k => k.Key));
        errors.Known("lexicon", Lexicon, keys.Select(k => k.Name));
        errors.Known("target", Target, keys.Where(k => k.Kind == LexiconKinds.Claims && k.Role == CategoryRoles.Target).Select(k => k.Key));
        errors.Known("actor", Actor, keys.Where(k => k.Kind == LexiconKinds.Claims && k.Role == CategoryRoles.Actor).Select(k => k.Key)
            .Append(ClaimActorNames.Unknown));
        errors.Known("category", Topic is null ? Category : null,
            keys.Where(k => (Lexicon is null || k.Name == Lexicon) && (Kind is null || k.Kind == Kind)).Select(k => k.Key));
    }
}
