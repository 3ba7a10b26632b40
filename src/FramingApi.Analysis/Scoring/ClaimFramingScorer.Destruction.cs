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
        var work = IsDangerousWork(matches[cue], words);
        if (destruction && work && !IsWorkObject(target, matches[cue], words)) return true;
        // A work of dangerous forces is a cue of destruction only; the war-crimes cues of captives and of weapons' use
        // ("prisoners", "captured", "used") are none of a destruction.
        return destruction != work;
    }

    /// <summary>
    /// Whether a work after an act of destruction is what the act destroys: in the act's clause, with no verb form or
    /// clause word between, and no preposition but <i>of</i> ("blew up the dam", "mined the bank of its cooling pond")
    /// unless the act holds its own object and one locative preposition follows it right away ("laid mines along its
    /// cooling pond", "planted mines on the perimeter of the cooling pond"; not "laid mines to protect the dam",
    /// "twenty kilometres from the dam", "in the fields of a village near the dam"). "Russia blew up the talks on the
    /// reactor deal" and "demolished the defence in the match near the dam" destroy no work, nor does "the dam of trust
    /// between nations" name one. A work before the act pairs only as its passive subject, with nothing but
    /// auxiliaries and adverbs between ("the dam was blown up by …", "the dam had already been mined"), not as the
    /// object of an earlier verb ("shelled the nuclear plant and blew up the bridge") nor across a comma or a clause
    /// ("near the nuclear plant, a school was blown up"). (mend52: the last three conditions; mend52b: nothing between
    /// a passive subject and its act, and no relative: "the dam which Russian forces blew up" is none, its subject is
    /// not the act's agent.)
    /// </summary>
    bool IsWorkObject(in LexiconMatch act, in LexiconMatch work, ClaimRuleWords words)
    {
        var last = act.FirstToken + act.TokenCount - 1;
        if (work.FirstToken < act.FirstToken)
        {
            // Only a passive subject ("the dam was blown up", "the dam had been mined"): nothing but auxiliaries and
            // adverbs between the work and the act, one of them a form of "be", in one clause (mend52b: not "near the
            // nuclear plant, a school was blown up", "the dam held, but the bridge was blown up").
            var workLast = work.FirstToken + work.TokenCount - 1;
            if (!_document.SameClause(workLast, act.FirstToken)) return false;
            var passive = false;
            for (var k = workLast + 1; k < act.FirstToken; k++)
            {
                var word = Word(k);
                if (ClaimGrammar.IsClauseWord(word) || !(ClaimGrammar.IsAuxiliary(word) || ClaimGrammar.IsBeForm(word) || ClaimGrammar.IsAdverb(word))) return false;
                passive |= ClaimGrammar.IsBeForm(word);
            }
            return passive;
        }
        var ownObject = act.TokenCount > 1 && !ClaimGrammar.IsPreposition(Word(last)) && Word(last) is not "up";
        for (var k = last + 1; k < work.FirstToken; k++)
        {
            var word = Word(k);
            if (!_document.SameClause(last, k) || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsEdForm(word) || word.EndsWith("ing"))
                return false;
            // The grammar's prepositions and the spatial ones it lacks ("blew up the ice jam above the dam";
            // destruction_spatial_words), but one locative right after an act with its own object (destruction_locatives).
            if ((ClaimGrammar.IsPreposition(word) || words.DestructionSpatialWords.Contains(word))
                && word is not "of"
                && (!ownObject || k > last + 1 || !words.DestructionLocatives.Contains(word))) return false;
        }
        // "the dam of trust between nations": a work followed by "of" and a noun phrase with no name, number or
        // determiner is a figure, not a work ("the dam of the Kakhovka plant", "the dam of Nova Kakhovka", mend52b: "the
        // reactor of block 2", "the dam of reservoir number two", "the dyke of polder 12" are works).
        var after = work.FirstToken + work.TokenCount;
        if (after + 1 < Text.Tokens.Length && Word(after) is "of" && Text.Tokens[after + 1].Sentence == Text.Tokens[after].Sentence
            && !ClaimGrammar.IsDeterminer(Word(after + 1)))
        {
            var figure = true;
            for (var k = after + 1; k < Text.Tokens.Length && k <= after + 3 && Text.Tokens[k].Sentence == Text.Tokens[after].Sentence && figure; k++)
            {
                var word = Word(k);
                if (k > after + 1 && (ClaimGrammar.IsStopword(word) || ClaimGrammar.IsPreposition(word))) break;
                figure = !char.IsUpper(Text.Text[Text.Tokens[k].Start]) && !char.IsDigit(word[0]) && !ClaimGrammar.IsNumberWord(word);
            }
            if (figure) return false;
        }
        return true;
    }

    /// <summary>Claims round 52, mended (mend52): whether a war-crimes act of destruction has a work of dangerous forces as
    /// its cue. Such an act is not vetoed as an act on a single object: for AP I art. 56 one dam or one nuclear plant is
    /// the crime ("Russian forces blew up the Kakhovka dam", "Israeli forces blew up a dam in Gaza").</summary>
    bool IsDestructionOfWork(int index, LexiconPlan plan)
    {
        if (!plan.IsClaims || plan.ClaimWords.DestructionActs.IsEmpty) return false;
        var target = _document.Matches[index];
        if (plan.CueRoleOf(target) != CueRole.Trigger || plan.CategoryKeys[target.Category] != GenericTarget) return false;
        if (!plan.ClaimWords.DestructionActs.Contains(Word(target.FirstToken))) return false;
        var cue = _document.CueOf(index, plan);
        return cue >= 0 && IsDangerousWork(_document.Matches[cue], plan.ClaimWords);
    }

    /// <summary>Whether a cue names a work or installation of AP I art. 56: one of its words is in
    /// <see cref="ClaimRuleWords.DangerousWorks"/> — a head ("dam", "dyke", "reactor") or the word that makes a plant,
    /// station or pond one ("nuclear power plant", "nuclear station", "cooling pond"); a bare "plant" or "pond" is none.</summary>
    bool IsDangerousWork(in LexiconMatch cue, ClaimRuleWords words)
    {
        for (var k = cue.FirstToken; k < cue.FirstToken + cue.TokenCount; k++)
            if (words.DangerousWorks.Contains(Word(k))) return true;
        return false;
    }

    /// <summary>Claims round 52, mended (mend52): whether an act of destruction of a work (<see cref="IsDestructionOfWork"/>,
    /// which the caller has checked) is only threatened, planned or
    /// possible — in a <i>to</i>-infinitive governed by a word of <see cref="ClaimRuleWords.DestructionGovernors"/>
    /// ("has threatened to blow up the dam", "planned to blow up the dam", "plans to blow up") or after a bare modal of
    /// <see cref="ClaimRuleWords.DestructionModals"/> ("could blow up the dam", "would blow up"). A threat or a plan is
    /// not the attack, and whether an act would be a crime is no claim (tests/validation/README.md).</summary>
    bool IsUnassertedDestruction(int index, LexiconPlan plan)
    {
        var first = _document.Matches[index].FirstToken;
        var words = plan.ClaimWords;
        var t = first - 1;
        while (t >= 0 && first - t <= 3 && IsModalAdverb(Word(t))) t--;
        if (t < 0) return false;
        // mend52b: a narrative "would" after a time phrase reports the act ("Weeks later, Russian forces would blow up
        // the dam").
        if (words.DestructionModals.Contains(Word(t))) return !(Word(t) is "would" && IsAfterLater(t));
        if (Word(t) is not "to") return false;
        t--;
        while (t >= 0 && first - t <= 5 && IsModalAdverb(Word(t))) t--;
        return t >= 0 && words.DestructionGovernors.Contains(Word(t));
    }

    /// <summary>mend52b: an adverb between a modal or a governor and its act: an -ly adverb or "also", "then", "later",
    /// "still" ("could also blow up the dam", "threatened to then blow up").</summary>
    static bool IsModalAdverb(ReadOnlySpan<char> word) => ClaimGrammar.IsAdverb(word) || word is "also" or "then" or "later" or "still";

    /// <summary>mend52b: whether "later" or "afterwards" comes before the token in its sentence ("Weeks later, …").</summary>
    bool IsAfterLater(int t)
    {
        for (var k = t - 1; k >= 0 && Text.Tokens[k].Sentence == Text.Tokens[t].Sentence; k--)
            if (Word(k) is "later" or "afterwards") return true;
        return false;
    }
}
