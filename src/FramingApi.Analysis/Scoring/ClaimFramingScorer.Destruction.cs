using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>Claims round 52 (claims52): attacks on works and installations containing dangerous forces — a party that
/// mines, blows up or demolishes a dam, a dyke, a nuclear plant or its cooling pond (AP I art. 56, AP II art. 15;
/// docs/ANALYSIS.md, "Round 52 (claims52)").</summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Claims round 52: whether a war-crimes trigger and its cue fail to pair as an act of destruction and its work. The
    /// acts are entries <c>war_crimes@act</c> opening with a word of <see cref="ClaimRuleWords.DestructionActs"/>
    /// ("mined", "blew up", "laid mines", "demolished"); the works are <c>war_crimes@cue</c> entries ending in a word of
    /// <see cref="ClaimRuleWords.DangerousWorks"/> ("the dam", "the cooling pond", "a nuclear power plant"). Each pairs
    /// only with the other: "Russian forces blew up the dam" and "troops mined the bank of the cooling pond" are claims
    /// (with the act's agent, as every act); "Ukrainian sappers blew up the bridge they had captured" (the war-crimes
    /// cue of prisoners and captives) and "killings near the dam" are not.
    /// </summary>
    bool IsDestructionOffWork(int index, LexiconPlan plan, bool act)
    {
        if (!plan.IsClaims) return false;
        var words = plan.ClaimWords;
        if (words.DestructionActs.IsEmpty || words.DangerousWorks.IsEmpty) return false;
        var matches = _document.Matches;
        var target = matches[index];
        // Both the acts and the works are the generic target's (war crimes): other targets keep their cues untouched.
        if (plan.CueRoleOf(target) != CueRole.Trigger || plan.CategoryKeys[target.Category] != GenericTarget) return false;
        var destruction = act && words.DestructionActs.Contains(Word(target.FirstToken));
        var cue = _document.CueOf(index, plan);
        if (cue < 0) return false;
        var work = words.DangerousWorks.Contains(Word(matches[cue].FirstToken + matches[cue].TokenCount - 1));
        if (destruction && work && !IsWorkObject(target, matches[cue])) return true;
        // A work of dangerous forces is a cue of destruction only; the war-crimes cues of captives and of weapons' use
        // ("prisoners", "captured", "used") are none of a destruction.
        return destruction != work;
    }

    /// <summary>
    /// Whether a work after an act of destruction is what the act destroys: in the act's clause, with no verb form or
    /// clause word between, and no preposition but <i>of</i> ("blew up the dam", "mined the bank of its cooling pond")
    /// unless the act holds its own object ("laid mines along its cooling pond", "planted mines on the perimeter of the
    /// cooling pond"). "Russia blew up the talks on the reactor deal" and "demolished the defence in the match near the
    /// dam" destroy no work. A work before the act is its passive subject ("the dam was blown up by …").
    /// </summary>
    bool IsWorkObject(in LexiconMatch act, in LexiconMatch work)
    {
        var last = act.FirstToken + act.TokenCount - 1;
        if (work.FirstToken < act.FirstToken) return true;
        var ownObject = act.TokenCount > 1 && !ClaimGrammar.IsPreposition(Word(last)) && Word(last) is not "up";
        for (var k = last + 1; k < work.FirstToken; k++)
        {
            var word = Word(k);
            if (!_document.SameClause(last, k) || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsEdForm(word) || word.EndsWith("ing"))
                return false;
            if (ClaimGrammar.IsPreposition(word) && word is not "of" && !ownObject) return false;
        }
        return true;
    }
}
