using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 23 (claims18): the one fix kept (sentences of our own). A violent act's object is one named place only by
/// its own words after the act; the act's capitalised subject ("The Russians killed children") used to be read as the
/// object's name, so the claim became an event.</summary>
public class ClaimRound23Tests
{
    [Theory]
    [InlineData("The Russians killed children at the station.", Framing.Asserted)]
    [InlineData("Then the Russians killed children on the platform.", Framing.Asserted)]
    [InlineData("A firefighter says the Russians killed children with their suitcases in their hands.", Framing.Attributed)]
    public void A_capitalised_subject_is_no_name_of_the_acts_object(string text, Framing framing)
    {
        var claim = Assert.Single(Pipeline.ClaimsOf(text));
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal(framing, claim.Framing);
    }

    // One building named as such after the act stays an event the outlet reports, whoever the subject is.
    [Theory]
    [InlineData("The Russians struck a hospital in Kharkiv on Monday.")]
    [InlineData("Russian forces hit Kyiv hospital on Monday.")]
    [InlineData("A Russian missile struck a Kharkiv hospital.")]
    public void One_named_building_after_the_act_stays_an_event(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));
}
