using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FramingApi.Analysis.Text;
using static FramingApi.Analysis.Extraction.BoilerplatePatterns;

namespace FramingApi.Analysis.Extraction;

/// <summary>A paragraph, heading, list item or quotation of the article, in reading order.</summary>
/// <param name="Kind">Headline, Lead, Body or Quotation (a paragraph of a block quotation).</param>
/// <param name="Text">The block's text, whitespace collapsed.</param>
public sealed record ArticleBlock(SegmentKind Kind, string Text);

/// <summary>A block of the page left out of the article, and why (<c>navigation</c>, <c>related links</c>,
/// <c>share</c>, <c>caption</c>, <c>outside the article</c> …).</summary>
public sealed record RemovedBlock(string Text, string Reason);

/// <summary>What <see cref="ArticleExtractor"/> found in a page.</summary>
/// <param name="Text">The text to store and analyse, with explicit segments: the headline, then the article's
/// blocks (lead, body; block quotations are Body segments with a Quotation segment over them), then every removed
/// block as a Boilerplate segment, blank lines between blocks. Offsets of the article never depend on what was
/// removed.</param>
/// <param name="Headline">The article's headline, when the page has one.</param>
/// <param name="Blocks">The article's blocks in reading order (the headline first, when known).</param>
/// <param name="Removed">Everything else the page shows as text, in page order, with the reason it was removed.</param>
/// <param name="Metadata">Title, authors, dates, canonical url, language, section — each with its provenance.</param>
/// <param name="Encoding">The encoding the page's bytes were decoded with (null when the page came as a string).</param>
/// <param name="NoArticleReason">Null when an article was found; else why not (say, "The page has no article text:
/// 12 letters and digits outside navigation, links and other boilerplate …").</param>
public sealed record ExtractedArticle(
    SegmentedText Text,
    string? Headline,
    IReadOnlyList<ArticleBlock> Blocks,
    IReadOnlyList<RemovedBlock> Removed,
    PageMetadata Metadata,
    DecodedPage? Encoding,
    string? NoArticleReason)
{
    /// <summary>Whether the page has an article (see <see cref="NoArticleReason"/>).</summary>
    public bool HasArticle => NoArticleReason is null;

    /// <summary>
    /// The text to store when the request gives parts of its own: <paramref name="headline"/> (given by the client)
    /// replaces the page's headline, and <paramref name="comments"/> and <paramref name="boilerplate"/> are appended
    /// after everything else as Comments and Boilerplate segments (non-blank ones, trimmed). Without any of them this
    /// is <see cref="Text"/>.
    /// </summary>
    public SegmentedText Compose(string? headline = null, IReadOnlyList<string>? comments = null, IReadOnlyList<string>? boilerplate = null)
    {
        var given = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        if (given is null && (comments is null || comments.All(string.IsNullOrWhiteSpace)) && (boilerplate is null || boilerplate.All(string.IsNullOrWhiteSpace)))
            return Text;
        var pieces = new List<(string Text, SegmentKind Kind, bool Quote)>(Blocks.Count + Removed.Count + 4);
        if (given is not null) pieces.Add((given, SegmentKind.Headline, false));
        foreach (var block in Blocks)
        {
            if (block.Kind == SegmentKind.Headline && given is not null) continue;
            pieces.Add(block.Kind == SegmentKind.Quotation ? (block.Text, SegmentKind.Body, true) : (block.Text, block.Kind, false));
        }
        foreach (var block in Removed) pieces.Add((block.Text, SegmentKind.Boilerplate, false));
        foreach (var comment in comments ?? [])
            if (!string.IsNullOrWhiteSpace(comment)) pieces.Add((comment.Trim(), SegmentKind.Comments, false));
        foreach (var furniture in boilerplate ?? [])
            if (!string.IsNullOrWhiteSpace(furniture)) pieces.Add((furniture.Trim(), SegmentKind.Boilerplate, false));
        return ArticleExtractor.Join(pieces);
    }

    /// <summary>The article's lead, body and quotation text (no headline), paragraphs separated by blank lines.</summary>
    public string BodyText => string.Join("\n\n", Blocks.Where(b => b.Kind != SegmentKind.Headline).Select(b => b.Text));
}

/// <summary>
/// Finds the article in a web page: its headline, lead, body and block quotations in reading order, everything else
/// as removed blocks with a reason, and the page's metadata with provenance. Pure: no I/O.
/// </summary>
/// <remarks>
/// <para>How (docs/EXTRACTION.md has the full account and the benchmark figures):</para>
/// <list type="number">
/// <item>The page is parsed by AngleSharp's HTML5 parser (XHTML and malformed markup included; nesting beyond
/// <see cref="MarkupNesting.MaxDepth"/> flattened first) and read into text blocks: a block per paragraph-level element or
/// run of text between block elements and <c>&lt;br&gt;</c>s (so articles written as divs with line breaks are
/// paragraphs too); script, style, forms controls and media give no text.</item>
/// <item>The main content is chosen by <see cref="ContentSelector"/> (Readability's candidate scoring, sibling
/// merging and conditional cleaning, with boilerplate tags, roles and class words set aside first), helped by the
/// page's JSON-LD <c>articleBody</c> when it has one (<see cref="ArticleBodyHint"/>). When the strict attempt keeps
/// under <see cref="RetryChars"/> characters, it is tried again without the class-word exclusions, then also with
/// hidden and <c>&lt;noscript&gt;</c> content (a page whose article is only in its noscript fallback), and the longest
/// result wins.</item>
/// <item>In the content: the block that repeats the headline is the headline (the first &lt;h1&gt; agreeing with the
/// page's title, else the first &lt;h1&gt;, else the title); a page without a title takes its headline as its title
/// (<see cref="MetadataSource.Headline"/>); short blocks that are bylines ("By Jane Doe") and exact
/// repeats of earlier blocks are removed.</item>
/// <item>The lead is the first body block, extended to the next ones while it has fewer than 12 words (up to three
/// blocks). Paragraphs inside &lt;blockquote&gt; are block quotations. A short paragraph ending with a photo credit in
/// brackets ("(Image: Getty)") is a caption.</item>
/// <item>When even the relaxed attempt keeps under <see cref="RetryChars"/> characters and the page's JSON-LD has an
/// <c>articleBody</c> more than twice as long (a page whose article a script renders), the articleBody's paragraphs are
/// the article and the page's blocks are all removed.</item>
/// <item>A page whose lead and body have fewer than <see cref="MinArticleLetters"/> letters and digits (about 15 English
/// words; letters rather than words so that Chinese and Japanese count alike) has no article.</item>
/// </list>
/// </remarks>
public static partial class ArticleExtractor
{
    /// <summary>Fewer letters and digits than this in the lead and body: the page has no article.</summary>
    public const int MinArticleLetters = 80;

    /// <summary>A strict attempt keeping fewer characters than this is retried with fewer exclusions.</summary>
    public const int RetryChars = 500;

    const int LeadWords = 12;

    /// <summary>Extracts the article from a page's bytes, decoded by <see cref="PageDecoder"/> (the Content-Type
    /// header value's charset, a byte order mark, the page's own declaration, else UTF-8).</summary>
    /// <param name="page">The page as fetched.</param>
    /// <param name="contentType">The Content-Type header value, if any (<c>text/html; charset=windows-1251</c>).</param>
    /// <param name="url">Where the page came from, if known: resolves relative links and dates from the path.</param>
    public static ExtractedArticle Extract(ReadOnlySpan<byte> page, string? contentType, string? url = null)
    {
        var decoded = PageDecoder.Decode(page, contentType);
        return Extract(decoded.Text, url) with { Encoding = decoded };
    }

    /// <summary>Extracts the article from a page's markup.</summary>
    /// <param name="html">The page (HTML or XHTML).</param>
    /// <param name="url">Where the page came from, if known.</param>
    public static ExtractedArticle Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(MarkupNesting.Limit(html, MarkupNesting.MaxDepth));
        var metadata = MetadataReader.Read(document, url, out var jsonLd);
        var page = PageBlocks.Read(document);
        var hint = ArticleBodyHint.From(jsonLd?.ArticleBody);
        Func<int, bool>? matches = null;
        if (hint is not null)
        {
            var cache = new sbyte[page.Blocks.Count];
            matches = i => cache[i] != 0 ? cache[i] > 0 : (cache[i] = (sbyte)(hint.Matches(page.Blocks[i].Text) ? 1 : -1)) > 0;
        }

        string?[]? chosen = null;
        long chosenChars = -1;
        foreach (var attempt in (ReadOnlySpan<ContentSelector.Attempt>)[ContentSelector.Attempt.Strict, ContentSelector.Attempt.Hidden | ContentSelector.Attempt.Noscript, ContentSelector.Attempt.Relaxed])
        {
            var reasons = ContentSelector.Select(page, attempt, matches, out _);
            long kept = 0;
            for (var i = 0; i < reasons.Length; i++)
                if (reasons[i] is null) kept += page.Blocks[i].Chars;
            if (kept > chosenChars)
            {
                chosen = reasons;
                chosenChars = kept;
            }
            if (kept >= RetryChars) break;
        }
        chosen ??= [];

        // A page that renders its article with a script (an empty shell, the text only in its data) but states the
        // article in JSON-LD: the articleBody, paragraph by paragraph, rather than no article at all.
        var body = jsonLd?.ArticleBody;
        if (chosenChars < RetryChars && body is not null && body.Length >= ArticleBodyHint.MinChars && body.Length > 2 * chosenChars
            && document.DocumentElement is { } root)
        {
            for (var i = 0; i < chosen.Length; i++) chosen[i] ??= Reasons.OutsideArticle;
            foreach (var paragraph in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var text = MetadataReader.Clean(paragraph);
                if (text.Length == 0) continue;
                page.Blocks.Add(new TextBlock { Text = text, Owner = root, Kind = BlockKind.Paragraph, Words = CountWords(text) });
            }
            Array.Resize(ref chosen, page.Blocks.Count);
        }
        return Compose(page, chosen, metadata);
    }

    static ExtractedArticle Compose(PageBlocks page, string?[] reasons, PageMetadata metadata)
    {
        var blocks = page.Blocks;
        var headlineIndex = FindHeadline(page, reasons, metadata);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var roles = new SegmentKind?[blocks.Count]; // null: removed
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == headlineIndex)
            {
                roles[i] = SegmentKind.Headline;
                reasons[i] = null;
                continue;
            }
            if (reasons[i] is not null) continue;
            var block = blocks[i];
            if (IsByline(block)) reasons[i] = Reasons.Byline;
            else if (block.Words < 40 && PhotoCredit().IsMatch(block.Text)) reasons[i] = Reasons.Caption;
            else if (block.Words <= 6 && AdvertisementLabel().IsMatch(block.Text)) reasons[i] = Reasons.Advertisement;
            else if (headlineIndex >= 0 && SameText(block.Text, blocks[headlineIndex].Text)) reasons[i] = Reasons.Duplicate;
            else if (block.Words >= 10 && !seen.Add(block.Text)) reasons[i] = Reasons.Duplicate; // short repeats are often real (a table's headings)
            else roles[i] = block.InQuote ? SegmentKind.Quotation : SegmentKind.Body;
        }

        // The lead: the first body blocks until one has 12 words (three at most).
        var leadBlocks = 0;
        for (var i = 0; i < blocks.Count && leadBlocks < 3; i++)
        {
            if (roles[i] is not SegmentKind.Body) continue;
            if (blocks[i].Kind == BlockKind.Heading && leadBlocks == 0) break; // a cross-head first: no lead
            roles[i] = SegmentKind.Lead;
            leadBlocks++;
            if (blocks[i].Words >= LeadWords) break;
        }

        // The stored text: headline, article blocks, then removed blocks.
        var pieces = new List<(string Text, SegmentKind Kind, bool Quote)>();
        var kept = new List<ArticleBlock>();
        var removed = new List<RemovedBlock>();
        var letters = 0;
        if (headlineIndex >= 0) pieces.Add((blocks[headlineIndex].Text, SegmentKind.Headline, false));
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is not { } role || role == SegmentKind.Headline) continue;
            pieces.Add((blocks[i].Text, role == SegmentKind.Quotation ? SegmentKind.Body : role, role == SegmentKind.Quotation));
            foreach (var c in blocks[i].Text)
                if (char.IsLetterOrDigit(c)) letters++;
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is not null) continue;
            removed.Add(new RemovedBlock(blocks[i].Text, reasons[i] ?? Reasons.OutsideArticle));
            pieces.Add((blocks[i].Text, SegmentKind.Boilerplate, false));
        }
        foreach (var (part, kind, quote) in pieces)
            if (kind != SegmentKind.Boilerplate) kept.Add(new ArticleBlock(quote ? SegmentKind.Quotation : kind, part));
        var noArticle = letters >= MinArticleLetters ? null
            : $"The page has no article text: {letters} letters and digits outside navigation, links and other boilerplate (an article has at least {MinArticleLetters}).";
        // A page without a title of its own (an HTML fragment: <h1>…</h1><p>…</p>) is titled by its headline, as a
        // reader of it would title it; the headline is then the page's first <h1> (FindHeadline without a title).
        if (metadata.Title is null && headlineIndex >= 0)
            metadata = metadata with { Title = new MetadataValue<string>(blocks[headlineIndex].Text, MetadataSource.Headline, "h1") };
        return new ExtractedArticle(Join(pieces), headlineIndex >= 0 ? blocks[headlineIndex].Text : metadata.Title?.Value,
            kept, removed, metadata, null, noArticle);
    }

    /// <summary>The pieces in order, blank lines between, one segment each (and a Quotation segment over a quoted
    /// Body piece).</summary>
    internal static SegmentedText Join(List<(string Text, SegmentKind Kind, bool Quote)> pieces)
    {
        var length = Math.Max(0, 2 * (pieces.Count - 1));
        foreach (var piece in pieces) length += piece.Text.Length;
        var text = string.Create(length, pieces, static (destination, pieces) =>
        {
            var at = 0;
            foreach (var (part, _, _) in pieces)
            {
                if (at > 0)
                {
                    destination[at++] = '\n';
                    destination[at++] = '\n';
                }
                part.CopyTo(destination[at..]);
                at += part.Length;
            }
        });
        var segments = new List<Segment>(pieces.Count + 4);
        var position = 0;
        foreach (var (part, kind, quote) in pieces)
        {
            if (position > 0) position += 2;
            segments.Add(new Segment(kind, position, position + part.Length));
            if (quote) segments.Add(new Segment(SegmentKind.Quotation, position, position + part.Length));
            position += part.Length;
        }
        return new SegmentedText(text, segments);
    }

    /// <summary>The block that is the headline: the first &lt;h1&gt; agreeing with the page's title, else the first
    /// &lt;h1&gt; not set aside as boilerplate by its markup, else a content block repeating the title; -1 if none.</summary>
    static int FindHeadline(PageBlocks page, string?[] reasons, PageMetadata metadata)
    {
        var title = metadata.Title?.Value;
        var firstH1 = -1;
        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var block = page.Blocks[i];
            if (block.Kind != BlockKind.Heading || block.HeadingLevel != 1 || block.Words == 0) continue;
            if (title is not null && AgreesWithTitle(block.Text, title)) return i;
            if (firstH1 < 0 && reasons[i] is null or Reasons.OutsideArticle or Reasons.Header) firstH1 = i;
        }
        if (firstH1 >= 0) return firstH1;
        if (title is null) return -1;
        for (var i = 0; i < page.Blocks.Count; i++)
            if (reasons[i] is null && page.Blocks[i].Kind == BlockKind.Heading && AgreesWithTitle(page.Blocks[i].Text, title)) return i;
        return -1;
    }

    /// <summary>Equal ignoring case and whitespace, or the title is the heading plus a site name ("Heading | Site").</summary>
    static bool AgreesWithTitle(string heading, string title)
    {
        var h = Normalize(heading);
        var t = Normalize(title);
        if (h.Length == 0) return false;
        return h == t || (t.StartsWith(h, StringComparison.Ordinal) && h.Length * 2 >= t.Length) || (h.StartsWith(t, StringComparison.Ordinal) && t.Length * 2 >= h.Length);
    }

    static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    static bool SameText(string a, string b) => Normalize(a) == Normalize(b);

    static string Normalize(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
        return new string(chars, 0, n);
    }

    /// <summary>A caption written as a paragraph: a text ending with a credit in brackets ("… (Image: Getty)", "…
    /// (Photo: Jane Doe/Reuters)", "… (AP Photo/John Roe)", "… [Getty Images]"), or a credit line naming a photo agency
    /// after a bar or slash ("Jane Doe | Bloomberg | Getty Images"). A credit alone in brackets is left alone.</summary>
    [GeneratedRegex(@"\w.*?\s[(\[](?:(?:images?|photos?|pictures?|pics?|credits?|fotos?|video|source)\s*:[^)\]]{1,80}|(?:ap|afp|epa|pa|reuters|getty)[^)\]]{0,60}|[^)\]]{0,60}(?:getty images|shutterstock|/ap|/reuters|/afp|/epa))[)\]]\s*$|^[^.!?]{0,80}[|/]\s*(?:getty images|reuters|afp|ap|epa|bloomberg|shutterstock)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    /// <summary>The label of an advertisement slot, alone in its block: "Advertisement", "ADVERT", "Sponsored
    /// content", "Story continues below advertisement", "Continue reading the main story".</summary>
    [GeneratedRegex(@"^\W*(?:advertisements?|advert|ads?|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|article continues below(?: advertisement)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisementLabel();

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters": a short block starting with "By" followed by a
    /// capitalised name and no sentence end.</summary>
    static bool IsByline(TextBlock block)
    {
        if (block.Words is < 2 or > 12) return false;
        var text = block.Text;
        if (!(text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("BY ", StringComparison.Ordinal) || text.StartsWith("by ", StringComparison.Ordinal))) return false;
        return text.Length > 3 && char.IsUpper(text[3]) && !text.TrimEnd().EndsWith('.');
    }
}
