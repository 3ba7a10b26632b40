using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 12: classes of wording from blind-written coverage (dev4) that the claim rules missed, with sentences
/// of our own.</summary>
public class ClaimRound12Tests
{
    static ClaimDetail Claim(string text, string mention) =>
        Pipeline.ClaimOf(text, mention) ?? throw new Xunit.Sdk.XunitException($"'{mention}' is not a claim mention of '{text}'");

    // A subject that is a pronoun or that a possessive pronoun opens, with no antecedent in its sentence, stands for
    // the subject actor of the sentences before (or the previous claim's actor when that is in the sentence before).
    [Theory]
    [InlineData("The Kremlin escalated its war last spring. Its forces have executed prisoners in several villages.", "executed", "russia")]
    [InlineData("Moscow moved fresh units into the province. Their soldiers beat detainees in a school basement.", "beat", "russia")]
    [InlineData("Russia widened its campaign against Ukraine's cities. Its army has bombarded homes and shot civilians.", "bombarded", "russia")]
    [InlineData("Russia widened its campaign against Ukraine's cities. Its army has bombarded homes and shot civilians.", "shot", "russia")]
    [InlineData("Israel expanded the operation in the north. Its troops have executed unarmed men, according to the agency.", "executed", "israel")]
    public void A_pronoun_owned_subject_takes_the_actor_of_the_sentence_before(string text, string mention, string actor)
    {
        Assert.Equal(actor, Claim(text, mention).Actor);
    }

    [Theory]
    // A verb coordinated after a claim mention takes that mention's actor, however long the list.
    [InlineData("Its soldiers have executed detainees, raped women in occupied villages, bombarded towns with no military aim and tortured prisoners.", "Russia sent troops north in March. ", "tortured", "russia")]
    // A predicate actor ("they were Ukrainian") is not the antecedent; the previous claim's actor in the sentence before is.
    [InlineData("They tortured men in the villages for speaking Ukrainian.", "Russian troops killed civilians in Irpin because they were Ukrainian. ", "tortured", "russia")]
    public void A_pronoun_subject_in_a_chain_of_claims_keeps_the_chains_actor(string sentence, string before, string mention, string actor)
    {
        Assert.Equal(actor, Claim(before + sentence, mention).Actor);
    }

    [Fact]
    public void An_act_with_a_pronoun_owned_subject_and_no_actor_before_is_no_claim()
    {
        var (analyzed, analysis) = Pipeline.Run("The storm reached the coast at night. Its winds have killed civilians in two towns.");
        Assert.DoesNotContain(analysis.Claims(), e => analyzed.Span(e) == "killed");
    }

    // Scare quotes on part of a claim: its first or last word, the cue of a trigger, an evidence noun whose object is
    // the claim.
    [Theory]
    [InlineData("The broadcaster listed the \"kidnapped\" Ukrainian children once more.", "kidnapped\" Ukrainian children")]
    [InlineData("The dossier covers the \"deportation\" of orphans from Kherson.", "deportation\" of orphans")]
    [InlineData("Western papers again ran stories about strikes on \"residential areas\" last week.", "strikes on")]
    [InlineData("If London truly holds \"evidence\" of Russian war crimes, it should publish it.", "war crimes")]
    [InlineData("The channel mocked the \"proof\" of Israeli atrocities shown at the meeting.", "atrocities")]
    public void Scare_quotes_on_part_of_a_claim_hedge_it(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.Equal(Framing.Hedged, claim.Framing);
        Assert.Equal(MarkerKind.ScareQuotes, claim.MarkerKind);
    }

    [Theory]
    [InlineData("The \"evidence\" was published on Monday, next to a report on Russian war crimes.", "war crimes")]
    [InlineData("Strikes on homes continued, and the \"operation\" went on.", "strikes on")]
    public void Scare_quotes_elsewhere_in_the_sentence_do_not_hedge_the_claim(string text, string mention)
    {
        Assert.NotEqual(MarkerKind.ScareQuotes, Claim(text, mention).MarkerKind);
    }

    // Civilian objects and nominal attacks: systems and places named other ways, victims after the preposition of a
    // nominal attack, demonyms that describe its object, a campaign only as someone's.
    [Theory]
    [InlineData("The dossier lists Russian strikes on the power network of three regions.", "strikes on", "russia")]
    [InlineData("Analysts traced the shelling of substations across the east to Russian batteries.", "shelling", "russia")]
    [InlineData("The court heard evidence on strikes on Ukrainian infrastructure last winter.", "strikes on", "russia")]
    [InlineData("The commission described Russia's destruction of Ukrainian heating infrastructure.", "destruction of", "russia")]
    [InlineData("Aid groups condemned Israel's bombardment of refugee camps in the south.", "bombardment of", "israel")]
    [InlineData("Observers documented Moscow's campaign against Ukraine's power plants.", "campaign against", "russia")]
    [InlineData("The prosecutor says Russia waged a campaign of terror against the civilian population.", "campaign of terror against", "russia")]
    [InlineData("Officers described Russian plans to attack civilian infrastructure in the spring.", "attack", "russia")]
    public void Nominal_attacks_on_civilian_systems_and_places_are_claims(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("A campaign against an electricity grid can be lawful when the grid powers the army.", "campaign against")]
    [InlineData("The campaign against corruption reached the energy ministry.", "campaign against")]
    [InlineData("Critics attacked the destruction of the old town hall.", "destruction of")]
    public void An_attack_noun_without_owner_or_civilian_object_is_no_claim(string text, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(text);
        Assert.DoesNotContain(analysis.Claims(), e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase));
    }

    // A denial of involvement, responsibility or a role governs the claim after it; the one who denies is the accused.
    [Theory]
    [InlineData("The Kremlin has denied any involvement in the massacre of villagers near Izium.", "russia")]
    [InlineData("Israel denies responsibility for the killing of civilians at the aid site.", "israel")]
    [InlineData("Moscow rejected any responsibility for the deportation of children from the region.", "russia")]
    public void A_denial_of_involvement_denies_the_claim_for_the_denier(string text, string actor)
    {
        var (analyzed, analysis) = Pipeline.Run(text);
        var claim = Assert.Single(analysis.Claims()).Claim!;
        Assert.Equal(Framing.Denied, claim.Framing);
        Assert.Equal(actor, claim.Actor);
    }
}
