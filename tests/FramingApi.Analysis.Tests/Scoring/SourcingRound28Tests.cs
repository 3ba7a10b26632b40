using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 28 (srctop28): Congress presses as the agent of its pressing. A congressional cue
/// after the trigger pairs with it only as its agent — over a preposition right after it, after <i>by</i>, or as the
/// subject after a fronted phrase — not as the speaker of a reporting clause, an addressee or another verb's object
/// (rule words <c>agent_cues</c>); and <i>written to, writes to, writing to</i> are triggers beside <i>wrote to</i>
/// (docs/ANALYSIS.md, "Topics", round 28). The cases marked "fails on main" fail on main a819aab; the others hold on
/// both and pin the rule's boundary.</summary>
public class SourcingRound28Tests
{
    // The lawmakers, senators or Congress after the trigger are someone else's: the speaker of the sentence, the
    // addressee of a reply, the one a bill reports to. Each fails on main (the nearest cue within ten tokens paired).
    [Theory]
    [InlineData("The unions had pressed for the change since at least 2022, the lawmakers said.")]
    [InlineData("The ministry said it had received the letter and would respond to the senators directly.")]
    [InlineData("The bill would require the intelligence agencies to report to Congress within 90 days.")]
    [InlineData("The agency put out a press release, and several senators read it aloud.")]
    [InlineData("The newspaper urges the government to heed the nine senators.")]
    public void Round_28_a_congressional_cue_after_the_trigger_that_is_not_its_agent_is_no_pressure(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));

    // The agent after its trigger: over a preposition, after "by", or as the subject after a fronted phrase. These
    // hold on main too; they are the cases the rule must keep.
    [Theory]
    [InlineData("The decision followed months of pressure from a bipartisan group of senators.")]
    [InlineData("The bill is co-sponsored by Senators Mark Ellison and Amy Harper.")]
    [InlineData("The letter, signed last month by 34 senators, was blunt.")]
    [InlineData("In a letter to the White House, the 11 senators called the delay indefensible.")]
    [InlineData("A bill in the Senate would tie some aid to support for the court.")]
    [InlineData("The bipartisan resolution introduced in the Senate last week urges the administration to act.")]
    [InlineData("A companion letter was circulating in the Senate on Friday.")]
    [InlineData("The Pentagon is being asked by senators to share the imagery with the court.")]
    [InlineData("Senators from both parties have pressed the administration for months.")] // the cue before: as before
    public void Round_28_a_congressional_cue_that_is_the_agent_of_the_trigger_pairs(string text) =>
        Assert.True(Pipeline.Covered(text, "congressional_pressure"));

    // A cue right after the trigger is its object or addressee, not its agent: writing to a senator is no senators'
    // pressure (holds on main, where "writing to" was no trigger; fails with agent_cues emptied).
    [Fact]
    public void Round_28_a_congressional_addressee_right_after_the_trigger_is_no_pressure() =>
        Assert.False(Pipeline.Covered("Voters in the valley keep writing to Senator Church about the dam.", "congressional_pressure"));

    // The other forms of "wrote to": senators who have written or are writing to the administration press it (each
    // fails on main).
    [Theory]
    [InlineData("Eleven senators have written to the Treasury seeking sanctions on the ships.")]
    [InlineData("Senators from both parties are writing to the secretary of state about the cuts.")]
    [InlineData("The committee writes to the department every month about the missing files.")]
    public void Round_28_senators_who_have_written_to_the_administration_press_it(string text) =>
        Assert.True(Pipeline.Covered(text, "congressional_pressure"));

    // The agent rule is Congress's alone: the Pentagon overruled is still the Pentagon resisting (as before).
    [Fact]
    public void Round_28_the_pentagon_after_its_trigger_still_pairs() =>
        Assert.True(Pipeline.Covered("President Biden overruled the Pentagon in July.", "pentagon_resistance"));

    // Mended (review of round 28). The fronted phrase is the sentence's first: the cue right after its comma, the
    // trigger inside it, not after "under". Each fails on d7041e3 (before the mend), as do the cases below marked so.
    [Theory]
    [InlineData("On Tuesday, the Pentagon pressed for a delay in the report, senators said.")]
    [InlineData("After the vote, the Pentagon pressed for a delay, lawmakers said.")]
    [InlineData("In its statement, the ministry urged calm, two Senate aides said.")]
    [InlineData("Under pressure, the secretary met senators.")]
    [InlineData("In the letter, the agency urged senators to act.")]
    public void Round_28_mended_a_cue_after_a_later_comma_of_a_fronted_sentence_is_no_agent(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));

    // The fronted phrase's subject with a head and "of" before the cue still pairs (holds before and after).
    [Theory]
    [InlineData("In a letter to Austin, the chair of the Senate Judiciary Committee urged him to share the evidence.")]
    [InlineData("In a letter sent in May, senior members of the Senate Foreign Relations Committee objected.")]
    public void Round_28_mended_the_subject_after_a_fronted_phrase_pairs(string text) =>
        Assert.True(Pipeline.Covered(text, "congressional_pressure"));

    // "on, at" before anyone but a place mark what the pressure falls on, not who presses (each fails before the mend).
    [Theory]
    [InlineData("The White House stepped up pressure on the Senate this week.")]
    [InlineData("Pressure on lawmakers is growing.")]
    [InlineData("The governor vented his anger at Congress.")]
    public void Round_28_mended_pressure_on_congress_is_not_congressional_pressure(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));

    // ... and before a place they are where it is (holds before and after).
    [Fact]
    public void Round_28_mended_outrage_on_capitol_hill_is_congressional_pressure() =>
        Assert.True(Pipeline.Covered("The decision sparked outrage on Capitol Hill yesterday.", "congressional_pressure"));

    // One verb of agent_verbs after a nominal trigger; the speaker of a first-person quotation holding the trigger
    // (each fails before the mend).
    [Theory]
    [InlineData("Pressure grew in Congress for the release of the files.")]
    [InlineData("Pressure mounts on Capitol Hill for a vote.")]
    [InlineData("Demands came from senators in both parties.")]
    [InlineData("\"We pressed hard,\" Senator Ellison said.")]
    public void Round_28_mended_a_nominal_trigger_with_its_verb_or_a_members_own_quote_is_pressure(string text) =>
        Assert.True(Pipeline.Covered(text, "congressional_pressure"));

    // A quotation reporting someone else's act is not the speaker's (holds before and after).
    [Fact]
    public void Round_28_mended_a_quotation_about_another_actor_is_not_the_speakers_pressure() =>
        Assert.False(Pipeline.Covered("\"The Pentagon pressed for a delay,\" Senator Ellison said.", "congressional_pressure"));

    // A participle form is lower-case -ed / -ing or an -en participle of the rule words: not "women", "children",
    // "seven", "Biden" (each fails before the mend).
    [Theory]
    [InlineData("Voters pressed women in the legislature to resign.")]
    [InlineData("Activists pressed children in the Senate gallery to leave.")]
    [InlineData("Activists pressed Biden in the Senate gallery to leave.")]
    public void Round_28_mended_a_word_ending_in_en_is_no_participle(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));

    // "by" must govern the cue (each fails before the mend).
    [Theory]
    [InlineData("The Pentagon pressed ahead by ignoring the senators.")]
    [InlineData("A letter written by the Pentagon to the Senate Armed Services Committee defended the delay.")]
    public void Round_28_mended_a_by_that_does_not_govern_the_cue_is_no_agent(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));

    // Writing to constituents or voters is no pressure on a government (each fails before the mend).
    [Theory]
    [InlineData("Senator Ellison wrote to constituents on Monday.")]
    [InlineData("The senators are writing to voters in their home states.")]
    [InlineData("Two senators have written to their constituents about the vote.")]
    public void Round_28_mended_writing_to_constituents_is_no_pressure(string text) =>
        Assert.False(Pipeline.Covered(text, "congressional_pressure"));
}
