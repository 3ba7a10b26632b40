namespace FramingApi.Analysis.Text;

/// <summary>Heuristic segmentation of plain article text into headline, lead, body, boilerplate and comments.</summary>
public static class Segmenter
{
    /// <summary>Segments <c>text[start..end)</c>; returns block segments in order (no quotation segments).</summary>
    public static List<Segment> Segment(string text, int start, int end) => throw new NotImplementedException();
}
