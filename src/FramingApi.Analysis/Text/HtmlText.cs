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

    /// <summary>Extracts readable text: block elements become paragraphs separated by blank lines; script, style,
    /// nav, and similar non-content elements are dropped; entities are decoded; whitespace inside a paragraph is
    /// collapsed.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0) return "";

        var document = new HtmlParser().ParseDocument(html);
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
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    stack.Push((child, false));
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
            }
        }
        Flush();
        return output.ToString();
    }
}
