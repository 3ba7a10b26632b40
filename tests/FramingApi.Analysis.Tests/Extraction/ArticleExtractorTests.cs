using System.Text;
using FramingApi.Analysis.Extraction;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Extraction;

/// <summary>Main-content extraction on small pages written for each markup case.</summary>
public class ArticleExtractorTests
{
    /// <summary>Four paragraphs of made-up article prose.</summary>
    internal static readonly string[] Prose =
    [
        "The city council voted on Tuesday to close the old river bridge to cars, after engineers found cracks in two of its supports, and to open it to cyclists and walkers instead.",
        "The vote was seven to two. Council members who opposed the closure said that the detour through the industrial estate would add twenty minutes to the morning drive for many families.",
        "Engineers told the council that the bridge, built in 1931, could carry pedestrians safely for at least another decade, but that heavy lorries had worn the steel beyond repair.",
        "A new bridge for cars is planned a mile downstream. The council expects to choose a design next spring, and work could start the following year if the regional grant is approved.",
    ];

    static string Paragraphs(int count = 4) => string.Concat(Prose.Take(count).Select(p => $"<p>{p}</p>\n"));

    static string Page(string body, string head = "") => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Council closes river bridge | The Daily Example</title>{head}</head>
        <body>{body}</body></html>
        """;

    static string Kept(ExtractedArticle article, params SegmentKind[] kinds)
    {
        var text = new StringBuilder();
        foreach (var segment in article.Text.Segments)
            if (kinds.Contains(segment.Kind)) text.Append(article.Text.Text, segment.Start, segment.Length).Append('\n');
        return text.ToString();
    }

    [Fact]
    public void A_related_stories_block_with_claim_words_stays_out_of_the_lead_and_body()
    {
        var html = Page($"""
            <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
            <main>
              <article>
                <h1>Council closes river bridge</h1>
                <div class="article-body">{Paragraphs()}</div>
                <section class="related-stories">
                  <h2>Related stories</h2>
                  <ul>
                    <li><a href="/a">Army accused of war crimes in border town</a></li>
                    <li><a href="/b">Minister denies genocide claims</a></li>
                    <li><a href="/c">Massacre allegations investigated by UN</a></li>
                  </ul>
                </section>
              </article>
            </main>
            <div class="more-from-us"><div><a href="/d">Alleged war crimes: what we know</a></div><div><a href="/e">Invasion enters third week</a></div></div>
            <footer><p>© 2023 The Daily Example. All rights reserved.</p></footer>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.True(article.HasArticle);
        var scored = Kept(article, SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body, SegmentKind.Quotation);
        foreach (var word in new[] { "war crimes", "genocide", "Massacre", "Invasion", "Related stories", "Home", "rights reserved" })
            Assert.DoesNotContain(word, scored, StringComparison.OrdinalIgnoreCase);
        foreach (var paragraph in Prose) Assert.Contains(paragraph, scored);
        Assert.Contains(article.Removed, b => b.Text == "Army accused of war crimes in border town" && b.Reason == "related links");
        Assert.Contains(article.Removed, b => b.Text == "Invasion enters third week");
        Assert.Contains(article.Removed, b => b.Text.StartsWith("© 2023") && b.Reason == "footer");
        Assert.Equal("Council closes river bridge", article.Headline);
    }

    [Fact]
    public void Teasers_inside_the_article_without_any_class_are_removed_by_their_links()
    {
        var html = Page($"""
            <article><h1>Council closes river bridge</h1>{Paragraphs()}
              <div>
                <div><a href="/a">Army accused of war crimes in border town</a><p>Witnesses describe the shelling.</p></div>
                <div><a href="/b">Minister denies genocide claims</a><p>He spoke in parliament.</p></div>
              </div>
            </article>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text == "Army accused of war crimes in border town" && b.Reason == "mostly links");
    }

    [Fact]
    public void The_text_has_explicit_segments_with_the_removed_blocks_after_the_article()
    {
        var html = Page($"""
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <article>
              <h1>Council closes river bridge</h1>
              {Paragraphs(2)}
              <blockquote><p>We cannot keep sending lorries over a bridge that is ninety years old and cracked.</p></blockquote>
              <h2>What happens next</h2>
              {Paragraphs(4)[Paragraphs(2).Length..]}
              <figure><img src="bridge.jpg"><figcaption>The old river bridge in 2019.</figcaption></figure>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            </article>
            """);

        var article = ArticleExtractor.Extract(html);
        var text = article.Text.Text;
        var segments = article.Text.Segments;
        string Of(Segment s) => text[s.Start..s.End];

        Assert.Equal(SegmentKind.Headline, segments[0].Kind);
        Assert.Equal("Council closes river bridge", Of(segments[0]));
        Assert.Equal(SegmentKind.Lead, segments[1].Kind);
        Assert.Equal(Prose[0], Of(segments[1]));
        var quotation = Assert.Single(segments, s => s.Kind == SegmentKind.Quotation);
        Assert.StartsWith("We cannot keep sending lorries", Of(quotation));
        Assert.Contains(segments, s => s.Kind == SegmentKind.Body && s.Start == quotation.Start && s.End == quotation.End);
        Assert.Contains(segments, s => s.Kind == SegmentKind.Body && Of(s) == "What happens next");
        // Removed blocks come after the last article block, so the article's offsets never depend on them.
        var lastArticle = segments.Where(s => s.Kind is not SegmentKind.Boilerplate).Max(s => s.End);
        var boilerplate = segments.Where(s => s.Kind == SegmentKind.Boilerplate).ToList();
        Assert.All(boilerplate, s => Assert.True(s.Start > lastArticle));
        Assert.Equal(article.Removed.Select(r => r.Text), boilerplate.Select(Of));
        Assert.Contains(article.Removed, r => r.Text == "The old river bridge in 2019." && r.Reason == "caption");
        Assert.Contains(article.Removed, r => r.Text.Contains("Share on Facebook") && r.Reason == "share");
        Assert.Contains(article.Removed, r => r.Text == "Home" && r.Reason == "navigation");

        // The analysed text scores none of the removed words.
        using var analysed = AnalyzedText.Analyze(article.Text);
        foreach (var token in analysed.Tokens)
            if (token.Start > lastArticle) Assert.Equal(Voice.None, token.Voice);
    }

    [Theory]
    [InlineData("The old bridge closed on Tuesday (Image: GETTY )")]
    [InlineData("Engineers inspect the cracked supports. (AP Photo/Jane Doe)")]
    [InlineData("The river at dawn (Photo: John Roe/Reuters)")]
    [InlineData("Cyclists cross the bridge [Getty Images]")]
    [InlineData("Jane Doe | Bloomberg | Getty Images")]
    public void A_caption_written_as_a_paragraph_is_removed(string caption)
    {
        var article = ArticleExtractor.Extract(Page($"<article><h1>Bridge</h1>{Paragraphs(2)}<p>{caption}</p>{Paragraphs(4)[Paragraphs(2).Length..]}</article>"));

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text == caption && b.Reason == "caption");
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Continue reading the main story")]
    public void An_advertisement_label_is_removed(string label)
    {
        var article = ArticleExtractor.Extract(Page($"<article><h1>Bridge</h1>{Paragraphs(2)}<div><span>{label}</span></div>{Paragraphs(4)[Paragraphs(2).Length..]}</article>"));

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text == label && b.Reason == "advertisement");
    }

    [Fact]
    public void Parts_given_by_the_client_win_and_come_after_the_page()
    {
        var article = ArticleExtractor.Extract(Page($"<nav><a href=\"/\">Home</a></nav><article><h1>Bridge shut</h1>{Paragraphs(2)}</article>"));

        var text = article.Compose(headline: "Council closes river bridge", comments: ["Good riddance.", " "], boilerplate: ["Photo: J. Doe"]);

        string Of(Segment s) => text.Text[s.Start..s.End];
        Assert.Equal([SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body, SegmentKind.Boilerplate, SegmentKind.Comments, SegmentKind.Boilerplate],
            text.Segments.Select(s => s.Kind));
        Assert.Equal(["Council closes river bridge", Prose[0], Prose[1], "Home", "Good riddance.", "Photo: J. Doe"], text.Segments.Select(Of));
        Assert.Same(article.Text, article.Compose());
    }

    [Fact]
    public void An_article_written_as_divs_with_line_breaks_is_found_paragraph_by_paragraph()
    {
        var html = Page($"""
            <div id="menu"><a href="/">Home</a> | <a href="/a">About</a> | <a href="/c">Contact</a></div>
            <table><tr><td class="left"><a href="/1">Archive</a><br><a href="/2">Links</a></td>
            <td><font size="2">{string.Join("<br><br>\n", Prose)}</font></td></tr></table>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(Prose, article.Blocks.Where(b => b.Kind is SegmentKind.Lead or SegmentKind.Body).Select(b => b.Text));
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Archive"));
    }

    [Fact]
    public void Text_sitting_directly_in_the_body_between_line_breaks_is_the_article()
    {
        var html = $"<html><body><b>Council closes river bridge</b><br><br>{string.Join("<br>\n<br>\n", Prose)}<br><br><a href=\"/\">Back to the index</a></body></html>";

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), string.Join("\n\n", article.Blocks.Where(b => b.Text != "Council closes river bridge" && b.Kind != SegmentKind.Headline).Select(b => b.Text)));
        Assert.Contains(article.Removed, b => b.Text == "Back to the index");
    }

    [Fact]
    public void An_xhtml_page_inside_a_form_is_read()
    {
        var xhtml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><head><title>Council closes river bridge</title>
            <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8" /></head>
            <body><form id="page" method="post" action="/default.aspx"><div class="wrapper">
            <h1>Council closes river bridge</h1><br />
            {Paragraphs().Replace("<p>", "<p class=\"text\">")}
            <input type="hidden" name="__VIEWSTATE" value="abc" />
            </div></form></body></html>
            """;

        var article = ArticleExtractor.Extract(xhtml);

        Assert.True(article.HasArticle);
        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Equal("en-GB", article.Metadata.Language?.Value);
    }

    [Fact]
    public void A_noscript_fallback_is_used_when_the_page_has_no_article_without_it()
    {
        var html = Page($"""
            <div id="app" data-loading="true"><div class="spinner">Loading…</div></div>
            <noscript><article><h1>Council closes river bridge</h1>{Paragraphs()}</article></noscript>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.True(article.HasArticle);
        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
    }

    [Fact]
    public void A_page_whose_script_renders_the_article_falls_back_to_its_json_ld_article_body()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["@context"] = "https://schema.org", ["@type"] = "NewsArticle", ["headline"] = "Council closes river bridge",
            ["articleBody"] = string.Join("\n\n", Prose),
        });
        var html = Page("""<div id="root"><div class="loading">Loading the page</div></div><script src="/app.js"></script>""",
            head: $"""<script type="application/ld+json">{json}</script>""");

        var article = ArticleExtractor.Extract(html);

        Assert.True(article.HasArticle);
        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text == "Loading the page");
        Assert.Equal("Council closes river bridge", article.Headline);
    }

    [Fact]
    public void A_noscript_copy_is_not_kept_twice()
    {
        var html = Page($"""
            <article><h1>Council closes river bridge</h1>{Paragraphs()}</article>
            <noscript><div>{Paragraphs()}</div></noscript>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text == Prose[0] && b.Reason == "noscript fallback");
    }

    [Fact]
    public void Hidden_blocks_are_removed_but_a_class_word_never_removes_the_article_itself()
    {
        // "has-sidebar" and "ad-free" carry boilerplate words, but the container holds all the page's prose.
        var html = Page($"""
            <div class="layout has-sidebar ad-free">
              <h1>Council closes river bridge</h1>
              {Paragraphs()}
              <div style="display: none"><p>Subscribe now for unlimited access to every story on our site.</p></div>
              <div class="newsletter-signup"><p>Get our morning briefing in your inbox every day.</p></div>
            </div>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
        Assert.Contains(article.Removed, b => b.Text.StartsWith("Subscribe now") && b.Reason == "hidden");
        Assert.Contains(article.Removed, b => b.Text.StartsWith("Get our morning briefing") && b.Reason == "sign-up");
    }

    [Fact]
    public void An_article_cut_by_a_full_width_figure_into_two_wrappers_is_kept_whole()
    {
        var html = Page($"""
            <h1>Council closes river bridge</h1>
            <section class="outer"><div class="container"><div class="post-text">{Paragraphs(2)}</div></div></section>
            <section class="outer wide"><figure><img src="b.jpg"><figcaption>The bridge at dawn.</figcaption></figure></section>
            <section class="outer"><div class="container"><div class="post-text">{Paragraphs(4)[Paragraphs(2).Length..]}</div></div></section>
            <section class="teasers"><div class="card"><p>Short teaser about something else entirely.</p></div></section>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
    }

    [Fact]
    public void Embedded_posts_are_quotations_not_share_widgets()
    {
        var html = Page($"""
            <article><h1>Council closes river bridge</h1>{Paragraphs(2)}
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge is closed from today, use the ferry <a href="https://t.co/x">https://t.co/x</a></p>
            — City Council (<a href="https://x.example/council">@council</a>) <a href="https://x.example/s/1">May 2, 2023</a></blockquote></div>
            {Paragraphs(4)[Paragraphs(2).Length..]}
            <div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.Contains(article.Blocks, b => b.Kind == SegmentKind.Quotation && b.Text.StartsWith("The bridge is closed from today"));
        Assert.Contains(article.Removed, b => b.Text.StartsWith("Facebook") && b.Reason == "share");
    }

    [Fact]
    public void A_page_without_an_article_says_so()
    {
        var html = Page("""
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <ul class="headlines"><li><a href="/1">Council closes river bridge</a></li><li><a href="/2">Ferry timetable changes</a></li></ul>
            <footer>© 2023 The Daily Example</footer>
            """);

        var article = ArticleExtractor.Extract(html);

        Assert.False(article.HasArticle);
        Assert.StartsWith("The page has no article text", article.NoArticleReason);
        Assert.DoesNotContain(article.Text.Segments, s => s.Kind is SegmentKind.Lead or SegmentKind.Body);
        Assert.False(ArticleExtractor.Extract("").HasArticle);
        Assert.False(ArticleExtractor.Extract("just a few words").HasArticle);
    }

    [Fact]
    public void A_short_chinese_article_is_an_article()
    {
        // Chinese has no spaces: the threshold counts letters, not words.
        var html = Page("<article><h1>市议会关闭旧河桥</h1><p>市议会星期二投票决定关闭旧河桥，禁止汽车通行，因为工程师在两个桥墩上发现了裂缝。</p><p>新桥计划建在下游一英里处，议会预计明年春天选定设计方案，如果地区拨款获得批准，工程可能在第二年开工。</p></article>");

        var article = ArticleExtractor.Extract(html);

        Assert.True(article.HasArticle, article.NoArticleReason);
        Assert.StartsWith("市议会星期二投票决定", article.BodyText);
    }

    [Fact]
    public void A_very_large_page_is_extracted()
    {
        // 3 000 article paragraphs after 5 000 navigation links: about 1.6 million characters.
        var navigation = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<li><a href=\"/s/{i}\">Section {i}</a></li>"));
        var paragraphs = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>{Prose[i % 4]} ({i})</p>"));
        var html = Page($"<nav><ul>{navigation}</ul></nav><article><h1>Council closes river bridge</h1>{paragraphs}</article>");

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(3000, article.Blocks.Count(b => b.Kind is SegmentKind.Lead or SegmentKind.Body));
        Assert.Equal(5000, article.Removed.Count(b => b.Reason == "navigation"));
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow()
    {
        // Tags nested past MarkupNesting.MaxDepth are dropped before parsing (their text stays), so hostile nesting after
        // the article costs linear time and leaves the article alone.
        var html = "<article>" + Paragraphs() + "</article><div class=\"junk\">"
                   + string.Concat(Enumerable.Repeat("<div><span>x</span>", 50_000)) + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</div>";

        var article = ArticleExtractor.Extract(html);

        Assert.Equal(string.Join("\n\n", Prose), article.BodyText);
    }

    [Fact]
    public void A_page_given_as_windows_1251_bytes_keeps_its_cyrillic_text()
    {
        const string paragraph = "Городской совет во вторник проголосовал за закрытие старого моста через реку для автомобилей, после того как инженеры обнаружили трещины в двух опорах.";
        var html = $"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Совет закрывает мост</title></head><body><article><h1>Совет закрывает мост</h1><p>{paragraph}</p></article></body></html>""";
        var bytes = CodePages.Windows1251.GetBytes(html);

        var article = ArticleExtractor.Extract(bytes, contentType: null);

        Assert.Equal(paragraph, article.BodyText);
        Assert.Equal("Совет закрывает мост", article.Headline);
        Assert.Equal(new DecodedPage(article.Encoding!.Text, "windows-1251", CharsetSource.Page), article.Encoding);
    }
}

/// <summary>Legacy encodings for building test bytes.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);
}
