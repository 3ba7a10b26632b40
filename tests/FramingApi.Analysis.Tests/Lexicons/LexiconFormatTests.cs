using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Tests.Lexicons;

public class LexiconJsonTests
{
    const string Sample = """
        {
          "name": "markers",
          "kind": "claims",
          "description": "Test markers.",
          "categories": [
            { "key": "hedge", "description": "Hedges.", "role": "hedge" },
            { "key": "target", "role": "target" },
            { "key": "other" }
          ],
          "entries": [
            { "term": "alleg*", "categories": ["hedge"], "weight": 1.0 },
            { "term": "According  To", "categories": ["hedge", "other"], "weight": 0.5 },
            { "term": "Russia’s", "categories": ["other"] },
            { "term": "war crime*", "categories": ["target"] }
          ]
        }
        """;

    [Fact]
    public void Parses_and_normalises_terms()
    {
        var lexicon = LexiconJson.Parse(Sample);
        Assert.Equal("markers", lexicon.Name);
        Assert.Equal(LexiconKinds.Claims, lexicon.Kind);
        Assert.Equal(new LexiconCategory("hedge", "Hedges.", "hedge"), lexicon.Categories[0]);
        Assert.Equal(new LexiconCategory("other", "", null), lexicon.Categories[2]);
        Assert.Equal(new LexiconEntry("according to", ["hedge", "other"], 0.5), lexicon.Entries[1]);
        Assert.Equal("russia's", lexicon.Entries[2].Term);
        Assert.Equal(1, lexicon.Entries[3].Weight);
    }

    [Fact]
    public void Write_then_parse_gives_the_same_lexicon()
    {
        var lexicon = LexiconJson.Parse(Sample);
        var json = LexiconJson.Write(lexicon);
        Assert.Equal(lexicon, LexiconJson.Parse(json));
        Assert.Equal(json, LexiconJson.Write(LexiconJson.Parse(json)));
        Assert.Contains("\n  \"entries\": [", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_hash_ignores_order_and_name_but_not_content()
    {
        var lexicon = LexiconJson.Parse(Sample);
        var shuffled = lexicon with
        {
            Name = "renamed",
            Categories = [.. lexicon.Categories.Reverse()],
            Entries = [.. lexicon.Entries.Reverse().Select(e => e with { Categories = [.. e.Categories.Reverse()] })],
        };
        Assert.NotEqual(lexicon, shuffled);
        Assert.Equal(lexicon.ContentHash, shuffled.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", lexicon.ContentHash);
        var reweighted = lexicon with { Entries = [.. lexicon.Entries.Select((e, i) => i == 0 ? e with { Weight = 2 } : e)] };
        Assert.NotEqual(lexicon.ContentHash, reweighted.ContentHash);
        var retermed = lexicon with { Entries = [.. lexicon.Entries.Select((e, i) => i == 0 ? e with { Term = "alleged" } : e)] };
        Assert.NotEqual(lexicon.ContentHash, retermed.ContentHash);
    }

    static string Json(string categories, string entries, string kind = "custom") =>
        $$"""{ "name": "t", "kind": "{{kind}}", "categories": [{{categories}}], "entries": [{{entries}}] }""";

    const string OneCategory = """{ "key": "a" }""";

    public static TheoryData<string, string, string> InvalidJson => new()
    {
        { Json(OneCategory, ""), "entries", "no entries" },
        { Json("", """{ "term": "x", "categories": ["a"] }"""), "categories", "no categories" },
        { Json(OneCategory, """{ "term": "x", "categories": ["a"] }, { "term": "y", "categories": ["b"] }"""), "entries[1].categories[0]", "undeclared category 'b'" },
        { Json(OneCategory, """{ "term": "x", "categories": [] }"""), "entries[0].categories", "no category" },
        { Json(OneCategory, """{ "term": "Alleged", "categories": ["a"] }, { "term": "alleged ", "categories": ["a"] }"""), "entries[1].term", "Duplicate entry 'alleged'" },
        { Json(OneCategory, """{ "term": "  ", "categories": ["a"] }"""), "entries[0].term", "empty" },
        { Json(OneCategory, """{ "categories": ["a"] }"""), "entries[0].term", "no term" },
        { Json(OneCategory, $$"""{ "term": "{{new string('x', 201)}}", "categories": ["a"] }"""), "entries[0].term", "at most 200" },
        { Json(OneCategory, """{ "term": "one two three four five six seven eight nine", "categories": ["a"] }"""), "entries[0].term", "at most 8" },
        { Json(OneCategory, """{ "term": "al*leg", "categories": ["a"] }"""), "entries[0].term", "'*'" },
        { Json(OneCategory, """{ "term": "war* crimes", "categories": ["a"] }"""), "entries[0].term", "'*'" },
        { Json(OneCategory, """{ "term": "*", "categories": ["a"] }"""), "entries[0].term", "no stem" },
        { Json(OneCategory, """{ "term": "war:crimes", "categories": ["a"] }"""), "entries[0].term", "':'" },
        { Json(OneCategory, """{ "term": "#tag", "categories": ["a"] }"""), "entries[0].term", "start with a letter or digit" },
        { Json(OneCategory, """{ "term": "rock-", "categories": ["a"] }"""), "entries[0].term", "'-'" },
        { Json(OneCategory, """{ "term": "x", "categories": ["a"], "weight": 1e999 }"""), "entries[0].weight", "" },
        { Json(OneCategory, """{ "term": "x", "categories": ["a"] }""", kind: "sentiment"), "kind", "Unknown kind 'sentiment'" },
        // A value echoed with a quote or a control character in it is escaped, as the API's messages escape theirs.
        { Json(OneCategory, """{ "term": "x", "categories": ["a"] }""", kind: "top'ics"), "kind", @"Unknown kind 'top\'ics'" },
        { Json("""{ "key": "it's" }, { "key": "it's" }""", """{ "term": "x", "categories": ["it's"] }"""), "categories[1].key", @"The category key 'it\'s' is declared twice" },
        { Json(OneCategory, """{ "term": "x", "categories": ["a\u0007"] }"""), "entries[0].categories[0]", @"the undeclared category 'a\u0007'" },
        { Json("""{ "key": "a" }, { "key": "a" }""", """{ "term": "x", "categories": ["a"] }"""), "categories[1].key", "declared twice" },
        { Json("""{ "key": "a b" }""", """{ "term": "x", "categories": ["a b"] }"""), "categories[0].key", "white space" },
        { Json("""{ "key": "a", "role": "villain" }""", """{ "term": "x", "categories": ["a"] }"""), "categories[0].role", "Unknown role" },
        { Json(OneCategory, """{ "term": "x", "categories": ["a"], "wieght": 2 }"""), "entries[0].wieght", "wieght" },
        { """{ "name": "t", "kind": "custom", "categories": [], "entries": [ """, "", "Not a valid lexicon JSON" },
        { WithRuleWords("custom", """{ "want_verbs": ["want"] }"""), "ruleWords", "Only a topics or claims lexicon" },
        { WithRuleWords("sourcing", """{ "law_nouns": ["law"] }"""), "ruleWords", "Only a topics or claims lexicon" },
        { WithRuleWords("claims", """{ "want_verbs": ["want"] }"""), "ruleWords.want_verbs", "Unknown rule word list 'want_verbs' for a claims lexicon" },
        { WithRuleWords("claims", """{ "law_noun": ["law"] }"""), "ruleWords.law_noun", "the known lists are classified_nouns, word_nouns" },
        { WithRuleWords("topics", """{ "law_nouns": ["law"] }"""), "ruleWords.law_nouns", "Unknown rule word list 'law_nouns' for a topics lexicon" },
        { WithRuleWords("claims", """{ "law_nouns": ["law", "laws of war"] }"""), "ruleWords.law_nouns[1]", "not one word" },
        { WithRuleWords("claims", """{ "law_nouns": ["law", "Law"] }"""), "ruleWords.law_nouns[1]", "given twice" },
        { WithRuleWords("topics", """{ "wanting_verbs": ["want"] }"""), "ruleWords.wanting_verbs", "Unknown rule word list 'wanting_verbs'" },
        { WithRuleWords("topics", """{ "want_verbs": ["want", "wish for"] }"""), "ruleWords.want_verbs[1]", "not one word" },
        { WithRuleWords("topics", """{ "want_verbs": ["want", "Want"] }"""), "ruleWords.want_verbs[1]", "given twice" },
        { WithRuleWords("topics", """{ "want_verbs": ["wa*nt"] }"""), "ruleWords.want_verbs[0]", "'*'" },
        { WithRuleWords("topics", """{ "want_verbs": null }"""), "ruleWords.want_verbs", "is null" },
    };

    static string WithRuleWords(string kind, string lists) =>
        $$"""{ "name": "t", "kind": "{{kind}}", "ruleWords": {{lists}}, "categories": [{ "key": "a" }], "entries": [{ "term": "x", "categories": ["a"] }] }""";

    [Fact]
    public void Rule_words_are_normalised_written_back_and_part_of_the_content_hash()
    {
        var lexicon = LexiconJson.Parse(WithRuleWords("topics", """{ "want_verbs": ["Want", "wants"], "sanction_words": ["sanction*"] }"""));
        Assert.Equal(["want", "wants"], lexicon.RuleWords!["want_verbs"]);
        var again = LexiconJson.Parse(LexiconJson.Write(lexicon));
        Assert.Equal(lexicon, again);
        Assert.Equal(lexicon.ContentHash, again.ContentHash);
        var reordered = lexicon with { RuleWords = new Dictionary<string, IReadOnlyList<string>>
        {
            ["sanction_words"] = ["sanction*"], ["want_verbs"] = ["wants", "want"],
        } };
        Assert.Equal(lexicon.ContentHash, reordered.ContentHash); // lists by name and words sorted: order is no content
        var changed = lexicon with { RuleWords = new Dictionary<string, IReadOnlyList<string>> { ["want_verbs"] = ["want"] } };
        Assert.NotEqual(lexicon.ContentHash, changed.ContentHash);
        Assert.NotEqual(lexicon, changed);
        var without = lexicon with { RuleWords = null };
        Assert.NotEqual(lexicon.ContentHash, without.ContentHash);
        Assert.DoesNotContain("ruleWords", LexiconJson.Write(without), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidJson))]
    public void Invalid_lexicons_are_rejected_naming_the_field(string json, string field, string message)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconJson.Parse(json));
        if (field.Length > 0) Assert.Equal(field, ex.Field);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_its_line()
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconJson.Parse("{\n\"name\": \"t\",\n\"kind\": ]\n}"));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void A_term_of_10000_characters_is_rejected()
    {
        var ex = Assert.Throws<LexiconFormatException>(() =>
            LexiconJson.Parse(Json(OneCategory, $$"""{ "term": "{{new string('a', 10_000)}}", "categories": ["a"] }""")));
        Assert.Equal("entries[0].term", ex.Field);
        Assert.Contains("10000 characters", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e39)]      // finite as a double, infinite as the matcher's float
    [InlineData(-1_000_001)]
    public void A_weight_that_is_not_finite_or_out_of_range_is_rejected(double weight)
    {
        var lexicon = new LexiconDefinition("t", "custom", "", [new("a")], [new("x", ["a"]), new("y", ["a"], weight)]);
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconValidator.Validate(lexicon));
        Assert.Equal("entries[1].weight", ex.Field);
    }

    [Theory]
    [InlineData(1_000_000)]
    [InlineData(-1_000_000)]
    [InlineData(0.001)]
    public void A_weight_within_range_is_kept(double weight)
    {
        var lexicon = new LexiconDefinition("t", "custom", "", [new("a")], [new("x", ["a"], weight)]);
        Assert.Equal(weight, LexiconValidator.Validate(lexicon).Entries[0].Weight);
    }

    [Fact]
    public void More_than_250000_entries_are_rejected()
    {
        var entries = Enumerable.Range(0, 250_001).Select(i => new LexiconEntry($"w{i}", ["a"])).ToArray();
        var lexicon = new LexiconDefinition("t", "custom", "", [new("a")], entries);
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconMatcher.Compile(lexicon));
        Assert.Equal("entries", ex.Field);
        Assert.Contains("250000", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("u.s.")]
    [InlineData("russia's")]
    [InlineData("lvova-belova")]
    [InlineData("post-*")]
    [InlineData("on condition of anonymity")]
    [InlineData("one two three four five six seven eight")]
    [InlineData("élysée")]
    [InlineData("g7")]
    public void Valid_terms_are_accepted(string term) => Assert.Null(LexiconTerms.Problem(LexiconTerms.Normalize(term)));
}

public class LiwcDicTests
{
    const string Canonical = "%\n1\tposemo\n2\tnegemo\n3\tattribution\n%\nabandon*\t2\naccording to\t3\nhappy\t1\nbittersweet\t1\t2\nu.s.\t3\n";

    [Fact]
    public void Reads_categories_entries_phrases_and_stems()
    {
        const string dic = "\uFEFF%\n10 posemo\n20\tnegemo\tNegative emotion\n%\n\nabandon*\t20\nAccording to 10 20\nwar  crimes\t20\n";
        var lexicon = LiwcDic.Parse(new StringReader(dic), "liwc-test");
        Assert.Equal("liwc-test", lexicon.Name);
        Assert.Equal(LexiconKinds.Custom, lexicon.Kind);
        Assert.Equal([new LexiconCategory("posemo"), new LexiconCategory("negemo", "Negative emotion")], lexicon.Categories);
        Assert.Equal(
            [new LexiconEntry("abandon*", ["negemo"]), new LexiconEntry("according to", ["posemo", "negemo"]),
             new LexiconEntry("war crimes", ["negemo"])],
            lexicon.Entries);
        Assert.Equal("%\n1\tposemo\n2\tnegemo\tNegative emotion\n%\nabandon*\t2\naccording to\t1\t2\nwar crimes\t2\n", LiwcDic.Write(lexicon));
    }

    [Fact]
    public void Category_descriptions_are_exported_on_their_label_line_and_read_back()
    {
        var lexicon = new LexiconDefinition("d", LexiconKinds.Custom, "",
            [new("care", "Care and\nprotection  of others"), new("harm")], [new("protect*", ["care"]), new("wound*", ["harm"])]);
        var text = LiwcDic.Write(lexicon);
        Assert.StartsWith("%\n1\tcare\tCare and protection of others\n2\tharm\n%\n", text, StringComparison.Ordinal);
        Assert.Equal(["Care and protection of others", ""], LiwcDic.Parse(new StringReader(text), "d").Categories.Select(c => c.Description));
    }

    [Fact]
    public void Import_export_import_gives_the_same_dictionary_and_canonical_text_is_kept()
    {
        var first = LiwcDic.Parse(new StringReader(Canonical), "d", LexiconKinds.Loaded);
        var text = LiwcDic.Write(first);
        Assert.Equal(Canonical, text);
        Assert.Equal(first, LiwcDic.Parse(new StringReader(text), "d", LexiconKinds.Loaded));
        // And through JSON, which keeps everything .dic has.
        Assert.Equal(first, LexiconJson.Parse(LexiconJson.Write(first)));
    }

    [Fact]
    public void An_imported_dic_matches_text()
    {
        var matcher = LexiconMatcher.Compile(LiwcDic.Parse(new StringReader(Canonical), "d"));
        Assert.Equal(["d/negemo:abandoned", "d/attribution:according to", "d/attribution:U.S."],
            TestTokenizer.Hits(matcher, "They abandoned it, according to U.S. sources."));
    }

    public static TheoryData<string, int, string> InvalidDic => new()
    {
        { "", 1, "empty" },
        { "1\tposemo\n%\nhappy\t1\n", 1, "must start with a '%'" },
        { "%\n1\tposemo\n", 2, "not terminated" },
        { "%\n1\tposemo\nhappy\t1\n", 3, "'happy' is not a non-negative integer" },
        { "%\none\tposemo\n%\nhappy\t1\n", 2, "'one' is not a non-negative integer" },
        { "%\n1\tposemo\n1\tnegemo\n%\nhappy\t1\n", 3, "number 1 is declared twice" },
        { "%\n1\tposemo\n2\tposemo\n%\nhappy\t1\n", 3, "label 'posemo' is declared twice" },
        { "%\n1\n%\nhappy\t1\n", 2, "no label" },
        { "%\n%\nhappy\t1\n", 2, "no categories" },
        { "%\n1\tposemo\n%\nhappy\t1\nsad\t2\n", 5, "category number 2" },
        { "%\n1\tposemo\n%\nhappy\t1\nhappy\n", 5, "no category numbers" },
        { "%\n1\tposemo\n%\nhappy\t1\n\nHappy 1\n", 6, "Duplicate entry 'happy'" },
        { "%\n1\tposemo\n%\nhappy\t1\n:)\t1\n", 5, "start with a letter or digit" },
        { "%\n1\tposemo\n%\nhappy\t1\nsmile:)\t1\n", 5, "':'" },
        { "%\n1\tposemo\n%\n", 3, "no entries" },
        { "%\n1\tposemo\n%\nlike\t(02 134)125/464\n", 4, "no category numbers" },
    };

    [Theory]
    [MemberData(nameof(InvalidDic))]
    public void Malformed_dic_files_are_rejected_naming_the_line(string dic, int line, string message)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LiwcDic.Parse(new StringReader(dic), "d"));
        if (line != 3 || !message.Contains("no entries", StringComparison.Ordinal)) Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_cannot_be_exported_to_dic()
    {
        var lexicon = new LexiconDefinition("t", "custom", "", [new("a")], [new("x", ["a"]), new("y", ["a"], 2)]);
        var ex = Assert.Throws<LexiconFormatException>(() => LiwcDic.Write(lexicon));
        Assert.Equal("entries[1].weight", ex.Field);
    }
}

public class LiwcDicAmbiguityTests
{
    [Fact]
    public void A_term_ending_in_a_number_cannot_be_exported_to_dic()
    {
        var lexicon = new LexiconDefinition("t", "custom", "", [new("a")], [new("x", ["a"]), new("article 98", ["a"])]);
        var ex = Assert.Throws<LexiconFormatException>(() => LiwcDic.Write(lexicon));
        Assert.Equal("entries[1].term", ex.Field);
    }
}
