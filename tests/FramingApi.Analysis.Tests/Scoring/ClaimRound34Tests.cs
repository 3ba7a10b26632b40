using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 34 (claims29), sentences of our own: a law that lists or defines an act as a crime says what the law
/// is (claims.json <c>prohibition_verbs</c>: <i>lists, list, defines, define</i>, read by
/// ClaimFramingScorer.IsProhibitedByLaw); a crime word that names a kind of proceeding before its noun ("a war crimes
/// investigation", "war crimes judges") is part of a name (claims.json <c>classified_nouns</c>); a question that closes
/// on the crime word as its predicate asks what an act is (ClaimFramingScorer.IsPredicateQuestion). None is a claim;
/// the same words about a particular act stay claims.</summary>
public class ClaimRound34Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // A law's list or definition of the crimes: the law's text.
    [Theory]
    [InlineData("The Rome Statute lists the use of asphyxiating gases as a war crime in its eighth article.", "war crime")]
    [InlineData("The Rome Statute lists pillage and attacks on buildings dedicated to religion as war crimes.", "war crimes")]
    [InlineData("Article 8 of the statute, which lists as war crimes the pillaging of a town, was drafted in 1998.", "war crimes")]
    [InlineData("The Third Geneva Convention lists torture and inhuman treatment among the grave breaches.", "torture")]
    [InlineData("The country's criminal code defines war crimes in a single article inherited from Soviet times.", "war crimes")]
    public void What_a_law_lists_or_defines_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // A particular act listed by someone who is not a law stays a claim.
    [Theory]
    [InlineData("The UN commission's report lists the torture of prisoners by Russian guards in Kherson.", "torture")]
    [InlineData("Prosecutors in Kyiv have listed war crimes committed by Russian troops in Bucha.", "war crimes")]
    public void A_report_that_lists_acts_still_claims(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));

    // The crime word as the name of a kind of proceeding, institution or funding line.
    [Theory]
    [InlineData("Ukraine's prosecutor-general opened a murder and war crimes investigation on Wednesday.", "war crimes")]
    [InlineData("The senators urged the administration to restore funding for war crimes documentation in Ukraine.", "war crimes")]
    [InlineData("Sergeant Korsakov was the first Russian soldier to face a war crimes trial since the invasion.", "war crimes")]
    [InlineData("Washington agreed to hand over its files to war crimes judges in The Hague.", "war crimes")]
    [InlineData("She worked on war crimes policy at the State Department under two administrations.", "war crimes")]
    public void A_crime_word_naming_a_proceeding_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // The act that the proceeding is about stays a claim.
    [Theory]
    [InlineData("Prosecutors opened a war crimes investigation into the killing of civilians by Russian troops in Bucha.", "killing of civilians")]
    [InlineData("The court said Russian forces had committed war crimes in Bucha.", "war crimes")]
    public void The_act_a_proceeding_is_about_stays_a_claim(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));

    // A question of what an act is.
    [Theory]
    [InlineData("The gas reached a cellar where two pensioners slept. Is it a war crime? The lawyers disagree.", "war crime")]
    [InlineData("Thousands of children were moved across the border. Could these be crimes against humanity? Lawyers are divided.", "crimes against humanity")]
    [InlineData("The campaign erased the children's names. Is this genocide? Scholars are divided.", "genocide")]
    [InlineData("Museums are emptied in every war. When does it become a war crime? The statute gives an answer.", "war crime")]
    public void A_question_of_what_an_act_is_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // A quoted question runs on past its closing quote ("… she asked."): the question still ends at its question mark
    // (fix22).
    [Theory]
    [InlineData("The gas reached a cellar where two pensioners slept. \"Is it a war crime?\" she asked.", "war crime")]
    [InlineData("The gas reached a cellar where two pensioners slept. \u201cIs this genocide?\u201d one scholar asked.", "genocide")]
    [InlineData("The gas reached a cellar where two pensioners slept. \"Is it a war crime?\" a Russian soldier asked.", "war crime")] // the speaker after the quote is no perpetrator
    public void A_quoted_question_of_what_an_act_is_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // A quoted question that names the perpetrator stays a claim.
    [Fact]
    public void A_quoted_question_with_a_perpetrator_stays_a_claim() =>
        Assert.NotNull(Claim("The gas reached a cellar where two pensioners slept. \"Is Russia committing war crimes?\" she asked.", "war crimes"));

    // A question that names the perpetrator, or a statement, stays a claim.
    [Theory]
    [InlineData("The gas reached a cellar where two pensioners slept. Is Russia committing war crimes? The lawyers agree.", "war crimes")]
    [InlineData("The gas reached a cellar where two pensioners slept. It is a war crime, the lawyers say.", "war crime")]
    public void A_question_with_a_perpetrator_or_a_statement_stays_a_claim(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));

    // In a headline too, a question of what an act is carries no claim; a headline that asks whether an act was done
    // stays hedged (ClaimFramingScorer.HeadlineQuestion).
    [Fact]
    public void A_headline_question_of_what_an_act_is_is_no_claim_but_one_of_whether_it_was_done_is_hedged()
    {
        Assert.Empty(Headline("Is this genocide?").Claims());
        var (analyzed, analysis) = Pipeline.Run(new FramingApi.Analysis.Text.ArticleParts("The body says nothing more.",
            "Did Russian troops execute prisoners in Kursk?"));
        var claim = Assert.Single(analysis.Claims(), e => analyzed.Span(e).Equals("execute", StringComparison.OrdinalIgnoreCase)).Claim!;
        Assert.Equal(Framing.Hedged, claim.Framing);
    }

    static ArticleAnalysis Headline(string headline) =>
        Pipeline.Run(new FramingApi.Analysis.Text.ArticleParts("The body says nothing more.", headline)).Analysis;
}
