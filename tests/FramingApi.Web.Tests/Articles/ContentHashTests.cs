using System.Security.Cryptography;
using System.Text;
using FramingApi.Analysis.Text;
using FramingApi.Articles;

namespace FramingApi.Web.Tests.Articles;

public sealed class ContentHashTests
{
    [Theory]
    [InlineData("Russia denied it.", "Russia denied it.")]
    [InlineData("  Russia   denied\n\tit.  ", "Russia denied it.")]
    [InlineData("Russia\r\n\r\ndenied it.", "Russia denied it.")]
    [InlineData("Zoë\u00a0said", "Zoë said")] // a no-break space is white space too
    public void The_hash_is_SHA256_of_the_text_with_white_space_collapsed(string text, string normalised)
    {
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)), ArticleIngestion.ContentHash(text));
    }

    [Fact]
    public void Every_kind_of_white_space_collapses_as_char_IsWhiteSpace_says()
    {
        // The runs are found by a vectorised search (long runs, short runs, every white-space character): the same
        // words joined by one space as splitting at char.IsWhiteSpace gives.
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();
        var random = new Random(14);
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(random.Next(4) == 0 ? new string('é', random.Next(1, 40)) : "word" + i);
            for (var n = random.Next(1, random.Next(2) == 0 ? 3 : 70); n > 0; n--) text.Append(spaces[random.Next(spaces.Length)]);
        }
        var words = text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))), ArticleIngestion.ContentHash(text.ToString()));
    }

    [Fact]
    public void The_hash_of_the_empty_text_is_the_published_SHA256_of_nothing()
    {
        // FIPS 180-2 test vector: SHA-256("") = e3b0c442…b855.
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            Convert.ToHexStringLower(ArticleIngestion.ContentHash("  \n ")));
    }

    [Fact]
    public void Different_words_give_different_hashes()
    {
        Assert.NotEqual(ArticleIngestion.ContentHash("Russia denied it."), ArticleIngestion.ContentHash("Russia denied it!"));
    }

    [Fact]
    public void The_published_vector_for_abc_holds()
    {
        // FIPS 180-2 test vector: SHA-256("abc").
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Convert.ToHexStringLower(ArticleIngestion.ContentHash(" abc ")));
    }

    [Fact]
    public void The_hash_of_a_page_covers_the_scored_segments_and_not_the_boilerplate()
    {
        const string article = "Bridge closes\n\nThe council voted.\n\nIt was close.";
        const string text = article + "\n\nRelated: war crimes\n\nGood decision.";
        Segment[] segments =
        [
            new(SegmentKind.Headline, 0, 13), new(SegmentKind.Lead, 15, 33), new(SegmentKind.Body, 35, 48),
            new(SegmentKind.Quotation, 35, 41), new(SegmentKind.Boilerplate, 50, 69), new(SegmentKind.Comments, 71, 85),
        ];
        Assert.Equal("It was close.", text[35..48]);
        Assert.Equal("Related: war crimes", text[50..69]);
        Assert.Equal("Good decision.", text[71..85]);

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes("Bridge closes The council voted. It was close. Good decision."));
        Assert.Equal(expected, ArticleIngestion.ContentHash(text, segments));

        // Other boilerplate around the same article: the same hash.
        const string other = article + "\n\nMost read: storms\n\nGood decision.";
        Segment[] otherSegments = [.. segments[..4], new(SegmentKind.Boilerplate, 50, 67), new(SegmentKind.Comments, 69, 83)];
        Assert.Equal("Good decision.", other[69..83]);
        Assert.Equal(expected, ArticleIngestion.ContentHash(other, otherSegments));
    }

    [Fact]
    public void Without_boilerplate_the_segment_hash_is_the_text_hash()
    {
        const string text = "Bridge closes\n\nThe council   voted.\n";
        Segment[] segments = [new(SegmentKind.Headline, 0, 13), new(SegmentKind.Lead, 15, text.Length)];
        Assert.Equal(ArticleIngestion.ContentHash(text), ArticleIngestion.ContentHash(text, segments));
    }
}
