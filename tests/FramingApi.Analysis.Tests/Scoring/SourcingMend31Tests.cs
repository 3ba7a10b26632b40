using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 31 mended after review (mend31; docs/VALIDITY.md, "Sourcing and topics, round 31", "Mended after
/// review"): the round's civilian buildings (rule words <c>target_cue_words</c>) pair only as the strike's target;
/// a capitalised hotel name is no place name for the nearness rule; <i>in no hurry</i> is its subject's
/// (<c>subject_trigger_heads</c>). The "must not" cases read <c>civilian_infrastructure</c> or
/// <c>pentagon_resistance</c> on main 555edc24; the "must" cases hold on main too.</summary>
public class SourcingMend31Tests
{
    // A hotel, bakery, water point or TV tower that a strike word stands near but did not hit.
    [Theory]
    [InlineData("The talks at the hotel struck a deal on the grain corridor.")]
    [InlineData("The clocks struck seven as they reached the hotel.")]
    [InlineData("After the final, the staff hit the hotel bar.")]
    [InlineData("Hotel bookings hit a record in August.")]
    [InlineData("The striker hit the post twice before the team went back to their hotel.")]
    [InlineData("Survivors of the missile strike were sheltered in a hotel nearby.")]
    [InlineData("Refugees fleeing the bombing found rooms at a hotel in Lviv.")]
    [InlineData("The delegation stayed at the hotel while the shelling continued.")]
    [InlineData("Journalists filed their reports from the hotel as the bombardment went on.")]
    [InlineData("The drone strike was filmed from the hotel roof.")]
    [InlineData("The hotel manager said the strikes had scared guests away.")]
    [InlineData("The old bakery, fired with wood, still makes forty loaves a day.")]
    [InlineData("Her speech struck a chord with the bakery owners.")]
    [InlineData("The bakery was hit by rising flour prices.")]
    [InlineData("Rising flour prices hit the village bakery hard this year.")]
    [InlineData("A bakery worker was killed when a shell hit the bus.")]
    [InlineData("Workers at the water point said the shelling had stopped.")]
    [InlineData("A drone hit a car near the Hotel Ukraina.")]
    [InlineData("The TV tower was struck by lightning during the storm.")]
    public void Mend_31_a_civilian_building_that_was_not_the_target_is_no_strike_on_it(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // The building as the strike's target: the verb's object, the passive's subject, the attack noun's complement,
    // the noun before a noun of attack.
    [Theory]
    [InlineData("A missile hit the hotel where the reporters were staying.")]
    [InlineData("Shelling knocked out the TV tower on the hill.")]
    [InlineData("The hotel was hit twice on Sunday night.")]
    [InlineData("The bakery had been shelled before dawn.")]
    [InlineData("The hotel was struck by a Russian missile.")]
    [InlineData("The water point was hit by drones on Tuesday.")]
    [InlineData("The strike on the hotel killed two receptionists.")]
    [InlineData("Witnesses described an attack on the bakery in the morning.")]
    [InlineData("The shelling of the water point left the district dry.")]
    [InlineData("Investigators visited the site of the hotel strike.")]
    [InlineData("A missile hit the hotel twice.")]
    [InlineData("An army tank fired on a hotel full of foreign reporters.")]
    [InlineData("Drones struck the hotel, killing two guards.")]
    public void Mend_31_a_civilian_building_as_the_strikes_target_is_civilian_infrastructure(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // The old cues keep their reach: a hospital near a strike word still pairs (the general target rule is not this mend's).
    [Fact]
    public void Mend_31_the_old_cues_are_unchanged() =>
        Assert.True(Pipeline.Covered("Survivors of the missile strike were taken to a hospital nearby.", "civilian_infrastructure"));

    // Limit: damage reported in a clause of its own ("damage is visible on the bakery") is no complement of the noun
    // (dev24's reader counts it; the article loses its topic edge here).
    [Fact]
    public void Mend_31_limit_damage_visible_on_a_bakery_is_no_strike_on_it() =>
        Assert.False(Pipeline.Covered("Roof damage is visible on the bakery and two adjacent buildings.", "civilian_infrastructure"));

    // Limit: lightning as the subject of an active "struck" is read as a strike on its object.
    [Fact]
    public void Mend_31_limit_lightning_striking_a_tower_is_read_as_a_strike() =>
        Assert.True(Pipeline.Covered("Lightning struck the TV tower during the storm.", "civilian_infrastructure"));

    // Whoever else is in no hurry near a Pentagon mention.
    [Theory]
    [InlineData("The Pentagon handed over the files, but the prosecutors are in no hurry.")]
    [InlineData("The museum next to the Pentagon is in no hurry to reopen.")]
    [InlineData("Congress is in no hurry to confirm the Pentagon's nominee.")]
    [InlineData("The ICC is in no hurry to ask the Pentagon for the imagery.")]
    [InlineData("Pentagon officials said Kyiv was in no hurry.")]
    [InlineData("Investors are in no hurry, a Pentagon contractor said.")]
    public void Mend_31_someone_else_in_no_hurry_is_no_pentagon_resistance(string text) =>
        Assert.False(Pipeline.Covered(text, "pentagon_resistance"));

    // The Pentagon itself in no hurry; through a pronoun, the existing antecedent path pairs ("said it was").
    [Theory]
    [InlineData("The Pentagon is in no hurry to hand the imagery to the court.")]
    [InlineData("Pentagon officials are in no hurry to share the footage.")]
    [InlineData("The Pentagon itself is in no hurry to hand anything over.")]
    [InlineData("The Pentagon said it was in no hurry to hand the files over.")]
    public void Mend_31_the_pentagon_in_no_hurry_still_resists(string text) =>
        Assert.True(Pipeline.Covered(text, "pentagon_resistance"));

    // Item 4: the writer's informants inside a quotation are the quotation's sourcing, not the outlet's: the article's
    // anonymous-sourcing figure reads the outlet's voice only.
    [Fact]
    public void Mend_31_informants_in_a_quotation_are_in_the_quotations_voice()
    {
        var (text, analysis) = Pipeline.Run("\"I am told by people who know,\" he said.");
        Assert.DoesNotContain(analysis.Evidence, e => e.Voice == Voice.Outlet && e.Attribution?.Kind == AttributionKind.Anonymous);
    }
}
