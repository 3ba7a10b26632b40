using FramingApi.Analysis.Extraction;
using FramingApi.Articles;

namespace FramingApi.Web.Tests.Articles;

/// <summary>Which value is stored, and with which provenance: the request's, else the page's when it passes the same checks.</summary>
public sealed class ArticleMetadataTests
{
    static readonly PageDate March2 = new(new DateTimeOffset(2024, 3, 2, 9, 30, 0, TimeSpan.Zero), HasTime: true);

    static PageMetadata Page(string? title = "Page title", string[]? authors = null, MetadataValue<PageDate>? published = null,
        string? language = "en-GB", string? canonical = "https://wire.example/page", string? section = "World") => new(
        title is null ? null : new(title, MetadataSource.Meta, "og:title"),
        (authors ?? ["Ana Ruiz"]).Select(a => new MetadataValue<string>(a, MetadataSource.JsonLd, "NewsArticle.author")).ToList(),
        published ?? new(March2, MetadataSource.JsonLd, "NewsArticle.datePublished"),
        new(March2, MetadataSource.Meta, "article:modified_time"),
        canonical is null ? null : new(canonical, MetadataSource.Meta, "link rel=canonical"),
        language is null ? null : new(language, MetadataSource.Meta, "html lang"),
        section is null ? null : new(section, MetadataSource.JsonLd, "NewsArticle.articleSection"),
        null, null);

    [Fact]
    public void Without_given_fields_every_value_comes_from_the_page_with_its_source()
    {
        var m = ArticleMetadata.Resolve(new ArticleCreateRequest { Html = "<p>x</p>" }, Page());

        Assert.Equal(new Sourced<string>("Page title", MetadataProvenance.Meta), m.Title);
        Assert.Equal(["Ana Ruiz"], m.Authors!.Value.Value);
        Assert.Equal(MetadataProvenance.JsonLd, m.Authors.Value.Source);
        Assert.Equal(new Sourced<DateTimeOffset>(March2.Value, MetadataProvenance.JsonLd), m.PublishedAt);
        Assert.Equal(new Sourced<DateTimeOffset>(March2.Value, MetadataProvenance.Meta), m.ModifiedAt);
        Assert.Equal(new Sourced<string>("https://wire.example/page", MetadataProvenance.Meta), m.CanonicalUrl);
        Assert.Equal(new Sourced<string>("en", MetadataProvenance.Meta), m.Language);
        Assert.Equal(new Sourced<string>("World", MetadataProvenance.JsonLd), m.Section);
    }

    [Fact]
    public void Given_fields_win_and_say_so()
    {
        var at = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var r = new ArticleCreateRequest
        {
            Html = "<p>x</p>", Title = "Given", Author = "Jane Doe, John Roe", PublishedAt = at, Language = "fr", Url = "https://given.example/a",
        };
        var m = ArticleMetadata.Resolve(r, Page());

        Assert.Equal(new Sourced<string>("Given", MetadataProvenance.Given), m.Title);
        Assert.Equal(["Jane Doe, John Roe"], m.Authors!.Value.Value); // a given by-line is kept as sent, not split
        Assert.Equal("Jane Doe, John Roe", m.Author);
        Assert.Equal(new Sourced<DateTimeOffset>(at, MetadataProvenance.Given), m.PublishedAt);
        Assert.Equal(new Sourced<string>("fr", MetadataProvenance.Given), m.Language);
        Assert.Equal(new Sourced<string>("https://given.example/a", MetadataProvenance.Given), m.CanonicalUrl);
        Assert.Equal(MetadataProvenance.JsonLd, m.Section!.Value.Source); // not given: the page's
    }

    [Fact]
    public void A_text_article_has_only_what_was_given()
    {
        var m = ArticleMetadata.Resolve(new ArticleCreateRequest { Text = "x", Title = "T" }, null);
        Assert.Equal(new ArticleMetadata(new Sourced<string>("T", MetadataProvenance.Given), null, null, null, null, null, null), m);
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("ZH-Hans", "zh")]
    [InlineData("ast", "ast")]
    [InlineData("x-default", null)]
    [InlineData("english", null)]
    [InlineData("e", null)]
    public void A_page_language_is_its_primary_subtag_or_nothing(string tag, string? expected) =>
        Assert.Equal(expected, ArticleMetadata.Resolve(new ArticleCreateRequest(), Page(language: tag)).Language?.Value);

    [Fact]
    public void Page_values_a_client_could_not_send_are_left_out_not_repaired()
    {
        var m = ArticleMetadata.Resolve(new ArticleCreateRequest(), Page(
            title: new string('t', ArticleMetadata.MaxTitleChars + 1),
            published: new(new PageDate(new DateTimeOffset(1700, 1, 1, 0, 0, 0, TimeSpan.Zero), false), MetadataSource.Url, "url path"),
            canonical: "ftp://files.example/page",
            section: "bell \u0007 section"));
        Assert.Null(m.Title);
        Assert.Null(m.PublishedAt);
        Assert.Null(m.CanonicalUrl);
        Assert.Null(m.Section);
    }

    [Fact]
    public void Page_authors_are_joined_as_far_as_the_by_line_allows()
    {
        var long1 = new string('a', 200);
        var long2 = new string('b', 150);
        var m = ArticleMetadata.Resolve(new ArticleCreateRequest(), Page(authors: ["Ana Ruiz", "Ana Ruiz", "Tom Berg", long1, long2]));
        Assert.Equal(["Ana Ruiz", "Tom Berg", long1], m.Authors!.Value.Value);
        Assert.Equal($"Ana Ruiz, Tom Berg, {long1}", m.Author);
        Assert.True(m.Author!.Length <= ArticleMetadata.MaxAuthorChars);
    }

    [Fact]
    public void Each_page_source_keeps_its_name()
    {
        var fromTime = ArticleMetadata.Resolve(new ArticleCreateRequest(), Page(published: new(March2, MetadataSource.TimeElement, "time[pubdate]")));
        var fromUrl = ArticleMetadata.Resolve(new ArticleCreateRequest(), Page(published: new(March2, MetadataSource.Url, "url path")));
        Assert.Equal(MetadataProvenance.TimeElement, fromTime.PublishedAt!.Value.Source);
        Assert.Equal(MetadataProvenance.Url, fromUrl.PublishedAt!.Value.Source);
    }
}
