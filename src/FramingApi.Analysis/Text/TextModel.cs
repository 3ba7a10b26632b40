namespace FramingApi.Analysis.Text;

/// <summary>The part of an article a stretch of text belongs to.</summary>
public enum SegmentKind : byte
{
    /// <summary>The article's headline (or a repeated headline, cross-head excluded).</summary>
    Headline,
    /// <summary>The first paragraph(s) of the article body: the lead.</summary>
    Lead,
    /// <summary>The rest of the article body.</summary>
    Body,
    /// <summary>Directly quoted material inside the lead or body (overlaps them).</summary>
    Quotation,
    /// <summary>Site furniture: captions, bylines, bios, sign-up lines, related links, copyright lines.</summary>
    Boilerplate,
    /// <summary>Reader comments below the article.</summary>
    Comments,
}

/// <summary>Whose words a token is: the outlet's, someone the outlet quotes, or its readers'.</summary>
public enum Voice : byte
{
    /// <summary>The outlet's own voice (headline, lead, body outside quotations).</summary>
    Outlet,
    /// <summary>Quoted material in the headline, lead or body.</summary>
    Quotation,
    /// <summary>Reader comments.</summary>
    Comments,
    /// <summary>Boilerplate: not scored.</summary>
    None,
}

/// <summary>A stretch of the article text, <c>[Start, End)</c> in UTF-16 code units.</summary>
public readonly record struct Segment(SegmentKind Kind, int Start, int End)
{
    /// <summary>Length in characters.</summary>
    public int Length => End - Start;
}

/// <summary>Surface properties of a token that lower-casing loses.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>The first letter is upper case ("Russia").</summary>
    Capitalized = 1,
    /// <summary>Every letter is upper case and there are at least two ("US", "ICC").</summary>
    AllCaps = 2,
    /// <summary>The token starts with a digit.</summary>
    Numeric = 4,
}

/// <summary>
/// A word of the analysed text, by position. Its lower-cased form is
/// <see cref="AnalyzedText.TokenText(int)"/>; nothing is copied per token.
/// </summary>
public readonly record struct Token(int Start, int Length, int Sentence, SegmentKind Segment, Voice Voice, TokenFlags Flags)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>
/// A sentence: character span, its token range, the segment it starts in, and the voices of its tokens
/// (<see cref="Voices"/>: bit <c>1 &lt;&lt; (int)voice</c> for each voice one of its tokens has; boilerplate sets none).
/// </summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, SegmentKind Segment, byte Voices)
{
    /// <summary>Whether one of the sentence's tokens is in <paramref name="voice"/>.</summary>
    public bool Has(Voice voice) => (Voices & (1 << (int)voice)) != 0;

    /// <summary>The <see cref="Voices"/> bits of the voices that are scored (all but <see cref="Voice.None"/>).</summary>
    public const int ScoredVoices = (1 << (int)Voice.Outlet) | (1 << (int)Voice.Quotation) | (1 << (int)Voice.Comments);
}
