using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 23 (srctop23): sanctions on the court as <c>icc_scrutiny_of_us</c> evidence in
/// every form of the verb and with the court named in full, and <i>push</i> as Congress's pressure (docs/ANALYSIS.md,
/// "Topics", round 23). No anonymous-sourcing rule changed this round.</summary>
public class SourcingRound23Tests
{
    // The README counts US sanctions on the court as the court's scrutiny of the United States; the congressional
    // entries "sanction the court('s)", "sanctioning the court" … hid the word from the icc sanction rule.
    [Theory]
    [InlineData("Washington's response to the court's interest in Gaza was to sanction the court's judges and prosecutors.", true)]
    [InlineData("America can't sanction the court and ask it for help at the same time.", true)]
    [InlineData("Two senators said that sanctioning the court undermines the institution.", true)]
    [InlineData("Republicans said they would move to sanction court officials.", true)]
    [InlineData("The European Union will sanction the Russian commanders named in the report.", false)]
    public void Round_23_a_sanction_on_the_court_in_every_form(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "icc_scrutiny_of_us"));

    // The court named in full is a cue of a sanction that falls on it ("on", "against", then at most five lower-case
    // words), and of nothing else: not of the court's own investigation, nor of sanctions on someone else.
    [Theory]
    [InlineData("Its sanctions on the International Criminal Court are of a piece with the Pentagon's refusal.", true)]
    [InlineData("The administration, which has imposed sanctions on officials of the International Criminal Court, has shown little interest.", true)]
    [InlineData("The president authorised visa sanctions against officials of the International Criminal Court.", true)]
    [InlineData("US sanctions on ICC stall cases from Ukraine to Gaza.", true)]
    [InlineData("The International Criminal Court opened its investigation in 2022.", false)]
    [InlineData("The ICC opened its investigation into the situation in Ukraine in March 2022.", false)] // the pronoun path
    [InlineData("The ICC issued warrants, and Washington imposed sanctions on Moscow.", false)] // the court before the sanction
    [InlineData("Brussels imposed sanctions on Moscow over its refusal to cooperate with the International Criminal Court.", false)] // a name between
    public void Round_23_sanctions_on_the_court_named_in_full(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "icc_scrutiny_of_us"));

    // The court as a cue of accountability is untouched: its own investigations and warrants still count there.
    [Theory]
    [InlineData("The International Criminal Court is investigating the deportation of children.")]
    [InlineData("The ICC has issued a warrant for Putin's arrest.")]
    public void Round_23_the_court_still_cues_accountability(string text) =>
        Assert.True(Pipeline.Covered(text, "accountability"));

    // "push" is the README's "press, urge" (beside "push for" and "push back"): its cue is Congress or its members.
    [Theory]
    [InlineData("Eleven senators are pushing the other way.", true)]
    [InlineData("Congress had been pushing the administration to act.", true)]
    [InlineData("House members push White House to raise jailed reporters in Russia talks.", true)]
    [InlineData("Russian forces pushed deeper into the Donetsk region.", false)]
    [InlineData("Politicians from both parties are now pushing the White House.", false)] // no cue of Congress
    public void Round_23_push_is_pressure(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "congressional_pressure"));
    // A negated "want" with the Pentagon as its subject is its refusal, whatever the verb after it (the README's
    // "resist, refuse, withhold"); a plain "want" is no resistance, and a negated want of someone else is none.
    [Theory]
    [InlineData("The Pentagon does not want to send anything to the court.", true)]
    [InlineData("American media write that the Pentagon does not want to give the court the radar data.", true)]
    [InlineData("The Pentagon and the intelligence agency do not want the images to go to the International Criminal Court.", true)]
    [InlineData("You asked about the Pentagon. As far as I can tell, the department doesn't want to hand its data to the court.", true)]
    [InlineData("Military lawyers don't want the Hague court getting its hands on the images.", true)]
    [InlineData("The Pentagon wants to send more air-defence missiles to Kyiv.", false)]
    [InlineData("Residents do not want to leave their homes.", false)]
    public void Round_23_a_negated_want_is_the_pentagons_refusal(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "pentagon_resistance"));
}
