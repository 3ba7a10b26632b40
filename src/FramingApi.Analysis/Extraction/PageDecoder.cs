using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace FramingApi.Analysis.Extraction;

/// <summary>Where the character encoding of a page's bytes came from.</summary>
public enum CharsetSource : byte
{
    /// <summary>A byte order mark at the start of the bytes.</summary>
    ByteOrderMark,
    /// <summary>The <c>charset</c> parameter of the Content-Type header value.</summary>
    ContentType,
    /// <summary>A <c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type"&gt;</c> or XML declaration near the start of the page.</summary>
    Page,
    /// <summary>Nothing declared and the bytes are valid UTF-8 (or nothing declared at all): UTF-8.</summary>
    Default,
    /// <summary>Nothing declared and the bytes are not valid UTF-8: windows-1252, as browsers do.</summary>
    Fallback,
}

/// <summary>The text of a page's bytes and how its encoding was chosen.</summary>
/// <param name="Text">The decoded page.</param>
/// <param name="Encoding">The WHATWG name of the encoding used (e.g. <c>utf-8</c>, <c>windows-1251</c>).</param>
/// <param name="Source">Where the encoding came from.</param>
public sealed record DecodedPage(string Text, string Encoding, CharsetSource Source);

/// <summary>Decodes the bytes of a web page into text, choosing the encoding as browsers do.</summary>
/// <remarks>
/// The order (after the WHATWG Encoding standard's "decode" and the HTML standard's encoding sniffing):
/// <list type="number">
/// <item>A byte order mark (UTF-8, UTF-16 LE/BE) wins over everything: it cannot be there by accident.</item>
/// <item>The <c>charset</c> of the Content-Type header value, when it names an encoding .NET knows.</item>
/// <item>A <c>&lt;meta charset=…&gt;</c>, a <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> or an
/// XML declaration's <c>encoding="…"</c> in the first 4096 bytes (the HTML standard's prescan looks at 1024; pages
/// with long heads put it later).</item>
/// <item>Otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252.</item>
/// </list>
/// Labels are mapped as the WHATWG standard maps them: <c>iso-8859-1</c>, <c>latin1</c> and <c>us-ascii</c> mean
/// windows-1252 (which agrees with them on every byte they define); a page that declares UTF-16 in its own markup
/// is decoded as UTF-8 (a real UTF-16 page starts with a byte order mark). The legacy code pages come from
/// <see cref="CodePagesEncodingProvider"/>, registered once.
/// </remarks>
public static partial class PageDecoder
{
    const int PrescanBytes = 4096;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A page's markup as a browser reads it, for characters that no text can hold: a NUL is dropped (the HTML parser
    /// ignores it in text), every other control character but tab, line feed and carriage return becomes a space (a
    /// form feed is white space in HTML; the others are parse errors that browsers do not show), and an unpaired UTF-16
    /// surrogate becomes U+FFFD. Real pages carry such characters (a form feed between scripts, a stray escape in a
    /// comment); they are no reason to refuse the page. The same string when there is nothing to change.
    /// </summary>
    public static string Clean(string markup)
    {
        var first = markup.AsSpan().IndexOfAny(Unreadable);
        if (first < 0) return markup;
        var clean = new StringBuilder(markup.Length);
        clean.Append(markup, 0, first);
        for (var i = first; i < markup.Length; i++)
        {
            var c = markup[i];
            if (char.IsHighSurrogate(c) && i + 1 < markup.Length && char.IsLowSurrogate(markup[i + 1]))
            {
                clean.Append(c).Append(markup[++i]);
                continue;
            }
            if (c == '\0') continue;
            clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c is < ' ' and not ('\t' or '\n' or '\r') or '\u007F' ? ' ' : c);
        }
        return clean.ToString();
    }

    static readonly SearchValues<char> Unreadable = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + '\u007F' + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>Decodes <paramref name="page"/>; <paramref name="contentType"/> is the Content-Type header value, if any.</summary>
    public static DecodedPage Decode(ReadOnlySpan<byte> page, string? contentType = null)
    {
        if (page.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DecodedPage(Encoding.UTF8.GetString(page[3..]), "utf-8", CharsetSource.ByteOrderMark);
        if (page.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedPage(Encoding.Unicode.GetString(page[2..]), "utf-16le", CharsetSource.ByteOrderMark);
        if (page.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedPage(Encoding.BigEndianUnicode.GetString(page[2..]), "utf-16be", CharsetSource.ByteOrderMark);

        if (CharsetOf(contentType) is { } declared && ByLabel(declared, fromMarkup: false) is { } fromHeader)
            return new DecodedPage(fromHeader.GetString(page), NameOf(fromHeader), CharsetSource.ContentType);

        if (DeclaredInPage(page) is { } inPage && ByLabel(inPage, fromMarkup: true) is { } fromPage)
            return new DecodedPage(fromPage.GetString(page), NameOf(fromPage), CharsetSource.Page);

        try
        {
            return new DecodedPage(StrictUtf8.GetString(page), "utf-8", CharsetSource.Default);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = Encoding.GetEncoding(1252);
            return new DecodedPage(windows1252.GetString(page), "windows-1252", CharsetSource.Fallback);
        }
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type value (<c>text/html; charset="windows-1251"</c>), or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups["label"].Value : null;
    }

    /// <summary>The encoding declared by a meta tag or XML declaration in the first bytes, or null.</summary>
    static string? DeclaredInPage(ReadOnlySpan<byte> page)
    {
        // Latin-1 maps every byte to one char, so ASCII markup reads as itself whatever the real encoding.
        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success) return xml.Groups["label"].Value;
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = MetaCharset().Match(meta.Value);
            if (charset.Success) return charset.Groups["label"].Value;
        }
        return null;
    }

    /// <summary>The encoding for a label, WHATWG-mapped; null when unknown.</summary>
    static Encoding? ByLabel(string label, bool fromMarkup)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" or "iso_8859-1" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "cp1251" or "x-cp1251" => "windows-1251",
            _ => name,
        };
        if (fromMarkup && name.StartsWith("utf-16", StringComparison.Ordinal)) name = "utf-8";
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // UTF-7 is never a web encoding (and .NET refuses it anyway).
            return encoding.CodePage == 65000 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    static string NameOf(Encoding encoding) => encoding.WebName switch
    {
        "Windows-1252" => "windows-1252",
        var web => web.ToLowerInvariant(),
    };

    [GeneratedRegex("""charset\s*=\s*["']?(?<label>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<label>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
