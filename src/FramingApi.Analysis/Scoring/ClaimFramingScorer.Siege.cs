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
        var kept = KeptAfterOf(next);
        if (plan.ClaimWords.StarveOfObjects.Contains(Word(kept))) { }
        else if (IsPlaceName(kept, out var after))
        {
            // mend48b: a second "of" after the name says what is kept ("starving the city of Kyiv of electricity").
            if (after >= 0 && Word(after) is "of" && after + 1 < Text.Tokens.Length && Text.Tokens[after + 1].Sentence == Text.Tokens[kept].Sentence
                && !plan.ClaimWords.StarveOfObjects.Contains(Word(KeptAfterOf(after)))) return true;
        }
        else return true;
        // mend48b: the party that starves is the subject, never the name after "of" (its victim); not a party inside a
        // prepositional phrase ("Western sanctions on Russia are starving civilians").
        _shieldUser = StarvingSubject(match.FirstToken);
        return _shieldUser == None;
    }

    /// <summary>The token after an <i>of</i> at <paramref name="of"/>, past <i>the</i>.</summary>
    int KeptAfterOf(int of)
    {
        var kept = of + 1;
        if (Word(kept) is "the" && kept + 1 < Text.Tokens.Length && Text.Tokens[kept + 1].Sentence == Text.Tokens[kept].Sentence) kept++;
        return kept;
    }

    /// <summary>mend48b: whether the capitalised words at <paramref name="at"/> are a place's or a people's name ("the city
    /// of Mariupol", "the people of Ukraine"): no demonym or adjective ("Western"), not a modifier of a lower-case noun
    /// after it ("the population of Western news"). <paramref name="after"/>: the token after the name in its sentence, or
    /// None.</summary>
    bool IsPlaceName(int at, out int after)
    {
        after = None;
        var sentence = Text.Tokens[at].Sentence;
        var k = at;
        while (k < Text.Tokens.Length && Text.Tokens[k].Sentence == sentence && char.IsUpper(Text.Text[Text.Tokens[k].Start])) k++;
        if (k == at || ClaimGrammar.IsAdjectival(Word(k - 1))) return false;
        if (k < Text.Tokens.Length && Text.Tokens[k].Sentence == sentence)
        {
            after = k;
            var w = Word(k);
            if (!ClaimGrammar.IsStopword(w) && !ClaimGrammar.IsPreposition(w) && char.IsLetter(w[0]) && !PunctuationBefore(k)) return false;
        }
        return true;
    }

    /// <summary>mend48b: the party that is the subject of a starving verb, none when it is the object of a preposition
    /// ("sanctions on Russia are starving …": the head noun is no party).</summary>
    int StarvingSubject(int verb)
    {
        var subject = SubjectActor(verb);
        if (subject == None) return None;
        var before = _document.Matches[subject].FirstToken - 1;
        if (before >= 0 && Word(before) is "the") before--;
        return before >= 0 && Text.Tokens[before].Sentence == Text.Tokens[verb].Sentence && ClaimGrammar.IsPreposition(Word(before)) ? None : subject;
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
            && IsPossessiveAt(before))
            return (_shieldUser = OwnerParty(before)) == None;
        var end = SentenceEnd();
        var route = false;
        for (var k = _last + 1; k < end && k - _last <= AgentPhrase && _document.SameClause(_last, k); k++)
        {
            if (ClaimGrammar.IsClauseWord(Word(k))) break;
            if (Word(k) is "by")
            {
                // mend48b: "by land and sea" names no owner: the party is the subject of the governing verb, or none.
                if (k + 1 < end && plan.ClaimWords.SiegeRoutes.Contains(Word(KeptAfterOf(k)))) { route = true; break; }
                return k + 1 < end && ActorIn(k + 1, Math.Min(end - 1, k + AgentPhrase), stopAtVerbs: true) == None;
            }
        }
        // mend48b: the subject of the verb that governs the noun ("Israel imposed a blockade of humanitarian aid").
        var verb = _first - 1;
        if (verb >= 0 && ClaimGrammar.IsDeterminer(Word(verb))) verb--;
        if (verb >= 0 && verb < _first - 1 && Text.Tokens[verb].Sentence == sentence && RoleAt(verb) == ScoringRole.None && !ClaimGrammar.IsStopword(Word(verb)))
            _shieldUser = StarvingSubject(verb);
        return route && _shieldUser == None;
    }

    /// <summary>mend48b: the party in the possessive owner's noun phrase ending at <paramref name="owner"/> ("the Russian
    /// army's blockade", "Russia's blockade"): the owner itself, or an actor at most three tokens before an owner of the
    /// lexicon's <c>siege_owner_nouns</c> (army, military, forces …; not "the American airline's obstruction"); else None.</summary>
    int OwnerParty(int owner)
    {
        if (RoleAt(owner) == ScoringRole.Actor)
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Actor && r.First <= owner && owner <= r.Last) return r.Match;
        if (!_plans[_rolesLexicon].ClaimWords.SiegeOwnerNouns.Contains(ScoringDocument.WithoutPossessive(Word(owner)))) return None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last <= owner && owner - r.Last <= 3 && Text.Tokens[r.First].Sentence == Text.Tokens[owner].Sentence)
            {
                var ok = true;
                for (var k = r.Last + 1; k < owner && ok; k++) ok = !ClaimGrammar.IsStopword(Word(k)) && RoleAt(k) == ScoringRole.None;
                if (ok) return r.Match;
            }
        return None;
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
        // mend48b: a shield against sanctions, liability or scrutiny is figurative.
        var against = a + match.TokenCount;
        if (against + 1 < Text.Tokens.Length && Text.Tokens[against + 1].Sentence == sentence && Word(against) is "against"
            && words.ShieldFigurativeObjects.Contains(Word(KeptAfterOf(against)))) return true;
        for (var t = a - 1; t >= 0 && a - t <= ShieldUseReach && Text.Tokens[t].Sentence == sentence && _document.SameClause(t, a); t--)
        {
            var w = Word(t);
            if (words.ShieldUseVerbs.Contains(w)) return !sawObject || (_shieldUser = UserBefore(t)) == None;
            if (ClaimGrammar.IsClauseWord(w)) break;
            // mend48b: a capitalised object inside its sentence is a name ("the City of London"), no protected object.
            if (words.PersonNouns.Contains(w) || (words.ShieldObjects.Contains(w) && !(char.IsUpper(Text.Text[Text.Tokens[t].Start]) && t > 0 && Text.Tokens[t - 1].Sentence == sentence))) sawObject = true;
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
        // mend48b: a comma-enclosed reporting aside between the user and its verb ("Russian soldiers, the villagers said,
        // used civilians"): the subject ends before it.
        if (t + 1 < Text.Tokens.Length && _plans[_rolesLexicon].ClaimWords.SubjectReportingVerbs.Contains(Word(t)) && HasCommaAfter(t))
            for (var k = t - 1; k >= 0 && t - k <= 5 && Text.Tokens[k].Sentence == sentence; k--)
                if (HasCommaAfter(k))
                {
                    t = k;
                    break;
                }
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
        if (best == None && Word(t) is "they" or "he" or "she" or "it") best = PronounReferent(ReportingSpeaker(t));
        // mend48b: a possessive owner of the subject ("Russia denies that its troops used civilians"): its party.
        else if (best == None && t >= 1 && Text.Tokens[t - 1].Sentence == sentence && (Word(t - 1) is "its" or "their"
                     || (t >= 2 && Word(t - 1) is "own" && Word(t - 2) is "its" or "their"))) best = PronounReferent();
        return best;
    }

    bool HasCommaAfter(int k) => k + 1 < Text.Tokens.Length && _document.Gap(k, k + 1).Contains(',');

    /// <summary>mend48b: the party that reports the clause a pronoun at <paramref name="pronoun"/> opens ("Ukrainian
    /// officials said they used us": the officials are not "they"), else None.</summary>
    int ReportingSpeaker(int pronoun)
    {
        var k = pronoun - 1;
        if (k >= 0 && Word(k) is "that") k--;
        if (k < 0 || Text.Tokens[k].Sentence != Text.Tokens[pronoun].Sentence || !_plans[_rolesLexicon].ClaimWords.SubjectReportingVerbs.Contains(Word(k))) return None;
        var speaker = SubjectActor(k);
        if (speaker != None) return speaker;
        // The speaker's head may be a source noun of its own ("Ukrainian officials said").
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last < k && k - r.Last <= 2 && Text.Tokens[r.First].Sentence == Text.Tokens[k].Sentence) speaker = r.Match;
        return speaker;
    }
}
