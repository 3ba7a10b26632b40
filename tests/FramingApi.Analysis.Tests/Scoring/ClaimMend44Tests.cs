using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>mend44, sentences of our own: the last mends of rounds 42/43 after the second review — a sign-off with its
/// verb first (<i>…, said the UN mission.</i>), lawful-arrest words against real abductions, <i>without charge</i>,
/// figurative <i>drag into</i>, and more person nouns.</summary>
public class ClaimMend44Tests
{
    static Framing? FramingOf(string text, string mention) => Pipeline.ClaimOf(text, mention)?.Framing;

    // A sign-off with the reporting verb first and only its subject after it reports the clause before it, as
    // "…, the UN mission said." does.
    [Theory]
    [InlineData("Russian troops tortured prisoners in Izium, said the UN mission.")]
    [InlineData("Russian troops tortured prisoners in Izium, said the regional governor, Oleh Syniehubov.")]
    [InlineData("Russian troops tortured prisoners in Izium, wrote the New York Times.")]
    public void A_verb_first_sign_off_attributes(string text) =>
        Assert.Equal(Framing.Attributed, FramingOf(text, "tortured"));

    // Guard on the bound: a verb closing a relative clause in its subject still reports its own complement.
    [Fact]
    public void A_verb_after_a_relative_clause_keeps_its_complement() =>
        Assert.Equal(Framing.Asserted, FramingOf("Russia, which has bombarded Kharkiv's residential districts since 2022, says it strikes only military targets.", "bombarded"));
}
