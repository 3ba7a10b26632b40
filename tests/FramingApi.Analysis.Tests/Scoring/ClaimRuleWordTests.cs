using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Wave 19 (rulewords): the claim rules' content words are the claims lexicon's data (<c>ruleWords</c>,
/// docs/LEXICONS.md "Rule words"), not C# lists: a lexicon that leaves a list out has no such rule, one that adds a word
/// to a list has the rule for that word, and the lists are part of the lexicon's version.</summary>
public class ClaimRuleWordTests
{
    static FramingAnalyzer With(LexiconDefinition claims) =>
        new([claims, .. new[] { "sourcing", "loaded", "topics" }.Select(Pipeline.Load)]);

    static LexiconDefinition Claims => Pipeline.Load("claims");

    static LexiconDefinition Without(string list) =>
        Claims with { RuleWords = Claims.RuleWords!.Where(kv => kv.Key != list).ToDictionary() };

    static LexiconDefinition Adding(string list, string word) =>
        Claims with { RuleWords = Claims.RuleWords!.ToDictionary(kv => kv.Key, kv => kv.Key == list ? (IReadOnlyList<string>)[.. kv.Value, word] : kv.Value) };

    static ClaimDetail? ClaimOf(string text, string mention, FramingAnalyzer analyzer)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
        return analysis.Claims().FirstOrDefault(e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim;
    }

    [Fact]
    public void The_built_in_claims_lexicon_gives_every_claim_list()
    {
        var lists = Claims.RuleWords!;
        Assert.Equal(RuleWordLists.ClaimLists.Order(StringComparer.Ordinal), lists.Keys.Order(StringComparer.Ordinal));
        Assert.All(lists, kv => Assert.NotEmpty(kv.Value));
    }

    // No claim with the list, a claim without it: the rule reads its words from the lexicon in use.
    [Theory]
    [InlineData("classified_nouns", "Ukraine's war crimes unit opened its office in Kharkiv last spring.", "war crimes")]
    [InlineData("word_nouns", "The word genocide was coined by Raphael Lemkin in 1944.", "genocide")]
    [InlineData("law_nouns", "International humanitarian law prohibits attacks against civilians and the taking of hostages.", "attacks against civilians")]
    [InlineData("prohibition_verbs", "The Rome Statute criminalises the use of poison gas in any armed conflict.", "use of poison gas")]
    [InlineData("mandate_nouns", "Two members of the Committee against Torture met the families in Geneva on Tuesday.", "Torture")]
    public void A_claims_lexicon_without_a_list_has_no_such_rule(string list, string text, string mention)
    {
        Assert.Null(Pipeline.ClaimOf(text, mention));
        Assert.Null(ClaimOf(text, mention, With(Claims)));
        Assert.NotNull(ClaimOf(text, mention, With(Without(list))));
    }

    // The actor a list's rule finds: the custodian of "while held by" (custody_participles) is none without the list.
    [Fact]
    public void A_claims_lexicon_without_custody_participles_finds_no_custodian()
    {
        const string text = "Freed sailors said they were beaten and tortured while held by Russia for a year.";
        Assert.Equal("russia", ClaimOf(text, "tortured", With(Claims))!.Actor);
        Assert.NotEqual("russia", ClaimOf(text, "tortured", With(Without(RuleWordLists.CustodyParticiples)))?.Actor);
    }

    // A crime that evidence is "of" is presupposed (presupposing_evidence_nouns): asserted, whoever says they have it.
    [Fact]
    public void A_claims_lexicon_without_presupposing_evidence_nouns_attributes_the_evidence_s_crime()
    {
        const string text = "Kyiv says it has proof of Russian war crimes in Izium.";
        Assert.Equal(Framing.Asserted, ClaimOf(text, "war crimes", With(Claims))!.Framing);
        Assert.NotEqual(Framing.Asserted, ClaimOf(text, "war crimes", With(Without(RuleWordLists.PresupposingEvidenceNouns)))!.Framing);
    }

    // The accused describing its own act as something else denies it (describing_verbs): without the list, no denial.
    [Fact]
    public void A_claims_lexicon_without_describing_verbs_has_no_counter_description()
    {
        const string text = "Moscow describes the deportation of Ukrainian children by Russian officials as a humanitarian rescue.";
        static Framing FramingWith(string text, LexiconDefinition claims)
        {
            var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), With(claims));
            return analysis.Claims().First(e => analyzed.Span(e).StartsWith("deportation of", StringComparison.Ordinal)).Claim!.Framing;
        }
        Assert.Equal(Framing.Denied, FramingWith(text, Claims));
        Assert.NotEqual(Framing.Denied, FramingWith(text, Without(RuleWordLists.DescribingVerbs)));
    }

    // A denial further after a mention that modifies a noun of claiming (claim_nouns) is its predicate: "the genocide
    // story … is a fabrication" denies; without the list the denial is out of reach.
    [Theory]
    [InlineData("The genocide story pushed by Kyiv all spring is a fabrication.", "genocide")]
    [InlineData("Kyiv's atrocities story in Bucha is a crude staging.", "atrocities")]
    [InlineData("The war crimes narrative of the West is pure fabrication.", "war crimes")]
    public void A_claims_lexicon_without_claim_nouns_leaves_the_claim_s_denial_out_of_reach(string text, string mention)
    {
        Assert.Equal(Framing.Denied, ClaimOf(text, mention, With(Claims))?.Framing);
        Assert.NotEqual(Framing.Denied, ClaimOf(text, mention, With(Without(RuleWordLists.ClaimNouns)))?.Framing);
    }

    // What someone is held "accountable for" or "capable of" (responsibility_adjectives; "guilty of", "responsible for"
    // are perpetration entries) is no noun's presupposed complement: a sentence-final reporting clause attributes it;
    // without the list the adjective is taken for a noun whose complement is presupposed, and the far report does not
    // reach it.
    [Theory]
    [InlineData("Russia must be held accountable for war crimes in the villages around Bucha and Irpin, the foreign minister said.", "war crimes")]
    [InlineData("Nobody is innocent of war crimes in the villages around Bucha and Irpin, the foreign minister said.", "war crimes")]
    [InlineData("Russian forces are capable of war crimes in the villages around Bucha and Irpin, the foreign minister said.", "war crimes")]
    public void A_claims_lexicon_without_responsibility_adjectives_presupposes_what_one_is_guilty_of(string text, string mention)
    {
        Assert.Equal(Framing.Attributed, ClaimOf(text, mention, With(Claims))?.Framing);
        Assert.NotEqual(Framing.Attributed, ClaimOf(text, mention, With(Without(RuleWordLists.ResponsibilityAdjectives)))?.Framing);
    }

    // A campaign of strikes is what a report is about (series_nouns), not a noun presupposing the strikes: a
    // sentence-final reporting clause attributes them; without the list they are presupposed, as after "evidence of",
    // and the far report does not reach them.
    [Theory]
    [InlineData("There was a campaign of strikes on electricity infrastructure in every region of the country last winter, the minister said.")]
    [InlineData("Kherson lived through a wave of strikes on electricity infrastructure in every district of the city last winter, the mayor said.")]
    public void A_claims_lexicon_without_series_nouns_presupposes_a_campaign_s_acts(string text)
    {
        static Framing? FramingWith(string text, LexiconDefinition claims) =>
            Pipeline.Run(new ArticleParts(text), With(claims)).Analysis.Claims().FirstOrDefault()?.Claim!.Framing;
        Assert.Equal(Framing.Attributed, FramingWith(text, Claims));
        Assert.NotEqual(Framing.Attributed, FramingWith(text, Without(RuleWordLists.SeriesNouns)));
    }

    // A claim word before a label noun (label_nouns) is talk about the words: no claim; without the list, a claim.
    [Theory]
    [InlineData("Kyiv has long pinned the genocide label on Moscow's conduct of the war.", "genocide")]
    [InlineData("The war crimes tag stuck to the army for years after the retreat.", "war crimes")]
    public void A_claims_lexicon_without_label_nouns_takes_the_label_for_a_claim(string text, string mention)
    {
        Assert.Null(ClaimOf(text, mention, With(Claims)));
        Assert.NotNull(ClaimOf(text, mention, With(Without(RuleWordLists.LabelNouns))));
    }

    // The "of" complement of a harm noun (harm_nouns) is its victim: without the list "the torture of Ukrainian
    // soldiers" makes Ukraine the actor.
    [Fact]
    public void A_claims_lexicon_without_harm_nouns_takes_the_victims_for_the_actor()
    {
        const string text = "The mission described the torture of Ukrainian soldiers in the camp.";
        Assert.NotEqual("ukraine", ClaimOf(text, "torture", With(Claims))?.Actor);
        Assert.Equal("ukraine", ClaimOf(text, "torture", With(Without(RuleWordLists.HarmNouns)))?.Actor);
    }

    // A reporting verb's subject before a victim pronoun (subject_reporting_verbs) makes the pronoun its own: no victims
    // taken up from the sentence before; without the list the pronoun takes them up.
    [Fact]
    public void A_claims_lexicon_without_subject_reporting_verbs_takes_up_the_victims_over_a_speaker()
    {
        const string text = "Russian troops deported the children from Kherson. The ombudsman said they were taken from their families.";
        Assert.Null(ClaimOf(text, "taken from", With(Claims)));
        Assert.NotNull(ClaimOf(text, "taken from", With(Without(RuleWordLists.SubjectReportingVerbs))));
    }

    // A word added to a list: the rule now applies to it.
    [Fact]
    public void A_word_added_to_a_list_gets_the_rule()
    {
        const string text = "Ukraine's war crimes squad opened its office in Kharkiv last spring.";
        Assert.NotNull(ClaimOf(text, "war crimes", With(Claims)));
        Assert.Null(ClaimOf(text, "war crimes", With(Adding(RuleWordLists.ClassifiedNouns, "squad"))));
    }

    [Fact]
    public void The_lists_are_part_of_the_claims_lexicon_version()
    {
        var claims = LexiconValidator.Validate(Claims);
        Assert.NotEqual(claims.ContentHash, LexiconValidator.Validate(Adding(RuleWordLists.ClassifiedNouns, "squad")).ContentHash);
        Assert.NotEqual(claims.ContentHash, LexiconValidator.Validate(Without(RuleWordLists.LawNouns)).ContentHash);
    }

    // A claims lexicon without rule words (one written before the lists were data) loads, and its lists are empty.
    [Fact]
    public void A_claims_lexicon_without_rule_words_loads_with_empty_lists()
    {
        const string text = "The word genocide was coined by Raphael Lemkin in 1944.";
        var bare = Claims with { RuleWords = null };
        Assert.Null(LexiconValidator.Validate(bare).RuleWords);
        Assert.NotNull(ClaimOf(text, "genocide", With(bare)));
    }
}
