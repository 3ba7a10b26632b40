namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 61 (claims61; docs/VALIDITY.md, "Claims round 61"): guards kept from the candidate discourse reading
/// (commits 8399a7cc, ba8c9fee; not kept) that let a nominal attack on rescuers, firefighters, first responders or
/// emergency crews take its force from the sentence before. An ordinary sentence naming a strike, a shot, a fire or a
/// force, followed by an attack on such persons in another sense (a match, a budget, a drill, a film, an animal), is
/// no claim.
/// </summary>
public class ClaimRound61Tests
{
    [Theory]
    [InlineData("The home side fired shot after shot at the keeper. The attacks against the rescuers' eleven finally paid off in the ninetieth minute.")]
    [InlineData("Officers shot a man who had stabbed two people in the market. The attack on the rescue workers who treated him was filmed by a bystander.")]
    [InlineData("The unions called a strike at the depot for Monday. The attack on the firefighters' pensions was the last straw, their leader said.")]
    [InlineData("Thousands of teachers joined the national strike. The targeting of emergency workers' overtime in the new budget angered the nurses too.")]
    [InlineData("A bear killed two sheep on the upper pasture. The attack on the rescuers who went to look for the shepherd was the first such case in years.")]
    [InlineData("The players fired missiles at each other's bases all evening. The targeting of the rescue teams in the game's last level is what made it famous.")]
    [InlineData("The troops fired blanks during the exercise on the range. The targeting of the emergency crews was part of the drill, and no one was hurt.")]
    [InlineData("In the film, soldiers fire on a crowd in the opening scene. The attack on the rescuers that follows is the sequence everyone remembers.")]
    [InlineData("Critics shot down the new drama in one voice. The attack on the firefighters it portrays as lazy has angered the brigades.")]
    [InlineData("Lightning struck the fire station roof during the storm. The attack on the emergency crews' morale came later, when the insurers refused to pay.")]
    public void An_ordinary_force_before_an_attack_on_rescuers_is_no_claim(string pair)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.DoesNotContain(Pipeline.ClaimSpans(pair, analyzer), c => c.Claim.Target == "attacks_on_civilians");
    }
}
