namespace FramingApi.Benchmarks;

/// <summary>The bare minimum of tokenization: maximal runs of letters and digits, nothing else.</summary>
public static class WordSplitter
{
    /// <summary>The number of maximal letter/digit runs in <paramref name="text"/>: the "words" of words/s.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord) words++;
            inWord = isWord;
        }
        return words;
    }
}
