using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 27 (claims22), sentences of our own: a removal entry that names its destination names its actor,
/// and a mention before the first actor takes the next actor of its own target.</summary>
public class ClaimRound27Tests
{
    // "taken to Russia" is one entry: the destination rule (an actor after "to") could not see the actor inside it.
    [Theory]
    [InlineData("Ukraine's ombudsman said the children had been taken to Russia.")]
    [InlineData("Kyiv says 46 children were sent to Russia from the care home.")]
    [InlineData("Officials in Kherson said the orphans were moved to Russia in November.")]
    [InlineData("Ukraine says the boys were taken into Russia through Crimea.")]
    public void A_removal_to_Russia_names_its_actor(string text) =>
        Assert.Equal("russia", Assert.Single(Pipeline.ClaimsOf(text), c => c.Target == "child_deportation").Actor);

    // Another destination names no removal: the verb of taking needs its agent.
    [Theory]
    [InlineData("Ukraine's ombudsman said the children had been taken to Poland.")]
    [InlineData("The children were taken to hospital in Kharkiv.")]
    public void A_removal_elsewhere_stays_an_event(string text) =>
        Assert.DoesNotContain(Pipeline.ClaimsOf(text), c => c.Target == "child_deportation");

    // A mention before the first one with an actor takes the next actor of its own target: the deportation told
    // first is the later deportation's, not the shelling's between them.
    [Fact]
    public void A_mention_before_the_first_actor_takes_its_own_targets_next_actor()
    {
        var claims = Pipeline.ClaimsOf("The deportation of children was documented by the lab. "
            + "Moscow says Ukrainian troops shelled residential areas of Donetsk. "
            + "Russian forces deported children from the town in 2022.");
        Assert.Equal(["russia", "russia"], claims.Where(c => c.Target == "child_deportation").Select(c => c.Actor));
        Assert.Equal("ukraine", Assert.Single(claims, c => c.Target == "attacks_on_civilians").Actor);
    }

    // Without a later mention of its own target that names an actor, the next mention of any target gives it.
    [Fact]
    public void A_target_without_an_actor_of_its_own_takes_the_next_mentions()
    {
        var claims = Pipeline.ClaimsOf("The lab documented the deportation of children in detail. "
            + "Moscow says Ukrainian troops shelled residential areas of Donetsk.", Pipeline.RulesAlone); // the rules' actor (detector9)
        Assert.Equal("ukraine", Assert.Single(claims, c => c.Target == "child_deportation").Actor);
    }
}
