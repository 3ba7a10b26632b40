using System.Text;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Comparison;

public class TextReuseTests
{
    const string Wire =
        "Ukrainian forces fired cluster munitions supplied by the United States at Russian positions near Bakhmut " +
        "on Tuesday, officials said, in the first confirmed use of the weapons since Washington approved their " +
        "transfer last month despite objections from human rights groups and several close allies.";

    const string Other =
        "The city council met late into the night to debate a new budget for schools, roads and the public " +
        "library, and members agreed to return next week after residents asked for more time to read the plan.";

    static List<long> Hashes(string text) => TestTokens.Shingles(text).Select(s => s.Hash).ToList();

    static ReuseShare ShareOf(string article, params string[] others) =>
        TextReuse.Share(Hashes(article), others.SelectMany(Hashes).ToHashSet());

    public static TheoryData<string, string, double, double> Shares => new()
    {
        // article, other, expected share, tolerance
        { Wire, Wire, 1.0, 0 },
        { Wire.ToUpperInvariant(), Wire, 1.0, 0 },              // tokens are compared lower-cased
        { Wire, Other, 0.0, 0 },
        // Half of the article (200 words) is copied from a longer text, half is its own; the 7 shingles that
        // straddle the seam are not shared: 193 / 393 ≈ 0.49.
        { string.Join(' ', Words(1, 400)[..200].Concat(Words(2, 200))), string.Join(' ', Words(1, 400)), 0.5, 0.02 },
    };

    // Deterministic pseudo-random text from a small vocabulary (repeats included, as in real prose).
    static string[] Words(int seed, int count)
    {
        var random = new Random(seed);
        string[] vocabulary = ["war", "crimes", "the", "of", "said", "officials", "court", "evidence", "russian",
            "american", "forces", "investigation", "a", "to", "in", "pentagon", "icc", "munitions", "cluster", "report",
            "ukraine", "government", "and", "was", "has", "prosecutor", "hague", "children", "strikes", "city"];
        return Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
    }

    [Theory]
    [MemberData(nameof(Shares))]
    public void Share_is_the_part_of_the_article_found_in_the_others(string article, string other, double expected, double tolerance)
    {
        var share = ShareOf(article, other);

        Assert.InRange(share.Share, expected - tolerance, expected + tolerance);
        Assert.Equal((double)share.Shared / share.Distinct, share.Share, 1e-12);
    }

    [Fact]
    public void An_article_that_copies_half_of_another_shares_half_its_distinct_shingles_exactly()
    {
        // 20 copied words then 20 new ones: 13 + 13 shingles of 8 words inside each half, 7 straddling the seam.
        // (The new half must not start with "the": "… officials said, in" + "the" would recreate the wire's words.)
        var words = Wire.Split(' ')[..20].Concat(Other.Split(' ')[1..21]).ToArray();
        var share = ShareOf(string.Join(' ', words), Wire);

        Assert.Equal(33, share.Distinct);
        Assert.Equal(13, share.Shared);
    }

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
    public void An_article_without_shingles_has_share_zero()
    {
        Assert.Equal(new ReuseShare(0, 0, 0), TextReuse.Share([], new HashSet<long> { 1, 2 }));
    }

    [Fact]
    public void Duplicate_shingles_in_the_article_count_once()
    {
        Assert.Equal(new ReuseShare(2, 1, 0.5), TextReuse.Share([7, 7, 7, 9], new HashSet<long> { 7 }));
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

    [Fact]
    public void Shared_spans_merge_overlapping_hits_into_stretches_of_text()
    {
        var copied = string.Join(' ', Wire.Split(' ')[..12]);
        var article = Other + " " + copied + " Then something else entirely happened in the town that evening.";
        var shingles = TestTokens.Shingles(article);

        var spans = new List<SharedSpan>();
        TextReuse.SharedSpans(shingles.ToArray(), Hashes(Wire).ToHashSet(), spans);

        var span = Assert.Single(spans);
        Assert.Equal(copied, article[span.Start..span.End]);
    }

    [Fact]
    public void Separate_shared_stretches_stay_separate()
    {
        var first = string.Join(' ', Wire.Split(' ')[..10]);
        var second = string.Join(' ', Wire.Split(' ')[^10..]);
        var article = first + " " + Other + " " + second;

        var spans = new List<SharedSpan>();
        TextReuse.SharedSpans(TestTokens.Shingles(article).ToArray(), Hashes(Wire).ToHashSet(), spans);

        Assert.Equal([first, second.TrimEnd('.')], spans.Select(s => article[s.Start..s.End]));
    }
}
