using System.Diagnostics;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claim framing: for a mention of a claim target ("war crimes"), the actor it is attributed to and whether it is
/// hedged, attributed, denied or asserted, from the clause and sentence around it and the matches of the target's
/// own lexicon (never of another lexicon: a claim is reproducible from the one lexicon version it names). The rules
/// are documented, numbered, in docs/ANALYSIS.md ("Claim framing"); this summary follows them.
/// </summary>
/// <remarks>
/// <para>Everything is decided inside the mention's sentence. A clause ends at a comma, semicolon, colon, dash,
/// bracket or sentence end in the original text; a hard boundary is any of these but a comma. Distances are counted
/// in tokens strictly between two spans. Word classes (auxiliaries, determiners, prepositions, clause words) are
/// closed lists in <see cref="ClaimGrammar"/>; every content word is a lexicon entry with a role.</para>
/// <para><b>Actor</b>, the first of these frames that finds one (an actor match; its category key is the actor):</para>
/// <list type="number">
/// <item>Modifier: a possessive or adjectival actor in the mention's noun phrase, at most
/// <see cref="ActorAdjacent"/> tokens before it with nothing between but modifiers ("Russia's alleged war crimes",
/// "Russian war crimes"), or any actor right before it ("US war crimes"). Not when a plural noun or verb stands
/// between ("American intelligence agencies documented war crimes": the agencies are described, not the crimes), nor
/// when the actor owns a claim noun between ("Russia's claims of genocide": the claimant).</item>
/// <item>Agent: "by" and an actor within the agent phrase after the mention, with only perpetration or
/// accusation words, hedges, adverbs and forms of "be" between ("atrocities committed by troops loyal to the
/// Kremlin", "war crimes were committed by Russian forces"); a relative clause whose subject is an actor and whose
/// verb is a perpetration word ("atrocities that the Russian military … are committing"); "blamed on" an actor.</item>
/// <item>Subject of a predicate: an actor that is (or ends) the subject of a perpetration word ("Putin has clearly
/// committed war crimes", "Russian occupation forces carried out"), of a passive accusation ("Russian forces have
/// been accused of targeting civilians") or of a denial ("Moscow denied committing atrocities": the accused denies),
/// the predicate at most <see cref="PredicateReach"/> tokens before the mention.</item>
/// <item>Accused: the object of an active accusation ("prosecutors accuse the unit of torture", "Kyiv accused
/// Russian troops, who held the town, of atrocities"), or "accusations against" an actor.</item>
/// <item>Event frame: an actor that owns an event noun ("during Moscow's occupation of Kherson", "under Russian
/// occupation") or is an event itself ("during the invasion of Ukraine", "in the Russian-occupied territories"),
/// after a place, time or circumstance preposition in the mention's sentence.</item>
/// <item>Apposition: the people responsible named after the mention ("those responsible for war crimes, up to the
/// Kremlin's leadership").</item>
/// <item>Coordination: the actor of a claim mention just before in the same clause ("accused of targeting
/// civilians and committing atrocities").</item>
/// </list>
/// <para>Nobody else is an actor: whoever documents, investigates, condemns, shares evidence of or calls for
/// accountability for a crime ("a US senator", "American intelligence agencies"), places and victims ("in Ukraine",
/// "deportation of Ukrainian children"). None gives <c>unknown</c>. The token "us" is the United States only when
/// written in capitals ("US"); "u.s." always is.</para>
/// <para><b>Framing</b>, by precedence denied &gt; hedged &gt; attributed &gt; asserted, the nearest marker of a kind
/// deciding: see docs/ANALYSIS.md for the windows, accusations, scare quotes, and how far a reporting verb governs
/// its sentence.</para>
/// </remarks>
sealed partial class ClaimFramingScorer
{
    /// <summary>An actor this close before the mention can modify it directly.</summary>
    internal const int ActorAdjacent = 3;
    /// <summary>Agent window after the mention ("… committed by Russian forces").</summary>
    internal const int ActorAfter = 8;
    /// <summary>Tokens of an agent phrase after "by" looked through for the actor ("by troops loyal to the Kremlin").</summary>
    internal const int AgentPhrase = 5;
    /// <summary>Most tokens between a perpetration, accusation or denial word and the mention it governs.</summary>
    internal const int PredicateReach = 4;
    /// <summary>Most tokens of a subject noun phrase before its predicate that may follow the actor ("Russian
    /// occupation forces").</summary>
    internal const int SubjectTail = 4;
    /// <summary>Most tokens back from "which" to the actor describing its antecedent ("Russia's alleged use of cluster
    /// bombs against Ukrainian towns, which … may amount to war crimes").</summary>
    internal const int RelativeAntecedent = 12;
    /// <summary>Hedge window before the mention.</summary>
    internal const int HedgeBefore = 9;
    /// <summary>Hedge window after the mention.</summary>
    internal const int HedgeAfter = 3;
    /// <summary>Denial window before the mention.</summary>
    internal const int DenialBefore = 8;
    /// <summary>Denial window after the mention.</summary>
    internal const int DenialAfter = 3;
    /// <summary>Attribution window before the mention (in its clause).</summary>
    internal const int AttributionBefore = 8;
    /// <summary>Attribution window after the mention (at most one comma between).</summary>
    internal const int AttributionAfter = 6;
    /// <summary>Most tokens of the subject of a sentence-final reporting clause ("…, officials familiar with the
    /// matter said").</summary>
    internal const int ReportingSubject = 8;
    /// <summary>Most tokens after a sentence-final reporting verb ("…, said John Kirby, a spokesman, on Monday").</summary>
    internal const int ReportingTail = 12;

    /// <summary>Fewest cues of one actor that make it the actor a text is about (one mention of a senator or a place
    /// does not).</summary>
    internal const int DocumentActorCues = 3;

    /// <summary>How far from the mention (tokens) any rule looks: a reporting verb governs its sentence up to here.</summary>
    internal const int SentenceReach = 60;

    /// <summary>Sentences back (in the same paragraph) that a passive act without agent takes its perpetrator from.</summary>
    const int FramedSentencesBack = 2;

    /// <summary>The actor of a mention no actor is found for.</summary>
    internal const string UnknownActor = "unknown";

    const int None = -1;

    readonly ScoringDocument _document;
    readonly LexiconPlan[] _plans;

    // The sentence's matches of one lexicon that have a role, in text order; rebuilt when the sentence or lexicon changes.
    readonly List<RoleMatch> _roles = new(32);
    int _rolesSentence = -1, _rolesLexicon = -1;
    // The rule words of that lexicon (its plan's ClaimWords): the content words the claim rules read.
    ClaimRuleWords _words = ClaimRuleWords.Empty;
    // The part of _roles within SentenceReach tokens of the mention: what every rule looks at (a pathological sentence
    // of thousands of tokens costs no more per mention than an ordinary one).
    int _lo, _hi;

    ReadOnlySpan<RoleMatch> Roles => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_roles)[_lo.._hi];

    // The mention being scored (its match index and tokens).
    int _index, _first, _last;

    // Most tokens of a subject after its actor (SubjectTail; none for an act's subject).
    int _subjectTail = SubjectTail;

    // The actor category of the mention being framed (None when unknown): for the accused's own counter-description.
    int _actorCategory = None;

    // The previous mention scored (mentions come in text order): for coordination.
    /// <summary>The chain (lexicon and voice group) of the mention being scored.</summary>
    int _chain;
    int _previousLast = -1, _previousSentence = -1, _previousLexicon = -1, _previousActor = None, _previousTarget = -1;

    // Per lexicon and voice group (article text, reader comments): the actor of the last mention that had one. A
    // mention whose sentence names no actor belongs to the event the text is about (docs/ANALYSIS.md, "Discourse").
    readonly int[] _discourseActor;

    // Per lexicon and voice group: the actor a frame gave the last mention that had one (not the discourse), and that
    // mention's sentence: the paragraph's perpetrator for an agentless passive act (see FramedAgent).
    readonly int[] _framedActor, _framedSentence;

    readonly record struct RoleMatch(ScoringRole Role, int First, int Last, int Match);

    internal ClaimFramingScorer(ScoringDocument document, LexiconPlan[] plans)
    {
        _document = document;
        _plans = plans;
        _discourseActor = new int[plans.Length * 2];
        Array.Fill(_discourseActor, None);
        _framedActor = new int[plans.Length * 2];
        Array.Fill(_framedActor, None);
        _framedSentence = new int[plans.Length * 2];
        Array.Fill(_framedSentence, -1);
    }

    /// <summary>Whether an actor match is the pronoun "us" rather than the US: the token is not written in capitals.</summary>
    internal static bool IsPronounUs(AnalyzedText text, in LexiconMatch match)
    {
        var token = text.Tokens[match.FirstToken];
        return (token.Flags & TokenFlags.AllCaps) == 0 && text.TokenText(match.FirstToken) is "us";
    }

    /// <summary>Most tokens from its sentence's start to the pronoun subject whose antecedent an act's victims are.</summary>
    internal const int VictimPronounOpening = 3;

    /// <summary>
    /// The victim cue a claim act or participle trigger with no cue in its clause takes from the sentence before
    /// (docs/ANALYSIS.md, "Claims", round 28), or -1: the act is passive and its subject a pronoun standing for the
    /// protected persons named just before — <i>they</i>, <i>he</i>, <i>she</i>, or <i>many (some, most, several, all
    /// …) of them</i> — over auxiliaries only, the pronoun at most <see cref="VictimPronounOpening"/> tokens into its
    /// sentence ("These are Ukrainian children. They were taken from their homes …"; "Russia has deported thousands of
    /// Ukrainian children. Most of them were taken from orphanages"). The cue is the nearest one of the act's category
    /// before the pronoun in the sentence before (same paragraph) or opening the pronoun's own sentence, no place, in
    /// the act's voice, of the pronoun's number (<i>they</i>, <i>of them</i> a plural cue — ending in <i>-s</i>, or
    /// <i>children, men, women, people</i> —, <i>he, she</i> a singular one). A bare noun trigger ("war crimes") and an
    /// active verb ("They shelled …": the pronoun is its agent) take none.
    /// </summary>
    internal static int AntecedentVictimCue(ScoringDocument document, int index, LexiconPlan plan)
    {
        var matches = document.Matches;
        var trigger = matches[index];
        var text = document.Text;
        var tokens = text.Tokens;
        var first = trigger.FirstToken;
        // An act or a participle trigger ("deported", "taken from"), not a noun ("war crimes", "deportations").
        var verb = text.TokenText(first);
        if (verb.EndsWith("ing") || !(plan.IsAct(trigger) || ClaimGrammar.IsEdForm(verb) || verb.EndsWith("en"))) return -1;
        var sentence = tokens[first].Sentence;
        var start = text.Sentences[sentence].FirstToken;
        var t = PassiveSubject(document, first, reach: 5);
        if (t < 0) return -1;
        bool plural;
        var pronoun = t;
        switch (text.TokenText(t))
        {
            case "they":
                plural = true;
                break;
            case "he" or "she":
                plural = false;
                break;
            case "them" when t - 2 >= start && text.TokenText(t - 1) is "of"
                             && text.TokenText(t - 2) is "many" or "some" or "most" or "several" or "all" or "few" or "none"
                                 or "one" or "two" or "three" or "dozens" or "hundreds" or "thousands" or "others" or "each"
                                 or "both" or "half":
                (plural, pronoun) = (true, t - 2);
                break;
            default:
                return -1;
        }
        if (pronoun - start > VictimPronounOpening || tokens[pronoun].Voice != tokens[first].Voice) return -1;
        // A subject of its own before the pronoun ("The ombudsman said they were …") makes it that subject's clause:
        // only an opening adverbial or a conjunction may stand before it.
        for (var k = start; k < pronoun; k++)
            if (text.TokenText(k) is "that" or "who" or "which" || plan.ClaimWords.SubjectReportingVerbs.Contains(text.TokenText(k))) return -1;
        for (var j = index - 1; j >= 0; j--)
        {
            var m = matches[j];
            if (m.FirstToken >= pronoun) continue;
            var cueSentence = tokens[m.FirstToken].Sentence;
            if (cueSentence < sentence - 1) return -1;
            if (cueSentence < sentence && !SameParagraph(text, cueSentence, sentence)) return -1;
            if (m.Lexicon != trigger.Lexicon || m.Category != trigger.Category || plan.CueRoleOf(m) != CueRole.Cue
                || plan.PlaceEntry[m.Entry]) continue;
            if (cueSentence == sentence && m.FirstToken - start > 1) continue;
            if (tokens[m.FirstToken].Voice != tokens[first].Voice) continue;
            if (IsPluralVictim(text, m) != plural) continue;
            return j;
        }
        return -1;
    }

    /// <summary>Whether a victim cue's last word names several: <i>children, men, women, people</i>, or a word ending in
    /// <i>-s</i> (not <i>-ss</i>, <i>'s</i>).</summary>
    static bool IsPluralVictim(AnalyzedText text, in LexiconMatch cue)
    {
        var word = text.TokenText(cue.FirstToken + cue.TokenCount - 1);
        if (word is "children" or "men" or "women" or "people") return true;
        return word.Length > 2 && word[^1] == 's' && word[^2] is not ('s' or '\'');
    }

    /// <summary>Whether sentences <paramref name="from"/> to <paramref name="to"/> lie in one paragraph: one segment,
    /// no line break between.</summary>
    static bool SameParagraph(AnalyzedText text, int from, int to)
    {
        for (var s = from; s < to; s++)
        {
            var (a, b) = (text.Sentences[s], text.Sentences[s + 1]);
            if (a.Segment != b.Segment || text.Text.AsSpan(a.End, b.Start - a.End).IndexOfAny('\n', '\r') >= 0) return false;
        }
        return true;
    }

    AnalyzedText Text => _document.Text;

    ReadOnlySpan<char> Word(int token) => _document.Text.TokenText(token);

    /// <summary>A possessive at <paramref name="token"/>: <i>'s</i> or <i>s'</i> in the token, or a plural in <i>s</i>
    /// with its apostrophe left in the gap after it ("the truckers' blockade", "VETERANS' HORROR:").</summary>
    bool IsPossessiveAt(int token) =>
        ClaimGrammar.IsPossessive(Word(token))
        || (Word(token).EndsWith('s') && token + 1 < Text.Tokens.Length && _document.Gap(token, token + 1) is ['\'' or '’', ..]);

    /// <summary>The claim details of target match <paramref name="index"/> (an index into the document's matches); null when
    /// the words name no claim (see <see cref="IsNoClaim"/>).</summary>
    internal ClaimDetail? Score(int index)
    {
        var matches = _document.Matches;
        var target = matches[index];
        _first = target.FirstToken;
        _last = _first + target.TokenCount - 1;
        var sentence = Text.Tokens[_first].Sentence;
        _index = index;
        PrepareSentence(index, sentence, target.Lexicon);
        // Mentions come in text order: the window only moves forward within a sentence.
        while (_lo < _roles.Count && _roles[_lo].Last < _first - SentenceReach) _lo++;
        _hi = Math.Max(_hi, _lo);
        while (_hi < _roles.Count && _roles[_hi].First <= _last + SentenceReach) _hi++;
        Veto = null;
        if (IsNoClaim(sentence)) return Vetoed("no-claim (a name, talk about words, the law, a question, a definition)");

        var plan = _plans[target.Lexicon];
        if (YieldsToVictimsTarget(index, plan)) return Vetoed("yields to a victims target");
        if (ContinuesListedClaim(sentence, target)) return Vetoed("continues a listed claim");
        var chain = target.Lexicon * 2 + (Text.Tokens[_first].Voice == Voice.Comments ? 1 : 0);
        _chain = chain;
        var act = plan.IsAct(target) || IsSiegeAct(Text, plan, target);
        if (IsUnusedShield(index, plan) || IsFigurativeStarving(index, plan) || HasNonPartyOwner(index, plan)) return Vetoed("round 48: unused shield / figurative starving / non-party owner"); // claims round 48 (ClaimFramingScorer.Siege.cs)
        // A place as the cue ("the city", "villages"): only the object of an actor's plain violent verb makes a claim; a
        // trigger verb coordinated in a list of claims ("raped women in occupied villages, bombarded cities") keeps
        // the frames of a trigger.
        if (plan.CueRoleOf(target) == CueRole.Trigger && _document.CueOf(index, plan) is var cue and >= 0 && plan.PlaceEntry[matches[cue].Entry])
        {
            if (!IsStruckPlace(matches[cue])) return Vetoed("place cue not struck");
            act |= !(_first > 0 && (Text.Text.AsSpan(Text.Tokens[_first - 1].End, Text.Tokens[_first].Start - Text.Tokens[_first - 1].End).Contains(',')
                || Word(_first - 1) is "and" or "or"));
        }
        if (IsDestructionOffWork(index, plan, act)) return Vetoed("round 52: destruction act and dangerous work unpaired"); // claims round 52 (ClaimFramingScorer.Destruction.cs)
        var destructionOfWork = act && IsDestructionOfWork(index, plan);
        if (destructionOfWork && IsUnassertedDestruction(index, plan)) return Vetoed("round 52: a threatened, planned or possible destruction"); // mend52
        if (act && !destructionOfWork && IsSingleObject(index, plan)) return Vetoed("single object");
        if (IsNominalAttackWithoutObject(index, plan, target)) return Vetoed("nominal attack without object");
        // A campaign against civilian objects is a claim only as someone's ("the Kremlin's campaign against Ukraine's
        // power plants", "its campaign against the grid"), not in the abstract ("a campaign against a grid can be criminal").
        if (_last - 1 == _first && Word(_first) is "campaign" or "campaigns" && AttackOwnerActor() == None) return Vetoed("campaign without owner");
        // An entry that names its owner by "by" or "of" ("abuses by", "crimes committed by", "crimes of") is a claim only with an actor there:
        // "abuses by the police" names no war crime.
        if (EndsInOwnerPreposition() && (OwnActor() == None || RestatesSubjectClaim())) return Vetoed("owner preposition without actor");
        var actor = act ? ActAgent(chain) : FindActor();
        if (_shieldUser != None) actor = _shieldUser; // claims round 48: the party that uses the shield
        // An act ("killed", "struck", "taken") is a claim only with its agent: "two civilians were killed" is an event.
        if (act && actor == None) return Vetoed("act without agent");
        if (actor != None) (_discourseActor[chain], _framedActor[chain], _framedSentence[chain]) = (actor, actor, sentence);
        else actor = _discourseActor[chain];
        var actorKey = actor == None ? UnknownActor : plan.CategoryKeys[matches[actor].Category];
        (_previousLast, _previousSentence, _previousLexicon, _previousActor, _previousTarget) = (_last, sentence, target.Lexicon, actor, target.Category);

        var targetKey = plan.CategoryKeys[target.Category];
        _actorCategory = actor == None ? None : matches[actor].Category;
        return Framed(targetKey, actorKey);
    }

    /// <summary>Bench only (claims round 51, <see cref="ClaimGateTrace"/>): the condition that made the last
    /// <see cref="Score"/> return null.</summary>
    internal string? Veto { get; private set; }

    ClaimDetail? Vetoed(string gate)
    {
        Veto = gate;
        return null;
    }

    // ----- Claims round 40: an accusation marker makes the act a claim -----

    /// <summary>Most words of the noun phrase after an accusation marker, up to its head ("the alleged forced
    /// conscription").</summary>
    internal const int MarkedPhraseWords = 3;

    /// <summary>
    /// Claims round 40: a mention the lexicon has no entry for, marked as an accusation. In English <i>alleged,
    /// allegedly, purported(ly), supposed(ly)</i> (the lexicon's <c>accusation_markers</c>) say that someone
    /// is accused of an act: right before an act — the head of the noun phrase it modifies, a deverbal noun (<i>the
    /// alleged removals</i>, <i>alleged mistreatment</i>, <i>the alleged plunder</i> is no deverbal noun and stays
    /// unread), or the verb it modifies (<i>allegedly funnelled</i>, <i>supposedly drafted</i>) — that is an act of harm
    /// (claims37: a trigger or act of the lexicon lending its target, a word of the lexicon's <c>accused_acts</c>, or an
    /// act whose object names the lexicon's victims) with a party to the conflict as the act's agent (its subject, a
    /// <i>by</i> phrase, a possessive or demonym, the frames of any mention; an act's running agent as for the lexicon's
    /// acts; else, for a noun or a passive verb, the paragraph's perpetrator), the act is a claim against that party, framed by the usual rules (the marker itself hedges it). Its
    /// target is that of a trigger or act of the lexicon at the head whose cue is missing (<i>alleged mistreatment</i>:
    /// torture), else <c>war_crimes</c>. Returns null when the marker
    /// governs no such act, the act is an entry (then it is that entry's mention), or no party is its agent;
    /// <paramref name="act"/> is the act's token.
    /// </summary>
    internal ClaimDetail? ScoreMarkedAct(int index, out int act)
    {
        act = -1;
        var matches = _document.Matches;
        var marker = matches[index];
        var plan = _plans[marker.Lexicon];
        var words = plan.ClaimWords;
        var m = marker.FirstToken;
        var markerWord = Word(m);
        Debug.Assert(marker.TokenCount == 1 && words.AccusationMarkers.Contains(markerWord), "the caller passes a one-word accusation marker");
        var sentence = Text.Tokens[m].Sentence;
        var sentenceEnd = Text.Sentences[sentence].FirstToken + Text.Sentences[sentence].TokenCount;
        var verb = markerWord.EndsWith("ly");
        int head;
        if (verb)
        {
            // "allegedly funnelled", "supposedly drafted": the verb right after the adverb.
            head = m + 1;
            if (head >= sentenceEnd || !_document.SameClause(m, head) || !ClaimGrammar.IsEdForm(Word(head))) return null;
        }
        else
        {
            // The head of the noun phrase: the last of at most MarkedPhraseWords content words right after the marker.
            head = -1;
            for (var t = m + 1; t < sentenceEnd && t - m <= MarkedPhraseWords && _document.SameClause(m, t)
                                && _document.CommasBetween(t - 1, t) == 0; t++)
            {
                var w = Word(t);
                if (ClaimGrammar.IsStopword(w) || ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsDeterminer(w)
                    || ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsPossessive(w)) break;
                head = t;
            }
            if (head < 0 || !IsDeverbalNoun(Word(head))) return null;
        }
        // The head must name no entry of its own with a role: an entry is its own mention (or a word of another role).
        var target = -1;
        for (var j = index + 1; j < matches.Count && matches[j].FirstToken <= head; j++)
        {
            var other = matches[j];
            if (other.Lexicon != marker.Lexicon || other.FirstToken + other.TokenCount - 1 < m + 1) continue;
            var role = plan.Role(other);
            if (role == ScoringRole.Target)
            {
                var cueRole = plan.CueRoleOf(other);
                // A trigger or act whose cue is missing ("alleged mistreatment" with no prisoner named, "the alleged
                // killing") lends its target.
                if (cueRole == CueRole.Trigger && (!_document.HasCue(other, _plans) || _document.CueOf(j, plan) < 0))
                {
                    if (other.FirstToken + other.TokenCount - 1 == head) target = other.Category;
                    continue;
                }
                if (cueRole == CueRole.Cue) continue;
                // An act's participle among the modifiers ("the alleged forced conscription") is no entry of the head.
                if (plan.IsAct(other) && other.FirstToken + other.TokenCount - 1 < head) continue;
                return null;
            }
            if (role is not (ScoringRole.None or ScoringRole.Victim) && other.FirstToken <= head && other.FirstToken + other.TokenCount - 1 >= head)
                return null;
        }
        // An act of harm (claims37): a trigger or act of the lexicon that lends its target, a word of accused_acts
        // ("the alleged removals", "supposedly confiscated"), or an act done to the lexicon's victims ("allegedly
        // funnelled the children"); "the supposed meeting", "allegedly retreated" are none.
        if (target < 0 && !words.AccusedActs.Contains(Word(head)) && !HasVictimObject(index, head, sentenceEnd)) return null;

        _first = _last = head;
        _index = index;
        _rolesSentence = -1; // a fresh window
        PrepareSentence(index, sentence, marker.Lexicon);
        while (_lo < _roles.Count && _roles[_lo].Last < _first - SentenceReach) _lo++;
        _hi = _lo;
        while (_hi < _roles.Count && _roles[_hi].First <= _last + SentenceReach) _hi++;
        if (IsNoClaim(sentence)) return null;
        var chain = marker.Lexicon * 2 + (Text.Tokens[_first].Voice == Voice.Comments ? 1 : 0);
        _chain = chain;
        var actor = verb ? ActAgent(chain) : FindActor();
        // The paragraph's perpetrator: the actor a frame gave the chain's last mention, one or two sentences before
        // in the same paragraph (as for a passive act without agent) — for a noun or a passive verb ("were allegedly
        // pressured"), not for an active verb, whose subject is its agent ("the soldiers allegedly looted": claims37).
        if (actor == None && (!verb || IsMarkedPassive(m))
            && _framedActor[chain] is var framed and not None && InParagraph(_framedSentence[chain], sentence)
            && matches[framed].FirstToken < _first)
            actor = framed;
        if (actor == None) return null;
        (_discourseActor[chain], _framedActor[chain], _framedSentence[chain]) = (actor, actor, sentence);
        if (target < 0) target = Array.IndexOf(plan.CategoryKeys, GenericTarget);
        if (target < 0) return null;
        (_previousLast, _previousSentence, _previousLexicon, _previousActor, _previousTarget) = (_last, sentence, marker.Lexicon, actor, target);
        _actorCategory = matches[actor].Category;
        act = head;
        return Framed(plan.CategoryKeys[target], plan.CategoryKeys[matches[actor].Category]);
    }

    /// <summary>Whether the adverb at <paramref name="marker"/> modifies a passive participle: a form of <i>be</i> among
    /// the auxiliaries right before it ("were allegedly pressured", "had supposedly been removed").</summary>
    bool IsMarkedPassive(int marker)
    {
        for (var t = marker - 1; t >= 0 && marker - t <= 4 && _document.SameClause(t, marker) && ClaimGrammar.IsAuxiliary(Word(t)); t--)
            if (ClaimGrammar.IsBeForm(Word(t))) return true;
        return false;
    }

    /// <summary>Most tokens from a marked act to a victim of its object ("funnelled the children", "the hunting of
    /// Ukrainian civilians").</summary>
    const int VictimObjectReach = 4;

    /// <summary>Whether the object of the marked act at <paramref name="head"/> names the lexicon's victims — a victim
    /// entry or a target's cue that is no place ("the children", "of civilians") — within
    /// <see cref="VictimObjectReach"/> tokens after it, in its clause, with no comma, clause word or other verb between
    /// (claims37).</summary>
    bool HasVictimObject(int index, int head, int sentenceEnd)
    {
        var matches = _document.Matches;
        var plan = _plans[matches[index].Lexicon];
        for (var t = head + 1; t < sentenceEnd && t - head <= VictimObjectReach && _document.SameClause(head, t)
                            && _document.CommasBetween(t - 1, t) == 0; t++)
        {
            var w = Word(t);
            if (ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsEdForm(w) || w.EndsWith("ing")) return false;
            for (var j = index + 1; j < matches.Count && matches[j].FirstToken <= t; j++)
            {
                var other = matches[j];
                if (other.Lexicon != matches[index].Lexicon || other.FirstToken != t) continue;
                if (plan.Role(other) == ScoringRole.Victim
                    || (plan.Role(other) == ScoringRole.Target && plan.CueRoleOf(other) == CueRole.Cue && !plan.PlaceEntry[other.Entry]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The generic target: a claim whose act names no target of its own takes it (a marked act no trigger
    /// lends its target, a detector mention at a word of no target).</summary>
    internal const string GenericTarget = "war_crimes";

    /// <summary>A noun derived from a verb by its form (<i>-tion, -sion, -al, -ing, -ment, -age, -ure</i>, and
    /// plurals): what an accusation marker right before it can make an act.</summary>
    internal static bool IsDeverbalNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 6) return false;
        if (word[^1] == 's') word = word[..^1];
        // "-al" only after the letters of its deverbal nouns (removal, refusal, withdrawal, betrayal), not of the
        // adjectives (criminal, general, official).
        return word.EndsWith("tion") || word.EndsWith("sion") || word.EndsWith("ing") || word.EndsWith("ment")
               || word.EndsWith("age") || word.EndsWith("ure")
               || word.EndsWith("val") || word.EndsWith("sal") || word.EndsWith("wal") || word.EndsWith("yal");
    }

    /// <summary>The claim detail of the mention in the window <see cref="Score"/> or <see cref="FrameAt"/> set up: its
    /// framing and marker by <see cref="DecideFraming"/>.</summary>
    ClaimDetail Framed(string targetKey, string actorKey)
    {
        var (framing, marker, span, spanKind) = DecideFraming();
        if (marker != None)
        {
            var m = _document.Matches[marker];
            var tokens = Text.Tokens;
            var start = tokens[m.FirstToken].Start;
            var end = tokens[m.FirstToken + m.TokenCount - 1].End;
            return new ClaimDetail(targetKey, actorKey, framing, Text.LowerSpan(start, end).ToString(), start, end, MarkerKind.Term);
        }
        if (span is { } quote)
            return new ClaimDetail(targetKey, actorKey, framing, Text.LowerSpan(quote.Start, quote.End).ToString(),
                quote.Start, quote.End, spanKind);
        return new ClaimDetail(targetKey, actorKey, framing, null, null, null);
    }

    /// <summary>
    /// Round 24: whether the victims' legal category gives this killing another target. A killing word ("executions",
    /// "executed", "killed", "shot dead") is, besides its own target (an atrocity, an attack on civilians), a trigger of
    /// the target the law gives a killing of persons hors de combat (<c>war_crimes@trigger</c>, whose cues are prisoners,
    /// captives and those who surrendered): when that trigger pairs with its cue, it is the mention, and the word's own
    /// reading yields — unless the word is itself a trigger or act whose own cue stands nearer ("shot civilians and a
    /// prisoner": an attack on civilians).
    /// </summary>
    bool YieldsToVictimsTarget(int index, LexiconPlan plan)
    {
        var matches = _document.Matches;
        var m = matches[index];
        var ownRole = plan.CueRoleOf(m);
        if (ownRole == CueRole.Trigger && !plan.IsAct(m)) return false;
        for (var j = index - 1; j >= 0 && SameWords(matches[j], m); j--)
            if (OtherTargetPairs(j)) return true;
        for (var j = index + 1; j < matches.Count && SameWords(matches[j], m); j++)
            if (OtherTargetPairs(j)) return true;
        return false;

        static bool SameWords(in LexiconMatch a, in LexiconMatch b) =>
            a.FirstToken == b.FirstToken && a.TokenCount == b.TokenCount && a.Entry == b.Entry && a.Lexicon == b.Lexicon;

        bool OtherTargetPairs(int j)
        {
            var other = matches[j];
            if (other.Category == m.Category || plan.Role(other) != ScoringRole.Target || plan.CueRoleOf(other) != CueRole.Trigger
                || plan.IsAct(other) || !_document.HasCue(other, _plans)) return false;
            var cue = _document.CueOf(j, plan);
            if (cue < 0) return false;
            if (ownRole != CueRole.Trigger || !_document.HasCue(m, _plans)) return true;
            var own = _document.CueOf(index, plan);
            return own < 0 || CueGap(matches[cue], m) <= CueGap(matches[own], m);
        }
    }

    /// <summary>Tokens strictly between a cue and a trigger (0 when they overlap).</summary>
    static int CueGap(in LexiconMatch cue, in LexiconMatch trigger)
    {
        var cueLast = cue.FirstToken + cue.TokenCount - 1;
        var last = trigger.FirstToken + trigger.TokenCount - 1;
        return cueLast < trigger.FirstToken ? trigger.FirstToken - cueLast - 1 : cue.FirstToken > last ? cue.FirstToken - last - 1 : 0;
    }

    /// <summary>
    /// Whether a target is the next item of a list whose item before it, right before it, is a claim mention of the same
    /// target ("systematic torture, beatings and starvation"): a reader marks the list once.
    /// </summary>
    bool ContinuesListedClaim(int sentence, in LexiconMatch target)
    {
        var plan = _plans[target.Lexicon];
        if (plan.CueRoleOf(target) == CueRole.Trigger && !plan.IsAct(target) && ListedAfterSameTarget(target)) return true;
        if (_previousSentence != sentence || _previousLexicon != target.Lexicon || _previousTarget != target.Category) return false;
        var gap = _first - _previousLast - 1;
        if (gap > 1 || gap < 0) return false;
        if (gap == 1) return Word(_first - 1) is "and" or "or";
        var tokens = Text.Tokens;
        return Text.Text.AsSpan(tokens[_previousLast].End, tokens[_first].Start - tokens[_previousLast].End).Trim() is ",";
    }

    /// <summary>
    /// Round 21: whether a trigger that is no act ("given electric shocks", "starved") is a later item of a list whose
    /// earlier item, in its clause at most <see cref="ListItemReach"/> tokens before, is a match of the same target ("were
    /// beaten, half-drowned and given electric shocks"): the list is one mention, decided at its first item — a claim
    /// there ("Russian guards beat them and gave them electric shocks") or an event ("they were beaten and given electric
    /// shocks" with nobody doing it; "Russian guards beat the detainees and gave them electric shocks" is one claim). Not
    /// across a verb of another clause (a reporting, denial, accusation, perpetration or hedge word, or an actor, between:
    /// "prepare attacks against Russia, and denied targeting civilian sites").
    /// </summary>
    bool ListedAfterSameTarget(in LexiconMatch target)
    {
        var matches = _document.Matches;
        for (var j = _index - 1; j >= 0; j--)
        {
            var m = matches[j];
            var mLast = m.FirstToken + m.TokenCount - 1;
            if (mLast >= _first) continue;
            if (_first - mLast - 1 > ListItemReach) return false;
            if (m.Lexicon != target.Lexicon) continue;
            // A verb of its own between opens another clause ("prepare attacks against Russia, and denied targeting …").
            if (_plans[m.Lexicon].Role(m) is ScoringRole.Denial or ScoringRole.Attribution or ScoringRole.Accusation
                or ScoringRole.Perpetration or ScoringRole.Hedge or ScoringRole.Actor) return false;
            if (m.Category != target.Category || _plans[m.Lexicon].CueRoleOf(m) == CueRole.Cue) continue;
            return ListJoinBetween(mLast, _first) && !_document.HardBoundaryBetween(mLast, _first);
        }
        return false;
    }

    /// <summary>Most tokens between two items of one list of cruelties ("beaten, half-drowned and given electric shocks").</summary>
    const int ListItemReach = 6;

    /// <summary>Whether a comma, "and" or "or" joins tokens <paramref name="from"/> and <paramref name="to"/> (exclusive), with
    /// no clause word ("that", "which", "while" …) between.</summary>
    bool ListJoinBetween(int from, int to)
    {
        var joined = false;
        var tokens = Text.Tokens;
        for (var t = from + 1; t <= to; t++)
        {
            if (Text.Text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains(',')) joined = true;
            if (t == to) break;
            var w = Word(t);
            if (w is "and" or "or") joined = true;
            else if (ClaimGrammar.IsClauseWord(w)) return false;
        }
        return joined;
    }

    /// <summary>Collects the sentence's matches of the lexicon that have a role (once per sentence and lexicon).</summary>
    void PrepareSentence(int index, int sentence, int lexicon)
    {
        if (_rolesSentence == sentence && _rolesLexicon == lexicon) return;
        _rolesSentence = sentence;
        _rolesLexicon = lexicon;
        _words = _plans[lexicon].ClaimWords;
        _roles.Clear();
        _lo = _hi = 0;
        var matches = _document.Matches;
        var tokens = Text.Tokens;
        var start = index;
        while (start > 0 && tokens[matches[start - 1].FirstToken].Sentence == sentence) start--;
        var plan = _plans[lexicon];
        for (var j = start; j < matches.Count && tokens[matches[j].FirstToken].Sentence == sentence; j++)
        {
            var m = matches[j];
            // Only the target's own lexicon decides: a stored claim names one lexicon version, and re-scoring with
            // that version alone must give it back, whatever other claims lexicons are active.
            if (m.Lexicon != lexicon) continue;
            var role = plan.Role(m);
            if (role is ScoringRole.None or ScoringRole.Victim) continue;
            // A claim that needs evidence: its cue is no mention, its trigger one only with a cue near it.
            var cueRole = plan.CueRoleOf(m);
            if (cueRole == CueRole.Cue
                || (cueRole == CueRole.Trigger && (!_document.HasCue(m, _plans) || (_document.CueOf(j, plan) < 0 && !IsQuantifierPassive(m.FirstToken)))))
                continue;
            if (role == ScoringRole.Actor && IsPronounUs(Text, m)) continue;
            // An actor category of a victim entry is the actor its victims imply, no actor cue.
            if (role == ScoringRole.Actor && plan.VictimEntry[m.Entry]) role = ScoringRole.Victim;
            _roles.Add(new RoleMatch(role, m.FirstToken, m.FirstToken + m.TokenCount - 1, j));
        }
    }

    /// <summary>
    /// The last word of a passive act's subject: back from <paramref name="act"/> over auxiliaries (at most
    /// <paramref name="reach"/> tokens, within its clause), one of which is a form of <i>be</i> ("they were taken",
    /// "many had been shot"); -1 when the act is not such a passive.
    /// </summary>
    static int PassiveSubject(ScoringDocument document, int act, int reach)
    {
        var text = document.Text;
        var t = act - 1;
        var passive = false;
        while (t >= 0 && act - t <= reach && document.SameClause(t, act) && ClaimGrammar.IsAuxiliary(text.TokenText(t)))
            passive |= ClaimGrammar.IsBeForm(text.TokenText(t--));
        return passive && t >= 0 && document.SameClause(t, act) ? t : -1;
    }

    /// <summary>
    /// A passive participle whose whole subject is a bare quantifier ("many had been shot at close range", "some were
    /// beaten"): the quantifier stands for victims named before, so the act needs no cue of its own; it is a claim only
    /// when the paragraph's previous framed claim gives it its agent (<see cref="FramedAgent"/>).
    /// </summary>
    internal bool IsQuantifierPassive(int act)
    {
        var t = PassiveSubject(_document, act, reach: 4);
        if (t < 0) return false;
        if (Word(t) is not ("many" or "most" or "some" or "several" or "others" or "dozens" or "hundreds" or "scores" or "all")) return false;
        // The quantifier opens its clause or follows a clause word ("found that many had been shot").
        var before = t - 1;
        return before < 0 || !_document.SameClause(before, t) || Word(before) is "that" or "and" or "but" or "where" or "while";
    }

    // ----- Claim or not -----

    int _definitionSentence = -1;

    /// <summary>
    /// Whether the words of a target name no claim that a crime happened: a name of an institution, job or law ("the
    /// war crimes unit", "war crimes prosecutors", "the Genocide Convention"), talk about words ("the word genocide",
    /// "the genocide label"), a court's jurisdiction in the abstract ("courts can try war crimes", "created to
    /// investigate war crimes, genocide and crimes against humanity"), or a definition ("War crimes are serious
    /// violations of …", and every mention in that sentence).
    /// </summary>
    bool IsNoClaim(int sentence)
    {
        if (_definitionSentence == sentence) return true;
        var result = IsNoClaimHere(sentence);
        // A list goes together: "to investigate war crimes, genocide and crimes against humanity".
        if (!result && _noClaimLast >= 0 && _noClaimLast < _first && Text.Tokens[_noClaimLast].Sentence == sentence
            && OnlyListWordsBetween(_noClaimLast, _first))
            result = true;
        if (result) _noClaimLast = _last;
        return result;
    }

    int _noClaimLast = -1;

    // The sentences a sentence-wide no-claim check ruled out (a definition, a legal qualification, what the law forbids,
    // a question of what an act is): the claim-sentence detector adds no mention there (claims37).
    HashSet<int>? _ruledOut;

    bool RuleOut(int sentence)
    {
        (_ruledOut ??= []).Add(sentence);
        return true;
    }

    /// <summary>Whether a sentence-wide no-claim rule (a definition, a legal qualification, what the law forbids, a
    /// question of what an act is) fired in <paramref name="sentence"/>: the sentence says what the law makes of an act,
    /// not that anyone did it, and <see cref="ClaimSentenceDetector"/> leaves it alone.</summary>
    internal bool IsRuledOut(int sentence) => _ruledOut?.Contains(sentence) == true;

    bool OnlyListWordsBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
            if (Word(t) is not ("and" or "or") && RoleAt(t) != ScoringRole.Target) return false;
        return _document.CommasBetween(from, to) >= 0;
    }

    bool IsNoClaimHere(int sentence)
    {
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[sentence].FirstToken;
        var sentenceEnd = SentenceEnd();
        var next = _last + 1 < sentenceEnd ? Word(_last + 1) : default;

        // A name: the words classify a noun after them, or are capitalised inside a name in running text.
        if (_words.ClassifiedNouns.Contains(next)) return true;
        // (An entry that names its own actor starts with the actor's capital: "evidence of Putin's crimes against humanity".)
        // (A word in capitals is shouted, not named: "PUTIN'S CHILD SNATCHERS: …".)
        if ((tokens[_first].Flags & TokenFlags.Capitalized) != 0 && (tokens[_first].Flags & TokenFlags.AllCaps) == 0
            && _first > sentenceStart && !_document.IsTitleCase(sentence)
            && !AfterOpeningMark(_first) && OwnActor() == None
            && ((_last + 1 < sentenceEnd && (tokens[_last + 1].Flags & TokenFlags.Capitalized) != 0)
                || (tokens[_first - 1].Flags & TokenFlags.Capitalized) != 0 || Word(_first - 1) is "of"))
            return true;

        // Talk about words.
        for (var t = _first - 1; t >= sentenceStart && _first - t <= 3; t--)
            if (_words.WordNouns.Contains(Word(t))) return true;
        if (_words.LabelNouns.Contains(next) && _last + 1 < sentenceEnd && RoleAt(_last + 1) == ScoringRole.None) return true;

        // A court's jurisdiction in the abstract: "to try", "can prosecute", "jurisdiction over" … the bare claim.
        if (IsAbstractJurisdiction(sentenceStart)) return true;

        // The name of a criminal code's article: "under the article on violations of the laws and customs of war",
        // "the article of the criminal code that covers violations of …".
        if (IsArticleName(sentenceStart)) return true;

        // The name of a mandate, body or treaty given by the crime it is about: "the UN special rapporteur on torture",
        // "the Committee against Torture", "the convention against torture".
        if (IsMandateName(sentenceStart)) return true;

        // A legal qualification of nobody's act: "Killing prisoners who have surrendered is a war crime under the Geneva
        // Conventions" (with no actor anywhere in the sentence).
        if (IsLegalQualification(sentenceEnd)) return RuleOut(sentence);

        // What the law forbids or makes a crime (round 32): "The Convention forbids the use of riot-control agents as a
        // method of warfare", "The execution of prisoners of war is itself a war crime under the Geneva Conventions".
        if (IsProhibitedByLaw(sentenceStart) || IsLawsSubject(sentenceStart, sentenceEnd)) return RuleOut(sentence);

        // A question of what an act is (round 34): "Is it a war crime?", "Could these be crimes against humanity?".
        if (IsPredicateQuestion(sentenceStart, sentenceEnd)) return RuleOut(sentence);

        // A definition (round 41): what the law calls an act of nobody in particular — the crime as the predicate of a
        // generic subject ("Using gas in war is a war crime"), or a sentence framed by the law ("Under the Rome Statute,
        // … is a war crime").
        if (IsGenericPredicate(sentenceStart) || IsUnderLawFrame(sentenceStart, sentenceEnd)) return RuleOut(sentence);

        // A definition: the sentence opens with the mention and says what it is.
        if (_first == sentenceStart && next is "are" or "is" or "requires" or "require" or "means" or "mean" or "refers" or "covers"
            or "include" or "includes" or "involves" && !(_last + 2 < sentenceEnd && Word(_last + 2) is "what" or "not" or "being" or "happening" or "taking" or "committed"))
        {
            _definitionSentence = sentence;
            return RuleOut(sentence);
        }
        return false;
    }

    /// <summary>
    /// The mention is the predicate of a question that closes on it (round 34): "Is it a war crime?", "Could these be
    /// crimes against humanity?", "Is this genocide?", "When does it become a war crime?" — a form of <i>be</i> or
    /// <i>become</i> right before it (an article between), or a pronoun subject (<i>it, this, that, these, those</i>)
    /// right after a form of <i>be</i>; no actor in the sentence. The question asks what the law makes of an act; it
    /// does not say that anyone did it (a question with a named perpetrator, "Is Russia committing genocide?", stays a
    /// claim). In a headline too: "Is this genocide?" asks what an act is, where "Did Russian troops execute prisoners?"
    /// asks whether it was done and is hedged (<see cref="HeadlineQuestion"/>); the open sets' two headlines of the first
    /// kind are unlabelled. A quoted question inside a longer sentence ends at its question mark and closing quote
    /// ("\"Is it a war crime?\" she asked."): the mention must end the question there, and no actor may stand in the
    /// sentence up to the mention (fix22).
    /// </summary>
    bool IsPredicateQuestion(int sentenceStart, int sentenceEnd)
    {
        // A quoted question may run on past its closing quote ("\"Is it a war crime?\" she asked."): it ends there (fix22).
        var quoted = _last != sentenceEnd - 1;
        if (quoted ? !ClosesQuotedQuestion(_last) : !ClosesWithQuestionMark(_last)) return false;
        var k = _first - 1;
        if (k >= sentenceStart && Word(k) is "a" or "an") k--;
        if (k < sentenceStart) return false;
        var copula = Word(k) is "become" or "becomes" || ClaimGrammar.IsBeForm(Word(k))
                     || (Word(k) is "it" or "this" or "that" or "these" or "those" && k - 1 >= sentenceStart && ClaimGrammar.IsBeForm(Word(k - 1)));
        if (!copula) return false;
        for (var t = sentenceStart; t <= _last; t++)
            if (RoleAt(t) == ScoringRole.Actor) return false;
        return true;
    }

    /// <summary>Whether a question mark follows token <paramref name="t"/>, with only closing punctuation between, and a
    /// closing quotation mark right after it: a quoted question inside a longer sentence.</summary>
    bool ClosesQuotedQuestion(int t)
    {
        var mark = QuestionMarkAfter(t);
        return mark >= 0 && mark + 1 < Text.Text.Length && Text.Text[mark + 1] is '"' or '\u201d' or '\u2019' or '\'';
    }

    /// <summary>Whether a question mark follows token <paramref name="t"/>, with only closing punctuation between.</summary>
    bool ClosesWithQuestionMark(int t) => QuestionMarkAfter(t) >= 0;

    /// <summary>The position of the question mark that follows token <paramref name="t"/> with only closing punctuation
    /// between, or -1.</summary>
    int QuestionMarkAfter(int t)
    {
        var text = Text.Text;
        for (var c = Text.Tokens[t].End; c < text.Length; c++)
        {
            if (text[c] == '?') return c;
            if (!(char.IsPunctuation(text[c]) && text[c] is not ('.' or '!' or ':' or ';'))) return -1;
        }
        return -1;
    }

    /// <summary>Most tokens from "article" (or "code") to the name of the crime it gives (round 29): "the article of
    /// Ukraine's criminal code that covers violations …".</summary>
    internal const int ArticleNameReach = 8;

    /// <summary>
    /// The mention names a criminal code's article, as the names of laws do (tests/validation/README.md: not claims): the
    /// complement of "on", "covering", "covers", "concerning" or "punishes" after "article(s)" or "code" ("under the
    /// article on violations of …", "the article of the criminal code that covers violations of …", "its criminal code
    /// punishes violations of …"); "article" or "code" at most <see cref="ArticleNameReach"/> tokens before the mention,
    /// in its sentence, with no claim word or actor between. The act a prosecutor's case is about ("opened proceedings
    /// over the deportation of children") is still a claim. (A name in parentheses after the article, "Article 438 of
    /// the Criminal Code of Ukraine (violation of the laws and customs of war)", is not caught: docs/VALIDITY.md, round 29.)
    /// </summary>
    bool IsArticleName(int sentenceStart)
    {
        if (_first == sentenceStart || Word(_first - 1) is not ("on" or "covering" or "covers" or "concerning" or "punishes" or "punish"))
            return false;
        for (var t = _first - 2; t >= sentenceStart && _first - t <= ArticleNameReach; t--)
        {
            if (Word(t) is "article" or "articles" or "code") return true;
            if (RoleAt(t) is ScoringRole.Target or ScoringRole.Actor) return false;
        }
        return false;
    }

    /// <summary>
    /// The mention completes the name of a mandate, body or treaty (tests/validation/README.md: names of institutions,
    /// jobs and laws are not claims): "on" or "against" before it, and "rapporteur(s)", "committee", "subcommittee" or
    /// "convention" before that, at most one word between ("the special rapporteur on torture", "the UN Committee
    /// against Torture", "the convention against torture"). A body's work on the crime is still a claim when the
    /// sentence says the crime happened elsewhere ("the rapporteur said detainees were tortured").
    /// </summary>
    bool IsMandateName(int sentenceStart)
    {
        if (_first - 2 < sentenceStart || Word(_first - 1) is not ("on" or "against")) return false;
        for (var t = _first - 2; t >= sentenceStart && _first - t <= 3; t--)
            if (_words.MandateNouns.Contains(Word(t))) return true;
        return false;
    }

    bool IsLegalQualification(int sentenceEnd)
    {
        var under = _last + 1;
        if (under >= sentenceEnd || Word(under) is not "under") return false;
        var law = false;
        for (var t = under + 1; t < sentenceEnd && t <= under + 3; t++)
            law |= _words.LawNameWords.Contains(Word(t)) || _words.LawNouns.Contains(Word(t));
        if (!law) return false;
        foreach (var r in Roles)
            if (r.Role is ScoringRole.Actor or ScoringRole.Victim && _document.SameClause(Math.Min(r.First, _first), Math.Max(r.First, _first))) return false;
        // "That is a war crime under our Criminal Code", "which has signs of the crime of genocide under the Convention":
        // a subject that points back to an act named before qualifies that act.
        for (var t = _first - 1; t >= 0 && _document.SameClause(t, _first); t--)
            if (Word(t) is "that" or "this" or "which" or "it" or "these" or "those" or "what" && ClaimGrammar.IsAuxiliary(Word(t + 1))) return false;
        return true;
    }

    /// <summary>Most tokens from a verb of prohibition to the mention it governs, and from the law to the verb (round
    /// 32): "forbids the use of riot-control agents as a method of warfare and the use of any toxic chemical".</summary>
    internal const int ProhibitionReach = 16;

    /// <summary>
    /// The mention is in the object of a law's prohibition (round 32): a verb of prohibition (<see
    /// cref="ClaimRuleWords.ProhibitionVerbs"/>: <i>forbids, prohibits, bans, outlaws, criminalises</i>, and since round
    /// 34 <i>lists, defines</i> …) before it in
    /// its sentence, with no clause mark but commas, no clause word, auxiliary, actor or other verb between, whose subject
    /// is a law (<see cref="ClaimRuleWords.LawNouns"/>: <i>the Convention, the Rome Statute, the laws of war, Additional
    /// Protocol I</i>) named at most <see cref="ProhibitionReach"/> tokens before the verb. The sentence says what the
    /// law is, not that anyone did it (tests/validation/README.md: the law's text is no claim).
    /// </summary>
    bool IsProhibitedByLaw(int sentenceStart)
    {
        var verb = -1;
        for (var t = _first - 1; t >= sentenceStart && _first - t <= ProhibitionReach; t--)
        {
            if (_document.HardBoundaryBetween(t, t + 1)) return false;
            var word = Word(t);
            if (_words.ProhibitionVerbs.Contains(word)) { verb = t; break; }
            if ((ClaimGrammar.IsClauseWord(word) && word is not "as") || ClaimGrammar.IsBeForm(word) || RoleAt(t) == ScoringRole.Actor
                || word is "has" or "have" or "had" or "will" or "would" or "can" or "could" or "did" or "not") return false;
        }
        if (verb < 0) return false;
        for (var t = verb - 1; t >= sentenceStart && verb - t <= ProhibitionReach; t--)
        {
            if (_document.HardBoundaryBetween(t, t + 1)) return false;
            if (_words.LawNouns.Contains(Word(t))) return true;
        }
        return false;
    }

    /// <summary>
    /// The mention is in the subject of a sentence that says what the law makes of the act (round 32): the subject
    /// (from its clause's start to the verb, no actor, capitalised name or number in it — the act of nobody in
    /// particular), then <i>is</i> or <i>are</i> (<i>itself, also</i> may follow) and either a claim word followed by
    /// <i>under</i> and a law (<i>is itself a war crime under the Geneva Conventions</i>) or <i>prohibited, banned,
    /// forbidden, outlawed</i> with <i>under</i> or <i>by</i> a law (<i>Killing a combatant who has surrendered is
    /// prohibited under the Geneva Conventions</i>). A specific act stays a claim (<i>the strike on Kharkiv's hospital
    /// is a war crime under international law</i>: a name in the subject).
    /// </summary>
    bool IsLawsSubject(int sentenceStart, int sentenceEnd)
    {
        // The subject: back to its clause's start, no actor, name or number.
        var start = _first;
        while (start > sentenceStart && _document.SameClause(start - 1, _first)) start--;
        for (var t = start; t < _first; t++)
            if (!IsGenericSubjectWord(t, start)) return false;
        var copula = -1;
        for (var t = _last + 1; t < sentenceEnd && t - _last <= ProhibitionReach && _document.SameClause(_last, t); t++)
        {
            if (Word(t) is "is" or "are") { copula = t; break; }
            if (!IsGenericSubjectWord(t, start) || RoleAt(t) is ScoringRole.Attribution or ScoringRole.Hedge or ScoringRole.Denial) return false;
        }
        if (copula < 0) return false;
        var k = copula + 1;
        while (k < sentenceEnd && Word(k) is "itself" or "also" or "themselves") k++;
        if (k >= sentenceEnd) return false;
        int under;
        if (_words.ProhibitedWords.Contains(Word(k)))
            under = k + 1;
        else
        {
            if (Word(k) is "a" or "an") k++;
            if (k >= sentenceEnd || RoleAt(k) != ScoringRole.Target) return false;
            under = RoleLastAt(k) + 1;
        }
        if (under >= sentenceEnd || Word(under) is not ("under" or "by" or "of")) return false;
        for (var t = under + 1; t < sentenceEnd && t <= under + 4; t++)
            if (_words.LawNouns.Contains(Word(t))) return true;
        return false;
    }

    /// <summary>
    /// The mention is the predicate of a definition (round 41): right after <i>is</i> or <i>are</i> (<i>a, an, also,
    /// itself</i> between), whose subject runs from the sentence's start and names nobody in particular — no actor, no
    /// capitalised name (but the first word), no number, no pronoun or demonstrative that points back to an act told
    /// before (<i>this, that, these, those, it, they, them, such</i>), no clause of its own but a condition (<i>if</i>:
    /// not "Dropping a choking agent into a cellar where two pensioners are sleeping"), and a definite subject only when its head is an act
    /// (<i>the wilful killing of a prisoner of war</i>, not <i>the drones over Kherson</i>). "Using gas in war is a war
    /// crime", "A single killing by a single soldier is a war crime", "Attacks on rescuers, if deliberate, are a grave
    /// breach of the laws of war": the sentence says what the law calls an act, not that anyone did it. A mention in such
    /// a subject ("poison gas", "execution of a prisoner") is no claim either: the copula after it (within
    /// <see cref="ProhibitionReach"/> tokens) and a target right after the copula.
    /// </summary>
    bool IsGenericPredicate(int sentenceStart)
    {
        var k = _first - 1;
        while (k > sentenceStart && IsCopulaFiller(Word(k))) k--;
        if (k > sentenceStart && Word(k) is "is" or "are") return IsGenericSubject(sentenceStart, k);
        // The mention in the subject of such a definition ("Using poison gas in war is a war crime").
        var sentenceEnd = SentenceEnd();
        for (var t = _last + 1; t < sentenceEnd && t - _last <= ProhibitionReach; t++)
        {
            if (Word(t) is not ("is" or "are")) continue;
            var p = t + 1;
            while (p < sentenceEnd && IsCopulaFiller(Word(p))) p++;
            return p < sentenceEnd && RoleAt(p) == ScoringRole.Target && IsGenericSubject(sentenceStart, t);
        }
        return false;
    }

    /// <summary>The words a definition's copula and its predicate may stand apart by ("is a", "are also", "is itself").</summary>
    static bool IsCopulaFiller(ReadOnlySpan<char> word) => word is "a" or "an" or "also" or "itself" or "themselves";

    /// <summary>Whether the tokens from the sentence's start to the copula <paramref name="copula"/> are a generic
    /// subject (<see cref="IsGenericPredicate"/>).</summary>
    bool IsGenericSubject(int sentenceStart, int copula)
    {
        for (var t = sentenceStart; t < copula; t++)
        {
            if (!IsGenericSubjectWord(t, sentenceStart) || RoleAt(t) is ScoringRole.Attribution or ScoringRole.Hedge or ScoringRole.Denial) return false;
            if (Word(t) is "this" or "that" or "these" or "those" or "it" or "they" or "them" or "such" or "what" or "he" or "she" or "we" or "us"
                    or "our" or "their" or "its" or "his" or "her" || (ClaimGrammar.IsClauseWord(Word(t)) && Word(t) is not "if")) return false;
        }
        if (Word(sentenceStart) is "the")
        {
            // The head: the word before the first "of", else the subject's last word.
            var head = copula - 1;
            for (var t = sentenceStart + 1; t < copula; t++)
                if (Word(t) is "of") { head = t - 1; break; }
            if (head <= sentenceStart || !(IsDeverbalNoun(Word(head)) || Word(head) is "use" or "murder" or "murders" or "abuse" or "transfer" or "transfers")) return false;
        }
        return true;
    }

    /// <summary>
    /// The sentence opens with the law that frames it (round 41): <i>Under</i> and a law within four tokens ("Under the
    /// Rome Statute …, intentionally directing attacks against buildings dedicated to religion … are war crimes",
    /// "Under article 8(2)(b)(ix) of the Rome Statute, the war crime is …"), a present <i>is</i> or <i>are</i> after the
    /// frame, and no actor anywhere in the sentence.
    /// </summary>
    bool IsUnderLawFrame(int sentenceStart, int sentenceEnd)
    {
        if (Word(sentenceStart) is not "under") return false;
        var law = false;
        for (var t = sentenceStart + 1; t < sentenceEnd && t <= sentenceStart + 4; t++)
            law |= _words.LawNouns.Contains(Word(t)) || _words.LawNameWords.Contains(Word(t));
        if (!law) return false;
        var copula = false;
        for (var t = sentenceStart; t < sentenceEnd; t++)
        {
            if (RoleAt(t) == ScoringRole.Actor) return false;
            copula |= Word(t) is "is" or "are";
        }
        return copula;
    }

    /// <summary>A word of a generic subject: no actor, no capitalised name (but the sentence's first word), no
    /// number.</summary>
    bool IsGenericSubjectWord(int t, int start)
    {
        if (RoleAt(t) == ScoringRole.Actor || (Text.Tokens[t].Flags & TokenFlags.Numeric) != 0) return false;
        return (Text.Tokens[t].Flags & TokenFlags.Capitalized) == 0 || t == start && t == Text.Sentences[Text.Tokens[t].Sentence].FirstToken;
    }

    bool AfterOpeningMark(int token)
    {
        if (token == 0) return true;
        var gap = Text.Text.AsSpan(Text.Tokens[token - 1].End, Text.Tokens[token].Start - Text.Tokens[token - 1].End);
        return gap.IndexOfAny("\"“‘'(:[") >= 0;
    }

    bool IsAbstractJurisdiction(int sentenceStart)
    {
        // The mention is bare: no actor, demonstrative or possessive before it.
        if (_first > sentenceStart && (RoleAt(_first - 1) == ScoringRole.Actor || ClaimGrammar.IsPossessive(Word(_first - 1))
                                       || Word(_first - 1) is "these" or "those" or "this" or "such" or "the")) return false;
        for (var t = _first - 1; t >= sentenceStart && _first - t <= 6 && _document.SameClause(t, _first); t--)
        {
            var word = Word(t);
            if (word is "jurisdiction") return true;
            // "punish those responsible for war crimes": the perpetrators are the object, the crimes happened.
            if (RoleAt(t) is ScoringRole.Perpetration) return false;
            if (!_words.JudicialVerbs.Contains(word)) continue;
            var before = t - 1;
            if (before >= sentenceStart && (Word(before) is "to" or "can" or "could" or "may" or "might" or "would" or "will" or "cannot" or "must" or "should"))
                return true;
            return false;
        }
        return false;
    }

    // ----- Actor -----

    int FindActor()
    {
        var actor = OwnActor();
        if (actor == None) actor = ModifierActor();
        if (actor == None) actor = AgentActor();
        if (actor == None) actor = PredicateActor(out _);
        if (actor == None) actor = AccusedActor();
        if (actor == None) actor = AttackOwnerActor();
        if (actor == None) actor = PredicativeActor();
        if (actor == None) actor = EventActor();
        if (actor == None) actor = VictimActor();
        if (actor == None) actor = AppositionActor();
        if (actor == None) actor = InclusionActor();
        if (actor == None) actor = CoordinatedActor();
        // A trigger that moves its victims ("taken across the border into Russia", "transferred to Russia").
        if (actor == None && _plans[_rolesLexicon].CueRoleOf(_document.Matches[_index]) == CueRole.Trigger) actor = DestinationActor();
        return actor;
    }

    /// <summary>
    /// The agent of an act (an entry <c>key@act</c>: "killed", "struck", "taken"), or none: its "by" agent ("killed by
    /// Russian soldiers"), the actor that is the whole subject of the act or of a predicate governing it ("Russian troops killed more than 400 residents", "Russia has taken 20,000 children",
    /// "Moscow denied hitting the hospital", "Russian forces have been accused of striking homes"), its accused
    /// ("accused Russia of shelling civilians"), or the actor of a claim coordinated with it. A pronoun subject with
    /// no antecedent in the sentence ("They beat us") takes the actor of the text's previous claim mention, or the last
    /// actor named in the two sentences before. Places,
    /// victims, event frames, an actor that only describes the subject or the act ("a Russian missile struck the
    /// hospital", "a Russian strike") and the discourse do not make an act a claim ("two civilians were killed during
    /// the occupation" reports an event).
    /// </summary>
    int ActAgent(int chain)
    {
        var actor = AgentActor();
        // "by Russian soldiers", not "by a Russian missile" (a weapon: the report of an event).
        if (actor != None) return DescribesNoun(ActorLast(actor)) ? None : actor;
        // The act's own subject: back over its auxiliaries; a form of "be" before a participle makes it a passive, whose
        // subject is the victim ("Russian soldiers were killed").
        var t = _first - 1;
        var passive = false;
        while (t >= 0 && _first - t <= 5 && _document.SameClause(t, _first) && ClaimGrammar.IsAuxiliary(Word(t)))
            passive |= ClaimGrammar.IsBeForm(Word(t--));
        if (passive && !Word(_first).EndsWith("ing")) return OrDestination(FramedAgent(chain));
        // Active: the victims or places are its object, after it ("struck homes", not "homes … it was hitting"); victims
        // before it are the subject of a passive participle ("men were held and beaten", "many of them shot").
        var cue = _document.CueOf(_index, _plans[_rolesLexicon]);
        if (cue >= 0 && _document.Matches[cue].FirstToken < _first) return Word(_first).EndsWith("ing") ? None : OrDestination(FramedAgent(chain));
        // … its own object: no other verb between ("shot an elderly couple in their yard and looted homes").
        if (cue >= 0)
            for (var k = _last + 1; k < _document.Matches[cue].FirstToken; k++)
                if (ClaimGrammar.IsEdForm(Word(k)) || Word(k).EndsWith("ing")) return None;
        // The actor itself is the subject ("Russian troops killed", "Russia has taken"), not a weapon or an event it
        // owns ("a Russian missile struck a residential building", "a Russian strike hit the port": events).
        _subjectTail = 0;
        actor = SubjectActor(_first);
        // "a Russian strike", "Russia's shelling": an actor right before the act word describes it as a noun.
        if (actor != None && ActorLast(actor) == _first - 1
            && (ClaimGrammar.IsAdjectival(Word(_first - 1)) || ClaimGrammar.IsPossessive(Word(_first - 1))))
            actor = None;
        if (actor == None) actor = PossessorSubject(); // mend52
        if (actor == None) actor = ControllerActor();
        if (actor == None) actor = PredicateActor(out _);
        _subjectTail = SubjectTail;
        if (actor == None) actor = AccusedActor();
        if (actor == None) actor = CoordinatedActor();
        if (actor == None && !passive) actor = CoordinatedSubject();
        if (actor == None && (IsPronounSubject(t) || IsPronounOwnedSubject(t)))
            actor = PronounReferent();
        return OrDestination(actor);
    }

    /// <summary>mend52, mend52b: the possessor of a force noun that is the act's whole subject ("Ukraine's army mined
    /// the dam", "Ukraine's army has mined the dam", "Ukraine's special forces blew up the dam"): back over the act's
    /// auxiliaries to a word of <see cref="ClaimRuleWords.SiegeOwnerNouns"/>, whose party <see cref="OwnerParty"/>
    /// gives (an actor at most three tokens before it), when that actor starts the subject: not the object of a
    /// preposition, an -ing or an -ed form ("Russian strikes on Ukraine's army killed ten civilians", "drones targeting
    /// Russia's army", "a missile aimed at Israel's army": the possessor is the victim there).</summary>
    int PossessorSubject()
    {
        var t = _first - 1;
        for (var skipped = 0; t >= 0 && skipped < 4 && _document.SameClause(t, _first) && ClaimGrammar.IsAuxiliary(Word(t)); skipped++) t--;
        if (t < 1 || !_document.SameClause(t, _first) || !_words.SiegeOwnerNouns.Contains(Word(t))) return None;
        var party = OwnerParty(t);
        if (party == None) return None;
        var first = None;
        foreach (var r in Roles)
            if (r.Match == party && r.Last < t) { first = r.First; break; }
        if (first == None) return None;
        var before = first - 1;
        if (before >= 0 && Word(before) is "the") before--;
        if (before < 0 || !_document.SameClause(before, first)) return party;
        var word = Word(before);
        return ClaimGrammar.IsPreposition(word) || word.EndsWith("ing") || (ClaimGrammar.IsEdForm(word) && !_words.SubjectReportingVerbs.Contains(word)) ? None : party;
    }

    /// <summary>Most tokens between an act and the preposition of its destination ("taken him and dozens of other
    /// children to …").</summary>
    const int DestinationReach = 8;

    int OrDestination(int actor) => actor != None || IsSiegeAct(Text, _plans[_rolesLexicon], _document.Matches[_index]) ? actor : DestinationActor(); // mend48: a siege act's destination is its victim

    /// <summary>
    /// The power an act moves its victims into ("children were sent to camps in Russia", "the buses that had taken
    /// dozens of children to a camp in Russian-held territory", "bundled across the border into Russia"): an actor
    /// after "to", "into" or "across" in the act's clause, at most <see cref="DestinationReach"/> tokens after the act
    /// and <see cref="AgentPhrase"/> after the preposition, with no verb or clause word between, as the object of the
    /// preposition or after "in" and a plural noun ("camps in Russia"). A removal to a state's territory is that
    /// state's act; "taken to hospital", "sent to school in the Russian-held city" name no actor and stay events.
    /// </summary>
    int DestinationActor()
    {
        var sentenceEnd = SentenceEnd();
        for (var t = _last + 1; t < sentenceEnd && t - _last <= DestinationReach && _document.SameClause(_last, t); t++)
        {
            var word = Word(t);
            if (ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsBeForm(word)
                || (t > _last + 1 && (ClaimGrammar.IsEdForm(word) || word.EndsWith("ing")))) return None;
            if (word is not ("to" or "into" or "across")) continue;
            for (var k = t + 1; k < sentenceEnd && k - t <= AgentPhrase && _document.SameClause(t, k); k++)
            {
                foreach (var r in Roles)
                    if (r.Role == ScoringRole.Actor && r.First == k) return r.Match;
                if (ClaimGrammar.IsClauseWord(Word(k)) || ClaimGrammar.IsEdForm(Word(k)) || Word(k).EndsWith("ing")) return None;
                // "camps in Russia", not "a hospital in Russia" or "school in the Russian-held city": a place of care
                // or schooling there is no removal.
                if (Word(k) is "in" && !ClaimGrammar.IsPluralOrVerbS(Word(k - 1))) return None;
            }
            return None;
        }
        return None;
    }

    /// <summary>
    /// The agent of a passive act without "by" agent whose victims are its subject ("detainees there were beaten",
    /// "many of them shot in the street"): the perpetrator the paragraph names — the actor a frame gave the previous
    /// claim mention of the chain, in the act's sentence or one or two sentences before it in the same paragraph
    /// ("Russian soldiers killed more than 400 residents, many of them shot in the street") — else the owner of a
    /// custody frame in its sentence ("in Russian captivity", "in a Russian-run detention centre"). None otherwise:
    /// "Two civilians were killed in the shelling" and "… were killed during the Russian occupation" stay events.
    /// </summary>
    int FramedAgent(int chain)
    {
        var actor = _framedActor[chain];
        if (actor != None && InParagraph(_framedSentence[chain], Text.Tokens[_first].Sentence)
            && _document.Matches[actor].FirstToken < _first)
            return actor;
        var custodian = EventActor(custodyOnly: true);
        return custodian != None ? custodian : CrueltyFallbackActor(chain);
    }

    /// <summary>
    /// The agent of a passive act of cruelty with no agent in its paragraph ("Detainees were beaten and given electric
    /// shocks", "several were executed in custody"): beating, abuse and execution are done to captives by someone, so
    /// the article's previous claim names the perpetrator (the actor a frame gave the chain's last mention before it),
    /// wherever it stood, when the outlet tells it (a quoted witness's "they beat us" keeps the speaker's own
    /// discourse). Killings and strikes ("two civilians were killed in the shelling") and removals stay events:
    /// they need a perpetrator in the paragraph.
    /// </summary>
    int CrueltyFallbackActor(int chain)
    {
        var actor = _framedActor[chain];
        if (actor == None || _document.Matches[actor].FirstToken >= _first || Text.Tokens[_first].Voice != Voice.Outlet) return None;
        var plan = _plans[_rolesLexicon];
        return plan.CategoryKeys[_document.Matches[_index].Category] is "torture" or "atrocities" ? actor : None;
    }

    /// <summary>Whether sentence <paramref name="from"/> is the sentence <paramref name="to"/> or one of the
    /// <see cref="FramedSentencesBack"/> before it in the same paragraph.</summary>
    bool InParagraph(int from, int to)
    {
        return from >= 0 && to - from <= FramedSentencesBack && SameParagraph(Text, from, to);
    }

    /// <summary>
    /// The cue of an act is one building named as such ("hit a children's hospital", "denies striking Kyiv hospital",
    /// "struck a nine-storey apartment building"): a strike on one named place is an event the outlet reports, not a
    /// claim of attacks on civilians (docs/ANALYSIS.md); a class of places or people ("struck homes", "shelled
    /// residential areas", "killed civilians") is one. Singular: the cue's last word does not end in -s, and "a"/"an"
    /// or a capitalised name stands before it (over at most three modifiers).
    /// </summary>
    bool IsSingleObject(int index, LexiconPlan plan)
    {
        var c = _document.CueOf(index, plan);
        if (c < 0) return false;
        var cue = _document.Matches[c];
        var last = cue.FirstToken + cue.TokenCount - 1;
        if (Word(last).EndsWith('s') || _words.SystemNouns.Contains(Word(last))) return false;
        var sentence = Text.Tokens[cue.FirstToken].Sentence;
        // Only the object's own words, after the act: the act's subject is no determiner of its object ("The Russians
        // killed children" is no single named object).
        var stop = cue.FirstToken > _last ? _last : -1;
        for (var t = cue.FirstToken - 1; t > stop && cue.FirstToken - t <= 4 && Text.Tokens[t].Sentence == sentence; t--)
        {
            var word = Word(t);
            if (word is "a" or "an" || (Text.Tokens[t].Flags & TokenFlags.Capitalized) != 0 && t > Text.Sentences[sentence].FirstToken) return true;
            if (ClaimGrammar.IsStopword(word) || RoleAt(t) is not ScoringRole.None) return false;
        }
        return false;
    }

    /// <summary>
    /// A nominal attack ("strikes on", "attacks against", "the shelling of": an attack noun and its preposition, a
    /// trigger) is a claim of attacks on civilians only when its cue is the object of that preposition: right after it,
    /// over at most <see cref="AttackObjectGap"/> words that are no named place and no verb ("strikes on Ukraine's power
    /// grid", "attacks on the city's power substations"; not "strike on Odesa port damages grain terminals"), and a class
    /// of places or people or a civilian system, not one building named as such ("a strike on a nearby power plant":
    /// an event the outlet reports).
    /// </summary>
    bool IsNominalAttackWithoutObject(int index, LexiconPlan plan, in LexiconMatch target)
    {
        if (plan.CueRoleOf(target) != CueRole.Trigger || _last == _first || !_words.AttackNouns.Contains(Word(_last - 1))
            || !ClaimGrammar.IsPreposition(Word(_last)))
            return false;
        var c = _document.CueOf(index, plan);
        if (c < 0) return true;
        var cue = _document.Matches[c];
        if (cue.FirstToken <= _last || cue.FirstToken - _last - 1 > AttackObjectGap) return true;
        for (var k = _last + 1; k < cue.FirstToken; k++)
        {
            var word = Word(k);
            // A demonym describes the object ("strikes on Ukrainian energy infrastructure"); a name is a place.
            if (ClaimGrammar.IsEdForm(word) || word.EndsWith("ing")
                || (Text.Tokens[k].Flags & TokenFlags.Capitalized) != 0 && !ClaimGrammar.IsPossessive(word)
                   && !(RoleAt(k) == ScoringRole.Actor && ClaimGrammar.IsAdjectival(word)))
                return true;
        }
        return IsSingleObject(index, plan);
    }

    /// <summary>
    /// A place cue (<see cref="LexiconPlan.PlaceEntry"/>) is the object of a plain violent verb in the active voice: the
    /// trigger is one verb form ("shelled", "struck", "razed"; no -ing noun, no form of "be" or "have been" before it)
    /// and the place follows it over at most <see cref="PlaceObjectGap"/> determiners, possessives and modifiers ("Russia
    /// shelled this city", "Russian forces razed the whole village", "pounded Ukrainian towns"). The act's subject must
    /// then be an actor (<see cref="ActAgent"/>): "the shelling near the city", "the town was hit" and "Russian troops
    /// entered the city" name no claim.
    /// </summary>
    bool IsStruckPlace(in LexiconMatch place)
    {
        if (_last != _first) return false;
        var verb = Word(_first);
        if (!ClaimGrammar.IsEdForm(verb) && verb is not ("struck" or "hit")) return false;
        if (_first > 0 && _document.SameClause(_first - 1, _first) && (ClaimGrammar.IsBeForm(Word(_first - 1)) || Word(_first - 1) is "been"))
            return false;
        if (place.FirstToken <= _last || place.FirstToken - _last - 1 > PlaceObjectGap) return false;
        for (var k = _last + 1; k < place.FirstToken; k++)
        {
            var word = Word(k);
            if (!_document.SameClause(_last, k) || ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsClauseWord(word)
                || ClaimGrammar.IsEdForm(word) || word.EndsWith("ing") || RoleAt(k) is not (ScoringRole.None or ScoringRole.Actor))
                return false;
        }
        return true;
    }

    /// <summary>Most words between a plain violent verb and the place that is its object ("shelled the whole city").</summary>
    const int PlaceObjectGap = 3;

    /// <summary>Most words between a nominal attack's preposition and its civilian object ("on the city's power grid").</summary>
    const int AttackObjectGap = 2;

    /// <summary>An actor that modifies a content noun after it ("Russian missile", "Ukrainian fire").</summary>
    bool DescribesNoun(int actorLast)
    {
        var next = actorLast + 1;
        return next < SentenceEnd() && _document.SameClause(actorLast, next) && !ClaimGrammar.IsStopword(Word(next))
               && !ClaimGrammar.IsPreposition(Word(next)) && !ClaimGrammar.IsClauseWord(Word(next)) && !ClaimGrammar.IsAdverb(Word(next))
               && RoleAt(next) == ScoringRole.None && (Text.Tokens[next].Flags & TokenFlags.Numeric) == 0;
    }

    /// <summary>The act's subject, or that of a denial, accusation or perpetration verb governing it, is a personal
    /// pronoun ("they killed", "It denied striking …"); <paramref name="before"/> is the token before the act's
    /// auxiliaries.</summary>
    bool IsPronounSubject(int before)
    {
        var t = before;
        if (t >= 0 && _document.SameClause(t, _first) && RoleAt(t) is ScoringRole.Denial or ScoringRole.Accusation or ScoringRole.Perpetration)
        {
            t = RoleFirstAt(t) - 1;
            for (var skipped = 0; t >= 0 && skipped < 4 && _document.SameClause(t, _first) && ClaimGrammar.IsAuxiliary(Word(t)); skipped++) t--;
        }
        return t >= 0 && _document.SameClause(t, _first) && Word(t) is "they" or "he" or "she" or "it";
    }

    /// <summary>
    /// Frame 8 (inclusion): "the Israeli regime's crimes against Palestinians, including massacres": a mention that
    /// an NP before it includes ("including", "such as", "notably", "mainly", "among them") takes that NP's actor: the claim
    /// mention there, or the nearest describing actor or "by" agent before the inclusion word in the sentence
    /// ("breaches by Ukrainian units, mainly the ill-treatment of prisoners").
    /// </summary>
    int InclusionActor()
    {
        var t = _first - 1;
        while (t >= 0 && _first - t <= 3 && _document.SameClause(t, _first) && (ClaimGrammar.IsDeterminer(Word(t)) || RoleAt(t) == ScoringRole.Hedge
               || (!ClaimGrammar.IsStopword(Word(t)) && RoleAt(t) == ScoringRole.None && !ClaimGrammar.IsInclusionWord(Word(t)))))
            t--;
        if (t < 0 || !(ClaimGrammar.IsInclusionWord(Word(t)) || Word(t) is "as" or "among")) return None;
        if (Word(t) is "as" && (t == 0 || Word(t - 1) is not "such")) return None;
        if (_previousActor != None && _previousSentence == Text.Tokens[_first].Sentence && _previousLexicon == _rolesLexicon && _previousLast < t)
            return _previousActor;
        var best = None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last < t && t - r.Last <= ActorAfter && Text.Tokens[r.First].Sentence == Text.Tokens[_first].Sentence
                && (ClaimGrammar.IsPossessive(Word(r.Last)) || ClaimGrammar.IsAdjectival(Word(r.Last)) || (r.First > 0 && Word(r.First - 1) is "by"))
                && !IsAfterFramePreposition(r))
                best = r.Match;
        return best;
    }

    /// <summary>
    /// Frame 5 (predicative): the mention is what its subject is, amounts to or is called ("Russian torture … amounts to
    /// a crime against humanity", "called its destruction a war crime", "voted to call Russia's actions genocide", "in
    /// what Ukraine called an attack on civilians"): the actor of that subject — the claim mention in it, an actor
    /// describing it, the antecedent of a pronoun ("it", "its", "this"), of "which" (the noun phrase before it) or of
    /// "what" (the event of the sentence before it).
    /// </summary>
    int PredicativeActor()
    {
        // Back from the mention over its article and modifiers to a copula or a naming verb ("may amount to" is a
        // hedge and a copula at once: the copula is looked for first).
        var t = _first - 1;
        while (t >= 0 && _first - t <= 4 && _document.SameClause(t, _first) && !IsCopulaAt(t)
               && (ClaimGrammar.IsDeterminer(Word(t)) || Word(t) is "a" or "an" or "yet" or "another" or "clear" or "also" or "not" or "no" or "deliberate"
                   || ClaimGrammar.IsAdverb(Word(t)) || RoleAt(t) == ScoringRole.Hedge))
            t--;
        if (t < 0 || !_document.SameClause(t, _first)) return None;
        var word = Word(t);
        int subjectFrom, subjectTo; // the subject's tokens
        if (IsPassiveParticiple()) return None;
        if (word is "is" or "are" or "was" or "were" or "be" or "been" or "constitutes" or "constitute" or "constituted"
                or "represents" or "represent" or "represented"
            || (word is "to" && t > 0 && Word(t - 1) is "amounts" or "amount" or "amounted" or "amounting")
            || (word is "as" && t > 0 && Word(t - 1) is "qualifies" or "qualify" or "qualified"))
        {
            var copula = word is "to" or "as" ? t - 1 : t;
            // Skip the modal and auxiliaries of the copula ("may amount to", "could be").
            while (copula > 0 && _document.SameClause(copula - 1, copula) && ClaimGrammar.IsAuxiliary(Word(copula - 1))) copula--;
            subjectTo = copula - 1;
            subjectFrom = subjectTo;
            // The subject ends at its clause, or at a reporting verb or clause word before it ("Ukraine's president said
            // the strikes were aimed at civilians": the subject is "the strikes").
            while (subjectFrom > 0 && _document.SameClause(subjectFrom - 1, subjectTo) && subjectTo - subjectFrom < ActorAfter
                   && RoleAt(subjectFrom - 1) is not (ScoringRole.Attribution or ScoringRole.Denial or ScoringRole.Accusation)
                   && !(Word(subjectFrom - 1) is "that" or "who" or "whom"))
                subjectFrom--;
        }
        else
        {
            // A naming verb before a small clause: "called its destruction a war crime".
            var verb = None;
            for (var k = t; k >= 0 && t - k <= 4 && _document.SameClause(k, _first); k--)
                if (IsNamingVerb(k))
                {
                    verb = k;
                    break;
                }
            if (verb == None) return None;
            if (verb > 0 && Word(verb - 1) is "what" || (verb > 1 && Word(verb - 2) is "what"))
                return EventActorBefore(verb - (Word(verb - 1) is "what" ? 1 : 2));
            if (Word(verb) is "described" or "describes" or "describe" or "describing" && Word(t) is not "as") return None;
            subjectFrom = verb + 1;
            subjectTo = Word(t) is "as" ? t - 1 : t;
            if (subjectTo < subjectFrom) return None;
        }
        if (subjectTo < 0) return None;

        // The claim mention in the subject.
        if (_previousActor != None && _previousSentence == Text.Tokens[_first].Sentence && _previousLexicon == _rolesLexicon
            && _previousLast >= subjectFrom && _previousLast <= subjectTo)
            return _previousActor;
        // An actor describing the subject.
        var best = None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.First >= subjectFrom && r.Last <= subjectTo
                && (ClaimGrammar.IsPossessive(Word(r.Last)) || ClaimGrammar.IsAdjectival(Word(r.Last)) || r.Last == subjectTo)
                && !IsAfterFramePreposition(r))
                best = r.Match;
        if (best != None) return best;
        // A pronoun or demonstrative subject, or "which": its antecedent.
        for (var k = subjectFrom; k <= subjectTo; k++)
        {
            var w = Word(k);
            if (w is "which" or "that" && k == subjectFrom) return DescribingActorBefore(k);
            if (w is "it" or "its" or "this" or "these" or "that" or "those" or "such" or "their" or "they")
                return _previousActor != None && _previousLexicon == _rolesLexicon && Text.Tokens[_first].Sentence - _previousSentence <= 2
                    ? _previousActor : LastActorCueBefore(k, 1);
        }
        return None;
    }

    bool IsCopulaAt(int t)
    {
        var word = Word(t);
        return word is "is" or "are" or "was" or "were" or "constitutes" or "constitute" or "constituted"
            || (word is "to" && t > 0 && Word(t - 1) is "amounts" or "amount" or "amounted" or "amounting")
            || (word is "as" && t > 0 && Word(t - 1) is "qualifies" or "qualify" or "qualified");
    }

    /// <summary>"called", "labelled", "described (as)", "termed", "branded": a verb that names what its object is.</summary>
    bool IsNamingVerb(int token) => _words.NamingVerbs.Contains(Word(token));

    /// <summary>The nearest possessive or adjectival actor before <paramref name="token"/> in its sentence (the noun
    /// phrase a "which" refers to: "Russia's alleged use of cluster bombs, which … may amount to war crimes").</summary>
    int DescribingActorBefore(int token)
    {
        var best = None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last < token && token - r.Last <= RelativeAntecedent && Text.Tokens[r.First].Sentence == Text.Tokens[token].Sentence
                && (ClaimGrammar.IsPossessive(Word(r.Last)) || ClaimGrammar.IsAdjectival(Word(r.Last))) && !IsAfterFramePreposition(r))
                best = r.Match;
        return best;
    }

    /// <summary>The agent of the event a "what" refers to ("Russian drones struck the terminals in what Ukraine called
    /// an attack on civilians"): the nearest actor before it in its sentence that is not a place.</summary>
    int EventActorBefore(int what)
    {
        var best = None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last < what && Text.Tokens[r.First].Sentence == Text.Tokens[what].Sentence && !IsAfterFramePreposition(r))
                best = r.Match;
        return best;
    }

    /// <summary>The last actor cue of the mention's lexicon before <paramref name="token"/>, in its sentence or up to
    /// <paramref name="sentencesBack"/> sentences before (outside places and victims).</summary>
    int LastActorCueBefore(int token, int sentencesBack)
    {
        var matches = _document.Matches;
        var tokens = Text.Tokens;
        var plan = _plans[_rolesLexicon];
        var lowest = tokens[token].Sentence - sentencesBack;
        for (var j = _index - 1; j >= 0 && tokens[matches[j].FirstToken].Sentence >= lowest; j--)
        {
            var m = matches[j];
            if (m.Lexicon != _rolesLexicon || m.FirstToken >= token || plan.Role(m) != ScoringRole.Actor || plan.VictimEntry[m.Entry]
                || IsPronounUs(Text, m)) continue;
            if (m.FirstToken > 0 && tokens[m.FirstToken - 1].Sentence == tokens[m.FirstToken].Sentence
                && ClaimGrammar.IsFramePreposition(Word(m.FirstToken - 1)) && !ClaimGrammar.IsPossessive(Word(m.FirstToken + m.TokenCount - 1)))
                continue;
            return j;
        }
        return None;
    }

    /// <summary>Frame 0: the actor the mention's own entry names ("russian crimes", "crimes of the kremlin"), or the
    /// actor right after an entry that ends in "by" ("crimes committed by Russian troops").</summary>
    int OwnActor()
    {
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.First == _first && r.Last == _last) return r.Match;
        if (!EndsInOwnerPreposition()) return None;
        var sentenceEnd = SentenceEnd();
        return _last + 1 < sentenceEnd ? ActorIn(_last + 1, Math.Min(sentenceEnd - 1, _last + AgentPhrase), stopAtVerbs: true) : None;
    }

    /// <summary>
    /// The mention is an entry that names its owner by a preposition at its end: "by" ("abuses by", "crimes committed
    /// by") or, outside triggers, "of" ("crimes of the American military", "abuses of the occupying army"; a trigger's
    /// "of" names its object: "murder of civilians").
    /// </summary>
    bool EndsInOwnerPreposition() =>
        Word(_last) is "by"
        || (Word(_last) is "of" && _plans[_rolesLexicon].CueRoleOf(_document.Matches[_index]) != CueRole.Trigger);

    /// <summary>
    /// An owner entry with "of" in the predicate of a claim before it in its clause ("The deportation of children is one
    /// of the gravest crimes of the regime"): it classifies that claim and is no claim of its own.
    /// </summary>
    bool RestatesSubjectClaim()
    {
        if (Word(_last) is not "of") return false;
        foreach (var r in Roles)
        {
            if (r.Role != ScoringRole.Target || r.Last >= _first || !_document.SameClause(r.Last, _first)) continue;
            for (var t = r.Last + 1; t < _first; t++)
                if (ClaimGrammar.IsBeForm(Word(t))) return true;
        }
        return false;
    }

    /// <summary>Frame 1: a possessive or adjectival actor in the mention's noun phrase, or any actor right before it.</summary>
    int ModifierActor()
    {
        var best = None;
        foreach (var r in Roles)
        {
            if (r.Role != ScoringRole.Actor || r.Last >= _first || _first - r.Last - 1 > ActorAdjacent) continue;
            if (!_document.SameClause(r.Last, _first)) continue;
            var gap = _first - r.Last - 1;
            var word = Word(r.Last);
            var describes = ClaimGrammar.IsPossessive(word) || (r.First == r.Last && ClaimGrammar.IsAdjectival(word));
            if (gap > 0 && !describes && !OnlyHedgesBetween(r.Last, _first)) continue;
            if (gap > 0 && !OnlyModifiersBetween(r.Last, _first)) continue;
            if (OwnsClaimNoun(r.Last, _first)) continue;
            // "Kyiv's Izium 'atrocities' story", "Russia's genocide claims": the possessor owns the story, not the crime.
            if (ClaimGrammar.IsPossessive(word) && ClaimNounFollows()) continue;
            if (IsAfterFramePreposition(r) && !ClaimGrammar.IsPossessive(word) && gap == 0 && !describes) continue;
            best = r.Match; // the nearest comes last
        }
        if (best != None) return best;
        // A possessive pronoun in the noun phrase ("Its indiscriminate attacks", "their crimes"): its antecedent.
        for (var t = _first - 1; t >= 0 && _first - t <= ActorAdjacent && _document.SameClause(t, _first); t--)
        {
            var word = Word(t);
            if (word is "its" or "their") return LastActorCueBefore(t, 2);
            if (ClaimGrammar.IsStopword(word) || RoleAt(t) is not (ScoringRole.None or ScoringRole.Hedge)) break;
        }
        return None;
    }

    /// <summary>Most words between a nominal attack and the possessive that owns its noun phrase ("Russia's use of
    /// cluster munitions in attacks on …").</summary>
    const int AttackOwnerReach = 6;

    /// <summary>
    /// The owner of the noun phrase a nominal attack ends ("Russia's use of cluster munitions in attacks on residential
    /// areas", "Moscow's campaign of strikes on power plants"): a possessive or adjectival actor at most
    /// <see cref="AttackOwnerReach"/> words before it in its clause, with only nouns, determiners and "of"/"in"
    /// between — no verb, no other role (a report, a hedge or another actor ends the search), no named place.
    /// </summary>
    int AttackOwnerActor()
    {
        var target = _document.Matches[_index];
        if (_last == _first || !_words.AttackNouns.Contains(Word(_last - 1)) || _plans[target.Lexicon].CueRoleOf(target) != CueRole.Trigger)
            return None;
        for (var t = _first - 1; t >= 0 && _first - t <= AttackOwnerReach && _document.SameClause(t, _first); t--)
        {
            var word = Word(t);
            if (RoleAt(t) == ScoringRole.Actor)
            {
                foreach (var r in Roles)
                    if (r.Role == ScoringRole.Actor && r.First <= t && t <= r.Last)
                        return r.Last == t && (ClaimGrammar.IsPossessive(word) || (r.First == r.Last && ClaimGrammar.IsAdjectival(word)))
                               && !IsAfterFramePreposition(r) ? r.Match : None;
                return None;
            }
            if (word is "its" or "their") return LastActorCueBefore(t, 2);
            if (RoleAt(t) != ScoringRole.None || ClaimGrammar.IsEdForm(word) || word.EndsWith("ing")
                || (Text.Tokens[t].Flags & TokenFlags.Capitalized) != 0 && t > Text.Sentences[Text.Tokens[t].Sentence].FirstToken)
                return None;
            if (ClaimGrammar.IsStopword(word) && word is not ("of" or "in" or "the" or "a" or "an" or "its" or "their")) return None;
        }
        return None;
    }

    /// <summary>The mention modifies a noun of claiming right after it ("atrocities story", "genocide charge"): a hedge,
    /// accusation, attribution or denial, or one of <see cref="ClaimRuleWords.ClaimNouns"/>.</summary>
    bool ClaimNounFollows()
    {
        var next = _last + 1;
        if (next >= SentenceEnd()) return false;
        var role = RoleAt(next);
        if (role is ScoringRole.Hedge or ScoringRole.Accusation or ScoringRole.Attribution or ScoringRole.Denial) return true;
        return _words.ClaimNouns.Contains(Word(next));
    }

    /// <summary>"in Ukraine war crimes" is not Ukraine's: a bare noun after a place preposition.</summary>
    bool IsAfterFramePreposition(RoleMatch r) =>
        r.First > 0 && Text.Tokens[r.First - 1].Sentence == Text.Tokens[r.First].Sentence
        && ClaimGrammar.IsFramePreposition(Word(r.First - 1));

    /// <summary>Whether every token strictly between is a modifier inside one noun phrase: no function word (but
    /// "and", "or"), no plural noun or verb in -s, no reporting, accusation or denial word.</summary>
    bool OnlyModifiersBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            var word = Word(t);
            if (word is "and" or "or") continue;
            var role = RoleAt(t);
            if (role is ScoringRole.Attribution or ScoringRole.Accusation or ScoringRole.Denial or ScoringRole.Perpetration) return false;
            if (role is ScoringRole.Hedge or ScoringRole.Actor) continue;
            if (ClaimGrammar.IsStopword(word) || ClaimGrammar.IsPluralOrVerbS(word)) return false;
            // A possessive starts another noun phrase ("a Ukrainian prosecutor's office"); a participle after a noun
            // is a verb ("… office documented").
            if (ClaimGrammar.IsPossessive(word)) return false;
            if (t > from + 1 && (ClaimGrammar.IsEdForm(word) || word.EndsWith("ing"))) return false;
        }
        return true;
    }

    bool OnlyHedgesBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
            if (RoleAt(t) != ScoringRole.Hedge) return false;
        return true;
    }

    /// <summary>"Russia's claims of genocide", "Kyiv's allegations that …": a noun of claiming between a possessive
    /// and the mention makes the possessor the claimant.</summary>
    bool OwnsClaimNoun(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            var role = RoleAt(t);
            if (role is not (ScoringRole.Hedge or ScoringRole.Accusation or ScoringRole.Attribution)) continue;
            var word = Word(t);
            if (ClaimGrammar.IsPluralOrVerbS(word) || word.EndsWith("tion") || word is "claim" or "allegation" or "charge"
                || (t + 1 < to && Word(t + 1) is "of" or "that")) return true;
        }
        return false;
    }

    /// <summary>Frame 2: the agent after the mention ("by" an actor, "of" its forces, a relative clause, "blamed on",
    /// "while held by").</summary>
    int AgentActor()
    {
        var sentenceEnd = SentenceEnd();
        var ofAgent = OfAgent(sentenceEnd);
        if (ofAgent != None) return ofAgent;
        for (var t = _last + 1; t < sentenceEnd && t - _last - 1 <= ActorAfter; t++)
        {
            if (!_document.SameClause(_last, t) && _document.CommasBetween(_last, t) is not (0 or 1)) break;
            var word = Word(t);
            if (word is "by")
                return ActorIn(t + 1, Math.Min(sentenceEnd - 1, t + AgentPhrase), stopAtVerbs: true);
            // "tortured while held by Russia", "beaten when detained by Russian troops": the custodian is the agent.
            var custody = word is "while" or "when" && t + 1 < sentenceEnd ? t + 1 : t;
            if (_words.CustodyParticiples.Contains(Word(custody)) && custody + 1 < sentenceEnd && Word(custody + 1) is "by")
                return ActorIn(custody + 2, Math.Min(sentenceEnd - 1, custody + 1 + AgentPhrase), stopAtVerbs: true);
            if (word is "that" or "which" or "who" or "whom")
            {
                var actor = ActorIn(t + 1, Math.Min(sentenceEnd - 1, t + 2), stopAtVerbs: true);
                if (actor != None && PerpetrationFollows(ActorLast(actor), sentenceEnd)) return actor;
                return None;
            }
            var role = RoleAt(t);
            if (role == ScoringRole.Accusation && t == RoleFirstAt(t) && word is "blamed" or "attributed")
            {
                // "blamed on Moscow", "attributed to Russian forces" (the preposition in the entry or after it).
                var on = Word(RoleLastAt(t)) is "on" or "to" ? RoleLastAt(t) : RoleLastAt(t) + 1;
                if (on < sentenceEnd && Word(on) is "on" or "to") return ActorIn(on + 1, Math.Min(sentenceEnd - 1, on + 2), stopAtVerbs: true);
            }
            if (role is ScoringRole.Target or ScoringRole.Perpetration or ScoringRole.Accusation or ScoringRole.Hedge) continue;
            if (word is "and" or "or" || ClaimGrammar.IsBeForm(word) || ClaimGrammar.IsAuxiliary(word)) continue;
            if (ClaimGrammar.IsClauseWord(word)) break;
            // Another verb ("shared", "documented", "gathered"): a "by" after it names its agent, not the crime's.
            if (ClaimGrammar.IsEdForm(word) || word.EndsWith("ing")) break;
        }
        return None;
    }

    /// <summary>A perpetration word within a few tokens after an actor (the verb of a relative clause).</summary>
    /// <summary>
    /// The actor whose forces a claim noun is "of" ("war crimes of Russian soldiers", "the atrocities of the
    /// occupiers", "crimes of the Russian army in Kherson"): an actor right after "of" (over "the") that ends its noun
    /// phrase — a preposition, clause word, verb, conjunction or the clause's end follows. A demonym ("of Russian
    /// prisoners", "of Russians") names victims, not the agent; victims' entries are no actors.
    /// </summary>
    int OfAgent(int sentenceEnd)
    {
        var of = _last + 1;
        if (of >= sentenceEnd || Word(of) is not "of" || !_document.SameClause(_last, of)) return None;
        // "the execution of Ukrainian soldiers", "killings of Russian servicemen": the complement of an act noun is its
        // victim, never its agent.
        if (ClaimGrammar.IsActNominalisation(Word(_last)) || _words.HarmNouns.Contains(Word(_last))) return None;
        var k = of + 1;
        if (k < sentenceEnd && Word(k) is "the") k++;
        foreach (var r in Roles)
        {
            if (r.Role != ScoringRole.Actor || r.First != k) continue;
            var last = Word(r.Last);
            if (r.First == r.Last && (ClaimGrammar.IsAdjectival(last) || last.EndsWith("ans") || last.EndsWith("lis"))) return None;
            var next = r.Last + 1;
            if (next >= sentenceEnd || !_document.SameClause(r.Last, next)) return r.Match;
            var word = Word(next);
            return ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsAuxiliary(word)
                   || word is "and" or "or" || ClaimGrammar.IsEdForm(word) || RoleAt(next) != ScoringRole.None
                ? r.Match
                : None;
        }
        return None;
    }

    bool PerpetrationFollows(int actorLast, int sentenceEnd)
    {
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Perpetration && r.First > actorLast && r.First - actorLast - 1 <= PredicateReach
                && r.First < sentenceEnd)
                return true;
        return false;
    }

    /// <summary>The first actor match starting in [from, to] in the mention's sentence; with <paramref name="stopAtVerbs"/>,
    /// none after a clause word or a form of "be".</summary>
    int ActorIn(int from, int to, bool stopAtVerbs)
    {
        for (var t = from; t <= to; t++)
        {
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Actor && r.First == t) return r.Match;
            if (stopAtVerbs && (ClaimGrammar.IsClauseWord(Word(t)) || ClaimGrammar.IsBeForm(Word(t)) || Word(t) is "by")) return None;
        }
        return None;
    }

    int ActorLast(int match)
    {
        var m = _document.Matches[match];
        return m.FirstToken + m.TokenCount - 1;
    }

    /// <summary>
    /// Frame 3: the subject of a perpetration word, a passive accusation or a denial that governs the mention.
    /// <paramref name="predicateWithoutActor"/> is set when such a predicate governs the mention but its subject is
    /// no actor ("those responsible for …").
    /// </summary>
    int PredicateActor(out bool predicateWithoutActor)
    {
        predicateWithoutActor = false;
        // The mention is itself the predicate ("Putin's troops raped and tortured", "soldiers do not rape civilians",
        // "Russian forces killed civilians"): a verb form, or a word after an auxiliary.
        var first = Word(_first);
        if ((ClaimGrammar.IsEdForm(first) || first.EndsWith("ing")
            || (_first > 0 && _document.SameClause(_first - 1, _first) && ClaimGrammar.IsAuxiliary(Word(_first - 1)) && !ClaimGrammar.IsAdverb(Word(_first - 1))))
            && !IsPassiveParticiple())
        {
            var subject = SubjectActor(_first);
            if (subject == None) subject = CoordinatedSubject();
            if (subject == None && HasPronounSubject(_first)) subject = PronounReferent();
            if (subject != None) return subject;
        }
        // Nearest predicate first.
        var roles = Roles;
        for (var i = roles.Length - 1; i >= 0; i--)
        {
            var p = roles[i];
            if (p.Last >= _first || _first - p.Last - 1 > PredicateReach) continue;
            if (p.Role is not (ScoringRole.Perpetration or ScoringRole.Accusation or ScoringRole.Denial)) continue;
            if (!_document.SameClause(p.Last, _first)) continue;
            if (p.Role == ScoringRole.Accusation && Accusation(p) != AccusationUse.Passive) continue;
            if (p.Role == ScoringRole.Denial && !IsVerbUse(p)) continue;
            if (!OnlyObjectWordsBetween(p.Last, _first)) continue;
            var subject = SubjectActor(p.First);
            if (subject != None) return subject;
            if (p.Role == ScoringRole.Perpetration) predicateWithoutActor = true;
        }
        return None;
    }

    /// <summary>
    /// Round 24: whether the mention is a passive participle — a participle ("-ed", "-en", "shot", "struck", "hit",
    /// "held", "slain") with a form of "be" among the auxiliaries right before it ("six Ukrainian soldiers were
    /// executed", "its soldiers were shot", "a prisoner being killed"; not "their operations are war crimes"): its
    /// subject is the victim, not the agent, as for an act (<see cref="ActAgent"/>), nor is the participle what its
    /// subject is (<see cref="PredicativeActor"/>); the agent is only a "by" phrase. One word only: a participle with its
    /// preposition ("were aimed at civilians", "were directed at") has the attack as its subject.
    /// </summary>
    bool IsPassiveParticiple()
    {
        var word = Word(_first);
        if (_last != _first || !ClaimGrammar.IsEdForm(word) && !word.EndsWith("en") && word is not ("shot" or "struck" or "hit" or "held" or "slain")) return false;
        var passive = false;
        for (var t = _first - 1; t >= 0 && _first - t <= 5 && _document.SameClause(t, _first) && ClaimGrammar.IsAuxiliary(Word(t)); t--)
            passive |= ClaimGrammar.IsBeForm(Word(t));
        return passive;
    }

    /// <summary>Between a predicate and the claim it governs: determiners, modifiers, hedges and coordinated claims
    /// ("committed numerous horrific atrocities", "accused of targeting civilians and committing atrocities"), but no
    /// preposition or plural noun of another phrase ("carried out investigations into war crimes").</summary>
    bool OnlyObjectWordsBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            var role = RoleAt(t);
            if (role is ScoringRole.Target or ScoringRole.Hedge or ScoringRole.Actor or ScoringRole.Perpetration) continue;
            var word = Word(t);
            if (word is "and" or "or" || ClaimGrammar.IsDeterminer(word) || ClaimGrammar.IsAdverb(word)) continue;
            // Quantities: "more than 4,000 war crimes", "at least 30 cases", "nearly 20,000 children".
            if ((Text.Tokens[t].Flags & TokenFlags.Numeric) != 0 || word is "than" or "least" or "at" or "nearly" or "almost"
                    or "about" or "around" or "roughly" or "over" or "up" or "to" or "dozens" or "hundreds" or "thousands") continue;
            if (ClaimGrammar.IsStopword(word) || ClaimGrammar.IsPluralOrVerbS(word) || role != ScoringRole.None) return false;
        }
        return true;
    }

    /// <summary>The actor that is or ends the subject of the verb at <paramref name="verb"/>: back over auxiliaries,
    /// adverbs and "be", then a noun phrase of at most <see cref="SubjectTail"/> more words after the actor.</summary>
    int SubjectActor(int verb)
    {
        var t = verb - 1;
        for (var skipped = 0; t >= 0 && skipped < 4 && _document.SameClause(t, verb) && ClaimGrammar.IsAuxiliary(Word(t)); skipped++) t--;
        if (t < 0) return None;
        var clause = verb;
        if (!_document.SameClause(t, verb))
        {
            // An appositive name between the subject and its verb: "Putin and his commissioner, Maria Lvova-Belova,
            // are accused of …" — the subject ends before it.
            var head = AppositiveHead(t, verb);
            if (head == None) return None;
            (t, clause) = (head, head);
        }
        var best = None;
        foreach (var r in Roles)
        {
            if (r.Role != ScoringRole.Actor || r.Last > t || t - r.Last > _subjectTail || !_document.SameClause(r.Last, clause)) continue;
            var ok = true;
            for (var k = r.Last + 1; k <= t && ok; k++)
            {
                var word = Word(k);
                ok = word is "and" || RoleAt(k) == ScoringRole.Actor
                     || (!ClaimGrammar.IsStopword(word) && RoleAt(k) is ScoringRole.None or ScoringRole.Event);
            }
            if (!ok) continue;
            best = r.Match;
        }
        if (best == None) best = PronounAntecedent(t, clause);
        return best;
    }

    /// <summary>
    /// The agent of an act in an infinitive ("to strike", "to deliberately target"): the subject of the verb that
    /// governs it ("Russian commanders had decided to strike power stations", "Russian forces continue to shell
    /// residential districts") or the possessive owner of a noun of intent ("Russian officials' plans to deliberately
    /// strike civilian infrastructure", "Moscow's decision to bomb homes"); none otherwise.
    /// </summary>
    int ControllerActor()
    {
        var to = _first - 1;
        if (to >= 0 && Word(to).EndsWith("ly")) to--;
        if (to < 1 || Word(to) is not "to" || !_document.SameClause(to, _first)) return None;
        var governor = to - 1;
        var word = Word(governor);
        if (_words.IntentNouns.Contains(word))
        {
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Actor && r.Last < governor && governor - r.Last <= 2 && _document.SameClause(r.Last, governor)
                    && (ClaimGrammar.IsPossessive(Word(r.Last)) || (governor - r.Last == 2 && ClaimGrammar.IsPossessive(Word(governor - 1)))
                        || (governor - r.Last == 1 && ClaimGrammar.IsAdjectival(Word(r.Last)))))
                    return r.Match;
            return None;
        }
        if (!ClaimGrammar.IsEdForm(word) && !_words.ControlVerbs.Contains(word)) return None;
        // The governing verb's subject may be a noun phrase headed after the actor ("Russian generals had decided").
        var tail = _subjectTail;
        _subjectTail = SubjectTail;
        var actor = SubjectActor(governor);
        _subjectTail = tail;
        return actor;
    }

    /// <summary>Most tokens back from a coordinated verb to the first verb of its coordination.</summary>
    const int CoordinationReach = 15;

    /// <summary>
    /// The subject of a verb coordinated before the mention, when the mention is a verb right after "and"/"or" or a
    /// comma ("Russian soldiers entered the village and shot civilians", "Russian forces occupied the city, looted homes
    /// and killed civilians"): back over at most <see cref="CoordinationReach"/> tokens of the sentence with only
    /// commas between, the nearest past-tense verb whose subject is an actor; a clause word, a reporting word or a
    /// form of "be" ends the search.
    /// </summary>
    int CoordinatedSubject()
    {
        var before = _first - 1;
        if (before < 0 || Text.Tokens[before].Sentence != Text.Tokens[_first].Sentence) return None;
        if (!(Word(before) is "and" or "or" || _document.CommasBetween(before, _first) == 1)) return None;
        for (var v = before - 1; v >= 0 && _first - v <= CoordinationReach && _document.CommasBetween(v, _first) >= 0; v--)
        {
            var word = Word(v);
            if (ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsBeForm(word) || RoleAt(v) is ScoringRole.Attribution or ScoringRole.Denial)
                return None;
            if (!ClaimGrammar.IsEdForm(word) || RoleAt(v) is not (ScoringRole.None or ScoringRole.Target)) continue;
            // The coordinated verb is the claim mention just before ("executed prisoners, raped women, bombarded cities").
            if (v == _previousLast && _previousActor != None && _previousLexicon == _rolesLexicon) return _previousActor;
            var subject = SubjectActor(v);
            if (subject != None) return subject;
            if (HasPronounSubject(v)) return PronounReferent();
        }
        return None;
    }

    /// <summary>Most words of an appositive name between commas (<see cref="AppositiveHead"/>).</summary>
    const int AppositiveWords = 4;

    /// <summary>When <paramref name="end"/> ends a name of at most <see cref="AppositiveWords"/> capitalised words set
    /// off by commas right before <paramref name="verb"/>'s clause (", Maria Lvova-Belova, are"), the last word of the
    /// noun phrase it renames (a word that is no grammar word); else <see cref="None"/>.</summary>
    int AppositiveHead(int end, int verb)
    {
        if (_document.CommasBetween(end, verb) != 1) return None;
        var start = end;
        while (start > 0 && _document.SameClause(start - 1, end)) start--;
        if (end - start + 1 > AppositiveWords || start == 0) return None;
        for (var k = start; k <= end; k++)
            if ((Text.Tokens[k].Flags & TokenFlags.Capitalized) == 0) return None;
        var head = start - 1;
        if (_document.CommasBetween(head, start) != 1 || ClaimGrammar.IsStopword(Word(head))) return None;
        return head;
    }

    /// <summary>
    /// A subject that is a pronoun, or owned by one ("Russia has denied that its troops committed atrocities", "It has
    /// deported children"): the nearest actor before the pronoun in the sentence, outside places and victims; none in
    /// the sentence leaves it to the discourse.
    /// </summary>
    /// <summary>The subject of the verb at <paramref name="verb"/> (back over its auxiliaries) is a personal pronoun or
    /// a noun phrase a possessive pronoun opens.</summary>
    bool HasPronounSubject(int verb)
    {
        var t = verb - 1;
        for (var skipped = 0; t >= 0 && skipped < 4 && _document.SameClause(t, verb) && ClaimGrammar.IsAuxiliary(Word(t)); skipped++) t--;
        return t >= 0 && _document.SameClause(t, verb) && (Word(t) is "they" or "he" or "she" or "it" || IsPronounOwnedSubject(t));
    }

    /// <summary>
    /// The subject ending at <paramref name="end"/> is a noun phrase a possessive pronoun opens ("Its forces have
    /// executed …", "their soldiers beat …"): "its"/"their" at most <see cref="SubjectTail"/> words back over content
    /// words, at the start of its clause (nothing before it in the clause but "and"/"but" or a clause word).
    /// </summary>
    bool IsPronounOwnedSubject(int end)
    {
        if (end < 0 || ClaimGrammar.IsStopword(Word(end)) || RoleAt(end) != ScoringRole.None) return false;
        for (var k = end - 1; k >= 0 && end - k <= SubjectTail && _document.SameClause(k, end); k--)
        {
            var word = Word(k);
            if (word is "its" or "their")
                return k == 0 || !_document.SameClause(k - 1, k) || Word(k - 1) is "and" or "but" || ClaimGrammar.IsClauseWord(Word(k - 1));
            if (ClaimGrammar.IsStopword(word) || RoleAt(k) != ScoringRole.None) return false;
        }
        return false;
    }

    /// <summary>
    /// Who a pronoun subject with no antecedent in its sentence stands for ("Russia has waged a war against Ukraine's
    /// civilians. Its forces have executed prisoners …", "They beat us"): the actor of the previous claim mention when it
    /// stands in this sentence or the one before; else the last actor named as a subject — not after a preposition or a
    /// form of "be" — in the two sentences before; else the actor of the text's previous claim mention.
    /// </summary>
    int PronounReferent(int speaker = None)
    {
        var matches = _document.Matches;
        var tokens = Text.Tokens;
        var sentence = tokens[_first].Sentence;
        // The events go on: the previous claim mention, in this sentence or the one before, names the agent.
        if (_discourseActor[_chain] != None && _framedSentence[_chain] >= sentence - 1 && !IsSpeaker(_discourseActor[_chain], speaker)) return _discourseActor[_chain];
        var plan = _plans[_rolesLexicon];
        var lowest = sentence - 2;
        for (var j = _index - 1; j >= 0 && tokens[matches[j].FirstToken].Sentence >= lowest; j--)
        {
            var m = matches[j];
            if (m.Lexicon != _rolesLexicon || m.FirstToken >= _first || plan.Role(m) != ScoringRole.Actor || plan.VictimEntry[m.Entry]
                || IsPronounUs(Text, m) || IsSpeaker(j, speaker)) continue; // mend48b: the speaker of a reported clause is not its pronoun
            var before = m.FirstToken - 1;
            if (before >= 0 && Word(before) is "the") before--;
            // Not the object of a preposition ("against Ukraine's civilians"), nor a predicate ("because they were Ukrainian").
            if (before >= 0 && tokens[before].Sentence == tokens[m.FirstToken].Sentence
                && (ClaimGrammar.IsPreposition(Word(before)) || ClaimGrammar.IsBeForm(Word(before)))) continue;
            return j;
        }
        return IsSpeaker(_discourseActor[_chain], speaker) ? None : _discourseActor[_chain];
    }

    /// <summary>mend48b: whether an actor match overlaps the speaker match of a reported clause (None: no speaker).</summary>
    bool IsSpeaker(int match, int speaker)
    {
        if (speaker == None || match == None) return false;
        var (m, s) = (_document.Matches[match], _document.Matches[speaker]);
        return m.FirstToken < s.FirstToken + s.TokenCount && s.FirstToken < m.FirstToken + m.TokenCount;
    }

    int PronounAntecedent(int subjectEnd, int verb)
    {
        var pronoun = None;
        for (var k = subjectEnd; k >= 0 && subjectEnd - k <= SubjectTail && _document.SameClause(k, verb); k--)
            if (Word(k) is "it" or "they" or "he" or "she" or "its" or "their" or "his" or "her")
            {
                pronoun = k;
                break;
            }
        if (pronoun == None) return None;
        var best = None;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last < pronoun && (!IsAfterFramePreposition(r) || IsSubordinateSubject(r))) best = r.Match;
        return best;
    }

    /// <summary>
    /// An actor that is the subject of a clause opened by a word that is also a preposition ("Since Moscow quit the
    /// grain deal, its forces have …", "After Russia withdrew, its troops …"): a noun actor, neither possessive nor
    /// adjectival, right after "since", "after", "before" or "until", with a word that is no stopword and no role after
    /// it (its verb). "since Russia's invasion", "after the Russian retreat" and "since Moscow, …" stay frames.
    /// </summary>
    bool IsSubordinateSubject(RoleMatch r)
    {
        if (Word(r.First - 1) is not ("since" or "after" or "before" or "until")) return false;
        var word = Word(r.Last);
        if (ClaimGrammar.IsPossessive(word) || (r.First == r.Last && ClaimGrammar.IsAdjectival(word))) return false;
        var next = r.Last + 1;
        return next < SentenceEnd() && _document.SameClause(r.Last, next) && !ClaimGrammar.IsStopword(Word(next))
               && RoleAt(next) == ScoringRole.None;
    }

    /// <summary>Frame 4: the object of an active accusation, or "accusations against" an actor.</summary>
    int AccusedActor()
    {
        var roles = Roles;
        for (var i = roles.Length - 1; i >= 0; i--)
        {
            var q = roles[i];
            if (q.Last >= _first || _document.CommasBetween(q.Last, _first) < 0) continue;
            if (q.Role == ScoringRole.Perpetration && q.First == q.Last)
            {
                // A verb with the perpetrator as object: "jails Russian militant over war crimes", "sentenced a
                // Russian citizen to life in prison for war crimes".
                var objectActor = ActorIn(q.Last + 1, Math.Min(_first - 1, q.Last + PredicateReach), stopAtVerbs: true);
                if (objectActor != None && PrepositionBetween(ActorLast(objectActor), _first)) return objectActor;
                continue;
            }
            if (q.Role != ScoringRole.Accusation) continue;
            var use = Accusation(q);
            if (use == AccusationUse.Active)
            {
                var actor = ActorIn(q.Last + 1, Math.Min(_first - 1, q.Last + PredicateReach), stopAtVerbs: false);
                if (actor != None) return actor;
            }
            else if (q.Last + 2 < _first && Word(q.Last + 1) is "against" or "for")
            {
                var actor = ActorIn(q.Last + 2, Math.Min(_first - 1, q.Last + 1 + PredicateReach), stopAtVerbs: false);
                if (actor != None) return actor;
            }
        }
        return None;
    }

    /// <summary>Whether "for", "over", "of" or "with" stands between the object of a perpetration verb and the mention,
    /// before any other verb ("sentenced a Russian citizen to life in prison for war crimes"; not "ordered US agencies
    /// to start handing the court evidence of war crimes": the object does the next verb, not the crime).</summary>
    bool PrepositionBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            var word = Word(t);
            if (word is "for" or "over" or "of" or "with") return true;
            if (word.EndsWith("ing") || ClaimGrammar.IsEdForm(word)) return false;
        }
        return false;
    }

    /// <summary>An event word of custody, whose owner holds the victims ("in Russian captivity", "in Russian custody",
    /// "in a Russian-run detention centre"): the last word of an event match, one of the rule words
    /// <see cref="ClaimRuleWords.CustodyEvents"/> or a word in <i>-run</i>. Control of territory ("during the Russian
    /// occupation", "Russian-occupied") is no custody: a casualty report there is an event.</summary>
    bool IsCustodyEvent(ReadOnlySpan<char> word) => _words.CustodyEvents.Contains(word) || word.EndsWith("-run");

    /// <summary>Frame 5: an event frame in the sentence ("during Moscow's occupation", "in Russian-occupied
    /// territories", "during the invasion of Ukraine"); with <paramref name="custodyOnly"/> only an event of custody ("in
    /// Russian captivity", "in a Russian-run detention centre").</summary>
    int EventActor(bool custodyOnly = false)
    {
        var best = None;
        var bestDistance = int.MaxValue;
        foreach (var e in Roles)
        {
            if (e.Role != ScoringRole.Event || (custodyOnly && !IsCustodyEvent(Word(e.Last)))) continue;
            var actor = None;
            var start = e.First;
            // The event names its agent itself (an entry with an actor category too).
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Actor && r.First == e.First && r.Last == e.Last) actor = r.Match;
            // An actor that owns the event noun: "Moscow's occupation", "Russian occupation", "Russia's full-scale invasion".
            if (actor == None)
                foreach (var r in Roles)
                    if (r.Role == ScoringRole.Actor && r.Last < e.First && e.First - r.Last - 1 <= 1
                        && (ClaimGrammar.IsPossessive(Word(r.Last)) || ClaimGrammar.IsAdjectival(Word(r.Last))))
                    {
                        actor = r.Match;
                        start = r.First;
                    }
            if (actor == None) continue;
            // It is a frame: a place, time or circumstance preposition (and maybe a determiner) before it.
            var p = start - 1;
            if (p >= 0 && ClaimGrammar.IsDeterminer(Word(p)) && Text.Tokens[p].Sentence == Text.Tokens[start].Sentence) p--;
            if (p < 0 || Text.Tokens[p].Sentence != Text.Tokens[start].Sentence || !ClaimGrammar.IsFramePreposition(Word(p))) continue;
            if (e.Last >= _first && e.First <= _last) continue;
            var distance = e.First > _last ? e.First - _last : _first - e.Last;
            if (distance < bestDistance)
            {
                best = actor;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// Frame 7 (victims): the claim's victims imply who harmed them (a victim entry's actor category): victims named in
    /// the claim's own words ("deportation of Ukrainian children"), after it ("torture of Ukrainian detainees",
    /// "crimes against Ukrainians", "attacks on Ukrainian cities"), or as the subject of a passive claim ("Ukrainian
    /// civilians were tortured").
    /// </summary>
    int VictimActor()
    {
        foreach (var v in Roles)
        {
            if (v.Role != ScoringRole.Victim) continue;
            if (v.First <= _last && v.Last >= _first) return v.Match; // inside the claim's own words
            if (v.First > _last && v.First - _last - 1 <= 3 && _document.SameClause(_last, v.First))
            {
                // The preposition may end the mention itself ("strikes on Ukrainian cities").
                var linked = Word(_last) is "of" or "against" or "on" or "upon";
                for (var t = _last + 1; t < v.First; t++)
                {
                    var word = Word(t);
                    if (word is "of" or "against" or "on" or "upon" or "targeting") linked = true;
                    else if (!(ClaimGrammar.IsDeterminer(word) || (Text.Tokens[t].Flags & TokenFlags.Numeric) != 0 || !ClaimGrammar.IsStopword(word)))
                    {
                        linked = false;
                        break;
                    }
                }
                if (linked) return v.Match;
            }
            if (v.Last < _first && _first - v.Last - 1 <= 3 && _document.SameClause(v.Last, _first))
            {
                var passive = false;
                for (var t = v.Last + 1; t < _first; t++) passive |= ClaimGrammar.IsBeForm(Word(t));
                if (passive && ClaimGrammar.IsEdForm(Word(_first)))
                    return v.Match;
            }
        }
        return None;
    }

    /// <summary>Frame 6: "those responsible for war crimes, up to the Kremlin's leadership".</summary>
    int AppositionActor()
    {
        PredicateActor(out var predicateWithoutActor);
        if (!predicateWithoutActor) return None;
        var sentenceEnd = SentenceEnd();
        for (var t = _last + 1; t < sentenceEnd - 1 && t - _last <= ActorAfter + PredicateReach; t++)
        {
            if (_document.SameClause(_last, t) || !ClaimGrammar.IsAppositionOpener(Word(t))) continue;
            if (_document.SameClause(t - 1, t)) continue; // the opener starts its clause
            return ActorIn(t + 1, Math.Min(sentenceEnd - 1, t + PredicateReach), stopAtVerbs: true);
        }
        return None;
    }

    /// <summary>Frame 7: the actor of a claim mention just before in the same clause ("… of targeting civilians and
    /// committing atrocities").</summary>
    int CoordinatedActor()
    {
        if (_previousActor == None || _previousSentence != Text.Tokens[_first].Sentence || _previousLexicon != _rolesLexicon) return None;
        if (_previousLast >= _first || _first - _previousLast - 1 > PredicateReach || !_document.SameClause(_previousLast, _first)) return None;
        for (var t = _previousLast + 1; t < _first; t++)
        {
            if (RoleAt(t) is ScoringRole.Actor or ScoringRole.Attribution or ScoringRole.Denial) return None;
            if (ClaimGrammar.IsClauseWord(Word(t))) return None;
        }
        return _previousActor;
    }

    /// <summary>
    /// The claim details the rules give a mention at match <paramref name="index"/> against actor category
    /// <paramref name="actor"/> when they made none there themselves: the framing and marker by the same rules as
    /// <see cref="Score"/> (denial, hedge, scare quotes, attribution, by precedence, in the mention's clause and
    /// sentence). For the trained claim-sentence detector (<see cref="ClaimSentenceDetector"/>), after every mention of
    /// the rules is scored.
    /// </summary>
    internal ClaimDetail FrameAt(int index, int actor, string targetKey)
    {
        var target = _document.Matches[index];
        _first = target.FirstToken;
        _last = _first + target.TokenCount - 1;
        _index = index;
        _rolesSentence = -1; // a fresh window: the rules' mentions moved it past this one
        PrepareSentence(index, Text.Tokens[_first].Sentence, target.Lexicon);
        while (_lo < _roles.Count && _roles[_lo].Last < _first - SentenceReach) _lo++;
        _hi = _lo;
        while (_hi < _roles.Count && _roles[_hi].First <= _last + SentenceReach) _hi++;
        _chain = target.Lexicon * 2 + (Text.Tokens[_first].Voice == Voice.Comments ? 1 : 0);
        _actorCategory = actor;
        var actorKey = _plans[target.Lexicon].CategoryKeys[actor];
        return Framed(targetKey, actorKey);
    }

    /// <summary>
    /// Mentions before the first one whose sentence names an actor belong to the same event as the mentions after them
    /// (a headline and lead before the paragraph that says who did it): each takes the actor of the next mention of its
    /// own target, lexicon and voice group that has one, else of the next mention of its lexicon and voice group (round
    /// 27: a deportation told before a shelling is not the shelling's). (Later mentions without an actor took the
    /// previous one while scored.)
    /// </summary>
    internal void FillUnknownActors(List<Evidence> evidence)
    {
        Dictionary<(int, bool), string>? next = null;
        Dictionary<(int, bool, string), string>? nextOfTarget = null;
        string?[]? documentActors = null;
        for (var i = evidence.Count - 1; i >= 0; i--)
        {
            if (evidence[i].Claim is not { } claim) continue;
            var key = (evidence[i].Lexicon, evidence[i].Voice == Voice.Comments);
            var ownKey = (key.Item1, key.Item2, claim.Target);
            if (claim.Actor != UnknownActor) ((next ??= [])[key], (nextOfTarget ??= [])[ownKey]) = (claim.Actor, claim.Actor);
            else if (nextOfTarget is not null && nextOfTarget.TryGetValue(ownKey, out var own)) evidence[i] = evidence[i] with { Claim = claim with { Actor = own } };
            else if (next is not null && next.TryGetValue(key, out var actor)) evidence[i] = evidence[i] with { Claim = claim with { Actor = actor } };
            else if (evidence[i].Voice != Voice.Comments)
            {
                // No mention of the text names an actor: the one the text is about, when one actor has most of its cues.
                documentActors ??= DocumentActors();
                if (documentActors[evidence[i].Lexicon] is { } about) evidence[i] = evidence[i] with { Claim = claim with { Actor = about } };
            }
        }
    }

    /// <summary>
    /// Per lexicon, the actor most of the text's actor cues name (outside reader comments, places — "in Ukraine" — and
    /// victims), when it has more than half of them; else null.
    /// </summary>
    string?[] DocumentActors()
    {
        var result = new string?[_plans.Length];
        var counts = new Dictionary<(int Lexicon, int Category), int>();
        var totals = new int[_plans.Length];
        var tokens = Text.Tokens;
        foreach (var m in _document.Matches)
        {
            var plan = _plans[m.Lexicon];
            if (!plan.IsClaims || plan.Role(m) != ScoringRole.Actor || plan.VictimEntry[m.Entry] || IsPronounUs(Text, m)) continue;
            if (tokens[m.FirstToken].Voice is Voice.Comments or Voice.None) continue;
            if (m.FirstToken > 0 && tokens[m.FirstToken - 1].Sentence == tokens[m.FirstToken].Sentence
                && ClaimGrammar.IsFramePreposition(Word(m.FirstToken - 1)) && !ClaimGrammar.IsPossessive(Word(m.FirstToken + m.TokenCount - 1)))
                continue;
            counts[(m.Lexicon, m.Category)] = counts.GetValueOrDefault((m.Lexicon, m.Category)) + 1;
            totals[m.Lexicon]++;
        }
        foreach (var ((lexicon, category), count) in counts)
            if (count >= DocumentActorCues && count * 2 > totals[lexicon]) result[lexicon] = _plans[lexicon].CategoryKeys[category];
        return result;
    }

    // ----- Framing -----

    enum AccusationUse : byte
    {
        /// <summary>Someone accuses: a verb with its subject and object ("Kyiv accused Moscow of"), a participle
        /// after a comma ("…, accusing him of"), a passive with its agent ("accused by Kyiv of"), a claim noun with
        /// its owner ("Kyiv's accusations of").</summary>
        Active,
        /// <summary>Nobody accuses: a passive or participle without agent ("is accused of", "personnel accused of").</summary>
        Passive,
        /// <summary>A claim noun without owner ("accusations of genocide", "amid charges of torture").</summary>
        Nominal,
    }

    /// <summary>A claim noun after <i>without</i> or <i>no</i> (<i>any</i> between at most): "without charge", "no
    /// charges were filed" — an accusation nobody made (mend44).</summary>
    bool IsAbsentCharge(RoleMatch q)
    {
        if (!IsNounForm(Word(q.First))) return false;
        var b = q.First - 1;
        if (b >= 0 && Word(b) is "any") b--;
        return b >= 0 && Text.Tokens[b].Sentence == Text.Tokens[q.First].Sentence && Word(b) is "without" or "no";
    }

    AccusationUse Accusation(RoleMatch q)
    {
        var verb = Word(q.First);
        var after = q.Last + 1;
        var sentenceEnd = SentenceEnd();
        var before = q.First - 1;
        var sameSentenceBefore = before >= 0 && Text.Tokens[before].Sentence == Text.Tokens[q.First].Sentence;
        var beforeWord = sameSentenceBefore ? Word(before) : default;

        // A claim noun ("accusations", "charges", "allegation", "accusation"): owned or not. "to charge", "will charge"
        // are verbs.
        if (IsNounForm(verb) && !(sameSentenceBefore && (beforeWord is "to" || (ClaimGrammar.IsAuxiliary(beforeWord) && !ClaimGrammar.IsDeterminer(beforeWord)))))
        {
            if (sameSentenceBefore && ClaimGrammar.IsPossessive(beforeWord)) return AccusationUse.Active;
            if (after < sentenceEnd && Word(after) is "by" or "from") return AccusationUse.Active;
            return AccusationUse.Nominal;
        }
        // "allege" (claims round 45, mended) accuses only with its subject right before it ("prosecutors allege that"):
        // after "to", a modal or auxiliary, or "not / never" ("too early to allege", "few would allege", "did not
        // allege", "nobody can seriously allege"), or with no subject, nobody accuses — a hedge as before.
        // With its subject it accuses, whatever word the subject ends in ("Both allege" — a determiner elsewhere).
        if (verb is "allege") return HasAllegeSubject(q.First) ? AccusationUse.Active : AccusationUse.Passive;
        // An agent after a passive: "accused by Kyiv of", "accused of war crimes by Ukraine" (not the agent of a verb
        // after it: "accused of war crimes committed by Russian forces").
        for (var t = after; t < sentenceEnd && t - after <= AttributionAfter && _document.SameClause(q.Last, t); t++)
        {
            var word = Word(t);
            if (word is "by") return AccusationUse.Active;
            if (RoleAt(t) is ScoringRole.Perpetration || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsEdForm(word)) break;
        }
        // A finite verb of an object relative clause: its subject stands right before it ("whom it accuses of
        // torturing detainees", "whom prosecutors accuse of"), or the verb's -s form can only be active ("it accuses").
        if (ActiveAccusationVerb(q, sameSentenceBefore ? before : None)) return AccusationUse.Active;
        // Directly followed by "of", "with", "for", "on": no object, so a passive or a participle.
        var lastWord = Word(q.Last);
        if (lastWord is "of" or "with" or "for" or "on" || (after < sentenceEnd && Word(after) is "of" or "with" or "for" or "on" or "in"))
            return AccusationUse.Passive;
        if (sameSentenceBefore && (ClaimGrammar.IsBeForm(beforeWord) || ClaimGrammar.IsDeterminer(beforeWord))) return AccusationUse.Passive;
        // A verb with an object ("Kyiv accused Moscow of", "…, accusing him of", "Accusing Russia of …"): someone accuses.
        return AccusationUse.Active;
    }

    /// <summary>Whether a comma and <i>but</i> (or <i>yet</i>) open a new clause between tokens <paramref name="from"/>
    /// and <paramref name="to"/>.</summary>
    bool ButClauseBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (Word(k) is "but" or "yet" && _document.CommasBetween(k - 1, k) == 1) return true;
        return false;
    }

    /// <summary>Whether the verb <i>allege</i> at <paramref name="verb"/> has a subject before it (adverbs between at
    /// most): any word but <i>to</i>, a modal or auxiliary, <i>not, never</i> or a form in <i>-n't</i> (claims round 45,
    /// mended; second mend: "Both allege", "the families of those held there allege", "Survivors interviewed by us
    /// allege"). A comma right before closes a parenthesis: the subject is the word before its opening comma
    /// ("Prosecutors, who interviewed 40 of them, allege"). A <i>to</i> that ends a contact relative clause is a
    /// stranded preposition, not an infinitive ("The witnesses we spoke to allege"): a subject pronoun, then a verb of
    /// <c>stranded_to_verbs</c> (<i>spoke, talked, wrote, reached out …</i>); any other verb makes it an infinitive
    /// ("The evidence we need to allege", third mend).</summary>
    bool HasAllegeSubject(int verb)
    {
        var sentenceStart = Text.Sentences[Text.Tokens[verb].Sentence].FirstToken;
        var s = verb - 1;
        // "Both allege": the sentence's first word is the subject, whatever else it can be.
        while (s > sentenceStart && ClaimGrammar.IsAdverb(Word(s))) s--;
        if (s < sentenceStart) return false;
        // "Ukraine's prosecutors, who have opened proceedings under …, allege that": a comma closes a parenthesis.
        if (_document.CommasBetween(s, s + 1) > 0)
        {
            for (var o = s - 1; o >= sentenceStart; o--)
                if (_document.CommasBetween(o, o + 1) > 0)
                {
                    s = o;
                    break;
                }
        }
        var word = Word(s);
        if (word is "to")
        {
            // "we spoke to", "they reached out to": a subject pronoun, then a verb that strands "to"
            // (stranded_to_verbs), over "out"; not "we need to allege", "they used to allege" (third mend).
            var v = s - 1;
            if (v > sentenceStart && Word(v) is "out") v--;
            if (v - 2 >= sentenceStart && _words.StrandedToVerbs.Contains(Word(v))
                && Word(v - 1) is "we" or "they" or "i" or "you" or "he" or "she" && !ClaimGrammar.IsStopword(Word(v - 2)))
                return true;
        }
        return !(word is "to" or "not" or "never" || word.EndsWith("n't") || ClaimGrammar.IsAuxiliary(word));
    }

    /// <summary>An accusation verb with its subject before it and its object moved away: a subject pronoun right
    /// before it ("whom it accuses of"), the relative "whom" at most three words before it with no form of "be" between
    /// ("whom prosecutors accuse of"), or the third-person form "accuses" (never a participle).</summary>
    bool ActiveAccusationVerb(RoleMatch q, int before)
    {
        var verb = Word(q.First);
        if (!verb.StartsWith("accus")) return false;
        if (verb is "accuses") return true;
        if (before == None) return false;
        if (Word(before) is "it" or "he" or "she" or "they" or "we" or "i" or "you") return true;
        for (var t = before; t >= 0 && before - t < 3 && _document.SameClause(t, q.First); t--)
        {
            var word = Word(t);
            if (ClaimGrammar.IsBeForm(word)) return false;
            if (word is "whom") return true;
        }
        return false;
    }

    static bool IsNounForm(ReadOnlySpan<char> word) =>
        word.EndsWith("tion") || word.EndsWith("tions") || word is "charges" or "charge" or "claims" or "claim"
            or "allegations" or "allegation" or "indictment" or "indictments" or "warrant" or "warrants" or "case";

    /// <summary>A verb used as a verb ("Moscow denied", "officials said", "…, saying"), not a noun or adjective after
    /// a determiner or preposition ("the reported attacks", "in a statement", "of alleged crimes").</summary>
    bool IsVerbUse(RoleMatch r)
    {
        var before = r.First - 1;
        if (before < 0 || Text.Tokens[before].Sentence != Text.Tokens[r.First].Sentence) return true;
        // A subject and its verb in one entry ("the officials said", "an official said"): the determiner is the
        // subject's, the verb is used as a verb.
        if (r.Last > r.First && Word(r.Last) is "said" or "say" or "says") return true;
        var word = Word(before);
        // A quantifier standing alone is the verb's subject: "Many said they had been …", "some say".
        if (word is "many" or "most" or "some" or "several" or "all" or "both" or "others" or "few"
            && Word(r.First) is "said" or "say" or "told" or "described" or "recounted" or "recalled" or "testified")
            return true;
        // "to" before a verb is its infinitive ("voted to call Russia's actions genocide"), not a preposition; so is
        // "since" after a perfect's auxiliary an adverb ("investigators have since concluded that …"; not "since reports").
        if (word is "since" && before > 0 && Word(before - 1) is "has" or "have" or "had") return true;
        return word is "to" || !(ClaimGrammar.IsDeterminer(word) || ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsPossessive(word));
    }

    /// <summary>Whether the mention is the complement of an evidence noun ("evidence of", "intelligence on",
    /// "information about"): the crime the evidence is of is presupposed, whoever reports on the material.</summary>
    bool IsEvidenceComplement()
    {
        var t = _first - 1;
        // Back over the mention's determiner and modifiers ("evidence of the deliberate targeting", "intelligence on
        // Russia's atrocities").
        for (var skipped = 0; t >= 0 && skipped < 3 && _document.SameClause(t, _first); skipped++)
        {
            var word = Word(t);
            if (RoleAt(t) is ScoringRole.Actor || (RoleAt(t) == ScoringRole.None && (ClaimGrammar.IsDeterminer(word) || !ClaimGrammar.IsStopword(word))))
                t--;
            else break;
        }
        if (t < 1 || Word(t) is not ("of" or "on" or "about" or "concerning") || !_document.SameClause(t - 1, _first)
            || !IsPresupposingEvidenceNoun(Word(t - 1))) return false;
        // Not when the report is about the evidence itself: what it holds ("the material includes evidence on …") or
        // how someone describes it ("described the intelligence on the killings as …").
        var k = t - 2;
        if (k >= 0 && ClaimGrammar.IsDeterminer(Word(k))) k--;
        return k < 0 || !_document.SameClause(k, _first)
               || (RoleAt(k) != ScoringRole.Attribution && Word(k) is not ("includes" or "include" or "included" or "including"
                   or "contains" or "contain" or "contained" or "containing" or "covers" or "cover" or "covered" or "covering"));
    }

    /// <summary>Most tokens from the verb of <see cref="IsEvidenceSubject"/> to the mention (the second of two
    /// coordinated objects: "concerns, in particular, the deliberate strikes by Russian troops on Ukraine's energy
    /// infrastructure and the deportation of Ukrainian children").</summary>
    internal const int EvidenceObjectReach = 16;

    /// <summary>
    /// The mention is the object of material that is about it (round 29): "the evidence concerns, in particular, the
    /// deportation of Ukrainian children", "much of that material concerned strikes on Ukraine's power grid" — the
    /// crime is presupposed as in "evidence of" (<see cref="IsEvidenceComplement"/>), whoever reports what the material
    /// holds. A presupposing evidence noun right before <c>concerns</c>, <c>concerned</c>, <c>covers</c> or
    /// <c>covered</c>, the mention at most <see cref="EvidenceObjectReach"/> tokens after it in its sentence, with no
    /// clause word, auxiliary or other verb between and at most one parenthetical set off by commas ("in particular").
    /// </summary>
    bool IsEvidenceSubject()
    {
        var sentenceStart = Text.Sentences[Text.Tokens[_first].Sentence].FirstToken;
        for (var v = _first - 1; v > sentenceStart && _first - v <= EvidenceObjectReach; v--)
        {
            var word = Word(v);
            if (word is "concerns" or "concerned" or "covers" or "covered")
                return IsPresupposingEvidenceNoun(Word(v - 1)) && _document.CommasBetween(v, _first) is 0 or 2;
            if (ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsAuxiliary(word) || RoleAt(v) is ScoringRole.Attribution
                or ScoringRole.Perpetration or ScoringRole.Denial or ScoringRole.Accusation) return false;
        }
        return false;
    }

    /// <summary>
    /// A noun for material whose complement a reader takes as presupposed ("evidence of", "proof of"): a narrower set
    /// than <see cref="ClaimRuleWords.EvidenceNouns"/>, whose "findings", "testimony", "accounts" or "statements" of a
    /// crime report it rather than presuppose it.
    /// </summary>
    bool IsPresupposingEvidenceNoun(ReadOnlySpan<char> word) => _words.PresupposingEvidenceNouns.Contains(word);

    /// <summary>An agentless "as"-clause ("As noted, …", "as reported above"): the writer's cross-reference to what
    /// the text has said, nobody's report.</summary>
    bool IsCrossReference(RoleMatch r) =>
        r.First == r.Last && r.First > 0 && Word(r.First - 1) is "as" && Word(r.First) is "noted" or "reported" or "mentioned" or "stated"
            && Text.Tokens[r.First - 1].Sentence == Text.Tokens[r.First].Sentence;

    /// <summary>
    /// Whether the mention is one participle used as an adjective of its victims (round 32): <i>deported children</i>,
    /// <i>deported Ukrainian children</i>, <i>abducted children</i> — its cue right after it (one word between at most,
    /// no determiner or preposition), and before it no subject: a determiner, quantifier, number, preposition, a verb in
    /// <i>-ing</i> or the sentence's start (<i>returning all deported children</i>, <i>tracking deported Ukrainian
    /// children</i>, <i>more than 20,300 deported children</i>). Not <i>Russia deported children</i> (a subject) or
    /// <i>were deported</i> (a passive).
    /// </summary>
    bool IsAdjectivalParticiple()
    {
        var participle = Word(_first);
        if (!ClaimGrammar.IsEdForm(participle) && !(participle.Length > 4 && participle.EndsWith("en"))) return false;
        if (_first == _last)
        {
            // One participle: its cue, the victims, right after it.
            var c = _document.CueOf(_index, _plans[_rolesLexicon]);
            if (c < 0) return false;
            var cue = _document.Matches[c].FirstToken;
            if (cue <= _last || cue - _last - 1 > 1 || !_document.SameClause(_last, cue)) return false;
            if (cue == _last + 2 && (ClaimGrammar.IsDeterminer(Word(_last + 1)) || ClaimGrammar.IsPreposition(Word(_last + 1)))) return false;
        }
        else
        {
            // A phrase entry: the participle and its noun ("deported children"), nothing but modifiers between.
            for (var t = _first + 1; t <= _last; t++)
                if (ClaimGrammar.IsDeterminer(Word(t)) || ClaimGrammar.IsPreposition(Word(t)) || ClaimGrammar.IsAuxiliary(Word(t))) return false;
        }
        var sentenceStart = Text.Sentences[Text.Tokens[_first].Sentence].FirstToken;
        if (_first == sentenceStart) return true;
        var before = Word(_first - 1);
        return _document.SameClause(_first - 1, _first) && !ClaimGrammar.IsClauseWord(before)
               && (ClaimGrammar.IsDeterminer(before) || ClaimGrammar.IsPreposition(before) || ClaimGrammar.IsNumberWord(before)
                   || (Text.Tokens[_first - 1].Flags & TokenFlags.Numeric) != 0 || before.EndsWith("ing") || before is "than" or "all");
    }

    /// <summary>"reported" or "claimed" used as a modifier right before the mention, after a determiner or
    /// preposition ("the reported abduction", "into reported torture"), at most two words between, no comma.</summary>
    bool IsHedgingModifier(RoleMatch r, int gap) =>
        r.First == r.Last && gap <= 2 && Word(r.First) is "reported" or "claimed" && !IsVerbUse(r)
            && _document.SameClause(r.First, _first) && _document.CommasBetween(r.Last, _first) == 0;

    /// <summary>The framing and its marker: a lexicon match, or a span of text (scare quotes, a headline credit) of the
    /// given kind.</summary>
    (Framing Framing, int Marker, TextSpan? Span, MarkerKind SpanKind) DecideFraming()
    {
        Candidate denial = new(None, int.MaxValue), hedge = new(None, int.MaxValue), attribution = new(None, int.MaxValue);
        var presupposed = IsPresupposed();
        // "hand over evidence of the deliberate targeting …, officials said": what someone reports is the handing
        // over; the outlet presupposes the crime the evidence is of (tests/validation/README.md, "asserted").
        var evidence = Text.Tokens[_first].Voice == Voice.Outlet && (IsEvidenceComplement() || IsEvidenceSubject());
        var claimNoun = ClaimNounFollows() || IsClaimNounComplement();
        var quoted = Text.Tokens[_first].Voice == Voice.Quotation;
        var adjectival = Text.Tokens[_first].Voice == Voice.Outlet && IsAdjectivalParticiple();

        foreach (var r in Roles)
        {
            if (r.Role is ScoringRole.None or ScoringRole.Target or ScoringRole.Actor or ScoringRole.Perpetration or ScoringRole.Event) continue;
            bool before;
            int gap;
            if (r.Last < _first) (before, gap) = (true, _first - r.Last - 1);
            else if (r.First > _last) (before, gap) = (false, r.First - _last - 1);
            else continue; // overlapping the mention
            var sameClause = before ? _document.SameClause(r.First, _first) : _document.SameClause(_last, r.First);
            switch (r.Role)
            {
                case ScoringRole.Denial:
                    if (IsNegatedDenial(r)) break;
                    if (IsOtherSenseOfDenial(r) || IsRuledOutDenial(r)) break;
                    // "called the video a staged fake and accused Ukraine of torturing prisoners": the accusation verb
                    // nearer the mention governs it; the denial is the coordinated predicate before (round 36).
                    if (before && AccusationVerbBetween(r)) break;
                    // After a story or claim the mention names, its predicate: "Kyiv's 'atrocities' story is a crude staging".
                    if (sameClause && gap <= (before ? DenialBefore : claimNoun ? DenialAfter + AttributionAfter : DenialAfter)) Keep(ref denial, r.Match, gap);
                    // "…, from the staged footage in Bucha": a denial word after a determiner describes its own noun.
                    else if (before ? !presupposed && Governs(r, quoted) : EndsSentence(r, quoted) && IsVerbUse(r))
                        Keep(ref denial, r.Match, gap); // "…, a finding Moscow rejects."
                    break;
                case ScoringRole.Hedge:
                    if ((before && CoordinatedComplementBetween(r, _first)) || IsNegatedWhether(r)) break;
                    if (sameClause && gap <= (before ? HedgeBefore : HedgeAfter) && !(before ? IsNewPhraseAfterModifier(r) : HedgesPredicate(r)))
                        Keep(ref hedge, r.Match, gap);
                    // A parenthetical hedge right after the mention: "Atrocities, if proven, must be punished".
                    else if (!before && gap == 0 && _document.CommasBetween(_last, r.First) == 1) Keep(ref hedge, r.Match, gap);
                    break;
                case ScoringRole.Accusation:
                    // "detained the mayor without charge": a charge nobody brought governs nothing (mend44).
                    if (IsAbsentCharge(r)) break;
                    var use = Accusation(r);
                    if (evidence && use == AccusationUse.Active) break;
                    var local = sameClause && gap <= (before ? HedgeBefore : HedgeAfter);
                    if (use == AccusationUse.Active)
                    {
                        // An accuser's reach stays in its clause: "Nobody can seriously allege that …, but Russian
                        // troops tortured them" — the "but" clause is the writer's (claims round 45, mended).
                        if (local || (before && (!presupposed || gap <= HedgeBefore) && _document.CommasBetween(r.Last, _first) >= 0 && !ButClauseBetween(r.Last, _first)))
                            Keep(ref attribution, r.Match, gap);
                    }
                    else if (local) Keep(ref hedge, r.Match, gap);
                    break;
                case ScoringRole.Attribution:
                    if (evidence && !IsAgentlessRaising(r)) break;
                    // "says more than 20,300 deported children have been identified": a participle that describes its
                    // victims presupposes the act; what is reported is about them (round 32).
                    if (adjectival && !IsAgentlessRaising(r) && !ReportsComplementAfter(r)) break;
                    // "intercepts said to show …", "the files are reported to include …": nobody says it; a hedge.
                    if (IsAgentlessRaising(r))
                    {
                        if (before && ((sameClause && gap <= HedgeBefore) || (!presupposed && Governs(r, quoted)))) Keep(ref hedge, r.Match, gap);
                        break;
                    }
                    // "the reported abduction of children", "into reported torture", "the claimed removal": a
                    // participle modifying the claim keeps the outlet's distance; nobody is named as saying it.
                    if (before && IsHedgingModifier(r, gap))
                    {
                        Keep(ref hedge, r.Match, gap);
                        break;
                    }
                    if (!IsReportingUse(r) || (!before && (OpensClause(r) || ReportsOwnClause(r) || ReportsComplementAfter(r) || HasOwnComplement(r))) || IsCrossReference(r)) break;
                    // "the summary killings found after earlier withdrawals", "its killing of civilians has been
                    // documented by the UN": the act is the subject of a participle of finding — found, not said.
                    if (!before && (IsFindingPassive(r) || IsFindingAfterComplement(r))) break;
                    if (before ? sameClause && gap <= AttributionBefore
                               : gap <= AttributionAfter && _document.CommasBetween(_last, r.First) is 0 or 1)
                        Keep(ref attribution, r.Match, gap);
                    else if (!presupposed && (before ? Governs(r, quoted) : EndsSentence(r, quoted) || EndsClauseSignOff(r)))
                        Keep(ref attribution, r.Match, gap);
                    break;
            }
        }
        if (denial.Match != None) return (Framing.Denied, denial.Match, null, MarkerKind.Term);
        if (NegatedClaim() is { } negation) return (Framing.Denied, None, negation, MarkerKind.Term);
        if (CounterDescription() is { } counter) return (Framing.Denied, None, counter, MarkerKind.Term);
        if (hedge.Match != None) return (Framing.Hedged, hedge.Match, null, MarkerKind.Term);
        if (OpeningWhether() is { } whether) return (Framing.Hedged, None, whether, MarkerKind.Term);
        if (AgentlessNaming() is { } naming && !AttributedBesides(attribution.Match, naming)) return (Framing.Hedged, None, naming, MarkerKind.Term);
        if (ContentOfClaimNoun() is { } claimNounSpan) return (Framing.Hedged, None, claimNounSpan, MarkerKind.Term);
        if (ScareQuoteOnClaim() is { } scare) return (Framing.Hedged, None, scare, MarkerKind.ScareQuotes);
        if (ConditionalClause() is { } condition) return (Framing.Hedged, None, condition, MarkerKind.Term);
        if (PreposedCondition() is { } preposed) return (Framing.Hedged, None, preposed, MarkerKind.Term);
        if (ConditionedConsequent() is { } consequent) return (Framing.Hedged, None, consequent, MarkerKind.Term);
        if (InOpeningCondition() is { } opening) return (Framing.Hedged, None, opening, MarkerKind.Term);
        if (HeadlineQuestion() is { } question) return (Framing.Hedged, None, question, MarkerKind.Term);
        if (attribution.Match != None) return (Framing.Attributed, attribution.Match, null, MarkerKind.Term);
        if (ZeroThatClaims() is { } claimsVerb) return (Framing.Attributed, None, claimsVerb, MarkerKind.Term); // round 58
        if (quoted && QuotationReport() is var report and not None) return (Framing.Attributed, report, null, MarkerKind.Term);
        if (HeadlineCredit() is { } credit) return (Framing.Attributed, None, credit, MarkerKind.Term);
        if (Classification() is { } classification) return (Framing.Attributed, None, classification, MarkerKind.Term);
        if (evidence) return (Framing.Asserted, None, null, MarkerKind.Term);
        if (Text.Tokens[_first].Voice == Voice.Outlet)
        {
            if (NominalSource() is { } nominal) return (Framing.Attributed, None, nominal, MarkerKind.Term);
            if (OwnedReportContent() is { } owned) return (Framing.Attributed, None, owned, MarkerKind.Term);
            if (SourceAdjunct() is { } adjunct) return (Framing.Attributed, None, adjunct, MarkerKind.Term);
            if (CarriedAttribution() is var carried and not None) return (Framing.Attributed, carried, null, MarkerKind.Term);
        }
        return (Framing.Asserted, None, null, MarkerKind.Term);
    }

    /// <summary>
    /// Whether a verb of accusing (<i>accuse, accuses, accused, accusing</i>: an accusation entry in a verb form, not a
    /// noun such as <i>accusations</i>) stands between a denial before the mention and the mention, in the mention's
    /// sentence (claims round 36). In "Moscow says the video is staged and accuses Ukraine of torturing Russian
    /// prisoners", "dismissed as a staged fake a video …, and accused Kyiv of mistreating Russian servicemen", "called
    /// the watchdog's report a staged provocation and accused Ukraine of using chemical agents" the mention is the
    /// object of the accusation, a second predicate coordinated with the first: what the denial denies is the other
    /// side's claim, and what the sentence reports about the mention is the accusation. Only the accusation's own
    /// complement: "of" after the verb (its object between), the mention at most <see cref="AttributionBefore"/>
    /// tokens after the verb in its clause, no clause word (<i>who, which, that</i>) between.
    /// </summary>
    bool AccusationVerbBetween(RoleMatch denial)
    {
        foreach (var q in Roles)
        {
            if (q.Role != ScoringRole.Accusation || q.First <= denial.Last || q.Last >= _first) continue;
            if (Text.Tokens[q.First].Sentence != Text.Tokens[_first].Sentence) continue;
            if (Word(q.First) is not ("accuse" or "accuses" or "accused" or "accusing")) continue;
            if (_first - q.Last - 1 > AttributionBefore) continue;
            // The mention is the accusation's own "of" complement: "accused Ukraine of torturing", no clause between.
            var of = Word(q.Last) is "of";
            for (var t = q.Last + 1; t < _first && !ClaimGrammar.IsClauseWord(Word(t)); t++)
                if (Word(t) is "of") { of = true; break; }
            if (of && _document.SameClause(q.Last, _first)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an attribution after the mention is a participle of finding (<see cref="ClaimRuleWords.FindingParticiples"/>)
    /// whose subject the mention is (claims round 32): right after it, or after auxiliaries only (<i>has been, were,
    /// is</i>), at most one comma between — a passive or a reduced relative. The sentence states the act as found; who
    /// found it (<i>by the UN</i>) is the evidence, not the source of a report. The active (<i>the mission found
    /// torture</i>, <i>investigators documented</i>) still attributes.
    /// </summary>
    bool IsFindingPassive(RoleMatch r)
    {
        if (r.First != r.Last || !_words.FindingParticiples.Contains(Word(r.First))) return false;
        for (var t = _last + 1; t < r.First; t++)
            if (!ClaimGrammar.IsAuxiliary(Word(t))) return false;
        return _document.CommasBetween(_last, r.First) is 0 or 1;
    }

    /// <summary>Most tokens between "as" and the mention it classifies (a determiner and an adjective: "as a grave war
    /// crime").</summary>
    internal const int ClassificationComplement = 3;

    /// <summary>Most tokens from a classifying word to its "as" (the act classified: "recognised the drone attacks of
    /// the russian army on residents of Kherson region as …").</summary>
    internal const int ClassificationObject = 12;

    /// <summary>
    /// A classification names whose reading the claim is (round 29): a prosecutor, court or commission that classifies,
    /// qualifies, recognises, regards or characterises an act as the crime reports its own legal reading, as "described
    /// as" does ("opened a case, classifying the shooting as a war crime", "the strike, which the Office qualifies as a
    /// war crime", "recognised the drone attacks as crimes against humanity", "the characterisation of grid strikes as
    /// crimes against humanity"). "as" at most <see cref="ClassificationComplement"/> tokens before the mention, the
    /// classifying word at most <see cref="ClassificationObject"/> tokens before "as" in its clause. An intransitive
    /// "qualifies as" ("the strike qualifies as a war crime": the writer's own reading) counts only with a relative
    /// word before it ("which the Office qualifies as"). The span of the classifying word; null when there is none.
    /// </summary>
    TextSpan? Classification()
    {
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[tokens[_first].Sentence].FirstToken;
        var asAt = None;
        for (var t = _first - 1; t >= sentenceStart && _first - t <= ClassificationComplement && asAt == None; t--)
        {
            if (Word(t) is "as") asAt = t;
            else if (!_document.SameClause(t, _first)) return null;
        }
        if (asAt == None || asAt == sentenceStart) return null;
        for (var v = asAt - 1; v >= sentenceStart && asAt - v <= ClassificationObject && _document.SameClause(v, asAt); v--)
        {
            var word = Word(v);
            if (!_words.ClassifyingWords.Contains(word)) continue;
            if (v == asAt - 1 && word is "qualify" or "qualifies" or "qualifying" or "qualified" && !RelativeBefore(v)) return null;
            return new TextSpan(tokens[v].Start, tokens[v].End);
        }
        return null;

        bool RelativeBefore(int verb)
        {
            for (var k = verb - 1; k >= sentenceStart && verb - k <= ClassificationComplement + 3; k--)
                if (Word(k) is "which" or "what" or "whom" || (Word(k) is "that" && IsRelativeWord(k, sentenceStart))) return true;
            return LongObjectRelativeBefore(verb, sentenceStart);
        }
    }

    /// <summary>
    /// A mention inside a conditional clause is not asserted ("If Russian commanders ordered the massacre of
    /// civilians, they belong in the dock"): "if" before it in its clause, at most <see cref="HedgeBefore"/> tokens
    /// away (also "as if", "even if": neither asserts); the span of "if". A condition after the mention's clause ("Putin can be arrested
    /// for war crimes if he travels") conditions something else.
    /// </summary>
    TextSpan? ConditionalClause()
    {
        for (var t = _first - 1; t >= 0 && _first - t - 1 <= HedgeBefore && _document.SameClause(t, _first); t--)
        {
            if (Word(t) is "if") return new TextSpan(Text.Tokens[t].Start, Text.Tokens[t].End);
        }
        return null;
    }

    /// <summary>
    /// A condition set before the main clause is the condition of the whole main clause (claims round 36): "If
    /// confirmed, the incident would be among the largest known killings of surrendering soldiers", "If the reports are
    /// confirmed, that would point towards an indiscriminate attack", "If it is what it seems, it records the murder of
    /// prisoners". The sentence opens with "if" (after <i>but, and, yet, so, even</i> at most), its clause closes at a
    /// comma before the mention, and the mention is in the clause after it or later in the sentence, no boundary
    /// other than commas between. The condition must be one on the claim's truth: it holds a framing marker of its
    /// own — an attribution (<i>confirmed, records</i>), a hedge (<i>seems</i>), an accusation — or a finding
    /// participle (<i>established, verified</i>); that word is the condition's, not a source of the mention. A
    /// condition on something else ("If we are serious about accountability, we cannot pick which war criminals we
    /// help bring to justice") conditions what is done, not what happened. The span of "if".
    /// </summary>
    TextSpan? PreposedCondition()
    {
        var tokens = Text.Tokens;
        var start = Text.Sentences[tokens[_first].Sentence].FirstToken;
        var t = start;
        while (t < _first && t - start < 2 && Word(t) is "but" or "and" or "yet" or "so" or "even") t++;
        if (t >= _first || Word(t) is not "if") return null;
        if (_document.CommasBetween(t, _first) < 1) return null;
        for (var k = t + 1; k < _first && _document.CommasBetween(t, k) == 0; k++)
            if (RoleAt(k) is ScoringRole.Attribution or ScoringRole.Hedge or ScoringRole.Accusation || _words.FindingParticiples.Contains(Word(k)))
                return new TextSpan(tokens[t].Start, tokens[t].End);
        return null;
    }

    /// <summary>
    /// The accused describing its own act as something else denies it (round 19): "Russia has repeatedly described the
    /// transfer of children as evacuation from a combat zone", "Moscow … describes the transfers of children as
    /// evacuations", "Russia presents the removals as …". A describing verb (<see cref="ClaimRuleWords.DescribingVerbs"/>:
    /// <c>describe</c>, <c>present</c>, <c>portray</c> in any form) right before the mention's noun phrase (a determiner or possessive
    /// between), "as" at most four tokens after it, and the verb's subject an actor entry of the mention's own actor:
    /// right before the verb (auxiliaries and adverbs between) or, for a verb coordinated after "and", opening the
    /// sentence. The span of the verb. The accuser's description ("which Kyiv describes as genocide") stays an
    /// attribution.
    /// </summary>
    TextSpan? CounterDescription()
    {
        if (_actorCategory == None) return null;
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[tokens[_first].Sentence].FirstToken;
        var verb = _first - 1;
        while (verb > sentenceStart && _first - verb <= 2 && (ClaimGrammar.IsDeterminer(Word(verb)) || ClaimGrammar.IsPossessive(Word(verb))
                                                              || Word(verb) is "its" or "their" or "his" or "her")) verb--;
        if (verb <= sentenceStart || !_words.DescribingVerbs.Contains(Word(verb))) return null;
        var sentenceEnd = SentenceEnd();
        var hasAs = false;
        for (var k = _last + 1; k < sentenceEnd && k - _last <= 4 && !hasAs; k++) hasAs = Word(k) is "as";
        if (!hasAs) return null;
        var subject = verb - 1;
        while (subject > sentenceStart && ClaimGrammar.IsAuxiliary(Word(subject))) subject--;
        if (Word(subject) is "and")
            for (subject = sentenceStart; subject < verb && subject - sentenceStart < 2 && RoleAt(subject) != ScoringRole.Actor; subject++) { }
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.First <= subject && subject <= r.Last)
                return _document.Matches[r.Match].Category == _actorCategory ? new TextSpan(tokens[verb].Start, tokens[verb].End) : null;
        return null;
    }

    /// <summary>Most tokens from the "that" or dash opening a claim noun's content to the mention, and of a parenthetical
    /// between the noun and its content.</summary>
    internal const int ClaimContentReach = 12;

    /// <summary>
    /// A mention in the content of a claim noun that nobody owns is kept at a distance, like "allegations of" (round
    /// 19): "The claim, now widespread in official rhetoric, that Russia is committing genocide is hard to prove", "the
    /// most serious allegation of all — that Russia is committing genocide —", "the official story — a deliberate
    /// massacre of civilians —". The noun (<c>claim</c>, <c>allegation</c>, <c>accusation</c>, <c>story</c>,
    /// <c>narrative</c>, <c>suggestion</c>, <c>assertion</c>, <c>notion</c>, <c>rumour</c>, <c>contention</c>, singular
    /// or plural) after a determiner (adjectives and adverbs between), then "that" or a dash (a parenthetical set off by
    /// commas, or "of all", between), the mention at most <see cref="ClaimContentReach"/> tokens on. Not when a
    /// possessive owns the noun ("Kyiv's claim that …", "their accusation that …": someone's statement) or when no
    /// determiner opens it ("Kyiv claims that …" is a verb). The span of the noun.
    /// </summary>
    TextSpan? ContentOfClaimNoun()
    {
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[tokens[_first].Sentence].FirstToken;
        for (var t = _first - 1; t > sentenceStart && _first - t <= ClaimContentReach; t--)
        {
            var dash = DashBefore(t);
            if (Word(t) is not "that" && !dash) continue;
            if (!InClaimContent(t)) return null;
            var noun = t - 1;
            // Back over a parenthetical set off by commas: "The claim, now widespread in …, that".
            if (_document.CommasBetween(noun, t) == 1)
            {
                var k = noun;
                while (k > sentenceStart && t - k <= ClaimContentReach && _document.SameClause(k - 1, noun)) k--;
                noun = k - 1;
                if (noun < sentenceStart || _document.CommasBetween(noun, k) != 1) return null;
            }
            if (noun - 1 > sentenceStart && Word(noun) is "all" && Word(noun - 1) is "of") noun -= 2;
            if (noun <= sentenceStart || !IsClaimContentNoun(Word(noun))) return null;
            // Its determiner, over adjectives and adverbs; no possessive owner.
            for (var d = noun - 1; d >= sentenceStart && noun - d <= 3; d--)
            {
                var word = Word(d);
                if (ClaimGrammar.IsPossessive(word) || word is "its" or "their" or "his" or "her" or "our" or "my" or "your") return null;
                if (word is "the" or "a" or "an" or "this" or "these" or "those" or "such" or "any" or "every")
                    return new TextSpan(tokens[noun].Start, tokens[noun].End);
                if (RoleAt(d) != ScoringRole.None || ClaimGrammar.IsStopword(word) && word is not ("most" or "more")) return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether the mention is still inside the content opened at token <paramref name="open"/>: no closing dash,
    /// no comma and conjunction, and at most one verb group (auxiliaries, forms of "be", a verb in "-ed") before it
    /// ("that Russia is committing genocide", not "that Russia is committing genocide is harder to prove than war
    /// crimes"); before the first group, two irregular pasts end it ("that the army left Donetsk led to …").</summary>
    bool InClaimContent(int open)
    {
        var groups = 0;
        var inGroup = false;
        var pendingPast = false;
        for (var k = open + 1; k < _first; k++)
        {
            if (DashBefore(k)) return false;
            var word = Word(k);
            var irregularPast = _words.IrregularPastVerbs.Contains(word) && RoleAt(k) == ScoringRole.None;
            // Before the clause's verb group, the first irregular past waits: a be-form or auxiliary after it makes it a
            // reduced relative ("prisoners held at Olenivka were tortured"); a second irregular past with no verb group
            // between makes it the clause's own verb and the second the main clause's ("that Ukraine's army left
            // Donetsk led to …") (claims round 45, third mend).
            if (groups == 0 && irregularPast)
            {
                if (pendingPast) return false;
                pendingPast = true;
                continue;
            }
            // ", and the torture of detainees is documented": a new clause.
            if (word is "and" or "but" or "while" or "whereas" && _document.CommasBetween(k - 1, k) == 1) return false;
            var verb = ClaimGrammar.IsBeForm(word) || (ClaimGrammar.IsAuxiliary(word) && !ClaimGrammar.IsAdverb(word))
                       || (ClaimGrammar.IsEdForm(word) && RoleAt(k) == ScoringRole.None) || (inGroup && word.EndsWith("ing"))
                       // An irregular past ends the content only once the clause has its verb group: before it, it is
                       // a reduced relative ("prisoners held at Olenivka were tortured"); after it, the main clause's
                       // verb ("that Ukraine was not a real nation led to …") (claims round 45, second mend).
                       || (irregularPast && groups >= 1 && !inGroup);
            if (verb && !inGroup && ++groups > 1) return false;
            inGroup = verb;
        }
        return true;
    }

    bool IsClaimContentNoun(ReadOnlySpan<char> word) => _words.ClaimContentNouns.Contains(word);

    /// <summary>A dash between token <paramref name="t"/> and the one before it.</summary>
    bool DashBefore(int t) => ScoringDocument.HasDash(_document.Gap(t - 1, t));

    /// <summary>Most words between a negation and the claim verb it negates ("has not deliberately struck", "did not
    /// commit any atrocities").</summary>
    internal const int NegatedClaimGap = 3;

    /// <summary>
    /// A claim the sentence negates or restricts is denied, whoever says so (round 19): "Russia insists that it has not
    /// struck civilian targets", "the Kremlin has said its forces do not attack civilians", "the army says it never
    /// shells residential areas", "did not commit atrocities" — "not" (not "not only", "not just", "if not", "whether
    /// not"), "never" or a word in "-n't" right before the claim, with at most <see cref="NegatedClaimGap"/> adverbs,
    /// "any" or a perpetration verb between; or the claim verb restricted to the military ("its forces strike only
    /// military facilities", "its strikes target only the military": "only", "solely" or "exclusively" right after the
    /// mention and "military" or "legitimate" at most three words on). The span of the negation or of "only".
    /// </summary>
    TextSpan? NegatedClaim()
    {
        var tokens = Text.Tokens;
        for (var t = _first - 1; t >= 0 && _first - t - 1 <= NegatedClaimGap && _document.SameClause(t, _first); t--)
        {
            var word = Word(t);
            if (ClaimGrammar.IsNegation(word))
            {
                if (Word(t + 1) is "only" or "just" or "merely" || (t > 0 && Word(t - 1) is "if" or "whether" or "or")) return null;
                return new TextSpan(tokens[t].Start, tokens[t].End);
            }
            if (!(ClaimGrammar.IsAdverb(word) || word is "ever" or "any" || RoleAt(t) == ScoringRole.Perpetration)) break;
        }
        var sentenceEnd = SentenceEnd();
        var only = _last + 1;
        if (only >= sentenceEnd || Word(only) is not ("only" or "solely" or "exclusively") || !_document.SameClause(_last, only)) return null;
        for (var k = only + 1; k < sentenceEnd && k - only <= 3 && _document.SameClause(only, k); k++)
            if (Word(k) is "military" or "legitimate") return new TextSpan(tokens[only].Start, tokens[only].End);
        return null;
    }

    /// <summary>
    /// A reporting participle that raises its subject to an infinitive with nobody saying it ("intercepts said to show
    /// officers discussing strikes", "the files are reported to include …", "a unit believed to have shelled …"): a
    /// hedge like "reportedly", not an attribution. "said", "reported", "believed", "thought", "rumoured", "understood"
    /// right before "to" and a lower-case word that can be a verb (not a determiner, pronoun, number or plural noun:
    /// "said to reporters", "reported to the police" stay reports).
    /// </summary>
    bool IsAgentlessRaising(RoleMatch r)
    {
        if (r.First != r.Last || Word(r.First) is not ("said" or "reported" or "believed" or "thought" or "rumoured" or "rumored" or "understood"))
            return false;
        var to = r.Last + 1;
        var sentenceEnd = SentenceEnd();
        if (to + 1 >= sentenceEnd || Word(to) is not "to" || !_document.SameClause(r.Last, to + 1)) return false;
        var verb = Word(to + 1);
        if ((Text.Tokens[to + 1].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != 0 || char.IsDigit(verb[0])) return false;
        if (verb is "be" or "have") return true;
        return !(ClaimGrammar.IsStopword(verb) || ClaimGrammar.IsDeterminer(verb) || ClaimGrammar.IsPluralOrVerbS(verb) || verb is "police");
    }

    /// <summary>The mention is the complement of a claim noun before it ("the accusations of attacks on the civilian
    /// population are groundless", "claims of Russian atrocities"): the predicate of that noun phrase, after the mention,
    /// denies or reports the claim, as for a claim noun after the mention.</summary>
    bool IsClaimNounComplement()
    {
        var t = _first - 1;
        // Back over an actor or article of the mention's own ("claims of Russian atrocities", "of the deportation").
        while (t >= 0 && _first - t <= 2 && (RoleAt(t) == ScoringRole.Actor || Word(t) is "the" or "a" or "an")) t--;
        return t >= 0 && Word(t) is "of" && RoleAt(t) is ScoringRole.Accusation or ScoringRole.Hedge && _document.SameClause(t, _first);
    }

    /// <summary>Most tokens from a negation to the denial it negates ("nobody in the administration disputed").</summary>
    internal const int NegationReach = 4;

    /// <summary>
    /// A denial that is itself negated denies nothing ("Almost nobody in the administration disputed that Russian
    /// troops had committed atrocities", "The massacres were not staged", "Moscow has never denied …", "no one
    /// rejects …"): "not" (not "not only"), "never", a word in "n't", "nobody", "no one", "none", "hardly" at most
    /// <see cref="NegationReach"/> tokens before the denial in its clause, not back over the mention or another claim.
    /// </summary>
    bool IsNegatedDenial(RoleMatch denial)
    {
        for (var t = denial.First - 1; t >= 0 && denial.First - t <= NegationReach && _document.SameClause(t, denial.First); t--)
        {
            if (t <= _last && t >= _first) return false;
            var word = Word(t);
            if (word is "not") return Word(t + 1) is not "only";
            if (word is "nobody" or "none" or "hardly" || ClaimGrammar.IsNegation(word)) return true;
            if (word is "one" && t > 0 && Word(t - 1) is "no") return true;
            if (RoleAt(t) == ScoringRole.Target) return false;
        }
        return false;
    }

    /// <summary>Most tokens between a scare-quoted evidence noun's preposition and the claim it is evidence of
    /// ('"proof" of Russian atrocities').</summary>
    const int ScareEvidenceGap = 3;

    /// <summary>
    /// Scare quotes that distance the claim: around the whole mention; around its first or last word ('"abducted"
    /// Ukrainian children', 'the "deportation" of children'); around the cue a trigger or nominal attack needs
    /// ('strikes on "civilian infrastructure"'); or around an evidence noun whose object is the claim ('"proof" of
    /// Russian atrocities', 'its "evidence" of genocide': "of", "on" or "against" right after the quote, the mention
    /// at most <see cref="ScareEvidenceGap"/> words on). Only for a mention in the outlet's voice: a mention in speech
    /// that opens inside the marks ('the "minister said: they shelled" clip') is the speaker's, not scare-quoted.
    /// </summary>
    TextSpan? ScareQuoteOnClaim()
    {
        if (Text.ScareQuotes.Count == 0 || Text.Tokens[_first].Voice != Voice.Outlet) return null;
        if ((_document.ScareQuoteAround(_first, _last) ?? _document.ScareQuoteAround(_first, _first) ?? _document.ScareQuoteAround(_last, _last))
            is { } around) return around;
        var plan = _plans[_rolesLexicon];
        if (plan.CueRoleOf(_document.Matches[_index]) == CueRole.Trigger && _document.CueOf(_index, plan) is var cue and >= 0)
        {
            var m = _document.Matches[cue];
            if (_document.ScareQuoteAround(m.FirstToken, m.FirstToken + m.TokenCount - 1) is { } cueQuote) return cueQuote;
        }
        for (var p = _first - 1; p > 0 && _first - p - 1 <= ScareEvidenceGap && _document.SameClause(p, _first); p--)
        {
            if (Word(p) is not ("of" or "on" or "against")) continue;
            var noun = p - 1;
            if ((_words.EvidenceNouns.Contains(Word(noun)) || Word(noun) is "proof" or "proofs")
                && _document.ScareQuoteAround(noun, noun) is { } evidence && Text.Tokens[p].Start >= evidence.End)
                return evidence;
            break;
        }
        return null;
    }

    /// <summary>
    /// A hedge after the mention that opens a predicative claim about it ("some attacks on energy infrastructure may
    /// amount to crimes against humanity", "torture that could constitute a war crime"): it hedges the category the
    /// predicate gives the act, not that the act happened. True when a copula or "amount to"/"constitute" stands in
    /// or right after the hedge and a claim follows it within three words.
    /// </summary>
    bool HedgesPredicate(RoleMatch hedge)
    {
        var end = SentenceEnd();
        for (var k = hedge.First; k < end && k <= hedge.Last + 2; k++)
        {
            if (!IsCopulaAt(k)) continue;
            foreach (var r in Roles)
                if (r.Role == ScoringRole.Target && r.First > k && r.First - k <= 3) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// A hedging modifier ("suspected", "alleged", "possible": a hedge not in -ly) governs its own noun phrase and the
    /// nouns coordinated with it ("alleged torture and rape"), not a new prepositional phrase coordinated after it:
    /// in "related to the suspected deportation of children and to the strikes on the power grid" the strikes are not
    /// suspected. True when "and"/"or" and a preposition stand between the hedge and the mention. An adverb keeps its
    /// reach over coordinated phrases ("allegedly linked to torture and to killings").
    /// </summary>
    bool IsNewPhraseAfterModifier(RoleMatch hedge)
    {
        if (Word(hedge.Last).EndsWith("ly")) return false;
        for (var k = hedge.Last + 1; k < _first - 1; k++)
            if (Word(k) is "and" or "or" && ClaimGrammar.IsPreposition(Word(k + 1))) return true;
        return false;
    }

    /// <summary>Most tokens between a quotation and the reporting verb that introduces or closes it.</summary>
    internal const int QuotationReportReach = 8;

    /// <summary>
    /// A quoted mention that nothing in its sentence frames is still someone's statement (a quotation is never the
    /// outlet's assertion): the reporting verb that closes its quotation ("… They took my son away," she said), in the
    /// paragraph where the quotation ends, or that introduces it ("He told reporters: …", "The statement reads:" before
    /// a quoted block), at most <see cref="QuotationReportReach"/> tokens outside the quotation; the nearer wins.
    /// None when no reporting verb stands there (the quotation then keeps its unframed reading).
    /// </summary>
    int QuotationReport()
    {
        var tokens = Text.Tokens;
        int start = _first, end = _last;
        while (start > 0 && tokens[start - 1].Voice == Voice.Quotation) start--;
        while (end + 1 < tokens.Length && tokens[end + 1].Voice == Voice.Quotation) end++;
        var matches = _document.Matches;
        var plan = _plans[_rolesLexicon];
        int after = None, afterGap = int.MaxValue;
        for (var j = _index + 1; j < matches.Count && matches[j].FirstToken <= end + 1 + QuotationReportReach; j++)
            if (matches[j].FirstToken > end && IsOutletReport(matches[j], plan)
                && InParagraph(tokens[end].Sentence, tokens[matches[j].FirstToken].Sentence))
            {
                (after, afterGap) = (j, matches[j].FirstToken - end - 1);
                break;
            }
        for (var j = _index - 1; j >= 0 && matches[j].FirstToken >= start - 1 - QuotationReportReach - LexiconTerms.MaxWords; j--)
        {
            var m = matches[j];
            var gap = start - (m.FirstToken + m.TokenCount);
            if (gap >= 0 && gap <= QuotationReportReach && IsOutletReport(m, plan)) return gap < afterGap ? j : after;
        }
        return after != None ? after : ContinuedQuotationReport(start, plan);
    }

    /// <summary>
    /// A quotation that goes on after its speaker's tag, in a new pair of quote marks in the same paragraph ("“…,” said
    /// Ruiz, a former deputy counsel at the department. “Nobody there disputed that Russia was committing war
    /// crimes.”") is the same speaker's (round 19): the nearest outlet-voice reporting verb before the quotation, in
    /// its paragraph and at most <see cref="FramedSentencesBack"/> sentences back, that itself stands right after
    /// quoted words or opens its sentence's report. None when there is none.
    /// </summary>
    int ContinuedQuotationReport(int start, LexiconPlan plan)
    {
        var tokens = Text.Tokens;
        var matches = _document.Matches;
        var sentence = tokens[start].Sentence;
        for (var j = _index - 1; j >= 0; j--)
        {
            var m = matches[j];
            if (m.FirstToken >= start) continue;
            if (!InParagraph(tokens[m.FirstToken].Sentence, sentence)) return None;
            if (!IsOutletReport(m, plan)) continue;
            // The tag of an earlier quotation of the paragraph: quoted words at most a few tokens before it.
            for (var t = m.FirstToken - 1; t >= 0 && m.FirstToken - t <= 3 && tokens[t].Sentence == tokens[m.FirstToken].Sentence; t--)
                if (tokens[t].Voice == Voice.Quotation) return j;
            return None;
        }
        return None;
    }

    bool IsOutletReport(in LexiconMatch m, LexiconPlan plan) =>
        m.Lexicon == _rolesLexicon && plan.Role(m) == ScoringRole.Attribution && Text.Tokens[m.FirstToken].Voice == Voice.Outlet;

    /// <summary>Most tokens from an evidence noun to the mention it reports ("intelligence gathered by US agencies on
    /// Russian atrocities").</summary>
    internal const int NominalSourceReach = 12;

    /// <summary>Most tokens of a subject noun phrase before the source noun it ends with ("The UN monitoring mission").</summary>
    internal const int CarriedSubject = 4;

    /// <summary>
    /// A source named inside the noun phrase of the evidence that states the claim: an evidence noun with its
    /// gatherer ("evidence gathered by investigators shows …", "intelligence collected by US agencies on Russian
    /// atrocities") or its source ("findings of the commission point to torture", "testimony from survivors"),
    /// before the mention in its sentence with at most commas between. The span from the evidence noun to the end
    /// of the source; null when there is none.
    /// </summary>
    TextSpan? NominalSource()
    {
        var sentenceStart = Text.Sentences[Text.Tokens[_first].Sentence].FirstToken;
        for (var e = _first - 1; e >= sentenceStart && _first - e <= NominalSourceReach; e--)
        {
            if (!_words.EvidenceNouns.Contains(Word(e)) || _document.CommasBetween(e, _first) < 0) continue;
            var t = e + 1;
            // "evidence gathered by", "findings shared by", or directly "findings of", "testimony from".
            if (t < _first && _words.GatheringParticiples.Contains(Word(t))) t++;
            if (t >= _first || Word(t) is not ("by" or "of" or "from") || (t == e + 1 && Word(t) is "by")) continue;
            var byAgent = t > e + 1;
            // The source: a source noun (or, after a participle and "by", any name or noun) ends it, before the mention.
            for (var k = t + 1; k < _first && k - t <= CarriedSubject && _document.SameClause(t, k); k++)
            {
                var role = RoleAt(k);
                if (role is not (ScoringRole.None or ScoringRole.Actor)) break;
                var word = Word(k);
                if (_words.SourceNouns.Contains(word) || (byAgent && role == ScoringRole.None && !ClaimGrammar.IsStopword(word)
                                                          && (k + 1 >= _first || ClaimGrammar.IsPreposition(Word(k + 1)))))
                    return new TextSpan(Text.Tokens[e].Start, Text.Tokens[k].End);
                if (ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsClauseWord(word)) break;
            }
        }
        return null;
    }

    /// <summary>
    /// Attribution carried over from the sentence before, in the same paragraph: the mention's sentence opens with a
    /// subject that takes up that sentence's source — a pronoun ("they", "it", "he", "she") after a reporting verb,
    /// or a noun phrase repeating its source noun ("The commission said … The commission also found …", "According
    /// to the UN monitors, … The monitors documented …") — followed by an active verb of its own (not a form of
    /// "be", a perpetration, accusation, denial or claim word) before the mention. The reporting match of the
    /// sentence before; None when there is none.
    /// </summary>
    int CarriedAttribution()
    {
        var sentence = Text.Tokens[_first].Sentence;
        if (sentence == 0) return None;
        if (!SameParagraph(Text, sentence - 1, sentence)) return None;
        var previous = Text.Sentences[sentence - 1];
        var current = Text.Sentences[sentence];
        // The subject: a pronoun, or a noun phrase of a few words ending in a source noun.
        var start = current.FirstToken;
        var head = None;
        var pronoun = ClaimGrammar.IsSourcePronoun(Word(start));
        if (pronoun) head = start;
        else
            for (var k = start; k < _first && k - start < CarriedSubject; k++)
            {
                if (RoleAt(k) is not (ScoringRole.None or ScoringRole.Actor or ScoringRole.Attribution)) return None;
                if (_words.SourceNouns.Contains(Word(k))) { head = k; break; }
                if (ClaimGrammar.IsPreposition(Word(k)) || ClaimGrammar.IsClauseWord(Word(k)) || ClaimGrammar.IsAuxiliary(Word(k))) return None;
            }
        if (head == None) return None;
        // Its verb: after auxiliaries and adverbs (no form of "be": "They were beaten" has its victims as subject).
        var verb = head + 1;
        while (verb < _first && ClaimGrammar.IsAuxiliary(Word(verb)) && _document.SameClause(head, verb))
        {
            if (ClaimGrammar.IsBeForm(Word(verb))) return None;
            verb++;
        }
        if (verb >= _first || !_document.SameClause(head, verb)) return None;
        var verbRole = RoleAt(verb);
        var verbWord = Word(verb);
        if (verbRole is not (ScoringRole.None or ScoringRole.Attribution) || ClaimGrammar.IsStopword(verbWord)
            || !(verbRole == ScoringRole.Attribution || ClaimGrammar.IsEdForm(verbWord) || ClaimGrammar.IsPluralOrVerbS(verbWord)))
            return None;
        return PreviousSource(previous, pronoun ? default : Word(head));
    }

    /// <summary>The reporting match of the sentence before (outlet voice): a reporting verb used as a verb for a
    /// pronoun subject; for a noun subject, any reporting match ("according to") in a sentence that names the same
    /// source noun. None when there is none.</summary>
    int PreviousSource(Sentence previous, ReadOnlySpan<char> noun)
    {
        var matches = _document.Matches;
        var tokens = Text.Tokens;
        var plan = _plans[matches[_index].Lexicon];
        if (!noun.IsEmpty)
        {
            var named = false;
            for (var t = previous.FirstToken; t < previous.FirstToken + previous.TokenCount && !named; t++)
                named = SameNoun(Word(t), noun);
            if (!named) return None;
        }
        var found = None;
        var previousIndex = tokens[previous.FirstToken].Sentence;
        for (var j = _index - 1; j >= 0 && tokens[matches[j].FirstToken].Sentence >= previousIndex; j--)
        {
            var m = matches[j];
            if (tokens[m.FirstToken].Sentence != previousIndex || m.Lexicon != matches[_index].Lexicon) continue;
            if (plan.Role(m) != ScoringRole.Attribution || tokens[m.FirstToken].Voice != Voice.Outlet) continue;
            var r = new RoleMatch(ScoringRole.Attribution, m.FirstToken, m.FirstToken + m.TokenCount - 1, j);
            var word = Word(r.First);
            if (word is "according" ? noun.IsEmpty : !IsVerbUse(r)) continue;
            if (Word(r.Last) is "call" or "calls" or "called" or "calling") continue;
            found = j; // the earliest in the sentence: its main reporting verb
        }
        return found;
    }

    /// <summary>The same noun, singular or plural ("monitors", "monitor").</summary>
    static bool SameNoun(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.SequenceEqual(b) || (a.Length == b.Length + 1 && a[^1] == 's' && a.StartsWith(b)) || (b.Length == a.Length + 1 && b[^1] == 's' && b.StartsWith(a));

    /// <summary>Most tokens of a headline's closing source credit ("…: UN", "… - UN inquiry", "… — Amnesty report").</summary>
    internal const int CreditTokens = 4;

    /// <summary>
    /// A headline that ends with its source after a colon or a dash ("Russia committed war crimes in Bucha: UN",
    /// "Russian forces tortured civilians - UN inquiry") reports the whole headline as that source's statement: the
    /// credit's span, when the mention stands before it. A credit is at most <see cref="CreditTokens"/> tokens, opens
    /// with a capital (a name: "UN", "Kyiv", "Amnesty") or is a report or group noun ("report", "officials"), and
    /// holds no verb, number, determiner or claim word ("…: A Timeline", "…: What We Know", "…: one year on" are no
    /// credits).
    /// </summary>
    TextSpan? HeadlineCredit()
    {
        var sentence = Text.Sentences[Text.Tokens[_first].Sentence];
        if (sentence.Segment != SegmentKind.Headline || Text.Tokens[_first].Voice != Voice.Outlet) return null;
        var from = sentence.FirstToken;
        var end = from + sentence.TokenCount;
        // A closing credit: after the last colon or dash, the mention before it.
        for (var t = end - 1; t > _last + 1 && end - t <= CreditTokens; t--)
            if (IsCreditBoundary(t, colonOnly: false))
                return t - from >= 3 && IsCredit(t, end, opening: false) ? new TextSpan(Text.Tokens[t].Start, Text.Tokens[end - 1].End) : null;
        // An opening credit: "UN: Russia committed war crimes in Bucha", "Zelensky: …" (a colon only: "Kherson - …" is a
        // placeline).
        for (var t = from + 1; t <= _first && t - from <= CreditTokens; t++)
            if (IsCreditBoundary(t, colonOnly: true))
                return IsCredit(from, t, opening: true) && !IsPossessedKicker(from, t) ? new TextSpan(Text.Tokens[from].Start, Text.Tokens[t - 1].End) : null;
        return null;
    }

    /// <summary>
    /// A headline that asks whether the claim is true ("Did Russian troops execute prisoners in Kursk?", "Justice for
    /// Russia's crimes, but not for ours?") keeps the outlet's distance (tests/validation/README.md, "hedged": a question
    /// in a headline): the span of the question (its words, without the question mark), when a question mark closes the
    /// mention's headline sentence in the outlet's voice.
    /// </summary>
    TextSpan? HeadlineQuestion()
    {
        var sentence = Text.Sentences[Text.Tokens[_first].Sentence];
        if (sentence.Segment != SegmentKind.Headline || Text.Tokens[_first].Voice != Voice.Outlet) return null;
        var last = sentence.FirstToken + sentence.TokenCount - 1;
        return ClosesWithQuestionMark(last) ? new TextSpan(Text.Tokens[sentence.FirstToken].Start, Text.Tokens[last].End) : null;
    }

    /// <summary>A colon (or a dash or bar) between token <paramref name="t"/> and the one before it.</summary>
    bool IsCreditBoundary(int t, bool colonOnly)
    {
        var gap = _document.Gap(t - 1, t);
        if (gap.IndexOf(':') >= 0) return true;
        return !colonOnly && (gap.IndexOf('|') >= 0 || ScoringDocument.HasDash(gap));
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="end"/>) name a source: a name (capitalised
    /// first word) or a report or group noun, with no verb, number, function word or claim word. An opening credit is
    /// a name, not a kicker: no "of", no plural common noun at its end ("MONSTERS: …", "Eight years of silence: …").</summary>
    bool IsCredit(int from, int end, bool opening)
    {
        var tokens = Text.Tokens;
        if ((tokens[from].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) == 0 && !_words.CreditNouns.Contains(Word(from))) return false;
        for (var t = from; t < end; t++)
        {
            var role = RoleAt(t);
            if (role is not (ScoringRole.None or ScoringRole.Actor or ScoringRole.Attribution)) return false;
            var word = Word(t);
            if (((tokens[t].Flags & TokenFlags.AllCaps) != 0 && word.Length <= 6) || role != ScoringRole.None) continue; // "UN", "OSCE", "Kyiv says"
            if (ClaimGrammar.IsNumberWord(word) || (opening && word is "of")) return false;
            if (ClaimGrammar.IsStopword(word) && word is not ("of" or "and") || ClaimGrammar.IsAuxiliary(word) || char.IsDigit(word[0])
                || ((ClaimGrammar.IsEdForm(word) || word.EndsWith("ing")) && (tokens[t].Flags & TokenFlags.Capitalized) == 0))
                return false;
            // "…: Evidence Mounts" — a verb in -s after the first word is no name.
            if ((t > from || opening) && t == end - 1 && ClaimGrammar.IsPluralOrVerbS(word) && !_words.CreditNouns.Contains(word)) return false;
        }
        return true;
    }

    record struct Candidate(int Match, int Gap);

    // Nearest wins; at equal distance the one found first (in text order).
    static void Keep(ref Candidate candidate, int match, int gap)
    {
        if (candidate.Match != None && candidate.Gap <= gap) return;
        candidate = new Candidate(match, gap);
    }

    /// <summary>
    /// Whether an attribution marker reports here: not a noun or adjective after a determiner, possessive or
    /// preposition ("the reported attacks", "a report"), not "call for" (a demand presupposes its object: "calling for
    /// accountability for the genocide"), not a passive without agent ("torture is documented": the outlet's own
    /// statement).
    /// </summary>
    bool IsReportingUse(RoleMatch r)
    {
        if (Word(r.First) is not ("according" or "in" or "as") && !IsVerbUse(r)) return false;
        var sentenceEnd = SentenceEnd();
        var after = r.Last + 1;
        if (Word(r.Last) is "call" or "calls" or "called" or "calling" && after < sentenceEnd && Word(after) is "for" or "on" or "off" or "up")
            return false;
        if (r.First > _last && r.First > 0 && ClaimGrammar.IsBeForm(Word(r.First - 1)) && r.First == r.Last)
        {
            for (var t = after; t < sentenceEnd && t <= after + 3; t++)
                if (Word(t) is "by") return true;
            return false;
        }
        return true;
    }

    /// <summary>
    /// A reporting or denial verb before the mention governs the rest of its sentence, its complement ("The tribunal
    /// says it has charged the general, accusing him of …"; "According to Kyiv, …"): same sentence, only commas
    /// between (any boundary when the mention is quoted: "He said: “…”"), used as a verb.
    /// </summary>
    bool Governs(RoleMatch r, bool quoted)
    {
        if (!IsVerbUse(r)) return false;
        if (Text.Tokens[r.First].Voice == Voice.Quotation && !quoted) return false;
        if (quoted && Text.Tokens[r.First].Voice != Voice.Quotation) return Text.Tokens[r.First].Sentence == Text.Tokens[_first].Sentence;
        if (_document.CommasBetween(r.Last, _first) < 0) return false;
        // "according to X" governs only what follows its own clause ("According to Kyiv, Russia …").
        if (Word(r.First) is "according" && _document.SameClause(r.Last, _first)) return false;
        // A parenthetical "according to X" after a claim of its sentence credits the clause before it ("they killed
        // 450 civilians, according to the town's count, many of them shot …"), not what follows.
        if (Word(r.First) is "according" && r.First > 0 && _document.CommasBetween(r.First - 1, r.First) == 1 && TargetBefore(r.First)
            && !OpensClause(r)) return false;
        return true;
    }

    /// <summary>An "according to X" set off by commas right after a conjunction or clause word ("… and, according to
    /// officials, detainees were beaten"; "the camps where, according to Kyiv, men were held"): it opens the clause
    /// after it and credits that clause, not the words before the conjunction.</summary>
    bool OpensClause(RoleMatch r)
    {
        var before = r.First - 1;
        return Word(r.First) is "according" && before >= 0 && _document.CommasBetween(before, r.First) == 1
               && Word(before) is "and" or "but" or "or" or "while" or "whereas" or "where" or "when" or "that" or "as"
                   or "because" or "since" or "although" or "though" or "after" or "before" or "yet" or "so";
    }

    /// <summary>
    /// A reporting verb after the mention that stands in a clause of its own reports that clause, not the mention
    /// (round 19): a clause coordinated after a comma ("…, yet Washington insists the court has no business there",
    /// "…, and analysts say the commanders knew"), or a relative clause whose object is the relative word ("attacks on
    /// the grid, which Kyiv describes as terror", "stations that officials say will take years to rebuild": "which",
    /// "that" or "whom" followed by no verb before the reporting verb, and a complement after it that is no claim:
    /// <see cref="ReportsComplement"/>). "…, officials said", "…, officials who asked not
    /// to be named said" and "…, as the commission found" still report the sentence.
    /// </summary>
    bool ReportsOwnClause(RoleMatch r)
    {
        var c = r.First;
        while (c > _last + 1 && _document.SameClause(c - 1, r.First)) c--;
        if (c > _last + 1 && Word(c) is "and" or "but" or "yet" or "while" or "whereas" or "so") return true;
        for (var k = c; k < r.First; k++)
        {
            if (Word(k) is not ("which" or "that" or "whom")) continue;
            var verb = false;
            for (var v = k + 1; v < r.First && !verb; v++)
            {
                var w = Word(v);
                verb = ClaimGrammar.IsEdForm(w) || w.EndsWith("ing") || (ClaimGrammar.IsAuxiliary(w) && !ClaimGrammar.IsAdverb(w));
            }
            return !verb && k + 1 < r.First && ReportsComplement(r);
        }
        return false;
    }

    /// <summary>Whether a reporting verb in an object relative clause has a complement of its own that is no claim
    /// ("which Kyiv describes as terror", "that officials say will take years"): else the relative word is what it
    /// reports ("rape, which they reported to prosecutors") or its complement is the claim ("strikes on the grid that the
    /// court described as aimed at civilian objects").</summary>
    bool ReportsComplement(RoleMatch r)
    {
        var after = r.Last + 1;
        if (after >= SentenceEnd() || !_document.SameClause(r.Last, after)) return false;
        if (Word(after) is not "as" && ClaimGrammar.IsPreposition(Word(after))) return false;
        foreach (var q in Roles)
            if (q.Role == ScoringRole.Target && q.First > r.Last && _document.SameClause(r.Last, q.First)) return false;
        return true;
    }

    /// <summary>A reporting entry that ends in its preposition ("speak of", "spoke of", "reports of") reports the
    /// complement after it (round 29): a mention before it is not what it reports ("whose soldiers tortured prisoners
    /// … has no standing to speak of the treatment of prisoners").</summary>
    bool ReportsComplementAfter(RoleMatch r) => r.Last > r.First && Word(r.Last) is "of";

    /// <summary>Whether a claim mention of the sentence ends before <paramref name="token"/>.</summary>
    bool TargetBefore(int token)
    {
        foreach (var q in Roles)
            if (q.Role == ScoringRole.Target && q.Last < token && Text.Tokens[q.First].Sentence == Text.Tokens[token].Sentence) return true;
        return false;
    }

    /// <summary>
    /// A reporting clause that ends the sentence ("…, officials said."; "…, according to officials familiar with the
    /// matter."; "“…,” the ministry said on Monday.") governs the whole sentence before it.
    /// </summary>
    bool EndsSentence(RoleMatch r, bool quoted)
    {
        var tokens = Text.Tokens;
        var sentenceEnd = SentenceEnd();
        if (sentenceEnd - 1 - r.Last > ReportingTail) return false;
        // "…, and the West said nothing": a verb of silence reports nothing.
        if (r.Last + 1 < sentenceEnd && Word(r.Last + 1) is "nothing") return false;
        if (_document.CommasBetween(_last, r.First) < 1 && !(quoted && tokens[r.First].Voice != Voice.Quotation)) return false;
        if (tokens[r.First].Voice == Voice.Quotation && !quoted) return false;
        // Its subject: at most a few tokens between the clause start and the verb.
        var c = r.First;
        while (c > _last + 1 && _document.SameClause(c - 1, r.First) && tokens[c - 1].Voice == tokens[r.First].Voice) c--;
        if (r.First - c > ReportingSubject) return false;
        // Nothing the clause could report after it: no other claim mention.
        foreach (var other in Roles)
            if (other.Role == ScoringRole.Target && other.First > r.Last) return false;
        return true;
    }

    /// <summary>
    /// Whether the mention is presupposed by a noun phrase rather than stated: it is the complement of a noun
    /// ("evidence of Russian war crimes", "investigations into atrocities", "accountability for war crimes"), not of a
    /// verb or of a claim word ("accused of", "guilty of", "responsible for") or of an adjective of
    /// <see cref="ClaimRuleWords.ResponsibilityAdjectives"/> ("accountable for"). A reporting phrase far from it reports
    /// something else about that noun; only a near one (the windows above) attributes it.
    /// </summary>
    bool IsPresupposed()
    {
        var t = _first - 1;
        // Back over the mention's own modifiers: actors, hedges, adjectives.
        for (var skipped = 0; t >= 0 && skipped < 3 && _document.SameClause(t, _first); skipped++)
        {
            var role = RoleAt(t);
            if (role is ScoringRole.Actor or ScoringRole.Hedge
                || (role == ScoringRole.None && !ClaimGrammar.IsStopword(Word(t)) && !ClaimGrammar.IsPluralOrVerbS(Word(t))
                    && !ClaimGrammar.IsEdForm(Word(t)) && !Word(t).EndsWith("ing")))
                t--;
            else break;
        }
        if (t < 1 || !_document.SameClause(t - 1, _first)) return false;
        if (Word(t) is not ("of" or "into" or "for" or "about" or "over" or "on" or "behind")) return false;
        // A predication inside the noun phrase asserts the crime: "survivors of sexual violence committed by Russian forces".
        var sentenceEnd = SentenceEnd();
        for (var k = _last + 1; k < sentenceEnd && k <= _last + 2; k++)
            if (RoleAt(k) == ScoringRole.Perpetration || (Word(k) is "by" && k + 1 < sentenceEnd && RoleAt(k + 1) == ScoringRole.Actor)) return false;
        var head = t - 1;
        var headWord = Word(head);
        if (ClaimGrammar.IsStopword(headWord) || RoleAt(head) != ScoringRole.None) return false;
        return !ClaimGrammar.IsEdForm(headWord) && !headWord.EndsWith("ing")
               && !_words.ResponsibilityAdjectives.Contains(headWord) && !_words.SeriesNouns.Contains(headWord);
    }

    // ----- Helpers -----

    /// <summary>The role of the match of the sentence's roles that covers token <paramref name="token"/> (other than the
    /// mention itself); None when none does.</summary>
    ScoringRole RoleAt(int token)
    {
        var role = ScoringRole.None;
        foreach (var r in Roles)
            if (r.First <= token && token <= r.Last && r.Match != _index)
            {
                // A token in an actor and an event entry ("invasion of ukraine") is an actor for these purposes.
                if (role == ScoringRole.None || r.Role == ScoringRole.Actor) role = r.Role;
            }
        return role;
    }

    int RoleFirstAt(int token)
    {
        foreach (var r in Roles)
            if (r.First <= token && token <= r.Last) return r.First;
        return token;
    }

    int RoleLastAt(int token)
    {
        foreach (var r in Roles)
            if (r.First <= token && token <= r.Last) return r.Last;
        return token;
    }

    /// <summary>One past the mention sentence's last token.</summary>
    int SentenceEnd()
    {
        var s = Text.Sentences[Text.Tokens[_first].Sentence];
        return s.FirstToken + s.TokenCount;
    }
}
