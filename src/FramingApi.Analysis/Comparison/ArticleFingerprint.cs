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
        var result = new Dictionary<long, bool>();
        var buffer = new List<Shingle>();
        TextReuse.Shingles(text.LowerText, text.Tokens, n, t => t.Voice is Voice.Outlet or Voice.Quotation, buffer);
        foreach (var s in buffer)
            if (Sampled(s.Hash, sampling)) result.TryAdd(s.Hash, false);
        buffer.Clear();
        TextReuse.Shingles(text.LowerText, text.Tokens, n, t => t.Voice == Voice.Outlet, buffer);
        foreach (var s in buffer)
            if (Sampled(s.Hash, sampling)) result[s.Hash] = true;
        return result;
    }

    static bool Sampled(long hash, int sampling) => (ulong)hash % (ulong)sampling == 0;

    static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
