using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 32 mended after review (mend32; docs/VALIDITY.md, "Sourcing and topics, round 32", "Mend
/// (mend32)"): a request not to name, identify or show someone withholds the source's name only when it is addressed
/// to the reporter ("asked me not to", "begged us never to", "asked that we not") and never overrides a name the
/// sentence gives the phrase; <i>her</i> before a verb that a function word follows is an object; a participle that
/// names the insiders, or a name listed after them, keeps the old reading. The cases marked "fails on main" fail on
/// main d7afeeda; the others hold on both and pin the rules' boundaries.</summary>
public class SourcingMend32Tests
{
    // A request to someone else, or a request that a name the sentence gives be withheld (each fails on main, where
    // every speaker in the sentence was anonymous).
    [Theory]
    [InlineData("The police asked reporters not to name him until his family had been informed, Detective Sergeant Anna Price said.", "said", "Detective Sergeant Anna Price")]
    [InlineData("Her parents asked the press not to name her, Reuters reported.", "reported", "Reuters")]
    [InlineData("The army asked journalists not to film their faces, the spokesman, Lt Col Peter Lerner, said.", "said", "Lt Col Peter Lerner")]
    [InlineData("Her parents asked the press not to name her, the BBC reported.", "reported", "BBC")]
    [InlineData("Her parents asked the press not to name her, the State Department said.", "said", "State Department")]
    [InlineData("Her parents asked the press not to name her, the children's lawyer, Sarah Mills, told reporters.", "told reporters", "Sarah Mills")]
    [InlineData("Her parents asked the press not to name her, club captain Harry Kane said.", "said", "Harry Kane")]
    [InlineData("Senator Maria Lopez said she had asked the newspaper not to name her.", "said", "Senator Maria Lopez")]
    [InlineData("Tom Becker said the witness had asked him not to name her.", "said", "Tom Becker")]
    [InlineData("Mayor John Riley asked reporters not to name her.", "asked", "Mayor John Riley")]
    [InlineData("Her parents asked the press not to name her, and Amnesty International said Russian troops committed war crimes in the town.", "said", "Amnesty International")]
    [InlineData("Police asked the public to identify him and did not give his age, said Inspector Kay Long.", "said", "Inspector Kay Long")]
    [InlineData("A nurse who asked us not to name her, and Amnesty International said Russian troops committed war crimes in the town.", "said", "Amnesty International")]
    public void Mend_32_a_request_to_someone_else_leaves_the_named_speaker_named(string sentence, string phrase, string source) =>
        Pipeline.AssertSource(sentence, phrase, AttributionKind.Named, source);

    // The speaker who asked the press is no unnamed source either (fails on main: anonymous).
    [Fact]
    public void Mend_32_a_request_to_the_press_makes_no_unnamed_source() =>
        Pipeline.AssertSource("Her parents asked the press not to name her, Reuters reported.", "asked", AttributionKind.Unresolved, "Her parents");

    // "her" before a verb that a function word follows is the verb's object (fails on main: no reporting phrase).
    [Theory]
    [InlineData("A nurse who asked us not to identify her said the ward had been hit twice.", "said", "identify her")]
    [InlineData("A nurse who asked us not to name her told me the ward had been hit twice.", "told", "name her")]
    public void Mend_32_her_before_a_reporting_verb_is_an_object(string sentence, string phrase, string source) =>
        Pipeline.AssertSource(sentence, phrase, AttributionKind.Anonymous, source);

    // A request to the reporter in the other shapes (the first fails on main; the second holds on main too).
    [Theory]
    [InlineData("A teacher who requested that we not name him said the school had been shelled.", "said", "name him")]
    [InlineData("A soldier who asked us never to show his face said the unit had run out of shells.", "said", "his face")]
    public void Mend_32_a_request_to_the_reporter_is_anonymity(string sentence, string phrase, string source) =>
        Pipeline.AssertSource(sentence, phrase, AttributionKind.Anonymous, source);

    // A participle that names the insiders, or a name listed after them (each fails on main: anonymous).
    [Theory]
    [InlineData("According to officials named in the report, the budget was cut.")]
    [InlineData("According to officials identified by name in the indictment, the budget was cut.")]
    [InlineData("According to diplomats involved in the talks, including Ambassador Linda Thomas-Greenfield, the text will change.")]
    public void Mend_32_insiders_named_or_listed_by_name_are_not_anonymous(string sentence) =>
        Pipeline.AssertSource(sentence, "According to", AttributionKind.Unresolved, null);

    // A possessive "her" before a participle used as an adjective, or before a noun that is also a verb, stays no
    // reporting phrase (all hold on main too; the last two fail without the past form the object reading asks for).
    [Theory]
    [InlineData("The minister denied her reported remarks about the army.", "reported")]
    [InlineData("She said her claimed victory was hollow.", "claimed")]
    [InlineData("Nothing could take away her claim to the title.", "claim")]
    [InlineData("The pianist played from memory and never looked at her notes.", "notes")]
    public void Mend_32_her_before_an_adjectival_participle_is_still_a_possessive(string sentence, string word)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == word);
    }
}
