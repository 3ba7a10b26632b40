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
    public static SegmentedText Compose(ArticleParts parts) => throw new NotImplementedException();
}
