using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 43 (framing39), sentences of our own: governors whose scope English marks by the construction, not
/// by distance (ClaimFramingScorer.Scope.cs) — a sentence-initial <i>whether</i> clause, a source adjunct (<i>in the
/// paper's view</i>), a reporting verb whose own complement follows it (the mention in its subject), a passive naming
/// verb with no agent (<i>what is described as</i>), and the modal forms of a classification (<i>might constitute</i>,
/// <i>may prove</i>).</summary>
public class ClaimRound43Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    // A sentence that opens with "whether" is an open question up to its verb, however long the clause.
    [Theory]
    [InlineData("Whether the artillery battery that fired on the crowded market square of the town last winter had deliberately shelled civilians is a question for the court.", "shelled")]
    [InlineData("Whether the prosecutor would in the end frame the abuse in the camps as crimes against humanity is an open question.", "crimes against humanity")]
    public void An_opening_whether_clause_hedges_what_is_in_it(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // The whether clause first, the mention after the semicolon: only the stop keeps it out (mend43; the former
    // sentence put the mention before "whether", where no reading of the rule could reach it).
    [Fact]
    public void Whether_after_a_semicolon_leaves_the_first_clause_alone() =>
        Assert.Equal(Framing.Asserted, FramingOf("Whether anyone will be tried is unclear; Russian forces tortured detainees in Izium.", "tortured"));

    // mend43: "whether … or (not)" and a comma is an adjunct ("regardless"), not a question: what follows the comma is
    // the main clause, asserted or attributed by its own words.
    [Theory]
    [InlineData("Whether the talks succeed or fail, Russian forces committed war crimes in Bucha.", "war crimes", Framing.Asserted)]
    [InlineData("Whether in Bucha or in Irpin, Russian forces tortured civilians.", "tortured", Framing.Asserted)]
    [InlineData("Whether it was one strike or two, the UN said Russian forces committed war crimes.", "war crimes", Framing.Attributed)]
    public void A_whether_or_adjunct_hedges_nothing_after_its_comma(string text, string mention, Framing expected) =>
        Assert.Equal(expected, FramingOf(text, mention));

    // mend43: a whether clause that is the subject ends at its matrix verb; what follows the predicate is not in it.
    [Fact]
    public void The_whether_subject_ends_at_its_matrix_verb() =>
        Assert.Equal(Framing.Asserted, FramingOf("Whether anyone will ever be tried is doubtful because Russian forces tortured detainees in Izium without witnesses.", "tortured"));

    // A source adjunct credits its sentence, as "according to" does; a first-person one is the writer's own.
    [Theory]
    [InlineData("In the paper's view, Russia has turned the plant into a fortress and has tortured the staff who keep it safe.", "tortured")]
    [InlineData("By the report's account, Russian guards tortured the plant's staff in a basement for weeks.", "tortured")]
    [InlineData("Russian forces tortured the plant's staff, in the mission's words, with a routine of beatings and electric shocks.", "tortured")]
    public void A_source_adjunct_attributes_its_sentence(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // Regression guards: these pass on main before round 43 as well (nothing there credited such adjuncts).
    [Theory]
    [InlineData("In my view, Russia has tortured the staff who keep the plant safe.", "tortured")]
    [InlineData("By every account, Russian guards tortured the plant's staff in a basement for weeks.", "tortured")]
    public void A_first_person_or_ownerless_adjunct_credits_nobody(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // mend43: an adjunct credits its own clause, not one coordinated after a comma and "but / and / while / yet"; and a
    // possessive determiner after the mention is coreferent with its actor — the perpetrator's view credits nobody.
    [Theory]
    [InlineData("In the prosecutor's view, the investigation is slow, but Russian forces committed war crimes in Bucha.", "war crimes")]
    [InlineData("Russian forces tortured civilians, and in their view it was justified.", "tortured")]
    public void An_adjunct_in_another_clause_or_of_the_actor_credits_nobody(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // mend43: a second predicate of the same subject after ", and" stays in the adjunct's clause (dev22-27's shape; a
    // guard on the mend's bound: passes on 70d5940 too, fails if any ", and" ends the adjunct's reach).
    [Fact]
    public void An_adjunct_reaches_a_coordinated_predicate() =>
        Assert.Equal(Framing.Attributed, FramingOf("In the paper's view, Russia has turned the plant into a fortress, and has tortured the staff who keep it safe.", "tortured"));

    // A reporting verb with its own complement after it reports that complement, not its subject.
    [Theory]
    [InlineData("A volunteer group that tracks children deported to Russia said it had identified 14 more in the Rostov region.", "deported")]
    [InlineData("Russia, which has bombarded Kharkiv's residential districts since 2022, says it strikes only military targets.", "bombarded")]
    [InlineData("Russian soldiers deported dozens of children from a Kherson orphanage, saying they were being evacuated for their safety.", "deported")]
    public void A_reporting_verb_does_not_report_its_own_subject(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // Regression guards: these pass on main before round 43 as well.
    [Theory]
    [InlineData("Russian forces bombarded Kharkiv's residential districts, officials said.", "bombarded")]
    [InlineData("Russian forces bombarded Kharkiv's residential districts, officials said, adding that the strikes continued overnight.", "bombarded")]
    public void A_reporting_clause_after_the_act_still_reports_it(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // mend43: a sign-off after a comma — a subject and its reporting verb — reports the clause before it, whatever
    // follows the verb: an addressee, a time, a clause, a pronoun.
    [Theory]
    [InlineData("Russian forces tortured civilians in Bucha, officials told the BBC.")]
    [InlineData("Russian forces tortured civilians in Bucha, the UN said this week.")]
    [InlineData("Russian forces tortured civilians in Bucha, a witness told The Guardian on Monday.")]
    [InlineData("Russian forces tortured civilians in Bucha, the governor told the Kyiv Independent.")]
    [InlineData("Russian forces tortured civilians in Bucha, the mayor wrote this morning.")]
    [InlineData("Russian forces tortured civilians in Bucha, the report found this year.")]
    [InlineData("Russian forces tortured civilians in Bucha, officials said the report showed.")]
    [InlineData("Russian forces tortured civilians in Bucha, the report says this.")]
    public void A_sign_off_after_a_comma_reports_the_clause_before_it(string text) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, "tortured"));

    // mend43: a subordinate clause after the comma is no sign-off; its verb of finding reports nothing (dev10-05's shape;
    // a guard on the mend's bound: passes on 70d5940 too, fails if any subject after a comma made a sign-off).
    [Fact]
    public void A_finding_verb_in_a_subordinate_clause_reports_nothing() =>
        Assert.Equal(Framing.Asserted, FramingOf("Russian soldiers deported the girl to the Voronezh region in 2024, before a volunteer group found her in a care home there.", "deported"));

    // A passive naming verb with no agent keeps the outlet's distance; with one, it credits the agent.
    [Theory]
    [InlineData("What is described as a campaign of torture may, in some cases, be the work of a few guards.", "torture")]
    [InlineData("The tribunals are a piece of theatre, cataloguing what are described, often before any investigation, as crimes against humanity.", "crimes against humanity")]
    public void An_agentless_naming_verb_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    // Regression guard: passes on main before round 43 as well.
    [Fact]
    public void A_naming_verb_with_its_agent_attributes() =>
        Assert.Equal(Framing.Attributed, FramingOf("The shelling of the market was described by the UN mission as a war crime.", "war crime"));

    // mend43: "in the UN report" between the verb and "as" names the source; the attribution wins.
    [Fact]
    public void A_naming_verb_with_a_source_phrase_attributes() =>
        Assert.Equal(Framing.Attributed, FramingOf("The strikes are described in the UN report as war crimes.", "war crimes"));

    // mend43: a reporting verb before the naming verb does not win — the naming stands nearer the mention, inside what
    // the source describes (dev9-11's shape; a guard on the mend's bound: passes on 70d5940 too, fails if any
    // attribution won).
    [Fact]
    public void A_naming_verb_inside_a_report_still_hedges() =>
        Assert.Equal(Framing.Hedged, FramingOf("State television showed a parade of returning prisoners, some of whom described what were presented as beatings in Ukrainian custody.", "beatings"));

    // The modal forms of a classification hedge as "may constitute" does.
    [Theory]
    [InlineData("The mission suggests that the practices in the occupied town, taken together, might constitute crimes against humanity.", "crimes against humanity")]
    [InlineData("What may prove to be a crime against humanity deserves a serious investigation.", "crime against humanity")]
    public void A_modal_classification_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));
}
