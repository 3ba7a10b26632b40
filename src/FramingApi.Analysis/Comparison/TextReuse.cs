using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Comparison;

/// <summary>
/// A run of <c>n</c> consecutive counted tokens, by its hash and position.
/// </summary>
/// <param name="Hash">The stable 64-bit hash of the n token texts (see <see cref="TextReuse.Hash"/>); the same in
/// every process, so it can be stored and compared in the database.</param>
/// <param name="FirstToken">Index of the shingle's first token.</param>
/// <param name="Start">Character offset of the first token's start.</param>
/// <param name="End">Character offset one past the last token's end.</param>
public readonly record struct Shingle(long Hash, int FirstToken, int Start, int End);

/// <summary>
/// Text reuse (wire copy, long quotations) by shingled word n-grams: the "w-shingling" of Broder, Glassman, Manasse
/// &amp; Zweig (1997), "Syntactic clustering of the Web", Computer Networks and ISDN Systems 29(8–13), 1157–1166,
/// with the resemblance taken one-sidedly: the share of one article's distinct shingles found in the others (its
/// containment, Broder 1997, "On the resemblance and containment of documents"). This class makes the shingles;
/// the share is computed where the shingles of every stored article are, in the comparison's SQL
/// (FramingApi's <c>ComparisonsStore</c>), and pinned by its API tests.
/// </summary>
public static class TextReuse
{
    /// <summary>
    /// Default shingle length: 8 words. Broder et al. (1997) use 10-word shingles for near-duplicate web pages;
    /// newspapers edit wire copy more finely (Clough, Gaizauskas, Piao &amp; Wilks 2002, the METER corpus of Press
    /// Association copy reused by British newspapers), so a shorter window still finds reuse between edits. Eight
    /// words are longer than stock phrases ("according to the ministry of defence" is six), so a match by chance,
    /// outside copied or quoted text, is rare.
    /// </summary>
    public const int DefaultShingleLength = 8;

    const ulong FnvOffsetBasis = 14695981039346656037UL;
    const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// Appends the shingles of a token stream to <paramref name="output"/>, in token order. Only tokens that
    /// <paramref name="include"/> accepts count (null: all), e.g. only the outlet's own voice; a shingle is
    /// <paramref name="n"/> consecutive counted tokens and never spans a gap: a skipped token ends the run, so a text
    /// that quotes someone does not get shingles joining the words before and after the quotation. A run shorter
    /// than <paramref name="n"/> gives no shingle. Nothing is allocated per token.
    /// </summary>
    /// <param name="loweredText">The lower-cased text the tokens point into (e.g. one lowered copy of the whole
    /// article, same length and offsets); each token's text is <c>loweredText[Start..End)</c>.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <param name="n">Shingle length in tokens, at least 1; usually <see cref="DefaultShingleLength"/>.</param>
    /// <param name="include">Which tokens count; null counts every token.</param>
    /// <param name="output">Receives the shingles; the caller owns it (and may reuse it).</param>
    public static void Shingles(
        ReadOnlySpan<char> loweredText, ReadOnlySpan<Token> tokens, int n, Func<Token, bool>? include, List<Shingle> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentNullException.ThrowIfNull(output);

        var runStart = 0; // first token of the current run of counted tokens
        for (var i = 0; i < tokens.Length; i++)
        {
            if (include is not null && !include(tokens[i]))
            {
                runStart = i + 1;
                continue;
            }
            var first = i - n + 1;
            if (first < runStart) continue;
            output.Add(new Shingle(HashTokens(loweredText, tokens.Slice(first, n)), first, tokens[first].Start, tokens[i].End));
        }
    }

    /// <summary>
    /// The shingle hash: FNV-1a 64 (Fowler, Noll &amp; Vo) over the UTF-16LE bytes of the token texts joined by single
    /// spaces, e.g. of "the quick brown fox …". Stable across processes and platforms, unlike
    /// <see cref="string.GetHashCode()"/>; the 64-bit value is stored as a signed <c>bigint</c>.
    /// </summary>
    public static long Hash(ReadOnlySpan<char> joinedTokens)
    {
        var hash = FnvOffsetBasis;
        foreach (var c in joinedTokens) hash = Step(hash, c);
        return unchecked((long)hash);
    }

    internal static long HashTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var hash = FnvOffsetBasis;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t > 0) hash = (hash ^ ' ') * FnvPrimeSquared;
            hash = HashChars(hash, text.Slice(tokens[t].Start, tokens[t].Length));
        }
        return unchecked((long)hash);
    }

    /// <summary>
    /// <see cref="HashTokens"/> of every window of <paramref name="n"/> consecutive tokens: <c>hashes[w]</c> of tokens
    /// <c>[w, w + n)</c>, for as many windows as <paramref name="hashes"/> holds (at most
    /// <c>tokens.Length - n + 1</c>). Four windows at a time, token by token: each hash is a chain of dependent
    /// multiplications, and four independent chains side by side keep the multiplier busy where one leaves it
    /// waiting (the results are the same).
    /// </summary>
    internal static void HashWindows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int n, Span<long> hashes)
    {
        if (hashes.Length > tokens.Length - n + 1) throw new ArgumentException("More windows than tokens.", nameof(hashes));
        if (hashes.Length >= 4 && JoinedWindows(text, tokens, n, hashes)) return;
        var w = 0;
        for (; w + 4 <= hashes.Length; w += 4)
        {
            ulong h0 = FnvOffsetBasis, h1 = FnvOffsetBasis, h2 = FnvOffsetBasis, h3 = FnvOffsetBasis;
            for (var t = 0; t < n; t++)
            {
                if (t > 0)
                {
                    h0 = (h0 ^ ' ') * FnvPrimeSquared;
                    h1 = (h1 ^ ' ') * FnvPrimeSquared;
                    h2 = (h2 ^ ' ') * FnvPrimeSquared;
                    h3 = (h3 ^ ' ') * FnvPrimeSquared;
                }
                var k = w + t;
                h0 = HashChars(h0, text.Slice(tokens[k].Start, tokens[k].Length));
                h1 = HashChars(h1, text.Slice(tokens[k + 1].Start, tokens[k + 1].Length));
                h2 = HashChars(h2, text.Slice(tokens[k + 2].Start, tokens[k + 2].Length));
                h3 = HashChars(h3, text.Slice(tokens[k + 3].Start, tokens[k + 3].Length));
            }
            hashes[w] = unchecked((long)h0);
            hashes[w + 1] = unchecked((long)h1);
            hashes[w + 2] = unchecked((long)h2);
            hashes[w + 3] = unchecked((long)h3);
        }
        for (; w < hashes.Length; w++) hashes[w] = HashTokens(text, tokens.Slice(w, n));
    }

    /// <summary>
    /// <see cref="HashWindows"/> of tokens whose characters are all below U+0100 (false, and nothing done, otherwise):
    /// the tokens are copied once into a buffer joined by single spaces, so that each window is one stretch of it, and
    /// four windows are hashed side by side character by character (<see cref="HashFour"/>). Token by token, every
    /// token's loop mispredicted its exit once per window chain — eight tokens, four chains — which was most of the
    /// shingles' time (0.24 ms of a 12 KB text's ingestion; 45 % less this way, measured side by side on the Brown texts).
    /// </summary>
    static bool JoinedWindows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int n, Span<long> hashes)
    {
        var joinedLength = tokens.Length - 1;
        foreach (var token in tokens) joinedLength += token.Length;
        var joined = ArrayPool<char>.Shared.Rent(joinedLength);
        var starts = ArrayPool<int>.Shared.Rent(tokens.Length + 1);
        try
        {
            var at = 0;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (k > 0) joined[at++] = ' ';
                starts[k] = at;
                text.Slice(tokens[k].Start, tokens[k].Length).CopyTo(joined.AsSpan(at));
                at += tokens[k].Length;
            }
            if (joined.AsSpan(0, at).ContainsAnyExceptInRange((char)0, (char)0xFF)) return false;
            starts[tokens.Length] = at + 1; // where a token after the last would start
            ref var chars = ref MemoryMarshal.GetArrayDataReference(joined);
            var w = 0;
            for (; w + 4 <= hashes.Length; w += 4)
            {
                // A window is the stretch from its first token's start to one space before the token after it.
                HashFour(ref chars, starts.AsSpan(w, 4), starts.AsSpan(w + n, 4), hashes.Slice(w, 4));
            }
            for (; w < hashes.Length; w++) hashes[w] = HashTokens(text, tokens.Slice(w, n));
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>
    /// FNV-1a of four stretches of <paramref name="chars"/> (characters below U+0100), from <paramref name="starts"/>
    /// to one before <paramref name="ends"/>: side by side up to the shortest one's end, without a branch, then each
    /// one's rest alone. A method of its own so that its chains stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void HashFour(ref char chars, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<long> hashes)
    {
        ref var c0 = ref Unsafe.Add(ref chars, starts[0]);
        ref var c1 = ref Unsafe.Add(ref chars, starts[1]);
        ref var c2 = ref Unsafe.Add(ref chars, starts[2]);
        ref var c3 = ref Unsafe.Add(ref chars, starts[3]);
        int l0 = ends[0] - 1 - starts[0], l1 = ends[1] - 1 - starts[1], l2 = ends[2] - 1 - starts[2], l3 = ends[3] - 1 - starts[3];
        var shortest = Math.Min(Math.Min(l0, l1), Math.Min(l2, l3));
        ulong h0 = FnvOffsetBasis, h1 = FnvOffsetBasis, h2 = FnvOffsetBasis, h3 = FnvOffsetBasis;
        var i = 0;
        for (; i < shortest; i++)
        {
            h0 = (h0 ^ Unsafe.Add(ref c0, i)) * FnvPrimeSquared;
            h1 = (h1 ^ Unsafe.Add(ref c1, i)) * FnvPrimeSquared;
            h2 = (h2 ^ Unsafe.Add(ref c2, i)) * FnvPrimeSquared;
            h3 = (h3 ^ Unsafe.Add(ref c3, i)) * FnvPrimeSquared;
        }
        for (var k = i; k < l0; k++) h0 = (h0 ^ Unsafe.Add(ref c0, k)) * FnvPrimeSquared;
        for (var k = i; k < l1; k++) h1 = (h1 ^ Unsafe.Add(ref c1, k)) * FnvPrimeSquared;
        for (var k = i; k < l2; k++) h2 = (h2 ^ Unsafe.Add(ref c2, k)) * FnvPrimeSquared;
        for (var k = i; k < l3; k++) h3 = (h3 ^ Unsafe.Add(ref c3, k)) * FnvPrimeSquared;
        hashes[0] = unchecked((long)h0);
        hashes[1] = unchecked((long)h1);
        hashes[2] = unchecked((long)h2);
        hashes[3] = unchecked((long)h3);
    }

    /// <summary>
    /// <see cref="Step"/> over each character. A character below U+0100 (nearly all) has a zero high byte, and FNV-1a
    /// of a zero byte is one multiplication: <c>((h ^ c) × p ^ 0) × p = (h ^ c) × p²</c> (mod 2^64), the same value at
    /// half the chain of multiplications.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong HashChars(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars) hash = c < 0x100 ? (hash ^ c) * FnvPrimeSquared : Step(hash, c);
        return hash;
    }

    const ulong FnvPrimeSquared = unchecked(FnvPrime * FnvPrime);

    static ulong Step(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * FnvPrime;
        return (hash ^ (byte)(c >> 8)) * FnvPrime;
    }
}
