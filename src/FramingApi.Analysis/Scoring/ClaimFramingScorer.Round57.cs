using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 57 (precision57): vetoes of found mentions where English marks that no claim is made — a question
/// that asks what an act is, its subject put between the inverted copula and the crime ("Is shielding a war crime?"),
/// and a verbless question that names a crime as the next section's subject ("Crimes against humanity?")
/// (docs/ANALYSIS.md, "Round 57 (precision57)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// The mention is the predicate of a yes/no question that closes on it, or the whole of a verbless question (claims
    /// round 57): the sentence opens (after <i>so, but, and, then, yet</i> at most) with <i>is, are, was, were</i>, a
    /// subject stands between it and the mention (an article before the mention at most), and a question mark closes the
    /// sentence right after the mention ("So is stationing troops there a war crime?", "Is an attack on them a war
    /// crime?"); or the sentence is the mention and its question mark alone ("Crimes against humanity?"). No actor may
    /// stand in the sentence up to the mention: "Is Russia's shelling of the grid a war crime?" names a perpetrator and
    /// stays a claim, as round 34's <see cref="IsPredicateQuestion"/> has it. The README's conventions: a question
    /// about what an act is, or what the law makes of it, is no claim. A question inside quote marks is left to round 34.
    /// </summary>
    bool IsOpenQuestion(int sentenceStart, int sentenceEnd)
    {
        if (_last != sentenceEnd - 1 || !ClosesWithQuestionMark(_last)) return false;
        var open = sentenceStart;
        while (open < _first && Word(open) is "so" or "but" or "and" or "then" or "yet") open++;
        for (var t = sentenceStart; t <= _last; t++)
            if (RoleAt(t) == ScoringRole.Actor) return false;
        // A verbless question: the mention alone ("Crimes against humanity?").
        if (open == _first) return true;
        if (Word(open) is not ("is" or "are" or "was" or "were")) return false;
        var k = _first - 1;
        if (Word(k) is "a" or "an") k--;
        // A subject between the copula and the predicate: round 34 takes the copula right before it.
        return k > open;
    }
}
