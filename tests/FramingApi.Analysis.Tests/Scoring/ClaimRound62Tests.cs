namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 62 (claims62; docs/VALIDITY.md, "Claims round 62"): guards kept from two candidates not kept — a
/// passive act whose whole subject is a number or a partitive ("two of them were beaten"; commit 46d73bd1) and the
/// plain verbs of killing as war-crimes acts paired with a person hors de combat ("shot two captured soldiers"; the
/// commit after it). Ordinary sentences with the same constructions and words, in sport, weather, policing, hunting,
/// history and games, are no claim.
/// </summary>
public class ClaimRound62Tests
{
    [Theory]
    [InlineData("Eight teams entered the regional cup this spring, and two were beaten in the first round by clubs from the second division.")]
    [InlineData("The champion faced four challengers over the weekend; two of them were beaten in straight sets.")]
    [InlineData("Officers questioned six fans after the match, and two of them were held overnight for fighting.")]
    [InlineData("The storm brought down hundreds of trees across the county, and nearly 2,000 were removed from roads by Monday.")]
    [InlineData("Six hikers fell ill on the mountain; two of them were carried down on stretchers by the volunteers.")]
    [InlineData("The village lost forty men in the First World War, and twelve of them were killed at the Somme.")]
    public void A_number_as_the_subject_of_a_passive_in_ordinary_prose_is_no_claim(string text)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.Empty(Pipeline.ClaimSpans(text, analyzer));
    }

    [Theory]
    [InlineData("The hunters shot two wounded deer that had been hit by a car on the forest road.")]
    [InlineData("Police shot a prisoner who had escaped from the county jail and fired at officers.")]
    [InlineData("The pirates killed the captives they could not ransom, the ship's log records.")]
    [InlineData("The video game lets players shoot surrendering enemies, which critics called tasteless.")]
    [InlineData("Inmates killed a fellow prisoner in the yard, the prison service said.")]
    [InlineData("The authors said 41 of the men had been killed at the front and 17 captured by the other side.")]
    public void Killing_a_captive_in_ordinary_prose_is_no_war_crimes_claim(string text)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.DoesNotContain(Pipeline.ClaimSpans(text, analyzer), c => c.Claim.Target == "war_crimes");
    }
}
