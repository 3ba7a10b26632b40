using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace FramingApi.Analysis.Extraction;

/// <summary>What a text block is, by the element it sits in.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    Preformatted,
    Cell,
    Caption,
}

/// <summary>A run of text between block boundaries (block elements, <c>&lt;br&gt;</c>), in document order.</summary>
internal sealed class TextBlock
{
    public required string Text { get; init; }
    public required IElement Owner { get; init; }
    public BlockKind Kind { get; init; }
    public int HeadingLevel { get; init; }
    public bool InQuote { get; init; }
    public int Chars => Text.Length;
    public int LinkChars { get; init; }
    public int Commas { get; init; }
    public int Words { get; init; }

    /// <summary>The element that receives the block's full score: the paragraph's parent for a &lt;p&gt; (or li,
    /// td, pre …), the container itself for text sitting directly in a div.</summary>
    public IElement ScoreBase => ParagraphTags.Contains(Owner.LocalName) && Owner.ParentElement is { } parent ? parent : Owner;

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    internal static readonly FrozenSet<string> ParagraphTags = new[]
    {
        "p", "pre", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "address",
        "blockquote", "summary", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>An element that names a reason to drop its content, with the blocks it holds.</summary>
internal sealed record Exclusion(IElement Element, int Start, string Reason, ExclusionKind Kind)
{
    public int End { get; set; }
}

internal enum ExclusionKind : byte
{
    /// <summary>The tag or ARIA role (nav, aside, footer, header, figure).</summary>
    Semantic,
    /// <summary>A class or id word.</summary>
    ClassName,
    /// <summary>Hidden by attribute or inline style.</summary>
    Hidden,
    /// <summary>Inside &lt;noscript&gt;.</summary>
    Noscript,
}

/// <summary>The page as text blocks, with the block range of every block-level element.</summary>
internal sealed class PageBlocks
{
    // Elements whose content is never text of the page.
    static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "template", "svg", "math", "head", "title", "meta", "link", "iframe", "object", "embed",
        "canvas", "select", "textarea", "button", "input", "option", "audio", "video", "map", "img", "picture", "source",
        "base", "param", "track", "frame", "frameset", "applet", "datalist", "output", "progress", "meter",
    }.ToFrozenSet(StringComparer.Ordinal);

    static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "tr", "table",
        "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer", "main", "figure",
        "figcaption", "address", "pre", "details", "summary", "dialog", "fieldset", "legend", "hgroup", "center", "body",
        "html", "nav", "td", "th", "form", "noscript", "menu", "dir", "listing", "xmp", "plaintext", "frameset",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements that never start a block, even when unknown elements would.
    static readonly FrozenSet<string> InlineTags = new[]
    {
        "a", "span", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr", "cite", "code", "time", "mark", "q",
        "s", "strike", "del", "ins", "font", "label", "var", "kbd", "samp", "dfn", "bdi", "bdo", "big", "tt", "data",
        "ruby", "rt", "rp", "nobr", "acronym", "blink", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    public List<TextBlock> Blocks { get; } = [];
    public List<Exclusion> Exclusions { get; } = [];

    /// <summary>Block range [Start, End) of each block-level element that holds at least one block.</summary>
    public Dictionary<IElement, (int Start, int End)> Ranges { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Walks the document once (iteratively: hostile input nests deep).</summary>
    public static PageBlocks Read(IDocument document)
    {
        var page = new PageBlocks();
        if (document.Body is { } body) page.Walk(body);
        return page;
    }

    readonly StringBuilder _text = new();
    bool _pendingSpace;
    int _linkChars, _commas, _words;
    bool _inWord;
    int _linkDepth, _quoteDepth, _listDepth, _preDepth, _cellDepth, _captionDepth;
    readonly List<int> _headings = [];
    readonly List<(IElement Element, int Start)> _open = [];

    [Flags]
    enum Frame : ushort
    {
        None = 0, Block = 1, Link = 2, Quote = 4, ListItem = 8, Pre = 16, Cell = 32, Caption = 64, Heading = 128, Excluded = 256,
    }

    void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, Frame Frame, bool Leaving)>();
        stack.Push((root, Frame.None, false));
        while (stack.Count > 0)
        {
            var (node, frame, leaving) = stack.Pop();
            if (leaving)
            {
                Leave((IElement)node, frame);
                continue;
            }
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (Skipped.Contains(name)) continue;
                if (name is "br" or "hr")
                {
                    Flush();
                    continue;
                }
                var block = BlockTags.Contains(name) || (!InlineTags.Contains(name) && HasBlockChild(element));
                if (!block && BoilerplatePatterns.IsHidden(element)) continue; // hidden inline text: "(opens in a new window)"
                frame = Enter(element, name, block);
                stack.Push((element, frame, true));
                // By index: AngleSharp's PreviousSibling looks the node up in its parent, which is quadratic.
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], Frame.None, false));
            }
            else if (node.NodeType == NodeType.Text)
            {
                Append(node.TextContent);
            }
        }
        Flush();
    }

    static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (BlockTags.Contains(child.LocalName)) return true;
        return false;
    }

    Frame Enter(IElement element, string name, bool block)
    {
        var frame = Frame.None;
        if (block)
        {
            Flush();
            frame |= Frame.Block;
            _open.Add((element, Blocks.Count));
            if (name == "noscript") Exclude(element, BoilerplatePatterns.Reasons.Noscript, ExclusionKind.Noscript, ref frame);
            else if (BoilerplatePatterns.IsHidden(element)) Exclude(element, BoilerplatePatterns.Reasons.Hidden, ExclusionKind.Hidden, ref frame);
            else if (BoilerplatePatterns.SemanticReason(element) is { } semantic) Exclude(element, semantic, ExclusionKind.Semantic, ref frame);
            else if (name is not ("body" or "html" or "main" or "article") && !BoilerplatePatterns.IsArticleMarkup(element)
                     && BoilerplatePatterns.ClassReason(element) is { } byClass)
                Exclude(element, byClass, ExclusionKind.ClassName, ref frame);
        }
        switch (name)
        {
            case "a": _linkDepth++; frame |= Frame.Link; break;
            case "blockquote": _quoteDepth++; frame |= Frame.Quote; break;
            case "li" or "dd" or "dt": _listDepth++; frame |= Frame.ListItem; break;
            case "pre": _preDepth++; frame |= Frame.Pre; break;
            case "td" or "th": _cellDepth++; frame |= Frame.Cell; break;
            case "figcaption" or "caption": _captionDepth++; frame |= Frame.Caption; break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": _headings.Add(name[1] - '0'); frame |= Frame.Heading; break;
        }
        return frame;
    }

    void Exclude(IElement element, string reason, ExclusionKind kind, ref Frame frame)
    {
        Exclusions.Add(new Exclusion(element, Blocks.Count, reason, kind) { End = -1 });
        frame |= Frame.Excluded;
    }

    void Leave(IElement element, Frame frame)
    {
        if ((frame & Frame.Block) != 0)
        {
            Flush();
            var (_, start) = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (Blocks.Count > start) Ranges[element] = (start, Blocks.Count);
            if ((frame & Frame.Excluded) != 0)
            {
                // The innermost exclusion still open is this element's.
                for (var i = Exclusions.Count - 1; i >= 0; i--)
                {
                    if (Exclusions[i].End < 0 && ReferenceEquals(Exclusions[i].Element, element))
                    {
                        Exclusions[i].End = Blocks.Count;
                        break;
                    }
                }
            }
        }
        if ((frame & Frame.Link) != 0) _linkDepth--;
        if ((frame & Frame.Quote) != 0) _quoteDepth--;
        if ((frame & Frame.ListItem) != 0) _listDepth--;
        if ((frame & Frame.Pre) != 0) _preDepth--;
        if ((frame & Frame.Cell) != 0) _cellDepth--;
        if ((frame & Frame.Caption) != 0) _captionDepth--;
        if ((frame & Frame.Heading) != 0) _headings.RemoveAt(_headings.Count - 1);
    }

    void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200b' or '\u200c' or '\u200d' or '\ufeff' or '\u00ad')
            {
                if (c is '\u200c' or '\u200d' or '\u00ad' or '\u200b' or '\ufeff') continue; // invisible, not a space
                _pendingSpace = _text.Length > 0;
                _inWord = false;
                continue;
            }
            if (_pendingSpace)
            {
                _text.Append(' ');
                if (_linkDepth > 0) _linkChars++;
                _pendingSpace = false;
            }
            _text.Append(c);
            if (_linkDepth > 0) _linkChars++;
            if (c is ',' or '，' or '、' or '،') _commas++;
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !_inWord) _words++;
            _inWord = wordChar;
        }
    }

    void Flush()
    {
        if (_text.Length > 0)
        {
            var owner = _open.Count > 0 ? _open[^1].Element : null;
            if (owner is not null)
            {
                var kind = _headings.Count > 0 ? BlockKind.Heading
                    : _captionDepth > 0 ? BlockKind.Caption
                    : _preDepth > 0 ? BlockKind.Preformatted
                    : _listDepth > 0 ? BlockKind.ListItem
                    : _cellDepth > 0 ? BlockKind.Cell
                    : BlockKind.Paragraph;
                Blocks.Add(new TextBlock
                {
                    Text = _text.ToString(),
                    Owner = owner,
                    Kind = kind,
                    HeadingLevel = _headings.Count > 0 ? _headings[^1] : 0,
                    InQuote = _quoteDepth > 0,
                    LinkChars = Math.Min(_linkChars, _text.Length),
                    Commas = _commas,
                    Words = _words,
                });
            }
        }
        _text.Clear();
        _pendingSpace = false;
        _linkChars = _commas = _words = 0;
        _inWord = false;
    }
}
