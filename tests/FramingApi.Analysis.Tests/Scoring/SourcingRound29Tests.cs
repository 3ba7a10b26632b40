using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 29 (srctop29), measured and not kept (docs/VALIDITY.md, "Sourcing and topics,
/// round 29"): the civilian places that relief and supplies depend on — a water or aid distribution point, a bakery —
/// are `civilian_infrastructure` cues, and a
/// cue governed by a preposition of nearness (<i>near, outside, beside, next to</i> …; rule words
/// <c>near_prepositions</c>, <c>near_heads</c>) is where something was, not what a strike hit (docs/ANALYSIS.md,
/// "Topics", round 29). The cases marked "fails on main" fail on main 5dfc08e; the others hold on both and pin the
/// rule's boundary.</summary>
public class SourcingRound29Tests
{
    static bool Covered(string text, string topic) =>
        SeedScoringTests.Score(Pipeline.Run(text).Analysis, "topics", topic, VoiceScope.Article).Covered;

    // Strikes on a distribution point, a water point or a bakery (each fails on main: no cue).
    [Theory]
    [InlineData("A shell hit the water distribution point on Sunday morning, killing six people.")]
    [InlineData("Drones struck an aid distribution point in the village twice in one week.")]
    [InlineData("The monitors could not say who hit the water point by the depot.")]
    [InlineData("Ukrainian drones hit buses and bakeries in the two towns.")]
    [InlineData("Roof damage is visible on the bakery and two adjacent buildings.")]
    public void Round_29_strikes_on_a_distribution_point_or_a_bakery_are_civilian_infrastructure(string text) =>
        Assert.True(Covered(text, "civilian_infrastructure"));

    // A cue after a preposition of nearness is where something was: the strike hit something else (each fails on
    // main, where the nearest cue within ten tokens paired).
    [Theory]
    [InlineData("A Russian drone hit a minibus near the central market.")]
    [InlineData("A drone attacked a civilian car near the market; the driver was wounded.")]
    [InlineData("Ukrainian forces had twice fired mortars from next to civilian buildings.")]
    [InlineData("Glide bombs had been falling on the streets near their flat for a month.")]
    [InlineData("Investigators photographed missile fragments in the snow beside a burst heating main.")]
    [InlineData("The drone exploded in a field close to the school.")]
    public void Round_29_a_cue_after_a_preposition_of_nearness_is_no_target(string text) =>
        Assert.False(Covered(text, "civilian_infrastructure"));

    // The queue outside a bakery is the target, not the bakery (holds on main, where the bakery was no cue; fails with
    // near_prepositions emptied).
    [Fact]
    public void Round_29_a_strike_on_a_queue_outside_a_bakery_is_no_strike_on_the_bakery() =>
        Assert.False(Covered("The October strike on a bread queue outside a bakery killed 23 people.", "civilian_infrastructure"));

    // Boundaries that hold on main too: a place name after the preposition is still the place; "on or near" and
    // "anywhere near" are not nearness alone; a cue before the preposition is the target; and nearness is no topic
    // rule of any other topic's proper names.
    [Theory]
    [InlineData("Russian missiles struck the power plant near Kharkiv overnight.", "civilian_infrastructure")]
    [InlineData("The report lists 14 strikes on or near the plant between June and November.", "civilian_infrastructure")]
    [InlineData("Artillery shelled the apartment blocks outside the town centre.", "civilian_infrastructure")]
    [InlineData("Investigators exhumed more than 440 bodies in a pine forest outside Izium.", "bucha")]
    public void Round_29_the_nearness_rule_keeps_its_boundaries(string text, string topic) =>
        Assert.True(Covered(text, topic));
}
