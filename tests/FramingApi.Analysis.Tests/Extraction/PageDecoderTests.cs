using System.Text;
using FramingApi.Analysis.Extraction;

namespace FramingApi.Analysis.Tests.Extraction;

public class PageDecoderTests
{
    const string Russian = "Городской совет закрыл мост";
    const string French = "Le conseil a fermé le pont « à cause des fissures » — été 2023";

    static byte[] Html(Encoding encoding, string head, string text) =>
        encoding.GetBytes($"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>");

    [Theory]
    [InlineData("""<meta charset="windows-1251">""")]
    [InlineData("""<meta charset=windows-1251>""")]
    [InlineData("""<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">""")]
    [InlineData("""<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=cp1251">""")]
    public void The_page_declares_its_charset(string meta)
    {
        var page = PageDecoder.Decode(Html(CodePages.Windows1251, meta, Russian));

        Assert.Contains(Russian, page.Text);
        Assert.Equal("windows-1251", page.Encoding);
        Assert.Equal(CharsetSource.Page, page.Source);
    }

    [Fact]
    public void The_content_type_header_wins_over_the_page()
    {
        // The server knows better than a stale meta tag copied from a template.
        var bytes = Html(CodePages.Windows1251, """<meta charset="utf-8">""", Russian);

        var page = PageDecoder.Decode(bytes, "text/html; charset=\"Windows-1251\"");

        Assert.Contains(Russian, page.Text);
        Assert.Equal(CharsetSource.ContentType, page.Source);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_everything()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Html(Encoding.UTF8, """<meta charset="windows-1251">""", Russian)).ToArray();

        var page = PageDecoder.Decode(bytes, "text/html; charset=iso-8859-1");

        Assert.Contains(Russian, page.Text);
        Assert.Equal(CharsetSource.ByteOrderMark, page.Source);
        Assert.StartsWith("<html>", page.Text);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("windows-1252")]
    [InlineData("us-ascii")]
    public void Latin_labels_mean_windows_1252(string label)
    {
        // Windows-1252 agrees with ISO-8859-1 on every byte the latter defines, and gives the curly quotes and
        // dashes that pages labelled ISO-8859-1 really use (the WHATWG Encoding standard maps the labels so).
        var text = French + " “quoted” – €5";
        var page = PageDecoder.Decode(Html(CodePages.Windows1252, $"""<meta charset="{label}">""", text));

        Assert.Contains(text, page.Text);
        Assert.Equal("windows-1252", page.Encoding);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding_of_an_xhtml_page()
    {
        var bytes = CodePages.Windows1251.GetBytes($"""<?xml version="1.0" encoding="windows-1251"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>{Russian}</p></body></html>""");

        var page = PageDecoder.Decode(bytes);

        Assert.Contains(Russian, page.Text);
        Assert.Equal(CharsetSource.Page, page.Source);
    }

    [Fact]
    public void Without_a_declaration_utf8_is_assumed_and_invalid_utf8_falls_back_to_windows_1252()
    {
        var utf8 = PageDecoder.Decode(Html(Encoding.UTF8, "", Russian));
        Assert.Contains(Russian, utf8.Text);
        Assert.Equal(CharsetSource.Default, utf8.Source);

        var legacy = PageDecoder.Decode(Html(CodePages.Windows1252, "", French));
        Assert.Contains(French, legacy.Text);
        Assert.Equal(CharsetSource.Fallback, legacy.Source);
    }

    [Theory]
    [InlineData("text/html; charset=no-such-charset")]
    [InlineData("text/html")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_or_missing_header_charset_falls_through_to_the_page(string? contentType)
    {
        var page = PageDecoder.Decode(Html(CodePages.Windows1251, """<meta charset="windows-1251">""", Russian), contentType);

        Assert.Contains(Russian, page.Text);
        Assert.Equal(CharsetSource.Page, page.Source);
    }

    [Fact]
    public void A_page_declaring_utf16_in_its_markup_is_read_as_utf8()
    {
        // A real UTF-16 page starts with a byte order mark; ASCII markup saying utf-16 cannot be UTF-16.
        var page = PageDecoder.Decode(Html(Encoding.UTF8, """<meta charset="utf-16">""", Russian));

        Assert.Contains(Russian, page.Text);
        Assert.Equal("utf-8", page.Encoding);
    }

    [Theory]
    [InlineData("<p>a\fb</p>", "<p>a b</p>")]              // a form feed is white space in HTML
    [InlineData("<p>a\u0000b</p>", "<p>ab</p>")]           // the parser ignores a NUL in text
    [InlineData("<p>a\u001Bb\u007F</p>", "<p>a b </p>")]   // an escape, DEL: parse errors nobody sees
    [InlineData("<p>\t\r\n😀</p>", "<p>\t\r\n😀</p>")]  // tab, line breaks and surrogate pairs stay
    public void Clean_keeps_what_a_browser_reads(string markup, string expected) =>
        Assert.Equal(expected, PageDecoder.Clean(markup));

    [Fact]
    public void Clean_replaces_an_unpaired_surrogate()
    {
        // Only a JSON escape can make one ("\ud800"); built at run time, as attribute strings cannot hold one.
        var markup = "<p>a" + (char)0xD800 + "b</p>" + (char)0xDC00;
        Assert.Equal("<p>a\uFFFDb</p>\uFFFD", PageDecoder.Clean(markup));
    }

    [Fact]
    public void Clean_returns_the_same_string_when_nothing_is_unreadable()
    {
        const string markup = "<p>Nothing to change here.</p>";
        Assert.Same(markup, PageDecoder.Clean(markup));
    }
}
