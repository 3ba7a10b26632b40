using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 52 (claims52; docs/ANALYSIS.md, "Round 52 (claims52)"), sentences of our own: attacks on works
/// and installations containing dangerous forces — a party that mines, blows up or demolishes a dam, a dyke, a nuclear
/// plant or its cooling pond (AP I art. 56, AP II art. 15). Each positive is no claim on main; the negatives are
/// ordinary non-war sentences with the same words (bench/claims-nonwar-destruction52.txt) and destructions of no such
/// work.</summary>
public class ClaimRound52Tests
{
    [Theory]
    [InlineData("Russian forces blew up the dam before dawn.", "blew up", "russia")]
    [InlineData("Russian troops mined the bank of the cooling pond.", "mined", "russia")]
    [InlineData("Russian soldiers laid mines around the cooling pond of the nuclear plant.", "laid mines", "russia")]
    [InlineData("Ukrainian forces demolished the dyke in the spring.", "demolished", "ukraine")]
    [InlineData("The dam was blown up by Russian troops.", "blown up", "russia")]
    public void A_party_that_destroys_a_work_with_dangerous_forces_is_the_agent_of_a_war_crimes_claim(string text, string mention, string actor)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // An act with no agent is an event, as every act of the lexicon ("two civilians were killed").
    [Theory]
    [InlineData("The dam was blown up before dawn.")]
    [InlineData("Before dawn the dam had been mined and blown up.")]
    public void A_destroyed_work_with_no_agent_is_an_event(string text) =>
        Assert.Empty(Pipeline.RuleClaims(text));

    // A destruction of no work of dangerous forces (the war-crimes cues of captives and weapons' use do not pair), and
    // a work that is no object of the act, name no claim; nor does another war-crimes word near a dam.
    [Theory]
    [InlineData("Russian sappers blew up the bridge after they captured the town.", "blew up")]
    [InlineData("Russia blew up the talks on the reactor deal in Vienna on Friday.", "blew up")]
    [InlineData("Ukraine demolished the Dutch defence in the match near the dam.", "demolished")]
    [InlineData("Ukraine mined the data from the reactor's sensors to plan repairs.", "mined")]
    [InlineData("Killings near the dam were reported on Tuesday.", "killings")]
    public void A_destruction_of_no_work_or_a_work_that_is_no_object_is_no_claim(string text, string word) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Span.Contains(word, StringComparison.OrdinalIgnoreCase));

    // The non-war check (docs/VALIDITY.md, "Claims round 52"): the same words in nature, engineering, business,
    // politics, sport, crime, medicine, labour and history name no claim.
    [Theory]
    [InlineData("Beavers breached the dam on the Elk River overnight, flooding two farms downstream.")]
    [InlineData("A storm flooded villages along the coast and breached a dyke near the harbour.")]
    [InlineData("Engineers blew up the old dam on the Elwha River to restore salmon runs.")]
    [InlineData("The U.S. Army Corps of Engineers demolished the Matilija dam last summer to free the river.")]
    [InlineData("American contractors demolished two dams on the Klamath River in 2024.")]
    [InlineData("Russian engineers blew up the ice jam above the dam to save the town from flooding.")]
    [InlineData("The Russian utility mined the clay for the new dyke from a pit near the river.")]
    [InlineData("Miners blew up a rock face near the dam at the quarry on Monday.")]
    [InlineData("The French operator shut down the nuclear power plant for maintenance in October.")]
    [InlineData("The American company blew up its deal with the nuclear plant operator over prices.")]
    [InlineData("Russian investors mined bitcoin next to a hydroelectric dam in Siberia.")]
    [InlineData("The Russian delegation blew up the talks on the reactor deal in Vienna.")]
    [InlineData("The United States blew up the deal to build a dam in Egypt in 1956.")]
    [InlineData("Moscow demolished the argument for a new dam in one speech.")]
    [InlineData("Police said vandals blew up a transformer near the dam with fireworks.")]
    [InlineData("Two men were charged after they breached the fence of the nuclear plant to take photographs.")]
    public void Non_war_sentences_with_the_same_words_name_no_claim(string text) =>
        Assert.Empty(Pipeline.RuleClaims(text));
}
