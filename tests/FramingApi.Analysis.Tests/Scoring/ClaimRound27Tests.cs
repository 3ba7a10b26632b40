using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 27 (claims22), sentences of our own: a removal entry that names its destination names its actor, and
/// a mention without an actor takes the last actor of its own target before the text's.</summary>
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

    // A removal and a shelling in one text are two events: the later removal without an actor is the earlier
    // removal's, not the shelling's.
    [Fact]
    public void A_mention_without_an_actor_takes_its_own_targets_last_actor()
    {
        var claims = Pipeline.ClaimsOf("Russian forces deported children from the occupied town in 2022. "
            + "Moscow says Ukrainian troops shelled residential areas of Donetsk. "
            + "The lab documented the deportation of children in detail.");
        Assert.Equal(["russia", "russia"], claims.Where(c => c.Target == "child_deportation").Select(c => c.Actor));
        Assert.Equal("ukraine", Assert.Single(claims, c => c.Target == "attacks_on_civilians").Actor);
    }

    // The same before the first mention that names an actor: the next one of its own target.
    [Fact]
    public void A_mention_before_the_first_actor_takes_its_own_targets_next_actor()
    {
        var claims = Pipeline.ClaimsOf("The deportation of children was documented by the lab. "
            + "Moscow says Ukrainian troops shelled residential areas of Donetsk. "
            + "Russian forces deported children from the town in 2022.");
        Assert.Equal(["russia", "russia"], claims.Where(c => c.Target == "child_deportation").Select(c => c.Actor));
    }

    // Without an earlier or later mention of its own target that names an actor, the text's last actor stays.
    [Fact]
    public void A_target_without_an_actor_of_its_own_takes_the_texts()
    {
        var claims = Pipeline.ClaimsOf("Moscow says Ukrainian troops shelled residential areas of Donetsk. "
            + "The lab documented the deportation of children in detail.");
        Assert.Equal("ukraine", Assert.Single(claims, c => c.Target == "child_deportation").Actor);
    }
}
