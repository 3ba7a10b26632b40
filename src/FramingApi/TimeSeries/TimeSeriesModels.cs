using System.ComponentModel;
using FramingApi.Analysis.Lexicons;
using FramingApi.Comparisons;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.TimeSeries;

/// <summary>A measure per source over time: one row per source and bucket, empty buckets included.</summary>
public sealed record TimeSeriesResponse(
    [property: NamesFrom(typeof(TimeSeriesNames), nameof(TimeSeriesNames.Metrics)), Description("What each row's value measures (docs/OVER-TIME.md): articles (a count), topic_coverage, topic_emphasis, hedged_share, attributed_share, denied_share, asserted_share, anonymous_share (shares or means, 0-1), loaded_per_1000 or category_per_1000 (hits per 1,000 own-voice words).")] string Metric,
    [property: NamesFrom(typeof(TimeSeriesNames), nameof(TimeSeriesNames.Intervals)), Description("day, week (from Monday) or month: the length of a bucket, in UTC.")] string Interval,
    [property: Description("Articles published at or after this time are counted (UTC).")] DateTime From,
    [property: Description("Articles published at or before this time are counted (a date means the end of that day; UTC).")] DateTime To,
    [property: Description("The sources, by slug, in slug order: the rows of each come together.")] IReadOnlyList<string> Sources,
    [property: Description("Only this story's articles, or null for all their articles.")] string? Story,
    [property: LexiconKeys(LexiconKinds.Topics), Description("topic_coverage and topic_emphasis: the topic; else null.")] string? Topic,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("Framing shares: only claims of this target, or null for all targets.")] string? Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("Framing shares: only claims with this actor, or null for all actors.")] string? Actor,
    [property: Description("category_per_1000: the lexicon; else null.")] string? Lexicon,
    [property: Description("loaded_per_1000: only this loaded-language category, or null for all; category_per_1000: the lexicon's category.")] string? Category,
    [property: Description("The lexicon versions whose stored scores the values read (none for the article count).")] IReadOnlyList<LexiconUsed> Lexicons,
    [property: Description("Buckets per source: the rows are sources × buckets.")] int Buckets,
    [property: Description("One row per source and bucket, by source and then by time; a bucket without articles is a row with total_articles 0.")] IReadOnlyList<TimeSeriesPoint> Items);

/// <summary>One source in one bucket.</summary>
public sealed record TimeSeriesPoint(
    [property: Description("Source slug.")] string Source,
    [property: Description("Start of the bucket (UTC): midnight; for weeks, Monday's; for months, the first day's. It holds the articles published from there up to the next bucket's start (and within from and to).")] DateTime BucketStart,
    [property: Description("The source's articles published in the bucket (0: an empty bucket).")] int TotalArticles,
    [property: Description("The articles the value rests on: all of the bucket's for articles, topic_coverage and topic_emphasis; those with claim mentions (of the target and actor) for a framing share, with attributions for anonymous_share, with own-voice words for a rate.")] int NArticles,
    [property: Description("Framing shares: claim mentions; anonymous_share: named and anonymous attributions; rates: the hits counted. Null for the other metrics.")] long? NMentions,
    [property: Description("The measure: the number of articles; a share (0-1); a mean emphasis (0-1); hits per 1,000 own-voice words. Null when nothing in the bucket has a denominator (no articles, no claim mentions …).")] double? Value,
    [property: Description("Lower end of the 95 % interval (docs/OVER-TIME.md says which interval each metric gets); null when there is none.")] double? CiLow,
    [property: Description("Upper end of the 95 % interval; null when there is none.")] double? CiHigh,
    [property: Description("True when the value rests on fewer than 8 articles or 10 mentions: read it as a lead to the evidence, not as a measurement.")] bool LowN);

/// <summary>How much each source wrote that matches a search, over time, against all it wrote.</summary>
public sealed record AttentionResponse(
    [property: Description("The search as sent (web-search syntax: words, \"quoted phrases\", or, -word).")] string Q,
    [property: Description("The search as PostgreSQL reads it (websearch_to_tsquery('english', q)): stemmed words, & (and), | (or), ! (not), <-> (followed by).")] string Query,
    [property: NamesFrom(typeof(TimeSeriesNames), nameof(TimeSeriesNames.Intervals)), Description("day, week (from Monday) or month, in UTC.")] string Interval,
    [property: Description("Articles published at or after this time are counted (UTC).")] DateTime From,
    [property: Description("Articles published at or before this time are counted (UTC).")] DateTime To,
    [property: Description("The sources, by slug, in slug order.")] IReadOnlyList<string> Sources,
    [property: Description("Only this story's articles, or null.")] string? Story,
    [property: Description("Buckets per source.")] int Buckets,
    [property: Description("One row per source and bucket, by source and then by time, empty buckets included.")] IReadOnlyList<AttentionPoint> Items);

/// <summary>One source's attention to a search in one bucket.</summary>
public sealed record AttentionPoint(
    [property: Description("Source slug.")] string Source,
    [property: Description("Start of the bucket (UTC), as in /api/timeseries.")] DateTime BucketStart,
    [property: Description("All the source's articles published in the bucket.")] int NArticles,
    [property: Description("Of those, the articles that match the search (headline, lead and body; not boilerplate or reader comments).")] int NMatching,
    [property: Description("n_matching / n_articles, 0-1: the share of the source's own output that matches; null without articles.")] double? Share,
    [property: Description("Lower end of the 95 % Wilson interval of the share; null without articles.")] double? CiLow,
    [property: Description("Upper end of the 95 % Wilson interval of the share; null without articles.")] double? CiHigh,
    [property: Description("True when the share rests on fewer than 8 articles.")] bool LowN);
