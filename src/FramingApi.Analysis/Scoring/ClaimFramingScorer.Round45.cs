using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 45 (framing40): governors whose scope English marks by the construction — an owned report noun whose
/// <i>that</i>-clause is the owner's statement, a participle of finding after the mention's own complement
/// (docs/ANALYSIS.md, "Round 45 (framing40)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens between the owner of a report noun and the noun ("its earlier conclusion").</summary>
    internal const int OwnedContentModifiers = 2;

    /// <summary>
    /// The content of an owned report noun (claims round 45): a possessive (<i>the commission's, Kyiv's</i>) or a
    /// third-person possessive determiner (<i>its, their, his, her</i>), at most <see cref="OwnedContentModifiers"/>
    /// modifiers, a noun of a statement — <see cref="ClaimRuleWords.ClaimContentNouns"/> or
    /// <see cref="ClaimRuleWords.ReportContentNouns"/> (<i>conclusion, finding, assessment</i>) — and <i>that</i>
    /// opening a clause the mention is in ("repeated its earlier conclusion that the deportation of Ukrainian children
    /// amounted to a war crime", "Kyiv's claim that Russian forces shelled the station"). The owner states the clause:
    /// attributed, as "the commission concluded that …" is. An unowned noun is <see cref="ContentOfClaimNoun"/>'s
    /// hedge; a first-person owner (<i>our, my</i>) is the writer's own. The span of the noun; null when there is none.
    /// </summary>
    TextSpan? OwnedReportContent()
    {
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[tokens[_first].Sentence].FirstToken;
        for (var t = _first - 1; t > sentenceStart && _first - t <= ClaimContentReach; t--)
        {
            if (Word(t) is not "that") continue;
            if (!InClaimContent(t)) return null;
            var noun = t - 1;
            var nounWord = Word(noun);
            if (!IsClaimContentNoun(nounWord) && !_words.ReportContentNouns.Contains(nounWord)) return null;
            for (var d = noun - 1; d >= sentenceStart && noun - d <= OwnedContentModifiers + 1; d--)
            {
                var word = Word(d);
                if (!_document.SameClause(d, noun)) return null;
                if (word is "its" or "their" or "his" or "her" || (ClaimGrammar.IsPossessive(word) && word is not ("one's" or "it's")))
                    return new TextSpan(tokens[noun].Start, tokens[noun].End);
                if (RoleAt(d) != ScoringRole.None || ClaimGrammar.IsStopword(word)) return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Most tokens of the mention's own complement before a participle of finding ("the torture of prisoners
    /// documented by U.N. monitors").</summary>
    internal const int FindingComplement = 5;

    /// <summary>
    /// <see cref="IsFindingPassive"/> over the mention's own complement (claims round 45): a reduced relative of finding
    /// after a prepositional phrase that completes the mention ("the torture of prisoners documented by U.N.
    /// monitors", "the killings of civilians recorded by the mission") — <i>of, against, on</i> right after the
    /// mention, at most <see cref="FindingComplement"/> tokens of its noun phrase (no verb, clause word, comma or
    /// other governor), then the participle, and no denial later in the sentence ("… was denied by Moscow"). The act is
    /// stated as found; who found it is the evidence.
    /// </summary>
    bool IsFindingAfterComplement(RoleMatch r)
    {
        if (r.First != r.Last || !_words.FindingParticiples.Contains(Word(r.First))) return false;
        var open = _last + 1;
        if (open >= r.First || Word(open) is not ("of" or "against" or "on") || r.First - open - 1 > FindingComplement || r.First - open < 2) return false;
        if (_document.CommasBetween(_last, r.First) != 0) return false;
        for (var t = open + 1; t < r.First; t++)
        {
            var word = Word(t);
            if (RoleAt(t) is not (ScoringRole.None or ScoringRole.Target or ScoringRole.Actor) || ClaimGrammar.IsClauseWord(word)
                || ClaimGrammar.IsAuxiliary(word) || ClaimGrammar.IsEdForm(word) || Text.Tokens[t].Voice != Text.Tokens[_first].Voice)
                return false;
        }
        // "… documented by UN monitors was denied by Moscow": the finding is itself reported on — leave it to the denial.
        var sentenceEnd = SentenceEnd();
        foreach (var other in Roles)
            if (other.Role == ScoringRole.Denial && other.First > r.Last && other.First < sentenceEnd) return false;
        return true;
    }

    /// <summary>
    /// Whether an opening headline credit is a possessed noun phrase that cannot be a credit (claims round 45, mended;
    /// second and third mends): a possessive in tokens [<paramref name="from"/>, <paramref name="end"/>) whose phrase
    /// names nobody who speaks. Never a kicker: a source or credit noun as head, or a word after the possessive that is
    /// an actor match or a person, title or statement noun (<see cref="IsCreditHead"/>: "Ukraine's Zelensky:",
    /// "UKRAINE'S ZELENSKY:", "Kyiv's Mayor:", "Zelensky's Warning:", "Ukraine's Prosecutor General:"). Otherwise, in an
    /// opener not all in capitals, a capitalised word after the possessive is a name or title, a credit ("Amnesty's
    /// Agnès Callamard:", "HRW's Tanya Lokshina:", "Zelensky's Top Aide:", "Putin's Nuke Fortress:" too: letter case
    /// cannot tell a name from a kicker there), and only lower-case words make a kicker ("Putin's nuke fortress:"); an
    /// opener all in capitals, where letter case tells nothing, is a kicker ("PUTIN'S NUKE FORTRESS:", "VETERANS'
    /// HORROR:").
    /// </summary>
    bool IsPossessedKicker(int from, int end)
    {
        var tokens = Text.Tokens;
        var possessive = None;
        for (var t = from; t < end - 1 && possessive == None; t++)
            if (IsPossessiveAt(t)) possessive = t;
        if (possessive == None) return false;
        var head = Word(end - 1);
        if (_words.SourceNouns.Contains(head) || _words.CreditNouns.Contains(head)) return false;
        for (var t = possessive + 1; t < end; t++)
            if (RoleAt(t) is ScoringRole.Actor or ScoringRole.NamedSourceRole or ScoringRole.PersonNoun || IsCreditHead(Word(t))) return false;
        var capitals = true;
        for (var t = from; t < end && capitals; t++)
            capitals = (tokens[t].Flags & TokenFlags.AllCaps) != 0 || Word(t).Length < 2;
        if (capitals) return true;
        for (var t = possessive + 1; t < end; t++)
            if ((tokens[t].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != 0) return false;
        return true;
    }

    /// <summary>A person, title or statement noun: a possessed headline opener with it names who speaks.</summary>
    bool IsCreditHead(ReadOnlySpan<char> word) =>
        _words.CreditHeadNouns.Contains(word) || _words.PersonNouns.Contains(word) || _words.ReportContentNouns.Contains(word)
        || IsClaimContentNoun(word);

    /// <summary>
    /// A sign-off whose clause ends before its sentence does (claims round 45): <see cref="EndsSentence"/> for a
    /// reporting clause followed, within <see cref="ReportingTail"/> tokens, by a semicolon or by a comma and a
    /// participle or <i>with</i> that continue the same source's report ("…, a UN commission said in a report on
    /// Monday, adding that …", "…, Ukrainian investigators say, with the largest group of bodies …", "…, the officials
    /// said; they also said …"). The sign-off's clause ends at that boundary: what comes after is a further statement
    /// of the same source, not a new claim the verb could report instead.
    /// </summary>
    bool EndsClauseSignOff(RoleMatch r)
    {
        var tokens = Text.Tokens;
        var sentenceEnd = SentenceEnd();
        var boundary = None;
        for (var t = r.Last + 1; t < sentenceEnd && t - r.Last <= ReportingTail; t++)
        {
            var gap = _document.Gap(t - 1, t);
            if (gap.IndexOf(';') >= 0 || (gap.IndexOf(',') >= 0 && (Word(t) is "with" || (Word(t).EndsWith("ing") && RoleAt(t) is ScoringRole.None or ScoringRole.Attribution))))
            {
                boundary = t;
                break;
            }
        }
        if (boundary == None) return false;
        if (Word(r.Last + 1 < sentenceEnd ? r.Last + 1 : r.Last) is "nothing") return false;
        if (_document.CommasBetween(_last, r.First) < 1) return false;
        if (tokens[r.First].Voice != tokens[_first].Voice) return false;
        var c = r.First;
        while (c > _last + 1 && _document.SameClause(c - 1, r.First) && tokens[c - 1].Voice == tokens[r.First].Voice) c--;
        if (r.First - c > ReportingSubject) return false;
        foreach (var other in Roles)
            if (other.Role == ScoringRole.Target && other.First > r.Last && other.First < boundary) return false;
        return true;
    }

    /// <summary>Most tokens from a conditional modal to the mention it classifies ("would be torture", "could well
    /// amount to a war crime").</summary>
    internal const int ConsequentModalReach = 6;

    /// <summary>
    /// The consequent of a preposed condition that classifies what the condition supposes (claims round 45): the
    /// sentence opens with <i>if</i> (after <i>but, and, yet, so</i> at most; not <i>even if</i>, which concedes), its
    /// clause closes at a comma, and the mention is in the clause right after it, whose subject is the anaphor <i>that,
    /// this, it</i> with a form of <i>be</i>, a conditional modal (<i>would, could, might, may</i>) or <i>amounts</i>
    /// right after it ("If Russian commanders knowingly fired into a queue of families, that is a war crime") — not a
    /// cleft, <i>be</i> then <i>that</i> ("If 2022 proved anything, it is that …") —, or whose first verb is a
    /// conditional modal (<i>would, could, might</i>) with a classifying verb, the mention at most
    /// <see cref="ConsequentModalReach"/> tokens on and no <i>to, that</i> or clause word between ("If their accounts
    /// are borne out, their treatment would be torture"; not "Kyiv would be wise to remember that …"). A condition on
    /// the speech act (<see cref="ClaimRuleWords.SpeechActConditions"/>: <i>if anything, if you ask me, if I am
    /// honest</i>) conditions nothing. The main clause holds only if the condition does; <see cref="PreposedCondition"/>
    /// reads conditions on the claim's truth, this the claim that depends on one. The span of <i>if</i>.
    /// </summary>
    TextSpan? ConditionedConsequent()
    {
        var tokens = Text.Tokens;
        var start = Text.Sentences[tokens[_first].Sentence].FirstToken;
        var t = start;
        while (t < _first && t - start < 2 && Word(t) is "but" or "and" or "yet" or "so") t++;
        if (t >= _first || Word(t) is not "if") return null;
        // The first token after the condition's closing comma.
        var c = t + 1;
        while (c < _first && _document.CommasBetween(t, c) == 0) c++;
        if (c >= _first || _document.CommasBetween(c, _first) != 0 || !_document.SameClause(c, _first)) return null;
        if (IsSpeechActCondition(t + 1, c)) return null;
        var span = new TextSpan(tokens[t].Start, tokens[t].End);
        if (Word(c) is "that" or "this" or "it" && c + 1 < _first && (ClaimGrammar.IsBeForm(Word(c + 1)) || Word(c + 1) is "would" or "could" or "might" or "may" or "amounts"))
            return c + 2 < _first && Word(c + 2) is "that" ? null : span;
        // A conditional modal, the consequent's first verb, whose verb classifies ("would be", "would amount to",
        // "could constitute"), an adverb between at most; not one whose verb reports or does something else ("would
        // argue that …", "would do more to establish what Kyiv calls …", "would be wise to remember that …").
        for (var k = c; k < _first - 1; k++)
        {
            var word = Word(k);
            if (word is not ("would" or "could" or "might"))
            {
                if (ClaimGrammar.IsBeForm(word) || ClaimGrammar.IsAuxiliary(word) && !ClaimGrammar.IsAdverb(word) || ClaimGrammar.IsClauseWord(word)) return null;
                continue;
            }
            if (_first - k > ConsequentModalReach) return null;
            for (var b = k + 1; b < _first; b++)
                if (Word(b) is "to" or "that" || ClaimGrammar.IsClauseWord(Word(b))) return null;
            var v = k + 1;
            if (v < _first - 1 && ClaimGrammar.IsAdverb(Word(v))) v++;
            return Word(v) is "be" or "amount" or "constitute" or "qualify" or "count" ? span : null;
        }
        return null;
    }

    /// <summary>Whether the mention is a conjunct of a noun phrase that starts within <see cref="HedgeBefore"/> tokens of
    /// the condition's <i>if</i> at <paramref name="conditional"/>: <i>and, or</i> and a determiner right before the
    /// mention, a determiner within the window, no verb group, clause word, <i>that</i> or other conjunction from it to the
    /// mention, and the first conjunct not taken as given ("If we talk about the torture of prisoners in Izium and the
    /// deportation of children from Kherson, …").</summary>
    bool ConjunctOfConditionObject(int conditional)
    {
        var d = _first - 1;
        if (d - 1 <= conditional || Word(d) is not ("the" or "a" or "an") || Word(d - 1) is not ("and" or "or")) return false;
        var and = d - 1;
        var first = None;
        for (var k = conditional + 1; k < and; k++)
        {
            var word = Word(k);
            if (first == None)
            {
                if (k - conditional <= HedgeBefore && word is "the" or "a" or "an") first = k;
                continue;
            }
            if (ClaimGrammar.IsBeForm(word) || ClaimGrammar.IsAuxiliary(word) && !ClaimGrammar.IsAdverb(word) || ClaimGrammar.IsEdForm(word)
                || ClaimGrammar.IsClauseWord(word) || word is "and" or "or" or "that") return false;
        }
        // The first conjunct taken as given ("forget about the massacre … and the deportation …"): so is this one.
        return first != None && first - 1 > conditional && !IsTakenAsGiven(first, conditional);
    }

    /// <summary>Whether the determiner at <paramref name="determiner"/> opens an object a word takes as given: right after
    /// one of <see cref="ClaimRuleWords.PresupposingObjectWords"/>, or after <i>about</i> right after one ("forget about
    /// the massacre …"); nothing at or before <paramref name="floor"/> counts.</summary>
    bool IsTakenAsGiven(int determiner, int floor) =>
        determiner > floor && (_words.PresupposingObjectWords.Contains(Word(determiner - 1))
                               || (Word(determiner - 1) is "about" && determiner - 1 > floor && _words.PresupposingObjectWords.Contains(Word(determiner - 2))));

    /// <summary>Whether a condition, tokens [<paramref name="from"/>, <paramref name="end"/>), is on the speech act: at
    /// most four words, the last one of <see cref="ClaimRuleWords.SpeechActConditions"/>, in its own construction
    /// (claims round 45, second mend): <i>anything</i> as the whole condition ("if anything"), <i>me</i> after
    /// <i>ask, asked</i> ("if you ask me"), <i>honest, frank, candid, truthful</i> with the subject <i>I</i> or <i>we</i>
    /// and a form of <i>be</i> ("if I am honest", "if we are frank") — not "If they shoot me", "If the count is honest",
    /// "If Russia did anything".</summary>
    bool IsSpeechActCondition(int from, int end)
    {
        if (end <= from || end - from > 4) return false;
        var last = Word(end - 1);
        if (!_words.SpeechActConditions.Contains(last)) return false;
        if (last is "anything") return end - from == 1;
        if (last is "me") return end - from >= 2 && Word(end - 2) is "ask" or "asked";
        if (Word(from) is "i'm" or "we're") return true;
        if (Word(from) is not ("i" or "we")) return false;
        for (var k = from + 1; k < end - 1; k++)
            if (ClaimGrammar.IsBeForm(Word(k)) || Word(k) is "'m" or "'re") return true;
        return false;
    }

    /// <summary>
    /// A mention in an opening condition (claims round 45, mended): <i>if</i> opens the sentence (after <i>but, and,
    /// yet, so, even</i> at most) or the clause after a colon or semicolon, no comma stands between it and the mention,
    /// and the mention is what the condition supposes — within <see cref="HedgeBefore"/> tokens of <i>if</i>, or further
    /// through a <i>that</i>-complement ("If the reports are right that it includes material on decision-making around
    /// the transfer of children, that goes straight to the warrants"). A relative clause inside the condition (<i>where,
    /// which, who, whose, when</i>: "the filtration camps where Russian guards tortured prisoners") is the writer's
    /// description, not conditioned; so is a definite <i>the X</i> after a word that takes its object as given
    /// (<see cref="ClaimRuleWords.PresupposingObjectWords"/>: "forget about the massacre of civilians in Bucha").
    /// <see cref="ConditionalClause"/> reads <i>if</i> within the hedge window only. The span of <i>if</i>.
    /// </summary>
    TextSpan? InOpeningCondition()
    {
        var tokens = Text.Tokens;
        var start = Text.Sentences[tokens[_first].Sentence].FirstToken;
        for (var t = _first - 1; t >= start; t--)
        {
            if (_document.CommasBetween(t, _first) != 0) return null;
            var word = Word(t);
            if (word is "where" or "which" or "who" or "whose" or "when") return null;
            if (word is "the" && IsTakenAsGiven(t, start)) return null;
            if (word is not "if") continue;
            if (_first - t > HedgeBefore)
            {
                var complement = false;
                for (var k = t + 1; k < _first && !complement; k++) complement = Word(k) is "that";
                // "If we talk about the torture of prisoners in Izium and the deportation of children …": a conjunct of
                // an object inside the window is read as that object is (claims round 45, second mend).
                if (!complement && !ConjunctOfConditionObject(t)) return null;
            }
            var opener = t;
            while (opener > start && t - opener < 2 && Word(opener - 1) is "but" or "and" or "yet" or "so" or "even") opener--;
            var gap = opener > start ? _document.Gap(opener - 1, opener) : default;
            if (opener == start || gap.IndexOf(':') >= 0 || gap.IndexOf(';') >= 0)
                return new TextSpan(tokens[t].Start, tokens[t].End);
            return null;
        }
        return null;
    }
}
