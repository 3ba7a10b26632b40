using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 24 (claims19), sentences of our own: the victims' legal category decides the target of a killing
/// noun, one word is one mention, and the subject of a passive participle is its victim, not its agent.</summary>
public class ClaimRound24Tests
{
    // Persons hors de combat (prisoners, captives, those who surrendered or laid down their arms): their killing is a
    // war crime, whatever the killing noun.
    [Theory]
    [InlineData("UN monitors documented the executions of captured soldiers.")]
    [InlineData("The executions of prisoners of war near the village were filmed by the perpetrators.")]
    [InlineData("Russian troops carried out summary executions of soldiers who had laid down their arms.")]
    [InlineData("The killings of surrendering soldiers were recorded on a helmet camera.")]
    [InlineData("Investigators documented the execution of wounded prisoners.")]
    public void Killing_persons_hors_de_combat_is_a_war_crime(string text) =>
        Assert.Equal("war_crimes", Assert.Single(Pipeline.ClaimsOf(text)).Target);

    // Without such victims in the clause the noun keeps its own target.
    [Theory]
    [InlineData("The executions of civilians in the village shocked the world.")]
    [InlineData("Investigators described the killings in the village as systematic.")]
    [InlineData("Mass executions were reported in the occupied town.")]
    public void Other_killings_keep_their_target(string text) =>
        Assert.Equal("atrocities", Assert.Single(Pipeline.ClaimsOf(text)).Target);

    // An act and a trigger of one word that both find their cue are one mention, not two.
    [Theory]
    [InlineData("Russian soldiers murdered civilians in the village.")]
    [InlineData("The occupiers murdered residents who refused to leave.")]
    public void One_word_is_one_mention(string text)
    {
        var claim = Assert.Single(Pipeline.ClaimsOf(text));
        Assert.Equal("russia", claim.Actor);
    }

    // The subject of a passive participle is its victim: its nationality names no agent.
    [Theory]
    [InlineData("Six Ukrainian soldiers were tortured in the camp.", "ukraine")]
    [InlineData("Russian prisoners were tortured in the camp.", "russia")]
    [InlineData("Its soldiers were tortured after the battle, the Russian ministry said.", "russia")]
    public void The_subject_of_a_passive_is_no_agent(string text, string notTheActor) =>
        Assert.NotEqual(notTheActor, Assert.Single(Pipeline.ClaimsOf(text)).Actor);

    // Active verbs, a copula before a noun, and an agent after "by" are read as before.
    [Theory]
    [InlineData("Russian soldiers tortured prisoners in the basement.", "russia")]
    [InlineData("The Kyiv regime's punitive operations against its own civilians are war crimes.", "ukraine")]
    [InlineData("Ukrainian prisoners were tortured by Russian guards.", "russia")]
    [InlineData("Ukrainian civilians were tortured in the basement.", "russia")]
    public void Actives_copulas_and_agents_are_read_as_before(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(Pipeline.ClaimsOf(text)).Actor);
}
