using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 62 (claims62): killing a person hors de combat (AP I art. 41; Rome Statute art. 8(2)(b)(vi)) told with
/// a plain verb of killing — "Russian soldiers shot several Ukrainian servicemen who had surrendered", "killing
/// prisoners of war", "shot two captured Ukrainian soldiers". The verbs <i>kill, killed, killing, shot, shoot,
/// shooting</i> were acts of attacks on civilians only, so they never paired with the war-crimes cues of captives and
/// surrendering soldiers; they are war-crimes acts too now, paired only with such a cue (docs/ANALYSIS.md, "Round 62
/// (claims62)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Whether a war-crimes act of killing (an entry <c>war_crimes@act</c> opening with a word of
    /// <see cref="ClaimRuleWords.KillingActs"/>) has a cue that names no person hors de combat: a war-crimes cue holding
    /// no word of <see cref="ClaimRuleWords.HorsDeCombatWords"/> — the verbs of a weapon's use ("fired", "used"), a
    /// dam or a reactor. "Russian troops shot the prisoners" pairs; "Russian troops fired on the car and shot the
    /// driver" does not (the driver is a civilian: the act of attacks on civilians decides, with its own cue).
    /// </summary>
    bool IsKillingOffCaptive(int index, LexiconPlan plan, bool act)
    {
        if (!act || !plan.IsClaims) return false;
        var words = plan.ClaimWords;
        if (words.KillingActs.IsEmpty) return false;
        var target = _document.Matches[index];
        if (plan.CategoryKeys[target.Category] != GenericTarget || !words.KillingActs.Contains(Word(target.FirstToken))) return false;
        var cue = _document.CueOf(index, plan);
        if (cue < 0) return false;
        var match = _document.Matches[cue];
        var captive = false;
        for (var k = match.FirstToken; k < match.FirstToken + match.TokenCount && !captive; k++)
            captive = words.HorsDeCombatWords.Contains(Word(k));
        return !captive || !IsKillingVictim(target, match);
    }

    /// <summary>
    /// Whether a cue of a person hors de combat is the victim of the act of killing: after it, in its clause, with no
    /// <i>and, or, but</i> between (its object, "shot two captured soldiers", "killing prisoners of war", or a clause on
    /// the object, "shot dozens of soldiers who had surrendered", "killed them after they had laid down their arms");
    /// or before it as the whole subject of its passive ("the prisoners were shot"). Not a second predicate ("41 had
    /// been killed at the front and 17 captured by Ukrainian troops") nor the object of an earlier verb ("raped
    /// detainees and killed those who refused").
    /// </summary>
    bool IsKillingVictim(in LexiconMatch act, in LexiconMatch cue)
    {
        var last = act.FirstToken + act.TokenCount - 1;
        if (cue.FirstToken > last)
        {
            for (var k = last + 1; k < cue.FirstToken; k++)
                if (!_document.SameClause(last, k) || Word(k) is "and" or "or" or "but") return false;
            return true;
        }
        return PassiveSubject(_document, act.FirstToken, reach: 4) == cue.FirstToken + cue.TokenCount - 1;
    }
}
