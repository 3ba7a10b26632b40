using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>Claims round 53 (anaphora53): acts whose victims were named earlier — a pronoun object after an active act
/// (docs/ANALYSIS.md, "Round 53").</summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Claims round 53: the victim cue a claim act with no cue in its clause takes through a pronoun object right after
    /// it, or -1 — <i>them</i>, <i>him</i>, <i>her</i> (not before a word: that is the possessive, "took her child") or
    /// <i>many (some, several, two …) of them</i>: "the occupiers shot them at close range", "they beat him",
    /// "took several of them from their homes". Its antecedent is the nearest victim cue of the act's category before
    /// the act in its sentence or the sentence before (same paragraph), no place, in the act's voice and of the
    /// pronoun's number (<see cref="IsPluralVictim"/>). The act keeps every other requirement (its agent, the vetoes).
    /// </summary>
    internal static int ObjectPronounVictimCue(ScoringDocument document, int index, LexiconPlan plan)
    {
        var matches = document.Matches;
        var trigger = matches[index];
        if (!plan.IsAct(trigger)) return -1;
        if (!IsObjectPronounAfter(document, trigger, out var plural)) return -1;
        var text = document.Text;
        var tokens = text.Tokens;
        var first = trigger.FirstToken;
        var sentence = tokens[first].Sentence;
        for (var j = index - 1; j >= 0; j--)
        {
            var m = matches[j];
            var cueSentence = tokens[m.FirstToken].Sentence;
            if (cueSentence < sentence - 1) return -1;
            if (cueSentence < sentence && !SameParagraph(text, cueSentence, sentence)) return -1;
            if (m.Lexicon != trigger.Lexicon || m.Category != trigger.Category || plan.CueRoleOf(m) != CueRole.Cue
                || plan.PlaceEntry[m.Entry]) continue;
            if (tokens[m.FirstToken].Voice != tokens[first].Voice) continue;
            if (IsPluralVictim(text, m) != plural) continue;
            return j;
        }
        return -1;
    }

    /// <summary>Whether an act match is followed right after it by an object pronoun (<see cref="ObjectPronounVictimCue"/>),
    /// and whether that pronoun is plural.</summary>
    internal static bool IsObjectPronounAfter(ScoringDocument document, in LexiconMatch act, out bool plural)
    {
        var text = document.Text;
        var tokens = text.Tokens;
        var first = act.FirstToken;
        var t = first + act.TokenCount;
        plural = false;
        if (t >= tokens.Length || tokens[t].Sentence != tokens[first].Sentence || tokens[t].Voice != tokens[first].Voice
            || !document.Gap(t - 1, t).IsWhiteSpace()) return false;
        switch (text.TokenText(t))
        {
            case "them":
                plural = true;
                break;
            case "him":
                plural = false;
                break;
            case "her" when t + 1 >= tokens.Length || tokens[t + 1].Sentence != tokens[t].Sentence
                            || !document.Gap(t, t + 1).IsWhiteSpace() || IsObjectFollower(text.TokenText(t + 1)):
                plural = false;
                break;
            case "many" or "some" or "most" or "several" or "all" or "few" or "one" or "two" or "three" or "four" or "five"
                or "dozens" or "hundreds" or "thousands" or "others" or "each" or "both" or "half"
                when t + 2 < tokens.Length && text.TokenText(t + 1) is "of" && text.TokenText(t + 2) is "them"
                     && tokens[t + 2].Sentence == tokens[t].Sentence:
                plural = true;
                break;
            default:
                return false;
        }
        return true;
    }

    /// <summary>
    /// Claims round 53: whether an act with an object pronoun is the second verb of a coordination whose first verb, a
    /// target of the same category in its clause at most <see cref="ListItemReach"/> tokens before the pronoun's
    /// antecedent, already names the claim about those victims ("accuses the Kremlin of kidnapping nearly 20,000
    /// children and shipping them off to Russia"): a reader marks it once, as a list (<see cref="ListedAfterSameTarget"/>).
    /// </summary>
    bool ContinuesAntecedentClaim(int index, LexiconPlan plan)
    {
        var matches = _document.Matches;
        var target = matches[index];
        if (!plan.IsAct(target) || _first == 0 || Word(_first - 1) is not ("and" or "then")) return false;
        if (!IsObjectPronounAfter(_document, target, out _)) return false;
        var cue = _document.CueOf(index, plan);
        if (cue < 0 || matches[cue].FirstToken >= _first) return false;
        var cueFirst = matches[cue].FirstToken;
        for (var j = cue - 1; j >= 0; j--)
        {
            var m = matches[j];
            if (cueFirst - (m.FirstToken + m.TokenCount - 1) - 1 > ListItemReach || !_document.SameClause(m.FirstToken, cueFirst)) return false;
            if (m.Lexicon == target.Lexicon && m.Category == target.Category && plan.CueRoleOf(m) != CueRole.Cue
                && plan.Role(m) == ScoringRole.Target) return true;
        }
        return false;
    }

    /// <summary>Whether a word after <i>her</i> shows it is the object pronoun, not the possessive: a preposition, an
    /// adverb of the act's manner or a conjunction ("beat her in a cellar", "shot her twice", "beat her and …").</summary>
    static bool IsObjectFollower(ReadOnlySpan<char> word) =>
        word is "in" or "at" or "on" or "to" or "with" or "for" or "from" or "into" or "until" or "before" or "after"
            or "and" or "or" or "while" or "when" or "because" or "again" or "twice" or "repeatedly" or "there" or "up"
            or "away" or "off" or "down" or "out" or "dead";
}
