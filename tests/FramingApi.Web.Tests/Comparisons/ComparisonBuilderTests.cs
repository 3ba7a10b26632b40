using FramingApi.Comparisons;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Web.Tests.Comparisons;

/// <summary>The comparison's arithmetic, from hand-made aggregates: no database.</summary>
public sealed class ComparisonBuilderTests
{
    const string Base = "/api/stories/s/comparison/evidence?";
    static readonly ComparisonScope Scope = new("story", null, null, null, null);

    static SourceRow Source(long id, string slug, long words = 1000) => new(id, slug, slug.ToUpperInvariant(), 1, words, 0, 0);

    /// <summary>A topic cell whose emphasis (emphasis_sum / weight) is <paramref name="emphasis"/>.</summary>
    static TopicRow Topic(long source, string topic, double emphasis, int hits = 1) =>
        new(source, topic, hits, ShareSum: emphasis * 100, EmphasisSum: emphasis * 100, Weight: 100, FirstMention: hits > 0 ? 0.5 : null, Covered: hits > 0);

    static ComparisonData Data(IReadOnlyList<SourceRow> sources, IReadOnlyList<string> topics, IReadOnlyList<TopicRow>? cells = null,
        IReadOnlyList<ClaimRow>? claims = null, IReadOnlyList<SourcingRow>? sourcing = null, IReadOnlyList<LoadedRow>? loaded = null,
        IReadOnlyList<SharedRow>? shared = null) =>
        new(sources, topics, [new LexiconRow("topics", 4, 1, "hash")], cells ?? [], claims ?? [], sourcing ?? [], loaded ?? [], [], shared ?? []);

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
            sourcing: [new SourcingRow(1, "reporting_verb_neutral", null, "said", 3)],
            loaded: [new LoadedRow(1, "pejorative", 2)],
            shared: [new SharedRow(10, 1, "T", Own: 0, Shared: 0, OtherId: 11, OtherSource: "b", BestCount: 0)]);

        var a = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a");

        Assert.Null(a.Sourcing.AnonymousShare); // no named and no anonymous attributions
        Assert.Equal(3, a.Sourcing.NeutralVerbs);
        Assert.Equal(0, a.LoadedLanguage.Single().Per1000Words); // no own-voice words
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
            new ClaimRow(1, "war_crimes", "russia", "quotation", "asserted", 1),
            new ClaimRow(1, "war_crimes", "russia", "outlet", "hedged", 3),
            new ClaimRow(1, "war_crimes", "russia", "outlet", "asserted", 1),
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
            new SourcingRow(1, "reporting_verb_neutral", "named", "said", 3),
            new SourcingRow(1, "reporting_verb_loaded", "anonymous", "claimed", 1),
            new SourcingRow(1, "anonymous_source", null, "officials familiar with the matter", 1),
            new SourcingRow(1, "reporting_verb_neutral", "unresolved", "said", 2),
        ]);

        var s = Row(ComparisonBuilder.Build(data, "s", Scope, Base, null), "a").Sourcing;

        Assert.Equal((3, 1, 2), (s.Named, s.Anonymous, s.Unresolved));
        Assert.Equal(0.25, s.AnonymousShare);
        Assert.Equal((1, 5, 1), (s.AnonymousSourcePhrases, s.NeutralVerbs, s.LoadedVerbs));
        Assert.Equal([("said", 5), ("claimed", 1)], s.Verbs.Select(v => (v.Term, v.Count)));
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
