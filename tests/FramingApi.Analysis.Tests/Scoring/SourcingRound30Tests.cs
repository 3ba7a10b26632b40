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

    static void AssertSource(string sentence, string phrase, AttributionKind kind, string source)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        var evidence = Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == phrase);
        Assert.Equal(kind, evidence.Attribution!.Kind);
        Assert.Equal(source, text.Text[evidence.Attribution.SourceStart!.Value..evidence.Attribution.SourceEnd!.Value]);
    }

    // Counted members of a group who tell someone other than the writer, or a proportion of a group: the group speaking
    // or someone else's account, no unnamed source of the text (each fails on main, where they are anonymous).
    [Theory]
    [InlineData("Two of them told the inspectors they were beaten during questioning.", "told", "Two of them")]
    [InlineData("My father asked where they were going, and one of them told him to sit down.", "told", "one of them")]
    [InlineData("Nine in ten of the 212 released detainees described beatings.", "described", "ten of the 212 released detainees")]
    public void Round_30_a_member_telling_someone_else_or_a_proportion_is_no_unnamed_source(string sentence, string phrase, string source) =>
        AssertSource(sentence, phrase, AttributionKind.Unresolved, source);

    // The writer's unnamed interlocutors and unnamed officials stay unnamed sources (hold on both).
    [Theory]
    [InlineData("One of the nurses told us the generator failed twice.", "told", "One of the nurses")]
    [InlineData("Three of the released sailors told us they had been beaten.", "told", "Three of the released sailors")]
    [InlineData("American officials do not dispute the findings. Two of them said the imagery confirmed the vehicles.", "said", "Two of them")]
    // An outlet or the writer's paper as the addressee: the outlet's unnamed source (the review of round 30; each failed on its branch).
    [InlineData("Two of them told The Daily Post they had been beaten.", "told", "Two of them")]
    [InlineData("One of the guards told Reuters the prisoners were moved at night.", "told", "One of the guards")]
    [InlineData("One of the drivers told this newspaper the convoy was hit twice.", "told", "One of the drivers")]
    public void Round_30_members_telling_the_writer_or_speaking_stay_unnamed_sources(string sentence, string phrase, string source) =>
        AssertSource(sentence, phrase, AttributionKind.Anonymous, source);
}
