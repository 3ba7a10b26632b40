using System.Buffers;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Comparison;

/// <summary>
/// What an article contributes to comparisons, computed once at ingestion and stored: its word counts (for
/// distinctive terms) and its shingle hashes (for shared text).
/// </summary>
public static class ArticleFingerprint
{
    /// <summary>
    /// Counts of the lower-cased words of the article as published — the outlet's voice and its quotations, not
    /// reader comments or boilerplate. Tokens without a letter (numbers) are left out.
    /// </summary>
    public static Dictionary<string, int> TermCounts(AnalyzedText text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Voice is not (Voice.Outlet or Voice.Quotation)) continue;
            var word = text.TokenText(i);
            if (!HasLetter(word) || word.Length > 100) continue;
            lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
        }
        return counts;
    }

    /// <summary>
    /// The counts of <see cref="TermCounts(AnalyzedText)"/> (the same words), as numbers from <paramref name="numbers"/>:
    /// <c>Terms[i]</c> occurs <c>Counts[i]</c> times, each number once, in the order first seen (a comparison renumbers
    /// them into its own numbers and only sums them, so an order would not be read). No string is made for a word that
    /// already has a number. Counted in a tally indexed by number (<see cref="TermNumbers.Tally"/>) that the table keeps
    /// from text to text.
    /// </summary>
    public static (int[] Terms, int[] Counts) TermCounts(AnalyzedText text, TermNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numbers);
        var tokens = text.Tokens;
        var found = ArrayPool<int>.Shared.Rent(Math.Max(tokens.Length, 1));
        try
        {
            var tally = numbers.Tally(numbers.Count + tokens.Length);
            var distinct = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Voice is not (Voice.Outlet or Voice.Quotation)) continue;
                var word = text.TokenText(i);
                if (!HasLetter(word) || word.Length > 100) continue;
                var number = numbers.Number(word);
                if (tally[number]++ == 0) found[distinct++] = number;
            }
            var terms = found.AsSpan(0, distinct).ToArray();
            var counts = new int[distinct];
            for (var i = 0; i < distinct; i++)
            {
                counts[i] = tally[terms[i]];
                tally[terms[i]] = 0;
            }
            return (terms, counts);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(found);
        }
    }

    /// <summary>Keep one shingle in this many: those whose hash is 0 modulo it.</summary>
    public const int ShingleSampling = 8;

    /// <summary>
    /// A sample of the distinct <see cref="TextReuse.DefaultShingleLength"/>-word shingles of the article as
    /// published — those whose hash is 0 mod <see cref="ShingleSampling"/>, the "0 mod p" sampling of Broder (1997),
    /// which keeps the share of shingles two texts have in common an unbiased estimate at a fraction of the storage.
    /// Each is flagged <c>true</c> when it also occurs in a run of the outlet's own voice. An article's shared-text
    /// share is measured on its own-voice shingles, against all shingles of the other articles.
    /// </summary>
    public static Dictionary<long, bool> Shingles(AnalyzedText text, int n = TextReuse.DefaultShingleLength, int sampling = ShingleSampling)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        // One pass over the windows of n tokens of the outlet's voice and its quotations (TextReuse.Shingles with
        // that filter), each hashed once; a window is own-voice when all its tokens are the outlet's. The same
        // result as two passes (all windows, then the own-voice ones), at half the hashing: ingestion's largest cost.
        // The windows of a run of such tokens are hashed together first (TextReuse.HashWindows: several at a time),
        // then added in order.
        var result = new Dictionary<long, bool>();
        var tokens = text.Tokens;
        var lower = text.LowerText;
        var hashes = ArrayPool<long>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            var i = 0;
            while (i < tokens.Length)
            {
                if (!IsPublished(tokens[i].Voice))
                {
                    i++;
                    continue;
                }
                var runStart = i;
                while (i < tokens.Length && IsPublished(tokens[i].Voice)) i++;
                var windows = i - runStart - n + 1;
                if (windows <= 0) continue;
                TextReuse.HashWindows(lower, tokens[runStart..i], n, hashes.AsSpan(0, windows));
                var ownRunStart = runStart;
                for (var j = runStart; j < i; j++)
                {
                    if (tokens[j].Voice != Voice.Outlet) ownRunStart = j + 1;
                    var first = j - n + 1;
                    if (first < runStart) continue;
                    var hash = hashes[first - runStart];
                    if (!Sampled(hash, sampling)) continue;
                    if (first >= ownRunStart) result[hash] = true;
                    else result.TryAdd(hash, false);
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(hashes);
        }
        return result;
    }

    static bool IsPublished(Voice voice) => voice is Voice.Outlet or Voice.Quotation;

    static bool Sampled(long hash, int sampling) => (ulong)hash % (ulong)sampling == 0;

    static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
