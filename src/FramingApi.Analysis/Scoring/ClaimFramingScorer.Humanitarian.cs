using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>Claims round 54 (humobj54): attacks on protected humanitarian and medical persons and objects, read only as
/// acts of physical force (docs/ANALYSIS.md, "Round 54").</summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Claims round 54: whether a cue match is one of protected humanitarian or medical persons or objects (Rome
    /// Statute art. 8(2)(b)(iii), (ix), (xxiv); GC IV arts. 18–20; AP I arts. 12, 15, 21, 71): a word of the lexicon's
    /// <c>humanitarian_cue_words</c> in it ("aid convoy", "rescuers", "ambulance", "the Red Cross").
    /// </summary>
    internal static bool IsHumanitarianCue(AnalyzedText text, LexiconPlan plan, in LexiconMatch cue)
    {
        var words = plan.ClaimWords.HumanitarianCueWords;
        if (words.IsEmpty) return false;
        for (var t = cue.FirstToken; t < cue.FirstToken + cue.TokenCount; t++)
            if (words.Contains(text.TokenText(t))) return true;
        return false;
    }

    /// <summary>Claims round 54: whether a target match is an act of pursuit, its first word one of the lexicon's
    /// <c>pursuit_verbs</c> ("hunted", "picking off"): an attack only with a weapon or military means near it.</summary>
    internal static bool IsPursuitAct(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        plan.IsAct(match) && plan.ClaimWords.PursuitVerbs.Contains(text.TokenText(match.FirstToken));

    /// <summary>
    /// Claims round 54: whether a trigger or act names physical force, the only sense in which it attacks a protected
    /// humanitarian or medical object: a word of <c>physical_attack_words</c> in it ("shelled", "bombed", "shot",
    /// "opened fire on", "killed"; not "shot down"), a verb of <c>aimed_fire_verbs</c> before <i>on</i> or <i>at</i>
    /// ("fired on"), or a weapon or military means of <c>force_means_words</c> in its clause within the cue reach
    /// ("Russian troops attacked an aid convoy", "hit an ambulance with a drone", "was hit by a missile"). <i>Attacked,
    /// targeted, hit, struck</i> alone are no force: "Moscow's mayor attacked medical staff", "regulators targeted
    /// ambulance operators", "a truck hit an ambulance".
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
            if (words.ForceMeansWords.Contains(Word(t))) return true; // its own words: "drone attacks on", "missile attacks on"
        var sentence = tokens[first].Sentence;
        var from = Math.Max(Text.Sentences[sentence].FirstToken, first - ScoringDocument.CueReach);
        for (var t = first - 1; t >= from && !_document.HardBoundaryBetween(t, first); t--)
            if (words.ForceMeansWords.Contains(Word(t))) return true;
        for (var t = last + 1; t < tokens.Length && t <= last + 1 + ScoringDocument.CueReach && tokens[t].Sentence == sentence
             && !_document.HardBoundaryBetween(last, t); t++)
            if (words.ForceMeansWords.Contains(Word(t))) return true;
        return false;
    }
}
