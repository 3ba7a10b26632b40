// A frozen copy of the text pipeline as it was before the speed work (commit f677044): the oracle that the
// equivalence tests compare the optimized implementation against. Do not optimize or "fix" it.
using System.Text;

using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text.Reference;

/// <summary>Builds the stored text of an article from its parts and segments it.</summary>
static class ReferenceArticleText
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
        var headline = string.IsNullOrWhiteSpace(parts.Headline) ? null : parts.Headline.Trim();

        var text = new StringBuilder(body.Length + (headline?.Length ?? 0) + 64);
        var segments = new List<Segment>();

        void AppendParagraph(string paragraph, SegmentKind kind)
        {
            if (text.Length > 0) text.Append("\n\n");
            segments.Add(new Segment(kind, text.Length, text.Length + paragraph.Length));
            text.Append(paragraph);
        }

        if (headline is not null && !StartsWithLine(body, headline)) AppendParagraph(headline, SegmentKind.Headline);

        var bodyStart = text.Length > 0 && body.Length > 0 ? text.Length + 2 : text.Length;
        if (body.Length > 0)
        {
            if (text.Length > 0) text.Append("\n\n");
            text.Append(body);
        }
        var bodyEnd = text.Length;

        foreach (var comment in parts.Comments ?? [])
            if (!string.IsNullOrWhiteSpace(comment)) AppendParagraph(comment.Trim(), SegmentKind.Comments);
        foreach (var furniture in parts.Boilerplate ?? [])
            if (!string.IsNullOrWhiteSpace(furniture)) AppendParagraph(furniture.Trim(), SegmentKind.Boilerplate);

        var stored = text.ToString();
        var bodySegments = ReferenceSegmenter.Segment(stored, bodyStart, bodyEnd, headline);
        var headlineCount = segments.Count > 0 && segments[0].Kind == SegmentKind.Headline ? 1 : 0;
        segments.InsertRange(headlineCount, bodySegments);
        return new SegmentedText(stored, segments);
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
