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
        if (words.SeizureVerbs.IsEmpty || words.PersonNouns.IsEmpty) return false;
        var tokens = text.Tokens;
        var first = actor.FirstToken;
        var last = first + actor.TokenCount - 1;
        var sentence = tokens[first].Sentence;
        if (first > 0 && tokens[first - 1].Sentence == sentence && text.TokenText(first - 1) is "by") return true;
        for (var t = last + 1; t < tokens.Length && t - last <= SeizureVerbReach && tokens[t].Sentence == sentence; t++)
            if (words.SeizureVerbs.Contains(text.TokenText(t))) return true;
        return false;
    }

    /// <summary>
    /// Claims round 42: the removal of a person by force (GC IV arts. 42, 43, 78, 147: unlawful confinement; abduction,
    /// enforced disappearance), done by the actor at <paramref name="index"/> under a verb the lexicon has no entry for
    /// (the lexicon's <c>seizure_verbs</c>): the actor is the verb's subject and a person its object, at most
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
    /// is no removal ("seized the bridge").
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
                if (!words.SeizureVerbs.Contains(Word(t))) continue;
                if (IsBePassive(t) && (PersonBefore(words, t) || IsPronounSubjectOf(t))) (verb, end) = (t, z);
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
                if (!words.SeizureVerbs.Contains(w)) continue;
                var person = PersonAfter(words, t, sentenceEnd);
                if (person >= 0) (verb, end) = (t, person);
                break;
            }
        }
        if (verb < 0 || verb == _seizureVerb || Text.Tokens[verb].Voice != Text.Tokens[a].Voice) return null;

        _first = _last = verb;
        _index = index;
        _rolesSentence = -1; // a fresh window
        PrepareSentence(index, sentence, actor.Lexicon);
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
    /// <c>person_nouns</c> at most <see cref="SeizedPersonReach"/> tokens after it in its clause; -1 when a clause word
    /// or another verb comes first, or the verb is coordinated with the next ("detained and tortured civilians": the
    /// object is the coordinated act's, which the lexicon reads).</summary>
    int PersonAfter(ClaimRuleWords words, int verb, int sentenceEnd)
    {
        for (var t = verb + 1; t < sentenceEnd && t - verb <= SeizedPersonReach && _document.SameClause(verb, t); t++)
        {
            var w = Word(t);
            if (words.PersonNouns.Contains(w)) return t;
            if (ClaimGrammar.IsClauseWord(w) || (t == verb + 1 && w is "and" or "or") || ClaimGrammar.IsEdForm(w)) return -1;
        }
        return -1;
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
