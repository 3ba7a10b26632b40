using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>Claims round 42 (claims38): the removal of a person by force under a verb the lexicon has no entry for,
/// read from the act's argument structure (docs/ANALYSIS.md, "Round 42").</summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens from an actor's last word to the verb it is the subject of (a subject tail and
    /// auxiliaries: "Russian military police have been", "Putin's secret police have been").</summary>
    internal const int SeizureVerbReach = 8;

    /// <summary>Most tokens from a seizure verb to the person it removes ("snatched nine doctors", "have been snatching
    /// the plant's Ukrainian workers").</summary>
    const int SeizedPersonReach = 4;

    /// <summary>Most tokens back from a passive's <i>by</i> to its participle ("were seized by", "was snatched
    /// by"), and from the participle to the person that is its subject ("nine doctors and paramedics were seized").</summary>
    const int SeizurePassiveReach = 6;

    // The verb the last seizure was read at: an actor named twice before one verb scores it once.
    int _seizureVerb = -1;

    /// <summary>Whether the actor match may be the agent of a seizure: a seizure verb within
    /// <see cref="SeizureVerbReach"/> tokens after it in its sentence, or <i>by</i> right before it (a cheap test made
    /// before any claim scorer is built).</summary>
    internal static bool MaySeize(AnalyzedText text, ClaimRuleWords words, in LexiconMatch actor)
    {
        if (words.RemovalVerbs.IsEmpty || words.PersonNouns.IsEmpty) return false;
        var tokens = text.Tokens;
        var first = actor.FirstToken;
        var last = first + actor.TokenCount - 1;
        var sentence = tokens[first].Sentence;
        if (first > 0 && tokens[first - 1].Sentence == sentence && text.TokenText(first - 1) is "by")
        {
            // "were seized by Russian military police": a seizure verb before "by", not every "condemned by Russia".
            for (var t = first - 2; t >= 0 && first - 1 - t <= SeizurePassiveReach && tokens[t].Sentence == sentence; t--)
                if (IsSeizureVerb(words, text.TokenText(t))) return true;
            return false;
        }
        for (var t = last + 1; t < tokens.Length && t - last <= SeizureVerbReach && tokens[t].Sentence == sentence; t++)
            if (IsSeizureVerb(words, text.TokenText(t))) return true;
        return false;
    }

    /// <summary>A verb of the lexicon's <c>seizure_verbs</c> or <c>detention_verbs</c>.</summary>
    static bool IsSeizureVerb(ClaimRuleWords words, ReadOnlySpan<char> word) => words.RemovalVerbs.Contains(word);

    /// <summary>
    /// Claims round 42: the removal of a person by force (GC IV arts. 42, 43, 78, 147: unlawful confinement; abduction,
    /// enforced disappearance), done by the actor at <paramref name="index"/> under a verb the lexicon has no entry for
    /// (the lexicon's <c>seizure_verbs</c>, or its <c>detention_verbs</c> with a sign of unlawfulness or occupation in the
    /// clause: <see cref="IsUnlawfulRemoval"/>): the actor is the verb's subject and a person its object, at most
    /// <see cref="SeizedPersonReach"/> tokens after it in its clause ("Russian military police dragged nine doctors and
    /// paramedics from their homes", "Kremlin cops snatched nine doctors", "Russian security agents have been
    /// snatching the plant's Ukrainian workers from their homes"), or the actor is the <i>by</i> agent of the verb's
    /// passive, a form of <i>be</i> before it and a person its subject ("nine doctors and paramedics were seized by
    /// Russian military police", "he was snatched by Russian troops"). Persons are the lexicon's <c>person_nouns</c>
    /// (personal pronouns and nouns of people). The claim is <c>war_crimes</c>, framed by the usual rules;
    /// <paramref name="from"/> and <paramref name="to"/> are its first and last tokens. Null when there is no such act:
    /// a reduced relative names a status ("prisoners detained by Russia"), a verb the lexicon already reads as a mention
    /// there is that mention ("abducted children and their teachers": child deportation), a verb coordinated before another act
    /// shares its object with it ("detained and tortured civilians": the lexicon's act), an object that is no person
    /// is no removal ("seized the bridge", "seized her phone"), a lawful arrest ("detained a US journalist on espionage
    /// charges", "Ukrainian police detained him"), a figurative verb ("dragged its neighbours into the war").
    /// </summary>
    internal ClaimDetail? ScoreSeizure(int index, out int from, out int to)
    {
        from = to = -1;
        var matches = _document.Matches;
        var actor = matches[index];
        var plan = _plans[actor.Lexicon];
        var words = plan.ClaimWords;
        var a = actor.FirstToken;
        var z = a + actor.TokenCount - 1;
        var sentence = Text.Tokens[a].Sentence;
        var sentenceEnd = Text.Sentences[sentence].FirstToken + Text.Sentences[sentence].TokenCount;
        int verb = -1, end = -1;
        var passive = a > 0 && Text.Tokens[a - 1].Sentence == sentence && Word(a - 1) is "by";
        if (passive)
        {
            // "were seized by Russian military police": the participle before "by", a person its subject.
            for (var t = a - 2; t >= 0 && a - 1 - t <= SeizurePassiveReach && _document.SameClause(t, a); t--)
            {
                if (ClaimGrammar.IsClauseWord(Word(t))) break;
                if (!IsSeizureVerb(words, Word(t))) continue;
                if (IsBePassive(t) && (PersonBefore(words, t) || IsPronounSubjectOf(t))) (verb, end) = (t, AgentEnd(z, sentenceEnd));
                break;
            }
        }
        else
        {
            // "Russian military police dragged nine doctors …": the first seizure verb after the actor, a person its object.
            for (var t = z + 1; t < sentenceEnd && t - z <= SeizureVerbReach && _document.SameClause(z, t); t++)
            {
                var w = Word(t);
                if (ClaimGrammar.IsClauseWord(w)) break;
                if (!IsSeizureVerb(words, w)) continue;
                var person = PersonAfter(words, t, sentenceEnd);
                if (person >= 0) (verb, end) = (t, person);
                break;
            }
        }
        if (verb < 0 || verb == _seizureVerb || Text.Tokens[verb].Voice != Text.Tokens[a].Voice) return null;
        if (!IsUnlawfulRemoval(words, verb, sentence, sentenceEnd) || IsFigurative(words, verb, sentenceEnd)) return null;

        _first = _last = verb;
        _index = index;
        // The window slides from the sentence's first role again; the sentence's roles are the same list.
        if (_rolesSentence == sentence && _rolesLexicon == actor.Lexicon) _lo = _hi = 0;
        else PrepareSentence(index, sentence, actor.Lexicon);
        while (_lo < _roles.Count && _roles[_lo].Last < _first - SentenceReach) _lo++;
        _hi = _lo;
        while (_hi < _roles.Count && _roles[_hi].First <= _last + SentenceReach) _hi++;
        // A verb the lexicon reads as a mention here (a trigger with its cue: "abducted children and their teachers")
        // is that mention, not a second one.
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Target && r.First <= verb && r.Last >= verb) return null;
        if (!passive)
        {
            // The actor must be (or end) the verb's subject ("Kremlin cops snatched", "Putin's secret police have been
            // dragging"), not an actor that only stands before it ("a Russian court said the police detained him").
            _subjectTail = SubjectTail;
            var subject = SubjectActor(verb);
            if (subject == None || matches[subject].Category != actor.Category) return null;
        }
        if (IsNoClaim(sentence)) return null;
        var target = Array.IndexOf(plan.CategoryKeys, GenericTarget);
        if (target < 0) return null;
        var chain = actor.Lexicon * 2 + (Text.Tokens[verb].Voice == Voice.Comments ? 1 : 0);
        _chain = chain;
        _seizureVerb = verb;
        (_discourseActor[chain], _framedActor[chain], _framedSentence[chain]) = (index, index, sentence);
        (_previousLast, _previousSentence, _previousLexicon, _previousActor, _previousTarget) = (verb, sentence, actor.Lexicon, index, target);
        _actorCategory = actor.Category;
        (from, to) = (verb, end);
        return Framed(GenericTarget, plan.CategoryKeys[actor.Category]);
    }

    /// <summary>The person a seizure verb at <paramref name="verb"/> removes: the first word of the lexicon's
    /// <c>person_nouns</c> at most <see cref="SeizedPersonReach"/> tokens after it in its clause, over what may stand
    /// before a person in a noun phrase — determiners, numbers, a quantifier and its <i>of</i> (the lexicon's
    /// <c>person_quantifiers</c>: "dozens of volunteers"), <i>at least</i>, possessives ("the plant's"), capitalised
    /// words ("Ukrainian", "US"), adverbs, and a word right before a person ("local men", "station workers", "the
    /// injured men"). -1 when a clause word, a preposition, another verb or a noun that is no person comes first ("seized
    /// the bodies of civilians", "grabbed her bag"), when the verb is coordinated with the next ("detained and tortured
    /// civilians": the object is the coordinated act's, which the lexicon reads), or the person is a possessor ("seized
    /// her phone", "seized the farmers' grain"). <i>us</i> is a person only in lower case ("a US journalist").</summary>
    int PersonAfter(ClaimRuleWords words, int verb, int sentenceEnd)
    {
        for (var t = verb + 1; t < sentenceEnd && t - verb <= SeizedPersonReach && _document.SameClause(verb, t); t++)
        {
            var w = Word(t);
            if (words.PersonNouns.Contains(w) && !(w is "us" && IsCapitalised(t)))
            {
                var next = t + 1;
                var open = next >= sentenceEnd || !_document.SameClause(t, next) || (PunctuationBefore(next) && !ApostropheBefore(next));
                if (w is "her")
                {
                    // "seized her phone": a possessive determiner; "seized her at the checkpoint", "seized her.": the person.
                    if (open || ClaimGrammar.IsPreposition(Word(next)) || Word(next) is "and" or "or") return t;
                    return -1;
                }
                if (w is "him" or "them" or "us" or "me" || open) return t;
                // "the farmers' grain", "the women's phones", "civilians homes": a possessor, not the object.
                if (ApostropheBefore(next) || IsNounAfterPerson(next)) continue;
                return t;
            }
            if (w is "of")
            {
                // "dozens of volunteers"; "the bodies of civilians" has stopped at "bodies".
                var before = Word(t - 1);
                if (t - 1 > verb && (words.PersonQuantifiers.Contains(before) || ClaimGrammar.IsNumberWord(before))) continue;
                return -1;
            }
            if (w is "at" && WordAfter(t) is "least") { t++; continue; }
            if (ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsPreposition(w) || w is "and" or "or" or "but") return -1;
            if (ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsNumberWord(w) || words.PersonQuantifiers.Contains(w)
                || char.IsDigit(w[0]) || ClaimGrammar.IsPossessive(w) || IsCapitalised(t) || ClaimGrammar.IsAdverb(w))
                continue;
            // A modifier right before a person ("local men", "station workers", "the injured men"); any other word is
            // a noun that is no person, or another verb ("seized the bridge", "grabbed power").
            if (t + 1 < sentenceEnd && _document.SameClause(t, t + 1) && !PunctuationBefore(t + 1)
                && words.PersonNouns.Contains(Word(t + 1)))
                continue;
            return -1;
        }
        return -1;

        ReadOnlySpan<char> WordAfter(int t) => t + 1 < sentenceEnd ? Word(t + 1) : default;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a noun after a person noun, which makes the person its
    /// modifier or possessor ("women workers", "civilians homes"): a lower-case word that is no function word, verb form
    /// or adverb.</summary>
    bool IsNounAfterPerson(int t)
    {
        var w = Word(t);
        return !IsCapitalised(t) && char.IsLetter(w[0]) && !ClaimGrammar.IsStopword(w) && !ClaimGrammar.IsPreposition(w)
               && !ClaimGrammar.IsClauseWord(w) && !ClaimGrammar.IsDeterminer(w) && !ClaimGrammar.IsAuxiliary(w)
               && !ClaimGrammar.IsNumberWord(w) && !ClaimGrammar.IsEdForm(w) && !w.EndsWith("ing");
    }

    /// <summary>Whether the token's text starts with a capital letter.</summary>
    bool IsCapitalised(int t) => (Text.Tokens[t].Flags & TokenFlags.Capitalized) != 0;

    /// <summary>Whether a mark other than white space stands between the token at <paramref name="t"/> and the one
    /// before it.</summary>
    bool PunctuationBefore(int t) => !_document.Gap(t - 1, t).IsWhiteSpace();

    /// <summary>Whether the gap before the token at <paramref name="t"/> opens with an apostrophe glued to the word
    /// before ("farmers' grain").</summary>
    bool ApostropheBefore(int t)
    {
        var tokens = Text.Tokens;
        var end = tokens[t - 1].End;
        return end < tokens[t].Start && Text.Text[end] is '\'' or '\u2019';
    }

    /// <summary>The last token of the <i>by</i> agent's noun phrase that starts at the actor ending at
    /// <paramref name="z"/>: at most <see cref="SubjectTail"/> more lower-case words with no mark between them ("by
    /// Ukrainian police", "by Russian military police in March").</summary>
    int AgentEnd(int z, int sentenceEnd)
    {
        var end = z;
        for (var t = z + 1; t < sentenceEnd && t - z <= SubjectTail && !PunctuationBefore(t) && IsNounAfterPerson(t); t++)
            end = t;
        return end;
    }

    /// <summary>Whether the removal at <paramref name="verb"/> may be unlawful: a word of <c>unlawful_detention_marks</c>
    /// in its clause ("illegally detained", "the occupiers detained"), a word of the lexicon's <c>lawful_arrest_words</c>
    /// after <i>without</i> ("without charge") or a charge after a word of <c>false_charge_marks</c> ("on trumped-up
    /// charges") — such a mark outweighs lawful words (mend44); else no lawful-arrest word in its clause ("detained a US
    /// journalist on espionage charges", "at an anti-war protest"; protesters who are the verb's object are no such
    /// word, mend44) and a verb that is not of <c>detention_verbs</c> (the wire's verb for arrests).</summary>
    bool IsUnlawfulRemoval(ClaimRuleWords words, int verb, int sentence, int sentenceEnd)
    {
        bool lawful = false, unlawful = false;
        for (var t = Text.Sentences[sentence].FirstToken; t < sentenceEnd; t++)
        {
            var w = Word(t);
            var arrest = words.LawfulArrestWords.Contains(w);
            if (!arrest && !words.UnlawfulDetentionMarks.Contains(w)) continue;
            if (!_document.SameClause(Math.Min(t, verb), Math.Max(t, verb))) continue;
            if (!arrest || t > 0 && Word(t - 1) is "without" || FalseChargeBefore(words, t)) unlawful = true;
            else if (!IsProtesterObject(words, verb, t)) lawful = true;
        }
        // An unlawfulness or occupation mark outweighs lawful words ("abducted dozens of protesters at a rally in
        // occupied Kherson", mend44).
        return unlawful || !lawful && !words.DetentionVerbs.Contains(Word(verb));
    }

    /// <summary>A word of <c>false_charge_marks</c> at most three tokens before the charge at <paramref name="t"/>
    /// ("on trumped-up charges", "on fabricated espionage charges", "politically motivated charges"; mend44).</summary>
    bool FalseChargeBefore(ClaimRuleWords words, int t)
    {
        if (Word(t) is not ("charge" or "charges" or "charged")) return false;
        for (var k = t - 1; k >= 0 && t - k <= 3 && _document.SameClause(k, t); k--)
            if (words.FalseChargeMarks.Contains(Word(k))) return true;
        return false;
    }

    /// <summary>Whether the lawful word at <paramref name="t"/> is a person noun of protest (<i>protesters,
    /// demonstrators</i>) that is the verb's object — right after it or after determiners, numbers and the lexicon's
    /// <c>person_quantifiers</c> ("abducted dozens of
    /// protesters"): those seized, not a sign of lawful policing (mend44).</summary>
    bool IsProtesterObject(ClaimRuleWords words, int verb, int t)
    {
        var w = Word(t);
        if (t <= verb || t - verb > 4 || !(w.EndsWith("ers") || w.EndsWith("ors"))) return false;
        for (var k = verb + 1; k < t; k++)
        {
            var x = Word(k);
            if (!(ClaimGrammar.IsDeterminer(x) || ClaimGrammar.IsNumberWord(x) || x is "of" || words.PersonQuantifiers.Contains(x)
                  || char.IsDigit(x[0]))) return false;
        }
        return true;
    }

    /// <summary>Most tokens from <i>into</i> to the head of its noun phrase (mend44).</summary>
    internal const int FigurativeReach = 6;

    /// <summary>A figurative seizure: <i>into</i> and a noun of the lexicon's <c>abstract_goal_nouns</c> after the
    /// verb in its clause, at most <see cref="FigurativeReach"/> tokens after <i>into</i> and before a preposition or a
    /// clause word ("dragged its neighbours into the war", "dragged us into this conflict", "dragged his own people into
    /// a bloody, pointless war").</summary>
    bool IsFigurative(ClaimRuleWords words, int verb, int sentenceEnd)
    {
        for (var t = verb + 1; t < sentenceEnd && t - verb <= SeizureVerbReach && _document.SameClause(verb, t); t++)
        {
            if (Word(t) is not "into") continue;
            // To the head of the noun phrase after "into", over determiners, adjectives and commas ("into a bloody,
            // pointless war", "into a new Cold War"; mend44); a preposition or a clause word ends it.
            for (var g = t + 1; g < sentenceEnd && g - t <= FigurativeReach; g++)
            {
                var w = Word(g);
                if (words.AbstractGoalNouns.Contains(w)) return true;
                if (ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsClauseWord(w) || w is "and" or "or" or "but") return false;
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether a person of the lexicon's <c>person_nouns</c> stands at most <see cref="SeizurePassiveReach"/>
    /// tokens before the passive participle at <paramref name="verb"/>, in its clause ("nine doctors and paramedics were
    /// seized").</summary>
    bool PersonBefore(ClaimRuleWords words, int verb)
    {
        for (var t = verb - 1; t >= 0 && verb - t <= SeizurePassiveReach && _document.SameClause(t, verb); t--)
        {
            var w = Word(t);
            if (words.PersonNouns.Contains(w)) return true;
            if (ClaimGrammar.IsClauseWord(w)) return false;
        }
        return false;
    }

    /// <summary>A form of <i>be</i> among the auxiliaries right before the participle ("were seized", "was snatched",
    /// "had been detained"): a reduced relative ("prisoners held by Russia", "civilians detained by Russia") names a
    /// status, not an act.</summary>
    bool IsBePassive(int verb)
    {
        for (var t = verb - 1; t >= 0 && verb - t <= 4 && _document.SameClause(t, verb) && ClaimGrammar.IsAuxiliary(Word(t)); t--)
            if (ClaimGrammar.IsBeForm(Word(t))) return true;
        return false;
    }

    /// <summary>"he was snatched", "they were seized": a personal pronoun as the passive's subject, over auxiliaries.</summary>
    bool IsPronounSubjectOf(int verb)
    {
        var t = verb - 1;
        while (t >= 0 && verb - t <= 5 && _document.SameClause(t, verb) && ClaimGrammar.IsAuxiliary(Word(t))) t--;
        return t >= 0 && _document.SameClause(t, verb) && Word(t) is "he" or "she" or "they" or "we" or "i";
    }
}
