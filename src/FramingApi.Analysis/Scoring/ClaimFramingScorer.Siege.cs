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

    // The actor match that uses the shield the last IsUnusedShield accepted, else None: the claim's actor, before the
    // frames' ("The Kyiv regime uses its own people as a shield"; "Russia uses Ukraine's population as a shield": russia).
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
    /// town", "starve them out"), with what is kept from them (mend48: a word of the lexicon's <c>starve_of_objects</c>,
    /// "starving civilians of food") or with the place's name ("starving the city of Mariupol": a capitalised word) — then only with a party as the
    /// verb's subject ("Russian forces are starving civilians of food"; not "the drought is starving the population of
    /// water").
    /// </summary>
    bool IsFigurativeStarving(int index, LexiconPlan plan)
    {
        var match = _document.Matches[index];
        if (!IsStarveEntry(Text, plan, match)) return false;
        var next = match.FirstToken + match.TokenCount;
        if (next + 1 >= Text.Tokens.Length || Text.Tokens[next + 1].Sentence != Text.Tokens[match.FirstToken].Sentence || Word(next) is not "of")
            return next < Text.Tokens.Length && Text.Tokens[next].Sentence == Text.Tokens[match.FirstToken].Sentence && Word(next) is "of";
        var kept = next + 1;
        if (Word(kept) is "the" && kept + 1 < Text.Tokens.Length && Text.Tokens[kept + 1].Sentence == Text.Tokens[kept].Sentence) kept++;
        return !(plan.ClaimWords.StarveOfObjects.Contains(Word(kept)) || char.IsUpper(Text.Text[Text.Tokens[kept].Start]))
               || SubjectActor(match.FirstToken) == None;
    }

    /// <summary>
    /// Mend48: whether a siege noun at <paramref name="index"/> ("blockade of food", "obstruction of aid": a word of the
    /// lexicon's <c>siege_nouns</c> and <i>of</i>) has an owner that is no party: a possessive right before it ("the
    /// truckers' blockade of food supplies", "Republicans' obstruction of aid"; not "Russia's blockade of humanitarian
    /// aid") or <i>by</i> after it with no actor in its phrase ("the blockade of food deliveries by striking lorry
    /// drivers"; not "the obstruction of humanitarian aid by Russian forces"), as an entry that names its owner by a
    /// preposition is a claim only with an actor there.
    /// </summary>
    bool HasNonPartyOwner(int index, LexiconPlan plan)
    {
        var match = _document.Matches[index];
        if (match.TokenCount < 3 || !plan.IsClaims || Word(_first + 1) is not "of" || !plan.ClaimWords.SiegeNouns.Contains(Word(_first))) return false;
        var sentence = Text.Tokens[_first].Sentence;
        var before = _first - 1;
        if (before >= 0 && Text.Tokens[before].Sentence == sentence
            && (ClaimGrammar.IsPossessive(Word(before)) || (Word(before).EndsWith('s') && Text.Tokens[before].End < Text.Text.Length && Text.Text[Text.Tokens[before].End] is '\'' or '’')))
            return RoleAt(before) != ScoringRole.Actor;
        var end = SentenceEnd();
        for (var k = _last + 1; k < end && k - _last <= AgentPhrase && _document.SameClause(_last, k); k++)
        {
            if (ClaimGrammar.IsClauseWord(Word(k))) break;
            if (Word(k) is "by") return k + 1 < end && ActorIn(k + 1, Math.Min(end - 1, k + AgentPhrase), stopAtVerbs: true) == None;
        }
        return false;
    }

    /// <summary>A shield entry: <i>as</i> and a word of the lexicon's <c>shield_words</c> last ("as a shield", "as
    /// a military shield"; not "human shields", a claim by itself).</summary>
    static bool IsShieldEntry(AnalyzedText text, LexiconPlan plan, in LexiconMatch match) =>
        match.TokenCount > 1 && plan.IsClaims && text.TokenText(match.FirstToken) is "as"
        && plan.ClaimWords.ShieldWords.Contains(text.TokenText(match.FirstToken + match.TokenCount - 1));

    /// <summary>
    /// Claims round 48: whether a shield entry at <paramref name="index"/> ("as a shield", "as a military shield") names people or a protected object used to shield something (GC IV art. 28, AP I art. 51(7), Rome Statute
    /// art. 8(2)(b)(xxiii)): a verb of the lexicon's <c>shield_use_verbs</c> at most <see cref="ShieldUseReach"/> tokens
    /// before it in its clause, with a person (<c>person_nouns</c>) or a word of <c>shield_objects</c> between as the
    /// verb's object ("they used us as a shield", "is using the nuclear facility as a shield", "the use of a nuclear
    /// plant as a military shield"), the verb's subject a party (<see cref="UserBefore"/>). False for an entry that is no
    /// shield entry; true (no claim) for "used his body as a shield", "used the law as a shield", "Hamas uses hospitals
    /// as shields" (a user that is no party: no claim, as an act whose agent is none).
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

    /// <summary>
    /// The party that uses the shield: the subject of the verb of use at <paramref name="use"/> — back over auxiliaries
    /// and adverbs ("is using", "has repeatedly used") and the <i>of</i> of an accusation ("accuses Russia of using") —
    /// an actor that is or ends it ("Russian forces are using", "Russia's use of a nuclear plant as a military shield",
    /// "The Kyiv regime uses its own people as a shield"), or a personal pronoun (<i>they, he, she, it</i>) resolved
    /// as an act's ("Russian troops entered the village. They used us as a shield": russia). None when the subject is
    /// no party ("Israel says Hamas uses hospitals as shields", "Israel accuses Hamas of using the hospital as a
    /// shield": not the speaker) or there is none (the law's or a question's gerund: "What it forbids is using the plant
    /// as a shield"). One pass over the sentence's roles.
    /// </summary>
    int UserBefore(int use)
    {
        var sentence = Text.Tokens[use].Sentence;
        var t = use - 1;
        while (t >= 0 && use - t <= 4 && Text.Tokens[t].Sentence == sentence && ClaimGrammar.IsAuxiliary(Word(t))) t--;
        if (t >= 1 && Word(t) is "of" && Word(use).EndsWith("ing")) t--;
        if (t < 0 || Text.Tokens[t].Sentence != sentence) return None;
        var best = None;
        foreach (var r in Roles)
        {
            if (r.Role != ScoringRole.Actor || r.Last > t || t - r.Last > SubjectTail || r.First > t) continue;
            var ok = true;
            for (var k = r.Last + 1; k <= t && ok; k++)
            {
                var word = Word(k);
                ok = !ClaimGrammar.IsStopword(word) && !ClaimGrammar.IsClauseWord(word) && RoleAt(k) is ScoringRole.None or ScoringRole.Actor;
            }
            if (ok) best = r.Match;
        }
        if (best == None && Word(t) is "they" or "he" or "she" or "it") best = PronounReferent();
        return best;
    }
}
