using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 56 (framing56): the scope of a reporting verb as English marks it (docs/ANALYSIS.md, "Round 56
/// (framing56)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most words of the name in a named cross-reference ("As Slovo Press reported").</summary>
    internal const int CrossReferenceNameReach = 4;

    /// <summary>
    /// A sentence-opening <i>as</i>-clause that credits a named outlet with earlier reporting ("As Ukrinform reported
    /// earlier, …", "As Slovo Press reported, …", "As RusInform previously reported, …"): like the agentless "As
    /// reported, …" (<see cref="IsCrossReference"/>), the writer's pointer to what the news has already told, and an
    /// <i>as</i>-parenthetical commits the writer to its content (Potts 2002); nobody's report of the act. The name is
    /// one to <see cref="CrossReferenceNameReach"/> capitalised words with no determiner or <i>of</i> ("As the Ministry
    /// of Defence reported" and "As the ombudsman noted" still attribute), between <i>as</i> and the verb an adverb at
    /// most; the verb is <i>reported</i> or <i>wrote</i>.
    /// </summary>
    bool IsNamedCrossReference(RoleMatch r)
    {
        if (r.First != r.Last || Word(r.First) is not ("reported" or "wrote")) return false;
        var sentenceStart = Text.Sentences[Text.Tokens[r.First].Sentence].FirstToken;
        var k = r.First - 1;
        if (k > sentenceStart && ClaimGrammar.IsAdverb(Word(k))) k--;
        var names = 0;
        for (; k > sentenceStart && names < CrossReferenceNameReach; k--)
        {
            var word = Word(k);
            if (word is "-") continue;
            if ((Text.Tokens[k].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) == 0 || ClaimGrammar.IsDeterminer(word)
                || ClaimGrammar.IsPreposition(word)) return false;
            names++;
        }
        return names > 0 && k == sentenceStart && Word(k) is "as";
    }
}
