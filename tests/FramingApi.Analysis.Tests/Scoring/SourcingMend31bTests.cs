using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 31 mended a second time (mend31b; docs/VALIDITY.md, "Sourcing and topics, round 31", "Mended after a
/// second review"): a passive subject keeps its modifiers (a name, a prepositional phrase, an adjective phrase, a
/// coordinated place, a relative clause, a parenthesis between commas); a noun of attack reaches a round-31 building
/// only through a preposition; a list's comma is no clause's; <i>hit hard by</i>, a capitalised word before a common
/// noun and <i>struck off</i> are checked; <i>in no hurry</i> after a linking verb, a head noun with <i>at / of</i> and
/// a relative <i>which is</i>.</summary>
public class SourcingMend31bTests
{
    // The passive subject with its modifiers (read 0 after mend31).
    [Theory]
    [InlineData("The Hotel Kalyna was struck on Friday.")]
    [InlineData("The Hotel Kalyna was hit by a Russian missile.")]
    [InlineData("A hotel in central Kharkiv was struck by a missile overnight.")]
    [InlineData("A bakery in the village was shelled on Monday.")]
    [InlineData("A hotel near the station was hit by a missile.")]
    [InlineData("Two hotels and a bakery in Kharkiv were hit overnight.")]
    [InlineData("A hotel popular with journalists was struck overnight.")]
    [InlineData("The bakery, the town's only one, was shelled on Monday.")]
    [InlineData("The hotel where journalists stayed was hit by a missile.")]
    [InlineData("The hotel that housed the reporters was struck twice.")]
    [InlineData("The hotel, which housed foreign reporters, was hit by a drone.")]
    [InlineData("A hospital in central Kharkiv was struck by a missile overnight.")]
    [InlineData("The hospital where the wounded were treated was hit by a missile.")]
    public void Mend_31b_a_passive_subject_with_its_modifiers_is_the_strikes_target(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // Other target shapes.
    [Theory]
    [InlineData("Shells rained down on the bakery.")]
    [InlineData("Russian strikes damaged several buildings, including a hotel.")]
    [InlineData("The bakery was hit by shrapnel.")]
    [InlineData("The TV tower was hit by shrapnel.")]
    [InlineData("The missiles hit the convoy, a hotel and a bakery.")]
    public void Mend_31b_other_target_shapes_are_civilian_infrastructure(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // A place in a later clause, and the other senses of the strike verbs.
    [Theory]
    [InlineData("After the bombing, the hotel closed.")]
    [InlineData("After the strike, the hotel reopened.")]
    [InlineData("During the shelling, the bakery stayed open.")]
    [InlineData("The shelling stopped and the bakery reopened.")]
    [InlineData("The shelling forced the bakery to close.")]
    [InlineData("Missiles hit the convoy while the hotel stayed open.")]
    [InlineData("The hotel closed and the convoy was hit by a missile.")]
    [InlineData("The hotel said the convoy was hit by a missile.")]
    [InlineData("Hotels were hit hard by the pandemic.")]
    [InlineData("Bakeries were hit by the EU's new tariffs.")]
    [InlineData("The hotel was hit by Covid restrictions.")]
    [InlineData("The bakery was struck off the register.")]
    public void Mend_31b_a_building_outside_the_strike_is_no_strike_on_it(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // Limits: the place among the buildings hit, a collapse after a strike and damage sustained are not read; a verb's
    // other sense with an active subject is read (the old cues too); a port is itself a place of the topic.
    [Theory]
    [InlineData("The hotel was among the buildings hit.")]
    [InlineData("The TV tower collapsed after a missile strike.")]
    [InlineData("The hotel sustained damage in the strike.")]
    public void Mend_31b_limit_a_target_in_other_words_is_not_read(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    [Theory]
    [InlineData("Sanctions hit hotels across Moscow.")]
    [InlineData("The heatwave hit bakeries across the region.")]
    [InlineData("Missiles hit the port while the hotel stayed open.")]
    public void Mend_31b_limit_an_active_verbs_other_sense_is_read_as_a_strike(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // in no hurry after a linking verb, with a head noun before the Pentagon, in a relative clause.
    [Theory]
    [InlineData("The Pentagon appears to be in no hurry to release the footage.")]
    [InlineData("The Pentagon has appeared in no hurry to release the footage.")]
    [InlineData("Officials at the Pentagon are in no hurry to release the footage.")]
    [InlineData("The Pentagon, which is in no hurry to release the footage, declined to comment.")]
    public void Mend_31b_the_pentagon_in_no_hurry_in_more_shapes_resists(string text) =>
        Assert.True(Pipeline.Covered(text, "pentagon_resistance"));

    [Theory]
    [InlineData("The museum next to the Pentagon appears to be in no hurry to reopen.")]
    [InlineData("Congress, which is in no hurry to confirm the Pentagon's nominee, adjourned.")]
    public void Mend_31b_someone_else_in_no_hurry_is_still_no_pentagon_resistance(string text) =>
        Assert.False(Pipeline.Covered(text, "pentagon_resistance"));
}
