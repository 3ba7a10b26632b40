namespace FramingApi.Analysis.Text;

/// <summary>A segmented text with its tokens, sentences and quotations: the input of every scorer.</summary>
public sealed class AnalyzedText
{
    /// <summary>The text all offsets point into.</summary>
    public string Text => throw new NotImplementedException();

    /// <summary>Tokens in text order.</summary>
    public ReadOnlySpan<Token> Tokens => throw new NotImplementedException();

    /// <summary>Sentences in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => throw new NotImplementedException();

    /// <summary>Block segments and quotation segments, ordered by start.</summary>
    public IReadOnlyList<Segment> Segments => throw new NotImplementedException();

    /// <summary>The lower-cased form of token <paramref name="index"/> (curly apostrophes folded to ').</summary>
    public ReadOnlySpan<char> TokenText(int index) => throw new NotImplementedException();

    /// <summary>Number of tokens in the given voice.</summary>
    public int WordCount(Voice voice) => throw new NotImplementedException();

    /// <summary>Tokenizes, splits sentences and finds quotations in a segmented text.</summary>
    public static AnalyzedText Analyze(SegmentedText text) => throw new NotImplementedException();
}
