using FramingApi.Analysis.Statistics;
using FramingApi.Comparisons;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Web.Tests.Comparisons;

/// <summary>The comparison's arithmetic, from hand-made per-article data: no database.</summary>
public sealed class ComparisonBuilderTests
{
    const string Base = "/api/stories/s/comparison/evidence?";
    static readonly ComparisonScope Scope = new("story", null, null, null, null);

    /// <summary>A source with one article, whose id is 10 × the source's.</summary>
    static (long Id, string Slug, string Name, ArticleFacts Article) Source(long id, string slug, int words = 1000) =>
        (id, slug, slug.ToUpperInvariant(), new ArticleFacts(id * 10, id, $"Article of {slug}", words, 0, 0));

    /// <summary>A topic score of a source's article whose emphasis (and sentence share) is <paramref name="emphasis"/>.</summary>
    static ArticleTopic Topic(long source, string topic, double emphasis, int hits = 1) =>
        new(source * 10, topic, hits, emphasis, emphasis, hits > 0 ? 0.5 : null, hits > 0);

    static ArticleClaims Claim(long source, string target, string actor, string voice, string framing, int count) =>
        new(source * 10, target, actor, voice, framing, count);

    static ArticleData Data(IReadOnlyList<(long Id, string Slug, string Name, ArticleFacts Article)> sources, IReadOnlyList<string> topics,
        IReadOnlyList<ArticleTopic>? cells = null, IReadOnlyList<ArticleClaims>? claims = null, IReadOnlyList<ArticleSourcing>? sourcing = null,
        IReadOnlyList<ArticleLoaded>? loaded = null, IReadOnlyList<ArticleShared>? shared = null) =>
        new([.. sources.Select(s => (s.Id, s.Slug, s.Name))], topics, [new LexiconRow("topics", 4, 1, "hash")], [.. sources.Select(s => s.Article)],
            cells ?? [], claims ?? [], sourcing ?? [], loaded ?? [], [], shared ?? [], [], [], []);

    static SourceComparison Row(ComparisonResponse r, string slug) => r.Sources.Single(s => s.Source == slug);

    [Fact]
    public void Sources_with_equal_emphasis_share_a_rank_and_the_next_rank_is_skipped()
    {
        var data = Data([Source(1, "a"), Source(2, "b"), Source(3, "c"), Source(4, "d")], ["war"],
            [Topic(1, "war", 0.5), Topic(2, "war", 0.5), Topic(3, "war", 0.2)]);

        var result = ComparisonBuilder.Build(data, "s", Scope, Base, null);

        Assert.Equal([1, 1, 3, 4], new[] { "a", "b", "c", "d" }.Select(s => Row(result, s).Topics.Single().Rank));
        Assert.Equal(0, Row(result, "d").Topics.Single().Emphasis);
        Assert.False(Row(result, "d").Topics.Single().Covered);
        Assert.Null(Row(result, "d").Topics.Single().FirstMention);
    }

    [Fact]
    public void A_topic_is_an_omission_when_at_least_half_of_the_other_sources_cover_it()
    {
        // Topic "war": covered by b and c. a misses it and both others cover it: omitted. d misses it, and 2 of its 3
        // others cover it: omitted. Topic "aid": covered by b only: for a, 1 of 3 others, not half: not omitted.
        var data = Data([Source(1, "a"), Source(2, "b"), Source(3, "c"), Source(4, "d")], ["war", "aid"],
            [Topic(2, "war", 0.4), Topic(3, "war", 0.3), Topic(2, "aid", 0.1)]);

        var result = ComparisonBuilder.Build(data, "s", Scope, Base, null);

        Assert.Equal(["war"], Row(result, "a").Omissions);
        Assert.Equal(["war"], Row(result, "d").Omissions);
        Assert.Empty(Row(result, "b").Omissions);
        // c misses "aid": 1 of its 3 others (b) covers it, less than half.
        Assert.Empty(Row(result, "c").Omissions);
    }

    [Fact]
    public void Exactly_half_of_the_others_is_enough_for_an_omission()
    {
        var data = Data([Source(1, "a"), Source(2, "b"), Source(3, "c")], ["war"], [Topic(2, "war", 0.4)]);

        var result = ComparisonBuilder.Build(data, "s", Scope, Base, null);

        Assert.Equal(["war"], Row(result, "a").Omissions); // 1 of 2 others
        Assert.Equal(["war"], Row(result, "c").Omissions);
    }

    [Fact]
    public void A_single_source_has_no_omissions_and_no_distinctive_terms()
    {
        var result = ComparisonBuilder.Build(Data([Source(1, "a")], ["war"]), "s", Scope, Base, null);

        Assert.Empty(Row(result, "a").Omissions);
        Assert.Empty(Row(result, "a").DistinctiveTerms);
    }

    [Fact]
    public void Zero_totals_give_zero_shares_and_no_anonymous_share()
    {
        var data = Data([Source(1, "a", words: 0)], [],
            claims: [],
            sourcing: [new ArticleSourcing(10, "reporting_verb_neutral", null, "said", 3)],
            loaded: [new ArticleLoaded(10, "pejorative", 2)],
            shared: [new ArticleShared(10, Own: 0, Shared: 0, OtherId: 11, OtherSource: "b", BestCount: 0)]);

        var a = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a");

        Assert.Null(a.Sourcing.AnonymousShare); // no named and no anonymous attributions
        Assert.Equal(3, a.Sourcing.NeutralVerbs);
        Assert.Equal(0, a.LoadedLanguage.Single().Per1000Words); // no own-voice words
        Assert.Null(a.LoadedLanguage.Single().Per1000WordsCiLow); // and so no rate, nor interval
        Assert.Equal(0, a.LoadedLanguage.Single().NArticles);
        var shared = a.SharedText.Single();
        Assert.Equal(0, shared.Share);
        Assert.Null(shared.SharesMostWithArticle); // the best match shares nothing
        Assert.Null(shared.SharesMostWithSource);
    }

    [Fact]
    public void Claim_shares_divide_by_the_mentions_of_their_target_actor_and_voice()
    {
        var data = Data([Source(1, "a")], [], claims:
        [
            Claim(1, "war_crimes", "russia", "quotation", "asserted", 1),
            Claim(1, "war_crimes", "russia", "outlet", "hedged", 3),
            Claim(1, "war_crimes", "russia", "outlet", "asserted", 1),
        ]);

        var claims = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a").Claims;

        Assert.Equal(["outlet", "quotation"], claims.Select(c => c.Voice)); // own voice first
        var outlet = claims[0];
        Assert.Equal((4, 3, 1), (outlet.Total, outlet.Hedged, outlet.Asserted));
        Assert.Equal(0.75, outlet.HedgedShare);
        Assert.Equal(0, outlet.DeniedShare);
        Assert.Equal(1, claims[1].AssertedShare);
        Assert.Equal($"{Base}source=a&target=war_crimes&actor=russia&voice=outlet", outlet.Evidence);
    }

    [Fact]
    public void Sourcing_counts_attributions_and_anonymous_share()
    {
        var data = Data([Source(1, "a")], [], sourcing:
        [
            new ArticleSourcing(10, "reporting_verb_neutral", "named", "said", 3),
            new ArticleSourcing(10, "reporting_verb_loaded", "anonymous", "claimed", 1),
            new ArticleSourcing(10, "anonymous_source", null, "officials familiar with the matter", 1),
            new ArticleSourcing(10, "reporting_verb_neutral", "unresolved", "said", 2),
        ]);

        var s = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a").Sourcing;

        Assert.Equal((3, 1, 2), (s.Named, s.Anonymous, s.Unresolved));
        Assert.Equal(0.25, s.AnonymousShare);
        Assert.Equal((1, 5, 1), (s.AnonymousSourcePhrases, s.NeutralVerbs, s.LoadedVerbs));
        Assert.Equal([("said", 5), ("claimed", 1)], s.Verbs.Select(v => (v.Term, v.Count)));
        Assert.Equal(4, s.NMentions); // the share's denominator: named + anonymous
        Assert.Equal($"{Base}source=a&attributed=true&voice=outlet", s.Evidence); // the voice the counts are in
    }

    [Fact]
    public void A_topic_filter_keeps_one_topic_and_the_lexicons_read_are_listed()
    {
        var data = Data([Source(1, "a"), Source(2, "b")], ["war", "aid"], [Topic(1, "war", 0.4), Topic(2, "aid", 0.1)]);

        var result = ComparisonBuilder.Build(data, "s", Scope, Base, "aid");

        Assert.Equal(["aid"], result.Topics);
        Assert.All(result.Sources, s => Assert.Equal("aid", s.Topics.Single().Topic));
        Assert.Equal(4, result.Lexicons.Single().LexiconVersionId);
        Assert.Equal(2, result.ArticleCount);
    }
}

/// <summary>The intervals and support of a comparison's figures, and the lexicon categories, from hand-made per-article data.</summary>
public sealed class ComparisonUncertaintyTests
{
    const string Base = "/api/stories/s/comparison/evidence?";
    static readonly ComparisonScope Scope = new("story", null, null, null, null);

    /// <summary>One source "a" (id 1) with the given articles (ids 1…n, 500 own-voice words each), and a second source "b"
    /// (id 2) with one article (id 100).</summary>
    static ArticleData Data(int articles, IReadOnlyList<ArticleClaims>? claims = null, IReadOnlyList<ArticleTopic>? topics = null,
        IReadOnlyList<ArticleCategory>? categories = null, IReadOnlyList<LexiconCategories>? versions = null, IReadOnlyList<string>? topicKeys = null)
    {
        var facts = Enumerable.Range(1, articles).Select(i => new ArticleFacts(i, 1, $"A{i}", 500, 100, 40))
            .Append(new ArticleFacts(100, 2, "B", 800, 0, 0)).ToList();
        var scored = versions?.SelectMany(v => facts.Select(f => new ArticleLexicon(f.ArticleId, v.Name))).ToList() ?? [];
        return new ArticleData([(1, "a", "A"), (2, "b", "B")], topicKeys ?? [], [], facts, topics ?? [], claims ?? [], [], [], [], [],
            categories ?? [], scored, versions ?? []);
    }

    static SourceComparison Row(ComparisonResponse r, string slug) => r.Sources.Single(s => s.Source == slug);

    [Fact]
    public void A_share_of_mentions_in_one_article_has_the_wilson_interval_of_its_mentions_and_is_low_n()
    {
        // Four mentions, all hedged, in one article: the bootstrap cannot resample one article, so the interval is
        // Wilson's for 4 of 4 (docs/COMPARISON.md), [0.510, 1].
        var data = Data(3, claims: [new ArticleClaims(2, "war_crimes", "russia", "outlet", "hedged", 4)]);

        var row = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a").Claims.Single();

        var wilson = WilsonInterval.Compute(4, 4);
        Assert.Equal((1.0, wilson.Low, wilson.High), (row.HedgedShare, row.HedgedShareCiLow!.Value, row.HedgedShareCiHigh!.Value));
        Assert.Equal(0.510, wilson.Low, 3);
        Assert.Equal((1, 4L, true), (row.NArticles, row.NMentions, row.LowN));
        Assert.Equal((0.0, 0.0), (row.AssertedShareCiLow!.Value, row.AssertedShare));
    }

    [Fact]
    public void Shares_spread_over_articles_get_a_bootstrap_interval_around_them_resampling_articles()
    {
        // 12 articles with 2-5 mentions each, hedged in varying proportions: a cluster bootstrap over the 12 articles.
        var claims = new List<ArticleClaims>();
        for (var i = 1; i <= 12; i++)
        {
            var total = 2 + i % 4;
            var hedged = i % 3 == 0 ? total : i % 3 == 1 ? 1 : 0;
            if (hedged > 0) claims.Add(new ArticleClaims(i, "war_crimes", "russia", "outlet", "hedged", hedged));
            if (total > hedged) claims.Add(new ArticleClaims(i, "war_crimes", "russia", "outlet", "asserted", total - hedged));
        }
        var row = Row(ComparisonBuilder.Build(Data(12, claims), "s", Scope, Base, null), "a").Claims.Single();

        Assert.Equal((12, (long)row.Total, false), (row.NArticles, row.NMentions, row.LowN));
        Assert.InRange(row.HedgedShare, row.HedgedShareCiLow!.Value, row.HedgedShareCiHigh!.Value);
        // Wider than the Wilson interval that would treat the mentions as independent.
        var wilson = WilsonInterval.Compute(row.Hedged, row.Total);
        Assert.True(row.HedgedShareCiHigh - row.HedgedShareCiLow > wilson.High - wilson.Low, $"{row.HedgedShareCiLow}-{row.HedgedShareCiHigh}");
    }

    [Fact]
    public void The_same_articles_in_another_order_give_the_same_intervals()
    {
        // Two targets, so that the order rows come in also changes the order their figures are first seen.
        var claims = Enumerable.Range(1, 9).SelectMany(i => new[]
        {
            new ArticleClaims(i, "war_crimes", "russia", "outlet", "hedged", i % 3),
            new ArticleClaims(i, "war_crimes", "russia", "outlet", "asserted", 1 + i % 2),
            new ArticleClaims(i, "genocide", "unknown", "quotation", "hedged", i % 2),
            new ArticleClaims(i, "genocide", "unknown", "quotation", "denied", 1),
        }).Where(c => c.Count > 0).ToList();
        var data = Data(9, claims);
        var reversed = data with { Articles = [.. data.Articles.Reverse()], Claims = [.. claims.AsEnumerable().Reverse()] };

        var one = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a").Claims;
        var other = Row(ComparisonBuilder.Build(reversed, "s", Scope, Base, null), "a").Claims;

        Assert.Equal(2, one.Count);
        Assert.Equal(one.Select(c => (c.HedgedShareCiLow, c.HedgedShareCiHigh, c.DeniedShareCiLow, c.DeniedShareCiHigh)),
            other.Select(c => (c.HedgedShareCiLow, c.HedgedShareCiHigh, c.DeniedShareCiLow, c.DeniedShareCiHigh)));
        Assert.All(one, c => Assert.True(c.HedgedShareCiHigh > c.HedgedShareCiLow));
    }

    [Fact]
    public void Coverage_is_the_share_of_articles_that_mention_a_topic_with_its_wilson_interval()
    {
        // 8 of 10 articles mention the topic: Wilson 95 % [0.490, 0.943] (Newcombe 1998).
        var topics = Enumerable.Range(1, 10).Select(i => new ArticleTopic(i, "war", i <= 8 ? 2 : 0, i <= 8 ? 0.2 : 0, i <= 8 ? 0.3 : 0,
            i <= 8 ? 0.1 : null, i <= 8)).ToList();
        var result = ComparisonBuilder.Build(Data(10, topics: topics, topicKeys: ["war", "aid"]), "s", Scope, Base, null);

        var war = Row(result, "a").Topics.Single(t => t.Topic == "war");
        Assert.Equal(0.8, war.Coverage);
        Assert.Equal(0.490, war.CoverageCiLow!.Value, 3);
        Assert.Equal(0.943, war.CoverageCiHigh!.Value, 3);
        Assert.Equal((10, false), (war.NArticles, war.LowN));
        Assert.InRange(war.Emphasis, war.EmphasisCiLow!.Value, war.EmphasisCiHigh!.Value);
        Assert.Equal($"{Base}source=a&topic=war&voice=article", war.Evidence); // outlet + quotations, as the hits count
        // "aid" is mentioned by no article of a; b has no topic score at all: both list what they never mention.
        Assert.Equal(["aid"], Row(result, "a").NotCovered);
        Assert.Equal(["war", "aid"], Row(result, "b").NotCovered);
    }

    static LexiconCategories Version(string name, string kind, params string[] categories) =>
        new() { Name = name, Kind = kind, LexiconVersionId = name.Length, Version = 1, ContentHash = "h", Categories = categories };

    [Fact]
    public void A_user_dictionary_is_listed_per_1000_words_by_default_and_any_lexicon_when_named()
    {
        var versions = new[] { Version("care-harm", "custom", "care", "harm", "unused"), Version("loaded", "loaded", "pejorative") };
        // Articles 1-3 of a: 2 "harm" hits each in the outlet's voice, one more in quotations; b's article: none.
        var hits = Enumerable.Range(1, 3).SelectMany(i => new[]
        {
            new ArticleCategory(i, "care-harm", "harm", "outlet", 2), new ArticleCategory(i, "care-harm", "harm", "quotation", 1),
            new ArticleCategory(i, "care-harm", "harm", "article", 3), new ArticleCategory(i, "loaded", "pejorative", "outlet", 1),
            new ArticleCategory(i, "loaded", "pejorative", "article", 1),
        }).ToList();
        var data = Data(3, categories: hits, versions: versions);

        var byDefault = ComparisonBuilder.Build(data, "s", Scope, Base, null);
        var a = Row(byDefault, "a").Categories;
        Assert.Equal([("harm", "outlet"), ("harm", "article")], a.Select(c => (c.Category, c.Voice))); // used categories only
        var outlet = a[0];
        Assert.Equal((6, 1500L, 4.0), (outlet.Hits, outlet.Words, outlet.Per1000Words));
        Assert.Equal((9, 1800L), (a[1].Hits, a[1].Words)); // outlet + quotations
        Assert.Equal((3, 6L, true), (outlet.NArticles, outlet.NMentions, outlet.LowN));
        Assert.InRange(4.0, outlet.Per1000WordsCiLow!.Value, outlet.Per1000WordsCiHigh!.Value); // all three articles at 4 per 1,000: Poisson
        Assert.Equal(PoissonInterval.Compute(6, 1.5).High, outlet.Per1000WordsCiHigh!.Value, 12);
        Assert.Equal($"{Base}source=a&lexicon=care-harm&category=harm&voice=outlet", outlet.Evidence);
        var b = Row(byDefault, "b").Categories;
        Assert.Equal((0, 0.0, 0.0), (b[0].Hits, b[0].Per1000Words, b[0].Per1000WordsCiLow!.Value)); // zero, with its upper bound
        Assert.True(b[0].Per1000WordsCiHigh > 0);
        Assert.Contains(byDefault.Lexicons, l => l.Name == "care-harm");

        var named = ComparisonBuilder.Build(data, "s", Scope, Base, null, ["loaded"]);
        Assert.Equal([("loaded", "pejorative", "outlet"), ("loaded", "pejorative", "article")],
            Row(named, "a").Categories.Select(c => (c.Lexicon, c.Category, c.Voice)));
        Assert.DoesNotContain(named.Lexicons, l => l.Name == "care-harm");
    }
}
