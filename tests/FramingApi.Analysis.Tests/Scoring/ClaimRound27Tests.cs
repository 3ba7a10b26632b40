using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 27 (claims22), sentences of our own: a removal entry that names its destination names its
/// actor.</summary>
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
}
