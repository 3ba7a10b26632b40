using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 43 (framing39): governors whose scope English marks by the construction rather than by distance — a
/// source adjunct that credits its whole sentence, a sentence-initial <i>whether</i> clause that keeps everything in
/// it open (docs/ANALYSIS.md, "Round 43 (framing39)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most tokens from the end of the mention to the head of a source adjunct after it ("…, are in the
    /// paper's view a familiar reflex").</summary>
    internal const int SourceAdjunctAfter = 8;

    /// <summary>Most tokens between the preposition of a source adjunct and its owner's possessive ("in the
    /// prosecutor general's view").</summary>
    internal const int SourceAdjunctOwner = 3;

    /// <summary>
    /// A source adjunct in the mention's sentence (claims round 43): a preposition (<i>in, by, on</i>), a third-person
    /// owner — a possessive (<i>the paper's, the authors'</i>, a few words after the preposition) or a possessive
    /// determiner (<i>its, his, her, their</i>), <i>own</i> allowed after it — and a head of
    /// <see cref="ClaimRuleWords.SourceAdjunctNouns"/> (<i>in the paper's view, by the report's account, in the
    /// Chamber's words, in the authors' phrase, in its own words</i>); or the head before <i>of</i> and its owner
    /// (<i>in the view of, in the words of</i>). Like <i>according to</i>, the adjunct credits its clause to the owner,
    /// wherever it stands in the sentence before the mention, or up to <see cref="SourceAdjunctAfter"/> tokens after it
    /// — not across a semicolon or colon, nor a comma and <i>but, and, while, yet</i> opening another clause (mend43).
    /// After the mention a possessive determiner is the actor's own (<i>…, and in their view it was justified</i>).
    /// First-person owners (<i>in my view, in our view</i>) are the writer's own, and
    /// <i>in other words, in the same words, by every account</i> name no source; a concessive <i>even on Moscow's
    /// account</i> argues from the source's premise to the writer's conclusion. The span of the adjunct; null when
    /// there is none.
    /// </summary>
    TextSpan? SourceAdjunct()
    {
        var tokens = Text.Tokens;
        var sentence = Text.Sentences[tokens[_first].Sentence];
        var start = sentence.FirstToken;
        var end = Math.Min(start + sentence.TokenCount - 1, _last + SourceAdjunctAfter);
        for (var h = start + 2; h <= end; h++)
        {
            if (h >= _first && h <= _last) continue;
            if (!_words.SourceAdjunctNouns.Contains(Word(h))) continue;
            var k = h - 1;
            if (Word(k) is "own") k--;
            int prep;
            if (Word(k) is "its" or "his" or "her" or "their")
            {
                // After the mention a possessive determiner is the actor's own ("…, and in their view it was justified").
                if (h > _last) continue;
                prep = k - 1;
            }
            else if (ClaimGrammar.IsPossessive(Word(k)))
            {
                prep = k - 1;
                while (prep > start && k - prep < SourceAdjunctOwner && Word(prep) is not ("in" or "by" or "on")
                       && !ClaimGrammar.IsClauseWord(Word(prep)) && _document.SameClause(prep, k))
                    prep--;
            }
            else if (Word(k) is "the" && h + 2 <= sentence.FirstToken + sentence.TokenCount - 1 && Word(h + 1) is "of")
                prep = k - 1;
            else continue;
            if (prep < start || Word(prep) is not ("in" or "by" or "on")) continue;
            if (prep > start && Word(prep - 1) is "even") continue;
            if (tokens[prep].Voice != tokens[_first].Voice) continue;
            if (h < _first ? ClauseStopBetween(h, _first) || CoordinationBetween(h, _first)
                           : ClauseStopBetween(_last, prep) || CoordinationBetween(_last, prep)) continue;
            return new TextSpan(tokens[prep].Start, tokens[h].End);
        }
        return null;
    }

    /// <summary>
    /// A sentence that opens with <i>whether</i> (after <i>but, and, yet</i> at most) is an open question up to its
    /// matrix predicate (<i>Whether particular strikes … were aimed at civilians is a question that needs evidence</i>;
    /// <i>Whether the prosecutor would frame the abuse as crimes against humanity is an open question</i>): the
    /// interrogative clause is the sentence's subject, and everything in it is hedged however far from the word — the
    /// hedge window of <i>whether</i> measures distance, this its clause (claims round 43). Not across a semicolon or
    /// colon, not past the clause's matrix verb, and nothing after the first comma of <i>whether … or (not)</i>, an
    /// adjunct (<i>Whether the talks succeed or fail, …</i>; mend43); only in the voice of the word. The span of <i>whether</i>; null when the sentence does not open so.
    /// </summary>
    TextSpan? OpeningWhether()
    {
        var tokens = Text.Tokens;
        var t = Text.Sentences[tokens[_first].Sentence].FirstToken;
        if (t < _first && Word(t) is "but" or "and" or "yet") t++;
        if (t >= _first || Word(t) is not "whether") return null;
        if (tokens[t].Voice != tokens[_first].Voice || ClauseStopBetween(t, _first)) return null;
        var or = false;
        var verb = false;
        for (var k = t + 1; k < _first; k++)
        {
            var w = Word(k);
            // "Whether the talks succeed or fail, …": an adjunct (regardless of which), no question about what follows.
            if (w is "or") or = true;
            else if (or && _document.CommasBetween(k - 1, k) > 0) return null;
            // "Whether anyone will be tried is unclear because …": the subject clause ends at the matrix verb.
            if (verb && w is "is" or "was" or "remains" or "remained" or "seems" or "seemed" or "depends" or "matters") return null;
            if (ClaimGrammar.IsBeForm(w) || ClaimGrammar.IsEdForm(w) || w is "will" or "would" or "can" or "could" or "may" or "might"
                    or "should" or "must" or "has" or "have" or "had" or "do" or "does" or "did")
                verb = true;
        }
        return new TextSpan(tokens[t].Start, tokens[t].End);
    }

    /// <summary>
    /// Whether a reporting verb after the mention has its own complement after it in its clause (claims round 43): a
    /// clause or object opening right after the verb — <i>that</i>, a pronoun, a determiner (<i>A volunteer group that
    /// tracks children taken from the region said it had confirmed …</i>; <i>Russia, which has bombarded Kharkiv's
    /// neighbourhoods, says it strikes only military targets</i>). What such a verb reports is what follows it; the
    /// mention stands in its subject (a relative or participial clause about the speaker), which it does not report.
    /// A reporting clause set off by a comma with its own subject (<i>…, officials said.</i>, <i>…, officials told the
    /// BBC</i>, <i>…, the report found this year</i>) still reports the clause before it whatever follows the verb (mend43).
    /// </summary>
    bool HasOwnComplement(RoleMatch r)
    {
        if (r.Last <= _last || !IsVerbUse(r) || Word(r.First) is "according" or "as" or "in") return false;
        var after = r.Last + 1;
        if (after >= SentenceEnd() || !_document.SameClause(r.Last, after)) return false;
        var verb = Word(r.First);
        if (!(ClaimGrammar.IsEdForm(verb) || ClaimGrammar.IsPluralOrVerbS(verb) || verb is "said" or "say" or "told" or "tell" or "found"
              or "wrote" or "write" || (verb.EndsWith("ing") && _document.CommasBetween(r.First - 1, r.First) == 1))) return false;
        var w = Word(after);
        if (!(w is "that" || ClaimGrammar.IsSourcePronoun(w) || ClaimGrammar.IsDeterminer(w))) return false;
        // The mention in the verb's subject, not in a clause coordinated before it ("did not dispute that …, but said").
        for (var t = _last + 1; t < r.First; t++)
            if (Word(t) is "but" or "yet" or "while" or "whereas" || (Word(t) is "and" && _document.CommasBetween(t - 1, t) == 1))
                return false;
        // A sign-off: a comma after the mention's clause, then the verb's own subject ("…, officials told the BBC", "…, the
        // report found this year"); the verb right after the comma (auxiliaries aside) closes a relative
        // clause in its subject ("Russia, which has bombarded …, says it") or is a participle ("…, saying they").
        // An entry that ends in its verb holds its subject ("officials said").
        var verbAt = r.Last > r.First && (ClaimGrammar.IsEdForm(Word(r.Last)) || Word(r.Last) is "said" or "says") ? r.Last : r.First;
        for (var c = r.First - 1; c >= _last; c--)
        {
            if (_document.CommasBetween(c, c + 1) == 0) continue;
            // "…, before a volunteer group found her": a subordinate clause, not a sign-off.
            if (ClaimGrammar.IsClauseWord(Word(c + 1)) || Word(c + 1) is "before" or "after" or "until" or "since" or "once") break;
            for (var t = c + 1; t < verbAt; t++)
                if (!ClaimGrammar.IsAuxiliary(Word(t))) return false;
            // "…, said the UN mission.", "…, wrote the New York Times.": the verb first and only its subject after it —
            // a sign-off in inverted order (mend44).
            if (verbAt == r.First && IsInvertedSubject(r.Last + 1)) return false;
            break;
        }
        return true;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> are only a noun phrase — a determiner or a name first,
    /// then names, titles and nouns — up to the sentence end, a comma (an appositive: <i>the regional governor, Oleh
    /// Syniehubov</i>) or an adjunct of place or source (<i>in</i>, <i>according to</i>): the subject of a reporting
    /// verb set before it (<i>…, said the UN mission.</i>; mend44). A pronoun, a verb form, an adverb or a clause word
    /// in it makes it a complement (<i>says it strikes only military targets</i>).</summary>
    bool IsInvertedSubject(int from)
    {
        var end = SentenceEnd();
        if (from >= end) return false;
        var first = Word(from);
        if (!(ClaimGrammar.IsDeterminer(first) && first is not ("this" or "that" or "these" or "those" or "some" or "any" or "no")
              || IsCapitalised(from))) return false;
        var n = 0;
        for (var t = from; t < end; t++)
        {
            if (t > from && _document.CommasBetween(t - 1, t) > 0) return n > 0;
            var w = Word(t);
            if (t > from && w is "in" or "according" or "on" or "at") return n > 0;
            if (w.Length == 0 || !char.IsLetter(w[0]) && !char.IsDigit(w[0])) continue;
            if (++n > 7) return false;
            if (IsCapitalised(t) || t == from || ClaimGrammar.IsPossessive(w) || w is "of") continue;
            if (ClaimGrammar.IsSourcePronoun(w) || ClaimGrammar.IsEdForm(w) || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsBeForm(w)
                || ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsPreposition(w) || w is "that" or "and" or "to")
                return false;
        }
        return n > 0;
    }

    /// <summary>Most tokens from a passive naming verb to the mention it names ("what are described, often before any
    /// investigation, as crimes against humanity").</summary>
    internal const int NamingReach = 8;

    /// <summary>
    /// A naming or describing verb in the passive with no agent, before the mention (claims round 43): <i>what is
    /// described as a system of abduction</i>, <i>what are described, often before any investigation, as crimes against
    /// humanity</i>, <i>these children are described as victims of a forced deportation</i>, <i>it is called coercion
    /// into citizenship</i>. Somebody calls it that, and nobody is named: like <i>said to</i> or <i>so-called</i>, the
    /// outlet keeps its distance without crediting anyone. A verb of <see cref="ClaimRuleWords.NamingVerbs"/> or
    /// <see cref="ClaimRuleWords.DescribingVerbs"/> in an -ed form right after a form of <i>be</i> (an adverb between at
    /// most), at most <see cref="NamingReach"/> tokens before the mention in its sentence, <i>as</i> between them (or
    /// the mention right after a verb of calling); no agent — no <i>by</i> between the verb and the mention or in the
    /// four tokens after it ("described by Moscow as evacuations" credits Moscow), no <i>in / according to</i> and a
    /// source entry between the verb and <i>as</i> ("described in the UN report as", mend43). The span of the verb.
    /// </summary>
    TextSpan? AgentlessNaming()
    {
        var tokens = Text.Tokens;
        var sentence = tokens[_first].Sentence;
        var start = Text.Sentences[sentence].FirstToken;
        for (var v = _first - 1; v > start && _first - v <= NamingReach; v--)
        {
            var verb = Word(v);
            if (!ClaimGrammar.IsEdForm(verb) && verb is not ("called" or "termed")) continue;
            if (!_words.NamingVerbs.Contains(verb) && !_words.DescribingVerbs.Contains(verb)) continue;
            var b = v - 1;
            if (b > start && ClaimGrammar.IsAdverb(Word(b))) b--;
            if (!ClaimGrammar.IsBeForm(Word(b))) continue;
            var hasAs = false;
            var agent = false;
            for (var k = v + 1; k < _first; k++)
            {
                if (Word(k) is "as") hasAs = true;
                if (Word(k) is "by") agent = true;
                // "described in the UN report as", "described according to the mission as": a source named (mend43).
                if (!hasAs && Word(k) is "in" or "according" && NamesSourceBetween(k, _first)) agent = true;
            }
            if (!hasAs && !(v + 1 == _first && _words.NamingVerbs.Contains(verb))) continue;
            var end = Math.Min(SentenceEnd(), _last + 5);
            for (var k = _last + 1; k < end; k++)
                if (Word(k) is "by") agent = true;
            if (agent || tokens[v].Voice != tokens[_first].Voice) return null;
            return new TextSpan(tokens[v].Start, tokens[v].End);
        }
        return null;
    }

    /// <summary>Whether the attribution the usual rules found (<paramref name="match"/>) is another word than the naming
    /// verb <paramref name="naming"/> itself (<i>described as</i> is an attribution entry): then it wins (mend43).</summary>
    bool AttributedBesides(int match, TextSpan naming)
    {
        if (match == None) return false;
        var tokens = Text.Tokens;
        foreach (var r in Roles)
            if (r.Match == match && (tokens[r.First].Start <= naming.Start && tokens[r.Last].End >= naming.End
                                     // "some of whom described what were presented as beatings": the naming verb stands
                                     // nearer the mention, inside what the source describes; it governs.
                                     || tokens[r.Last].End <= naming.Start)) return false;
        return true;
    }

    /// <summary>An attribution entry (<i>report, mission, according to</i>) from token <paramref name="a"/> up to before
    /// <paramref name="b"/>.</summary>
    bool NamesSourceBetween(int a, int b)
    {
        foreach (var q in Roles)
            if (q.Role == ScoringRole.Attribution && q.First >= a && q.Last < b) return true;
        return false;
    }

    /// <summary>A comma and a coordinating <i>but, and, while, yet</i> between tokens <paramref name="a"/> and
    /// <paramref name="b"/>: another clause (mend43).</summary>
    bool CoordinationBetween(int a, int b)
    {
        for (var t = a + 1; t < b; t++)
            if (Word(t) is "but" or "and" or "while" or "yet" && _document.CommasBetween(t - 1, t) == 1
                // "…, and has mistreated the staff": a second predicate of the same subject stays in the clause.
                && !(t + 1 < b && (ClaimGrammar.IsAuxiliary(Word(t + 1)) || ClaimGrammar.IsEdForm(Word(t + 1)))))
                return true;
        return false;
    }

    /// <summary>A semicolon or colon in the text between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    bool ClauseStopBetween(int a, int b)
    {
        var tokens = Text.Tokens;
        var gap = Text.Text.AsSpan(tokens[a].End, Math.Max(0, tokens[b].Start - tokens[a].End));
        return gap.IndexOfAny(';', ':') >= 0;
    }
}
