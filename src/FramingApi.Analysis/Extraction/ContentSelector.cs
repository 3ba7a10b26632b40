using AngleSharp.Dom;
using static FramingApi.Analysis.Extraction.BoilerplatePatterns;

namespace FramingApi.Analysis.Extraction;

/// <summary>Chooses the article's blocks among a page's blocks: readability-style candidate scoring over the blocks
/// that no boilerplate marker excludes, sibling merging, then conditional cleaning inside the chosen content.</summary>
/// <remarks>
/// The steps (Mozilla Readability's <c>_grabArticle</c>, on text blocks instead of a mutated DOM):
/// <list type="number">
/// <item>Exclusions: blocks inside elements whose tag, role, visibility or class/id words name boilerplate
/// (<see cref="BoilerplatePatterns"/>) are set aside with that reason — unless the element holds at least
/// <see cref="VetoShare"/> of the page's prose (paragraphs of 100 characters or more with few links): a container
/// holding most of the page's prose is the article, whatever its class says ("main has-sidebar"), and a widget is
/// never most of the page.</item>
/// <item>Scores: every remaining block of at least 25 characters scores 1 + its commas + one per 100 characters (at
/// most 3); its score goes to up to five ancestors, divided by 1, 2, then 3 × level. An ancestor starts from its tag
/// (div +5; pre, td, blockquote +3; lists, forms −3; headings −5) and Readability's class weight (±25). Each
/// candidate's score is then scaled by 1 − its link density.</item>
/// <item>The top candidate moves up to a common ancestor when three of the other top-five candidates scoring at least
/// 75 % of it lie under one, up to a parent that scores higher, and past parents it is the only child of.</item>
/// <item>Siblings of the top candidate join when they score at least max(10, 20 % of the top); sibling paragraphs join
/// when they are long (over 80 characters) with little link text (under 25 %), or short, without links and ending in
/// a period.</item>
/// <item>Cleaning inside the content: an element with fewer than 10 commas is dropped when it is mostly links
/// (link density over 20 %, or over 50 % with a positive class weight), or short (under 25 characters) and linked;
/// a block whose text is mostly links is dropped.</item>
/// </list>
/// </remarks>
internal static class ContentSelector
{
    /// <summary>An excluding element holding this share of the page's prose or more is not excluded.</summary>
    internal const double VetoShare = 0.5;

    const int MinScoredChars = 25;

    /// <summary>Which exclusion kinds apply: the strict first attempt applies all; retries drop the riskier ones.</summary>
    [Flags]
    internal enum Attempt
    {
        Relaxed = 0,
        ClassNames = 1,
        Hidden = 2,
        Noscript = 4,
        Strict = ClassNames | Hidden | Noscript,
    }

    /// <summary>A reason per block: null for a block of the article, else why it was removed.</summary>
    public static string?[] Select(PageBlocks page, Attempt attempt, Func<int, bool>? articleBodyMatch, out IElement? top)
    {
        var blocks = page.Blocks;
        var reasons = new string?[blocks.Count];
        ApplyExclusions(page, attempt, reasons);

        // Prefix sums of the eligible blocks' characters, link characters and commas: an element's figures are a
        // difference of two entries, its blocks being a contiguous range.
        var chars = new long[blocks.Count + 1];
        var links = new long[blocks.Count + 1];
        var commas = new long[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var eligible = reasons[i] is null;
            chars[i + 1] = chars[i] + (eligible ? blocks[i].Chars : 0);
            links[i + 1] = links[i] + (eligible ? blocks[i].LinkChars : 0);
            commas[i + 1] = commas[i] + (eligible ? blocks[i].Commas : 0);
        }
        double LinkDensity(IElement e)
        {
            if (!page.Ranges.TryGetValue(e, out var r)) return 0;
            var c = chars[r.End] - chars[r.Start];
            return c == 0 ? 0 : (double)(links[r.End] - links[r.Start]) / c;
        }
        long Chars(IElement e) => page.Ranges.TryGetValue(e, out var r) ? chars[r.End] - chars[r.Start] : 0;

        // 2. Scores.
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (reasons[i] is not null || block.Chars < MinScoredChars || block.Kind == BlockKind.Caption) continue;
            var score = 1.0 + block.Commas + Math.Min(block.Chars / 100, 3);
            if (articleBodyMatch is not null && articleBodyMatch(i)) score += 3; // the page's own articleBody has it
            var ancestor = block.ScoreBase;
            for (var level = 0; level < 5 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.LocalName is "html") break;
                if (!scores.TryGetValue(ancestor, out var current)) current = InitialScore(ancestor);
                scores[ancestor] = current + score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        top = null;
        if (scores.Count == 0) return FillOutside(reasons, null, page);
        var ranked = scores.Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key))))
            .OrderByDescending(c => c.Score).Take(5).ToList();
        double Final(IElement e) => scores.TryGetValue(e, out var s) ? s * (1 - LinkDensity(e)) : 0;
        var best = ranked[0].Element;
        var bestScore = ranked[0].Score;

        // 3. Up to a common ancestor of several strong candidates, or a stronger parent.
        var alternatives = ranked.Skip(1).Where(c => c.Score >= 0.75 * bestScore).Select(c => c.Element).ToList();
        if (alternatives.Count >= 3)
        {
            for (var parent = best.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            {
                var under = alternatives.Count(a => parent.Contains(a));
                if (under >= 3)
                {
                    best = parent;
                    break;
                }
            }
        }
        {
            var lastScore = Final(best);
            var threshold = lastScore / 3;
            for (var parent = best.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            {
                if (!scores.ContainsKey(parent)) continue;
                var parentScore = Final(parent);
                if (parentScore < threshold) break;
                if (parentScore > lastScore)
                {
                    best = parent;
                    break;
                }
                lastScore = parentScore;
            }
        }
        while (best.ParentElement is { } only && only.LocalName is not ("body" or "html") && only.Children.Length == 1) best = only;
        top = best;

        // 4. Siblings.
        var content = new List<(int Start, int End)>();
        var topScore = Final(best);
        var siblingThreshold = Math.Max(10, topScore * 0.2);
        var siblings = best.ParentElement?.Children ?? (IEnumerable<IElement>)[best];
        var topClass = best.GetAttribute("class");
        foreach (var sibling in siblings)
        {
            if (!page.Ranges.TryGetValue(sibling, out var range)) continue;
            var append = ReferenceEquals(sibling, best);
            if (!append)
            {
                var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
                if (scores.ContainsKey(sibling) && Final(sibling) + bonus >= siblingThreshold) append = true;
                else if (range.End - range.Start == 1 && blocks[range.Start].Kind == BlockKind.Paragraph && reasons[range.Start] is null)
                {
                    var length = Chars(sibling);
                    var density = LinkDensity(sibling);
                    var text = blocks[range.Start].Text;
                    if (length > 80 && density < 0.25) append = true;
                    else if (length is > 0 and < 80 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal))) append = true;
                }
            }
            if (append) content.Add(range);
        }
        if (content.Count == 0 && page.Ranges.TryGetValue(best, out var own)) content.Add(own);

        // 5. Containers like the article's elsewhere in the page: an article cut by full-width figures or
        // advertisements into several wrappers of the same tag and class.
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in content)
            for (var i = start; i < end; i++)
                if (reasons[i] is null && blocks[i].Kind == BlockKind.Paragraph && blocks[i].Words >= 10 && Signature(blocks[i].ScoreBase) is { } signature)
                    signatures.Add(signature);
        if (signatures.Count > 0)
        {
            var added = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < blocks.Count; i++)
            {
                var container = blocks[i].ScoreBase;
                if (reasons[i] is not null || Within(content, i) || !added.Add(container)) continue;
                if (Signature(container) is not { } signature || !signatures.Contains(signature)) continue;
                if (!page.Ranges.TryGetValue(container, out var range) || Chars(container) < 200 || LinkDensity(container) >= 0.25) continue;
                content.Add(range);
            }
            content = Merge(content);
        }
        FillOutside(reasons, content, page);

        // 6. Conditional cleaning inside the content.
        foreach (var (element, range) in page.Ranges)
        {
            if (ReferenceEquals(element, best) || element.Contains(best) || !Inside(content, range)) continue;
            if (element.LocalName is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset" or "dl" or "aside")) continue;
            if (IsEmbed(element)) continue; // an embedded post is mostly links (handles, t.co urls) and still quoted content
            if (commas[range.End] - commas[range.Start] >= 10) continue;
            var length = chars[range.End] - chars[range.Start];
            if (length == 0) continue;
            var density = (double)(links[range.End] - links[range.Start]) / length;
            var weight = ClassWeight(element);
            var drop = (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) || (length < 25 && density > 0);
            if (articleBodyMatch is not null && drop)
                for (var i = range.Start; i < range.End && drop; i++) drop = !articleBodyMatch(i);
            if (!drop) continue;
            for (var i = range.Start; i < range.End; i++) reasons[i] ??= element.LocalName is "form" ? Reasons.Form : Reasons.Links;
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (reasons[i] is not null) continue;
            var block = blocks[i];
            // Blocks that are mostly a link with few words of their own ("Read more: …", a list of stories); a
            // paragraph or list item with a sentence of its own besides its links is still prose, and a quoted
            // post ("… https://t.co/…") is quoted content.
            if (!block.InQuote && block.LinkDensity > 0.5 && block.Words * (1 - block.LinkDensity) < 8 && !(articleBodyMatch?.Invoke(i) ?? false))
                reasons[i] = Reasons.Links;
        }
        return reasons;
    }

    static string? Signature(IElement element)
    {
        var cls = element.GetAttribute("class");
        return string.IsNullOrWhiteSpace(cls) ? null : element.LocalName + "." + cls.Trim();
    }

    static bool Within(List<(int Start, int End)> content, int block)
    {
        foreach (var c in content)
            if (block >= c.Start && block < c.End) return true;
        return false;
    }

    /// <summary>The ranges ordered by start, overlapping ones merged.</summary>
    static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start < merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            else merged.Add(range);
        }
        return merged;
    }

    static bool Inside(List<(int Start, int End)> content, (int Start, int End) range)
    {
        foreach (var c in content)
            if (range.Start >= c.Start && range.End <= c.End) return true;
        return false;
    }

    /// <summary>Marks every block outside the content ranges (all blocks when there is no content).</summary>
    static string?[] FillOutside(string?[] reasons, List<(int Start, int End)>? content, PageBlocks page)
    {
        var at = 0;
        foreach (var (start, end) in content ?? [])
        {
            for (var i = at; i < start; i++) reasons[i] ??= Reasons.OutsideArticle;
            at = Math.Max(at, end);
        }
        for (var i = at; i < page.Blocks.Count; i++) reasons[i] ??= Reasons.OutsideArticle;
        return reasons;
    }

    static void ApplyExclusions(PageBlocks page, Attempt attempt, string?[] reasons)
    {
        var blocks = page.Blocks;
        // Prose: paragraphs of 100 characters or more with under 30 % link text.
        var prose = new long[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            prose[i + 1] = prose[i] + (b.Chars >= 100 && b.LinkDensity < 0.3 && b.Kind != BlockKind.Heading ? b.Chars : 0);
        }
        var total = prose[blocks.Count];
        foreach (var exclusion in page.Exclusions)
        {
            var applies = exclusion.Kind switch
            {
                ExclusionKind.ClassName => (attempt & Attempt.ClassNames) != 0,
                ExclusionKind.Hidden => (attempt & Attempt.Hidden) != 0,
                ExclusionKind.Noscript => (attempt & Attempt.Noscript) != 0,
                _ => true,
            };
            if (!applies || exclusion.End <= exclusion.Start) continue;
            // Only a class word or hiding can be wrong about the article ("main has-sidebar", a paywall hiding the
            // text until a script runs); a tag or role (aside, nav) and a noscript copy are taken at their word.
            if (exclusion.Kind is ExclusionKind.ClassName or ExclusionKind.Hidden && total > 0 && prose[exclusion.End] - prose[exclusion.Start] >= VetoShare * total) continue;
            for (var i = exclusion.Start; i < exclusion.End; i++) reasons[i] ??= exclusion.Reason;
        }
    }

    static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element);
    }
}
