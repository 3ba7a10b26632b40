using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 50 (framing50): the scope of a denial or hedge word as English marks it — a denial word used in
/// another sense (<i>lies in</i>, <i>dismissed for</i>), a denial the writer rules out (<i>hard to dismiss</i>), a
/// negated <i>whether</i>, a hedge whose clause ends at a coordinated <i>and that</i> (docs/ANALYSIS.md, "Round 50
/// (framing50)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens between a negation and the <i>whether</i> it negates ("will not be whether").</summary>
    internal const int NegatedWhetherReach = 4;

    /// <summary>
    /// Whether a denial word before or after the mention is used in another sense (claims round 50, mend50): the verb
    /// <i>lies</i> of place or locus before <i>in, with, within, behind, beyond, at, ahead</i> ("the strength of the file
    /// lies in the nineteen witnesses", "responsibility lies with the commanders", one adverb between: "lies somewhere
    /// between") — not the noun after a determiner,
    /// <i>of</i> or a naming verb ("called the reports lies in …"), and never before another preposition ("Kyiv lies about
    /// the massacre" denies) —, or a dismissal from office: a verb of <see cref="ClaimRuleWords.DismissalVerbs"/> in the
    /// passive after a person subject (<i>who, he, she</i>, a person noun, the head of a short noun phrase that is no
    /// claim noun), right before <i>for</i> ("an official who was later dismissed for it"), or
    /// active before a person object and <i>for</i> or <i>from</i> ("parliament dismissed her for spreading unverified
    /// reports"; not <i>them, us</i>: "Moscow dismissed them from the start" dismisses the claims). Neither denies anything.
    /// A party right before <i>lies</i> (except before <i>behind, beyond, between</i>), or <i>about</i> later in its
    /// clause, makes it the verb of lying (mend50b: "Russia lies at the UN about the massacre").
    /// </summary>
    bool IsOtherSenseOfDenial(RoleMatch denial)
    {
        if (denial.First != denial.Last) return false;
        var word = Word(denial.First);
        var sentenceEnd = SentenceEnd();
        var next = denial.Last + 1;
        if (next >= sentenceEnd || !_document.SameClause(denial.Last, next)) return false;
        var nextWord = Word(next);
        if (_words.LieVerbs.Contains(word))
        {
            // One adverb may stand between: "lies squarely with", "lies somewhere between".
            if ((ClaimGrammar.IsAdverb(nextWord) || nextWord is "somewhere" or "elsewhere" or "deep" or "far" or "not")
                && next + 1 < sentenceEnd && _document.SameClause(next, next + 1))
                nextWord = Word(next + 1);
            if (nextWord is not ("in" or "with" or "within" or "behind" or "beyond" or "between" or "at" or "ahead")) return false;
            if (denial.First == 0) return true;
            var before = Word(denial.First - 1);
            if (ClaimGrammar.IsDeterminer(before) || before is "of" || _words.NamingVerbs.Contains(before)) return false;
            // mend50b: a party right before ("Russia lies at the UN", "Moscow lies in its reports") tells lies, except
            // where a party is a locus ("the Kremlin lies behind the attack", "Ukraine lies between Russia and Poland");
            // and "about" later in the clause is what the lie is about ("… lies at the UN about the massacre").
            if (nextWord is not ("behind" or "beyond" or "between") && IsPartyEndingAt(denial.First - 1)) return false;
            return !AboutFollows(denial.Last, sentenceEnd);
        }
        if (!_words.DismissalVerbs.Contains(word)) return false;
        if (nextWord is "for") return IsPassiveWithPersonSubject(denial.First);
        return nextWord is not ("them" or "us") && _words.PersonNouns.Contains(nextWord) && next + 1 < sentenceEnd
               && Word(next + 1) is "for" or "from";
    }

    /// <summary>Most tokens after <i>lies</i> looked through for the <i>about</i> of lying (mend50b).</summary>
    internal const int LiesAboutReach = 8;

    /// <summary>An actor match (a party) that ends at the token, not a possessive ("Russia's economy lies in ruins").</summary>
    bool IsPartyEndingAt(int t)
    {
        if (t < 0 || ClaimGrammar.IsPossessive(Word(t))) return false;
        foreach (var r in Roles)
            if (r.Role == ScoringRole.Actor && r.Last == t) return true;
        return false;
    }

    /// <summary><i>about</i> within <see cref="LiesAboutReach"/> tokens after <i>lies</i>, in its clause (mend50b).</summary>
    bool AboutFollows(int lies, int sentenceEnd)
    {
        for (var t = lies + 1; t < sentenceEnd && t - lies <= LiesAboutReach && _document.SameClause(lies, t); t++)
            if (Word(t) is "about") return true;
        return false;
    }

    /// <summary>"who was (later) dismissed", "the minister was dismissed": a form of <i>be</i> before the participle
    /// (adverbs between), and before it <i>who</i>, <i>he, she</i>, a person noun, or a noun after a determiner that is
    /// no claim noun ("the report was dismissed for lack of evidence" denies).</summary>
    bool IsPassiveWithPersonSubject(int participle)
    {
        var t = participle - 1;
        while (t >= 0 && participle - t <= 3 && (ClaimGrammar.IsAdverb(Word(t)) || Word(t) is "later" or "then" or "soon" or "also" or "since"))
            t--;
        if (t < 1 || !ClaimGrammar.IsBeForm(Word(t))) return false;
        var subject = Word(t - 1);
        if (subject is "who" or "he" or "she") return true;
        if (subject is "them" or "us" or "they" or "it" || _words.ClaimNouns.Contains(subject)) return false;
        if (PersonRelativeBefore(t - 1)) return true;
        // A person noun, or the head of a short noun phrase ("the minister was dismissed"): not a claim noun, and not the
        // last word of a clause before it ("allegations that soldiers tortured prisoners were dismissed").
        if (_words.PersonNouns.Contains(subject)) return true;
        // A determiner or possessive opens the phrase, a modifier or two between ("the finance director was").
        var opener = t - 2;
        while (opener >= 0 && t - opener <= 4 && !(ClaimGrammar.IsDeterminer(Word(opener)) || ClaimGrammar.IsPossessive(Word(opener))))
        {
            var w = Word(opener);
            if (ClaimGrammar.IsStopword(w) || ClaimGrammar.IsEdForm(w) || _words.ClaimNouns.Contains(w)) return false;
            opener--;
        }
        if (opener < 0 || t - opener > 4) return false;
        // "the report that Russian troops shelled the hospital was dismissed": the phrase ends a clause inside the subject.
        var sentenceStart = Text.Sentences[Text.Tokens[participle].Sentence].FirstToken;
        for (var k = opener - 1; k >= sentenceStart && t - k <= 12; k--)
            if (Word(k) is "that" or "which") return false;
        return true;
    }

    /// <summary>Most tokens from a form of <i>be</i> back to the <i>who</i> of a relative clause in its subject.</summary>
    internal const int SubjectRelativeReach = 14;

    /// <summary>
    /// A relative clause between a person subject and its passive (mend50b): walking back from the end of the subject
    /// over no <i>that, which</i>, a <i>who</i> whose antecedent heads the subject — a person noun or a noun after a
    /// determiner or possessive that is no claim noun, and no preposition before that phrase ("The officer who exposed
    /// the torture of prisoners was dismissed for it"; not "claims by the activists who say … were dismissed").
    /// </summary>
    bool PersonRelativeBefore(int subjectEnd)
    {
        var sentenceStart = Text.Sentences[Text.Tokens[subjectEnd].Sentence].FirstToken;
        for (var k = subjectEnd; k > sentenceStart && subjectEnd - k <= SubjectRelativeReach; k--)
        {
            var w = Word(k);
            if (w is "that" or "which" or "whom" or "whose") return false;
            if (w is not "who") continue;
            var head = Word(k - 1);
            if (ClaimGrammar.IsStopword(head) || _words.ClaimNouns.Contains(head)) return false;
            // The phrase's opener: a determiner or possessive, modifiers between ("the finance officer who"), or the
            // person noun itself ("officials who").
            var opener = k - 2;
            while (opener >= sentenceStart && k - opener <= 4 && !(ClaimGrammar.IsDeterminer(Word(opener)) || ClaimGrammar.IsPossessive(Word(opener)))
                   && !ClaimGrammar.IsStopword(Word(opener)) && !_words.ClaimNouns.Contains(Word(opener)))
                opener--;
            var determined = opener >= sentenceStart && k - opener <= 4 && (ClaimGrammar.IsDeterminer(Word(opener)) || ClaimGrammar.IsPossessive(Word(opener)));
            if (!determined)
            {
                if (!_words.PersonNouns.Contains(head)) return false;
                opener = k - 1;
            }
            // Nothing governs the phrase: the sentence opens with it, or no function word stands before it ("claims by
            // the activists who …" is the claims' subject).
            return opener == sentenceStart || !ClaimGrammar.IsStopword(Word(opener - 1));
        }
        return false;
    }

    /// <summary>
    /// A denial the writer rules out (claims round 50, mend50): a word of <see cref="ClaimRuleWords.DifficultyAdjectives"/>
    /// and <i>to</i> right before it, the adjective a predicate — after a form of <i>be</i>, <i>it</i> or a linking verb
    /// (degree adverbs and a parenthesis between: "its account of the drone attacks is, on the evidence, hard to dismiss",
    /// "it is impossible to deny", "seems hard to deny"). The writer says the claim stands. The adverb after an ordinary
    /// verb ("tried hard to deny", "worked hard to dismiss") rules out nothing: the denial is made.
    /// </summary>
    bool IsRuledOutDenial(RoleMatch denial)
    {
        var to = denial.First - 1;
        if (!(to >= 2 && Word(to) is "to" && _document.SameClause(to - 1, denial.First) && _words.DifficultyAdjectives.Contains(Word(to - 1))))
            return false;
        var t = to - 2;
        var sentenceStart = Text.Sentences[Text.Tokens[denial.First].Sentence].FirstToken;
        if (t >= sentenceStart && _document.CommasBetween(t, t + 1) > 0)
        {
            // A parenthesis between ("is, on the evidence, hard"): step over it to the comma that opens it.
            var open = t;
            while (open > sentenceStart && t - open < 6 && _document.CommasBetween(open - 1, open) == 0) open--;
            if (open == sentenceStart || _document.CommasBetween(open - 1, open) == 0) return false;
            t = open - 1;
        }
        while (t >= sentenceStart && (Word(t) is "so" or "too" or "very" or "quite" or "rather" or "almost" or "nearly" or "all" or "even" or "more" or "most"
                   || ClaimGrammar.IsAdverb(Word(t)))) t--;
        if (t < sentenceStart) return false;
        var w = Word(t);
        return ClaimGrammar.IsBeForm(w) || w is "it" or "seem" or "seems" or "seemed" or "prove" or "proves" or "proved" or "proven"
            or "appear" or "appears" or "appeared" or "remain" or "remains" or "remained" or "become" or "becomes" or "became";
    }

    /// <summary>
    /// A negated <i>whether</i> (claims round 50): a negation (<i>not, never</i>) at most
    /// <see cref="NegatedWhetherReach"/> tokens before it in its clause, only forms of <i>be</i>, modals and
    /// focusing adverbs between ("the question will not be whether Russian missiles struck substations — that is well
    /// established — but whether …", "the issue is not whether the killings were a crime"). The writer grants the
    /// clause and asks about another; it raises no question about its own.
    /// </summary>
    bool IsNegatedWhether(RoleMatch hedge)
    {
        if (hedge.First != hedge.Last || Word(hedge.First) is not "whether") return false;
        var sentenceStart = Text.Sentences[Text.Tokens[hedge.First].Sentence].FirstToken;
        for (var t = hedge.First - 1; t >= sentenceStart && hedge.First - t <= NegatedWhetherReach && _document.SameClause(t, hedge.First); t--)
        {
            var w = Word(t);
            if (w is "not" or "never" or "n't") return true;
            // "not only / just / simply / merely whether X but also Y": the writer asks X too (mend50).
            if (w is "only" or "just" or "simply" or "merely") return false;
            if (!(ClaimGrammar.IsBeForm(w) || ClaimGrammar.IsAuxiliary(w) || w is "so" or "much" or "really" or "about")) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a coordinated complement clause opens between a hedge before the mention and the mention (claims round
    /// 50, mend50): <i>that</i> right after <i>and, but, or</i>, a subject after it (a pronoun, a determiner or possessive,
    /// a capitalised word), and the hedge an adverb or modal inside the first <i>that</i>-clause — a <i>that</i> before
    /// it in its sentence ("it concludes that Russian forces likely pillaged the museum and that they intentionally
    /// attacked the cathedral"). That hedge modifies its own clause; the second <i>that</i>-clause is a complement of its
    /// own. A hedge that introduces the clauses ("it is possible that X and that Y", "suggests that", "whether") governs
    /// both; "and that night" is no clause.
    /// </summary>
    bool CoordinatedComplementBetween(RoleMatch hedge, int to)
    {
        var from = hedge.Last;
        if (Word(hedge.First) is "whether" || (from + 1 < to && Word(from + 1) is "that")) return false;
        var sentenceStart = Text.Sentences[Text.Tokens[hedge.First].Sentence].FirstToken;
        var opened = false;
        for (var k = hedge.First - 1; k >= sentenceStart && hedge.First - k <= 12 && !opened; k--)
            opened = Word(k) is "that";
        if (!opened) return false;
        for (var t = from + 2; t + 1 < to; t++)
            if (Word(t) is "that" && Word(t - 1) is "and" or "but" or "or" && OpensSubject(t + 1)) return true;
        return false;

        bool OpensSubject(int s)
        {
            var w = Word(s);
            return w is "they" or "he" or "she" or "it" or "we" or "i" or "you" || ClaimGrammar.IsDeterminer(w)
                || ClaimGrammar.IsPossessive(w) || IsCapitalised(s);
        }
    }

    /// <summary>Most tokens from a classifying verb back to the relative word of its object relative.</summary>
    internal const int ObjectRelativeReach = 14;

    /// <summary>
    /// An object relative clause whose subject is long (claims round 50, mend50): a relative word (<i>which, whom</i>, or
    /// <i>that</i> right after a noun) in the classifying verb's clause, at most <see cref="ObjectRelativeReach"/> tokens
    /// back, further than the window of <see cref="Classification"/>, followed by the clause's subject — a determiner or
    /// possessive, a bare plural, or an adjective and a plural ("the strike on the station, which the Office of the
    /// Prosecutor General qualifies as a war crime", "which Ukrainian prosecutors in the Kharkiv region qualify as") —
    /// and no finite verb between the subject and the classifying verb. Who qualifies is named: a classification, as the
    /// short "which the Office qualifies as" is. A subject relative ("the strike that hit the market … qualifies as"), a
    /// relative with its own verb ("the strike that the army launched on the station qualifies as") or a complementiser
    /// ("it is clear that the strike … qualifies as") is not.
    /// </summary>
    bool LongObjectRelativeBefore(int verb, int sentenceStart)
    {
        for (var k = verb - ClassificationComplement - 4; k >= sentenceStart && verb - k <= ObjectRelativeReach && _document.SameClause(k, verb); k--)
        {
            if (!IsRelativeWord(k, sentenceStart)) continue;
            if (k + 2 >= verb) return false;
            var first = Word(k + 1);
            var opens = ClaimGrammar.IsDeterminer(first) || ClaimGrammar.IsPossessive(first) || ClaimGrammar.IsPluralOrVerbS(first)
                        || ((IsCapitalised(k + 1) || ClaimGrammar.IsAdjectival(first)) && ClaimGrammar.IsPluralOrVerbS(Word(k + 2)));
            if (!opens) return false;
            for (var t = k + 2; t < verb; t++)
                if (IsFiniteVerbForm(t)) return false;
            return true;
        }
        return false;
    }

    /// <summary>A relative word: <i>which, whom</i>, or <i>that</i> right after a noun — not after a form of <i>be</i>, an
    /// auxiliary, an adverb, a function word, a verb in <i>-ed</i>, a naming verb, or an adjective after <i>be</i>
    /// ("it is clear that …": a complementiser).</summary>
    bool IsRelativeWord(int k, int sentenceStart)
    {
        var w = Word(k);
        if (w is "which" or "whom") return true;
        if (w is not "that" || k - 1 < sentenceStart) return false;
        var before = Word(k - 1);
        if (ClaimGrammar.IsStopword(before) || ClaimGrammar.IsAuxiliary(before) || ClaimGrammar.IsEdForm(before)
            || _words.NamingVerbs.Contains(before) || _words.IrregularPastVerbs.Contains(before) || before is "says" or "say")
            return false;
        return !(k - 2 >= sentenceStart && (ClaimGrammar.IsAuxiliary(Word(k - 2)) || Word(k - 2) is "it"));
    }

    /// <summary>A finite verb inside a relative clause's subject: a form in <i>-ed</i> after no determiner
    /// ("the Russian army launched on the station"), or an irregular past of the lexicon.</summary>
    bool IsFiniteVerbForm(int t)
    {
        var w = Word(t);
        if (_words.IrregularPastVerbs.Contains(w)) return true;
        return ClaimGrammar.IsEdForm(w) && !ClaimGrammar.IsDeterminer(Word(t - 1)) && !ClaimGrammar.IsAdverb(Word(t - 1))
               && t + 1 < Text.Tokens.Length && (ClaimGrammar.IsPreposition(Word(t + 1)) || ClaimGrammar.IsDeterminer(Word(t + 1)));
    }
}
