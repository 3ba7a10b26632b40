using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Lexicons;

/// <summary>
/// A deliberately naive tokenizer for lexicon tests (the real one lives in Text/): words are letters and digits with
/// ' - . inside, acronyms keep their final '.' ("u.s."), text is lower-cased with ’ folded to ', and a sentence
/// ends at . ! ? (outside a token) or a line break.
/// </summary>
static class TestTokenizer
{
    public static (string Lowered, Token[] Tokens) Tokenize(string text, Func<int, Voice>? voiceAt = null)
    {
        var lowered = string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                span[i] = t[i] is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(t[i]);
        });
        var tokens = new List<Token>();
        var sentence = 0;
        var sentenceHasTokens = false;
        var i = 0;
        while (i < text.Length)
        {
            var ch = lowered[i];
            if (!char.IsLetterOrDigit(ch))
            {
                if (ch is '.' or '!' or '?' or '\n' && sentenceHasTokens)
                {
                    sentence++;
                    sentenceHasTokens = false;
                }
                i++;
                continue;
            }
            var start = i;
            var hasDot = false;
            while (i < text.Length)
            {
                var c = lowered[i];
                if (char.IsLetterOrDigit(c)) { i++; continue; }
                if (c is '\'' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(lowered[i + 1]))
                {
                    hasDot |= c == '.';
                    i++;
                    continue;
                }
                break;
            }
            // Acronyms like "u.s." keep their final dot (and do not end the sentence).
            if (hasDot && i < text.Length && lowered[i] == '.' && i - start <= 5) i++;
            var voice = voiceAt?.Invoke(start) ?? Voice.Outlet;
            tokens.Add(new Token(start, i - start, sentence, SegmentKind.Body, voice, TokenFlags.None));
            sentenceHasTokens = true;
        }
        return (lowered, tokens.ToArray());
    }

    /// <summary>Matches and renders each hit as "lexicon/category:matched text".</summary>
    public static List<string> Hits(LexiconMatcher matcher, string text, Func<int, Voice>? voiceAt = null)
    {
        var (lowered, tokens) = Tokenize(text, voiceAt);
        var matches = new List<LexiconMatch>();
        matcher.Match(lowered, tokens, matches);
        return matches.Select(m =>
        {
            var first = tokens[m.FirstToken];
            var last = tokens[m.FirstToken + m.TokenCount - 1];
            var lexicon = matcher.Lexicons[m.Lexicon];
            return $"{lexicon.Name}/{lexicon.Categories[m.Category].Key}:{text[first.Start..last.End]}";
        }).ToList();
    }

    public static LexiconDefinition Lexicon(string name, params (string Term, string Category)[] entries) =>
        new(name, LexiconKinds.Custom, "",
            [.. entries.Select(e => e.Category).Distinct().Select(c => new LexiconCategory(c))],
            [.. entries.Select(e => new LexiconEntry(e.Term, [e.Category]))]);
}
