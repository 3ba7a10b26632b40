namespace FramingApi.Analysis.Extraction;

/// <summary>
/// The page's own statement of its article text (schema.org <c>articleBody</c>), used as a hint: which blocks of the
/// page are in it. A block matches when at least half of its word trigrams (lower-cased letter/digit runs) occur in
/// the articleBody. The articleBody is never used as the text itself: publishers often truncate it, strip its
/// paragraph breaks or leave it stale.
/// </summary>
internal sealed class ArticleBodyHint
{
    /// <summary>Shorter articleBody values (teasers) are no hint.</summary>
    internal const int MinChars = 200;

    readonly HashSet<ulong> _trigrams;

    ArticleBodyHint(HashSet<ulong> trigrams) => _trigrams = trigrams;

    /// <summary>The hint for an articleBody, or null when there is none worth using.</summary>
    public static ArticleBodyHint? From(string? articleBody)
    {
        if (articleBody is null || articleBody.Length < MinChars) return null;
        var trigrams = new HashSet<ulong>();
        foreach (var hash in Trigrams(articleBody)) trigrams.Add(hash);
        return trigrams.Count < 20 ? null : new ArticleBodyHint(trigrams);
    }

    /// <summary>Whether the block's text is in the articleBody (blocks under three words never match).</summary>
    public bool Matches(string text)
    {
        int found = 0, total = 0;
        foreach (var hash in Trigrams(text))
        {
            total++;
            if (_trigrams.Contains(hash)) found++;
        }
        return total > 0 && found * 2 >= total;
    }

    /// <summary>Hashes of consecutive word triples (FNV-1a over the lower-cased words).</summary>
    static IEnumerable<ulong> Trigrams(string text)
    {
        ulong w1 = 0, w2 = 0;
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) yield break;
            var hash = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            count++;
            if (count >= 3) yield return (w1 * 31 + w2) * 1000003 ^ hash;
            w1 = w2;
            w2 = hash;
        }
    }
}
