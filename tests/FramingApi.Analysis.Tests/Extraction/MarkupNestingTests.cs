using FramingApi.Analysis.Extraction;

namespace FramingApi.Analysis.Tests.Extraction;

public class MarkupNestingTests
{
    [Theory]
    [InlineData("<div><p>a</p><br/><img src=x><script>if (a < b) { x = '<div>'; }</script></div>", 3)]
    [InlineData("<!-- <div><div><div><div> --><p>x</p>", 3)]
    public void Ordinary_html_is_not_touched_by_the_nesting_limit(string html, int limit) =>
        Assert.Same(html, MarkupNesting.Limit(html, limit));

    [Fact]
    public void Tags_beyond_the_nesting_limit_are_dropped_but_their_text_kept() =>
        Assert.Equal("<div><div>ac</div></div>after",
            MarkupNesting.Limit("<div><div>a<div><b>c</b></div></div></div>after", 2));

    [Fact]
    public void Hostile_markup_is_returned_whole_or_flattened_without_losing_text()
    {
        var deep = string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "deep";
        var limited = MarkupNesting.Limit(deep, MarkupNesting.MaxDepth);
        Assert.EndsWith("deep", limited);
        Assert.Equal(MarkupNesting.MaxDepth, limited.Split('<').Length - 1);
        var junk = string.Concat(Enumerable.Repeat("<<a <b </ <!-- ", 10_000));
        Assert.Same(junk, MarkupNesting.Limit(junk, MarkupNesting.MaxDepth));
    }
}
