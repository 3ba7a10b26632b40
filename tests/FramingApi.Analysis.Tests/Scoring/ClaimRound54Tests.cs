using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 54 (humobj54; docs/ANALYSIS.md, "Round 54"), sentences of our own: attacks on protected
/// humanitarian and medical persons and objects (Rome Statute art. 8(2)(b)(iii), (ix), (xxiv); GC IV arts. 18–20; AP I
/// arts. 12, 15, 21, 71) are read only as acts of physical force. Each positive is no claim on main (the cues are new);
/// the negatives are gates51's ordinary sentences, in which <i>attacked, targeted, hit, shot down</i> are criticism,
/// scrutiny, a collision or a vote.</summary>
public class ClaimRound54Tests
{
    /// <summary>The rules' claim mentions (no trained detector), with their text.</summary>
    static List<(string Span, ClaimDetail Claim)> RuleClaims(string text)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone);
        return [.. analysis.Claims().Select(e => (analyzed.Span(e), e.Claim!))];
    }

    // A verb physical in itself, or a weapon or military means in the clause, with a protected humanitarian or medical
    // object: an attack on civilians, its actor by the usual frames.
    [Theory]
    [InlineData("Russian troops shelled an aid convoy near the front line.", "shelled")]
    [InlineData("Russian soldiers fired on aid workers at the crossing.", "fired on")]
    [InlineData("Russian soldiers struck two ambulances with a drone near Kherson.", "struck")]
    [InlineData("Russian aircraft attacked a marked U.N. convoy on a notified route.", "attacked")]
    [InlineData("Russian forces targeted rescuers who arrived after the first blast.", "targeted")]
    public void Physical_force_against_a_protected_humanitarian_object_is_a_claim(string text, string mention)
    {
        var claim = RuleClaims(text).Where(c => c.Span == mention).Select(c => c.Claim).FirstOrDefault();
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // A trigger whose own words name a weapon is force ("drone attacks on"); a bare "attacks on" is not.
    [Fact]
    public void A_trigger_that_names_its_weapon_is_force() =>
        Assert.Contains(RuleClaims("Russian drone attacks on ambulances continued all week."), c => c.Span == "drone attacks on");

    // A verb of pursuit is an attack with a weapon near it, whatever its cue; without one it is policing or business.
    [Theory]
    [InlineData("Russian soldiers hunted aid workers along the river with drones.", "hunted")]
    [InlineData("Russian troops were picking off civilians on the bridge with drones.", "picking off")]
    public void Pursuit_with_a_weapon_is_an_attack(string text, string mention) =>
        Assert.Equal("russia", RuleClaims(text).Where(c => c.Span == mention).Select(c => c.Claim.Actor).FirstOrDefault());

    [Theory]
    [InlineData("Russian police hunted the residents who had fled the raid.")]
    [InlineData("Russian investors picked off the struggling clinics one by one.")]
    public void Pursuit_without_a_weapon_is_no_attack(string text) =>
        Assert.Empty(RuleClaims(text));

    // The non-war check (docs/VALIDITY.md, "Claims round 54"): attacked, targeted, hit, struck without a weapon are
    // criticism, scrutiny, fines, a collision or a deal; "shot down" a vote.
    [Theory]
    [InlineData("Moscow's mayor attacked medical staff at the city's clinics for their long waiting times.")]
    [InlineData("Ukrainian MPs attacked the Red Cross for its silence on prisoner exchanges.")]
    [InlineData("Russian tax inspectors targeted health care firms in a crackdown on fraud.")]
    [InlineData("American insurers attacked ambulance billing practices in a report on Monday.")]
    [InlineData("US senators attacked the UN convoy budget during a hearing.")]
    [InlineData("American regulators targeted evacuation bus operators over safety violations.")]
    [InlineData("American lawmakers shot down the aid bill for relief workers in the Senate.")]
    [InlineData("US drug makers hit health care facilities with price rises.")]
    [InlineData("The Kremlin targeted foreign aid workers with new registration rules.")]
    [InlineData("Israeli investors struck a deal with the ambulance company on Friday.")]
    public void Attacked_or_targeted_alone_is_no_attack_on_a_protected_object(string text) =>
        Assert.Empty(RuleClaims(text));
}
