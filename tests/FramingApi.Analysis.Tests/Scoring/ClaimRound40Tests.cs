using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 40 (claims35), sentences of our own. An accusation marker (<i>alleged, allegedly, purported(ly),
/// supposed(ly)</i>, the claims lexicon's <c>accusation_markers</c>) right before an act the lexicon has no entry for —
/// the deverbal head of the noun phrase it modifies, or the verb it modifies — makes the act a claim when a party to the
/// conflict is its agent (ClaimFramingScorer.ScoreMarkedAct); the marker hedges it, the usual governors attribute or
/// deny it.</summary>
public class ClaimRound40Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    /// <summary>The rules' claim mentions (no trained detector).</summary>
    static List<ClaimDetail> RuleClaims(string text) =>
        [.. Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone).Analysis.Claims().Select(e => e.Claim!)];

    [Theory]
    [InlineData("The report documents Russia's alleged removals of orphans from the occupied south.", "alleged removals")]
    [InlineData("Investigators are examining the alleged confiscation of grain by Russian forces in Kherson.", "alleged confiscation")]
    [InlineData("Prosecutors opened a case over the purported resettlement of families by the Russian authorities.", "purported resettlement")]
    [InlineData("The Kremlin's supposed requisitioning of farms has drawn little attention.", "supposed requisitioning")]
    public void A_marked_deverbal_act_with_a_party_as_agent_is_a_hedged_claim(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }

    [Theory]
    [InlineData("Russian officials allegedly funnelled the children through a network of camps.", "allegedly funnelled")]
    [InlineData("Camp staff said Russian forces supposedly confiscated their birth certificates.", "supposedly confiscated")]
    public void A_marked_verb_with_a_party_as_subject_is_a_claim(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
    }

    // The head of the noun phrase decides: a modifier between marker and head is part of it.
    [Fact]
    public void The_head_after_modifiers_is_the_act()
    {
        var claim = Claim("The mission looked into Russia's alleged unlawful requisitioning of tractors.", "alleged unlawful requisitioning");
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
    }

    // A trigger of the lexicon whose cue is missing lends its target ("alleged mistreatment": torture).
    [Fact]
    public void A_trigger_without_its_cue_lends_its_target()
    {
        var claim = Claim("Kyiv says Russia's alleged mistreatment of the town's elderly continues.", "alleged mistreatment");
        Assert.NotNull(claim);
        Assert.Equal("torture", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // No agent in the sentence: the paragraph's perpetrator (the actor a frame gave the last mention, one or two
    // sentences before), as for a passive act; an act of the lexicon whose cue is missing lends its target.
    [Fact]
    public void The_paragraphs_perpetrator_is_the_agent_and_an_act_without_cue_lends_its_target()
    {
        var claim = Claim("Russian troops shelled the village on Monday. A new case built around the teacher's alleged killing is being prepared.",
            "alleged killing");
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }

    [Fact]
    public void No_perpetrator_in_the_paragraph_no_claim() =>
        Assert.Empty(RuleClaims("A new case built around the teacher's alleged killing is being prepared."));

    // A denial before the mention still denies it; an attribution after it still attributes it only if no hedge is nearer.
    [Fact]
    public void A_denial_governs_a_marked_act()
    {
        var claim = Claim("Moscow rejected as groundless the claims about the supposed requisitioning of farms by Russian troops.", "supposed requisitioning");
        Assert.NotNull(claim);
        Assert.Equal(Framing.Denied, claim.Framing);
    }

    // No claim: no party as agent, a head that is no deverbal noun, a head the lexicon already reads, a marker that is
    // no accusation (so-called), an adverb before no verb.
    [Theory]
    [InlineData("The alleged removals of statues from the square angered the council.")]
    [InlineData("An alleged burglar was arrested near the Russian consulate.")]
    [InlineData("Russia's alleged criminal network was dismantled.")]
    [InlineData("The so-called investigation by Ukrainian prosecutors was a farce, Moscow said.")]
    [InlineData("The purported general of the Russian army was an impostor.")]
    [InlineData("The Russian consul was allegedly in Paris at the time.")]
    [InlineData("The supposed meeting between Russian and American envoys never took place.")]
    public void No_claim_without_an_act_and_its_party(string text)
    {
        Assert.Empty(RuleClaims(text));
    }

    // The known mention keeps its entry: "alleged war crimes" is one mention, of the entry, not two.
    [Fact]
    public void A_known_target_after_the_marker_is_its_own_mention()
    {
        var claims = RuleClaims("Prosecutors are investigating alleged war crimes by Russian forces.");
        Assert.Single(claims);
    }

    // ----- Round 40, mended (claims37) -----

    // The act must be one of harm (a word of accused_acts, a trigger of the lexicon lending its target, or an act done
    // to the lexicon's victims): a deverbal ending alone makes no claim, nor does an -ed verb.
    [Theory]
    [InlineData("Diplomats doubted the supposed Russian position on the talks.", "supposed russian position")]
    [InlineData("Russia's alleged involvement in the coup drew sanctions.", "alleged involvement")]
    [InlineData("Russia's supposed liberation of Mariupol was celebrated in Moscow.", "supposed liberation")]
    [InlineData("Russia's alleged mission in the region ended in May.", "alleged mission")]
    [InlineData("Russia's alleged version of events was dismissed by the court.", "alleged version")]
    [InlineData("Russian forces allegedly retreated from the town.", "allegedly retreated")]
    [InlineData("Moscow supposedly wanted a quick victory.", "supposedly wanted")]
    public void A_marked_word_that_names_no_act_of_harm_is_no_claim(string text, string mention)
    {
        Assert.Null(Claim(text, mention));
        Assert.DoesNotContain(RuleClaims(text), c => c.Marker is "alleged" or "allegedly" or "supposed" or "supposedly");
    }

    // The paragraph's perpetrator is no agent of an act that is no harm, nor of an active verb (its subject is its agent).
    [Theory]
    [InlineData("Russian troops shelled the village on Monday. The supposed meeting between the envoys never took place.", "supposed meeting")]
    [InlineData("Russian troops shelled the village on Monday. Peace talks supposedly stalled after that.", "supposedly stalled")]
    public void The_paragraphs_perpetrator_makes_no_claim_of_another_subjects_act(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    [Fact]
    public void An_active_harm_verb_takes_its_own_subject_not_the_paragraphs_perpetrator() =>
        Assert.Null(Claim("Russian troops shelled the village on Monday. Local gangs allegedly looted the shops afterwards.", "allegedly looted"));

    // A passive harm verb still takes the paragraph's perpetrator as its agent.
    [Fact]
    public void A_passive_harm_verb_takes_the_paragraphs_perpetrator()
    {
        var claim = Claim("Russian officials committed war crimes in the occupied town, the report says. Men there were allegedly pressured into taking Russian passports.",
            "allegedly pressured");
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }
}
