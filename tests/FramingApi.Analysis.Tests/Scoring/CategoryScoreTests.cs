using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Hits, rates, sentence share, emphasis and first mention of categories.</summary>
public class CategoryScoreTests
{
    static readonly LexiconDefinition Greek = new("greek", LexiconKinds.Custom, "Test lexicon.",
        [new LexiconCategory("alpha"), new LexiconCategory("omega")],
        [new LexiconEntry("alpha", ["alpha"], 2), new LexiconEntry("omega", ["omega"])]);

    [Fact]
    public void Rates_share_emphasis_and_first_mention_follow_their_formulas()
    {
        // 16 words, 4 sentences in one paragraph; "alpha" (weight 2) in sentences 0 and 2.
        var analyzer = new FramingAnalyzer([Greek]);
        var (text, analysis) = Pipeline.Run(new ArticleParts(
            "Alpha beta gamma delta. Epsilon zeta eta theta. Alpha iota kappa lambda. Mu nu xi omicron."), analyzer);
        Assert.Equal(4, text.Sentences.Length);
        Assert.Equal(new VoiceCounts(16, 0, 0, 4, 0, 0), analysis.Counts);

        var alpha = Assert.Single(analysis.Scores, s => s.Category == "alpha" && s.Voice == VoiceScope.Outlet);
        Assert.Equal(2, alpha.Hits);
        Assert.Equal(4.0, alpha.WeightedHits);
        Assert.Equal(2 * 1000.0 / 16, alpha.Per1000Words, 9);
        Assert.Equal(0.5, alpha.SentenceShare, 9);
        // One segment, so only position counts: weights 1 + (1 − p) for p = 0, 1/3, 2/3, 1 are 2, 5/3, 4/3, 1.
        Assert.Equal((2 + 4.0 / 3) / 6, alpha.Emphasis, 9);
        Assert.Equal(0.0, alpha.FirstMention);
        Assert.True(alpha.Covered);

        // Article = outlet + quotation; no quotation and no comments here, and nothing for "omega" at all.
        Assert.Equal(alpha with { Voice = VoiceScope.Article }, analysis.Scores.Single(s => s.Category == "alpha" && s.Voice == VoiceScope.Article));
        Assert.DoesNotContain(analysis.Scores, s => s.Category == "alpha" && s.Voice is VoiceScope.Quotation or VoiceScope.Comments);
        Assert.DoesNotContain(analysis.Scores, s => s.Category == "omega");
    }

    [Fact]
    public void Quotations_and_comments_are_scored_in_their_own_scopes()
    {
        var analyzer = new FramingAnalyzer([Greek]);
        var (_, analysis) = Pipeline.Run(new ArticleParts(
            "Alpha beta said \u201calpha omega gamma.\u201d", Comments: ["Omega omega delta."]), analyzer);
        CategoryScore Get(string c, VoiceScope v) => analysis.Scores.Single(s => s.Category == c && s.Voice == v);
        Assert.Equal(1, Get("alpha", VoiceScope.Outlet).Hits);
        Assert.Equal(1, Get("alpha", VoiceScope.Quotation).Hits);
        Assert.Equal(2, Get("alpha", VoiceScope.Article).Hits);
        Assert.Equal(1, Get("omega", VoiceScope.Quotation).Hits);
        Assert.Equal(2, Get("omega", VoiceScope.Comments).Hits);
        Assert.Equal(1, Get("omega", VoiceScope.Article).Hits);
        Assert.Equal(2 * 1000.0 / analysis.Counts.CommentWords, Get("omega", VoiceScope.Comments).Per1000Words, 9);
        Assert.DoesNotContain(analysis.Scores, s => s.Category == "omega" && s.Voice == VoiceScope.Outlet);
    }

    static CategoryScore Topic(ArticleAnalysis analysis, string key) =>
        SeedScoringTests.Score(analysis, "topics", key, VoiceScope.Article);

    const string Body = "Officials met on Monday.\n\nThey talked for hours about the war.\n\nThe talks will go on next week.\n\n";

    [Fact]
    public void A_topic_in_the_headline_outweighs_the_same_topic_once_in_the_last_paragraph()
    {
        var (_, early) = Pipeline.Run(new ArticleParts(Body + "Nothing was agreed.", Headline: "Kyiv to get cluster munitions"));
        var (_, late) = Pipeline.Run(new ArticleParts(Body + "Kyiv will get cluster munitions.", Headline: "Nothing was agreed"));
        var (a, b) = (Topic(early, "cluster_munitions"), Topic(late, "cluster_munitions"));
        Assert.Equal((1, 1), (a.Hits, b.Hits));
        Assert.Equal(a.SentenceShare, b.SentenceShare, 9);
        Assert.True(a.Emphasis > 2 * b.Emphasis, $"{a.Emphasis} vs {b.Emphasis}");
        Assert.Equal(0.0, a.FirstMention);
        Assert.Equal(1.0, b.FirstMention);
    }

    [Fact]
    public void Emphasis_weights_are_configurable()
    {
        var flat = new FramingAnalyzer([Pipeline.Load("topics")], new EmphasisWeights(1, 1, 1, 0));
        var (_, analysis) = Pipeline.Run(new ArticleParts(Body + "Nothing was agreed.", Headline: "Kyiv to get cluster munitions"), flat);
        var score = analysis.Scores.Single(s => s.Category == "cluster_munitions" && s.Voice == VoiceScope.Article);
        Assert.Equal(score.SentenceShare, score.Emphasis, 9); // no weights: emphasis is the sentence share

        // The same compiled lexicons with other weights: only emphasis changes.
        var heavy = flat.WithWeights(new EmphasisWeights(Headline: 10, Lead: 1, Body: 1, PositionBoost: 0));
        var (_, again) = Pipeline.Run(new ArticleParts(Body + "Nothing was agreed.", Headline: "Kyiv to get cluster munitions"), heavy);
        var weighted = again.Scores.Single(s => s.Category == "cluster_munitions" && s.Voice == VoiceScope.Article);
        Assert.Equal(score with { Emphasis = weighted.Emphasis }, weighted);
        Assert.True(weighted.Emphasis > score.Emphasis, $"{weighted.Emphasis} vs {score.Emphasis}");
        Assert.Same(flat, flat.WithWeights(new EmphasisWeights(1, 1, 1, 0)));
    }

    [Theory]
    [InlineData(0, 2, 1, 1, "headline")]
    [InlineData(3, -1, 1, 1, "lead")]
    [InlineData(3, 2, double.NaN, 1, "body")]
    [InlineData(3, 2, 1, -0.1, "position_boost")]
    [InlineData(3, 2, 1, 1001, "position_boost")]
    public void Invalid_emphasis_weights_are_refused(double headline, double lead, double body, double boost, string field)
    {
        var weights = new EmphasisWeights(headline, lead, body, boost);
        Assert.Equal(field, weights.Problem()?.Field);
        var ex = Assert.Throws<ArgumentException>(() => Pipeline.Analyzer.WithWeights(weights));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_topic_is_reported_in_every_scope_covered_or_not()
    {
        var (_, analysis) = Pipeline.Run("Nothing about any topic here.");
        var topics = Pipeline.Load("topics").Categories.Select(c => c.Key).ToList();
        foreach (var scope in Enum.GetValues<VoiceScope>())
        foreach (var key in topics)
        {
            var score = SeedScoringTests.Score(analysis, "topics", key, scope);
            Assert.Contains(score, analysis.Scores);
            Assert.False(score.Covered);
            Assert.Null(score.FirstMention);
            Assert.Equal(0, score.Per1000Words);
        }
    }

    [Fact]
    public void Loaded_language_rate_is_per_thousand_words()
    {
        var (text, analysis) = Pipeline.Run("The regime ordered the strikes. The talks went on for a long time without any result.");
        var loaded = Pipeline.LexiconIndex("loaded");
        var hits = analysis.Evidence.Count(e => e.Lexicon == loaded);
        Assert.True(hits >= 1);
        var words = text.WordCount(Voice.Outlet);
        Assert.Equal(hits * 1000.0 / words,
            analysis.Scores.Where(s => s.Lexicon == loaded && s.Voice == VoiceScope.Outlet).Sum(s => s.Per1000Words), 9);
    }
}
