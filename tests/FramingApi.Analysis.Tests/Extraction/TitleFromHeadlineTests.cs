using FramingApi.Analysis.Extraction;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Extraction;

/// <summary>A page without a title of its own (an HTML fragment, as the README's tour posts) is titled by its headline
/// (<see cref="MetadataSource.Headline"/>); a page with a title keeps it.</summary>
public class TitleFromHeadlineTests
{
    /// <summary>The article of the README's tour (POST /api/articles with html), exactly.</summary>
    const string ReadmeFragment = "<h1>US to share war crimes evidence</h1><p>The United States will share evidence of alleged Russian war crimes with the ICC, officials said.</p>";

    [Fact]
    public void An_html_fragment_with_an_h1_and_no_title_is_titled_by_its_headline()
    {
        var article = ArticleExtractor.Extract(ReadmeFragment);

        Assert.True(article.HasArticle);
        Assert.Equal("US to share war crimes evidence", article.Headline);
        Assert.Equal(new MetadataValue<string>("US to share war crimes evidence", MetadataSource.Headline, "h1"), article.Metadata.Title);
        var headline = Assert.Single(article.Text.Segments, s => s.Kind == SegmentKind.Headline);
        Assert.Equal(article.Metadata.Title!.Value, article.Text.Text[headline.Start..headline.End]);
    }

    [Theory]
    [InlineData("<title>Bridge closed | The Gazette</title>", MetadataSource.Meta, "Bridge closed | The Gazette")]
    [InlineData("<meta property=\"og:title\" content=\"Council closes the bridge\">", MetadataSource.Meta, "Council closes the bridge")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge shut to cars\"}</script>", MetadataSource.JsonLd, "Bridge shut to cars")]
    public void A_page_with_a_title_of_its_own_keeps_it(string head, MetadataSource source, string title)
    {
        var article = ArticleExtractor.Extract($"<html><head>{head}</head><body><h1>Bridge closed</h1>{Paragraphs()}</body></html>");

        Assert.Equal("Bridge closed", article.Headline);
        Assert.Equal((title, source), (article.Metadata.Title!.Value, article.Metadata.Title.Source));
    }

    [Fact]
    public void A_page_without_title_or_h1_has_no_title()
    {
        var article = ArticleExtractor.Extract($"<div>{Paragraphs()}</div>");

        Assert.True(article.HasArticle);
        Assert.Null(article.Headline);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void The_metadata_reader_alone_never_takes_the_headline()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReadmeFragment);
        Assert.Null(MetadataReader.Read(document, null).Title);
    }

    static string Paragraphs() => string.Concat(ArticleExtractorTests.Prose.Select(p => $"<p>{p}</p>"));
}
