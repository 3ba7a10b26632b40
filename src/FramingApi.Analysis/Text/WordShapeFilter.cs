namespace FramingApi.Analysis.Text;

/// <summary>
/// A pre-filter for a closed set of lower-case words: one bit per (first letter, last letter, length) of the set's
/// words, so that most words of running text ("the", "and", "that") are rejected by one bit test before any hashing.
/// A word that starts or ends with anything but a–z, or is longer than 15 characters, always passes (the set
/// decides). Immutable.
/// </summary>
sealed class WordShapeFilter
{
    const int Lengths = 16;
    readonly ulong[] _bits = new ulong[(26 * 26 * Lengths + 63) / 64];
    readonly int _maxLength;

    internal WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _maxLength = Math.Max(_maxLength, word.Length);
            if (Index(word) is { } index) _bits[index >> 6] |= 1UL << index;
        }
    }

    /// <summary>False when no word of the set has this shape; true when one may.</summary>
    internal bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _maxLength) return false;
        return Index(word) is not { } index || (_bits[index >> 6] & (1UL << index)) != 0;
    }

    static int? Index(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= Lengths) return null;
        var first = word[0] - 'a';
        var last = word[^1] - 'a';
        if ((uint)first >= 26 || (uint)last >= 26) return null;
        return (first * 26 + last) * Lengths + word.Length;
    }
}
