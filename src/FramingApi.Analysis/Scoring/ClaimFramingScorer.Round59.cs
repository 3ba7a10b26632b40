using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 59 (claims59): attacks on persons the laws of war protect by their work — rescuers, first responders,
/// firefighters and emergency crews at a struck site (civilians under AP I art. 50; civil defence personnel, AP I
/// art. 62) — read only as acts of physical force (docs/ANALYSIS.md, "Round 59 (claims59)"). The physical-force test
/// is round 54's (measured then for humanitarian and medical objects and not kept), applied to these cues alone.
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Whether a cue match names persons protected by their work: a word of the lexicon's
    /// <c>protected_person_cue_words</c> in it ("rescuers", "rescue workers", "first responders", "emergency crews").
    /// </summary>
    internal static bool IsProtectedPersonCue(AnalyzedText text, LexiconPlan plan, in LexiconMatch cue)
    {
        var words = plan.ClaimWords.ProtectedPersonCueWords;
        if (words.IsEmpty) return false;
        for (var t = cue.FirstToken; t < cue.FirstToken + cue.TokenCount; t++)
            if (words.Contains(text.TokenText(t))) return true;
        return false;
    }

    /// <summary>
    /// Whether a trigger or act names physical force, the only sense in which it attacks a protected person: a word of
    /// <c>physical_attack_words</c> in it ("shelled", "bombed", "shot", "opened fire on", "killed"; not "shot down"), a
    /// verb of <c>aimed_fire_verbs</c> before <i>on</i> or <i>at</i> ("fired on"), or a weapon or military means of
    /// <c>force_means_words</c> in its own words or in its clause within the cue reach ("Russian troops attacked the
    /// rescuers", "the second missile was aimed at the emergency crews"). <i>Attacked, targeted, hit, struck, aimed
    /// at</i> alone are no force: "the mayor attacked the firefighters' union", "the clinic aimed its campaign at first
    /// responders", "lightning struck the fire station while firefighters were out".
    /// </summary>
    bool IsPhysicalAttack(LexiconPlan plan, in LexiconMatch trigger)
    {
        var words = plan.ClaimWords;
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        var tokens = Text.Tokens;
        var shotDown = last + 1 < tokens.Length && Word(last + 1) is "down" && tokens[last + 1].Sentence == tokens[last].Sentence;
        if (!shotDown)
        {
            for (var t = first; t <= last; t++)
                if (words.PhysicalAttackWords.Contains(Word(t))) return true;
            if (trigger.TokenCount > 1 && Word(last) is "on" or "at" && words.AimedFireVerbs.Contains(Word(first))) return true;
        }
        for (var t = first; t <= last; t++)
            if (words.ForceMeansWords.Contains(Word(t))) return true; // its own words: "drone attacks on", "missile strikes on"
        // A party as the verb's bare subject ("Russia struck the hotel again as rescuers arrived", "Moscow targets
        // rescuers"): the state's own act is force; a demonym before another noun is not ("Russian lawmakers targeted").
        var subject = first - 1;
        while (subject >= 0 && first - subject <= ClaimsVerbAdverbs && tokens[subject].Sentence == tokens[first].Sentence
               && ClaimGrammar.IsAdverb(Word(subject)))
            subject--;
        if (subject >= 0 && tokens[subject].Sentence == tokens[first].Sentence && IsPartyEndingAt(subject)) return true;
        // A hedge or accusation word right before the attack names the wrongdoing it doubts ("the alleged attack on the
        // rescuers", "the putative targeting of first responders"): an accusation of an attack, not a quarrel.
        // So does a word of intent ("the deliberate attack on emergency workers", "deliberately targeted the rescuers").
        if (first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence
            && (IsMarkerEndingAt(first - 1) || words.IntentWords.Contains(Word(first - 1)))) return true;
        var sentence = tokens[first].Sentence;
        var from = Math.Max(Text.Sentences[sentence].FirstToken, first - ScoringDocument.CueReach);
        for (var t = first - 1; t >= from && !_document.HardBoundaryBetween(t, first); t--)
            if (words.ForceMeansWords.Contains(Word(t))) return true;
        for (var t = last + 1; t < tokens.Length && t <= last + 1 + ScoringDocument.CueReach && tokens[t].Sentence == sentence
             && !_document.HardBoundaryBetween(last, t); t++)
            if (words.ForceMeansWords.Contains(Word(t))) return true;
        return IsForceNamedBefore(plan, trigger); // claims round 61
    }

    /// <summary>A hedge or accusation match that ends at the token ("alleged", "putative", "suspected").</summary>
    bool IsMarkerEndingAt(int t)
    {
        foreach (var r in Roles)
            if (r.Role is ScoringRole.Hedge or ScoringRole.Accusation && r.Last == t) return true;
        return false;
    }
}
