using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 30 (srctop30): members of Congress who want a sanction press for it. <i>want,
/// wants, wanted</i> pair for <c>congressional_pressure</c> with a cue before them when a sanction word is their object
/// or the participle after their object, within four words and before any <i>to</i> ("two senators want sanctions on
/// three officers", "want them sanctioned"), as "want the Treasury to sanction them" did before (docs/ANALYSIS.md,
/// "Topics", round 30). The cases marked "fails on main" fail on main 5801907; the others hold on both and pin the rule's
/// boundary.</summary>
public class SourcingRound30Tests
{
    static bool Covered(string text, string topic) =>
        SeedScoringTests.Score(Pipeline.Run(text).Analysis, "topics", topic, VoiceScope.Article).Covered;

    // A want whose object is the sanction, or whose object is to be sanctioned (each fails on main).
    [Theory]
    [InlineData("Two senators want sanctions on the three commanders named in the inquiry.")]
    [InlineData("In the capital, a group of senators wants new sanctions against the port operators.")]
    [InlineData("Several lawmakers want the shipping firms sanctioned before the summer.")]
    [InlineData("The committee wanted tougher sanctions on the camp's directors.")]
    public void Round_30_members_of_congress_who_want_a_sanction_press_for_it(string text) =>
        Assert.True(Covered(text, "congressional_pressure"));

    // Not a want of a sanction: an intention ("want to"), a sanction past a mark, a want with no sanction, and a cue after
    // the verb (the one asked, not the one who wants). Each holds on main as well.
    [Theory]
    [InlineData("The senators want to visit the port before they decide anything.")]
    [InlineData("Two senators want answers, and perhaps later sanctions, from the agency.")]
    [InlineData("Two senators want a meeting with the commanders' lawyers.")]
    [InlineData("The White House wants sanctions to wait until Congress returns.")]
    public void Round_30_a_want_with_no_sanction_as_its_object_is_no_pressure(string text) =>
        Assert.False(Covered(text, "congressional_pressure"));

    // Someone else's want of sanctions is not Congress's (no congressional cue): holds on both.
    [Fact]
    public void Round_30_a_want_of_sanctions_without_congress_is_no_congressional_pressure() =>
        Assert.False(Covered("The shopkeepers want sanctions on the rival market lifted.", "congressional_pressure"));
}
