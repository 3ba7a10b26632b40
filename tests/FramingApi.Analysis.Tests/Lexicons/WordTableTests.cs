using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;
using FramingApi.Analysis.Tests.Text;
using static FramingApi.Analysis.Tests.Lexicons.TestTokenizer;

namespace FramingApi.Analysis.Tests.Lexicons;

public class WordTableTests
{
    // Words over a small alphabet collide in their hash blocks and crowd the table's neighbouring slots: the cases
    // where a look-up must probe past its two first slots or compare long words character by character.
    static List<string> RandomWords(Random random, int count, string alphabet)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            var length = random.Next(1, 21);
            words.Add(string.Create(length, (random, alphabet), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++) span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }));
        }
        return [.. words];
    }

    [Theory]
    [InlineData(1, "ab")]
    [InlineData(2, "abc'é")]
    [InlineData(3, "abcdefghijklmnopqrstuvwxyz")]
    [InlineData(4, "ab\u0161\u0162")] // characters beyond Latin-1 (š and Ţ have the low bytes of a and b)
    public void Both_lookups_find_exactly_the_words_of_the_table(int seed, string alphabet)
    {
        var random = new Random(seed);
        var all = RandomWords(random, 4000, alphabet);
        var words = all[..2000];
        var table = new WordTable(words);
        var ids = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

        var probes = all.Append(new string('a', 40)).ToList();
        foreach (var probe in probes.Append(""))
            Assert.Equal(ids.GetValueOrDefault(probe, -1), table.Find(probe.AsSpan()));

        // The whole-text look-up of the matcher: the probes as tokens of one text, separated by one character (so
        // that each token's four-character block read runs into what follows it), the last ones near its end.
        var text = string.Join("|", probes);
        var tokens = new List<Token>();
        for (int start = 0, k = 0; k < probes.Count; start += probes[k++].Length + 1)
            tokens.Add(new Token(start, probes[k].Length, 0, SegmentKind.Body, Voice.Outlet, TokenFlags.None));
        var found = new int[tokens.Count];
        table.FindAll(text, [.. tokens], found);
        Assert.Equal(probes.Select(p => ids.GetValueOrDefault(p, -1)), found);
    }

    [Theory]
    [InlineData(5, "ab")]
    [InlineData(6, "abc'é")]
    [InlineData(7, "abcdefghijklmnopqrstuvwxyz")]
    [InlineData(8, "ab\u0161\u0162")]
    public void The_tokenizer_finds_the_same_ids_as_a_look_up_of_each_token(int seed, string alphabet)
    {
        // Words and non-words as tokens of one text: capitalised (the ids are those of the lower-cased token), between
        // spaces and punctuation, in boilerplate, the last ones at the very end of the text (the probe reads four
        // characters at a token's start, past the text for the shortest).
        var random = new Random(seed);
        var all = RandomWords(random, 3000, alphabet);
        var table = new WordTable(all[..1500]);
        var text = new System.Text.StringBuilder();
        foreach (var word in all.OrderBy(_ => random.Next()))
        {
            text.Append(random.Next(4) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(random.Next(6) switch { 0 => ", ", 1 => ". ", 2 => "\n", _ => " " });
        }
        text.Append("x ab");
        var segments = new List<Segment>
        {
            new(SegmentKind.Body, 0, text.Length / 2),
            new(SegmentKind.Boilerplate, text.Length / 2, text.Length / 2 + 200),
            new(SegmentKind.Body, text.Length / 2 + 200, text.Length),
        };
        using var analyzed = AnalyzedText.Analyze(new SegmentedText(text.ToString(), segments), table);
        var ids = analyzed.WordIds(table).ToArray();
        Assert.True(analyzed.Tokens.Length > 2500);
        Assert.Equal(analyzed.Tokens.Length, ids.Length);
        Assert.Contains(ids, id => id >= 0);
        for (var i = 0; i < ids.Length; i++) Assert.Equal(table.Find(analyzed.TokenText(i)), ids[i]);
        Assert.True(analyzed.WordIds(new WordTable(["other"])).IsEmpty); // ids of another table: none
        using var without = AnalyzedText.Analyze(new SegmentedText(text.ToString(), segments));
        Assert.True(without.WordIds(table).IsEmpty);
    }

    [Fact]
    public void Words_of_nine_to_fourteen_characters_that_differ_only_in_their_middle_are_told_apart_by_the_tokenizer()
    {
        // Same first four and last four characters and length: the key matches, the middle decides (one 8-byte read
        // of one to four characters up to twelve characters, the packed middles beyond).
        string[] words = ["governxment", "presidxent", "abcdefghi", "abcdéfghijkl", "abcdefghijklmn"];
        string[] others = ["governyment", "presidyent", "abcdxfghi", "abcdefghijkl", "abcdéfghijkl2", "abcdefgxijklmn", "abcdefgh"];
        var table = new WordTable(words);
        var text = string.Join(" ", words.Concat(others).Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
        using var analyzed = AnalyzedText.Analyze(new SegmentedText(text, [new(SegmentKind.Body, 0, text.Length)]), table);
        var ids = analyzed.WordIds(table).ToArray();
        int[] expected = [0, 1, 2, 3, 4, -1, -1, -1, -1, -1, -1, -1, 0, 1, 2, 3, 4];
        Assert.Equal(expected, ids);
        for (var i = 0; i < ids.Length; i++) Assert.Equal(table.Find(analyzed.TokenText(i)), ids[i]);
    }

    [Fact]
    public void Tokens_at_the_end_of_the_text_and_short_stems_match_as_everywhere_else()
    {
        // The matcher reads four characters at each token's start where the text has them, and looks the last few
        // tokens (and every token, when a stem is shorter than four characters) up one by one: same results.
        var lexicon = Lexicon("m", ("war", "w"), ("a", "a"), ("at", "at"), ("war crime*", "crime"), ("alleg*", "stem"),
            ("according to", "attribution"), ("said", "said"), ("extraordinarily", "long"));
        var withShortStem = Lexicon("s", ("un*", "un"));
        var plain = LexiconMatcher.Compile(lexicon);
        var mixed = LexiconMatcher.Compile([lexicon, withShortStem]);
        string[] texts =
        [
            "a", "at", "war", "war crimes", "a war", "alleged", "allegedly at war", "he said a",
            "according to a war crime", "unalleged war at a", "extraordinarily said", "x extraordinarily",
        ];
        foreach (var text in texts)
        {
            var expected = Hits(plain, text + "     ");
            Assert.Equal(expected, Hits(plain, text));
            Assert.Equal(expected, Hits(mixed, text).Where(h => !h.StartsWith("s/", StringComparison.Ordinal)));
            Assert.Equal(expected, Hits(mixed, "   " + text).Where(h => !h.StartsWith("s/", StringComparison.Ordinal)));
        }
        Assert.Equal(["s/un:unalleged", "m/w:war", "m/at:at", "m/a:a"], Hits(mixed, "unalleged war at a"));
    }

    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void The_matchers_look_up_finds_the_tokenizers_ids_with_the_built_in_lexicons(string seed)
    {
        // The two one-slot look-ups of the real table (2,000 words and more, the common words at home): the
        // tokenizer's, as each token ends, and the matcher's over a text analysed without the table (the API's path).
        var matcher = LexiconMatcher.Compile([.. new[] { "claims", "sourcing", "loaded", "topics" }.Select(Scoring.Pipeline.Load)]);
        var segmented = Seeds.Segmented(seed);
        using var text = AnalyzedText.Analyze(segmented, matcher.Words);
        var found = new int[text.Tokens.Length];
        matcher.Words.FindAll(text.LowerText, text.Tokens, found);
        Assert.Equal(text.WordIds(matcher.Words).ToArray(), found);
        Assert.Contains(found, id => id >= 0);
    }
}
