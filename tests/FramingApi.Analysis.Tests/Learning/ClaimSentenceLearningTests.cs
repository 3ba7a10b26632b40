using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Analysis.Tests.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Benchmarks.Learning;

namespace FramingApi.Analysis.Tests.Learning;

/// <summary>The pieces of the benchmark's <c>learn</c> command (bench/FramingApi.Benchmarks/Learning, linked here).</summary>
public class ClaimSentenceLearningTests
{
    [Fact]
    public void A_feature_string_always_hashes_to_the_same_slot_within_the_table()
    {
        var slot = ClaimSentenceFeatures.Slot(18, "w:", "tortured");
        Assert.Equal(slot, ClaimSentenceFeatures.Slot(18, "w:", "tortured"));
        Assert.InRange(slot, 0, (1 << 18) - 1);
        Assert.InRange(ClaimSentenceFeatures.Slot(8, "w:", "tortured"), 0, 255);
        // The prefix keeps a word, a stem and a pair apart; the parts of a pair are joined by a space.
        Assert.NotEqual(slot, ClaimSentenceFeatures.Slot(18, "s:", "tortured"));
        Assert.Equal(ClaimSentenceFeatures.Slot(18, "b:", "war crimes"), ClaimSentenceFeatures.Slot(18, "b:", "war", "crimes"));
        Assert.NotEqual(ClaimSentenceFeatures.Slot(18, "b:", "war", "crimes"), ClaimSentenceFeatures.Slot(18, "b:", "crimes", "war"));
    }

    [Fact]
    public void The_feature_hash_is_FNV_1a_over_each_code_unit_low_byte_then_high_byte()
    {
        // The trained model's slots depend on every bit of the hash: the fast path (one multiplication by the prime
        // squared for a character below 256) must give the byte-by-byte FNV-1a, for any character.
        static uint Reference(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ (byte)c) * 16777619u;
                hash = (hash ^ (byte)(c >> 8)) * 16777619u;
            }
            return hash;
        }
        var random = new Random(23);
        char[] alphabet = ['a', 'z', 'A', ' ', ':', '\'', 'é', 'ÿ', 'Ā', '’', '—', 'ж', '\uffff', '\0'];
        for (var n = 0; n < 500; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var word = new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Reference(text), ClaimSentenceFeatures.Hash(2166136261u, text));
            Assert.Equal((int)(Reference("w:" + text) & ((1u << 18) - 1)), ClaimSentenceFeatures.Slot(18, "w:", text));
            // An empty second part adds no space (a pair needs both).
            Assert.Equal((int)(Reference(text.Length == 0 ? "b:" + word : "b:" + word + " " + text) & ((1u << 18) - 1)),
                ClaimSentenceFeatures.Slot(18, "b:", word, text));
        }
    }

    [Theory]
    [InlineData("deportations", "deport")]
    [InlineData("tortured", "tortur")]
    [InlineData("shelling", "shell")]
    [InlineData("atrocities", "atrocity")]
    [InlineData("crimes", "crim")]
    [InlineData("was", "was")]
    [InlineData("red", "red")]
    public void Crude_stems_strip_one_suffix_and_keep_three_letters(string word, string stem)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.Equal(stem, ClaimSentenceFeatures.Stem(word, buffer).ToString());
    }

    [Fact]
    public void A_sentence_has_its_words_pairs_stems_voice_and_the_lexicons_evidence_as_sorted_distinct_slots()
    {
        var (text, analysis) = Pipeline.Run("Russian troops tortured prisoners. The weather was mild.");
        using (text)
        {
            var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var slots = ClaimSentenceFeatures.Of(text, 0, analysis.Evidence.Where(e => e.Sentence == 0), kinds, 18);
            Assert.Equal(slots.Order().Distinct(), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "w:", "tortured"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "b:", "troops", "tortured"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "b:", "^", "russian"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "s:", "tortur"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "v:", "Outlet"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "e:", "claims", "torture"), slots);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "e:", "claim"), slots);
            Assert.DoesNotContain(ClaimSentenceFeatures.Slot(18, "w:", "weather"), slots);
        }
    }

    [Fact]
    public void The_classes_feature_set_names_no_word_but_the_lexicons_classes_their_pairs_a_passive_and_the_place()
    {
        var (text, analysis) = Pipeline.Run("Civilians were targeted by Russian forces, officials said. The weather was mild.");
        using (text)
        {
            var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var evidence = analysis.Evidence.Where(e => e.Sentence == 0).ToList();
            var words = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18);
            Assert.Equal(words, ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Words));
            var classes = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Classes);
            Assert.Equal(classes.Order().Distinct(), classes);
            Assert.DoesNotContain(ClaimSentenceFeatures.Slot(18, "w:", "civilians"), classes);
            Assert.DoesNotContain(ClaimSentenceFeatures.Slot(18, "b:", "were", "targeted"), classes);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "p:", "passive"), classes);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "i:", "0"), classes);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "v:", "Outlet"), classes);
            var claims = evidence.Where(e => kinds[e.Lexicon] == "claims").Select(e => e.Category).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.True(claims.Count >= 2, string.Join(", ", claims));
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "x:", claims[0], claims[1]), classes);
            var both = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.WordsAndClasses);
            Assert.Equal(both, words.Union(classes).Order());
        }
    }

    [Fact]
    public void A_sentences_roles_are_the_claims_lexicons_classes_of_its_matches_by_voice_with_and_without_the_target()
    {
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(
            "Russian guards beat the prisoners in the camp, officials said. The weather was mild. \"They beat us,\" he said.")));
        var roles = Pipeline.RulesAlone.ClaimRoles(text);
        Assert.Equal(text.Sentences.Length, roles.Length);
        Assert.Contains("O:actor:russia", roles[0]);
        Assert.Contains("O:act", roles[0]);           // "beat": an act of torture
        Assert.Contains("O:act:torture", roles[0]);
        Assert.Contains("O:cue", roles[0]);           // "prisoners": a protected-person cue
        Assert.Contains("O:attribution", roles[0]);   // "said"
        Assert.Equal(roles[0].Distinct(), roles[0]);
        Assert.Empty(roles[1]);                      // no claim vocabulary
        Assert.Contains("Q:act", roles[2]);           // the quotation's own voice
        Assert.DoesNotContain("O:act", roles[2]);
    }

    [Fact]
    public void The_roles_feature_sets_add_each_role_and_each_pair_of_roles_and_roles_alone_names_no_word()
    {
        var (text, analysis) = Pipeline.Run("Russian guards beat the prisoners in the camp, officials said. The weather was mild.");
        using (text)
        {
            var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var evidence = analysis.Evidence.Where(e => e.Sentence == 0).ToList();
            var roles = Pipeline.RulesAlone.ClaimRoles(text)[0];
            var words = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Words, roles);
            Assert.Equal(ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18), words); // the words set reads no roles
            var alone = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Roles, roles);
            Assert.Equal(alone.Order().Distinct(), alone);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "r:", "O:act"), alone);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "rr:", "O:act", "O:cue"), alone); // a pair, in ordinal order
            Assert.DoesNotContain(ClaimSentenceFeatures.Slot(18, "rr:", "O:cue", "O:act"), alone);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "e:", "claims", "russia"), alone);
            Assert.DoesNotContain(ClaimSentenceFeatures.Slot(18, "w:", "guards"), alone);
            var both = ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.WordsAndRoles, roles);
            Assert.Equal(both, words.Union(alone).Order());
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(70)] // more roles than the pair hashes' stack buffer holds
    public void The_role_slots_are_the_slots_of_their_feature_strings(int count)
    {
        var (text, analysis) = Pipeline.Run("Russian guards beat the prisoners in the camp, officials said.");
        using (text)
        {
            var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var evidence = analysis.Evidence.Where(e => e.Sentence == 0).ToList();
            // Distinct roles in no particular order, and one repeated (a pair of equal roles is no feature).
            var roles = Enumerable.Range(0, count).Select(i => $"{(char)('C' + i % 3)}:role{(i * 7) % count}").Append("O:role0").ToList();
            var expected = new HashSet<int>(ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Roles, []));
            for (var i = 0; i < roles.Count; i++)
            {
                expected.Add(ClaimSentenceFeatures.Slot(18, "r:", roles[i]));
                for (var j = 0; j < roles.Count; j++)
                    if (string.CompareOrdinal(roles[i], roles[j]) < 0) expected.Add(ClaimSentenceFeatures.Slot(18, "rr:", roles[i], roles[j]));
            }
            Assert.Equal(expected.Order(), ClaimSentenceFeatures.Of(text, 0, evidence, kinds, 18, ClaimFeatureSet.Roles, roles));
        }
    }

    [Theory]
    [InlineData("", ClaimFeatureSet.Words)]
    [InlineData("\"features\": \"classes\", ", ClaimFeatureSet.Classes)]
    [InlineData("\"features\": \"wordsandclasses\", ", ClaimFeatureSet.WordsAndClasses)]
    [InlineData("\"features\": \"roles\", ", ClaimFeatureSet.Roles)]
    [InlineData("\"features\": \"wordsandroles\", ", ClaimFeatureSet.WordsAndRoles)]
    public void A_model_file_names_its_feature_set_and_words_when_it_does_not(string field, ClaimFeatureSet expected)
    {
        var model = ClaimSentenceModel.Parse($$"""{"name": "claim-sentences", "version": 1, {{field}}"bits": 18, "threshold": 0.9, "bias": 0, "weights": []}""");
        Assert.Equal(expected, model.Features);
    }

    [Fact]
    public void A_model_file_with_an_unknown_feature_set_does_not_parse()
    {
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse(
            """{"name": "claim-sentences", "version": 1, "features": "letters", "bits": 18, "threshold": 0.9, "bias": 0, "weights": []}"""));
    }

    [Fact]
    public void The_regression_separates_a_tiny_separable_case_and_is_deterministic_for_a_seed()
    {
        // Slot 1 marks the positives, slot 2 the negatives; slot 3 is noise on both sides.
        Example[] examples =
        [
            new([1], true), new([1, 3], true), new([1], true),
            new([2], false), new([2, 3], false), new([2], false), new([3], false),
        ];
        var settings = new TrainingSettings(Bits: 4, Lambda: 1e-3, LearningRate: 0.5, Epochs: 50, Seed: 7);
        var model = LogisticRegression.Fit(examples, settings);
        foreach (var example in examples)
            Assert.Equal(example.Label, model.Probability(example.Slots) > 0.5);
        Assert.True(model.Weight(1) > 0);
        Assert.True(model.Weight(2) < 0);
        Assert.Equal(0, model.Weight(0)); // never seen: untouched

        var again = LogisticRegression.Fit(examples, settings);
        Assert.Equal(model.Score([1, 3]), again.Score([1, 3]));
    }

    [Fact]
    public void A_stronger_l2_penalty_keeps_the_weights_smaller()
    {
        Example[] examples = [new([1], true), new([1], true), new([2], false), new([2], false)];
        var weak = LogisticRegression.Fit(examples, new TrainingSettings(Bits: 4, Lambda: 0, Epochs: 100));
        var strong = LogisticRegression.Fit(examples, new TrainingSettings(Bits: 4, Lambda: 1, Epochs: 100));
        Assert.True(Math.Abs(strong.Weight(1)) < Math.Abs(weak.Weight(1)));
    }

    [Fact]
    public void Leave_one_set_out_tests_each_set_once_on_a_model_of_all_the_others()
    {
        string[] items = ["dev-1", "dev2-1", "dev-2", "dev3-1", "dev2-2"];
        var folds = LeaveOneSetOut.Split(items, i => i[..i.IndexOf('-')]);
        Assert.Equal(["dev", "dev2", "dev3"], folds.Select(f => f.HeldOut));
        Assert.Equal(["dev-1", "dev-2"], folds[0].Test);
        Assert.Equal(["dev2-1", "dev3-1", "dev2-2"], folds[0].Train);
        foreach (var fold in folds)
        {
            Assert.All(fold.Test, i => Assert.StartsWith(fold.HeldOut + "-", i));
            Assert.DoesNotContain(fold.Train, i => i.StartsWith(fold.HeldOut + "-", StringComparison.Ordinal));
            Assert.Equal(items.Length, fold.Train.Count + fold.Test.Count);
        }
    }
}

/// <summary>The library's detector (ClaimSentenceDetector), driven by hand-made models.</summary>
public class ClaimSentenceDetectorTests
{
    // The first sentence has claim vocabulary (an actor) but no claim target; the second has none at all.
    const string Text = "Russian guards left them with broken ribs. The weather was mild.";

    static ClaimSentenceModel Model(double bias, params (string Feature, double Weight)[] weights) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "bias": {{bias.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
             "weights": [{{string.Join(",", weights.Select(w => $"[{ClaimSentenceFeatures.Slot(18, "w:", w.Feature)},{w.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}]"))}}]}
            """);

    static IReadOnlyList<Evidence> Claims(ClaimSentenceModel? model, string body = Text)
    {
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is not null)];
    }

    [Fact]
    public void Without_a_model_the_analysis_is_the_rules_alone()
    {
        Assert.DoesNotContain(Claims(null), e => e.Claim!.Actor == "russia");
        var model = Model(10);
        // A model no claims lexicon names is not run: a user's lexicon never gets the built-in one's model.
        var unbound = new FramingAnalyzer([Pipeline.Load("claims")], claimModel: model);
        Assert.Null(unbound.ClaimModel);
        var (text, analysis) = Pipeline.Run(new ArticleParts(Text), unbound);
        text.Dispose();
        Assert.DoesNotContain(analysis.Evidence, e => e.Claim is { Actor: "russia" });
        Assert.Same(model, Pipeline.With(model).ClaimModel);
    }

    [Fact]
    public void A_claims_lexicon_that_names_a_model_is_new_content_and_the_name_survives_its_json()
    {
        var model = Model(0, ("ribs", 5));
        Assert.StartsWith("claim-sentences/1 sha256:", model.Id, StringComparison.Ordinal);
        var claims = Pipeline.Load("claims");
        Assert.NotEqual(claims.ContentHash, model.Bind(claims).ContentHash);
        Assert.NotEqual(model.Bind(claims).ContentHash, Model(0, ("ribs", 4)).Bind(claims).ContentHash); // other weights, other version
        var written = LexiconJson.Write(model.Bind(claims));
        Assert.Equal(model.Id, LexiconJson.Parse(written).Model);
        Assert.Equal(model.Bind(claims).ContentHash, LexiconJson.Parse(written).ContentHash);
    }

    [Fact]
    public void Ship1s_detector_put_a_flagged_sentence_without_a_target_word_at_its_strongest_word()
    {
        var rules = Claims(null);
        var claims = Claims(Model(0, ("ribs", 5), ("broken", 1)).With(DetectorVariant.Ship1));
        var added = Assert.Single(claims.Except(rules));
        Assert.Equal("russia", added.Claim!.Actor);
        Assert.Equal(Voice.Outlet, added.Voice);
        Assert.Equal(Framing.Asserted, added.Claim.Framing);
        Assert.Equal("ribs", Text[added.Start..added.End]);
        Assert.Equal(0, added.Sentence); // the weather sentence has no claim vocabulary: never a candidate
    }

    [Fact]
    public void A_flagged_sentence_without_a_claim_target_perpetration_or_event_word_gets_no_guessed_span()
    {
        Assert.Equal(Claims(null).Count, Claims(Model(0, ("ribs", 5), ("broken", 1))).Count);
    }

    [Fact]
    public void The_detector_is_a_fallback_an_article_with_a_rules_claim_against_russia_in_the_outlets_voice_is_left_alone()
    {
        const string body = "Russian troops committed war crimes in Bucha, the report says. Prisoners came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        Assert.Contains(rules, e => e.Claim is { Actor: "russia" } && e.Voice == Voice.Outlet);
        Assert.Equal(rules.Count, Claims(Model(0, ("ribs", 5)), body).Count);
        // ship1's detector added one regardless.
        Assert.Single(Claims(Model(0, ("ribs", 5)).With(DetectorVariant.Ship1), body).Except(rules));
    }

    [Fact]
    public void The_added_mention_is_framed_by_the_claim_rules_at_its_span_and_marked_as_the_detectors()
    {
        const string body = Quoted + "Prisoners allegedly came back with broken ribs after months in the camp.";
        var added = Assert.Single(Claims(Model(0, ("ribs", 5)), body).Except(Claims(null, body)));
        Assert.Equal(Framing.Hedged, added.Claim!.Framing);
        Assert.Equal("allegedly", added.Claim.Marker);
        Assert.True(added.Claim.Detector);
        Assert.All(Claims(null, body), e => Assert.False(e.Claim!.Detector));
    }

    // An article the detector may act in: it names russia, and the rules found a claim in it (in a quotation: not one
    // against russia in the outlet's voice).
    const string Quoted = "\"Russia committed war crimes,\" the mayor said. ";

    [Fact]
    public void A_flagged_sentence_with_a_target_word_the_rules_left_out_gets_its_mention_there()
    {
        const string body = Quoted + "Prisoners came back with broken ribs after months in the camp.";
        var added = Assert.Single(Claims(Model(0, ("ribs", 5)), body).Except(Claims(null, body)));
        Assert.Equal("Prisoners", body[added.Start..added.End]);
        Assert.Equal("russia", added.Claim!.Actor);
    }

    [Fact]
    public void An_article_that_never_names_russia_or_where_the_rules_found_no_claim_is_left_alone()
    {
        const string unnamed = "\"War crimes were committed,\" the mayor said. Prisoners came back with broken ribs after months in the camp.";
        Assert.Equal(Claims(null, unnamed).Count, Claims(Model(0, ("ribs", 5)), unnamed).Count);
        const string unclaimed = "Russian officials spoke. Prisoners came back with broken ribs after months in the camp.";
        Assert.Empty(Claims(null, unclaimed));
        Assert.Empty(Claims(Model(0, ("ribs", 5)), unclaimed));
        // Both got ship1's mention.
        Assert.Single(Claims(Model(0, ("ribs", 5)).With(DetectorVariant.Ship1), unclaimed));
    }

    [Fact]
    public void The_dominant_accused_gate_leaves_an_article_whose_rules_claims_name_another_actor_more_than_russia()
    {
        // Two quoted claims against Ukraine and one against Russia: Ukraine is the accused the rules name most.
        const string ukraine = "\"Ukrainian troops committed war crimes,\" he said. \"Ukrainian guards tortured captives,\" she said. " + Quoted;
        const string body = ukraine + "Prisoners came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        Assert.Equal(2, rules.Count(e => e.Claim!.Actor == "ukraine"));
        var gated = Model(0, ("ribs", 5)).With(DetectorVariant.Shipped | DetectorVariant.DominantAccused);
        Assert.Equal(rules, Claims(gated, body));
        Assert.Single(Claims(Model(0, ("ribs", 5)), body).Except(rules)); // the shipped detector adds its mention
        // Where russia is named most (ties included), the gate lets the detector act.
        const string even = Quoted + "Prisoners came back with broken ribs after months in the camp.";
        Assert.Single(Claims(gated, even).Except(Claims(null, even)));
    }

    [Theory]
    [InlineData("Ukrainian forces shelled residential areas near the camp for months.", "ukraine")]
    [InlineData("Ukrainian guards tortured prisoners in the camp for months.", "ukraine")]
    public void Detector2s_variant_relabels_a_flagged_sentences_rules_mention_of_another_actor_at_the_rules_span_and_framing_and_the_shipped_detector_does_not(
        string sentence, string rulesActor)
    {
        var body = Quoted + sentence;
        var rules = Claims(null, body);
        var mention = Assert.Single(rules, e => e.Start >= Quoted.Length);
        Assert.Equal(rulesActor, mention.Claim!.Actor);
        var detector2 = Model(0, ("camp", 5)).With(DetectorVariant.Detector2);
        var claims = Claims(detector2, body);
        Assert.Equal(rules.Count, claims.Count); // nothing added: the rules' mention is relabelled
        var relabelled = Assert.Single(claims, e => e.Start >= Quoted.Length);
        Assert.Equal((mention.Start, mention.End, mention.Claim.Framing, mention.Claim.Target), (relabelled.Start, relabelled.End, relabelled.Claim!.Framing, relabelled.Claim.Target));
        Assert.Equal("russia", relabelled.Claim.Actor);
        Assert.True(relabelled.Claim.Detector);
        // Taking the rules' actor away asks for 0.95: at 0.92 (flagged, threshold 0.9) the rules' mention stands and
        // nothing is added beside it; below the threshold nothing changes either.
        Assert.Equal(rules, Claims(Model(0, ("camp", 2.5)).With(DetectorVariant.Detector2), body));
        // The shipped detector (ship2's rules) never relabels: the sentence stays as the rules made it.
        Assert.Equal(rules, Claims(Model(0, ("camp", 5)), body));
        Assert.Equal(rulesActor, Assert.Single(Claims(Model(0, ("camp", 5)).With(DetectorVariant.Ship2), body), e => e.Start >= Quoted.Length).Claim!.Actor);
        Assert.Equal(rulesActor, Assert.Single(Claims(Model(-10, ("camp", 5)), body), e => e.Start >= Quoted.Length).Claim!.Actor);
    }

    [Fact]
    public void A_rules_mention_against_russia_in_the_outlets_voice_keeps_every_other_mention_of_the_article_as_the_rules_made_it()
    {
        const string body = "Russian troops committed war crimes in Bucha. Ukrainian guards tortured prisoners in the camp for months.";
        var rules = Claims(null, body);
        Assert.Contains(rules, e => e.Claim is { Actor: "ukraine" });
        Assert.Equal(rules, Claims(Model(0, ("camp", 5)), body));
    }

    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void The_shipped_model_keeps_the_rules_evidence_of_the_five_seed_articles_and_adds_at_most_one_mention_to_004(string seed)
    {
        var parts = new ArticleParts(Seeds.Read(seed));
        var (text, shipped) = Pipeline.Run(parts, Pipeline.Analyzer);
        text.Dispose();
        (text, var rules) = Pipeline.Run(parts, Pipeline.RulesAlone);
        text.Dispose();
        Assert.NotNull(Pipeline.Analyzer.ClaimModel);
        Assert.Equal(rules.Evidence, shipped.Evidence.Where(e => e.Claim is not { Detector: true }));
        // Beyond the fallback (detector8) the detector adds to an article the rules claimed: in 004, the sentence "The
        // evidence allegedly includes information that details decisions by Russian officials to strike civilian
        // infrastructure in Ukraine deliberately", which the rules leave without a mention. The sentence sits near the
        // model's bar and crosses it with retraining: added on dev … dev22 and dev … dev24, not on dev … dev23 nor on
        // dev … dev25 (the shipped model). When it is added, it is that mention, hedged by "allegedly"; nothing else.
        var added = shipped.Evidence.Where(e => e.Claim is { Detector: true }).ToList();
        if (seed != "004" || added.Count == 0) Assert.Empty(added);
        else Assert.Equal(("strike", "russia", Framing.Hedged), (Assert.Single(added).Term, added[0].Claim!.Actor, added[0].Claim!.Framing));
    }

    [Fact]
    public void A_roles_model_flags_a_sentence_by_the_roles_of_its_words_whatever_the_words()
    {
        // The weight is on a role ("a protected-person cue in the outlet's voice"), not on a word: any such cue counts.
        static ClaimSentenceModel Cue(string features) => ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "features": "{{features}}", "bits": 18, "threshold": 0.9, "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "r:", "O:cue")}},5]]}
            """);
        foreach (var victims in (string[])["Prisoners", "Detainees"])
        {
            var body = Quoted + victims + " came back with broken ribs after months in the camp.";
            var added = Assert.Single(Claims(Cue("roles"), body).Except(Claims(null, body)));
            Assert.Equal(victims, body[added.Start..added.End]);
            Assert.Single(Claims(Cue("wordsandroles"), body).Except(Claims(null, body)));
            Assert.Equal(Claims(null, body).Count, Claims(Cue("words"), body).Count); // a words model never computes the roles
        }
    }

    [Fact]
    public void The_russia_in_clause_gate_adds_a_mention_only_where_russia_is_named_as_an_actor_in_the_spans_clause()
    {
        var gated = Model(0, ("ribs", 5)).With(DetectorVariant.Shipped | DetectorVariant.RussiaInClause);
        const string unnamed = Quoted + "Prisoners came back with broken ribs after months in the camp.";
        Assert.Single(Claims(Model(0, ("ribs", 5)), unnamed).Except(Claims(null, unnamed))); // the shipped detector adds one
        Assert.Equal(Claims(null, unnamed).Count, Claims(gated, unnamed).Count);
        const string named = Quoted + "Prisoners held by Russian guards came back with broken ribs after months in the camp.";
        var added = Assert.Single(Claims(gated, named).Except(Claims(null, named)));
        Assert.Equal("Prisoners", named[added.Start..added.End]);
    }

    [Fact]
    public void A_sentence_below_the_threshold_gets_nothing()
    {
        Assert.Equal(Claims(null).Count, Claims(Model(-10, ("ribs", 5))).Count);
    }

    [Fact]
    public void A_model_file_out_of_range_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse("""{"name": "x", "version": 1, "bits": 30, "threshold": 0.9, "bias": 0, "weights": []}"""));
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse("""{"name": "x", "version": 1, "bits": 8, "threshold": 0.9, "bias": 0, "weights": [[256, 1]]}"""));
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse("""{"name": "x"}"""));
    }
}
