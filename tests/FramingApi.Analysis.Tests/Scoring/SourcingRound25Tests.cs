using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Sourcing and topics round 25 (srctop25): being "in the dock" as accountability (docs/ANALYSIS.md, "Topics",
/// round 25). No anonymous-sourcing rule changed this round.</summary>
public class SourcingRound25Tests
{
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
}
