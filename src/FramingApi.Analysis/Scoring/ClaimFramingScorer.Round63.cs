using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 63 (claims63): the claim-sentence detector's span on a word that names the war's setting, not an act.
/// When a sentence the detector finds a claim has no act or crime noun of the claims lexicon, its span falls to the
/// nearest event or perpetration word, and on the open sets that word is often the period or the regime in which
/// something happened — <i>during the occupation</i>, <i>since the first days of the invasion</i>, <i>the occupation
/// administration</i>, <i>Russian-held territory</i>, <i>a war zone</i> — where the README's conventions read an actor
/// cue ("during Moscow's occupation"), never an act (docs/ANALYSIS.md, "Round 63 (claims63)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most words between a frame preposition and the event word it opens: determiners, possessives, number
    /// words, actor matches and one "<i>noun</i> of" (<i>since the first days of the invasion</i>).</summary>
    internal const int SettingReach = 5;

    /// <summary>Whether part (2) of <see cref="IsSettingNotAct"/>, the attributive modifier, applies (candidate A; off:
    /// the modifier of a subject stands in for the clause's unlexicalised act, "the occupation administration coerced
    /// residents").</summary>
    internal static bool AttributiveSetting = false;

    /// <summary>
    /// Whether event or perpetration match <paramref name="match"/> names a setting rather than an act: (1) it is the
    /// object of a preposition of place, time or circumstance (<see cref="ClaimGrammar.IsFramePreposition"/>), over at
    /// most <see cref="SettingReach"/> determiners, possessives, number words, actor matches and one "<i>noun</i> of"
    /// (<i>during the occupation</i>, <i>under Russian occupation</i>, <i>in the first weeks of the invasion</i>); or (2) it
    /// modifies the noun after it (over an opening quotation mark): that word is lower-case letters and no preposition,
    /// clause word, stop word, auxiliary, adverb, -ed form or claims word of its own (<i>the occupation
    /// administration</i>, <i>occupation "authorities"</i>, <i>Russian-held territory</i>, <i>a war zone</i> — not
    /// <i>the occupation ended</i>, <i>the invasion of Ukraine</i>).
    /// </summary>
    internal static bool IsSettingNotAct(ScoringDocument document, LexiconPlan plan, in LexiconMatch match)
    {
        var text = document.Text;
        var tokens = text.Tokens;
        var s = text.Sentences[tokens[match.FirstToken].Sentence];
        var end = s.FirstToken + s.TokenCount;
        // (2) an attributive modifier of the next word
        var next = match.FirstToken + match.TokenCount;
        if (next < end && text.TokenText(next) is "\"" or "\u201c") next++;
        if (AttributiveSetting && next < end && IsModifiedNoun(document, plan, next)) return true;
        // (1) the object of a frame preposition
        var ofSeen = false;
        for (var t = match.FirstToken - 1; t >= s.FirstToken && match.FirstToken - t <= SettingReach + 1; t--)
        {
            var w = text.TokenText(t);
            if (ClaimGrammar.IsFramePreposition(w)) return true;
            if (ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsPossessive(w) || ClaimGrammar.IsNumberWord(w) || IsActorAt(document, plan, t))
                continue;
            if (w is "of" && !ofSeen && t - 1 >= s.FirstToken && char.IsLetter(text.TokenText(t - 1)[0])
                && !ClaimGrammar.IsStopword(text.TokenText(t - 1)) && !IsClaimWordAt(document, plan, t - 1))
            {
                ofSeen = true;
                t--; // the noun the "of" phrase belongs to (days, weeks, years)
                continue;
            }
            return false;
        }
        return false;
    }

    /// <summary>Part (2) of <see cref="IsSettingNotAct"/>: token <paramref name="t"/> is a common noun the match before
    /// it modifies.</summary>
    static bool IsModifiedNoun(ScoringDocument document, LexiconPlan plan, int t)
    {
        var w = document.Text.TokenText(t);
        if (w.Length < 3 || !char.IsLower(document.Text.Text[document.Text.Tokens[t].Start])) return false;
        foreach (var c in w) if (!char.IsLetter(c)) return false;
        return !(ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsStopword(w)
                 || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsEdForm(w) || IsClaimWordAt(document, plan, t));
    }

    /// <summary>Whether a claims-lexicon actor match covers token <paramref name="t"/> ("Russian", "Moscow's").</summary>
    static bool IsActorAt(ScoringDocument document, LexiconPlan plan, int t) => RoleAt(document, plan, t) is ScoringRole.Actor;

    /// <summary>Whether a claims-lexicon act, crime, perpetration or event match covers token <paramref name="t"/>.</summary>
    static bool IsClaimWordAt(ScoringDocument document, LexiconPlan plan, int t) =>
        RoleAt(document, plan, t) is ScoringRole.Target or ScoringRole.Perpetration or ScoringRole.Event;

    static ScoringRole? RoleAt(ScoringDocument document, LexiconPlan plan, int t)
    {
        ScoringRole? found = null;
        foreach (var m in document.Matches)
        {
            if (m.FirstToken > t) break;
            if (m.Lexicon != plan.Index || m.FirstToken + m.TokenCount <= t) continue;
            var role = plan.Role(m);
            if (role is ScoringRole.Target or ScoringRole.Perpetration or ScoringRole.Event) return role;
            found ??= role;
        }
        return found;
    }
}
