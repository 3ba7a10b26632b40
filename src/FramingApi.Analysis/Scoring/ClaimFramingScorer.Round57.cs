using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 57 (precision57): a court's jurisdiction in the abstract whose object and <i>for</i> stand apart by a
/// dash aside ("The court can try individuals — not states — for war crimes, …").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// The mention is the complement of <i>for</i> after a judicial verb in the infinitive or after a modal (round 29's
    /// <see cref="IsAbstractJurisdiction"/>), its object and a dash aside between ("can try individuals — not states —
    /// for war crimes"): the aside is skipped. At most two object tokens, no actor in them or in the aside ("will try the men — two Russian tank
    /// commanders — for war crimes" is a charge against named people).
    /// </summary>
    bool IsJurisdictionOverAside(int sentenceStart)
    {
        if (_first - 1 <= sentenceStart || Word(_first - 1) is not "for") return false;
        if (RoleAt(_first - 1) == ScoringRole.Actor) return false;
        var text = Text.Text;
        var tokens = Text.Tokens;
        // The closing dash right before "for".
        var gap = text.AsSpan(tokens[_first - 2].End, tokens[_first - 1].Start - tokens[_first - 2].End);
        if (gap.IndexOfAny("—–") < 0) return false;
        // The opening dash: at most four tokens back.
        var open = -1;
        for (var t = _first - 2; t > sentenceStart && _first - 2 - t <= 4; t--)
        {
            var g = text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End);
            if (g.IndexOfAny("—–") >= 0) { open = t - 1; break; }
        }
        if (open < 0) return false;
        // The aside names nobody: "try the men — two Russian tank commanders — for war crimes" is a charge.
        for (var t = open + 1; t < _first; t++)
            if (RoleAt(t) == ScoringRole.Actor) return false;
        // The verb: one or two object tokens before the opening dash.
        for (var v = open - 1; v >= sentenceStart && open - v <= 2; v--)
        {
            if (RoleAt(v) == ScoringRole.Actor) return false;
            if (!_words.JudicialVerbs.Contains(Word(v))) continue;
            return v - 1 >= sentenceStart && Word(v - 1) is "to" or "can" or "could" or "may" or "might" or "would" or "will" or "cannot" or "must" or "should";
        }
        return false;
    }

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
