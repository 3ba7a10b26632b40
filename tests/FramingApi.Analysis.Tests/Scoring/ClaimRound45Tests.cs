using FramingApi.Analysis.Text;
using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 45 (framing40), sentences of our own: who asserts what, marked by the construction
/// (ClaimFramingScorer.Round45.cs and claims.json) — the <i>that</i>-clause of an owned report noun (<i>its
/// conclusion that</i>), a participle of finding after the mention's own complement (<i>the torture of prisoners
/// documented by monitors</i>), and the finite verb <i>allege</i> with its subject (<i>prosecutors allege that</i>).</summary>
public class ClaimRound45Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    // The mention must be found: a missing one would pass a NotEqual.
    static Framing FoundFramingOf(string text, string mention) =>
        Assert.IsType<ClaimDetail>(Pipeline.ClaimOf(text, mention)).Framing;

    static Framing? LastFramingOf(string text, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), null);
        return analysis.Claims().LastOrDefault(e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim?.Framing;
    }

    // The owner of a statement noun states its that-clause, as "the mission concluded that …" does.
    [Theory]
    [InlineData("The mission stood by its finding that Russian forces tortured detainees in Kherson.", "tortured")]
    [InlineData("The panel restated its earlier conclusion that Russian soldiers executed civilians in Bucha.", "executed civilians")]
    [InlineData("Investigators had to weigh the commission's assessment that Russian forces shelled the hospital.", "shelled")]
    public void An_owned_report_noun_attributes_its_that_clause(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // Guards (pass on main too): the writer's own conclusion, and a "that" that opens no content of the noun.
    [Theory]
    [InlineData("Our conclusion that Russian forces tortured detainees in Kherson rests on forty interviews.", "tortured")]
    [InlineData("The mission published its findings on Monday, and that Russian forces tortured detainees in Kherson is no longer in doubt.", "tortured")]
    public void The_writers_own_or_an_unrelated_that_is_not_attributed(string text, string mention) =>
        Assert.NotEqual(Framing.Attributed, FoundFramingOf(text, mention));

    // A reduced relative of finding after the mention's own complement: the act is stated as found.
    [Theory]
    [InlineData("The torture of prisoners documented by UN monitors has gone unpunished.", "torture")]
    [InlineData("The shelling of apartment blocks documented by the mission went on for months.", "shelling")]
    public void A_finding_participle_after_the_mentions_complement_asserts(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // Guard (passes on main too): the active verb of finding still attributes.
    [Fact]
    public void An_active_finding_still_attributes() =>
        Assert.Equal(Framing.Attributed, FramingOf("UN monitors documented that Russian guards tortured prisoners in Olenivka.", "tortured"));

    // "allege" with its subject is a report by that subject, as "alleges" and "alleged that" already are.
    [Theory]
    [InlineData("Prosecutors allege that Russian gunners shelled the hospital knowing it was full of patients.", "shelled")]
    [InlineData("Ukrainian investigators allege Russian guards tortured the men in a basement.", "tortured")]
    public void Allege_with_its_subject_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // Guard (passes on main too): the participle "alleged" still hedges.
    [Fact]
    public void The_alleged_act_stays_hedged() =>
        Assert.Equal(Framing.Hedged, FramingOf("The alleged shelling of the hospital by Russian gunners is under investigation.", "shelling"));

    // A possessed kicker before a headline's colon names a thing, not a source: the headline is the outlet's own.
    [Theory]
    [InlineData("PUTIN'S HORROR CELLS: Kremlin thugs tortured a mayor in a basement\n\nThe mayor was freed last week.", "tortured")]
    [InlineData("MOSCOW'S DRONE TERROR: Russian gunners shelled a maternity hospital on the river road\n\nLocals say they no longer drive by day.", "shelled")]
    public void A_possessed_kicker_is_no_headline_credit(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // Guard (passes on main too): a possessed source noun is a credit.
    [Fact]
    public void A_possessed_source_noun_is_a_headline_credit() =>
        Assert.Equal(Framing.Attributed, FramingOf("Prosecutor General's Office: occupiers tortured a mayor in a basement\n\nThe mayor was freed last week.", "tortured"));

    // A sign-off governs its clause when the same source's report goes on after a comma and a participle, "with" or a
    // semicolon.
    [Theory]
    [InlineData("Russian forces have tortured detainees in every town they held in the region, a United Nations commission of inquiry said in a report on Monday, adding that the abuse of prisoners may be systematic.", "tortured")]
    [InlineData("Russian soldiers tortured the villagers in the cellar of the old school over several weeks last spring, Ukrainian investigators say, with the largest group of bodies dating from the last weeks of June, after the supply column left the village for the front.", "tortured")]
    [InlineData("Russian troops shelled the hospital twice in the night before the evacuation, the officials said; they also said the strikes on the town may continue.", "shelled")]
    public void A_sign_off_governs_its_clause_before_a_further_report(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // The consequent of a preposed condition that classifies what the condition supposes holds only if it does.
    [Theory]
    [InlineData("If Russian gunners knowingly fired on the shelter, that is a war crime and should be tried as one.", "war crime")]
    [InlineData("If the survivors' accounts are borne out, their treatment in the camp would be torture.", "torture")]
    public void A_classification_that_depends_on_a_condition_is_hedged(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // Guards (pass on main too): a condition on what is done, not on what happened, and a modal that reports.
    [Theory]
    [InlineData("If we are serious about accountability, we must remember that Russian forces tortured detainees in Izium.", "tortured", Framing.Asserted)]
    [InlineData("If the logs hold up, prosecutors would argue that Russian pilots tortured the convoy drivers.", "tortured", Framing.Attributed)]
    public void A_condition_on_something_else_leaves_the_claim_alone(string text, string mention, Framing expected) =>
        Assert.Equal(expected, FramingOf(text, mention));

    // An opening condition runs to its closing comma, however far the mention is from "if".
    [Theory]
    [InlineData("If the reports are right that the material covers decisions on the deportation of Ukrainian children to camps in Crimea, the warrants will stand.", "deportation of Ukrainian children")]
    [InlineData("The official put it bluntly: if satellite imagery could prove that a Russian colonel knew he was shelling a hospital, the same proof could be demanded of others.", "shelling")]
    public void A_mention_anywhere_in_an_opening_condition_is_hedged(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // Guard (passes on main too): a condition after the main clause conditions something else.
    [Fact]
    public void A_condition_after_the_main_clause_leaves_it_alone() =>
        Assert.Equal(Framing.Asserted, FramingOf("Russian forces tortured detainees in Izium, and their commanders can be tried if they travel abroad.", "tortured"));

    // ----- Round 45, mended: the review's ordinary sentences (each misread by round 45, read as before it now) -----

    // 1. A possessed headline opener that names a person, a title or a statement is a credit.
    [Theory]
    [InlineData("Ukraine's Zelensky: Russian troops committed genocide in Bucha\n\nThe president spoke on Monday.", "genocide")]
    [InlineData("Kyiv's Mayor: Russian troops tortured prisoners in a basement\n\nThe mayor spoke on Monday.", "tortured")]
    [InlineData("Ukraine's Ombudsman: Russian troops tortured prisoners in a basement\n\nThe report came on Monday.", "tortured")]
    [InlineData("Ukraine's Prosecutor General: Russian troops tortured prisoners in a basement\n\nThe case opened on Monday.", "tortured")]
    [InlineData("Zelensky's Warning: Russian troops tortured prisoners in a basement\n\nThe president spoke on Monday.", "tortured")]
    [InlineData("Amnesty's Verdict: Russian troops tortured prisoners in a basement\n\nThe report came on Monday.", "tortured")]
    [InlineData("Russia's Lavrov: Ukrainian troops tortured prisoners in a basement\n\nThe minister spoke on Monday.", "tortured")]
    public void A_possessed_headline_credit_naming_who_speaks_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // 1. Plural possessives in a capitals kicker are kickers too.
    [Fact]
    public void A_plural_possessive_kicker_in_capitals_is_no_credit() =>
        Assert.Equal(Framing.Asserted, FramingOf("VETERANS' HORROR: Kremlin thugs tortured a mayor in a basement\n\nThe mayor was freed last week.", "tortured"));

    // 2. "allege" after "to", a modal, a negation, or with no subject accuses nobody.
    [Theory]
    [InlineData("It is too early to allege that Russian troops tortured the prisoners.", "tortured")]
    [InlineData("Few would allege that Russian troops tortured the prisoners.", "tortured")]
    [InlineData("Prosecutors did not allege that Russian troops tortured the prisoners.", "tortured")]
    public void Allege_without_an_accuser_is_no_attribution(string text, string mention) =>
        Assert.NotEqual(Framing.Attributed, FoundFramingOf(text, mention));

    [Fact]
    public void The_writers_own_clause_after_a_negated_allege_is_asserted()
 =>
        Assert.Equal(Framing.Asserted, LastFramingOf("Nobody can seriously allege that Ukrainian soldiers tortured the prisoners, but Russian troops tortured them in Izium.", "tortured"));

    // 2. An accuser's reach stays in its clause: the "but" clause after it is the writer's own.
    [Fact]
    public void An_accusers_reach_stops_at_a_but_clause() =>
        Assert.Equal(Framing.Asserted, LastFramingOf("Prosecutors allege that Ukrainian soldiers tortured the prisoners, but Russian troops tortured them in Izium.", "tortured"));

    // 2. Guard: a subject set off by a relative clause still accuses.
    [Fact]
    public void Allege_after_a_parenthetical_subject_attributes() =>
        Assert.Equal(Framing.Attributed, FramingOf("Ukraine's prosecutors, who have opened proceedings under the criminal code, allege that Russian gunners deliberately shelled the hospital.", "shelled"));

    // 3. What the if-clause takes as given is not conditioned.
    [Theory]
    [InlineData("If the Kremlin ever thought that the world would simply look away and forget about the massacre of civilians in Bucha, it was badly wrong.", "massacre")]
    [InlineData("If Western leaders had listened more carefully to the survivors of the filtration camps where Russian guards tortured prisoners, they would have acted sooner.", "tortured")]
    [InlineData("If there was ever any doubt about what happened in the basement in Izium where Russian soldiers tortured prisoners, the exhumations ended it.", "tortured")]
    public void A_presupposition_inside_an_opening_condition_is_not_hedged(string text, string mention) =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf(text, mention));

    // 4. Consequents the writer asserts: a concession, a condition on the speech act, a cleft, a modal far away.
    [Theory]
    [InlineData("Even if Moscow disagrees, that was a war crime.", "war crime")]
    [InlineData("If anything, this was genocide.", "genocide")]
    [InlineData("If you ask me, it was torture.", "torture")]
    [InlineData("If I am honest, it was torture.", "torture")]
    [InlineData("If 2022 proved anything, it is that Russian forces shell hospitals.", "shell")]
    [InlineData("If talks resume, Kyiv would be wise to remember that Russian troops tortured detainees in Izium.", "tortured")]
    public void An_asserted_consequent_after_a_condition_is_not_hedged(string text, string mention) =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf(text, mention));

    // 5. An owned statement's that-clause ends at the main clause's finite verb.
    [Theory]
    [InlineData("Putin's belief that Ukraine was not a real nation led to the deportation of thousands of children.", "deportation of thousands of children")]
    [InlineData("The court's view that the case was admissible meant the torture of prisoners in Izium would be tried.", "torture")]
    public void The_main_clause_after_an_owned_statement_is_not_attributed(string text, string mention) =>
        Assert.NotEqual(Framing.Attributed, FoundFramingOf(text, mention));

    // 6. A finding participle whose finding is then denied is left to the denial, as before round 45.
    [Fact]
    public void A_finding_then_denied_is_not_asserted() =>
        Assert.NotEqual(Framing.Asserted, FoundFramingOf("The torture of prisoners documented by UN monitors was denied by Moscow.", "torture"));

    // ----- Round 45, second mend: the second review's ordinary sentences (each misread before this mend) -----

    // 1. A participle before the that-clause's own verb is a reduced relative; it does not end the clause.
    [Theory]
    [InlineData("The claim that prisoners held at Olenivka were tortured is hard to check.", "tortured", Framing.Hedged)]
    [InlineData("The story that children left in Mariupol were deported to Russia spread quickly.", "deported", Framing.Hedged)]
    [InlineData("The commission's finding that prisoners held at Olenivka were tortured was published on Monday.", "tortured", Framing.Attributed)]
    [InlineData("The commission's finding that prisoners kept in the basement had been tortured was published on Monday.", "tortured", Framing.Attributed)]
    public void A_participle_inside_a_that_clause_does_not_end_it(string text, string mention, Framing expected) =>
        Assert.Equal(expected, FoundFramingOf(text, mention));

    // 2. A bare "about" takes nothing as given: only "forget about, remember about" do.
    [Fact]
    public void About_alone_presupposes_nothing_in_a_condition() =>
        Assert.Equal(Framing.Hedged, FoundFramingOf("If the reports that reached us from the villages about the massacre of civilians in Bucha are true, the commanders must be tried.", "massacre"));

    [Fact]
    public void Both_objects_of_about_in_a_condition_are_read_alike()
    {
        const string text = "If we talk about the torture of prisoners in Izium and the deportation of children from Kherson, we must talk about justice too.";
        Assert.Equal(Framing.Hedged, FoundFramingOf(text, "torture"));
        Assert.Equal(Framing.Hedged, FoundFramingOf(text, "deportation of children"));
    }

    // Guard: conjuncts of a presupposed object are presupposed too.
    [Fact]
    public void Conjuncts_of_a_presupposed_object_are_not_hedged() =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf("If the Kremlin ever thought that the world would forget about the massacre of civilians in Bucha and the deportation of children from Kherson, it was wrong.", "deportation of children"));

    // 3. "me, honest, anything" end a condition on the speech act only in their own construction.
    [Theory]
    [InlineData("If they shoot me, that is a war crime.", "war crime")]
    [InlineData("If the count is honest, it would be genocide.", "genocide")]
    [InlineData("If Russia did anything, that is a war crime.", "war crime")]
    public void A_condition_on_what_happened_hedges_its_consequent(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FoundFramingOf(text, mention));

    [Theory]
    [InlineData("If we are being frank, it was torture.", "torture")]
    [InlineData("If you asked me, it was genocide.", "genocide")]
    public void A_speech_act_condition_still_conditions_nothing(string text, string mention) =>
        Assert.NotEqual(Framing.Hedged, FoundFramingOf(text, mention));

    // 4. A possessed headline opener is a credit or a kicker by its words, not by its letter case.
    [Theory]
    [InlineData("UKRAINE'S ZELENSKY: Russian troops committed genocide in Bucha\n\nThe president spoke on Monday.", "genocide")]
    [InlineData("REUTERS' EXCLUSIVE: Russian troops tortured prisoners in a basement\n\nThe report came on Monday.", "tortured")]
    public void A_possessed_credit_in_capitals_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FoundFramingOf(text, mention));

    // Third mend: in an opener not all in capitals, capitalised words after the possessive are a name or title (see
    // A_possessed_credit_in_mixed_case_attributes), so the kicker is tested in capitals and in lower case.
    [Theory]
    [InlineData("PUTIN'S NUKE FORTRESS: Kremlin goons torture the men in a basement\n\nThe men were freed last week.")]
    [InlineData("Putin's nuke fortress: Kremlin goons torture the men in a basement\n\nThe men were freed last week.")]
    public void A_possessed_kicker_is_no_credit(string text) =>
        Assert.Equal(Framing.Asserted, FoundFramingOf(text, "torture"));

    // 5. "allege" has its subject however the subject is built.
    [Theory]
    [InlineData("Prosecutors, who interviewed 40 of them, allege that Russian guards tortured the men.", "tortured")]
    [InlineData("Survivors interviewed by us allege that Russian guards tortured the men.", "tortured")]
    [InlineData("The witnesses we spoke to allege that Russian guards tortured the men.", "tortured")]
    [InlineData("Rights groups and the families of those held there allege that Russian guards tortured the men.", "tortured")]
    [InlineData("Both allege that Russian guards tortured the men.", "tortured")]
    public void Allege_after_any_subject_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FoundFramingOf(text, mention));

    // ----- Round 45, third mend: the third review's ordinary sentences (each misread before this mend) -----

    // 1. A that-clause whose own verb is an irregular past ends at the main clause's irregular past.
    [Theory]
    [InlineData("Putin's claim that Ukraine's army left Donetsk led to the deportation of thousands of children.", "deportation of thousands of children", Framing.Asserted)]
    [InlineData("The rumour that Russian troops left Kherson sent thousands home, where Russian soldiers tortured prisoners.", "tortured", Framing.Asserted)]
    public void A_second_irregular_past_ends_a_that_clause(string text, string mention, Framing expected) =>
        Assert.Equal(expected, FoundFramingOf(text, mention));

    // Guard: a reduced relative before the clause's verb group still does not end it.
    [Fact]
    public void An_irregular_participle_then_be_stays_inside() =>
        Assert.Equal(Framing.Hedged, FoundFramingOf("The claim that prisoners held at Olenivka were tortured is hard to check.", "tortured"));

    // 2. A "to" after "pronoun + verb" is stranded only after a verb that takes it as a preposition.
    [Theory]
    [InlineData("The evidence we need to allege that Russian troops tortured prisoners is still being gathered.", "tortured")]
    [InlineData("The documents they used to allege that Russian troops tortured prisoners were forged.", "tortured")]
    public void Allege_as_an_infinitive_after_a_contact_relative_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FoundFramingOf(text, mention));

    [Theory]
    [InlineData("The witnesses we spoke to allege that Russian guards tortured the men.", "tortured")]
    [InlineData("The families we reached out to allege that Russian guards tortured the men.", "tortured")]
    public void Allege_after_a_stranded_to_still_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FoundFramingOf(text, mention));

    // 3. In a headline not in capitals, capitalised words after the possessive are a name or title: a credit.
    [Theory]
    [InlineData("Amnesty's Agnès Callamard: Russian forces tortured civilians in Izium\n\nShe spoke on Monday.", "tortured")]
    [InlineData("HRW's Tanya Lokshina: Russian forces tortured civilians in Izium\n\nShe spoke on Monday.", "tortured")]
    [InlineData("Zelensky's Top Aide: Russian forces tortured civilians in Izium\n\nHe spoke on Monday.", "tortured")]
    public void A_possessed_credit_in_mixed_case_attributes(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FoundFramingOf(text, mention));
}
