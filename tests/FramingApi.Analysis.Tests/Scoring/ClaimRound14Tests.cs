using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 14: classes of wording from blind-written coverage (dev5) that the claim rules missed, with
/// sentences of our own.</summary>
public class ClaimRound14Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // Child removal told with verbs of conveying: an actor subject, the children as the object.
    [Theory]
    [InlineData("Last spring Russian officials carried scores of orphans from the care home across the river.", "carried", "russia")]
    [InlineData("The occupiers shipped forty pupils from the boarding school to a camp on the coast.", "shipped", "russia")]
    [InlineData("Russian troops bussed the children of the village east within a week.", "bussed", "russia")]
    [InlineData("The Russian authorities transported dozens of minors out of the occupied district.", "transported", "russia")]
    [InlineData("Russian soldiers kept the teenagers in a dormitory for months.", "kept", "russia")]
    public void Conveying_children_is_a_removal(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("child_deportation", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("Volunteers carried the children to the shelter when the sirens began.", "carried")]
    [InlineData("The trucks shipped grain and timber to the port all summer.", "shipped")]
    [InlineData("Russian officials kept their promise to reopen the bridge.", "kept")]
    public void Conveying_without_an_actor_and_children_is_no_claim(string text, string mention)
    {
        Assert.Null(Claim(text, mention));
    }

    // Attacks told with verbs of heavy blows, or on objects of civilian life outside the earlier families (churches,
    // the grid, power lines, families).
    [Theory]
    [InlineData("Through the winter Russian forces pounded power lines and boiler houses across the region.", "pounded", "russia")]
    [InlineData("Russia battered the grid again overnight, the third night in a row.", "battered", "russia")]
    [InlineData("Russian troops hammered residential blocks and churches along the embankment.", "hammered", "russia")]
    [InlineData("Russian soldiers opened fire on families queuing for bread near the square.", "opened fire on", "russia")]
    [InlineData("Moscow insists its forces have never harmed civilians.", "harmed", "russia")]
    [InlineData("Russia bombed the grid week after week until the lights went out.", "bombed", "russia")]
    public void Heavy_blows_on_civilian_objects_are_attacks(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("Heavy rain battered the coast for days and the ferry stopped.", "battered")]
    [InlineData("Negotiators hammered out a compromise on grain exports late on Friday.", "hammered")]
    [InlineData("The new tariffs harmed farmers more than anyone expected.", "harmed")]
    public void Heavy_blows_without_civilian_objects_are_no_claim(string text, string mention)
    {
        Assert.Null(Claim(text, mention));
    }

    [Fact]
    public void Strikes_on_the_grid_are_a_nominal_attack()
    {
        var claim = Claim("Russia's strikes on the grid left the city dark for a week.", "strikes on");
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // A pronoun owner takes the subject of a clause opened by "since", "after", "before", "until" as its antecedent.
    [Theory]
    [InlineData("Since Moscow walked out of the talks, its forces have pounded apartment blocks in the port every night.", "pounded", "russia")]
    [InlineData("After Russia withdrew from the north, its troops shelled residential districts of the city from across the river.", "shelled", "russia")]
    public void A_pronoun_owner_takes_the_subject_of_a_since_clause(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(actor, claim.Actor);
    }

    [Fact]
    public void An_actor_owned_after_since_stays_a_frame()
    {
        // "since Ukraine's offensive" is a time frame, not a clause whose subject the pronoun could take up.
        var claim = Claim("Russian commanders have regrouped. Since Ukraine's offensive began, their units have shelled residential districts nightly.", "shelled");
        Assert.True(claim is null || claim.Actor != "ukraine");
    }

    // "Crimes of" and "abuses of" an actor are claims of war crimes against it; without an actor there, or restating a
    // claim in the subject of their clause, they are none.
    [Theory]
    [InlineData("The exhibition catalogues the crimes of the occupying forces in the south.", "crimes of", "russia")]
    [InlineData("Senators asked about the crimes of the American military in the 2003 campaign.", "crimes of", "us")]
    [InlineData("The report lists abuses of Russian soldiers at two detention sites.", "abuses of", "russia")]
    public void Crimes_of_an_actor_are_war_crimes(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("Nobody can ignore crimes of this size for long.")]
    [InlineData("Historians still argue about the crimes of the last century.")]
    [InlineData("The torture of prisoners is one of the darkest crimes of the Russian occupation authorities.")]
    public void Crimes_of_without_an_actor_or_restating_a_claim_are_no_claim(string text)
    {
        Assert.Null(Claim(text, "crimes of"));
    }

    // Adoption of removed children by the other side's families: a removal trigger with a child cue near it.
    [Fact]
    public void Adoptions_of_children_are_a_removal()
    {
        var claim = Claim("The dossier traces adoptions of Ukrainian orphans by Russian families since 2022.", "adoptions");
        Assert.NotNull(claim);
        Assert.Equal("child_deportation", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    [Fact]
    public void Adoptions_without_children_near_them_are_no_claim()
    {
        Assert.Null(Claim("The summit ended with the adoption of a joint statement on grain exports.", "adoption of"));
    }
}
