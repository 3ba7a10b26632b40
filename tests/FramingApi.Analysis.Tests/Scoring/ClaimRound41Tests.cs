using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 41 (claims36), sentences of our own. A definition says what the law calls an act, not that anyone did
/// it: the crime as the predicate of a generic subject after <i>is</i> or <i>are</i> (ClaimFramingScorer.IsGenericPredicate),
/// a sentence that opens with <i>Under</i> and a law (IsUnderLawFrame), and a law that <i>makes</i> an act a crime
/// (claims.json <c>prohibition_verbs</c>). The same words said of an actor, or of an act told before, stay claims.</summary>
public class ClaimRound41Tests
{
    /// <summary>The rules' claim mentions (no trained detector).</summary>
    static List<ClaimDetail> RuleClaims(string text) =>
        [.. Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone).Analysis.Claims().Select(e => e.Claim!)];

    static List<ClaimDetail> ShippedClaims(string text) =>
        [.. Pipeline.Run(new ArticleParts(text)).Analysis.Claims().Select(e => e.Claim!)];

    // A generic subject — a gerund, a bare plural, an indefinite, a definite act — and the crime as its predicate.
    [Theory]
    [InlineData("Using poison gas in war is a war crime.", "war crime")]
    [InlineData("A single execution of a prisoner by a single soldier is a war crime.", "war crime")]
    [InlineData("Attacks on medics, if deliberate, are a grave breach of the laws of war.", "grave breach")]
    [InlineData("The wilful killing of a prisoner of war is a grave breach of the Geneva Conventions.", "grave breach")]
    [InlineData("Deportation of protected persons is a war crime in its own right.", "war crime")]
    public void The_predicate_of_a_generic_subject_is_no_claim(string text, string mention)
    {
        Assert.Null(Pipeline.ClaimOf(text, mention));
        Assert.Empty(RuleClaims(text));
    }

    // A sentence framed by the law, and a law that makes an act a crime.
    [Theory]
    [InlineData("Under the Rome Statute, intentionally directing attacks against hospitals and schools is a war crime.", "war crime")]
    [InlineData("Under the Geneva Conventions, pillaging a town and torturing prisoners are war crimes.", "war crimes")]
    [InlineData("The Rome Statute makes it a war crime to compel prisoners to serve in the forces of a hostile power.", "war crime")]
    [InlineData("The Rome Statute makes directing attacks against hospitals a war crime.", "war crime")]
    public void A_sentence_that_says_what_the_law_calls_an_act_is_no_claim(string text, string mention)
    {
        Assert.Null(Pipeline.ClaimOf(text, mention));
        Assert.Empty(RuleClaims(text));
    }

    // The detector does not put a mention back where a definition stands, in an article the rules claimed.
    [Fact]
    public void The_detector_adds_nothing_in_a_definition()
    {
        const string text = "Russian forces shelled the hospital in Kherson on Tuesday, killing four patients.\n\n"
                            + "Under the Rome Statute, intentionally directing attacks against hospitals is a war crime.\n\n"
                            + "Using poison gas in war is a war crime.";
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text));
        foreach (var e in analysis.Claims())
            Assert.DoesNotContain("war crime", analyzed.Span(e));
    }

    // The same act said of an actor, or of an act told before, is still a claim.
    [Theory]
    [InlineData("Russian troops using poison gas in the village is a war crime.", "war crime")]
    [InlineData("Every one of these strikes is a war crime.", "war crime")]
    [InlineData("That is a war crime, and Russia must answer for it.", "war crime")]
    [InlineData("The shelling of Kharkiv's maternity hospital is a war crime.", "war crime")]
    [InlineData("The drones hunting volunteer vans are a war crime.", "war crime")]
    public void The_same_words_of_an_actor_or_a_told_act_stay_claims(string text, string mention)
    {
        Assert.NotNull(Pipeline.ClaimOf(text, mention));
    }

    [Fact]
    public void An_act_asserted_of_an_actor_under_the_law_stays_a_claim()
    {
        Assert.NotEmpty(RuleClaims("Under the Rome Statute, Russia's forces committed war crimes when they shelled the hospital."));
        Assert.NotEmpty(ShippedClaims("Russian forces deported the children, a war crime under the Rome Statute."));
    }

    // A subject with a clause of its own is a told scene, not a definition.
    [Fact]
    public void A_subject_with_its_own_clause_stays_a_claim()
    {
        Assert.NotNull(Pipeline.ClaimOf("Dropping a choking agent into a cellar where two pensioners are sleeping is a war crime.", "war crime"));
    }
}
