using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 50 (framing50), sentences of our own: the scope of a hedge, a denial and a classification as English
/// marks it (ClaimFramingScorer.Round50.cs and claims.json) — a negated <i>whether</i> questions nothing, a hedge's
/// clause ends at a coordinated <i>and that</i>, a denial word in another sense (<i>lies in</i>, <i>dismissed for</i>)
/// or ruled out (<i>hard to dismiss</i>) denies nothing, and an object relative reaches its classifying verb however
/// long its subject.</summary>
public class ClaimRound50Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    // The mention must be found: a missing one would pass a NotEqual.
    static Framing FoundFramingOf(string text, string mention) =>
        Assert.IsType<ClaimDetail>(Pipeline.ClaimOf(text, mention)).Framing;

    // "not whether X but whether Y": the writer grants X and asks about Y.
    [Theory]
    [InlineData("For a future trial chamber the question will not be whether Russian forces shelled the hospital in the winter of 2022 but whether they knew it was full of patients.", "shelled")]
    [InlineData("The issue is not whether Russian soldiers killed civilians in the village; it is who gave the order.", "killed civilians")]
    public void A_negated_whether_does_not_hedge(string text, string mention) =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf(text, mention));

    // Guard (passes on main too): a plain whether still asks.
    [Fact]
    public void A_plain_whether_still_hedges() =>
        Assert.Equal(Framing.Hedged, FramingOf("The question is whether Russian forces shelled the hospital.", "shelled"));

    // An object relative whose subject is long: "which the Office of the Prosecutor General qualifies as a war crime".
    [Theory]
    [InlineData("Two days after the strike on the railway station in Sloviansk, which the Office of the Prosecutor General qualifies as a war crime, Radio UA-Svit spoke to the deputy prosecutor general.", "war crime")]
    [InlineData("The shelling of the market, which the regional prosecutor's office in Kharkiv qualifies as a war crime, killed four people.", "war crime")]
    public void A_long_subject_relative_classification_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // Guard (passes on main too): the intransitive "qualifies as" is the writer's own reading.
    [Fact]
    public void An_intransitive_qualifies_as_is_not_attributed() =>
        Assert.NotEqual(Framing.Attributed, FramingOf("Russia's shelling of the market qualifies as a war crime.", "war crime"));

    // Guard (passes on main too): a subject relative before "qualifies as" is no classifier.
    [Fact]
    public void A_long_subject_relative_is_no_classifier() =>
        Assert.NotEqual(Framing.Attributed, FramingOf("The strike that hit the crowded market in the centre of Kharkiv qualifies as a war crime.", "war crime"));

    // A denial word in another sense denies nothing: the verb "lie" of place, a dismissal from office.
    [Theory]
    [InlineData("The paper writes that the strength of the file lies in the nineteen witnesses who say Russian guards tortured the journalist.", "tortured")]
    [InlineData("Russian soldiers committed mass rapes in the town, according to an official who was later dismissed for it.", "rapes")]
    [InlineData("Russian soldiers raped women in the suburbs, the ombudswoman said, before her own parliament dismissed her for spreading unverified reports.", "raped")]
    public void A_denial_word_in_another_sense_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // A denial the writer rules out: "hard to dismiss".
    [Fact]
    public void A_ruled_out_denial_does_not_deny() =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf("The report's account of the Russian drone attacks on Kherson's civilians is, on the evidence, hard to dismiss.", "drone attacks on"));

    // Guards (pass on main too): the denials themselves.
    [Theory]
    [InlineData("Moscow dismissed the claims that Russian soldiers raped women in the town.", "raped")]
    [InlineData("Moscow denied that Russian troops shelled the hospital.", "shelled")]
    public void A_denial_still_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // A hedge's clause ends where a coordinated that-clause opens.
    [Fact]
    public void A_hedge_stops_at_a_coordinated_that_clause() =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf("The mission concludes that Russian forces likely looted the museum and that they intentionally shelled the cathedral.", "shelled"));

    // Guard (passes on main too): inside its own clause the hedge still hedges.
    [Fact]
    public void A_hedge_in_its_own_clause_still_hedges() =>
        Assert.Equal(Framing.Hedged, FramingOf("The mission concludes that Russian forces likely shelled the cathedral.", "shelled"));

    // mend50: the review's sentences. Each fails on main e553309, except the guards marked so.

    // "lies" before another preposition than one of place is the denial noun or verb: "Kyiv lies about the massacre".
    [Theory]
    [InlineData("Moscow says Kyiv lies about the massacre in Bucha.", "massacre")]
    [InlineData("The Russian foreign ministry called the reports of the massacre in Bucha lies about Russian soldiers.", "massacre")]
    [InlineData("Moscow called the claims that Russian forces shelled the hospital lies of the Kyiv regime.", "shelled")]
    [InlineData("Moscow calls the Bucha massacre a pack of lies from Kyiv.", "massacre")]
    [InlineData("Moscow called reports that Russian soldiers tortured prisoners \"lies\" about the army.", "tortured")]
    public void Lies_before_another_preposition_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // "lies with / in", one adverb between, stay the verb of place ("with" guards pass on main too; "somewhere
    // between" fails there).
    [Theory]
    [InlineData("Responsibility for the massacre in Bucha lies with the Russian commanders.", "massacre")]
    [InlineData("The truth lies somewhere between the two accounts of how Russian troops shelled the hospital.", "shelled")]
    [InlineData("Ukraine says Russian troops shelled the hospital; the blame lies squarely with Moscow.", "shelled")]
    public void Lies_of_place_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // An active "dismissed for" ("for the third time", "for months"), a passive with a claim subject, and "them" (the
    // claims) are dismissals of the claims.
    [Theory]
    [InlineData("The Kremlin dismissed for the third time reports that Russian troops executed civilians in Bucha.", "executed civilians")]
    [InlineData("Russia has dismissed for months claims of war crimes in Izium.", "war crimes")]
    [InlineData("Allegations that Russian soldiers tortured prisoners were dismissed for lack of evidence by a Moscow court.", "tortured")]
    [InlineData("The report that Russian troops shelled the hospital was dismissed for lack of evidence.", "shelled")]
    [InlineData("Kyiv published claims that Russian soldiers executed prisoners, but Moscow dismissed them from the start as propaganda.", "executed")]
    public void A_dismissal_of_claims_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // Guards (pass on main too): a person dismissed from office in the passive.
    [Theory]
    [InlineData("The minister was later dismissed for saying that Russian troops shelled the hospital.", "shelled")]
    [InlineData("The finance director was dismissed for saying that Russian troops shelled the hospital.", "shelled")]
    public void A_person_dismissed_for_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // "tried hard to deny": an adverb after an ordinary verb; the denial is made.
    [Theory]
    [InlineData("Kremlin officials have tried hard to deny the massacre in Bucha.", "massacre")]
    [InlineData("Moscow keeps trying hard to deny that Russian troops shelled the hospital.", "shelled")]
    [InlineData("Moscow worked hard to dismiss reports that Russian soldiers tortured prisoners.", "tortured")]
    [InlineData("Russia pushed hard to reject claims that its forces executed civilians.", "executed civilians")]
    public void Hard_after_an_ordinary_verb_still_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // Guard (passes on main too): the predicate adjective after be or it rules the denial out.
    [Fact]
    public void Impossible_to_deny_does_not_deny() =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf("It is impossible to deny that Russian troops shelled the hospital.", "shelled"));

    // "not only / just / simply / merely whether X but also Y" asks X too.
    [Theory]
    [InlineData("The inquiry will examine not only whether Russian forces shelled the hospital but also who gave the order.", "shelled")]
    [InlineData("The question is not just whether Russian troops executed civilians but how many.", "executed civilians")]
    [InlineData("The inquiry will ask not simply whether Russian forces shelled the hospital but why.", "shelled")]
    [InlineData("The issue is not merely whether Russian soldiers tortured prisoners but who ordered it.", "tortured")]
    public void Not_only_whether_still_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // A hedge that introduces the clauses governs both; "and that night" opens no clause.
    [Theory]
    [InlineData("It is possible that Russian forces looted the museum and that they tortured prisoners.", "tortured")]
    [InlineData("The report suggests that Russian forces looted the museum and that they tortured prisoners.", "tortured")]
    [InlineData("Investigators believe it is likely that Russian forces shelled the hospital and that they executed prisoners.", "executed")]
    [InlineData("Russian forces possibly looted the museum and that night shelled the cathedral.", "shelled")]
    public void A_hedge_that_introduces_both_clauses_hedges_both(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // A relative with its own verb, and a complementiser "that", credit no classifier.
    [Theory]
    [InlineData("The strike that the Russian army launched on the crowded station qualifies as a war crime.", "war crime")]
    [InlineData("It is clear that the strike on the crowded railway station in Kramatorsk qualifies as a war crime.", "war crime")]
    public void Qualifies_as_without_a_classifier_is_not_attributed(string text, string mention) =>
        Assert.NotEqual(Framing.Attributed, FoundFramingOf(text, mention));

    // A bare plural or adjective + plural subject of the object relative names the classifier.
    [Theory]
    [InlineData("The shelling of the market, which prosecutors in Kharkiv and Kyiv now qualify as a war crime, killed four people.", "war crime")]
    [InlineData("The shelling of the market, which Ukrainian prosecutors in the Kharkiv region qualify as a war crime, killed four people.", "war crime")]
    public void A_bare_plural_relative_subject_classifies(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // mend50b: the second review's sentences. Each fails on main 968797e, except the guards marked so.

    // A party right before "lies", or "about" later in its clause, makes it the verb of lying.
    [Theory]
    [InlineData("Russia lies at the UN about the massacre in Bucha.", "massacre")]
    [InlineData("Russia lies in its reports about the massacre in Bucha.", "massacre")]
    [InlineData("Ukraine says Russian troops shelled the hospital, and Russia lies in its answer.", "shelled")]
    [InlineData("The Kremlin's spokesman lies at every briefing about the massacre in Bucha.", "massacre")]
    public void Lies_after_a_party_or_before_about_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));

    // Guards (pass on main too): an abstract subject keeps "lies in / with / between" of place or locus, and a party is
    // a locus before "behind" ("the Kremlin lies behind the attack": it is responsible).
    [Theory]
    [InlineData("The paper writes that the strength of the file lies in the nineteen witnesses who say Russian guards tortured the journalist.", "tortured")]
    [InlineData("Responsibility for the massacre in Bucha lies with the Russian commanders.", "massacre")]
    [InlineData("The truth lies somewhere between the two accounts of how Russian troops shelled the hospital.", "shelled")]
    [InlineData("Kyiv says Russian troops shelled the hospital and that the Kremlin lies behind the strike.", "shelled")]
    public void Lies_of_place_or_locus_still_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // A relative clause between the person subject and "was dismissed for" (the second passes on main too).
    [Theory]
    [InlineData("The officer who exposed the torture of prisoners was dismissed for it.", "torture")]
    [InlineData("Officials who documented the shelling of the hospital by Russian troops were dismissed for it.", "shelling")]
    public void A_person_with_a_relative_clause_dismissed_for_does_not_deny(string text, string mention) =>
        Assert.NotEqual(Framing.Denied, FoundFramingOf(text, mention));

    // Guards (pass on main too): the claims are what is dismissed; the "who" is inside a phrase after a preposition.
    [Theory]
    [InlineData("Claims by the activists who say Russian soldiers tortured prisoners were dismissed for lack of evidence.", "tortured")]
    [InlineData("Claims by officials who say Russian soldiers tortured prisoners were dismissed for lack of evidence.", "tortured")]
    public void A_claim_subject_with_a_relative_clause_still_denies(string text, string mention) =>
        Assert.Equal(Framing.Denied, FramingOf(text, mention));
}
