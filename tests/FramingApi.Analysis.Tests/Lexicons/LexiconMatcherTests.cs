using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;
using static FramingApi.Analysis.Tests.Lexicons.TestTokenizer;

namespace FramingApi.Analysis.Tests.Lexicons;

public class LexiconMatcherTests
{
    static readonly LexiconMatcher Markers = LexiconMatcher.Compile(Lexicon("m",
        ("according", "word"), ("according to", "attribution"), ("according to officials", "anonymous"),
        ("alleged", "exact"), ("alleg*", "stem"), ("allegation*", "longer_stem"),
        ("war crime*", "target"), ("war", "war"), ("a b", "ab"), ("b c", "bc"),
        ("u.s.", "us"), ("russia's", "russia"), ("on condition of anonymity", "anonymous"), ("on", "on")));

    [Theory]
    [InlineData("according to officials familiar", "m/anonymous:according to officials")]
    [InlineData("according to the people", "m/attribution:according to")]
    [InlineData("according", "m/word:according")]
    [InlineData("a b c", "m/ab:a b")]
    [InlineData("x b c", "m/bc:b c")]
    [InlineData("alleged", "m/exact:alleged")]
    [InlineData("allegedly", "m/stem:allegedly")]
    [InlineData("alleg", "m/stem:alleg")]
    [InlineData("all allege", "m/stem:allege")]
    [InlineData("allegations", "m/longer_stem:allegations")]
    [InlineData("Allegation", "m/longer_stem:Allegation")]
    [InlineData("War crimes", "m/target:War crimes")]
    [InlineData("war criminal", "m/war:war")]
    [InlineData("war crime", "m/target:war crime")]
    [InlineData("the war ended", "m/war:war")]
    [InlineData("the U.S. said", "m/us:U.S.")]
    [InlineData("Russia’s war", "m/russia:Russia’s|m/war:war")]
    [InlineData("spoke on condition of anonymity", "m/anonymous:on condition of anonymity")]
    [InlineData("on condition of", "m/on:on")]
    [InlineData("crimes of war", "m/war:war")]
    [InlineData("allege alleged allegations", "m/stem:allege|m/exact:alleged|m/longer_stem:allegations")]
    [InlineData("", "")]
    [InlineData("nothing here", "")]
    public void Each_lexicon_is_matched_leftmost_longest_without_overlaps(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Hits(Markers, text)));

    [Theory]
    [InlineData("They committed war. Crimes followed.", "m/war:war")]
    [InlineData("According. To officials", "m/word:According")]
    [InlineData("war\ncrimes", "m/war:war")]
    public void A_phrase_never_crosses_a_sentence_boundary(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Hits(Markers, text)));

    [Fact]
    public void Boilerplate_tokens_never_match_and_break_phrases()
    {
        const string text = "alleged war crimes according to officials";
        var boilerplate = text.IndexOf("crimes", StringComparison.Ordinal);
        Voice VoiceAt(int offset) =>
            offset >= boilerplate && offset < boilerplate + "crimes according".Length ? Voice.None : Voice.Outlet;
        Assert.Equal(["m/exact:alleged", "m/war:war"], Hits(Markers, text, VoiceAt).Take(2));
        Assert.DoesNotContain(Hits(Markers, text, VoiceAt), h => h.Contains("according", StringComparison.Ordinal));
        Assert.Equal(["m/exact:alleged", "m/war:war"], Hits(Markers, text, VoiceAt));
    }

    [Fact]
    public void Lexicons_are_independent_and_matches_are_ordered_by_token()
    {
        var topics = Lexicon("topics", ("cluster munitions", "cluster"), ("war crimes in ukraine", "ukraine"));
        var loaded = Lexicon("loaded", ("munitions", "weapon"), ("crimes", "crime"), ("cluster", "group"));
        var matcher = LexiconMatcher.Compile([topics, loaded]);
        Assert.Equal(
            ["topics/cluster:cluster munitions", "loaded/group:cluster", "loaded/weapon:munitions",
             "topics/ukraine:war crimes in Ukraine", "loaded/crime:crimes"],
            Hits(matcher, "cluster munitions and war crimes in Ukraine"));
    }

    [Fact]
    public void An_entry_with_several_categories_gives_one_match_per_category_with_its_weight_and_term()
    {
        var lexicon = new LexiconDefinition("x", LexiconKinds.Custom, "",
            [new("a"), new("b", "", CategoryRoles.Hedge), new("c")],
            [new("other", ["a"]), new("Alleg*", ["c", "b"], 2.5)]);
        var matcher = LexiconMatcher.Compile(lexicon);
        var (lowered, tokens) = Tokenize("the allegations");
        var matches = new List<LexiconMatch>();
        matcher.Match(lowered, tokens, matches);

        Assert.Equal(
            [new LexiconMatch(0, 2, 1, 1, 2.5f) { Entry = 1 }, new LexiconMatch(0, 1, 1, 1, 2.5f) { Entry = 1 }],
            matches);
        Assert.Equal("alleg*", matcher.Term(matches[0]));
        Assert.Equal("hedge", matcher.Lexicons[0].Categories[matches[1].Category].Role);
        Assert.Equal(1, matcher.Lexicons[0].CategoryIndex("b"));
        Assert.Equal(-1, matcher.Lexicons[0].CategoryIndex("zzz"));
    }

    [Fact]
    public void Output_is_appended_and_matching_is_repeatable()
    {
        var (lowered, tokens) = Tokenize("alleged war crimes");
        var matches = new List<LexiconMatch> { new(9, 9, 9, 9, 9) };
        Markers.Match(lowered, tokens, matches);
        Markers.Match(lowered, tokens, matches);
        Assert.Equal(5, matches.Count);
        Assert.Equal(matches[1..3], matches[3..5]);
    }

    [Fact]
    public void A_lexicon_of_100000_entries_compiles_and_matches_correctly()
    {
        var categories = Enumerable.Range(0, 10).Select(c => new LexiconCategory($"c{c}")).ToArray();
        var entries = new List<LexiconEntry>(100_000);
        for (var i = 0; i < 80_000; i++) entries.Add(new($"w{i}", [$"c{i % 10}"]));
        for (var i = 0; i < 10_000; i++) entries.Add(new($"w{i} w{i + 1} w{i + 2}", [$"c{i % 10}"]));
        for (var i = 0; i < 10_000; i++) entries.Add(new($"stem{i}x*", [$"c{i % 10}"]));
        var definition = new LexiconDefinition("big", LexiconKinds.Custom, "", categories, entries);
        var json = LexiconJson.Write(definition);

        // How long this takes is measured by LexiconCompileBenchmarks (bench/), not asserted here.
        var matcher = LexiconMatcher.Compile(LexiconJson.Parse(json));

        Assert.Equal(
            ["big/c7:w7 w8 w9", "big/c0:w10", "big/c9:w79999", "big/c3:stem123xyz", "big/c3:stem123x", "big/c1:w1"],
            Hits(matcher, "w7 w8 w9 w10 w80000 w79999 stem123xyz stem123 stem123x w1"));
    }

    [Fact]
    public void A_word_that_begins_entries_of_several_lexicons_gives_each_lexicon_its_own_longest_match_in_lexicon_order()
    {
        // "said" begins a single-word entry in a, a phrase and a single-word entry in b, and only a phrase in c: each
        // lexicon's longest entry at the token, in lexicon order, and each lexicon blocked by its own match alone.
        var a = Lexicon("a", ("said", "said"), ("that", "that"));
        var b = Lexicon("b", ("said", "said"), ("said that", "said-that"), ("that war", "that-war"));
        var c = Lexicon("c", ("said that war", "phrase"), ("war", "war"));
        var matcher = LexiconMatcher.Compile([a, b, c]);
        Assert.Equal(
            ["a/said:said", "b/said-that:said that", "c/phrase:said that war", "a/that:that"],
            Hits(matcher, "said that war"));
        Assert.Equal(
            ["a/said:said", "b/said:said", "a/said:said", "b/said:said", "c/war:war"],
            Hits(matcher, "said said, war"));
        Assert.Equal(["a/said:said", "b/said:said", "a/that:That", "b/that-war:That war", "c/war:war"], Hits(matcher, "said. That war"));
    }
}
