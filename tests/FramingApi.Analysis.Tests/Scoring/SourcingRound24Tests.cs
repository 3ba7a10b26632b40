using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 24 (srctop24): the senators' or a committee's request as Congress's pressure, a sanction on the court however the court is named, and a pronoun's antecedent that opens its sentence after a determiner and capitalised modifiers
/// (docs/ANALYSIS.md, "Topics", round 24). No anonymous-sourcing rule changed this round.</summary>
public class SourcingRound24Tests
{
    // Dropped at the merge by the two-set test (docs/VALIDITY.md, "Sourcing and topics, round 24"): "the brass" gained an
    // article on dev20 only, so it is no pentagon_resistance cue. ("in no hurry", then dev20 and dev13 only, is a trigger
    // since round 31, when dev24 gained by it too: SourcingRound31Tests.)
    [Theory]
    [InlineData("Senators want the satellite photos handed over. But the brass are dragging their feet.")]
    public void Round_24_the_brass_and_in_no_hurry_were_not_kept(string text) =>
        Assert.False(Pipeline.Covered(text, "pentagon_resistance"));

    // The subject a pronoun carries over may open its sentence after a determiner and at most two capitalised
    // modifiers ("The American senators … They are pressing"), as it may after one word ("The senators … They").
    [Theory]
    [InlineData("The American senators, for their part, have discovered their conscience too. They are pressing their government to share the pictures.", true)]
    [InlineData("Several Republican senators met the envoy on Monday. They pressed the administration to release the imagery.", true)]
    [InlineData("The senators have discovered their conscience too. They are pressing their government to share its pictures.", true)] // as before
    [InlineData("The trade unions and the senators met on Monday. They pressed the administration for a pay rise.", false)] // the cue is not the sentence's opening subject
    [InlineData("Reporters from three newspapers met the senators on Monday. They are pressing the administration.", false)] // the cue is an object
    public void Round_24_a_pronoun_for_a_subject_with_capitalised_modifiers(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "congressional_pressure"));

    // A request of Congress's members, named by its possessor ("the senators' request", "the committee's request"), is
    // the README's "press, urge, demand"; someone else's request near a Congress cue is not.
    [Theory]
    [InlineData("The senators' request that the US share imagery raises no legal obstacle.", true)]
    [InlineData("She had been told the department was slow-walking the committee's request.", true)]
    [InlineData("The State Department said it was reviewing the senators' request.", true)]
    [InlineData("The senators said the Ukrainian request had been pending since September.", false)]
    [InlineData("Congress is again debating the prosecutor's request for arrest warrants.", false)]
    public void Round_24_a_request_of_congress(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "congressional_pressure"));

    // A sanction pairs with the court it falls on however the court is named — after it over "on"/"against" and at most
    // five lower-case words, or before it as the object of a relative clause with its own subject or of "under
    // sanctions" — even in a text with no other cue of the topic; not with a court that is the clause's subject, nor
    // with a court after someone else's name.
    [Theory]
    [InlineData("And it is the same Washington that slapped sanctions on the very court it now wants to feed with evidence.", true)]
    [InlineData("The United States itself has imposed sanctions on the leadership of this so-called court.", true)]
    [InlineData("They believe that a court which Washington itself sanctions whenever it looks in the wrong direction is the right place to judge everyone else.", true)]
    [InlineData("Senators want the photographs sent to the same court which the American administration itself has placed under sanctions.", true)]
    [InlineData("The Americans, who have placed the same court under sanctions, will applaud from outside.", true)]
    [InlineData("The court, which imposed sanctions on the club last year, heard the appeal on Monday.", false)]
    [InlineData("Brussels imposed sanctions on Moscow, and the court heard the case.", false)]
    [InlineData("The European Union imposed sanctions on Russian banks after the court's ruling.", false)]
    // The court must head the object of "on"/"against" (found by review at the merge: each of these counted before).
    [InlineData("The Treasury lifted sanctions on the firm, a federal court said.", false)]
    [InlineData("The bank faces sanctions against the company in a district court in Texas.", false)]
    [InlineData("Washington kept sanctions on oil exports, and the court ruled on the appeal.", false)]
    [InlineData("Regulators imposed sanctions on banks, while the court heard the case.", false)]
    [InlineData("The league imposed sanctions on the club that the court later overturned.", false)]
    [InlineData("The court under sanctions review heard the case.", false)]
    public void Round_24_a_sanction_on_the_court_however_named(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "icc_scrutiny_of_us"));
}
