using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>The name of a mandate, body or treaty given by the crime it is about is no claim
/// (ClaimFramingScorer.IsMandateName; tests/validation/README.md: names of institutions, jobs and laws are not claims).
/// Sentences of our own.</summary>
public class MandateNameTests
{
    [Theory]
    [InlineData("The UN special rapporteur on torture asked Moscow for access to the detention centre in Taganrog.", "torture")]
    [InlineData("Two members of the Committee against Torture met the families in Geneva on Tuesday.", "Torture")]
    [InlineData("Russia signed the convention against torture in 1985 and says it abides by it.", "torture")]
    [InlineData("She wrote to the special rapporteurs on torture and on summary executions.", "torture")]
    public void A_mandate_or_treaty_named_for_the_crime_is_no_claim(string text, string mention) =>
        Assert.Null(Pipeline.ClaimOf(text, mention));

    // The crime itself, near such a name, is still a claim.
    [Theory]
    [InlineData("The special rapporteur said Russian guards tortured detainees in Taganrog.", "tortured")]
    [InlineData("The committee heard that Russian interrogators used torture on prisoners of war.", "torture")]
    [InlineData("Russian forces committed torture against civilians, the convention's monitors found.", "torture")]
    public void The_crime_near_such_a_name_is_still_a_claim(string text, string mention) =>
        Assert.NotNull(Pipeline.ClaimOf(text, mention));
}
