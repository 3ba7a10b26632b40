namespace FramingApi.Analysis.Text;

/// <summary>Parts of an article a client may send separately; only <see cref="Body"/> is required.</summary>
public sealed record ArticleParts(
    string Body,
    string? Headline = null,
    IReadOnlyList<string>? Comments = null,
    IReadOnlyList<string>? Boilerplate = null);

/// <summary>An article's stored text and its segments, before tokenization.</summary>
public sealed record SegmentedText(string Text, IReadOnlyList<Segment> Segments);

/// <summary>Builds the stored text of an article from its parts and segments it.</summary>
public static class ArticleText
{
    /// <summary>
    /// Joins the parts into one text (headline first unless the body already starts with it, explicit comments and
    /// boilerplate after the body, blank lines between) and segments it: explicit parts keep their kind, the body is
    /// segmented by <see cref="Segmenter"/>.
    /// </summary>
    /// <remarks>
    /// The headline counts as already present when the body, compared case-insensitively with whitespace runs as
    /// one space, starts with it and the match ends at a line break (or the end of the body); otherwise it is
    /// prepended followed by a blank line. Explicit comments come after the body, then explicit boilerplate; each
    /// non-blank part is its own paragraph and one segment, trimmed. The body is stored as sent.
    /// </remarks>
    public static SegmentedText Compose(ArticleParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var body = parts.Body ?? "";
        var knownHeadline = string.IsNullOrWhiteSpace(parts.Headline) ? null : parts.Headline.Trim();
        // Prepended unless the body starts with it; either way the segmenter labels its repeats.
        var headline = knownHeadline is not null && !StartsWithLine(body, knownHeadline) ? knownHeadline : null;
        var comments = NonBlank(parts.Comments);
        var boilerplate = NonBlank(parts.Boilerplate);

        // The usual case, a body alone: the body is the stored text, no copy.
        if (headline is null && comments.Count == 0 && boilerplate.Count == 0)
            return new SegmentedText(body, Segmenter.Segment(body, 0, body.Length, knownHeadline));

        // The parts in order, "\n\n" between them, written once into the stored string.
        var pieces = new List<(string Text, SegmentKind Kind)>(comments.Count + boilerplate.Count + 2);
        if (headline is not null) pieces.Add((headline, SegmentKind.Headline));
        if (body.Length > 0) pieces.Add((body, SegmentKind.Body)); // the segmenter splits it below
        foreach (var comment in comments) pieces.Add((comment, SegmentKind.Comments));
        foreach (var furniture in boilerplate) pieces.Add((furniture, SegmentKind.Boilerplate));
        var length = 2 * (pieces.Count - 1);
        foreach (var piece in pieces) length += piece.Text.Length;
        var stored = string.Create(length, pieces, static (destination, pieces) =>
        {
            var at = 0;
            foreach (var (part, _) in pieces)
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

        // The body's segments, with room for the other parts': the headline first, the rest after the body.
        var bodyStart = headline is null ? 0 : headline.Length + (body.Length > 0 ? 2 : 0);
        var segments = Segmenter.Segment(stored, bodyStart, bodyStart + body.Length, knownHeadline, pieces.Count,
            headline is null ? null : new Segment(SegmentKind.Headline, 0, headline.Length));
        var position = bodyStart + body.Length;
        foreach (var (part, kind) in pieces)
        {
            if (kind is SegmentKind.Headline or SegmentKind.Body) continue;
            if (position > 0) position += 2;
            segments.Add(new Segment(kind, position, position + part.Length));
            position += part.Length;
        }
        return new SegmentedText(stored, segments);
    }

    /// <summary>The non-blank parts, trimmed.</summary>
    static IReadOnlyList<string> NonBlank(IReadOnlyList<string>? parts)
    {
        if (parts is null || parts.Count == 0) return [];
        var kept = new List<string>(parts.Count);
        foreach (var part in parts)
            if (!string.IsNullOrWhiteSpace(part)) kept.Add(part.Trim());
        return kept;
    }

    /// <summary>Whether <paramref name="body"/> starts with <paramref name="line"/> (case-insensitive, whitespace
    /// runs equal), the match ending at a line break or the end of the body.</summary>
    static bool StartsWithLine(string body, string line)
    {
        int b = 0, l = 0;
        while (b < body.Length && char.IsWhiteSpace(body[b])) b++;
        while (l < line.Length)
        {
            if (char.IsWhiteSpace(line[l]))
            {
                while (l < line.Length && char.IsWhiteSpace(line[l])) l++;
                if (l == line.Length) break;
                if (b >= body.Length || !char.IsWhiteSpace(body[b]) || body[b] == '\n') return false;
                while (b < body.Length && char.IsWhiteSpace(body[b]) && body[b] != '\n') b++;
                continue;
            }
            if (b >= body.Length || char.ToLowerInvariant(body[b]) != char.ToLowerInvariant(line[l])) return false;
            b++;
            l++;
        }
        while (b < body.Length && body[b] is ' ' or '\t' or '\r' or '\u00a0') b++;
        return b == body.Length || body[b] == '\n';
    }
}
