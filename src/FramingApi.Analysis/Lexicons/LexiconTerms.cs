using FramingApi.Analysis.Text;
using System.Text;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// Normalisation and checking of lexicon terms. A term is one or more words separated by single spaces; each word
/// must be something the tokenizer can produce: letters and digits, with <c>'</c>, <c>-</c> and <c>.</c> inside
/// ("russia's", "lvova-belova", "u.s") and an optional final <c>.</c> for acronyms ("u.s."). The last word may end in
/// <c>*</c> (a stem: "alleg*" matches "alleg", "alleged", "allegations").
/// </summary>
public static class LexiconTerms
{
    /// <summary>Longest term, in characters.</summary>
    public const int MaxTermLength = 200;

    /// <summary>Most words in a term.</summary>
    public const int MaxWords = 8;

    /// <summary>
    /// Lower-cases (invariant), folds curly apostrophes (’ ‘ ʼ) to <c>'</c>, trims and collapses runs of white space
    /// to one space. Tokens are lower-cased and folded the same way, so a normalised term compares ordinally.
    /// </summary>
    public static string Normalize(string term)
    {
        if (IsNormalized(term)) return term;
        var sb = new StringBuilder(term.Length);
        var pendingSpace = false;
        foreach (var raw in term)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(raw is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(raw));
        }
        return sb.ToString();
    }

    static bool IsNormalized(string term)
    {
        if (term.Length == 0) return true;
        if (term[0] == ' ' || term[^1] == ' ') return false;
        var previousSpace = false;
        foreach (var ch in term)
        {
            if (ch == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '\'' or '-' or '.' or '*') continue;
            if (ch < 128 ? ch is >= 'A' and <= 'Z' || char.IsWhiteSpace(ch) : char.IsWhiteSpace(ch) || char.ToLowerInvariant(ch) != ch || ch is '\u2019' or '\u2018' or '\u02BC')
                return false;
        }
        return true;
    }

    /// <summary>
    /// Why a normalised term is not valid, or null when it is: empty, too long, too many words, a <c>*</c> anywhere but
    /// at the end of the last word, or a character a token can never contain.
    /// </summary>
    public static string? Problem(string normalized)
    {
        if (normalized.Length == 0) return "The term is empty.";
        if (normalized.Length > MaxTermLength)
            return $"The term is {normalized.Length} characters long; at most {MaxTermLength} are allowed.";
        var words = 1;
        foreach (var ch in normalized) if (ch == ' ') words++;
        if (words > MaxWords) return $"The term {Quoting.Quote(normalized)} has {words} words; at most {MaxWords} are allowed.";

        var star = normalized.IndexOf('*');
        if (star >= 0 && star != normalized.Length - 1)
            return $"The term {Quoting.Quote(normalized)} has a '*' that is not at the end of its last word; only a trailing '*' (a stem) is allowed.";
        var body = star >= 0 ? normalized.AsSpan(0, star) : normalized.AsSpan();
        if (body.Length == 0 || body[^1] == ' ') return $"The term {Quoting.Quote(normalized)} has a '*' with no stem before it.";

        var wordIndex = 0;
        foreach (var word in body.Split(' '))
        {
            var w = body[word];
            var isLast = ++wordIndex == words;
            if (!char.IsLetterOrDigit(w[0]))
                return $"The word {Quoting.Quote(w.ToString())} of term {Quoting.Quote(normalized)} must start with a letter or digit.";
            for (var i = 1; i < w.Length; i++)
            {
                var ch = w[i];
                if (char.IsLetterOrDigit(ch)) continue;
                if (ch is '\'' or '-' or '.')
                {
                    // Inside a word ' - . are fine; at its end only the '.' of an acronym ("u.s."), or any of them
                    // before the '*' of a stem ("post-*" would match "post-war").
                    var atEnd = i == w.Length - 1;
                    if (!atEnd || ch == '.' || (isLast && star >= 0)) continue;
                }
                return $"The term {Quoting.Quote(normalized)} contains {Quoting.Quote(ch)}, which a token can never contain (tokens are letters and digits with ' - . inside).";
            }
        }
        return null;
    }

    /// <summary>Whether a normalised term is a stem (ends in <c>*</c>).</summary>
    public static bool IsStem(string normalized) => normalized.EndsWith('*');
}
