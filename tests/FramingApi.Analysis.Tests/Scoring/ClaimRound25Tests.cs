using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 25 (claims20), sentences of our own: the "of" complement of a noun that names a harmful act is the
/// one it was done to, not who did it; a category noun's "of" complement still names the agent.</summary>
public class ClaimRound25Tests
{
    // The victims' army or nationality after an act noun's "of" is no actor of the act.
    [Theory]
    [InlineData("The monitors documented at least 50 executions of Ukrainian soldiers in captivity.", "ukraine")]
    [InlineData("Investigators recorded the killings of Russian soldiers near the river.", "russia")]
    [InlineData("The mission described the torture of Ukrainian soldiers in the camp.", "ukraine")]
    public void An_act_nouns_complement_is_its_victim(string text, string notTheActor) =>
        // The rules' actor: the shipped detector relabels one of these russia's (detector9, ClaimDetectorRound9Tests).
        Assert.NotEqual(notTheActor, Assert.Single(Pipeline.ClaimsOf(text, Pipeline.RulesAlone)).Actor);

    // A category noun's "of" complement is its agent, and an agent after "by" is read as before.
    [Theory]
    [InlineData("The monitors documented war crimes of Russian soldiers in the region.", "russia")]
    [InlineData("The atrocities of Russian troops around the town were documented.", "russia")]
    [InlineData("The torture of prisoners by Russian soldiers was documented.", "russia")]
    public void Category_nouns_and_agents_keep_their_actor(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(Pipeline.ClaimsOf(text)).Actor);

    [Theory]
    [InlineData("execution", true)]
    [InlineData("killings", true)]
    [InlineData("ill-treatment", true)]
    [InlineData("crimes", false)]
    [InlineData("atrocities", false)]
    [InlineData("genocide", false)]
    [InlineData("torture", false)] // a harm noun of the claims lexicon (harm_nouns), not a nominalisation
    public void Act_nouns(string word, bool act) => Assert.Equal(act, ClaimGrammar.IsActNominalisation(word));
    // Killing verbs are war-crimes triggers: with a person hors de combat in the clause they are a war-crimes claim.
    [Theory]
    [InlineData("Russian troops executed six soldiers who had surrendered.", "russia")]
    [InlineData("Russian soldiers gunned down the men after they laid down their arms.", "russia")]
    [InlineData("Ukrainian troops shot dead two captives who had surrendered.", "ukraine")]
    public void Killing_a_person_hors_de_combat_is_a_war_crime(string text, string actor)
    {
        var claim = Assert.Single(Pipeline.ClaimsOf(text), c => c.Target == "war_crimes");
        Assert.Equal(actor, claim.Actor);
    }

    // Without such a person there is no war-crimes claim, and the victims' nationality is no actor.
    [Theory]
    [InlineData("The board executed the plan on Monday, the company said.")]
    [InlineData("The company executed the contract on time.")]
    public void Killing_verbs_without_a_cue_are_no_war_crime(string text) =>
        Assert.DoesNotContain(Pipeline.ClaimsOf(text), c => c.Target == "war_crimes");

    [Fact]
    public void The_victims_of_a_passive_killing_are_no_agent() =>
        Assert.NotEqual("ukraine", Assert.Single(Pipeline.ClaimsOf("Six Ukrainian soldiers were executed after they surrendered.")).Actor);
}
