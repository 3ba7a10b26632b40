using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Comparison;

/// <summary>A test-only tokenizer (the real one is written elsewhere): runs of letters, digits and apostrophes,
/// lower-cased; every token in the outlet's voice unless a quotation marks it otherwise.</summary>
static class TestTokens
{
    /// <summary>Lower-cases <paramref name="text"/> and tokenizes it. Words between straight double quotes are
    /// given <see cref="Voice.Quotation"/>, so tests can exclude them.</summary>
    public static (string Lowered, Token[] Tokens) Tokenize(string text)
    {
        var lowered = text.ToLowerInvariant();
        var tokens = new List<Token>();
        var quoted = false;
        for (var i = 0; i < lowered.Length;)
        {
            if (lowered[i] == '"') quoted = !quoted;
            if (!IsWordChar(lowered[i])) { i++; continue; }
            var start = i;
            while (i < lowered.Length && IsWordChar(lowered[i])) i++;
            tokens.Add(new Token(start, i - start, 0, SegmentKind.Body, quoted ? Voice.Quotation : Voice.Outlet, TokenFlags.None));
        }
        return (lowered, tokens.ToArray());
    }

    public static List<Shingle> Shingles(string text, int n = TextReuse.DefaultShingleLength, Func<Token, bool>? include = null)
    {
        var (lowered, tokens) = Tokenize(text);
        var output = new List<Shingle>();
        TextReuse.Shingles(lowered, tokens, n, include, output);
        return output;
    }

    public static Dictionary<string, long> Counts(string text)
    {
        var (lowered, tokens) = Tokenize(text);
        var counts = new Dictionary<string, long>();
        foreach (var t in tokens)
        {
            var word = lowered.Substring(t.Start, t.Length);
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';
}
