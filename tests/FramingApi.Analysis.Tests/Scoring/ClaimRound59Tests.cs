using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 59 (claims59; docs/VALIDITY.md, "Claims round 59"): rescuers, rescue workers, first responders,
/// firefighters and emergency crews as cues of attacks on civilians that pair only with physical force (a word of force
/// in the trigger, <i>fired on / at</i>, a weapon or military means in its clause, a party as the verb's bare subject,
/// a hedge, accusation or intent word right before it). Ordinary sentences with the same words are no claim.
/// </summary>
public class ClaimRound59Tests
{
    // The shipped detector and the rules alone.
    static readonly Lazy<FramingAnalyzer[]> Analyzers = new(() => [Pipeline.With(Pipeline.ShippedModel), Pipeline.With(null)]);

    static List<(string Span, ClaimDetail Claim)> Claims(FramingAnalyzer analyzer, string text)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
        List<(string, ClaimDetail)> claims = [.. analysis.Claims().Select(e => (analyzed.Span(e), e.Claim!))];
        analyzed.Dispose();
        return claims;
    }

    [Theory]
    [InlineData("Russian troops opened fire on the rescuers pulling survivors from the rubble.", "opened fire on")]
    [InlineData("Russian troops struck the rescue workers with a drone as they reached the burning house.", "struck")]
    [InlineData("Russian artillery shelled the firefighters at the depot for an hour.", "shelled")]
    [InlineData("Russian forces fired at the emergency crews who came to the market.", "fired at")]
    public void Force_against_rescuers_is_an_attack_on_civilians(string sentence, string mention)
    {
        foreach (var analyzer in Analyzers.Value)
        {
            var claim = Claims(analyzer, sentence).Where(c => c.Span.StartsWith(mention, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Claim).FirstOrDefault();
            Assert.NotNull(claim);
            Assert.Equal("attacks_on_civilians", claim.Target);
            Assert.Equal("russia", claim.Actor);
        }
    }

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
        foreach (var analyzer in Analyzers.Value)
            Assert.DoesNotContain(Claims(analyzer, sentence), c => c.Claim.Target == "attacks_on_civilians");
    }
}
