using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 63 (claims63): a law article's name given in parentheses after its citation — <i>under Article 438 of
/// the Criminal Code of Ukraine (violation of the laws and customs of war)</i>, <i>article 8(2)(b)(i) (intentionally
/// directing attacks against civilians)</i>. The README counts names of laws as no claims; round 29's
/// <see cref="IsArticleName"/> reads the name after <i>on, covering, covers</i> but stated this form as its limit
/// (docs/ANALYSIS.md, "Round 63 (claims63)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens from an opening parenthesis back to the citation's <i>article, art, part, code</i> or
    /// <i>statute</i> (<i>Part 1 of Article 438 of the Criminal Code of Ukraine (</i>).</summary>
    internal const int CitationReach = 12;

    /// <summary>
    /// The mention opens a parenthesis (at most one word between, no claim word or actor: <i>(intentionally directing
    /// attacks …</i>) that follows a citation of a law's article: back from the parenthesis, over at most
    /// <see cref="CitationReach"/> tokens of numbers, brackets, <i>of, the</i> and capitalised words (the code's or the
    /// treaty's name and its state: <i>of the Criminal Code of Ukraine</i>, <i>of the Rome Statute</i>), to
    /// <i>article(s), art, part, code</i> or <i>statute</i>. What the parenthesis names is the article's offence, not an
    /// act someone did; the act the case is about stands outside it (<i>opened proceedings under Article 438 (…) over the
    /// deportation of children</i> keeps its claim).
    /// </summary>
    bool IsParentheticalArticleName(int sentenceStart)
    {
        var open = _first;
        if (!OpensParenthesis(open) && open - 1 > sentenceStart && RoleAt(open - 1) is ScoringRole.None && OpensParenthesis(open - 1)) open--;
        if (open <= sentenceStart || !OpensParenthesis(open)) return false;
        for (var t = open - 1; t >= sentenceStart && open - t <= CitationReach; t--)
        {
            var w = Word(t);
            if (w is "article" or "articles" or "art" or "part" or "code" or "statute") return true;
            if (RoleAt(t) is ScoringRole.Target || !CitationGap(t)) return false;
            if (w is "of" or "the" || char.IsDigit(w[0]) || (w.Length == 1 && char.IsLetter(w[0]))
                || (Text.Tokens[t].Flags & TokenFlags.Capitalized) != 0)
                continue;
            return false;
        }
        return false;
    }

    /// <summary>Whether an opening parenthesis stands between token <paramref name="t"/> and the token before it.</summary>
    bool OpensParenthesis(int t) => t > 0 && Gap(t).Contains('(');

    /// <summary>Whether only spaces, brackets and full stops (<i>art.</i>, <i>8(2)(b)</i>) stand between token
    /// <paramref name="t"/> and the token after it: no comma, colon, dash or quotation mark breaks the citation.</summary>
    bool CitationGap(int t)
    {
        foreach (var c in Gap(t + 1))
            if (!(char.IsWhiteSpace(c) || c is '(' or ')' or '.')) return false;
        return true;
    }

    /// <summary>The text between token <paramref name="t"/> and the token before it.</summary>
    ReadOnlySpan<char> Gap(int t) => Text.Text.AsSpan(Text.Tokens[t - 1].End, Text.Tokens[t].Start - Text.Tokens[t - 1].End);
}
