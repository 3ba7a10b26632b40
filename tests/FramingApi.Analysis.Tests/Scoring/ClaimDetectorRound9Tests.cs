using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector9 (docs/VALIDITY.md, "The claim detector, round 9"): the model file's <c>relabelThreshold</c> lets the
/// claim-sentence detector relabel, in a sentence it counts and rates at least that, the rules' outlet-voice claim
/// mentions of another actor (or of none) as claims against russia, framed as the rules framed them; without it a
/// sentence with any rules mention is the rules' (as before). And the variants measured and not shipped: a veto of the
/// rules' mentions in low-scoring sentences, a mention beside another actor's. The shipped file has it at 0.9: held
/// out over twenty-two sets, 512 → 524 of 682 russia articles at seed 11 (+8 to +12 on four seeds). detector9b: the
/// file's <c>"relabelGate": "roles"</c> keeps the rules' actor where the mention's clause names it in a role that can
/// act, or names russia only as an accuser or a victim (held out 524 → 527, nested 521 → 524).
/// </summary>
public class ClaimDetectorRound9Tests
{
    // The rules find a claim against russia in the outlet's voice in the first sentence; in the second they give the
    // shelling and the killing to ukraine (the subject), and "ribs" is the word the test model weighs.
    const string Claimed = "Russian troops committed war crimes in Bucha, the report says. ";
    const string OtherActor = "Ukrainian forces shelled the village, killing civilians, and prisoners came back with broken ribs.";

    static ClaimSentenceModel Model(double? relabel, double ribs = 5, double bias = 0, bool gate = false) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": 0.9,{{(relabel is { } r ? $" \"relabelThreshold\": {r.ToString(CultureInfo.InvariantCulture)}," : "")}}{{(gate ? " \"relabelGate\": \"roles\"," : "")}} "bias": {{bias.ToString(CultureInfo.InvariantCulture)}},
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", "ribs")}},{{ribs.ToString(CultureInfo.InvariantCulture)}}]]}
            """);

    static List<Evidence> Claims(ClaimSentenceModel? model, string body)
    {
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is not null)];
    }

    static bool Ukrainian(Evidence e) => e.Claim is { Actor: "ukraine" } && e.Voice == Voice.Outlet;

    [Fact]
    public void The_shipped_model_relabels_at_0_9()
    {
        // Written by learn --threshold 0.7 --features wordsandroles --claimed-threshold 0.9 --relabel-others 0.9
        // --write-model seeds/models/claim-sentences.json at every merge: this guards that the option survives it.
        var model = Pipeline.ShippedModel;
        Assert.NotNull(model);
        Assert.Equal(0.9, model.RelabelOthersThreshold);
        Assert.Equal(ClaimSentenceModel.RolesGate, model.RelabelGate); // --relabel-gate roles (detector9b)
        Assert.Equal(0.9, model.ClaimedThreshold);
        Assert.Null(model.VetoThreshold);
    }

    // What detector9's file (the shipped weights without the roles gate) does to sentences other rounds' tests give the
    // rules' actor for (those tests now read the rules alone). Some relabels are right (the drones, the lorries, the
    // torture: russia's acts the rules left without an actor; the deportation below no longer crosses the bar), and
    // two are wrong — Russia as the accuser of "Russia's claims of genocide", Russian soldiers as the victims of "the
    // killings of Russian soldiers": the model scores the sentence, not the actor's role in it. The shipped file's roles
    // gate (detector9b) keeps those two (below).
    [Theory]
    [InlineData("Ukraine rejected Russia's claims of genocide.", "genocide", "ukraine")]
    [InlineData("Investigators recorded the killings of Russian soldiers near the river.", "killings", null)]
    [InlineData("Russian drones dropped grenades filled with chloropicrin on the trenches.", "chloropicrin", "unknown")]
    [InlineData("Tots were bundled onto Russian army lorries at dawn.", "bundled", "unknown")]
    [InlineData("Russian troops withdrew in March and investigators documented torture in the school.", "torture", "unknown")]
    public void The_ungated_file_relabels_these_rules_actors_as_russia(string text, string mention, string? rulesActor)
    {
        var rules = Assert.Single(Claims(null, text), e => Overlaps(text, e, mention));
        if (rulesActor is not null) Assert.Equal(rulesActor, rules.Claim!.Actor);
        Assert.NotEqual("russia", rules.Claim!.Actor);
        var shipped = Assert.Single(Claims(Ungated(), text), e => Overlaps(text, e, mention));
        Assert.Equal(("russia", true, rules.Claim.Framing), (shipped.Claim!.Actor, shipped.Claim.Detector, shipped.Claim.Framing));
    }

    [Fact]
    public void Keep_named_actor_measured_keeps_the_rules_actor_named_in_the_mentions_clause()
    {
        const string text = "Ukraine rejected Russia's claims of genocide.";
        var model = Pipeline.ShippedModel!;
        var kept = Claims(model.With(DetectorVariant.Ship2 | DetectorVariant.RelabelAny | DetectorVariant.KeepNamedActor), text);
        Assert.Equal("ukraine", Assert.Single(kept, e => Overlaps(text, e, "genocide")).Claim!.Actor);
        Assert.Equal("russia", Assert.Single(Claims(Ungated(), text), e => Overlaps(text, e, "genocide")).Claim!.Actor);
    }

    // Trained on dev … dev23 the file relabelled the deportation below as russia's (its actor the next sentence's
    // "Ukrainian troops" for the rules); trained on dev … dev24 the sentence scores below the bar, gated or not, and the
    // rules' actor stands. Which sentences cross 0.9 moves with the training sets; the gate's behaviour above does not.
    [Fact]
    public void A_sentence_below_the_bar_keeps_the_rules_actor_gated_or_not()
    {
        const string text = "The lab documented the deportation of children in detail. Moscow says Ukrainian troops shelled residential areas of Donetsk.";
        var rules = Assert.Single(Claims(null, text), e => Overlaps(text, e, "deportation of children"));
        Assert.Equal("ukraine", rules.Claim!.Actor);
        Assert.Equal(rules, Assert.Single(Claims(Ungated(), text), e => Overlaps(text, e, "deportation of children")));
        Assert.Equal(rules, Assert.Single(Claims(Gated(), text), e => Overlaps(text, e, "deportation of children")));
    }

    /// <summary>The shipped weights without <c>"relabelGate"</c>: detector9's relabelling by the score alone.</summary>
    static ClaimSentenceModel Ungated()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "models", "claim-sentences.json"));
        var model = ClaimSentenceModel.Parse(json.Replace("\"relabelGate\": \"roles\",", "", StringComparison.Ordinal));
        Assert.Null(model.RelabelGate);
        return model;
    }

    /// <summary>The shipped weights with <c>"relabelGate": "roles"</c> (detector9b): the shipped file.</summary>
    static ClaimSentenceModel Gated()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "models", "claim-sentences.json"));
        if (!json.Contains("\"relabelGate\"", StringComparison.Ordinal))
            json = json.Replace("\"relabelThreshold\": 0.9,", "\"relabelThreshold\": 0.9, \"relabelGate\": \"roles\",", StringComparison.Ordinal);
        var model = ClaimSentenceModel.Parse(json);
        Assert.Equal(ClaimSentenceModel.RolesGate, model.RelabelGate);
        return model;
    }

    // detector9b: the roles gate keeps the rules' actor where russia is the accuser or the victims' side, or the rules'
    // actor is named in the mention's clause …
    [Theory]
    [InlineData("Ukraine rejected Russia's claims of genocide.", "genocide")]
    [InlineData("Investigators recorded the killings of Russian soldiers near the river.", "killings")]
    public void The_roles_gate_keeps_the_rules_actor_where_russia_accuses_or_suffers(string text, string mention)
    {
        var rules = Assert.Single(Claims(null, text), e => Overlaps(text, e, mention));
        Assert.NotEqual("russia", rules.Claim!.Actor);
        Assert.Equal(rules, Assert.Single(Claims(Gated(), text), e => Overlaps(text, e, mention)));
    }

    // … and still relabels where russia is the agent, or not named at all.
    [Theory]
    [InlineData("Russian drones dropped grenades filled with chloropicrin on the trenches.", "chloropicrin")]
    [InlineData("Tots were bundled onto Russian army lorries at dawn.", "bundled")]
    [InlineData("Russian troops withdrew in March and investigators documented torture in the school.", "torture")]
    public void The_roles_gate_still_relabels_where_russia_acts(string text, string mention)
    {
        var rules = Assert.Single(Claims(null, text), e => Overlaps(text, e, mention));
        var gated = Assert.Single(Claims(Gated(), text), e => Overlaps(text, e, mention));
        Assert.Equal(("russia", true, rules.Claim!.Framing), (gated.Claim!.Actor, gated.Claim.Detector, gated.Claim.Framing));
    }

    // With the test model ("ribs" weighs 5: 0.993): the same sentence relabelled without the gate, kept with it, when
    // russia is named only as the accuser (the subject of an accusation word, the owner of a noun of claiming) or as the
    // victims' side (the complement of an act noun).
    [Theory]
    [InlineData("Moscow accused Kyiv of torture, and prisoners came back with broken ribs.")]
    [InlineData("Russia's allegations of torture grew after prisoners came back with broken ribs.")]
    [InlineData("Investigators recorded the killings of Russian soldiers, and prisoners came back with broken ribs.")]
    public void The_roles_gate_reads_russia_as_accuser_or_victim(string body)
    {
        var rules = Claims(null, body);
        Assert.Contains(rules, e => e.Voice == Voice.Outlet && e.Claim is { } c && c.Actor != "russia");
        Assert.DoesNotContain(rules, e => e.Voice == Voice.Outlet && e.Claim is { Actor: "russia" });
        var ungated = Claims(Model(0.9), body);
        Assert.Contains(ungated, e => e.Voice == Voice.Outlet && e.Claim is { Actor: "russia", Detector: true });
        Assert.Equal(rules, Claims(Model(0.9, gate: true), body));
    }

    [Fact]
    public void The_roles_gate_relabels_where_russia_is_the_agent()
    {
        const string body = "Investigators say Russian forces beat prisoners, who came back with broken ribs.";
        var gated = Claims(Model(0.9, gate: true), body);
        Assert.Contains(gated, e => e.Voice == Voice.Outlet && e.Claim is { Actor: "russia" });
        Assert.DoesNotContain(gated, e => e.Voice == Voice.Outlet && e.Claim is { } c && c.Actor != "russia");
    }

    [Theory]
    [InlineData("\"relabelThreshold\": 0.9, \"relabelGate\": \"score\",")]
    [InlineData("\"relabelGate\": \"roles\",")]
    public void A_relabelGate_other_than_roles_or_without_relabelThreshold_is_refused(string option) =>
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse(
            $$"""{"name": "x", "version": 1, "bits": 18, "threshold": 0.9, {{option}} "bias": 0, "weights": []}"""));

    static bool Overlaps(string text, Evidence e, string mention) =>
        text.IndexOf(mention, StringComparison.Ordinal) is var at && at >= 0 && e.Start < at + mention.Length && at < e.End;

    [Fact]
    public void Without_relabelThreshold_a_sentence_with_another_actors_mention_is_the_rules()
    {
        var rules = Claims(null, Claimed + OtherActor);
        Assert.Equal(2, rules.Count(Ukrainian));
        Assert.Null(Model(null).RelabelOthersThreshold);
        Assert.Equal(rules, Claims(Model(null), Claimed + OtherActor)); // ribs weighs 5 (0.993): still nothing
    }

    [Fact]
    public void With_relabelThreshold_the_other_actors_mentions_of_a_counted_sentence_become_russias()
    {
        var rules = Claims(null, Claimed + OtherActor);
        var model = Claims(Model(0.9), Claimed + OtherActor);
        Assert.Equal(rules.Count, model.Count); // relabelled, nothing added
        Assert.DoesNotContain(model, Ukrainian);
        foreach (var (before, after) in rules.Zip(model))
        {
            Assert.Equal((before.Start, before.End, before.Claim!.Framing), (after.Start, after.End, after.Claim!.Framing));
            if (Ukrainian(before)) Assert.Equal(("russia", true), (after.Claim.Actor, after.Claim.Detector));
            else Assert.Equal(before, after);
        }
    }

    [Fact]
    public void Under_the_relabel_bar_the_rules_mentions_stand_and_nothing_is_added()
    {
        // ribs weighs 5: 0.993, over the sentence bar (0.9) and under the relabel bar (0.999).
        Assert.Equal(Claims(null, Claimed + OtherActor), Claims(Model(0.999), Claimed + OtherActor));
        // And under the sentence bar (ribs 1: 0.73) nothing is relabelled at all.
        Assert.Equal(Claims(null, Claimed + OtherActor), Claims(Model(0.9, ribs: 1), Claimed + OtherActor));
    }

    [Fact]
    public void A_sentence_with_the_rules_mention_against_russia_gets_no_second_one_when_relabelling()
    {
        // The relabelling variant once treated such a sentence as a candidate beyond the fallback and added a detector
        // mention beside the rules' russia mention.
        const string body = Claimed + "Russian soldiers tortured prisoners, who came back with broken ribs.";
        var rules = Claims(null, body);
        Assert.Contains(rules, e => e.Claim is { Actor: "russia" } && e.Voice == Voice.Outlet && e.Sentence == 1);
        Assert.Equal(rules, Claims(Model(0.9), body));
    }

    [Theory]
    [InlineData("0.8")]
    [InlineData("1")]
    public void A_relabelThreshold_below_the_threshold_or_from_1_is_refused(string value)
    {
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse(
            $$"""{"name": "x", "version": 1, "bits": 18, "threshold": 0.9, "relabelThreshold": {{value}}, "bias": 0, "weights": []}"""));
        Assert.Equal(0.95, ClaimSentenceModel.Parse(
            """{"name": "x", "version": 1, "bits": 18, "threshold": 0.9, "relabelThreshold": 0.95, "bias": 0, "weights": []}""").RelabelOthersThreshold);
    }

    [Fact]
    public void The_veto_measured_drops_the_rules_russia_mentions_of_a_sentence_the_model_scores_under_it()
    {
        // Bias -10: every sentence scores about 0.00005; with a veto at 0.01 the rules' outlet-voice mentions against
        // russia go, the others stay. Not shipped (held out it lost: mixed articles lose the mention that made them mixed).
        var rules = Claims(null, Claimed + OtherActor);
        var vetoed = Claims(Model(null, bias: -10).WithVeto(0.01), Claimed + OtherActor);
        Assert.DoesNotContain(vetoed, e => e.Claim is { Actor: "russia" } && e.Voice == Voice.Outlet);
        Assert.Equal(rules.Where(e => !(e.Claim is { Actor: "russia" } && e.Voice == Voice.Outlet)), vetoed);
        Assert.Null(Model(null).VetoThreshold);
    }

    [Fact]
    public void Beside_measured_adds_a_russia_mention_next_to_another_actors_and_free_span_keeps_off_theirs()
    {
        var rules = Claims(null, Claimed + OtherActor);
        var beside = Claims(Model(null).With(DetectorVariant.Shipped | DetectorVariant.AddBeside), Claimed + OtherActor);
        var added = Assert.Single(beside.Except(rules));
        Assert.Equal(("russia", true), (added.Claim!.Actor, added.Claim.Detector));
        Assert.Equal(2, beside.Count(Ukrainian)); // the rules' mentions stand
        // FreeSpan: never at a span a rules mention holds.
        foreach (var e in Claims(Model(null).With(DetectorVariant.Shipped | DetectorVariant.AddBeside | DetectorVariant.FreeSpan), Claimed + OtherActor).Except(rules))
            Assert.DoesNotContain(rules, r => r.Start < e.End && e.Start < r.End);
    }
}
