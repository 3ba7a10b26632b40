using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 22 (srctop22): what counts as <c>civilian_infrastructure</c> evidence — places of
/// worship are cultural property, not infrastructure; a noun of an attack with its own target after <i>to</i>; the verb
/// <i>flatten</i> in all its forms; a colon that opens a list of what the trigger was done to (docs/ANALYSIS.md,
/// "Topics", round 22).</summary>
public class SourcingRound22Tests
{
    // Churches and cathedrals are no civilian_infrastructure cues: the README's topic names energy, water, hospitals,
    // schools, homes and residential areas; a cultural building counts only as what sheltered or served civilians.
    [Theory]
    [InlineData("Russian artillery deliberately shelled the town's listed cathedral and its library in March 2022.", false)]
    [InlineData("Moscow says Kyiv shells its own churches on the left bank.", false)]
    [InlineData("The Church of the Intercession was damaged by rockets in 2023.", false)]
    [InlineData("Russian artillery shelled the town's hospital and its school in March 2022.", true)]
    [InlineData("A missile struck the drama theatre where hundreds of civilians were sheltering.", true)]
    public void Round_22_places_of_worship_are_no_infrastructure(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "civilian_infrastructure"));

    // A noun of an attack followed by "to" names its own target: a cue before it is not what was damaged.
    [Theory]
    [InlineData("Senators urged the administration to restore funding for a university laboratory that documents damage to cultural sites.", false)]
    [InlineData("The lab at Beaumont University, which tracked damage to heritage sites in Ukraine, lost its grant.", false)]
    [InlineData("Analysts at the Kyiv School of Economics estimate the damage to the country's economy at $16bn.", false)]
    [InlineData("The university lab documents damage to hospitals and schools in war zones.", true)] // the cue is the target
    [InlineData("The hospital was damaged by a drone overnight.", true)] // a participle, not the noun
    [InlineData("Seven people died in unheated apartments after the attack on Tuesday night.", true)] // "on": the rule reads "to" only
    public void Round_22_damage_to_names_its_own_target(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "civilian_infrastructure"));

    // The verb "flatten" in its other forms, like "flattened".
    [Theory]
    [InlineData("Russia's long record of flattening Ukrainian apartment blocks and power plants is no secret.", true)]
    [InlineData("The army flattens whole residential districts in a day.", true)]
    [InlineData("The process of flattening the dough took an hour.", false)]
    public void Round_22_the_forms_of_flatten(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "civilian_infrastructure"));

    // A colon that opens a list of what the trigger was done to keeps the relation; one that opens a clause ends it.
    [Theory]
    [InlineData("Since 2022, Ukrainian units on the right bank have shelled the town practically every day: the market, the bus station, the hospital.", "civilian_infrastructure", true)]
    [InlineData("Damaged: 4 high-rise buildings and 17 private houses, a gas pipeline and a shop.", "civilian_infrastructure", true)]
    [InlineData("The shelling had no military purpose: there were no positions of the army in the neighbourhoods.", "civilian_infrastructure", false)]
    [InlineData("The town was shelled every day. Residents: the market, the bus station and the hospital stood empty.", "civilian_infrastructure", false)] // another sentence
    [InlineData("The town was shelled; the hospital had closed a year earlier.", "civilian_infrastructure", false)] // a semicolon still ends it
    public void Round_22_a_colon_that_opens_a_list(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Israel named in passing, one of a pair or list of capitalised names, is no israel_palestine evidence; with a head
    // noun after it, or paired with the conflict's other side, it still is.
    [Theory]
    [InlineData("The administration imposed sanctions on court officials it accused of targeting Americans and Israelis.", false)]
    [InlineData("The US, Russia, China, India and Israel aren't members of the court.", false)]
    [InlineData("U.S. stocks should be kept for Taiwan and Israel, he said.", false)]
    [InlineData("The sanctions followed investigations involving Israel and the United States.", false)]
    [InlineData("Israel and Hamas have traded hostages and prisoners before.", true)]
    [InlineData("The prosecutor sought warrants for Israeli and Hamas leaders.", true)]
    [InlineData("The court also looked at the United States and Israeli forces.", true)] // a head noun after it
    [InlineData("Israel's conduct of the war was criticised in the report.", true)]
    public void Round_22_israel_named_in_passing(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "israel_palestine"));

    // In a title-case line every word is capitalised: a closed-class word there (its, the, and) is no name, so Israel
    // before "and Its Allies" is the same evidence as in sentence case (fix22).
    [Theory]
    [InlineData("Israel and Its Allies Fear the Court's New Reach", true)]
    [InlineData("Israel and its allies fear the court's new reach.", true)]
    [InlineData("Israel And Its Allies Fear The ICC", true)] // a capitalised "And" is no coordinator
    [InlineData("The US, China and Israel Stay Out of the Court", false)] // a list of names, title case or not
    public void Round_22_a_title_case_line_names_no_pair_with_closed_class_words(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "israel_palestine"));

    // A possessive determiner after "to" refers back to the cue, so the cue is still what was damaged (fix22).
    [Theory]
    [InlineData("The hospital suffered damage to its roof.", true)]
    [InlineData("The schools suffered damage to their roofs and windows.", true)]
    [InlineData("Analysts at the Kyiv School of Economics estimate the damage to the country's economy at $16bn.", false)]
    public void Round_22_a_possessive_after_to_refers_back_to_the_cue(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "civilian_infrastructure"));
}
