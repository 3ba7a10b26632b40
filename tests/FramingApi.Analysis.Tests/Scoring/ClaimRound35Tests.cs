using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 35 (claims30), sentences of our own: attacks on the persons and objects international humanitarian
/// law protects as such — relief personnel and consignments and medical personnel and transports (Rome Statute art.
/// 8(2)(b)(iii), (xxiv)), objects indispensable to survival and the routes civilians flee by — are claims with the
/// trigger-and-cue machinery of attacks on civilians (claims.json cues); one relief or medical object named as such is
/// protected too, and an attack on relief or medical personnel or objects is a <c>war_crimes</c> claim (claims.json
/// <c>protected_object_nouns</c>, read by ClaimFramingScorer.IsSingleObject and ProtectedObjectTarget). A neutral event
/// — a bomb with no author hit the convoy, aid workers were killed, a military convoy was struck — stays no claim.</summary>
public class ClaimRound35Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    static FramingAnalyzer With(LexiconDefinition claims) =>
        new([claims, .. new[] { "sourcing", "loaded", "topics" }.Select(Pipeline.Load)]);

    static LexiconDefinition Claims => Pipeline.Load("claims");

    static LexiconDefinition WithoutProtectedObjects =>
        Claims with { RuleWords = Claims.RuleWords!.Where(kv => kv.Key != RuleWordLists.ProtectedObjectNouns).ToDictionary() };

    static ClaimDetail? ClaimOf(string text, string mention, FramingAnalyzer analyzer)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
        return analysis.Claims().FirstOrDefault(e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim;
    }

    // An attack on relief or medical personnel or objects by a named force: a war crime of its own.
    [Theory]
    [InlineData("Russian jets bombed a clearly marked aid convoy outside the town on Tuesday.", "bombed", "russia")]
    [InlineData("Russian troops struck an ambulance near the front line, the regional governor said.", "struck", "russia")]
    [InlineData("Investigators say Russian forces deliberately targeted aid workers in the south.", "targeted", "russia")]
    [InlineData("Ukrainian officials said Russian troops fired on paramedics treating the wounded.", "fired on", "russia")]
    [InlineData("The report accuses Israeli forces of attacking humanitarian personnel in Gaza.", "attacking", "israel")]
    public void An_attack_on_relief_or_medical_personnel_or_objects_is_a_war_crimes_claim(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // The noun "attacks on" aid workers is a claim with no author, like "attacks on civilians".
    [Fact]
    public void Attacks_on_aid_workers_are_a_claim_without_an_author()
    {
        var claim = Claim("Aid groups say attacks on aid workers have reached record levels worldwide.", "attacks on");
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }

    // Objects indispensable to survival and the routes civilians flee by: attacks on civilians.
    [Theory]
    [InlineData("Russian artillery shelled the bread lines in the occupied town twice in one week.", "shelled", "russia")]
    [InlineData("Moscow says Ukrainian forces keep shelling evacuation routes out of the city.", "shelling", "ukraine")]
    [InlineData("Residents said Russian forces targeted drinking water in the besieged district.", "targeted", "russia")]
    public void An_attack_on_what_civilians_need_to_survive_or_flee_is_an_attack_on_civilians(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("attacks_on_civilians", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // Events: no author, a neutral passive, a casualty count, a military convoy.
    [Theory]
    [InlineData("A glide bomb hit the aid convoy about twenty minutes after noon.", "hit")]
    [InlineData("Five aid workers were killed in the strike, the agency said.", "killed")]
    [InlineData("An ambulance was struck near Kherson on Monday night.", "struck")]
    [InlineData("Ukrainian drones struck a Russian military convoy near Tokmak.", "struck")]
    public void A_neutral_report_of_the_event_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // The list decides: without protected_object_nouns one ambulance named as such is an event (as one building is),
    // and a bombed aid convoy an attack on civilians.
    [Fact]
    public void A_claims_lexicon_without_protected_object_nouns_has_no_such_rule()
    {
        const string ambulance = "Russian troops struck an ambulance near the front line, the regional governor said.";
        Assert.NotNull(ClaimOf(ambulance, "struck", With(Claims)));
        Assert.Null(ClaimOf(ambulance, "struck", With(WithoutProtectedObjects)));
        const string convoy = "Russian jets bombed a clearly marked aid convoy outside the town on Tuesday.";
        Assert.Equal("war_crimes", ClaimOf(convoy, "bombed", With(Claims))!.Target);
        Assert.Equal("attacks_on_civilians", ClaimOf(convoy, "bombed", With(WithoutProtectedObjects))!.Target);
    }

    // Verbs of pursuit are acts (claims.json): with an agent and a protected person or object, a claim.
    [Theory]
    [InlineData("UN investigators say Russian troops hunted aid workers along the river.", "hunted", "war_crimes")]
    [InlineData("Witnesses said Russian soldiers went after the rescuers who came to help.", "went after", "war_crimes")]
    [InlineData("The report says Russian troops were picking off civilians on the bridge.", "picking off", "attacks_on_civilians")]
    public void Hunting_down_protected_persons_is_a_claim(string text, string mention, string target)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(target, claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // Without an agent, or without a protected person, pursuit is no claim.
    [Theory]
    [InlineData("Two aid workers were hunted by a drone near Kherson on Sunday.", "hunted")]
    [InlineData("Russian tax inspectors went after the oligarch's companies last year.", "went after")]
    public void Pursuit_without_an_agent_or_a_protected_person_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // Limits, as measured: a weapon with a demonym is no agent of an act ("Russian drones struck an ambulance"), and a
    // participle between an act and its object blocks the pair ("struck a marked aid convoy"); a trigger reads both.
    [Theory]
    [InlineData("Russian drones struck an ambulance near the front line.", "struck")]
    [InlineData("Russian troops struck a marked aid convoy.", "struck")]
    public void Limits_a_weapon_as_agent_and_a_participle_before_the_object(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // One hospital named as such stays an event, as before this round (docs/ANALYSIS.md: a strike on one named
    // building); hospitals are not in the list.
    [Fact]
    public void One_named_hospital_struck_stays_an_event() =>
        Assert.Null(Claim("A Russian missile struck a children's hospital in Kharkiv on Monday.", "struck"));
}
