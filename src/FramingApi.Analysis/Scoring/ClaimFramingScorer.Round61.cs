using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 61 (claims61): a nominal attack on a protected person ("the attack on the rescuers", "the targeting of
/// first responders") with no force in its own clause continues the strike the sentence before names — a weapon, a
/// word of force or an armed force in the outlet's voice, in the same paragraph ("A second missile hit the hotel. The
/// attack on the rescuers …") (docs/ANALYSIS.md, "Round 61 (claims61)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Whether the trigger is a nominal attack — its first word one of <c>attack_nouns</c> ("attack on", "attacks
    /// against") or a gerund before <i>of</i> ("the targeting of") — in the outlet's voice, and the sentence before it,
    /// in the same paragraph, names physical force in the outlet's voice: a word of <c>physical_attack_words</c> or of
    /// <c>force_means_words</c>.
    /// </summary>
    bool IsForceNamedBefore(LexiconPlan plan, in LexiconMatch trigger)
    {
        var words = plan.ClaimWords;
        var tokens = Text.Tokens;
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        if (tokens[first].Voice != Voice.Outlet) return false;
        var nominal = words.AttackNouns.Contains(Word(first))
                      || (Word(last).EndsWith("ing") && last + 1 < tokens.Length && Word(last + 1) is "of" && tokens[last + 1].Sentence == tokens[last].Sentence);
        _ = nominal; // variant (3): verbal triggers too, not only nominal ones
        var sentence = tokens[first].Sentence;
        // The sentences before in its paragraph, up to ForceSentencesBack; a paragraph's first sentence takes the last
        // sentence of the paragraph before it.
        var opening = sentence > 0 && !SameParagraph(Text, sentence - 1, sentence);
        for (var s = sentence - 1; s >= 0 && sentence - s <= ForceSentencesBack; s--)
        {
            if (s < sentence - 1 && !SameParagraph(Text, s, sentence)) break;
            if (HasOutletForce(words, s)) return true;
            if (opening) break;
        }
        return false;
    }

    /// <summary>How many sentences before a nominal attack on a protected person may name its force (claims round 61).</summary>
    const int ForceSentencesBack = 2;

    /// <summary>Whether a sentence names physical force in the outlet's voice: a word of <c>physical_attack_words</c> or
    /// <c>force_means_words</c>.</summary>
    bool HasOutletForce(ClaimRuleWords words, int sentence)
    {
        var tokens = Text.Tokens;
        var span = Text.Sentences[sentence];
        for (var t = span.FirstToken; t < span.FirstToken + span.TokenCount; t++)
            if (tokens[t].Voice == Voice.Outlet && (words.PhysicalAttackWords.Contains(Word(t)) || words.ForceMeansWords.Contains(Word(t))))
                return true;
        return false;
    }
}
