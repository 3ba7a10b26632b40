using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 39 (claims34), sentences of our own: a kind of act as the bare object of a verb of prohibition or
/// condemnation is a generic statement, no claim that one happened (ClaimFramingScorer.IsGenericCondemnation;
/// claims.json: <i>condemns, condemn, condemned, condemning</i> among the prohibition verbs).</summary>
public class ClaimRound39Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // The bare object of a condemnation, nothing anchoring it to an event: a general statement.
    [Theory]
    [InlineData("The State Department said the United States \"condemns attacks on civilians wherever they occur\".", "attacks on civilians")]
    [InlineData("The administration condemns any attack on civilians and calls for restraint.", "attack on civilians")]
    [InlineData("Everybody will condemn attacks on civilians in principle, one diplomat said.", "attacks on civilians")]
    [InlineData("The resolution, which condemns attacks on civilians in armed conflict, passed without a vote.", "attacks on civilians")]
    public void A_condemned_kind_of_act_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // A particular act stays a claim: a definite object, an actor, a place or a date anchors it.
    [Theory]
    [InlineData("Western governments condemned the attack on civilians in the square.", "attack on civilians")]
    [InlineData("The foreign ministry condemned Russian attacks on civilians.", "attacks on civilians")]
    [InlineData("The mayor condemned attacks on civilians in Kharkiv.", "attacks on civilians")]
    [InlineData("The statement condemned attacks on civilians on 4 November.", "attacks on civilians")]
    [InlineData("Russian forces have carried out attacks on civilians, the mission said.", "attacks on civilians")]
    [InlineData("Russian officials dismissed the familiar list: attacks on civilians, abducted children and so on.", "attacks on civilians")]
    public void A_particular_act_stays_a_claim(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));
}
