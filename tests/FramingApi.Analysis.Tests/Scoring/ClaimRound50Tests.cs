using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 50 (framing50), sentences of our own: the scope of a hedge, a denial and a classification as English
/// marks it (ClaimFramingScorer.Round50.cs and claims.json) — a negated <i>whether</i> questions nothing, a hedge's
/// clause ends at a coordinated <i>and that</i>, a denial word in another sense (<i>lies in</i>, <i>dismissed for</i>)
/// or ruled out (<i>hard to dismiss</i>) denies nothing, and an object relative reaches its classifying verb however
/// long its subject.</summary>
public class ClaimRound50Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    // The mention must be found: a missing one would pass a NotEqual.
    static Framing FoundFramingOf(string text, string mention) =>
        Assert.IsType<ClaimDetail>(Pipeline.ClaimOf(text, mention)).Framing;

    // "not whether X but whether Y": the writer grants X and asks about Y.
    [Theory]
    [InlineData("For a future trial chamber the question will not be whether Russian forces shelled the hospital in the winter of 2022 but whether they knew it was full of patients.", "shelled")]
    [InlineData("The issue is not whether Russian soldiers killed civilians in the village; it is who gave the order.", "killed civilians")]
    public void A_negated_whether_does_not_hedge(string text, string mention) =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf(text, mention));

    // Guard (passes on main too): a plain whether still asks.
    [Fact]
    public void A_plain_whether_still_hedges() =>
        Assert.Equal(Framing.Hedged, FramingOf("The question is whether Russian forces shelled the hospital.", "shelled"));

    // An object relative whose subject is long: "which the Office of the Prosecutor General qualifies as a war crime".
    [Theory]
    [InlineData("Two days after the strike on the railway station in Sloviansk, which the Office of the Prosecutor General qualifies as a war crime, Radio UA-Svit spoke to the deputy prosecutor general.", "war crime")]
    [InlineData("The shelling of the market, which the regional prosecutor's office in Kharkiv qualifies as a war crime, killed four people.", "war crime")]
    public void A_long_subject_relative_classification_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // Guard (passes on main too): the intransitive "qualifies as" is the writer's own reading.
    [Fact]
    public void An_intransitive_qualifies_as_is_not_attributed() =>
        Assert.NotEqual(Framing.Attributed, FramingOf("Russia's shelling of the market qualifies as a war crime.", "war crime"));

    // Guard (passes on main too): a subject relative before "qualifies as" is no classifier.
    [Fact]
    public void A_long_subject_relative_is_no_classifier() =>
        Assert.NotEqual(Framing.Attributed, FramingOf("The strike that hit the crowded market in the centre of Kharkiv qualifies as a war crime.", "war crime"));

    // A denial word in another sense denies nothing: the verb "lie" of place, a dismissal from office.
    [Theory]
    [InlineData("The paper writes that the strength of the file lies in the nineteen witnesses who say Russian guards tortured the journalist.", "tortured")]
    [InlineData("Russian soldiers committed mass rapes in the town, according to an official who was later dismissed for it.", "rapes")]
    [InlineData("Russian soldiers raped women in the suburbs, the ombudswoman said, before her own parliament dismissed her for spreading unverified reports.", "raped")]
    public void A_denial_word_in_another_sense_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // A denial the writer rules out: "hard to dismiss".
    [Fact]
    public void A_ruled_out_denial_does_not_deny() =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf("The report's account of the Russian drone attacks on Kherson's civilians is, on the evidence, hard to dismiss.", "drone attacks on"));

    // Guards (pass on main too): the denials themselves.
    [Theory]
    [InlineData("Moscow dismissed the claims that Russian soldiers raped women in the town.", "raped")]
    [InlineData("Moscow denied that Russian troops shelled the hospital.", "shelled")]
    public void A_denial_still_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // A hedge's clause ends where a coordinated that-clause opens.
    [Fact]
    public void A_hedge_stops_at_a_coordinated_that_clause() =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf("The mission concludes that Russian forces likely looted the museum and that they intentionally shelled the cathedral.", "shelled"));

    // Guard (passes on main too): inside its own clause the hedge still hedges.
    [Fact]
    public void A_hedge_in_its_own_clause_still_hedges() =>
        Assert.Equal(Framing.Hedged, FramingOf("The mission concludes that Russian forces likely shelled the cathedral.", "shelled"));
}
