using System.Collections.Frozen;
using System.Text;

namespace FramingApi.Analysis.Extraction;

/// <summary>Keeps hostile nesting from making HTML parsing quadratic (see <see cref="Limit"/>).</summary>
internal static class MarkupNesting
{
    /// <summary>Elements nested deeper than this are flattened before parsing (see <see cref="Limit"/>).</summary>
    internal const int MaxDepth = 256;

    static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Drops start tags (and their end tags) nested more than <paramref name="maxDepth"/> deep, keeping all text.
    /// HTML parsers check the stack of open elements on every tag, so tens of thousands of unclosed elements
    /// make parsing quadratic; a cheap scan of the tags first keeps hostile input linear. The scan is approximate
    /// (a '&gt;' inside an attribute value ends the tag early) but it only ever removes tags, never text, and only
    /// beyond a depth no real page reaches. Input that never gets that deep is returned unchanged.
    /// </summary>
    internal static string Limit(string html, int maxDepth)
    {
        StringBuilder? output = null;
        var copied = 0;
        var depth = 0;
        var dropped = 0;
        var i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            i = lt + 1;
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var closing = html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) continue;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            var gt = html.IndexOf('>', nameEnd);
            var tagEnd = gt < 0 ? html.Length : gt + 1;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var lookup = Void.GetAlternateLookup<ReadOnlySpan<char>>();
            i = tagEnd;

            if (closing)
            {
                if (dropped > 0 && depth >= maxDepth)
                {
                    dropped--;
                    Skip(lt, tagEnd);
                }
                else if (depth > 0) depth--;
                continue;
            }
            if (RawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                var end = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (lookup.Contains(name) || html[tagEnd - 2] == '/') continue;
            if (depth < maxDepth) depth++;
            else
            {
                dropped++;
                Skip(lt, tagEnd);
            }
        }
        if (output is null) return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();

        void Skip(int start, int end)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, start - copied);
            copied = end;
        }
    }
}
