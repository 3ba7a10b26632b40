using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>mend44, sentences of our own: the last mends of rounds 42/43 after the second review — a sign-off with its
/// verb first (<i>…, said the UN mission.</i>), lawful-arrest words against real abductions, <i>without charge</i>,
/// figurative <i>drag into</i>, and more person nouns.</summary>
public class ClaimMend44Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    static bool HasMentionFrom(string text, string word) =>
        Pipeline.RuleClaims(text).Any(c => c.Span.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    // A sign-off with the reporting verb first and only its subject after it reports the clause before it, as
    // "…, the UN mission said." does.
    [Theory]
    [InlineData("Russian troops tortured prisoners in Izium, said the UN mission.")]
    [InlineData("Russian troops tortured prisoners in Izium, said the regional governor, Oleh Syniehubov.")]
    [InlineData("Russian troops tortured prisoners in Izium, wrote the New York Times.")]
    public void A_verb_first_sign_off_attributes(string text) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, "tortured"));

    // Guard on the bound (passes on a94042a too): a verb closing a relative clause in its subject still reports its own complement.
    [Fact]
    public void A_verb_after_a_relative_clause_keeps_its_complement() =>
        Assert.Equal(Framing.Asserted, FramingOf("Russia, which has bombarded Kharkiv's residential districts since 2022, says it strikes only military targets.", "bombarded"));

    // An unlawfulness or occupation mark outweighs lawful-arrest words; false charges are such a mark; protesters who
    // are the verb's object are those seized, not a sign of lawful policing.
    [Theory]
    [InlineData("Russian troops abducted dozens of protesters at a rally in occupied Kherson.", "abducted")]
    [InlineData("Russian forces abducted the priest on trumped-up charges of spying.", "abducted")]
    [InlineData("Russian forces detained the journalist on fabricated espionage charges.", "detained")]
    public void An_unlawful_mark_outweighs_lawful_arrest_words(string text, string mention) =>
        Assert.True(HasMentionFrom(text, mention));

    // Guard on the bound (passes on a94042a too): lawful words alone still veto.
    [Theory]
    [InlineData("Russia's FSB detained a US journalist on espionage charges.", "detained")]
    [InlineData("Russian police detained dozens of people at an anti-war protest in Moscow.", "detained")]
    public void Lawful_arrest_words_alone_still_veto(string text, string mention) =>
        Assert.False(HasMentionFrom(text, mention));

    // "without charge" hedges nothing: the charge after "without" governs nothing.
    [Fact]
    public void Without_charge_asserts_the_detention() =>
        Assert.Equal(Framing.Asserted, Pipeline.RuleClaims("Russian troops detained the mayor without charge.").Single(c => c.Span.StartsWith("detained")).Claim.Framing);

    // A figurative "drag into": the abstract noun is the head of the phrase after "into", over adjectives and commas.
    [Theory]
    [InlineData("Putin has dragged his own people into a bloody, pointless war.")]
    [InlineData("Russia has dragged us into a new Cold War.")]
    public void A_figurative_drag_into_a_war_is_no_seizure(string text) => Assert.False(HasMentionFrom(text, "dragged"));

    // Guard on the bound (passes on a94042a too): a place after "into" keeps the seizure.
    [Fact]
    public void A_drag_into_a_place_is_a_seizure() =>
        Assert.True(HasMentionFrom("Russian soldiers dragged the men into a basement near the war memorial.", "dragged"));

    // More person nouns: mothers, daughters, wives, children, families are seized as men are.
    [Fact]
    public void A_mother_and_her_daughter_are_seized() =>
        Assert.True(HasMentionFrom("Russian soldiers seized a mother and her daughter at a checkpoint.", "seized"));
}
