using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 31 (srctop31; docs/VALIDITY.md, "Sourcing and topics, round 31"), which takes up
/// round 29's measured candidate: the README's "other civilian buildings" that a strike damages — a water or aid
/// distribution point, a bakery, a hotel, a switchyard, a television centre or tower — are `civilian_infrastructure`
/// cues; a cue governed by a preposition of nearness (<i>near, outside, beside, next to</i> …; rule words
/// <c>near_prepositions</c>, <c>near_heads</c>) is where something was, and one governed by <i>from</i> after a verb of
/// firing (<c>origin_verbs</c>) is where the fire came from, not what a strike hit (docs/ANALYSIS.md, "Topics", round
/// 31). Attribution: an adverb of time between a person noun and its complement ("a colleague still at the Pentagon"),
/// and the writer told by unnamed people ("I am told by people who were in the room"), are unnamed sources. The cases
/// marked "fails on main" fail on main db9ba641; the others hold on both and pin the rules' boundaries.</summary>
public class SourcingRound31Tests
{
    // Strikes on a distribution point, a water point or a bakery (each fails on main: no cue).
    [Theory]
    [InlineData("A shell hit the water distribution point on Sunday morning, killing six people.")]
    [InlineData("Drones struck an aid distribution point in the village twice in one week.")]
    [InlineData("The monitors could not say who hit the water point by the depot.")]
    [InlineData("Ukrainian drones hit buses and bakeries in the two towns.")]
    public void Round_31_strikes_on_a_distribution_point_or_a_bakery_are_civilian_infrastructure(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // A cue after a preposition of nearness is where something was: the strike hit something else (each fails on
    // main, where the nearest cue within ten tokens paired).
    [Theory]
    [InlineData("A Russian drone hit a minibus near the central market.")]
    [InlineData("A drone attacked a civilian car near the market; the driver was wounded.")]
    [InlineData("Ukrainian forces had twice fired mortars from next to civilian buildings.")]
    [InlineData("Glide bombs had been falling on the streets near their flat for a month.")]
    [InlineData("Investigators photographed missile fragments in the snow beside a burst heating main.")]
    [InlineData("The drone exploded in a field close to the school.")]
    public void Round_31_a_cue_after_a_preposition_of_nearness_is_no_target(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // The queue outside a bakery is the target, not the bakery (holds on main, where the bakery was no cue; fails with
    // near_prepositions emptied).
    [Fact]
    public void Round_31_a_strike_on_a_queue_outside_a_bakery_is_no_strike_on_the_bakery() =>
        Assert.False(Pipeline.Covered("The October strike on a bread queue outside a bakery killed 23 people.", "civilian_infrastructure"));

    // Boundaries that hold on main too: a place name after the preposition is still the place; "on or near" and
    // "anywhere near" are not nearness alone; a cue before the preposition is the target; and nearness is no topic
    // rule of any other topic's proper names.
    [Theory]
    [InlineData("Russian missiles struck the power plant near Kharkiv overnight.", "civilian_infrastructure")]
    [InlineData("The report lists 14 strikes on or near the plant between June and November.", "civilian_infrastructure")]
    [InlineData("Artillery shelled the apartment blocks outside the town centre.", "civilian_infrastructure")]
    [InlineData("Investigators exhumed more than 440 bodies in a pine forest outside Izium.", "bucha")]
    public void Round_31_the_nearness_rule_keeps_its_boundaries(string text, string topic) =>
        Assert.True(Pipeline.Covered(text, topic));

    // Strikes on a hotel, a switchyard, a television centre or tower (each fails on main: no cue).
    [Theory]
    [InlineData("A second missile hit the hotel where the foreign reporters were staying.")]
    [InlineData("Prosecutors opened a case over the hotel strike in the frontline town.")]
    [InlineData("An army tank fired on a hotel full of foreign reporters that morning.")]
    [InlineData("Nobody could say who struck the switchyard on the night the last line failed.")]
    [InlineData("Aircraft bombed the bridges, the trains and a television centre that spring.")]
    [InlineData("Cruise missiles damaged the TV tower on the hill above the city.")]
    public void Round_31_strikes_on_a_hotel_a_switchyard_or_a_broadcasting_building_are_civilian_infrastructure(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // A cue after "from" and a verb of firing is where the fire came from (each fails with origin_verbs emptied; the
    // first and third fail on main, where "fired" pairs with the kindergarten and the school).
    [Theory]
    [InlineData("The crews had fired from a kindergarten on their own side of the river.")]
    [InlineData("It was not certain the shot had been fired from either hotel.")]
    [InlineData("Mortars were fired from the school on the hill above the village.")]
    public void Round_31_a_cue_after_fired_from_is_where_the_fire_came_from(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // "from" without a verb of firing, or a strike on the cue with "from" elsewhere, still pairs (holds on main too).
    [Theory]
    [InlineData("Drones fired from the east hit the hospital twice.")]
    [InlineData("Shrapnel from the missile damaged the school and two homes.")]
    public void Round_31_from_elsewhere_in_the_clause_keeps_the_pair(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // The writer's unnamed informants (each fails on main, where the source is unresolved).
    [Theory]
    [InlineData("A colleague still at the ministry told me last week that the lawyers had been asked.", "told", "A colleague still at the ministry")]
    [InlineData("A friend now in the department told me the plan had stalled.", "told", "A friend now in the department")]
    [InlineData("The ministry, I am told by people who follow these things, is resisting the bill.", "told", "people")]
    [InlineData("I was told by people in the room that the vote had been close.", "told", "people")]
    public void Round_31_the_writers_unnamed_informants_are_anonymous(string sentence, string phrase, string source) =>
        Pipeline.AssertSource(sentence, phrase, AttributionKind.Anonymous, source);

    // Not the writer's unnamed informants: a named agent, the press as agent, no agent, someone else told (each holds on
    // main too).
    [Theory]
    [InlineData("I was told by the prosecutor that the case was closed.")]
    [InlineData("There, we are told by the American press, a great argument is raging.")]
    [InlineData("I am told the ministry is resisting the bill.")]
    [InlineData("The farmers were told by people in uniform to leave the village.")]
    public void Round_31_other_passives_of_telling_are_not_the_writers_informants(string sentence)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        var evidence = Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == "told");
        Assert.NotEqual(AttributionKind.Anonymous, evidence.Attribution!.Kind);
    }

    // The Pentagon in no hurry (each fails on main: no trigger; round 24 measured it on dev13 and dev20, and dev24 gains
    // by it as well).
    [Theory]
    [InlineData("The Pentagon, we are told, is in no hurry to hand the imagery to the court.")]
    [InlineData("Its generals are in no hurry to share anything with the tribunal.")]
    [InlineData("The generals, we are told, are in no hurry.")]
    public void Round_31_the_pentagon_in_no_hurry_resists(string text) =>
        Assert.True(Pipeline.Covered(text, "pentagon_resistance"));

    // With no Pentagon cue it is no resistance (holds on main too); "against it" and "sitting on" stay out (one set each,
    // and "sits on" a council or a bank: SourcingRound25Tests).
    [Theory]
    [InlineData("The museum is in no hurry to reopen its east wing.")]
    [InlineData("The Pentagon, according to several papers, is against it.")]
    [InlineData("The Defense Department has been sitting on the satellite pictures for a year.")]
    public void Round_31_no_pentagon_cue_or_a_word_left_out_is_no_pentagon_resistance(string text) =>
        Assert.False(Pipeline.Covered(text, "pentagon_resistance"));
}
