using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 42 (claims38), sentences of our own. The removal of a person by force under a verb the lexicon has no
/// entry for (the claims lexicon's <c>seizure_verbs</c>: <i>detained, abducted, kidnapped, snatched, seized, grabbed,
/// dragged, hauled</i>) is a <c>war_crimes</c> claim when a party is its agent — the verb's subject with a person (the
/// lexicon's <c>person_nouns</c>) as its object, or the <i>by</i> agent of its passive with a person as its subject
/// (ClaimFramingScorer.ScoreSeizure); framed by the usual rules. Each positive is no claim on main.</summary>
public class ClaimRound42Tests
{
    static bool HasMentionFrom(string text, string word) =>
        Pipeline.RuleClaims(text).Any(c => c.Span.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Russian military police dragged nine doctors from their homes in the town.", "dragged nine doctors")]
    [InlineData("Russian soldiers detained the mayor on the first day of the occupation.", "detained the mayor")]
    [InlineData("Kremlin agents snatched dozens of volunteers at the checkpoint.", "snatched dozens of volunteers")]
    [InlineData("Russian security agents have been hauling engineers out of their flats at night.", "hauling engineers")]
    public void A_party_that_removes_a_person_by_force_is_the_agent_of_a_claim(string text, string mention)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // The usual governors frame it: a reporting clause attributes, a hedge hedges.
    [Fact]
    public void A_reported_seizure_is_attributed() =>
        Assert.Equal(Framing.Attributed, Pipeline.RuleClaim("Residents say Russian troops abducted the village priest.", "abducted the village priest")?.Framing);

    [Fact]
    public void A_hedged_seizure_is_hedged() =>
        Assert.Equal(Framing.Hedged, Pipeline.RuleClaim("Russian troops reportedly kidnapped two teachers in the village.", "kidnapped two teachers")?.Framing);

    // The term of a mention read across tokens is its words joined by single spaces, as a lexicon entry's term is
    // written, whatever stands between them in the text (a quote mark here); the span still covers the text itself.
    [Fact]
    public void A_seizure_across_a_quote_mark_has_its_words_as_its_term()
    {
        const string text = "Russian military police seized \u201cnine doctors\u201d at the plant, the report says.";
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone);
        var seizure = Assert.Single(analysis.Claims(), e => analyzed.Span(e).StartsWith("seized", StringComparison.Ordinal));
        Assert.Equal("seized nine doctors", seizure.Term);
        Assert.Equal("seized \u201cnine doctors", analyzed.Span(seizure));
    }

    // The passive: the party is the "by" agent, a form of "be" before the participle, a person its subject.
    [Theory]
    [InlineData("Nine doctors and paramedics were seized by Russian military police in March.", "seized by")]
    [InlineData("He was snatched by Russian troops at a checkpoint near the border.", "snatched by")]
    public void A_person_seized_by_a_party_is_a_claim(string text, string start)
    {
        var claim = Pipeline.RuleClaims(text).FirstOrDefault(c => c.Span.StartsWith(start, StringComparison.OrdinalIgnoreCase)).Claim;
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal("war_crimes", claim.Target);
    }

    // A reduced relative names a status, not an act: "prisoners detained by Russia" are who they are.
    [Fact]
    public void A_reduced_relative_is_no_seizure() =>
        Assert.False(HasMentionFrom("Two hundred civilians detained by Russia will be exchanged on Friday.", "detained"));

    // A seizure verb coordinated before another act shares its object with it: the lexicon's act is the mention.
    [Fact]
    public void A_seizure_coordinated_with_an_act_of_the_lexicon_leaves_the_object_to_it() =>
        Assert.False(HasMentionFrom("Russian troops detained and tortured civilians in the basement of the school.", "detained"));

    // A verb the lexicon already reads as a mention there (a trigger with its cue) stays that one mention.
    [Fact]
    public void A_trigger_of_the_lexicon_with_its_cue_stays_one_mention()
    {
        var claims = Pipeline.RuleClaims("Russian soldiers abducted children and their teachers from the school.");
        var abducted = Assert.Single(claims, c => c.Span.StartsWith("abducted", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("child_deportation", abducted.Claim.Target);
    }

    // What is seized must be a person: a bridge, a town, a ship are taken in war, not removed persons.
    [Theory]
    [InlineData("Russian forces seized the bridge over the river on Monday.")]
    [InlineData("Russian troops grabbed the airport in the first hours of the invasion.")]
    public void Seizing_no_person_is_no_claim(string text) => Assert.Empty(Pipeline.RuleClaims(text));

    // The party must be the verb's subject, not an actor that only stands before it.
    [Fact]
    public void An_actor_that_is_not_the_subject_seizes_nobody() =>
        Assert.False(HasMentionFrom("A Russian court said the local police detained him last week.", "detained"));

    // The words are the lexicon's: without seizure_verbs there is no such rule.
    [Fact]
    public void A_claims_lexicon_without_seizure_verbs_has_no_seizure_rule()
    {
        const string text = "Russian military police dragged nine doctors from their homes in the town.";
        var claims = Pipeline.Load("claims");
        var without = claims with { RuleWords = claims.RuleWords!.Where(kv => kv.Key != RuleWordLists.SeizureVerbs).ToDictionary() };
        FramingAnalyzer With(LexiconDefinition lexicon) => new([lexicon, .. new[] { "sourcing", "loaded", "topics" }.Select(Pipeline.Load)]);
        static bool Found(FramingAnalyzer analyzer, string text)
        {
            var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
            return analysis.Claims().Any(e => analyzed.Span(e).StartsWith("dragged", StringComparison.Ordinal));
        }
        Assert.True(Found(With(claims), text));
        Assert.False(Found(With(without), text));
    }

    // ----- Round 42, mended (mend42): sentences of a code review, each a claim on main 70d5940 -----

    static bool HasSeizure(string text) =>
        Pipeline.RuleClaims(text).Any(c => c.Span.Split(' ')[0] is var v
                                  && (v.StartsWith("detain", StringComparison.OrdinalIgnoreCase) || v.StartsWith("seiz", StringComparison.OrdinalIgnoreCase)
                                      || v.StartsWith("grab", StringComparison.OrdinalIgnoreCase) || v.StartsWith("haul", StringComparison.OrdinalIgnoreCase)
                                      || v.StartsWith("drag", StringComparison.OrdinalIgnoreCase)));

    // "Detain" is the wire's verb for arrests: alone it is no seizure, nor is any seizure verb next to a charge, a
    // suspect or a protest.
    [Theory]
    [InlineData("Ukrainian police detained him on Tuesday.")]
    [InlineData("Kyiv police detained dozens of people at the protest.")]
    [InlineData("Russian police detained dozens of people at an anti-war protest in Moscow.")]
    [InlineData("Israeli forces detained two Palestinian men in Jenin.")]
    [InlineData("Russia's FSB detained a US journalist on espionage charges.")]
    [InlineData("Ukrainian security forces detained a man suspected of spying for Russia.")]
    public void A_lawful_or_domestic_arrest_is_no_seizure(string text) => Assert.False(HasSeizure(text));

    // A detention with a sign of unlawfulness or occupation in its clause is one.
    [Theory]
    [InlineData("Russian soldiers illegally detained the mayor of the town.", "detained the mayor")]
    [InlineData("The occupiers detained dozens of station workers at the plant.", "detained dozens of station workers")]
    [InlineData("Russian troops detained two teachers without charge.", "detained two teachers")]
    public void An_unlawful_detention_is_a_seizure(string text, string mention)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal("war_crimes", claim.Target);
        // mend44: "charge" after "without" governs nothing; the outlet asserts the detention.
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // What is seized must be the person, not a person's things: a noun that is no person, "of", a possessor, "her" as
    // a determiner and the capitalised "US" end the search.
    [Theory]
    [InlineData("Russian soldiers seized her phone at the checkpoint.")]
    [InlineData("Russian soldiers grabbed her bag at the checkpoint.")]
    [InlineData("Russian troops seized the farmers' grain in the spring.")]
    [InlineData("Russian troops seized farmers' grain and equipment.")]
    [InlineData("Russian soldiers hauled the bodies of civilians into a pit.")]
    public void A_seized_thing_is_no_seized_person(string text) => Assert.False(HasSeizure(text));

    [Fact]
    public void The_capitalised_US_is_no_seized_person() =>
        Assert.DoesNotContain(Pipeline.RuleClaims("Russian soldiers seized a US aid convoy near the border."),
            c => c.Span.StartsWith("seized a us", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Russian soldiers seized her at the checkpoint.", "seized her")]
    [InlineData("Russian soldiers seized her.", "seized her")]
    [InlineData("Russian troops grabbed the injured men at the hospital.", "grabbed the injured men")]
    [InlineData("Russian troops snatched five local men from the village.", "snatched five local men")]
    public void A_seized_person_is_found_over_its_modifiers(string text, string mention) =>
        Assert.NotNull(Pipeline.RuleClaim(text, mention));

    // "Into" and an abstract noun make the verb figurative.
    [Theory]
    [InlineData("Russia dragged its neighbours into the war.")]
    [InlineData("Russia dragged us into this war, the mayor said.")]
    public void Dragging_someone_into_a_war_is_no_seizure(string text) => Assert.False(HasSeizure(text));

    [Fact]
    public void Dragging_someone_into_a_place_is_a_seizure() =>
        Assert.NotNull(Pipeline.RuleClaim("Russian soldiers dragged the men into a basement.", "dragged the men"));

    // The passive's span ends at the head of its agent's noun phrase.
    [Fact]
    public void A_passive_seizure_ends_at_its_agent() =>
        Assert.Contains(Pipeline.RuleClaims("Nine doctors were seized by Russian military police in March."),
            c => c.Span.Equals("seized by Russian military police", StringComparison.OrdinalIgnoreCase));

    // The cheap test before any claim scorer is built: "by" and an actor with no seizure verb before it is none.
    [Theory]
    [InlineData("The strike was condemned by Russia on Monday.", false)]
    [InlineData("The attacks by Russian forces went on all night.", false)]
    [InlineData("Two men were seized by Russian soldiers.", true)]
    public void Only_a_seizure_verb_before_by_may_seize(string text, bool expected)
    {
        var analyzed = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(text)));
        var may = Pipeline.RulesAlone.ReadDocument(analyzed, (document, plans) =>
        {
            var matches = document.Matches;
            for (var i = 0; i < matches.Count; i++)
            {
                var plan = plans[matches[i].Lexicon];
                if (plan.IsClaims && plan.Role(matches[i]) == ScoringRole.Actor && ClaimFramingScorer.MaySeize(analyzed, plan.ClaimWords, matches[i]))
                    return true;
            }
            return false;
        });
        Assert.Equal(expected, may);
    }
}
