using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;
using static FramingApi.Analysis.Tests.Lexicons.TestTokenizer;

namespace FramingApi.Analysis.Tests.Lexicons;

/// <summary>
/// Phrases that start with a common word ("in the dock", "away from the hague", "a senior official"): the matcher
/// tries such a word only when its next two words may continue one of its phrases (docs/PERFORMANCE.md, "Speed work,
/// wave 28"). These tests hold it to the semantics of <see cref="LexiconMatcher"/>'s remarks, against a plain
/// reference matcher written from them, on random lexicons and texts full of the phrases' first words.
/// </summary>
public class MatcherCommonStartTests
{
    [Fact]
    public void A_three_word_phrase_after_a_frequent_pair_is_found_only_where_its_third_word_follows()
    {
        var topics = Lexicon("topics", ("in the dock", "accountability"), ("away from the hague", "resistance"),
            ("sat on", "resistance"));
        var claims = Lexicon("claims", ("in a statement", "attributed"), ("in fact", "asserted"));
        var matcher = LexiconMatcher.Compile([topics, claims]);
        Assert.Equal(
            [
                "topics/accountability:in the dock", "claims/asserted:in fact", "topics/resistance:away from the hague",
                "claims/attributed:In a statement", "topics/resistance:sat on",
            ],
            Hits(matcher, "In the house, in the dock. In the. Dock in the in fact away from the court, away from the " +
                "hague. In a statement he sat on it, in the"));
        Assert.Empty(Hits(matcher, "in the"));
        Assert.Empty(Hits(matcher, "in"));
        Assert.Empty(Hits(matcher, "in the\n\ndock, away from the\nhague"));
    }

    [Fact]
    public void Boilerplate_between_a_pair_and_its_third_word_breaks_the_phrase()
    {
        var matcher = LexiconMatcher.Compile([Lexicon("topics", ("in the dock", "accountability"))]);
        const string text = "in the dock and in the dock";
        var boilerplate = text.LastIndexOf("dock", StringComparison.Ordinal);
        Assert.Equal(["topics/accountability:in the dock"],
            Hits(matcher, text, at => at == boilerplate ? Voice.None : Voice.Outlet));
    }

    static readonly string[] Common = ["in", "the", "a", "of", "on", "from", "away", "into", "sat", "to", "at"];

    static readonly string[] Rare =
    [
        "dock", "hague", "court", "statement", "official", "senior", "fact", "course", "condition", "anonymity",
        "reach", "icc", "account", "odds", "café", "l'été", "attacks", "attacked", "crime", "crimes",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Phrases_that_start_with_common_words_match_as_the_reference_matcher_does(int seed)
    {
        var random = new Random(seed);
        string Word() => random.Next(3) == 0 ? Rare[random.Next(Rare.Length)] : Common[random.Next(Common.Length)];
        var lexicons = new List<LexiconDefinition>();
        for (var l = 0; l < 4; l++)
        {
            var categories = Enumerable.Range(0, 3).Select(c => new LexiconCategory($"c{c}")).ToArray();
            var terms = new HashSet<string>(StringComparer.Ordinal);
            while (terms.Count < 30)
            {
                // Mostly phrases of two to four words that begin with a common word; now and then a one-word entry
                // (so that some common words begin entries of their own) or a stem at a phrase's end.
                var first = Common[random.Next(Common.Length)];
                var length = random.Next(2, 5);
                var words = new List<string> { first };
                while (words.Count < length) words.Add(Word());
                var term = string.Join(' ', words);
                var kind = random.Next(10);
                if (kind == 0) term = random.Next(2) == 0 ? first : Word();
                else if (kind == 1 && words[^1].Length > 3) term = term[..^random.Next(1, words[^1].Length - 2)] + "*";
                terms.Add(term);
            }
            var entries = terms.Select(t => new LexiconEntry(t,
                [.. categories.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(c => c.Key)],
                random.Next(1, 9) / 4.0)).ToArray();
            lexicons.Add(new LexiconDefinition($"l{l}", LexiconKinds.Custom, "", categories, entries));
        }
        var matcher = LexiconMatcher.Compile(lexicons);

        string[] separators = [" ", " ", " ", " ", " ", ", ", ". ", "\n\n", " — "];
        var total = 0;
        for (var round = 0; round < 30; round++)
        {
            var text = new System.Text.StringBuilder();
            var count = random.Next(1, 400);
            for (var w = 0; w < count; w++)
            {
                var word = random.Next(4) == 0 ? Rare[random.Next(Rare.Length)] : Common[random.Next(Common.Length)];
                text.Append(random.Next(8) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                if (w < count - 1 || random.Next(2) == 0) text.Append(separators[random.Next(separators.Length)]);
            }
            var source = text.ToString();
            var boilerplate = new HashSet<int>(Enumerable.Range(0, source.Length).Where(_ => random.Next(60) == 0));
            Func<int, Voice> voiceAt = at => boilerplate.Contains(at) ? Voice.None : Voice.Outlet;
            var (lowered, tokens) = Tokenize(source, voiceAt);
            var matches = new List<LexiconMatch>();
            matcher.Match(lowered, tokens, matches);
            Assert.Equal(Reference(lexicons, lowered, tokens), matches);
            total += matches.Count(m => m.TokenCount >= 3);
        }
        Assert.True(total > 10, $"only {total} matches of three words or more");
    }

    /// <summary>
    /// The matcher's semantics, plainly: per lexicon, leftmost-longest and non-overlapping; a phrase within one
    /// sentence and without boilerplate; an exact word beats a stem, a longer stem a shorter one; out by first token,
    /// then lexicon, one match per category in the entry's order.
    /// </summary>
    static List<LexiconMatch> Reference(List<LexiconDefinition> lexicons, string lowered, Token[] tokens)
    {
        var found = new List<(int First, int Lexicon, LexiconMatch[] Matches)>();
        for (var l = 0; l < lexicons.Count; l++)
        {
            var lexicon = lexicons[l];
            var categories = lexicon.Categories.Select(c => c.Key).ToList();
            for (var i = 0; i < tokens.Length;)
            {
                int best = -1, bestLength = 0, bestRank = 0;
                for (var e = 0; e < lexicon.Entries.Count; e++)
                {
                    var term = lexicon.Entries[e].Term;
                    var stem = term.EndsWith('*');
                    var parts = (stem ? term[..^1] : term).Split(' ');
                    if (i + parts.Length > tokens.Length) continue;
                    var ok = true;
                    for (var k = 0; k < parts.Length && ok; k++)
                    {
                        var t = tokens[i + k];
                        var word = lowered.Substring(t.Start, t.Length);
                        ok = t.Voice != Voice.None && t.Sentence == tokens[i].Sentence
                            && (stem && k == parts.Length - 1 ? word.StartsWith(parts[k], StringComparison.Ordinal) : word == parts[k]);
                    }
                    if (!ok) continue;
                    var rank = stem ? parts[^1].Length : int.MaxValue;
                    if (parts.Length > bestLength || (parts.Length == bestLength && rank > bestRank))
                        (best, bestLength, bestRank) = (e, parts.Length, rank);
                }
                if (best < 0)
                {
                    i++;
                    continue;
                }
                var entry = lexicon.Entries[best];
                found.Add((i, l, [.. entry.Categories.Select(c =>
                    new LexiconMatch(l, categories.IndexOf(c), i, bestLength, (float)entry.Weight) { Entry = best })]));
                i += bestLength;
            }
        }
        return [.. found.OrderBy(f => f.First).ThenBy(f => f.Lexicon).SelectMany(f => f.Matches)];
    }
}
