using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 56 (framing56): the scope of a hedge as English marks it (docs/ANALYSIS.md, "Round 56 (framing56)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most words between a naming modifier and a mention inside the noun phrase it opens ("so-called
    /// forced deportation").</summary>
    internal const int NamingModifierReach = 2;

    /// <summary>
    /// Whether a naming modifier (<i>so-called</i>) near the mention opens another noun phrase than the mention's
    /// (claims round 56): the modifier distances the name of the noun phrase it begins — "the so-called deportation of
    /// children", "the so-called 'Bucha massacre'" — and nothing outside it. After the mention it names a later
    /// phrase ("Maksym was bundled off to a so-called 'health camp'", "took them to the so-called 'military enlistment
    /// office'"); before it, the phrase has ended when more than <see cref="NamingModifierReach"/> words, a comma, a
    /// preposition, determiner, clause word, auxiliary or coordinator stand between ("the so-called 'commissioner for
    /// children's rights' Maria Lvova-Belova for the illegal deportation of Ukrainian children", "the so-called
    /// 'military commissariat' created by the invaders sent summonses").
    /// </summary>
    bool IsNamingModifierElsewhere(RoleMatch hedge, bool before)
    {
        if (!IsNamingModifier(hedge)) return false;
        if (!before) return true;
        if (_first - hedge.Last - 1 > NamingModifierReach || _document.CommasBetween(hedge.Last, _first) > 0) return true;
        for (var k = hedge.Last + 1; k < _first; k++)
        {
            var word = Word(k);
            if (ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsDeterminer(word) || ClaimGrammar.IsClauseWord(word)
                || ClaimGrammar.IsAuxiliary(word) || word is "and" or "or" or "but") return true;
        }
        return false;
    }

    bool IsNamingModifier(RoleMatch hedge) =>
        hedge.First == hedge.Last ? Word(hedge.First) is "so-called"
            : hedge.Last == hedge.First + 1 ? Word(hedge.First) is "so" && Word(hedge.Last) is "called"
            : hedge.Last == hedge.First + 2 && Word(hedge.First) is "so" && Word(hedge.Last) is "called";
}
