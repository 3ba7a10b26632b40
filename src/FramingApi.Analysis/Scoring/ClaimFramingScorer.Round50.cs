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
    /// Whether a denial word before or after the mention is used in another sense (claims round 50): the verb
    /// <i>lie</i> of place before a preposition ("the strength of the file lies in the nineteen witnesses"), or a
    /// dismissal from office — a verb of <see cref="ClaimRuleWords.DismissalVerbs"/> right before <i>for</i> ("an
    /// official who was later dismissed for it") or before a person and <i>for</i> or <i>from</i> ("parliament dismissed
    /// her for spreading unverified reports"). Neither denies anything.
    /// </summary>
    bool IsOtherSenseOfDenial(RoleMatch denial)
    {
        if (denial.First != denial.Last) return false;
        var word = Word(denial.First);
        var sentenceEnd = SentenceEnd();
        var next = denial.Last + 1;
        if (next >= sentenceEnd || !_document.SameClause(denial.Last, next)) return false;
        var nextWord = Word(next);
        if (_words.LieVerbs.Contains(word)) return ClaimGrammar.IsPreposition(nextWord);
        if (!_words.DismissalVerbs.Contains(word)) return false;
        if (nextWord is "for") return true;
        return _words.PersonNouns.Contains(nextWord) && next + 1 < sentenceEnd
               && Word(next + 1) is "for" or "from";
    }

    /// <summary>
    /// A denial the writer rules out (claims round 50): a word of <see cref="ClaimRuleWords.DifficultyAdjectives"/> and
    /// <i>to</i> right before it ("its account of the drone attacks is hard to dismiss", "impossible to deny"). The
    /// writer says the claim stands.
    /// </summary>
    bool IsRuledOutDenial(RoleMatch denial)
    {
        var to = denial.First - 1;
        return to >= 1 && Word(to) is "to" && _document.SameClause(to - 1, denial.First) && _words.DifficultyAdjectives.Contains(Word(to - 1));
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
            if (!(ClaimGrammar.IsBeForm(w) || ClaimGrammar.IsAuxiliary(w) || w is "so" or "much" or "only" or "just" or "really"
                    or "simply" or "merely" or "about")) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a coordinated complement clause opens between a hedge before the mention and the mention (claims round
    /// 50): <i>that</i> right after <i>and, but, or</i> ("it concludes that Russian forces likely pillaged the museum
    /// and that they intentionally attacked the cathedral"). The hedge modifies its own clause; the second
    /// <i>that</i>-clause is a complement of its own.
    /// </summary>
    bool CoordinatedComplementBetween(int from, int to)
    {
        for (var t = from + 2; t < to; t++)
            if (Word(t) is "that" && Word(t - 1) is "and" or "but" or "or") return true;
        return false;
    }

    /// <summary>
    /// An object relative clause whose subject is long (claims round 50): a relative word (<i>which, that, whom</i>)
    /// in the classifying verb's clause, further back than the window of <see cref="Classification"/>, followed by a
    /// determiner or possessive that opens the clause's subject ("the strike on the station, which the Office of the
    /// Prosecutor General qualifies as a war crime"). Who qualifies is named: a classification, as the short
    /// "which the Office qualifies as" is. A subject relative ("the strike that hit the market … qualifies as") is not.
    /// </summary>
    bool LongObjectRelativeBefore(int verb, int sentenceStart)
    {
        for (var k = verb - ClassificationComplement - 4; k >= sentenceStart && _document.SameClause(k, verb); k--)
            if (Word(k) is "which" or "that" or "whom")
                return k + 1 < verb && (ClaimGrammar.IsDeterminer(Word(k + 1)) || ClaimGrammar.IsPossessive(Word(k + 1)));
        return false;
    }
}
