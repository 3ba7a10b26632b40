using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 28 (claims23), sentences of our own: a passive claim act whose subject is a pronoun standing for the
/// victims named in the sentence before takes them as its cue (ClaimFramingScorer.AntecedentVictimCue).</summary>
public class ClaimRound28Tests
{
    // The children are named in the sentence before; "they" (or "most of them") is the subject of the passive act.
    [Theory]
    [InlineData("Russian troops rounded up the children of the care home. They were taken from Kherson by bus in November.", "taken from")]
    [InlineData("Russia has deported thousands of Ukrainian children. Most of them were taken from orphanages in the south.", "taken from")]
    [InlineData("Russian forces deported a girl from Oleshky. Later she was taken from the camp to a family in Moscow.", "taken from")]
    public void A_pronoun_subject_takes_the_victims_of_the_sentence_before(string text, string mention)
    {
        var claim = Pipeline.ClaimOf(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("child_deportation", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // Without the pronoun rule the act has no cue: no mention.
    [Theory]
    // The pronoun's number differs from the victims' ("a boy" … "they").
    [InlineData("Russian troops deported a boy from Kherson. They were taken from the town by bus.")]
    // A paragraph lies between.
    [InlineData("Russian troops deported the children from Kherson.\n\nThey were taken from their families without consent.")]
    // The pronoun is a reported clause's subject, not the sentence's.
    [InlineData("Russian troops deported the children from Kherson. The ombudsman said they were taken from their families.")]
    // Two sentences back.
    [InlineData("Russian troops deported the children from Kherson. The town is quiet now. They were taken from their families.")]
    public void Other_pronouns_take_no_victims(string text) =>
        Assert.Null(Pipeline.ClaimOf(text, "taken from"));

    // An active act: the pronoun subject is its agent, not its victims.
    [Fact]
    public void An_active_act_takes_no_victims_from_before() =>
        Assert.Null(Pipeline.ClaimOf("Russian troops deported the children from Kherson. They took buses from the depot.", "took"));
}
