namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 59 (claims59; docs/VALIDITY.md, "Claims round 59"): guards kept from the candidate rule (commit
/// b78482d5, not kept) that read rescuers, rescue workers, first responders, firefighters and emergency crews as cues
/// of attacks on civilians paired only with physical force. Ordinary sentences with those words and an attack verb
/// (a quarrel, a campaign, an accident, an animal) are no claim, with or without such a rule.
/// </summary>
public class ClaimRound59Tests
{
    [Theory]
    [InlineData("The mayor attacked the firefighters' union for refusing to sign the new pay deal.")]
    [InlineData("Russian lawmakers targeted first responders' pensions in the draft budget, critics said.")]
    [InlineData("The clinic aimed its flu campaign at first responders and teachers this winter.")]
    [InlineData("Lightning struck the fire station roof while firefighters were out on a call.")]
    [InlineData("A falling crane struck two rescue workers at the building site, injuring both.")]
    [InlineData("Russian retailers targeted firefighters and paramedics with discounts during the holiday week.")]
    [InlineData("Critics attacked the new series about emergency crews as sentimental and slow.")]
    [InlineData("Wasps attacked the firefighters as they cut through the hedge.")]
    public void Rescuers_without_force_are_no_claim(string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.DoesNotContain(Pipeline.ClaimSpans(sentence, analyzer), c => c.Claim.Target == "attacks_on_civilians");
    }
}
