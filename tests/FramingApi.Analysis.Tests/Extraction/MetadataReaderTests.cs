using FramingApi.Analysis.Extraction;

namespace FramingApi.Analysis.Tests.Extraction;

public class MetadataReaderTests
{
    static readonly string Body = "<article><h1>Council closes river bridge</h1>"
        + string.Concat(ArticleExtractorTests.Prose.Select(p => $"<p>{p}</p>")) + "</article>";

    static PageMetadata Read(string head, string? url = null, string? body = null) =>
        ArticleExtractor.Extract($"<html><head>{head}</head><body>{body ?? Body}</body></html>", url).Metadata;

    [Fact]
    public void Json_ld_dates_authors_and_section_come_with_their_provenance()
    {
        var metadata = Read("""
            <meta property="article:published_time" content="2023-05-01T09:00:00Z">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council closes river bridge",
             "datePublished": "2023-05-02T08:30:00+01:00", "dateModified": "2023-05-02T12:00:00+0100",
             "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
             "articleSection": ["Local", "Transport"], "inLanguage": "en-GB",
             "publisher": {"@type": "Organization", "name": "The Daily Example"}}
            </script>
            """);

        Assert.Equal(new PageDate(new DateTimeOffset(2023, 5, 2, 8, 30, 0, TimeSpan.FromHours(1)), true), metadata.Published!.Value);
        Assert.Equal(MetadataSource.JsonLd, metadata.Published.Source);
        Assert.Equal("NewsArticle.datePublished", metadata.Published.Detail);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 11, 0, 0, TimeSpan.Zero), metadata.Modified!.Value.Value);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors.Select(a => a.Value));
        Assert.All(metadata.Authors, a => Assert.Equal(MetadataSource.JsonLd, a.Source));
        Assert.Equal("Local", metadata.Section!.Value);
        Assert.Equal("Council closes river bridge", metadata.Title!.Value);
        Assert.Equal("The Daily Example", metadata.SiteName!.Value);
    }

    [Fact]
    public void Json_ld_in_a_graph_is_found()
    {
        var metadata = Read("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "The Daily Example", "datePublished": "2001-01-01"},
              {"@type": "WebPage", "@id": "https://example.org/bridge"},
              {"@type": ["Article", "NewsArticle"], "headline": "Bridge", "datePublished": "2023-05-02",
               "author": {"@type": "Person", "name": "Jane Doe"}, "mainEntityOfPage": {"@id": "https://example.org/bridge"}}
            ]}
            </script>
            """);

        Assert.Equal(new PageDate(new DateTimeOffset(2023, 5, 2, 0, 0, 0, TimeSpan.Zero), HasTime: false), metadata.Published!.Value);
        Assert.Equal("Article.datePublished", metadata.Published.Detail);
        Assert.Equal("Jane Doe", Assert.Single(metadata.Authors).Value);
    }

    [Fact]
    public void Meta_tags_are_read_when_there_is_no_json_ld()
    {
        var metadata = Read("""
            <title>Council closes river bridge | The Daily Example</title>
            <link rel="canonical" href="/news/bridge">
            <meta property="og:title" content="Council closes river bridge">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2023-05-02T08:30:00-04:00">
            <meta property="article:modified_time" content="2023-05-03T10:00:00Z">
            <meta property="article:author" content="https://www.facebook.com/janedoe">
            <meta name="parsely-author" content="Jane Doe">
            <meta property="article:section" content="Local">
            """, url: "https://example.org/news/bridge?utm=x");

        Assert.Equal(MetadataSource.Meta, metadata.Published!.Source);
        Assert.Equal("article:published_time", metadata.Published.Detail);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 12, 30, 0, TimeSpan.Zero), metadata.Published.Value.Value.UtcDateTime);
        Assert.Equal("Jane Doe", Assert.Single(metadata.Authors).Value); // a profile url is not a name
        Assert.Equal("parsely-author", metadata.Authors[0].Detail);
        Assert.Equal("https://example.org/news/bridge", metadata.CanonicalUrl!.Value);
        Assert.Equal("link rel=canonical", metadata.CanonicalUrl.Detail);
        Assert.Equal("Local", metadata.Section!.Value);
    }

    [Fact]
    public void A_time_element_dates_the_page_but_not_one_in_a_list_of_other_stories()
    {
        var body = """
            <ul class="latest"><li><a href="/x">Ferry changes</a> <time datetime="2023-04-01T10:00:00Z">1 April</time></li></ul>
            """ + Body.Replace("<h1>", """<p class="meta">Posted <time datetime="2023-05-02T08:30:00Z">2 May 2023</time></p><h1>""");

        var metadata = Read("", body: body);

        Assert.Equal(MetadataSource.TimeElement, metadata.Published!.Source);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 8, 30, 0, TimeSpan.Zero), metadata.Published.Value.Value);
    }

    [Fact]
    public void A_date_in_the_url_path_is_a_day_from_the_url()
    {
        var metadata = Read("", url: "https://example.org/news/2023/05/02/council-closes-bridge");

        Assert.Equal(MetadataSource.Url, metadata.Published!.Source);
        Assert.Equal(new PageDate(new DateTimeOffset(2023, 5, 2, 0, 0, 0, TimeSpan.Zero), HasTime: false), metadata.Published.Value);
        Assert.Equal("https://example.org/news/2023/05/02/council-closes-bridge", metadata.CanonicalUrl!.Value);
        Assert.Equal(MetadataSource.Url, metadata.CanonicalUrl.Source);
    }

    [Fact]
    public void No_date_is_guessed_from_free_text()
    {
        var body = Body.Replace("<h1>", "<p>Published 2 May 2023, 08:30</p><h1>");

        var metadata = Read("""<meta name="date" content="last Tuesday">""", url: "https://example.org/news/council-closes-bridge-123456", body: body);

        Assert.Null(metadata.Published);
        Assert.Null(metadata.Modified);
    }

    [Theory]
    [InlineData("2023-05-02T08:30:00Z", "2023-05-02T08:30:00+00:00", true)]
    [InlineData("2023-05-02T08:30:00.123-0500", "2023-05-02T08:30:00.123-05:00", true)]
    [InlineData("2023-05-02 08:30", "2023-05-02T08:30:00+00:00", true)]
    [InlineData("Tue, 02 May 2023 08:30:00 GMT", "2023-05-02T08:30:00+00:00", true)]
    [InlineData("2023-05-02", "2023-05-02T00:00:00+00:00", false)]
    [InlineData("20230502", "2023-05-02T00:00:00+00:00", false)]
    public void Dates_parse_as_iso_8601_or_rfc_1123(string value, string expected, bool hasTime)
    {
        var date = MetadataReader.ParseDate(value);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date!.Value.Value);
        Assert.Equal(hasTime, date.Value.HasTime);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("3 hours ago")]
    [InlineData("May 2")]
    [InlineData("2023-13-45")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("")]
    public void Other_date_strings_are_not_dates(string value) => Assert.Null(MetadataReader.ParseDate(value));

    [Fact]
    public void Broken_json_ld_is_skipped_and_a_json_ld_with_raw_line_breaks_is_read()
    {
        var metadata = Read("""
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council closes
            river bridge", "datePublished": "2023-05-02T08:30:00Z"}</script>
            """);

        Assert.Equal("Council closes river bridge", metadata.Title!.Value);
        Assert.Equal(MetadataSource.JsonLd, metadata.Published!.Source);
    }
}
