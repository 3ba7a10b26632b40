using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;
using static FramingApi.Analysis.Tests.Lexicons.TestTokenizer;

namespace FramingApi.Analysis.Tests.Lexicons;

/// <summary>
/// What a match carries (docs/PERFORMANCE.md, "Speed work, wave 25", written for a repacking of the matcher's records
/// that was measured neutral and not merged): every match must carry its entry's term, weight and categories, in the
/// entry's order — one-word entries with several categories, phrases and stems, beside other lexicons.
/// </summary>
public class MatcherRecordTests
{
    [Fact]
    public void A_one_word_entry_with_several_categories_gives_them_all_in_order_beside_other_lexicons()
    {
        var a = new LexiconDefinition("a", LexiconKinds.Custom, "", [new("x"), new("y")],
            [new("said", ["y"], 0.5), new("war", ["x", "y"])]);
        var b = new LexiconDefinition("b", LexiconKinds.Custom, "", [new("p"), new("q"), new("r")],
            [new("told", ["p"]), new("said", ["r", "p", "q"], 1.5), new("said that", ["q"], 3)]);
        var matcher = LexiconMatcher.Compile([a, b]);
        var (lowered, tokens) = Tokenize("They said war. Said that.");
        var matches = new List<LexiconMatch>();
        matcher.Match(lowered, tokens, matches);
        Assert.Equal(
        [
            new LexiconMatch(0, 1, 1, 1, 0.5f) { Entry = 0 },
            new LexiconMatch(1, 2, 1, 1, 1.5f) { Entry = 1 },
            new LexiconMatch(1, 0, 1, 1, 1.5f) { Entry = 1 },
            new LexiconMatch(1, 1, 1, 1, 1.5f) { Entry = 1 },
            new LexiconMatch(0, 0, 2, 1, 1f) { Entry = 1 },
            new LexiconMatch(0, 1, 2, 1, 1f) { Entry = 1 },
            new LexiconMatch(0, 1, 3, 1, 0.5f) { Entry = 0 },
            new LexiconMatch(1, 1, 3, 2, 3f) { Entry = 2 },
        ], matches);
    }

    static readonly string[] Vocabulary =
    [
        "said", "war", "crime", "crimes", "the", "of", "according", "to", "officials", "shelling", "shell", "café",
        "naïve", "l'été", "o'brien", "x", "ab", "abc", "abcd", "abcdefghijkl", "abcdefghijklmnopq", "über", "año",
        "attack", "attacks", "attacked", "civilians", "civilian", "hospital", "strike", "strikes", "denied", "deny",
    ];

    static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\u00a0", " “", "” ", " '", "' ", " «", "» ",
        " 1984 ", " 😀 ", " — ", "\n\n", "? ", " (", ") ", " \"", "\" "];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_match_carries_its_entrys_term_weight_and_categories_in_order(int seed)
    {
        var random = new Random(seed);
        var lexicons = new List<LexiconDefinition>();
        for (var l = 0; l < 3; l++)
        {
            var categories = Enumerable.Range(0, 4).Select(c => new LexiconCategory($"c{c}")).ToArray();
            var terms = new HashSet<string>(StringComparer.Ordinal);
            while (terms.Count < 25)
            {
                var word = Vocabulary[random.Next(Vocabulary.Length)];
                terms.Add(random.Next(5) switch
                {
                    0 => word + " " + Vocabulary[random.Next(Vocabulary.Length)],
                    1 => word + " " + Vocabulary[random.Next(Vocabulary.Length)] + " " + Vocabulary[random.Next(Vocabulary.Length)],
                    2 when word.Length > 3 => word[..random.Next(2, word.Length)] + "*",
                    _ => word,
                });
            }
            var entries = terms.Select(t => new LexiconEntry(t,
                [.. categories.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => c.Key)],
                random.Next(1, 9) / 4.0)).ToArray();
            lexicons.Add(new LexiconDefinition($"l{l}", LexiconKinds.Custom, "", categories, entries));
        }
        var matcher = LexiconMatcher.Compile(lexicons);

        for (var round = 0; round < 20; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var w = 0; w < 300; w++)
            {
                var word = Vocabulary[random.Next(Vocabulary.Length)];
                text.Append(random.Next(5) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                text.Append(Separators[random.Next(Separators.Length)]);
            }
            var (lowered, tokens) = Tokenize(text.ToString());
            var matches = new List<LexiconMatch>();
            matcher.Match(lowered, tokens, matches);
            Assert.NotEmpty(matches);

            for (var k = 0; k < matches.Count;)
            {
                var m = matches[k];
                var lexicon = matcher.Lexicons[m.Lexicon];
                var entry = lexicon.Entries[m.Entry];
                // The matched tokens spell the term (a stem: its last token starts with the stem).
                var words = Enumerable.Range(m.FirstToken, m.TokenCount)
                    .Select(t => lowered.Substring(tokens[t].Start, tokens[t].Length)).ToArray();
                var parts = entry.Term.TrimEnd('*').Split(' ');
                Assert.Equal(parts.Length, words.Length);
                Assert.Equal(parts[..^1], words[..^1]);
                if (entry.Term.EndsWith('*')) Assert.StartsWith(parts[^1], words[^1], StringComparison.Ordinal);
                else Assert.Equal(parts[^1], words[^1]);
                // One match per category of the entry, in the entry's order, each with its weight.
                foreach (var key in entry.Categories)
                {
                    var c = matches[k++];
                    Assert.Equal((m.Lexicon, m.FirstToken, m.TokenCount, m.Entry), (c.Lexicon, c.FirstToken, c.TokenCount, c.Entry));
                    Assert.Equal(lexicon.CategoryIndex(key), c.Category);
                    Assert.Equal((float)entry.Weight, c.Weight);
                }
            }
        }
    }
}
