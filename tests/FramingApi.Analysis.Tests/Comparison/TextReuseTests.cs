using System.Text;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Comparison;

/// <summary>
/// Shingles and their hash. The share of an article's shingles found in other articles is computed in SQL, where
/// every stored article's shingles are; tests/FramingApi.Tests/SharedTextTests.cs pins its numbers.
/// </summary>
public class TextReuseTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("too short to make a shingle", 0)]
    [InlineData("one two three four five six seven eight", 1)]
    [InlineData("one two three four five six seven eight nine ten", 3)]
    public void A_text_of_k_tokens_has_k_minus_n_plus_1_shingles(string text, int expected)
    {
        Assert.Equal(expected, TestTokens.Shingles(text).Count);
    }

    [Fact]
    public void Shingles_point_at_their_tokens()
    {
        var text = "Alpha beta,  gamma delta!";
        var shingles = TestTokens.Shingles(text, n: 2);

        Assert.Equal([(0, 0, 10), (1, 6, 18), (2, 13, 24)], shingles.Select(s => (s.FirstToken, s.Start, s.End)));
        Assert.Equal(TextReuse.Hash("beta gamma"), shingles[1].Hash);
    }

    // An independent reference: FNV-1a 64 byte by byte over the UTF-16LE encoding of the space-joined words.
    static long ReferenceFnv1a64(string joined)
    {
        ulong hash = 0xcbf29ce484222325;
        foreach (var b in Encoding.Unicode.GetBytes(joined))
            hash = (hash ^ b) * 0x100000001b3;
        return unchecked((long)hash);
    }

    [Theory]
    // Known values, also computed with Python: fnv1a64("…".encode("utf-16-le")), as a signed 64-bit integer.
    [InlineData("", -3750763034362895579)]
    [InlineData("the quick brown fox jumps over the lazy dog", 137789935969616354)]
    public void The_hash_is_FNV_1a_64_over_UTF16LE_and_stable(string joined, long expected)
    {
        Assert.Equal(expected, TextReuse.Hash(joined));
        Assert.Equal(expected, ReferenceFnv1a64(joined));
    }

    [Theory]
    // 1 to 9 windows (four at a time and the rest one by one), ASCII, Latin-1 and characters above U+00FF (whose
    // high byte is not zero: Ω, ł, the curly apostrophe, a CJK word).
    [InlineData("one two three four five six seven eight", 8)]
    [InlineData("one two three four five six seven eight nine ten eleven twelve", 8)]
    [InlineData("Ωmega łódź isn’t naïve 東京 café a b c d e f g h i j k", 3)]
    [InlineData("Ωmega łódź isn’t naïve 東京 café a b c d e f g h i j k", 1)]
    // Latin-1 throughout (the windows hashed as stretches of the joined tokens), tokens of 1 to 19 characters.
    [InlineData("A naïve café owner's résumé: the internationalisation of über-cool façades, à la carte, "
        + "in 1,000 words or so; x y z counterrevolutionaries déjà vu, señor Müller, Ærø and Ørsted. "
        + "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.", 8)]
    [InlineData("A naïve café owner's résumé: the internationalisation of über-cool façades, à la carte, "
        + "in 1,000 words or so; x y z counterrevolutionaries déjà vu, señor Müller, Ærø and Ørsted.", 3)]
    public void Windows_hashed_together_equal_the_reference_one_by_one(string text, int n)
    {
        var (lowered, tokens) = TestTokens.Tokenize(text);
        var hashes = new long[tokens.Length - n + 1];

        TextReuse.HashWindows(lowered, tokens, n, hashes);

        for (var w = 0; w < hashes.Length; w++)
        {
            var joined = string.Join(' ', tokens.Skip(w).Take(n).Select(t => lowered.Substring(t.Start, t.Length)));
            Assert.Equal(ReferenceFnv1a64(joined), hashes[w]);
        }
    }

    [Theory]
    [InlineData("The quick brown fox jumps over the lazy dog.")]
    [InlineData("THE   quick, brown (fox) jumps; over the lazy dog")]
    [InlineData("Zoë’s naïve café — déjà vu über alles ok")]
    public void Shingle_hashes_equal_the_reference_over_the_joined_lower_cased_tokens(string text)
    {
        var (lowered, tokens) = TestTokens.Tokenize(text);
        var shingles = TestTokens.Shingles(text, n: tokens.Length);

        var joined = string.Join(' ', tokens.Select(t => lowered.Substring(t.Start, t.Length)));
        Assert.Equal(ReferenceFnv1a64(joined), Assert.Single(shingles).Hash);
    }

    [Fact]
    public void A_shingle_never_spans_a_gap_of_skipped_tokens()
    {
        // Six own-voice words, a quotation, then six more: with n = 4 and quotations skipped, each run of six gives
        // three shingles and none joins words from both sides of the quotation.
        var text = "one two three four five six \"quoted words here\" seven eight nine ten eleven twelve";
        var (lowered, tokens) = TestTokens.Tokenize(text);

        var shingles = TestTokens.Shingles(text, n: 4, include: t => t.Voice == Voice.Outlet);

        Assert.Equal([0, 1, 2, 9, 10, 11], shingles.Select(s => s.FirstToken));
        Assert.DoesNotContain(shingles, s => s.Hash == TextReuse.Hash("five six seven eight"));
        Assert.All(shingles, s => Assert.DoesNotContain("quoted", lowered[s.Start..s.End]));
        // Counting every token, the quotation joins the runs.
        Assert.Equal(tokens.Length - 3, TestTokens.Shingles(text, n: 4).Count);
    }
}
