using System.Globalization;
using FramingApi.Analysis.Text;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>
/// A unit to code, by its article and its span of the article's text: a claim mention
/// (<c>claim:&lt;article&gt;:&lt;start&gt;-&lt;end&gt;</c>), a sentence (<c>sentence:…</c>) or a whole article
/// (<c>article:&lt;article&gt;</c>, whose span is the whole text). The id is all a code needs to name its unit, and
/// it stays the same as long as the article is stored: articles are never edited, only added and deleted.
/// </summary>
public readonly record struct UnitRef(string Kind, long ArticleId, int Start, int End)
{
    /// <summary>The unit's id.</summary>
    public string Id => Kind == ValidationUnitNames.Article
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}:{ArticleId}")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}:{ArticleId}:{Start}-{End}");

    /// <summary>An article unit (its span is set once the text is known).</summary>
    public static UnitRef OfArticle(long articleId, int length = 0) => new(ValidationUnitNames.Article, articleId, 0, length);

    /// <summary>Reads a unit id; null with a message saying what is wrong with it.</summary>
    public static UnitRef? Parse(string id, out string? problem)
    {
        problem = null;
        var parts = id.Split(':');
        if (parts.Length >= 2 && ValidationUnitNames.Set.IsKnown(parts[0]) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var article)
            && article > 0)
        {
            if (parts[0] == ValidationUnitNames.Article && parts.Length == 2) return OfArticle(article);
            if (parts[0] != ValidationUnitNames.Article && parts.Length == 3 && Span(parts[2]) is var (start, end)) return new UnitRef(parts[0], article, start, end);
        }
        problem = $"{Echo.Quote(id)} is not a unit id: claim:<article>:<start>-<end>, sentence:<article>:<start>-<end> or article:<article>, as GET /api/validation/sample gives them.";
        return null;
    }

    static (int, int)? Span(string text)
    {
        var dash = text.IndexOf('-');
        return dash > 0
               && int.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
               && int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
               && end > start
            ? (start, end)
            : null;
    }
}

/// <summary>A stored article's text and what the validation units need of it.</summary>
public sealed class ArticleText(long id, string? source, string? story, string? title, DateTime? publishedAt, string text,
    IReadOnlyList<Segment> segments)
{
    public long Id => id;
    public string? Source => source;
    public string? Story => story;
    public string? Title => title;
    public DateTime? PublishedAt => publishedAt;
    public string Text => text;
    public IReadOnlyList<Segment> Segments => segments;

    IReadOnlyList<(int Start, int End)>? _sentences;

    /// <summary>
    /// The sentences of the headline, lead and body (reader comments and boilerplate are not units), as the analysis
    /// splits them, without white space at either end.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Sentences => _sentences ??= SplitSentences();

    List<(int Start, int End)> SplitSentences()
    {
        // The analysis finds quotations itself inside the lead and body: stored quotation segments are left out, as
        // the re-scoring worker leaves them out.
        var blocks = Segments.Where(s => s.Kind != SegmentKind.Quotation).ToList();
        using var analyzed = AnalyzedText.Analyze(new SegmentedText(Text, blocks));
        var spans = new List<(int, int)>();
        foreach (var sentence in analyzed.Sentences)
        {
            if (sentence.Segment is SegmentKind.Comments or SegmentKind.Boilerplate) continue;
            if (!sentence.Has(Voice.Outlet) && !sentence.Has(Voice.Quotation)) continue;
            var (start, end) = Trim(sentence.Start, sentence.End);
            if (end > start) spans.Add((start, end));
        }
        return spans;
    }

    /// <summary>The span without white space at either end.</summary>
    public (int Start, int End) Trim(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        var sentences = Sentences;
        for (var i = 0; i < sentences.Count; i++)
            if (sentences[i].Start <= offset && offset < sentences[i].End) return i;
        return -1;
    }

    /// <summary>
    /// The context of a unit: the sentence around a claim mention (±200 characters when it is in none), the sentence
    /// with its neighbours for a sentence, none for an article.
    /// </summary>
    public (int Start, int End)? Context(UnitRef unit)
    {
        if (unit.Kind == ValidationUnitNames.Article) return null;
        var i = SentenceAt(unit.Start);
        if (unit.Kind == ValidationUnitNames.Claim)
            return i >= 0 ? Sentences[i] : Trim(unit.Start - 200, unit.End + 200);
        if (i < 0) return (unit.Start, unit.End);
        return (Sentences[Math.Max(0, i - 1)].Start, Sentences[Math.Min(Sentences.Count - 1, i + 1)].End);
    }
}
