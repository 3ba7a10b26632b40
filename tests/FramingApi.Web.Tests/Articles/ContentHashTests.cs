using System.Security.Cryptography;
using System.Text;
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
}
