using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<div>A<br>B</div>", "A\n\nB")]
    [InlineData("<h1>Title</h1><p>Body   text\n  here</p>", "Title\n\nBody text here")]
    [InlineData("<p>Fish &amp; chips &ldquo;now&rdquo; &#8212; &nbsp;cheap</p>", "Fish & chips “now” — cheap")]
    [InlineData("<p>An <b>in</b><i>line</i> word</p>", "An inline word")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc")]
    [InlineData("plain text, no tags", "plain text, no tags")]
    [InlineData("", "")]
    public void Blocks_become_paragraphs(string html, string expected) =>
        Assert.Equal(expected, HtmlText.Extract(html));

    [Fact]
    public void Non_content_elements_are_dropped()
    {
        const string html = """
            <html><head><title>Page title</title><style>p { color: red }</style></head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <script>var x = "<p>not text</p>";</script>
              <article>
                <h1>Biden orders evidence shared</h1>
                <figure><img src="x.jpg"><figcaption>The president</figcaption></figure>
                <p>The president has ordered the sharing of evidence.</p>
                <noscript>Enable JavaScript</noscript>
                <form><input name="q"><button>Search</button></form>
                <svg><text>chart</text></svg>
                <iframe src="https://example.org/ad"></iframe>
                <template><p>hidden</p></template>
                <blockquote>“A quote.”</blockquote>
              </article>
            </body></html>
            """;
        Assert.Equal(
            "Biden orders evidence shared\n\nThe president\n\nThe president has ordered the sharing of evidence.\n\n“A quote.”",
            HtmlText.Extract(html));
    }

    [Fact]
    public void Malformed_and_deeply_nested_html_does_not_throw()
    {
        Assert.Equal("a\n\nb c", HtmlText.Extract("<p>a<p>b <span>c</div></b>"));
        var deep = string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "deep";
        Assert.Equal("deep", HtmlText.Extract(deep));
        var closed = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "in" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "<p>out</p>";
        Assert.Equal("in\n\nout", HtmlText.Extract(closed));
        Assert.Equal("<", HtmlText.Extract(string.Concat(Enumerable.Repeat("<<a <b </ <!-- ", 10_000))));
        var huge = "<p>" + new string('w', 1_000_000) + "</p><script>" + new string('<', 10_000);
        Assert.Equal(1_000_000, HtmlText.Extract(huge).Length);
        Assert.Equal("x y", HtmlText.Extract("<p>x\u0000\u0007y</p>"));
    }

    [Theory]
    [InlineData("<div><p>a</p><br/><img src=x><script>if (a < b) { x = '<div>'; }</script></div>", 3)]
    [InlineData("<!-- <div><div><div><div> --><p>x</p>", 3)]
    public void Ordinary_html_is_not_touched_by_the_nesting_limit(string html, int limit) =>
        Assert.Same(html, HtmlText.LimitNesting(html, limit));

    [Fact]
    public void Tags_beyond_the_nesting_limit_are_dropped_but_their_text_kept() =>
        Assert.Equal("<div><div>ac</div></div>after",
            HtmlText.LimitNesting("<div><div>a<div><b>c</b></div></div></div>after", 2));
}
