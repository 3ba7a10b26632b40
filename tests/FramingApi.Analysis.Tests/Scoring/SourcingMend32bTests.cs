using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 32 mended a second time (mend32b; docs/VALIDITY.md, "Sourcing and topics, round 32", "Second mend
/// (mend32b)"): a request to the reporter not to name or show someone withholds the name of the one who asks for
/// themself — the relative <i>who</i> of a noun phrase, or a personal pronoun that agrees with the object — and only
/// for the reporting phrase whose subject made it (the first after the request, or with none after it the last
/// before it). The cases marked "fails on main" fail on main b1aaf354.</summary>
public class SourcingMend32bTests
{
    static int AnonymousPhrases(string sentence)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        return analysis.Evidence.Count(e => e.Attribution is { Kind: AttributionKind.Anonymous });
    }

    static AttributionKind FirstSaidKind(string sentence)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        return analysis.Evidence.Where(e => e.Attribution is not null && text.Span(e) == "said").OrderBy(e => e.Start).First().Attribution!.Kind;
    }

    // The unnamed speaker who asked is anonymous; a later speaker of the sentence is not (fails on main: two).
    [Theory]
    [InlineData("A soldier who asked us not to name him said the unit had been hit, but the army said the line held.")]
    [InlineData("A soldier who asked us not to name him said the unit had been hit, and police said two people died.")]
    [InlineData("A soldier who asked us not to name him said the unit had been hit; a spokesman for the army said it was not.")]
    [InlineData("A nurse who asked us not to identify her said the ward had been hit, and the hospital said it was not.")]
    public void Mend_32b_the_request_withholds_only_its_own_speakers_name(string sentence)
    {
        Assert.Equal(1, AnonymousPhrases(sentence));
        Assert.Equal(AttributionKind.Anonymous, FirstSaidKind(sentence));
    }

    // A request about someone else: no unnamed source (each fails on main).
    [Theory]
    [InlineData("Police asked us not to name him until his family had been told, and said he was 34.")]
    [InlineData("Police asked us not to name her, and said she was 34.")]
    [InlineData("The army asked us not to name him, a spokesman said.")]
    [InlineData("The ministry asked us not to name him, but a spokesman said the officer had been suspended.")]
    [InlineData("The boy's mother asked us not to name him, and said he had been beaten in custody.")]
    [InlineData("Her lawyer asked us not to name her, Tom Becker said.")]
    public void Mend_32b_a_request_about_someone_else_makes_no_unnamed_source(string sentence) =>
        Assert.Equal(0, AnonymousPhrases(sentence));

    // The one who asks for themself, after or before the phrase (hold on main too).
    [Theory]
    [InlineData("A nurse who asked us not to identify her said the ward had been hit twice.")]
    [InlineData("A spokesman who asked us not to name him said the talks had stalled.")]
    [InlineData("The unit had been hit twice, said a soldier who asked us not to name him.")]
    [InlineData("He asked us not to name him and said the cells were full.")]
    [InlineData("They asked us not to show their faces and said the camp had no water.")]
    public void Mend_32b_a_speaker_who_asks_for_themself_stays_anonymous(string sentence) =>
        Assert.Equal(AttributionKind.Anonymous, FirstSaidKind(sentence));

    // A limit: a noun phrase that asks for itself without "who" is no longer read, because "Police asked us not to name
    // him" has the same shape (anonymous on main; round 32 tested it, now with "He" for "The guard").
    [Fact]
    public void Mend_32b_limit_a_noun_subject_without_who_is_not_read() =>
        Assert.Equal(AttributionKind.Unresolved, FirstSaidKind("The guard asked us not to name him because his son still lives in the town, and said the cells were full."));

    // Round 12's possessive form: a request someone makes about another's name (each fails on main). "asked that his
    // name be withheld" is a formula of the sourcing lexicon, read sentence-wide, and stays a limit.
    [Theory]
    [InlineData("The police asked reporters not to use his name, Inspector Kay Long said.")]
    [InlineData("Residents asked reporters not to use their names, the mayor, Anna Price, said.")]
    public void Mend_32b_a_possessive_request_about_someone_else_makes_no_unnamed_source(string sentence) =>
        Assert.Equal(0, AnonymousPhrases(sentence));

    // The possessive form of one who asks for themself, or asks the reporter (hold on main too).
    [Theory]
    [InlineData("A witness who asked that her surname be withheld said the shelling lasted an hour.")]
    [InlineData("She left the town in spring and asked us not to publish her name, and said the school had burned.")]
    [InlineData("An official, who would not give his name, said the convoy had turned back.")]
    public void Mend_32b_a_possessive_request_of_ones_own_stays_anonymous(string sentence) =>
        Assert.Equal(AttributionKind.Anonymous, FirstSaidKind(sentence));
}
