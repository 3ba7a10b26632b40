using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 26 (claims21), sentences of our own: attacks on civilian objects named as a system (the power system,
/// power grids, critical infrastructure), "finding" as a reporting verb, and a campaign as no presupposing head.</summary>
public class ClaimRound26Tests
{
    // A campaign against civilian systems is a claim as someone's (round 12's owner rule, kept: round 26 measured
    // unowned campaigns and dropped them); in the abstract it is none.
    [Theory]
    [InlineData("The Kremlin's campaign against Ukraine's power system has continued all winter.")]
    [InlineData("Russia's campaign against the electricity networks resumed in October.")]
    public void An_owned_campaign_against_civilian_systems_is_a_claim(string text) =>
        Assert.Equal("russia", Assert.Single(Pipeline.ClaimsOf(text), c => c.Target == "attacks_on_civilians").Actor);

    [Theory]
    [InlineData("A campaign against an electricity grid can be criminal even when each plant is a military objective.")]
    [InlineData("Lawyers ask whether a campaign against critical infrastructure is lawful.")]
    public void A_campaign_in_the_abstract_is_no_claim(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));

    // The power system, power grids, electricity networks and critical infrastructure are civilian objects.
    [Theory]
    [InlineData("Russian strikes on Ukraine's power system left millions without heat.", "russia")]
    [InlineData("Russia has attacked critical infrastructure every winter since 2022.", "russia")]
    [InlineData("Russian forces launched strikes on power grids across the country.", "russia")]
    [InlineData("American aircraft bombed electricity networks in 1999.", "us")]
    public void Civilian_systems_are_objects_of_an_attack(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(Pipeline.ClaimsOf(text), c => c.Target == "attacks_on_civilians").Actor);

    // Without an attack they are no claim.
    [Theory]
    [InlineData("The power system was repaired within a week.")]
    [InlineData("Engineers rebuilt the electricity networks and the critical infrastructure of the region.")]
    [InlineData("The utility modernised its power grids and thermal power plants.")]
    public void Civilian_systems_alone_are_no_claim(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));

    // "finding" reports what the court found, as "found" does; "the finding" as a noun reports nothing after it.
    [Fact]
    public void Finding_attributes_its_complement()
    {
        var claim = Assert.Single(Pipeline.ClaimsOf(
            "The judges issued warrants, finding reasonable grounds to believe the commanders directed attacks against civilians."));
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal("finding", claim.Marker);
    }

    [Fact]
    public void The_finding_as_a_noun_attributes_nothing() =>
        Assert.Equal(Framing.Asserted, Assert.Single(Pipeline.ClaimsOf("After the finding, Russian troops shelled residential areas.")).Framing);

    // A campaign is the act itself, not a noun presupposing it; "evidence of" still presupposes.
    [Fact]
    public void A_campaign_of_strikes_is_what_the_finding_reports() =>
        Assert.Equal(Framing.Attributed, Assert.Single(Pipeline.ClaimsOf(
            "The judges found that two commanders are responsible for a campaign of strikes on electricity infrastructure.")).Framing);

    [Fact]
    public void Evidence_of_strikes_stays_presupposed() =>
        Assert.Equal(Framing.Asserted, Assert.Single(Pipeline.ClaimsOf(
            "The judges found that the commanders hid evidence of strikes on electricity infrastructure.")).Framing);
}
