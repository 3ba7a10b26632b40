using FramingApi.Analysis.Validation;

namespace FramingApi.Analysis.Tests.Validation;

public class CorpusEvaluatorTests
{
    static LabelledArticle Article(string id, string body, LabelledClaim[] claims, Dictionary<string, string> framing,
        string[] topics, bool anonymous, string[]? comments = null) =>
        new(id, "wire", "Test Wire", "A headline without claims", [body], comments ?? [],
            new ArticleLabels(claims, framing, topics, anonymous), null);

    [Fact]
    public void Agreement_is_measured_article_by_article_and_mention_by_mention()
    {
        var agreeing = Article("dev-a",
            "Russian forces committed war crimes in Bucha, where mass graves were found.",
            [new LabelledClaim("war crimes", 0, "war_crimes", "russia", "asserted", "outlet")],
            new() { ["russia"] = "asserted" }, ["bucha"], false);
        // The labels say anonymous sourcing and a hedged framing that the text does not support: two misses.
        var disagreeing = Article("dev-b",
            "The city council approved the budget on Tuesday.",
            [], new() { ["russia"] = "hedged" }, [], true);

        var report = Corpus.Evaluator.Evaluate([agreeing, disagreeing]);

        var russia = report.FramingOf("russia").Matrix;
        Assert.Equal(2, russia.Total);
        Assert.Equal(1, russia.Count("asserted", "asserted"));
        Assert.Equal(1, russia.Count("hedged", "absent"));
        Assert.Equal((1, 1), (report.Mentions.Labelled, report.Mentions.Found));
        Assert.Equal(1.0, report.Mentions.FramingAccuracy);
        Assert.Equal(1.0, report.Mentions.ActorAccuracy);
        var bucha = report.Topics.Single(t => t.Topic == "bucha").Covered;
        Assert.Equal((1, 1, 1), (bucha.Expected, bucha.Actual, bucha.Agreed));
        Assert.Equal((1, 0, 0), (report.AnonymousSourcing.Expected, report.AnonymousSourcing.Actual, report.AnonymousSourcing.Agreed));

        Assert.Contains(report.Misses, m => m is { ArticleId: "dev-b", Kind: "framing:russia", Expected: "hedged", Actual: "absent" });
        Assert.Contains(report.Misses, m => m is { ArticleId: "dev-b", Kind: "anonymous", Expected: "yes", Actual: "no" });
        Assert.DoesNotContain(report.Misses, m => m.ArticleId == "dev-a");
    }

    [Fact]
    public void A_missed_span_and_an_extra_tool_mention_are_both_misses()
    {
        var article = Article("dev-c",
            "Moscow has spirited the youngsters away to Russia. Critics speak of genocide.",
            [new LabelledClaim("spirited the youngsters away to Russia", 0, "child_deportation", "russia", "asserted", "outlet")],
            new() { ["russia"] = "asserted" }, ["child_deportation"], false);

        var report = Corpus.Evaluator.Evaluate([article]);

        Assert.Equal(0, report.Mentions.Found);
        Assert.Contains(report.Misses, m => m is { Kind: "mention", Actual: "not found" } && m.Evidence.Contains("spirited the youngsters"));
        var extra = Assert.Single(report.Misses, m => m.Kind == "extra mention");
        Assert.Contains("'genocide'", extra.Evidence);
        Assert.Equal(1, report.Mentions.ToolMentions);
        Assert.Equal(0.0, report.Mentions.Precision);
    }

    [Fact]
    public void Comments_count_for_mentions_but_not_for_topics_or_the_outlets_framing()
    {
        var article = Article("dev-d",
            "The council met on Tuesday to discuss the budget for next year.",
            [new LabelledClaim("war crimes", 0, "war_crimes", "russia", "asserted", "comments")],
            new(), [], false, ["reader1: Russian war crimes in Bucha must be punished."]);

        var report = Corpus.Evaluator.Evaluate([article]);

        Assert.Equal(1, report.FramingOf("russia").Matrix.Count("absent", "absent"));
        Assert.Equal(0, report.Topics.Single(t => t.Topic == "bucha").Covered.Actual);
        Assert.Equal(1, report.Mentions.Found);
        Assert.Equal(1.0, report.Mentions.VoiceAccuracy);
    }

    [Fact]
    public void The_evaluator_takes_its_keys_from_the_lexicons()
    {
        var evaluator = Corpus.Evaluator;
        Assert.Equal("russia", evaluator.Actors[0]);
        Assert.Equal("unknown", evaluator.Actors[^1]);
        Assert.Contains("child_deportation", evaluator.Targets);
        Assert.Contains("pentagon_resistance", evaluator.Topics);
        Assert.DoesNotContain("hedge", evaluator.Targets);
    }
}
