using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 52 mended (mend52; docs/ANALYSIS.md, "Round 52 (claims52)"): the code review's sentences. Each
/// positive is missed at round 52 (0f536d8) and each negative is a claim there, unless its comment says it guards a
/// behaviour kept.</summary>
public class ClaimMend52Tests
{
    // Finding 1: a named or indefinite work is not vetoed as a single object (one dam is the crime of art. 56);
    // finding 5: a possessor's force noun is the subject ("Ukraine's army"); finding 6: sappers, saboteurs, special forces.
    [Theory]
    [InlineData("Russian forces blew up the Kakhovka dam.", "blew up", "russia", Framing.Asserted)]
    [InlineData("Russia accused Ukraine of blowing up the Kakhovka dam.", "blowing up", "ukraine", Framing.Attributed)]
    [InlineData("Russian forces blew up the Zaporizhzhia nuclear power plant.", "blew up", "russia", Framing.Asserted)]
    [InlineData("Israeli forces blew up a dam in Gaza.", "blew up", "israel", Framing.Asserted)]
    [InlineData("Russian troops mined the Zaporizhzhia plant's cooling pond, Kyiv said.", "mined", "russia", Framing.Attributed)]
    [InlineData("The Kakhovka dam was blown up by Russian forces.", "blown up", "russia", Framing.Asserted)]
    [InlineData("Ukraine's army mined the dam to stop a Russian advance.", "mined", "ukraine", Framing.Asserted)]
    [InlineData("Ukraine's army blew up the dam.", "blew up", "ukraine", Framing.Asserted)]
    [InlineData("Russian sappers blew up the dam.", "blew up", "russia", Framing.Asserted)]
    [InlineData("Ukrainian saboteurs blew up the dam.", "blew up", "ukraine", Framing.Asserted)]
    [InlineData("Russian special forces blew up the dam.", "blew up", "russia", Framing.Asserted)]
    public void A_named_work_a_possessor_and_the_force_nouns_make_the_claim(string text, string mention, string actor, Framing framing)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
        Assert.Equal(framing, claim.Framing);
    }

    // Kept: the passive subject still pairs a work before the act (with its "by" agent); a locative right after a
    // multi-word act still does. (mend52b: no relative pairs, ClaimMend52bTests.)
    [Theory]
    [InlineData("The dam had been blown up by Russian troops before dawn.", "blown up")]
    [InlineData("Russian forces laid mines along the cooling pond.", "laid mines")]
    [InlineData("Russian soldiers planted mines on the dam.", "planted mines")]
    public void A_passive_and_a_locative_still_pair(string text, string mention) =>
        Assert.NotNull(Pipeline.RuleClaim(text, mention));

    // Finding 2: a threatened, planned or possible destruction is not the attack.
    // Finding 3: a work before the act is no object unless the act is passive or relative.
    // Finding 4: the own-object path takes one locative preposition right after the act, and not "near".
    // Finding 9: "the dam of trust" is a figure.
    // Finding 10: party agents in non-war (or lawful) sentences.
    [Theory]
    [InlineData("Russia has threatened to blow up the dam if Ukraine advances.")]
    [InlineData("Russian forces planned to blow up the dam.")]
    [InlineData("Russian forces could blow up the dam.")]
    [InlineData("Russian forces would blow up the dam.")]
    [InlineData("Moscow vowed to blow up the nuclear plant rather than give it up.")]
    [InlineData("Russian forces shelled the nuclear plant and blew up the bridge.")]
    [InlineData("Russian forces laid mines to protect the dam.")]
    [InlineData("Russian troops planted mines to defend the nuclear plant.")]
    [InlineData("Russian troops laid mines twenty kilometres from the dam.")]
    [InlineData("Russian troops planted mines in the fields of a village near the dam.")]
    [InlineData("Russian troops laid mines near the dam.")]
    [InlineData("Putin blew up the dam of trust between nations.")]
    [InlineData("Russian forces blew up the ice jam above the dam.")]
    [InlineData("Russian sappers blew up the ice jam above the dam to save the town from flooding.")]
    public void Threats_other_objects_distant_mines_and_figures_name_no_destruction_claim(string text) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Span is "blew up" or "blow up" or "laid mines" or "planted mines" or "mined" or "demolished");

    // Finding 3: the second act of a coordination takes its own object only.
    [Fact]
    public void A_work_earlier_in_the_sentence_is_no_object_of_a_later_act()
    {
        var claims = Pipeline.RuleClaims("Russian forces blew up the dam, then blew up the bridge.");
        Assert.Single(claims, c => c.Span == "blew up");
    }
}
