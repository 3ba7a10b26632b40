using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FramingApi.Analysis.Text;

/// <summary>HTML to plain text with a real HTML parser.</summary>
public static class HtmlText
{
    // Elements whose content is never article text.
    static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "nav", "iframe", "form", "button", "select",
        "textarea", "object", "embed", "canvas", "head", "title", "meta", "link",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Elements that start and end a paragraph.
    static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "br", "hr",
        "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer", "main",
        "figure", "figcaption", "address", "pre", "details", "summary", "dialog", "fieldset", "legend", "hgroup",
        "center", "body", "html",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements nested deeper than this are flattened before parsing (see <see cref="LimitNesting"/>).</summary>
    internal const int MaxDepth = 256;

    /// <summary>Extracts readable text: block elements become paragraphs separated by blank lines; script, style,
    /// nav, and similar non-content elements are dropped; entities are decoded; whitespace inside a paragraph is
    /// collapsed.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0) return "";

        var document = new HtmlParser().ParseDocument(LimitNesting(html, MaxDepth));
        var output = new StringBuilder(html.Length / 2);
        var paragraph = new StringBuilder();
        var pendingSpace = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                if (output.Length > 0) output.Append("\n\n");
                output.Append(paragraph);
                paragraph.Clear();
            }
            pendingSpace = false;
        }

        void AppendText(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    pendingSpace = paragraph.Length > 0;
                    continue;
                }
                if (pendingSpace) paragraph.Append(' ');
                paragraph.Append(c);
                pendingSpace = false;
            }
        }

        // Iterative walk: malformed or hostile input can nest elements tens of thousands deep.
        var stack = new Stack<(INode Node, bool Leaving)>();
        if (document.DocumentElement is { } root) stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                var block = Blocks.Contains(name);
                if (leaving)
                {
                    if (block) Flush();
                    continue;
                }
                if (Dropped.Contains(name)) continue;
                if (block) Flush();
                else if (name is "td" or "th") pendingSpace = paragraph.Length > 0;
                stack.Push((node, true));
                // By index: AngleSharp's PreviousSibling looks the node up in its parent, which is quadratic.
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
            }
        }
        Flush();
        return output.ToString();
    }

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
    internal static string LimitNesting(string html, int maxDepth)
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
