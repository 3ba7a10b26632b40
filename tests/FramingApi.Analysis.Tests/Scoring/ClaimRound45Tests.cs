using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 45 (framing40), sentences of our own: who asserts what, marked by the construction
/// (ClaimFramingScorer.Round45.cs and claims.json) — the <i>that</i>-clause of an owned report noun (<i>its
/// conclusion that</i>), a participle of finding after the mention's own complement (<i>the torture of prisoners
/// documented by monitors</i>), and the finite verb <i>allege</i> with its subject (<i>prosecutors allege that</i>).</summary>
public class ClaimRound45Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

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
        Assert.NotEqual(Framing.Attributed, FramingOf(text, mention));

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
}
