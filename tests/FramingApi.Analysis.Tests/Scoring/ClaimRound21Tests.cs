using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 21: a harm predicate whose patient is a protected person or whose setting is custody, in wordings the
/// claim lexicon had no phrase for (sentences of our own).</summary>
public class ClaimRound21Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    static IReadOnlyList<string> Mentions(string text)
    {
        var (analyzed, analysis) = Pipeline.Run(text);
        return [.. analysis.Claims().Select(e => analyzed.Span(e))];
    }

    // Rule 1: protected persons named with their nationality ("Ukrainian prisoners", "Ukrainian civilians") keep the cue
    // roles of their head noun; they were victim entries only, and the longest match hid the cue inside them.
    [Theory]
    [InlineData("Russian guards beat Ukrainian prisoners every night.", "beat", "torture", "russia")]
    [InlineData("Russian troops shot Ukrainian civilians on the road.", "shot", "attacks_on_civilians", "russia")]
    [InlineData("Russian forces executed Ukrainian men in the village.", "executed", "atrocities", "russia")]
    public void A_protected_person_with_a_nationality_is_still_the_patient(string text, string mention, string target, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(target, claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // Rule 2: a noun or participle of cruelty is torture with a protected person or a custody frame in its clause.
    [Theory]
    [InlineData("Returning soldiers described beatings and electric shocks in Russian custody.", "beatings", Framing.Attributed)]
    [InlineData("The monitors documented the abuse of prisoners of war at the camp.", "abuse", Framing.Attributed)]
    [InlineData("Detainees were kicked and humiliated during interrogations.", "kicked", Framing.Asserted)]
    [InlineData("Former inmates said they were electrocuted in the prison basement.", "electrocuted", Framing.Attributed)]
    public void Cruelty_to_a_protected_person_is_torture(string text, string mention, Framing framing)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("torture", claim.Target);
        Assert.Equal(framing, claim.Framing);
    }

    [Fact]
    public void Cruelty_in_custody_takes_the_custodian()
    {
        var claim = Claim("Returning soldiers described beatings and electric shocks in Russian custody.", "beatings");
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
    }

    // Without a protected person or custody, the same words are sport, politics or health: no claim.
    [Theory]
    [InlineData("The minister resigned after an abuse of power scandal.")]
    [InlineData("The team was beaten 3-0 and humiliated at home.")]
    [InlineData("The company reported a rise in substance abuse among its staff.")]
    public void Cruelty_words_without_a_protected_person_are_no_claim(string text)
    {
        Assert.Empty(Mentions(text));
    }

    // Rule 2, precision: a list of cruelties is one mention, decided at its first item.
    [Fact]
    public void A_listed_cruelty_after_an_act_is_no_second_mention()
    {
        const string text = "Russian guards beat the detainees and gave them electric shocks.";
        Assert.NotNull(Claim(text, "beat"));
        Assert.Null(Claim(text, "electric shocks"));
    }

    [Fact]
    public void A_listed_cruelty_after_an_event_is_an_event_too()
    {
        // "beaten" has no agent (an event); the list's later item does not become a claim of its own.
        Assert.Empty(Mentions("Detainees told us they were beaten and given electric shocks."));
    }

    [Fact]
    public void Verbs_with_objects_of_their_own_are_no_list()
    {
        const string text = "Its army has bombarded homes and starved prisoners in the occupied town.";
        Assert.NotNull(Claim(text, "starved"));
    }

    // Rule 3: the killing of prisoners, captives or surrendering soldiers is a war crime.
    [Theory]
    [InlineData("Prosecutors opened a case over the shooting of two captured soldiers near the village.", "shooting of")]
    [InlineData("Investigators say the killing of surrendering soldiers was ordered by Russian commanders.", "killing of")]
    [InlineData("The court heard evidence of the murder of prisoners of war at the quarry.", "murder of")]
    public void Killing_protected_persons_is_a_war_crime(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
    }

    // A crime report or a killing of one named person is no war-crimes claim.
    [Theory]
    [InlineData("Police arrested three men after the shooting of a shopkeeper.")]
    [InlineData("The killing of a journalist in the capital shocked the country.")]
    public void Killings_without_protected_persons_are_no_war_crime(string text)
    {
        Assert.Empty(Mentions(text));
    }

    [Fact]
    public void The_killing_of_civilians_stays_an_attack_on_civilians()
    {
        var claim = Claim("Russian troops carried out the killing of residents in the square.", "killing of");
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }
}
