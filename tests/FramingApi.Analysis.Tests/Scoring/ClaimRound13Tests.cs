using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 13: classes of wording from blind-written coverage (dev4, dev3) that the claim rules missed, with
/// sentences of our own.</summary>
public class ClaimRound13Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // Violence told with plain verbs: an actor subject, a plain violent verb, a place (or its people) as the object.
    [Theory]
    [InlineData("Through the autumn Russia shelled this town nearly every evening.", "shelled", "russia")]
    [InlineData("Russian forces razed the whole village before they pulled back.", "razed", "russia")]
    [InlineData("Moscow's artillery units pounded Ukrainian towns along the river for weeks.", "pounded", "russia")]
    [InlineData("The Russians struck the city again on Sunday morning.", "struck", "russia")]
    [InlineData("The Israeli army bombed the neighbourhood while families slept.", "bombed", "israel")]
    [InlineData("Russian troops have levelled entire districts of the port.", "levelled", "russia")]
    [InlineData("Russia sent troops north. Its units have raped women in occupied hamlets near the river, bombarded cities and looted shops.", "bombarded", "russia")]
    [InlineData("Since 2022 Russia has fought a war on Ukraine's people. Its soldiers have shot prisoners and civilians, raped women and girls in occupied hamlets, bombarded cities with no aim and looted shops.", "bombarded", "russia")]
    public void An_actor_that_strikes_a_place_with_a_plain_verb_is_a_claim(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("The town was shelled overnight, the mayor said.", "shelled")]
    [InlineData("Russian troops entered the city in March.", "entered")]
    [InlineData("Reporters described the shelling near the city as relentless.", "shelling")]
    [InlineData("A Russian missile struck the city centre at dawn.", "struck")]
    [InlineData("Floods destroyed the village last spring.", "destroyed")]
    [InlineData("Russian forces shelled a village near the border.", "shelled")]
    [InlineData("Ukrainian troops retook the town and destroyed two Russian tanks.", "destroyed")]
    public void A_place_without_an_actor_striking_it_is_no_claim(string text, string mention)
    {
        Assert.Null(Claim(text, mention));
    }

    [Fact]
    public void A_closing_clause_that_says_nothing_does_not_attribute_the_claim()
    {
        var claim = Claim("For years the Ukrainian army shelled the villages of the east, and the world said nothing.", "shelled");
        Assert.NotNull(claim);
        Assert.Equal("ukraine", claim.Actor);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // A murder is a nominal attack: a claim of attacks on civilians only with civilians as the object of its "of".
    [Theory]
    [InlineData("The dossier details Russia's murder of civilians in two villages near the river.", "murder of", "russia")]
    [InlineData("Investigators have linked the murders of residents in the suburb to a Russian unit.", "murders of", "russia")]
    public void The_murder_of_civilians_is_a_nominal_attack(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("The murder of a journalist in the capital shocked the country, and civilians marched in protest.")]
    [InlineData("Police said the murder of the shopkeeper was a robbery that went wrong.")]
    public void A_murder_without_civilians_as_its_object_is_no_claim(string text)
    {
        Assert.Null(Claim(text, "murder of"));
    }

    // Child removal told as theft: "stole", "spirited away" with children near them.
    [Theory]
    [InlineData("The occupiers stole children from the care home in Oleshky, the regional council said.", "stole", "russia")]
    [InlineData("Russian officials spirited away dozens of orphans from the city, according to the ombudsman.", "spirited away", "russia")]
    public void Theft_of_children_is_a_removal(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("child_deportation", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Fact]
    public void Theft_without_children_near_it_is_no_claim()
    {
        Assert.Null(Claim("Looters stole generators and tools from the warehouse in the spring.", "stole"));
    }
}
