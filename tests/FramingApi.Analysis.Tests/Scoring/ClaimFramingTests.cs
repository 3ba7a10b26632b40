using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Framing and actor of one claim mention in a short sentence (built-in lexicons).</summary>
public class ClaimFramingTests
{
    static ClaimDetail OnlyClaim(string sentence, string target)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        return Assert.Single(analysis.Claims(), e => text.Span(e).Equals(target, StringComparison.OrdinalIgnoreCase)).Claim!;
    }

    [Theory]
    [InlineData("Russia committed war crimes in Bucha.", Framing.Asserted, null)]
    [InlineData("Russia's alleged war crimes in Bucha.", Framing.Hedged, "alleged")]
    [InlineData("War crimes were committed, according to officials.", Framing.Attributed, "according to officials")]
    [InlineData("The orders, allegedly made last week, concern war crimes.", Framing.Asserted, null)]
    [InlineData("Russia denied committing war crimes.", Framing.Denied, "denied")]
    [InlineData("There is no evidence of war crimes by Ukrainian forces.", Framing.Denied, "no evidence")]
    [InlineData("Moscow rejected claims of war crimes.", Framing.Denied, "rejected")]
    [InlineData("War crimes allegedly committed by Russian forces were documented.", Framing.Hedged, "allegedly")]
    [InlineData("Russian forces have been accused of war crimes.", Framing.Hedged, "accused of")]
    [InlineData("Russia is suspected of war crimes.", Framing.Hedged, "suspected of")]
    [InlineData("Investigators reportedly found evidence of war crimes.", Framing.Hedged, "reportedly")]
    [InlineData("Russia committed war crimes, officials said.", Framing.Attributed, "officials said")]
    [InlineData("Officials said Russia committed war crimes.", Framing.Attributed, "officials said")]
    [InlineData("Prosecutors told reporters Russia committed war crimes.", Framing.Attributed, "told reporters")]
    [InlineData("Human rights groups say Russian troops committed war crimes.", Framing.Attributed, "say")]
    [InlineData("Evidence of war crimes in Ukraine was shared with the court in The Hague, according to officials.", Framing.Asserted, null)]
    [InlineData("He said nothing. Russia committed war crimes.", Framing.Asserted, null)]
    [InlineData("Allegedly, the report was late; Russia committed war crimes.", Framing.Asserted, null)]
    public void Each_claim_mention_gets_its_framing(string sentence, Framing framing, string? marker)
    {
        var claim = OnlyClaim(sentence, "war crimes");
        Assert.Equal(framing, claim.Framing);
        Assert.Equal(marker, claim.Marker);
        Assert.Equal(marker is null, claim.MarkerStart is null);
    }

    [Theory]
    [InlineData("Russia committed war crimes in Bucha.", "russia")]
    [InlineData("Russian war crimes were documented.", "russia")]
    [InlineData("The US committed war crimes in Afghanistan.", "us")]
    [InlineData("They told us about war crimes in the region.", "unknown")]
    [InlineData("U.S. troops committed war crimes.", "us")]
    [InlineData("American war crimes in Afghanistan were investigated.", "us")]
    [InlineData("Israeli forces committed war crimes in Gaza.", "israel")]
    [InlineData("War crimes were committed by Russian forces.", "russia")]
    [InlineData("They exposed the war crimes that the Russian military is committing.", "russia")]
    [InlineData("Investigators documented war crimes in Ukraine.", "unknown")]
    [InlineData("The use of cluster bombs in Ukraine is a war crime.", "unknown")]
    [InlineData("Ukraine says Russia committed war crimes.", "russia")]
    [InlineData("Russia, the report says, documented war crimes.", "unknown")]
    [InlineData("Putin has clearly committed war crimes.", "russia")]
    public void Each_claim_mention_gets_its_actor(string sentence, string actor) =>
        Assert.Equal(actor, OnlyClaim(sentence, sentence.Contains("war crime.") ? "war crime" : "war crimes").Actor);

    [Fact]
    public void The_marker_span_points_at_the_marker_in_the_text()
    {
        var (text, analysis) = Pipeline.Run("Evidence of ALLEGED Russian war crimes.");
        var claim = Assert.Single(analysis.Claims()).Claim!;
        Assert.Equal("alleged", claim.Marker);
        Assert.Equal("ALLEGED", text.Text[claim.MarkerStart!.Value..claim.MarkerEnd!.Value]);
        Assert.Equal("war_crimes", claim.Target);
    }

    [Fact]
    public void The_pronoun_us_is_no_actor_anywhere()
    {
        var (text, analysis) = Pipeline.Run("They told us about it. The US said so.");
        var actors = analysis.Evidence.Where(e => e.Lexicon == Pipeline.LexiconIndex("claims") && e.Category == "us");
        Assert.Equal("US", text.Span(Assert.Single(actors)));
    }

    /// <summary>A user's claims lexicon: its own target and hedge, no actors.</summary>
    static readonly LexiconDefinition UserClaims = new("my-claims", "claims", "",
        [new("crimes", "", "target"), new("doubt", "", "hedge")],
        [new("war crimes", ["crimes"]), new("dubious", ["doubt"])]);

    [Theory]
    [InlineData("Russia's dubious war crimes were documented.")]
    [InlineData("Officials said Russia's alleged war crimes were documented.")]
    [InlineData("Russia denied committing dubious war crimes, officials said.")]
    public void A_claim_is_decided_by_its_own_lexicon_alone(string sentence)
    {
        // What the built-in claims lexicon gives next to another claims lexicon is what it gives alone: a stored
        // claim names one lexicon version, and re-scoring with that version must reproduce it.
        var claims = Pipeline.Load("claims");
        var alone = Pipeline.Run(new ArticleParts(sentence), new FramingAnalyzer([claims])).Analysis;
        var together = Pipeline.Run(new ArticleParts(sentence), new FramingAnalyzer([claims, UserClaims])).Analysis;
        Assert.Equal(alone.Claims().Select(e => e.Claim), together.Claims().Where(e => e.Lexicon == 0).Select(e => e.Claim));

        // The user's lexicon sees its own hedge but not the built-in actors.
        var mine = Assert.Single(together.Claims(), e => e.Lexicon == 1).Claim!;
        Assert.Equal(ClaimFramingScorer.UnknownActor, mine.Actor);
        Assert.Equal(sentence.Contains("dubious") ? Framing.Hedged : Framing.Asserted, mine.Framing);
    }
}
