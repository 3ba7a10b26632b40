using System.Buffers;
using System.Collections.Frozen;

namespace FramingApi.Benchmarks;

/// <summary>
/// The bare minimum of issue 3, shared by <see cref="BaselineBenchmarks"/> and <c>analyze-corpus</c>: split a text into
/// words (maximal letter/digit runs), lower-case each into a buffer and look it up in one <see cref="FrozenSet{T}"/>
/// by span. Thread-safe; allocates nothing unless a word is longer than 256 characters (then one pooled buffer).
/// </summary>
public sealed class BareBaseline(FrozenSet<string> words)
{
    const int StackWord = 256;

    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of words of <paramref name="text"/> found in the set.</summary>
    public int CountHits(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[StackWord];
        var hits = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i];
            if (word.Length <= StackWord)
            {
                var lowered = buffer[..word.Length];
                word.ToLowerInvariant(lowered);
                if (_words.Contains(lowered)) hits++;
            }
            else if (LongWordHit(word)) hits++;
        }
        return hits;
    }

    bool LongWordHit(ReadOnlySpan<char> word)
    {
        var rented = ArrayPool<char>.Shared.Rent(word.Length);
        var lowered = rented.AsSpan(0, word.Length);
        word.ToLowerInvariant(lowered);
        var hit = _words.Contains(lowered);
        ArrayPool<char>.Shared.Return(rented);
        return hit;
    }
}
