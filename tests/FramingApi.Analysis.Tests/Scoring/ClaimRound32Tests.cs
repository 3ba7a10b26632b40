using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 32 (claims27), sentences of our own: what a law forbids or makes a crime is the law's text, no claim
/// (ClaimFramingScorer.IsProhibitedByLaw, IsLawsSubject, and IsLegalQualification read in the mention's clause); a
/// source's count reports what it counts (claims.json: <i>counts, counted, count of</i>); an act that is the subject
/// of a participle of finding is stated as found (ClaimFramingScorer.IsFindingPassive); a participle that describes its
/// victims presupposes the act (ClaimFramingScorer.IsAdjectivalParticiple).</summary>
public class ClaimRound32Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // The object of a law's prohibition: the law's text.
    [Theory]
    [InlineData("The Chemical Weapons Convention, which Russia ratified in 1997, forbids the use of riot-control agents as a method of warfare.", "use of riot-control agents")]
    [InlineData("International humanitarian law prohibits attacks against civilians and the taking of hostages.", "attacks against civilians")]
    [InlineData("International humanitarian law prohibits attacks against civilians and the taking of hostages.", "taking of hostages")]
    [InlineData("The Rome Statute criminalises the use of poison gas in any armed conflict.", "use of poison gas")]
    public void What_a_law_forbids_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // The subject of what the law makes of an act, nobody's act in particular; and the qualification itself when the
    // actor stands in another clause.
    [Theory]
    [InlineData("The execution of prisoners of war is itself a war crime under the Geneva Conventions, and Ukrainian prosecutors have charged Russian servicemen in absentia.", "execution")]
    [InlineData("The execution of prisoners of war is itself a war crime under the Geneva Conventions, and Ukrainian prosecutors have charged Russian servicemen in absentia.", "war crime")]
    [InlineData("Killing a prisoner who has surrendered is prohibited under the Geneva Conventions.", "Killing")]
    [InlineData("The wilful killing of a prisoner of war is a grave breach of the Geneva Conventions.", "killing of")]
    public void What_the_law_makes_of_an_act_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // A particular act, or a subject that points back to one, stays a claim.
    [Theory]
    [InlineData("Russian troops executed six prisoners of war near Bakhmut, which is a war crime under the Geneva Conventions.", "war crime")]
    [InlineData("Russian troops killed the prisoners, and that is a war crime under the Geneva Conventions.", "war crime")]
    [InlineData("The shelling of Kharkiv's maternity hospital is a war crime under international law.", "shelling")]
    [InlineData("Russia bans the use of chemical weapons, its foreign ministry said, but Russian troops used chloropicrin near the village.", "chloropicrin")]
    public void A_particular_act_stays_a_claim(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));

    // A source's count is its report.
    [Theory]
    [InlineData("Ukraine's ombudsman counts more than 19,500 children deported by Russia.", "deported", "counts")]
    [InlineData("The UN monitoring mission has counted at least 134 executions of Ukrainian prisoners by Russian forces.", "executions", "counted")]
    [InlineData("Ukrainian state media focused on the General Staff's monthly count of chemical attacks by Russian forces.", "chemical attacks", "count of")]
    public void A_count_attributes_what_it_counts(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal(marker, claim.Marker);
    }

    // The act as the subject of a participle of finding: found, not said.
    [Theory]
    [InlineData("The summary killings found after the Russian withdrawal from Izium shocked the investigators.", "summary killings")]
    [InlineData("Russia's killing of civilians has been documented by the UN for years.", "killing of civilians")]
    public void An_act_found_or_documented_is_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // The active still reports: the finder is the source.
    [Theory]
    [InlineData("The UN mission documented the killing of civilians by Russian troops in Bucha.", "killing of civilians")]
    [InlineData("Investigators found that Russian troops had tortured detainees in the basement.", "tortured")]
    public void Who_found_or_documented_it_is_the_source(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }

    // A participle describing its victims: the act is presupposed, whatever is reported about them.
    [Theory]
    [InlineData("Ukraine's ombudsman says more than 20,000 deported children have been identified by name.", "deported children")]
    [InlineData("The president stressed that returning all deported children is one of the points of the peace plan.", "deported children")]
    public void Deported_children_are_presupposed(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // The verb with its subject, or a passive, is what is reported.
    [Theory]
    [InlineData("Ukraine's ombudsman says Russia deported children from Kherson.", "deported children")]
    [InlineData("Ukraine says the children were deported by Russian forces.", "deported")]
    public void A_reported_act_of_deporting_is_attributed(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }
}
