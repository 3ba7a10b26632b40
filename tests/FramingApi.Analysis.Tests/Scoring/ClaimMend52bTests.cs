using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 52 mended again (mend52b; docs/ANALYSIS.md, "Round 52 (claims52)"): the second code review's
/// sentences. Each negative is a claim (or a claim with the wrong actor) on main at 45d508d and each positive is missed
/// there, unless its comment says it guards a behaviour kept.</summary>
public class ClaimMend52bTests
{
    // Fix 1: the possessor of a force noun is the act's agent only when it starts the subject; after a preposition or
    // an -ing / -ed form it is the victim ("strikes on Ukraine's army").
    [Theory]
    [InlineData("Russian strikes on Ukraine's army killed ten civilians.", "ukraine")]
    [InlineData("The attack on Russia's army killed ten civilians in Kharkiv.", "russia")]
    [InlineData("A missile aimed at Israel's army killed five children in Gaza.", "israel")]
    [InlineData("Rockets fired at Israel's military killed two civilians.", "israel")]
    [InlineData("Ukrainian drones targeting Russia's army killed ten civilians.", "russia")]
    [InlineData("Shelling near Ukraine's army killed ten civilians.", "ukraine")]
    public void A_possessor_after_a_preposition_or_a_participle_is_no_agent(string text, string victim) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Claim.Actor == victim);

    [Theory]
    [InlineData("Ukraine's army has mined the dam.", "mined", "ukraine")]
    [InlineData("Ukraine's special forces blew up the dam.", "blew up", "ukraine")]
    [InlineData("Israel's military struck the hospital.", "struck", "israel")]
    [InlineData("Ukraine's army hospitals were shelled by Russian troops.", "shelled", "russia")]
    [InlineData("The Kremlin's forces tortured prisoners.", "tortured", "russia")]
    [InlineData("Officials said Russia's army blew up the dam.", "blew up", "russia")]
    [InlineData("Russia's sappers blew up the dam.", "blew up", "russia")]
    [InlineData("Ukraine's saboteurs blew up the dam.", "blew up", "ukraine")]
    public void A_possessor_that_starts_the_subject_is_the_agent(string text, string mention, string actor)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(actor, claim.Actor);
    }

    // Fix 2: a work before the act pairs only as its passive subject, nothing but auxiliaries and adverbs between.
    // Fix 3: a work "of" a name, a number or a capitalised word is a work; "the dam of trust" is a figure.
    // Fix 4: want, seek, aim govern a destruction not asserted; "also", "then", "later", "still" are skipped.
    // Fix 5: a relative's work is no object (its subject is not the act's agent): no claim, as before.
    [Theory]
    [InlineData("Near the nuclear plant, a school was blown up by Russian troops.")]
    [InlineData("The dam held, but the bridge was blown up by Russian troops.")]
    [InlineData("Putin blew up the dam of trust between nations.")]
    [InlineData("Russia wants to blow up the dam.")]
    [InlineData("Russian forces seek to blow up the dam.")]
    [InlineData("Russian forces aim to blow up the dam.")]
    [InlineData("Russian forces could also blow up the dam.")]
    [InlineData("The dam which Russian forces blew up in June flooded Kherson.")]
    public void Other_objects_figures_and_unasserted_acts_name_no_destruction_claim(string text) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Claim.Target == "war_crimes");

    [Theory]
    [InlineData("Russian forces blew up the reactor of block 2.", "blew up")]
    [InlineData("Russian forces blew up the dam of reservoir number two.", "blew up")]
    [InlineData("Russian troops blew up the dyke of polder 12.", "blew up")]
    [InlineData("Weeks later, Russian forces would blow up the dam.", "blow up")]
    [InlineData("The dam had already been blown up by Russian troops.", "blown up")]
    public void Numbered_works_narrative_would_and_adverbs_in_a_passive_pair(string text, string mention)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // Decided: a party's force that demolishes a dam is read as the act of art. 56 whatever purpose follows; the rules
    // do not weigh "for river restoration" (the reviewer's peacetime sentence with a party agent; a known limit).
    [Fact]
    public void A_force_demolishing_a_dam_is_read_as_the_claim_whatever_its_purpose()
    {
        var claim = Pipeline.RuleClaim("Russian forces demolished the dam for river restoration, the ministry said.", "demolished");
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }
}
