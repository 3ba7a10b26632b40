namespace FramingApi.Analysis.Text;

/// <summary>HTML to plain text with a real HTML parser.</summary>
public static class HtmlText
{
    /// <summary>Extracts readable text: block elements become paragraphs separated by blank lines; script, style,
    /// nav, and similar non-content elements are dropped; entities are decoded; whitespace inside a paragraph is
    /// collapsed.</summary>
    public static string Extract(string html) => throw new NotImplementedException();
}
