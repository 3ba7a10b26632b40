using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>Claims round 48 (claims48): siege acts — relief and evacuation obstructed, civilians starved, people used as a
/// shield (docs/ANALYSIS.md, "Round 48").</summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens from a shield entry back to the verb of use before it ("used the town's residents as a
    /// shield").</summary>
    const int ShieldUseReach = 7;

    // The actor match that uses the shield the last IsUnusedShield accepted, else None: the claim's actor when the frames
    // give none ("The Kyiv regime uses its own people as a shield").
    int _shieldUser = None;

    /// <summary>
    /// Claims round 48: whether a target match is a siege act — an entry of two or more words that opens with a verb of
    /// the lexicon's <c>siege_act_verbs</c> ("blocked relief convoys", "turned back evacuation convoys", "impeding
    /// humanitarian access"), a plain entry (no cue or trigger). Like an act of the lexicon (<c>key@act</c>) it is a claim only with its agent in its clause ("Russian
    /// troops turned back evacuation convoys"; "convoys were turned back" is an event), but it needs no cue: its object
    /// is in the entry.
    /// </summary>
    internal static bool IsSiegeAct(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        match.TokenCount > 1 && plan.IsClaims && plan.CueRoleOf(match) == CueRole.None
        && plan.ClaimWords.SiegeActVerbs.Contains(text.TokenText(match.FirstToken));

    /// <summary>Whether a target match is a siege entry that is no mention without its grammar (a siege act, a shield, a
    /// starving):
    /// when the claim scorer finds no claim there, the words are no hit either, as for an act without agent.</summary>
    internal static bool IsSiegeEntry(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        IsSiegeAct(text, plan, match) || IsShieldEntry(text, plan, match) || IsStarveEntry(text, plan, match);

    /// <summary>A starving entry of two or more words: its first word one of the lexicon's <c>starve_verbs</c> ("starving
    /// the town", "starve them out").</summary>
    static bool IsStarveEntry(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        match.TokenCount > 1 && plan.IsClaims && plan.ClaimWords.StarveVerbs.Contains(text.TokenText(match.FirstToken));

    /// <summary>
    /// Claims round 48: whether a starving entry at <paramref name="index"/> ("starving the town", "starved a civilian
    /// population") is figurative: <i>of</i> right after it names what is kept from its object ("starving the city of
    /// funds", "starved the population of information"), a use that is no war crime. The deliberate starvation of
    /// civilians (AP I art. 54, Rome Statute art. 8(2)(b)(xxv)) is told with the object alone ("Russia is starving the
    /// town", "starve them out"); "starving the town of food" is missed with the figurative uses.
    /// </summary>
    bool IsFigurativeStarving(int index, LexiconPlan plan)
    {
        var match = _document.Matches[index];
        if (!IsStarveEntry(Text, plan, match)) return false;
        var next = match.FirstToken + match.TokenCount;
        return next < Text.Tokens.Length && Text.Tokens[next].Sentence == Text.Tokens[match.FirstToken].Sentence && Word(next) is "of";
    }

    /// <summary>A shield entry: <i>as</i> and a word of the lexicon's <c>shield_words</c> last ("as a shield", "as
    /// cover"; not "human shields", a claim by itself).</summary>
    static bool IsShieldEntry(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        match.TokenCount > 1 && plan.IsClaims && text.TokenText(match.FirstToken) is "as"
        && plan.ClaimWords.ShieldWords.Contains(text.TokenText(match.FirstToken + match.TokenCount - 1));

    /// <summary>
    /// Claims round 48: whether a shield entry at <paramref name="index"/> ("as a shield", "as a military shield", "as
    /// cover") names people or a protected object used to shield something (GC IV art. 28, AP I art. 51(7), Rome Statute
    /// art. 8(2)(b)(xxiii)): a verb of the lexicon's <c>shield_use_verbs</c> at most <see cref="ShieldUseReach"/> tokens
    /// before it in its clause, with a person (<c>person_nouns</c>) or a word of <c>shield_objects</c> between as the
    /// verb's object ("they used us as a shield", "is using the nuclear facility as a shield", "the use of a nuclear
    /// plant as a military shield"). False for an entry that is no shield entry; true (no claim) for "used his body as a
    /// shield", "used the law as a shield", "as cover for the night".
    /// </summary>
    bool IsUnusedShield(int index, LexiconPlan plan)
    {
        var match = _document.Matches[index];
        _shieldUser = None;
        if (!IsShieldEntry(Text, plan, match)) return false;
        var words = plan.ClaimWords;
        var a = match.FirstToken;
        var sentence = Text.Tokens[a].Sentence;
        var sawObject = false;
        for (var t = a - 1; t >= 0 && a - t <= ShieldUseReach && Text.Tokens[t].Sentence == sentence && _document.SameClause(t, a); t--)
        {
            var w = Word(t);
            if (words.ShieldUseVerbs.Contains(w)) return !sawObject || (_shieldUser = UserBefore(t)) == None;
            if (ClaimGrammar.IsClauseWord(w)) break;
            if (words.PersonNouns.Contains(w) || words.ShieldObjects.Contains(w)) sawObject = true;
        }
        return true;
    }

    /// <summary>The party that uses the shield: an actor at most <see cref="SeizureVerbReach"/> tokens before the verb
    /// of use at <paramref name="use"/>, in its clause ("Russia is using them as a shield", "Russia's use of a nuclear
    /// plant as a military shield", "The Kyiv regime uses its own people as a shield"); not the law's or a question's
    /// gerund ("What it forbids is using the plant as a shield", "whether using a plant as a shield is a war crime").
    /// The actor's match, or None.</summary>
    int UserBefore(int use)
    {
        var sentence = Text.Tokens[use].Sentence;
        for (var t = use - 1; t >= 0 && use - t <= SeizureVerbReach && Text.Tokens[t].Sentence == sentence && _document.SameClause(t, use); t--)
        {
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Actor && r.First <= t && t <= r.Last) return r.Match;
            if (ClaimGrammar.IsClauseWord(Word(t))) break;
        }
        return None;
    }
}
