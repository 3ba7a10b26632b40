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

    [Fact]
    public void Whether_after_a_semicolon_leaves_the_first_clause_alone() =>
        Assert.Equal(Framing.Asserted, FramingOf("Russian forces tortured detainees in Izium; whether anyone will be tried is another matter.", "tortured"));

    // A source adjunct credits its sentence, as "according to" does; a first-person one is the writer's own.
    [Theory]
    [InlineData("In the paper's view, Russia has turned the plant into a fortress and has tortured the staff who keep it safe.", "tortured")]
    [InlineData("By the report's account, Russian guards tortured the plant's staff in a basement for weeks.", "tortured")]
    [InlineData("Russian forces tortured the plant's staff, in the mission's words, with a routine of beatings and electric shocks.", "tortured")]
    public void A_source_adjunct_attributes_its_sentence(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    [Theory]
    [InlineData("In my view, Russia has tortured the staff who keep the plant safe.", "tortured")]
    [InlineData("By every account, Russian guards tortured the plant's staff in a basement for weeks.", "tortured")]
    public void A_first_person_or_ownerless_adjunct_credits_nobody(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    // A reporting verb with its own complement after it reports that complement, not its subject.
    [Theory]
    [InlineData("A volunteer group that tracks children deported to Russia said it had identified 14 more in the Rostov region.", "deported")]
    [InlineData("Russia, which has bombarded Kharkiv's residential districts since 2022, says it strikes only military targets.", "bombarded")]
    [InlineData("Russian soldiers deported dozens of children from a Kherson orphanage, saying they were being evacuated for their safety.", "deported")]
    public void A_reporting_verb_does_not_report_its_own_subject(string text, string mention) =>
        Assert.Equal(Framing.Asserted, FramingOf(text, mention));

    [Theory]
    [InlineData("Russian forces bombarded Kharkiv's residential districts, officials said.", "bombarded")]
    [InlineData("Russian forces bombarded Kharkiv's residential districts, officials said, adding that the strikes continued overnight.", "bombarded")]
    public void A_reporting_clause_after_the_act_still_reports_it(string text, string mention) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, mention));

    // A passive naming verb with no agent keeps the outlet's distance; with one, it credits the agent.
    [Theory]
    [InlineData("What is described as a campaign of torture may, in some cases, be the work of a few guards.", "torture")]
    [InlineData("The tribunals are a piece of theatre, cataloguing what are described, often before any investigation, as crimes against humanity.", "crimes against humanity")]
    public void An_agentless_naming_verb_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));

    [Fact]
    public void A_naming_verb_with_its_agent_attributes() =>
        Assert.Equal(Framing.Attributed, FramingOf("The shelling of the market was described by the UN mission as a war crime.", "war crime"));

    // The modal forms of a classification hedge as "may constitute" does.
    [Theory]
    [InlineData("The mission suggests that the practices in the occupied town, taken together, might constitute crimes against humanity.", "crimes against humanity")]
    [InlineData("What may prove to be a crime against humanity deserves a serious investigation.", "crime against humanity")]
    public void A_modal_classification_hedges(string text, string mention) =>
        Assert.Equal(Framing.Hedged, FramingOf(text, mention));
}
