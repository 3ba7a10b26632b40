using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 27 (srctop27): a plant or a station struck is civilian infrastructure — the
/// installation named by its head noun, as a power plant, a railway station or a bus station is — and the two nouns are
/// no cue where English makes them verbs or a noun before them names a military installation (docs/ANALYSIS.md,
/// "Topics", round 27). The positive cases fail on main f9bb0bd; the verb readings and the military kinds pin the rule's
/// boundary.</summary>
public class SourcingRound27Tests
{
    // The README's "strikes on or damage to energy … and other civilian buildings": the plant and the station are the
    // installation itself, taken up after its full name or named by the head noun alone.
    [Theory]
    [InlineData("Russian missiles hit the plant overnight, and the city's lights went out.")]
    [InlineData("A drone struck the station during the morning rush.")]
    [InlineData("Two thermal plants in the east were shelled again on Sunday.")]
    [InlineData("Moscow says Kyiv keeps attacking the plant with drones.")]
    [InlineData("Three missiles slammed into the station as families waited for the evacuation train.")]
    [InlineData("The water treatment plants that serve the city were damaged in the attack.")] // as before (a cue of its own)
    [InlineData("The strike on the station killed eleven people.")]
    public void Round_27_a_plant_or_a_station_struck_is_civilian_infrastructure(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));

    // "plant" and "station" are verbs after "to", an auxiliary or modal, a subject pronoun, and (singular) a plural
    // noun: the mines they plant and the missiles they station are no strike on an installation.
    [Theory]
    [InlineData("Retreating troops plant mines along the roads out of the village.")]
    [InlineData("The army was ordered to plant mines along the riverbank.")]
    [InlineData("They plant bombs under the bridges before they withdraw.")]
    [InlineData("Russia could station missiles in Belarus.")]
    [InlineData("NATO has no plans to station missiles near the border.")]
    [InlineData("Sappers will plant more mines before the spring.")]
    public void Round_27_plant_and_station_as_verbs_are_no_cue(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // A noun before the plant or station that names a military installation makes it none: an ammunition plant or a
    // radar station struck is a military objective, not the README's civilian infrastructure.
    [Theory]
    [InlineData("Ukrainian drones struck an ammunition plant in Bryansk overnight.", false)]
    [InlineData("A missile hit a radar station near the border.", false)]
    [InlineData("Drones attacked a tank plant in the Urals.", false)]
    [InlineData("A missile hit a pumping station near the border.", true)] // a civilian kind: as before
    [InlineData("A missile hit the main station near the border.", true)]
    public void Round_27_a_military_plant_or_station_is_no_civilian_infrastructure(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "civilian_infrastructure"));

    // Without a trigger the noun is still no evidence: a cue is never a hit by itself.
    [Theory]
    [InlineData("The plant employs about two thousand people.")]
    [InlineData("We met at the station at noon.")]
    public void Round_27_a_plant_or_a_station_alone_is_no_evidence(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // mend27 (after review): the plant or the station that is no civilian installation — the modifier of a person or
    // an office after it, a duty station, a house plant, the naval "on station", a military owner or kind two words
    // back (a possessive allowed), and a plant that makes weapons. Each fails on main 70d5940.
    [Theory]
    [InlineData("The CIA station chief was expelled after the missile strike.")]
    [InlineData("The plant manager was questioned after the drone attack.")]
    [InlineData("The soldier reported to his duty station before the attack.")]
    [InlineData("Russian drones struck the potted plant on the windowsill.")]
    [InlineData("The strike on the army's fuel station killed four soldiers.")]
    [InlineData("Drones hit the navy's repair station overnight.")]
    [InlineData("Ukrainian drones struck an ammunition storage plant near Bryansk.")]
    [InlineData("Russia said it struck a plant producing drones.")]
    [InlineData("Russian missiles struck the Motor Sich plant, which makes engines for military aircraft.")]
    [InlineData("Drones attacked a plant that builds tanks.")]
    [InlineData("It is often stated that the submarine can be destroyed in transit, and on station.")]
    public void Mend27_a_plant_or_a_station_that_is_no_civilian_installation_is_no_cue(string text) =>
        Assert.False(Pipeline.Covered(text, "civilian_infrastructure"));

    // The boundary: the installation itself stays a cue — a trigger between a weapon and the noun ("drones struck
    // plants"), the station's own building, a plant whose clause ends before the weapon, a plant making civilian goods.
    // A police station is one of the README's "other civilian buildings" (the police are civilians; a station used as a
    // base would not be, as the README's school used as a base is not): it stays a cue, as on main.
    [Theory]
    [InlineData("Russian drones struck plants in Kharkiv overnight.")]
    [InlineData("About 400 people were in the station building when the missile struck.")]
    [InlineData("Missiles hit the plant, which makes fertiliser, on Sunday.")]
    [InlineData("A missile struck a plant producing bread in Dnipro.")]
    [InlineData("Drones attacked the police station in Kherson.")]
    [InlineData("A drone struck the station during the morning rush.")]
    // "on station" is the naval idiom only where its noun phrase ends: "station platforms" are the station's.
    [InlineData("Missiles hit people waiting on station platforms in Kramatorsk.")]
    public void Mend27_the_installation_itself_stays_a_cue(string text) =>
        Assert.True(Pipeline.Covered(text, "civilian_infrastructure"));
}
