using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 25 (srctop25): being "in the dock" as accountability, and the idioms of withholding
/// ("sitting on", "hoarding", "keep … away from the court") as the Pentagon's resistance, and "war crimes" as the
/// accountability trigger "crimes" it hides (docs/ANALYSIS.md, "Topics", round 25); and for anonymous sourcing, "speaking
/// privately" as an anonymity formula and "acknowledge" as a reporting verb (docs/ANALYSIS.md, "Anonymous sourcing",
/// round 25).</summary>
public class SourcingRound25Tests
{
    static bool UsesAnonymousSources(string text) =>
        Pipeline.Run(text).Analysis.Evidence.Any(e => e.Voice == Voice.Outlet
            && (e.Category == "anonymous_source" || e.Attribution?.Kind == AttributionKind.Anonymous));

    static bool Covered(string text, string topic) =>
        SeedScoringTests.Score(Pipeline.Run(text).Analysis, "topics", topic, VoiceScope.Article).Covered;

    // "In the dock" is the accused's place at a trial: someone put, wanted or standing there is being tried — the
    // README's "trials" — as "on trial" and "stand trial" already count.
    [Theory]
    [InlineData("But don't hold your breath for the drone butchers to end up in the dock.", true)]
    [InlineData("Ukraine has now named three men it wants in the dock, including a colonel.", true)]
    [InlineData("The court already wants Putin in the dock for snatching Ukrainian children.", true)]
    [InlineData("It is hard to bring suspects into the dock.", true)]
    [InlineData("The ship lay at the dock for a week while the crew went ashore.", false)]
    [InlineData("They walked down to the dock and watched the boats.", false)]
    public void Round_25_in_the_dock_is_accountability(string text, bool covered) =>
        Assert.Equal(covered, Covered(text, "accountability"));

    // The longer entry keeps the icc_scrutiny_of_us trigger it covers: American soldiers in the dock are still the
    // court's reach over US personnel.
    [Theory]
    [InlineData("They fear it could one day put American soldiers in the dock.", true)]
    [InlineData("Critics warn it could be used to drag our troops into the dock.", true)]
    [InlineData("Ukraine has now named three men it wants in the dock.", false)]
    public void Round_25_in_the_dock_keeps_the_courts_reach_over_american_soldiers(string text, bool covered) =>
        Assert.Equal(covered, Covered(text, "icc_scrutiny_of_us"));

    // The README's "withhold": the Pentagon sitting on, hoarding, or keeping the evidence away from the court. Like every
    // trigger they need a Pentagon cue near them: a senator who sits on a committee, Russia that sits on a council, or
    // someone else keeping things away from the court are no resistance.
    [Theory]
    [InlineData("Meanwhile in Washington, top brass at the Pentagon are sitting on their own spy satellite pictures of the raid.", true)]
    [InlineData("The Pentagon has been fighting inside the administration to keep those tracks away from The Hague.", true)]
    [InlineData("The paper has a scoop on the Pentagon's efforts to keep its radar tracks away from the International Criminal Court.", true)]
    [InlineData("The Pentagon is hoarding top-secret satellite photos of the convoy.", true)]
    [InlineData("Senator Ellison, who sits on the Armed Services Committee, led the letter.", false)]
    [InlineData("Russia, which sits on the council, has called the report a staged provocation.", false)]
    [InlineData("Congress wrote a law back in 2002 to keep the ICC away from American service members.", false)]
    public void Round_25_withholding_is_the_pentagons_resistance(string text, bool covered) =>
        Assert.Equal(covered, Covered(text, "pentagon_resistance"));

    // The longer entries keep the cues and triggers they cover: "keep the evidence away from the International Criminal
    // Court" still names the court for accountability.
    [Fact]
    public void Round_25_away_from_the_court_keeps_the_court_as_a_cue() =>
        Assert.True(Covered("Officials argued for keeping evidence of war crimes away from the International Criminal Court.", "accountability"));

    // "crimes" is an accountability trigger, but the longer entry "war crimes" (a bucha trigger) hid it: investigators,
    // prosecutors or a court near "war crimes" were no accountability while "crimes" alone was.
    [Theory]
    [InlineData("In Ukraine, UN investigators have accused Russian forces of war crimes including torture.", true)]
    [InlineData("Now a top war crimes prosecutor from The Hague has visited the village.", true)]
    [InlineData("Ukraine's prosecutors say the crimes were committed by one unit.", true)] // as before
    [InlineData("War crimes are serious violations of the laws of war committed during an armed conflict.", false)] // no cue
    public void Round_25_war_crimes_keeps_the_accountability_trigger_inside_it(string text, bool covered) =>
        Assert.Equal(covered, Covered(text, "accountability"));

    // "Speaking privately" says the speakers asked not to be quoted, like "speaking anonymously" and "spoke off the
    // record": a formula for the whole sentence, even with no reporting verb in it.
    [Theory]
    [InlineData("The Ukrainian officials who run those exchanges know this. Some of them, speaking privately, are less enthusiastic about the current publicity than their ministers.", true)]
    [InlineData("Diplomats in The Hague, speaking privately, say the court is uneasy.", true)] // as before
    [InlineData("The Ukrainian officials who run those exchanges know this. Some of them are less enthusiastic about the current publicity than their ministers.", false)]
    [InlineData("The minister, speaking publicly for the first time, said the court was uneasy.", false)]
    public void Round_25_speaking_privately_is_an_anonymity_formula(string text, bool anonymous) =>
        Assert.Equal(anonymous, UsesAnonymousSources(text));

    // "acknowledge" and "acknowledging" complete the reporting verb's forms ("acknowledged", "acknowledges" were there),
    // so the round-13 rule reads "privately" before it: unidentified officials who privately acknowledge something are
    // unnamed sources; a named or defined subject stays what it was.
    [Theory]
    [InlineData("Its Moscow correspondent reported that Russian museum officials \"privately acknowledge\" that the objects are in Crimea.", true)]
    [InlineData("Museum officials privately acknowledge that the objects are in Crimea.", true)]
    [InlineData("The evidence here is thinner, as the authors acknowledge.", false)]
    [InlineData("Museum officials publicly acknowledge that the objects are in Crimea.", false)]
    public void Round_25_acknowledge_is_a_reporting_verb(string text, bool anonymous) =>
        Assert.Equal(anonymous, UsesAnonymousSources(text));
}
