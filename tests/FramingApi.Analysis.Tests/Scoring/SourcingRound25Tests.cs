using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 25 (srctop25), as mended in round 26 (srctop26): being "in the dock" near a court
/// as accountability, keeping the evidence away from the court as the Pentagon's resistance, and "war crimes" as the
/// accountability trigger "crimes" it hides (docs/ANALYSIS.md, "Topics", round 25); and for anonymous sourcing,
/// "speaking privately" of an unidentified subject and "privately acknowledge" (docs/ANALYSIS.md, "Attribution",
/// round 25). Every negative case of round 26 fails on main 96d90fb.</summary>
public class SourcingRound25Tests
{
    static bool UsesAnonymousSources(string text) =>
        Pipeline.Run(text).Analysis.Evidence.Any(e => e.Voice == Voice.Outlet
            && (e.Category == "anonymous_source" || e.Attribution?.Kind == AttributionKind.Anonymous));

    static AttributionKind? KindOf(string text, string verb) =>
        Pipeline.Run(text).Analysis.Evidence.FirstOrDefault(e => e.Attribution is not null && e.Term == verb)?.Attribution?.Kind;

    static bool HasReportingPhrase(string text) =>
        Pipeline.Run(text).Analysis.Evidence.Any(e => e.Attribution is not null);

    // "In the dock" is the accused's place at a trial — with a court, its judges or prosecutors in the sentence, as
    // any accountability trigger needs: ships in the dock are not.
    [Theory]
    [InlineData("The International Criminal Court already wants Putin in the dock for snatching Ukrainian children.", true)]
    [InlineData("Prosecutors hope to bring the commanders into the dock.", true)]
    [InlineData("Grain ships waited in the dock at Odesa.", false)]
    [InlineData("The damaged frigate was towed into the dock at Sevastopol.", false)]
    [InlineData("Satellite images showed two Russian warships in the dock at Sevastopol.", false)]
    public void Round_25_in_the_dock_needs_a_court(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "accountability"));

    // The longer entry keeps the icc_scrutiny_of_us trigger it covers: American soldiers in the dock are still the
    // court's reach over US personnel.
    [Theory]
    [InlineData("They fear it could one day put American soldiers in the dock.", true)]
    [InlineData("Critics warn it could be used to drag our troops into the dock.", true)]
    [InlineData("Ukraine has now named three men it wants in the dock.", false)]
    public void Round_25_in_the_dock_keeps_the_courts_reach_over_american_soldiers(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "icc_scrutiny_of_us"));

    // The README's "withhold": keeping the evidence away from the court. Sitting on or hoarding something is no
    // resistance, even near a Pentagon cue (the phrases with the withheld material as object gained one article on one
    // open set and were taken out at the merge): Russia's shells, a seat on a council, a building on a river bank, a
    // seat on a panel; nor is the crowd a block away from the court.
    [Theory]
    [InlineData("The Pentagon has been fighting inside the administration to keep those tracks away from The Hague.", true)]
    [InlineData("The paper has a scoop on the Pentagon's efforts to keep its radar tracks of the missiles away from the International Criminal Court.", true)]
    [InlineData("The Pentagon said Russia is hoarding artillery shells.", false)]
    [InlineData("Pentagon officials believe Moscow is sitting on a stockpile of Iranian drones.", false)]
    [InlineData("Defense Secretary Austin, who sits on the National Security Council, spoke first.", false)]
    [InlineData("The Pentagon building sits on the bank of the Potomac.", false)]
    [InlineData("Pentagon officials sat on the panel.", false)]
    [InlineData("Pentagon officials watched as the crowd gathered a block away from the court.", false)]
    public void Round_25_withholding_is_keeping_the_evidence_away_from_the_court(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "pentagon_resistance"));

    // The longer entries keep the cues they cover: "keep the evidence away from the International Criminal Court" still
    // names the court for accountability.
    [Fact]
    public void Round_25_away_from_the_court_keeps_the_court_as_a_cue() =>
        Assert.True(Pipeline.Covered("Officials argued for keeping evidence of the killings away from the International Criminal Court.", "accountability"));

    // "crimes" is an accountability trigger, but the longer entry "war crimes" (a bucha trigger) hid it: investigators,
    // prosecutors or a court near "war crimes" were no accountability while "crimes" alone was.
    [Theory]
    [InlineData("In Ukraine, UN investigators have accused Russian forces of war crimes including torture.", true)]
    [InlineData("Now a top war crimes prosecutor from The Hague has visited the village.", true)]
    [InlineData("Ukraine's prosecutors say the crimes were committed by one unit.", true)] // as before
    [InlineData("War crimes are serious violations of the laws of war committed during an armed conflict.", false)] // no cue
    public void Round_25_war_crimes_keeps_the_accountability_trigger_inside_it(string text, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, "accountability"));

    // "Speaking privately" of an unidentified subject is an unnamed source even with no reporting verb; a name, a
    // pronoun or an office with "the" before it stays as it was (round 13), and "speaking / spoke privately with / to"
    // someone is a meeting.
    [Theory]
    [InlineData("The Ukrainian officials who run those exchanges know this. Some of them, speaking privately, are less enthusiastic about the current publicity than their ministers.", true)]
    [InlineData("Diplomats in The Hague, speaking privately, say the court is uneasy.", true)] // as before
    [InlineData("Two senior officials, speaking privately, were less optimistic about the talks.", true)]
    [InlineData("Several diplomats spoke privately of their doubts about the court.", true)]
    [InlineData("The Ukrainian officials who run those exchanges know this. Some of them are less enthusiastic about the current publicity than their ministers.", false)]
    [InlineData("President Zelensky, speaking privately with reporters, said the offensive would continue.", false)]
    [InlineData("Defense Secretary Lloyd Austin, speaking privately to senators, said the evidence would be shared.", false)]
    [InlineData("Speaking privately with families of the victims, Zelensky promised justice.", false)]
    [InlineData("The ministry, speaking privately, said the talks had stalled.", false)]
    [InlineData("They, speaking privately, said the talks had stalled.", false)]
    [InlineData("Biden spoke privately with Zelensky for an hour.", false)]
    [InlineData("Macron spoke privately to Putin.", false)]
    [InlineData("The two leaders spoke privately on the sidelines.", false)]
    public void Round_25_speaking_privately_of_an_unidentified_subject(string text, bool anonymous) =>
        Assert.Equal(anonymous, UsesAnonymousSources(text));

    // Named, pronoun and "the" subjects keep round 13's kinds.
    [Theory]
    [InlineData("President Zelensky, speaking privately with reporters, said the offensive would continue.", AttributionKind.Named)]
    [InlineData("The ministry, speaking privately, said the talks had stalled.", AttributionKind.Unresolved)]
    [InlineData("They, speaking privately, said the talks had stalled.", AttributionKind.Unresolved)]
    public void Round_25_speaking_privately_keeps_an_identified_subject(string text, AttributionKind kind) =>
        Assert.Equal(kind, KindOf(text, "said"));

    // "privately acknowledge" reports what the unidentified officials conceded (round 13's "privately"); the base form
    // "acknowledge" after "to" or a modal reports nothing.
    [Theory]
    [InlineData("Its Moscow correspondent reported that Russian museum officials \"privately acknowledge\" that the objects are in Crimea.", true)]
    [InlineData("Museum officials privately acknowledge that the objects are in Crimea.", true)]
    [InlineData("Museum officials publicly acknowledge that the objects are in Crimea.", false)]
    public void Round_25_privately_acknowledge_is_an_unnamed_source(string text, bool anonymous) =>
        Assert.Equal(anonymous, UsesAnonymousSources(text));

    [Theory]
    [InlineData("We must acknowledge the suffering of the families.")]
    [InlineData("Russia refuses to acknowledge the court's jurisdiction.")]
    public void Round_25_acknowledge_after_to_or_a_modal_reports_nothing(string text) =>
        Assert.False(HasReportingPhrase(text));
}
