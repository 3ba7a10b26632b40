using System.Collections.Frozen;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;

namespace FramingApi.Infrastructure;

/// <summary>
/// Every name the API stores in PostgreSQL or writes in JSON and CSV, in one place. SQL takes these constants
/// (interpolated into its constant strings) and C# maps enums through the <see cref="NameMap{T}"/>s below, so a name
/// is spelled once; a test fails on a stored name written as a literal anywhere else. Names are never renamed:
/// they are in stored rows and in clients' code.
/// </summary>
public static class Vocabulary
{
    /// <summary>The part of an article a segment is (<c>segments.kind</c>, <c>evidence.segment</c>).</summary>
    public static class SegmentNames
    {
        public const string Headline = "headline";
        public const string Lead = "lead";
        public const string Body = "body";
        public const string Quotation = "quotation";
        public const string Boilerplate = "boilerplate";
        public const string Comments = "comments";

        public static readonly NameMap<SegmentKind> Map = new("segment kind",
            (SegmentKind.Headline, Headline), (SegmentKind.Lead, Lead), (SegmentKind.Body, Body),
            (SegmentKind.Quotation, Quotation), (SegmentKind.Boilerplate, Boilerplate), (SegmentKind.Comments, Comments));
    }

    /// <summary>
    /// Whose words (<c>evidence.voice</c>) and which words a score counts (<c>article_scores.voice</c>): the voices,
    /// and the article scope (outlet and quotations together).
    /// </summary>
    public static class VoiceNames
    {
        public const string Outlet = "outlet";
        public const string Quotation = "quotation";
        public const string Comments = "comments";
        /// <summary>Boilerplate's voice: never scored, so never stored.</summary>
        public const string None = "none";
        /// <summary>The scope of the article as published: outlet and quotations.</summary>
        public const string Article = "article";

        public static readonly NameMap<Voice> Voices = new("voice",
            (Voice.Outlet, Outlet), (Voice.Quotation, Quotation), (Voice.Comments, Comments), (Voice.None, None));

        /// <summary>The voices evidence is stored in (boilerplate is never scored).</summary>
        public static readonly NameSet Stored = new("voice of evidence", Outlet, Quotation, Comments);

        public static readonly NameMap<VoiceScope> Scopes = new("voice scope",
            (VoiceScope.Outlet, Outlet), (VoiceScope.Quotation, Quotation), (VoiceScope.Comments, Comments), (VoiceScope.Article, Article));

        /// <summary>The voices the comparisons count claims in (reader comments are never compared).</summary>
        public static readonly NameSet Compared = new("compared voice", Outlet, Quotation);

        /// <summary>
        /// The voices a comparison figure can be asked for in (<c>voice=</c> of the differences): the outlet's own, what
        /// it quotes, or both (the article as published). Reader comments are never compared.
        /// </summary>
        public static readonly NameSet Measured = new("measured voice", Outlet, Quotation, Article);

        /// <summary>
        /// The voices an evidence list can be filtered by: a stored voice, or <c>article</c> (outlet and quotations,
        /// the spans a topic's hits and a dictionary's article-scope rate count).
        /// </summary>
        public static readonly NameSet EvidenceFilter = new("evidence voice", Outlet, Quotation, Comments, Article);
    }

    /// <summary>How a claim mention is framed (<c>evidence.framing</c>).</summary>
    public static class FramingNames
    {
        public const string Asserted = "asserted";
        public const string Hedged = "hedged";
        public const string Attributed = "attributed";
        public const string Denied = "denied";

        public static readonly NameMap<Framing> Map = new("framing",
            (Framing.Asserted, Asserted), (Framing.Hedged, Hedged), (Framing.Attributed, Attributed), (Framing.Denied, Denied));
    }

    /// <summary>
    /// What a group of claim mentions amounts to (<c>claims_summary.dominant</c>, <c>claims_by_actor.article_label</c>,
    /// the values of the validation field <c>framing:&lt;actor&gt;</c>): a framing with more than half of them, else
    /// mixed; absent when there is none. The names are the library's (<see cref="ClaimsSummary.Key"/>), which the
    /// validation corpus uses too; a test keeps them equal.
    /// </summary>
    public static class FramingLabelNames
    {
        public const string Mixed = "mixed";
        public const string Absent = "absent";

        public static readonly NameMap<FramingLabel> Map = new("framing label",
            (FramingLabel.Asserted, FramingNames.Asserted), (FramingLabel.Hedged, FramingNames.Hedged),
            (FramingLabel.Attributed, FramingNames.Attributed), (FramingLabel.Denied, FramingNames.Denied),
            (FramingLabel.Mixed, Mixed), (FramingLabel.Absent, Absent));

        /// <summary>The labels of a unit's framing of one actor (denials count as hedged): never denied.</summary>
        public static readonly NameSet UnitLabels = new("unit framing label", [.. ClaimsSummary.ArticleLabels.Select(Map.Name)]);

        /// <summary>The dominant framing of a group of mentions (a row exists only with mentions): never absent.</summary>
        public static readonly NameSet Dominant = new("dominant framing", [.. Map.Names.Where(n => n != Absent)]);

        /// <summary>The article-level label of a row of mentions (denials count as hedged): never denied, never absent.</summary>
        public static readonly NameSet ArticleLabels = new("article framing label", [.. UnitLabels.Names.Where(n => n != Absent)]);
    }

    /// <summary>
    /// Actors of claim mentions (<c>evidence.actor</c>) are the actor categories of the claims lexicon, an open set;
    /// a mention attributed to no actor has this one.
    /// </summary>
    public static class ClaimActorNames
    {
        public const string Unknown = "unknown";
    }

    /// <summary>Whose statement a reporting phrase reports (<c>evidence.attribution</c>).</summary>
    public static class AttributionNames
    {
        public const string Named = "named";
        public const string Anonymous = "anonymous";
        public const string Unresolved = "unresolved";

        public static readonly NameMap<AttributionKind> Map = new("attribution",
            (AttributionKind.Named, Named), (AttributionKind.Anonymous, Anonymous), (AttributionKind.Unresolved, Unresolved));
    }

    /// <summary>
    /// Which scorer reads a lexicon (<c>lexicons.kind</c>). The names are the library's constants
    /// (<see cref="LexiconKinds"/>), which SQL and code use directly.
    /// </summary>
    public static class LexiconKindNames
    {
        public static readonly NameSet Set = new("lexicon kind", [.. LexiconKinds.All]);

        /// <summary>The kinds whose scores and evidence the comparisons read.</summary>
        public static readonly NameSet Compared = new("compared lexicon kind",
            LexiconKinds.Topics, LexiconKinds.Claims, LexiconKinds.Sourcing, LexiconKinds.Loaded);
    }

    /// <summary>
    /// The role a category of a claims lexicon plays for the claim-framing scorer (<c>categories[].role</c> of a
    /// lexicon). The names are the library's constants (<see cref="CategoryRoles"/>).
    /// </summary>
    public static class CategoryRoleNames
    {
        public static readonly NameSet Set = new("category role", [.. CategoryRoles.All]);
    }

    /// <summary>Category keys of sourcing lexicons that the comparisons count apart (the built-in sourcing lexicon's).</summary>
    public static class SourcingCategoryNames
    {
        public const string AnonymousSource = "anonymous_source";
        public const string NeutralVerb = "reporting_verb_neutral";
        public const string LoadedVerb = "reporting_verb_loaded";

        public static readonly NameSet Set = new("sourcing category", AnonymousSource, NeutralVerb, LoadedVerb);
    }

    /// <summary>Where a lexicon version came from (<c>lexicon_versions.origin</c>).</summary>
    public static class OriginNames
    {
        public const string Builtin = "builtin";
        public const string Api = "api";

        public static readonly NameSet Set = new("lexicon origin", Builtin, Api);
    }

    /// <summary>The state of a re-scoring job (<c>analysis_jobs.status</c>).</summary>
    public static class JobStatusNames
    {
        public const string Queued = "queued";
        public const string Running = "running";
        public const string Succeeded = "succeeded";
        public const string Failed = "failed";
        public const string Superseded = "superseded";

        public static readonly NameSet Set = new("job status", Queued, Running, Succeeded, Failed, Superseded);
    }

    /// <summary>What an article was sent as (<c>articles.content_type</c>).</summary>
    public static class ContentTypeNames
    {
        public const string Text = "text";
        public const string Html = "html";

        public static readonly NameSet Set = new("content type", Text, Html);
    }

    /// <summary>Where a metadata value of an article came from (<c>article_metadata.*_source</c>, the <c>metadata_source</c> domain).</summary>
    public static class ProvenanceNames
    {
        public const string Given = "given";
        public const string JsonLd = "json_ld";
        public const string Meta = "meta";
        public const string TimeElement = "time_element";
        public const string Url = "url";
        public const string Headline = "headline";

        public static readonly NameMap<MetadataProvenance> Map = new("metadata source",
            (MetadataProvenance.Given, Given), (MetadataProvenance.JsonLd, JsonLd), (MetadataProvenance.Meta, Meta),
            (MetadataProvenance.TimeElement, TimeElement), (MetadataProvenance.Url, Url), (MetadataProvenance.Headline, Headline));
    }

    /// <summary>What kind of publisher a source is (<c>sources.kind</c>).</summary>
    public static class SourceKindNames
    {
        public const string Unknown = "unknown";

        public static readonly NameSet Set = new("source kind",
            "wire", "newspaper", "broadcaster", "magazine", "blog", "think-tank", "state-media", "aggregator", "syndicated-copy", Unknown);
    }

    /// <summary>The outcome of one line of a bulk import.</summary>
    public static class BulkStatusNames
    {
        public const string Created = "created";
        public const string Duplicate = "duplicate";
        public const string Conflict = "conflict";
        public const string Invalid = "invalid";

        public static readonly NameSet Set = new("bulk line status", Created, Duplicate, Conflict, Invalid);
    }

    /// <summary>What a comparison compares (<c>scope.kind</c>).</summary>
    public static class ComparisonKindNames
    {
        public const string Story = "story";
        public const string Sources = "sources";

        public static readonly NameSet Set = new("comparison kind", Story, Sources);
    }

    /// <summary>What a validation unit is (<c>validation_sets.unit_kind</c>): a claim mention, a sentence or an article.</summary>
    public static class ValidationUnitNames
    {
        public const string Claim = "claim";
        public const string Sentence = "sentence";
        public const string Article = "article";

        public static readonly NameSet Set = new("validation unit", Claim, Sentence, Article);
    }

    /// <summary>
    /// What human coders code (<c>validation_codes.field</c>): a claim mention's framing and actor; a sentence's or an
    /// article's framing of one actor (<c>framing:russia</c>), coverage of one topic (<c>topic:cluster_munitions</c>),
    /// anonymous sourcing, and any lexicon category (<c>category:loaded:regime</c>). The kinds, before the colon.
    /// </summary>
    public static class ValidationFieldNames
    {
        public const string Framing = "framing";
        public const string Actor = "actor";
        public const string Topic = "topic";
        public const string AnonymousSourcing = "anonymous_sourcing";
        public const string Category = "category";

        public static readonly NameSet Set = new("validation field", Framing, Actor, Topic, AnonymousSourcing, Category);
    }

    /// <summary>The values of the yes/no validation fields (topics, anonymous sourcing) and of lexicon categories.</summary>
    public static class ValidationValueNames
    {
        public const string Yes = "yes";
        public const string No = "no";
        public const string Present = "present";
        public const string Absent = FramingLabelNames.Absent;

        public static readonly NameSet YesNo = new("yes/no value", Yes, No);
        public static readonly NameSet PresentAbsent = new("present/absent value", Present, Absent);
    }

    /// <summary>
    /// How an interval of a validation report was made: a percentile bootstrap over units (alpha, kappa), the
    /// statistics library's cluster bootstrap of a share (BCa at expanded levels), the Wilson interval the library
    /// falls back to when the units show no variation, or none.
    /// </summary>
    public static class EstimateMethodNames
    {
        public const string PercentileBootstrap = "percentile_bootstrap";
        public const string BcaBootstrap = "bca_bootstrap";
        public const string Wilson = "wilson";
        public const string None = VoiceNames.None;

        public static readonly NameSet Set = new("interval method", PercentileBootstrap, BcaBootstrap, Wilson, None);
    }

    /// <summary>
    /// The PostgreSQL text search configuration of the stored search vectors (<c>articles.search</c>) and of every
    /// search query (<c>websearch_to_tsquery</c>, <c>ts_headline</c>): English stemming and stop words.
    /// </summary>
    public static class SearchNames
    {
        public const string Configuration = "english";

        public static readonly NameSet Configurations = new("text search configuration", Configuration);
    }

    /// <summary>
    /// What a time series measures (<c>metric=</c> of <c>GET /api/timeseries</c>) and how its buckets are cut
    /// (<c>interval=</c>, also of <c>GET /api/attention</c>): read from the query, never stored, so not in
    /// <see cref="All"/>; the OpenAPI document lists them as enums (docs/OVER-TIME.md says what each means).
    /// </summary>
    public static class TimeSeriesNames
    {
        public const string Articles = "articles";
        public const string TopicCoverage = "topic_coverage";
        public const string TopicEmphasis = "topic_emphasis";
        public const string HedgedShare = "hedged_share";
        public const string AttributedShare = "attributed_share";
        public const string DeniedShare = "denied_share";
        public const string AssertedShare = "asserted_share";
        public const string AnonymousShare = "anonymous_share";
        public const string LoadedPer1000 = "loaded_per_1000";
        public const string CategoryPer1000 = "category_per_1000";

        public static readonly NameMap<TimeSeries.SeriesMetric> Metrics = new("time-series metric",
            (TimeSeries.SeriesMetric.Articles, Articles), (TimeSeries.SeriesMetric.TopicCoverage, TopicCoverage),
            (TimeSeries.SeriesMetric.TopicEmphasis, TopicEmphasis), (TimeSeries.SeriesMetric.HedgedShare, HedgedShare),
            (TimeSeries.SeriesMetric.AttributedShare, AttributedShare), (TimeSeries.SeriesMetric.DeniedShare, DeniedShare),
            (TimeSeries.SeriesMetric.AssertedShare, AssertedShare), (TimeSeries.SeriesMetric.AnonymousShare, AnonymousShare),
            (TimeSeries.SeriesMetric.LoadedPer1000, LoadedPer1000), (TimeSeries.SeriesMetric.CategoryPer1000, CategoryPer1000));

        public const string Day = "day";
        public const string Week = "week";
        public const string Month = "month";

        public static readonly NameMap<TimeSeries.BucketInterval> Intervals = new("bucket interval",
            (TimeSeries.BucketInterval.Day, Day), (TimeSeries.BucketInterval.Week, Week), (TimeSeries.BucketInterval.Month, Month));
    }

    /// <summary>
    /// Values of query options that choose how an answer is written (<c>format=</c>, <c>part=</c>): read from the
    /// query, never stored, so not in <see cref="All"/> (the endpoints check them where they read them); the OpenAPI
    /// document lists them as enums.
    /// </summary>
    public static class OptionNames
    {
        public static readonly NameSet JsonOrCsv = new("format", "json", "csv");
        public static readonly NameSet JsonOrDic = new("format", "json", "dic");
        public static readonly NameSet ReportParts = new("report part", "measures", "disagreements");
    }

    /// <summary>
    /// The figures a comparison's differences are asked for (<c>metric=</c>): read from the query and echoed in the
    /// answer, never stored, so not in <see cref="All"/>. Each is a ratio over a source's articles (docs/COMPARISON.md,
    /// "Differences"): the framing shares of claim mentions (by target, actor and voice), the anonymous share of
    /// attributions, loaded language per 1,000 words, a topic's coverage (share of articles), emphasis and sentence
    /// share, and any lexicon category's rate per 1,000 words.
    /// </summary>
    public static class MetricNames
    {
        public const string HedgedShare = "hedged_share";
        public const string AttributedShare = "attributed_share";
        public const string DeniedShare = "denied_share";
        public const string AssertedShare = "asserted_share";
        public const string AnonymousShare = "anonymous_share";
        public const string LoadedPer1000 = "loaded_per_1000";
        public const string TopicCoverage = "topic_coverage";
        public const string TopicEmphasis = "topic_emphasis";
        public const string TopicSentenceShare = "topic_sentence_share";
        public const string CategoryRate = "category_rate";

        /// <summary>The metrics of the differences endpoints.</summary>
        public static readonly NameSet Compared = new("metric", HedgedShare, AttributedShare, DeniedShare, AssertedShare, AnonymousShare,
            LoadedPer1000, TopicCoverage, TopicEmphasis, TopicSentenceShare, CategoryRate);

        /// <summary>The framing of a framing-share metric; null for the others.</summary>
        public static string? Framing(string metric) => metric switch
        {
            HedgedShare => FramingNames.Hedged,
            AttributedShare => FramingNames.Attributed,
            DeniedShare => FramingNames.Denied,
            AssertedShare => FramingNames.Asserted,
            _ => null,
        };
    }

    /// <summary>"a, b or c": names for a message.</summary>
    public static string Describe(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    /// <summary>Every name set, for tests and documentation.</summary>
    public static IReadOnlyList<INameSet> All { get; } =
    [
        SegmentNames.Map, VoiceNames.Voices, VoiceNames.Scopes, FramingNames.Map, AttributionNames.Map,
        LexiconKindNames.Set, SourcingCategoryNames.Set, OriginNames.Set, JobStatusNames.Set, ContentTypeNames.Set,
        SourceKindNames.Set, BulkStatusNames.Set, ComparisonKindNames.Set, ProvenanceNames.Map, FramingLabelNames.Map,
        FramingLabelNames.UnitLabels, ValidationUnitNames.Set, ValidationFieldNames.Set, ValidationValueNames.YesNo,
        ValidationValueNames.PresentAbsent, EstimateMethodNames.Set, FramingLabelNames.Dominant, FramingLabelNames.ArticleLabels,
        CategoryRoleNames.Set, VoiceNames.Compared, SearchNames.Configurations,
    ];
}

/// <summary>A closed set of names.</summary>
public interface INameSet
{
    /// <summary>What the names name, for messages ("voice", "job status").</summary>
    string What { get; }

    /// <summary>The names, in their documented order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Whether <paramref name="name"/> is one of <see cref="Names"/> (exactly: names are case-sensitive).</summary>
    bool IsKnown(string? name);
}

/// <summary>How every refusal of a name outside a closed set is worded, whichever parameter or field it was sent as.</summary>
public static class NameSets
{
    /// <summary>
    /// "Unknown interval 'Week': must be day, week or month. Names are lower case: 'week'.": the field, the value as
    /// sent (<see cref="Echo.Quote"/>), the names it may be, then <paramref name="hint"/> (a sentence, or empty) and, when
    /// the value differs from a name only by case, that name.
    /// </summary>
    public static string Unknown(this INameSet set, string field, string? value, string hint = "") =>
        Unknown(set.Names, field, value, hint);

    /// <summary>The same for names that are no <see cref="INameSet"/> (the values a validation field takes).</summary>
    public static string Unknown(IReadOnlyList<string> names, string field, string? value, string hint = "")
    {
        var message = $"Unknown {field} {Echo.Quote(value)}: must be {Vocabulary.Describe(names)}.";
        if (hint.Length > 0) message += " " + hint;
        return message + LowerCaseHint(names, value);
    }

    /// <summary>" Names are lower case: 'week'." when the lower-cased value is a name (and the value was not); else empty.</summary>
    internal static string LowerCaseHint(IReadOnlyList<string> names, string? value) =>
        value is not null && value.ToLowerInvariant() is var lower && lower != value && names.Contains(lower, StringComparer.Ordinal)
            ? $" Names are lower case: {Echo.Quote(lower)}."
            : "";
}

/// <summary>A name read back (from the database, or a client) that the vocabulary does not know.</summary>
public sealed class UnknownNameException(string what, string? name)
    : Exception($"{Echo.Quote(name)} is not a {what}.")
{
    public string What { get; } = what;
}

/// <summary>A closed set of names that stand for themselves (no enum behind them).</summary>
public sealed class NameSet : INameSet
{
    readonly FrozenSet<string> _known;

    public NameSet(string what, params string[] names)
    {
        What = what;
        Names = names;
        _known = names.ToFrozenSet(StringComparer.Ordinal);
    }

    public string What { get; }

    public IReadOnlyList<string> Names { get; }

    public bool IsKnown(string? name) => name is not null && _known.Contains(name);

    /// <summary>The name itself; throws <see cref="UnknownNameException"/> when it is not in the set.</summary>
    public string Require(string? name) => IsKnown(name) ? name! : throw new UnknownNameException(What, name);

    /// <summary>"a, b or c", for messages.</summary>
    public string Describe() => Vocabulary.Describe(Names);
}

/// <summary>
/// The names of an enum's values, both ways. Every value has a name (checked when the map is built) and an unknown
/// name throws rather than falling back to a default: a stored name means exactly one thing.
/// </summary>
public sealed class NameMap<T> : INameSet where T : struct, Enum
{
    readonly FrozenDictionary<T, string> _byValue;
    readonly FrozenDictionary<string, T> _byName;

    public NameMap(string what, params (T Value, string Name)[] pairs)
    {
        What = what;
        foreach (var value in Enum.GetValues<T>())
            if (pairs.Count(p => p.Value.Equals(value)) != 1) throw new InvalidOperationException($"The {what} {value} needs exactly one name.");
        if (pairs.DistinctBy(p => p.Name, StringComparer.Ordinal).Count() != pairs.Length)
            throw new InvalidOperationException($"Two {what} values share a name.");
        _byValue = pairs.ToFrozenDictionary(p => p.Value, p => p.Name);
        _byName = pairs.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        Names = pairs.Select(p => p.Name).ToArray();
    }

    public string What { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The name of <paramref name="value"/>.</summary>
    public string Name(T value) =>
        _byValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"No {What} name.");

    /// <summary>
    /// The value's code in packed rows (<c>article_lexicon_versions.analysis</c>): its position in this map's
    /// documented order, which, like the names, never changes (new values are appended).
    /// </summary>
    public byte Code(T value)
    {
        var name = Name(value);
        for (var i = 0; i < Names.Count; i++)
            if (Names[i] == name) return (byte)i;
        throw new ArgumentOutOfRangeException(nameof(value), value, $"No {What} code.");
    }

    /// <summary>The value of a packed code; throws <see cref="UnknownNameException"/> for a code this map does not have.</summary>
    public T FromCode(byte code) => code < Names.Count ? _byName[Names[code]] : throw new UnknownNameException(What, $"code {code}");

    /// <summary>The value named <paramref name="name"/>; throws <see cref="UnknownNameException"/> for any other name.</summary>
    public T Parse(string? name) =>
        name is not null && _byName.TryGetValue(name, out var value) ? value : throw new UnknownNameException(What, name);

    public bool IsKnown(string? name) => name is not null && _byName.ContainsKey(name);

    /// <summary>"a, b or c", for messages.</summary>
    public string Describe() => Vocabulary.Describe(Names);
}
