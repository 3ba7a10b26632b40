using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 58 (claimsverb58): the present-tense reporting verb <i>claims</i> with a zero-<i>that</i> complement
/// ("Moscow claims Ukrainian forces shelled the hospital"). The lexicon reads <i>claims that</i> and <i>claims of</i>,
/// and <i>claims</i> alone is also a noun ("the claims were dismissed", "insurance claims rose"), so the bare verb was
/// not read at all and the outlet seemed to assert what it reports someone claims (docs/ANALYSIS.md, "Round 58
/// (claimsverb58)").
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>Most adverbs between the subject and <i>claims</i> ("Moscow now claims", "Kyiv also still claims").</summary>
    internal const int ClaimsVerbAdverbs = 2;

    /// <summary>
    /// The verb <i>claims</i> governing the mention as its zero-<i>that</i> complement: before the mention in its
    /// clause, at most <see cref="AttributionBefore"/> tokens away (the reach of any reporting verb before a claim).
    /// It is a verb, not the noun, when (1) a subject stands right before it, over at most
    /// <see cref="ClaimsVerbAdverbs"/> adverbs (<i>now, also, still, again, even, further</i> or an -ly adverb): a party
    /// (an actor match that is no possessive: "Moscow", "the Kremlin"), <i>he, she, it, who, which</i>, a capitalised
    /// word that is no possessive ("Zelensky", "Amnesty"), or the head of a noun phrase of a source, person or credited
    /// speaker ("the ministry", "the report", "her office", "the prosecutor general") — not a determiner ("the claims",
    /// "those claims"), a possessive ("Russia's claims"), <i>that</i> ("and that claims Russian forces abused civilians
    /// were invented"), any other common noun ("insurance claims", "the company claims department", "land claims") or
    /// punctuation ("… — claims Moscow rejects"); and (2) a clause opens right after it: a determiner other than
    /// <i>no</i>, a subject pronoun, a number, a capitalised word or a party ("claims Russian forces", "claims its
    /// troops", "claims these shells") — not <i>of, were, against</i>, a common noun ("claims adjusters", "claims
    /// jurisdiction", "claims responsibility") — and not a noun-phrase object of the verb's other sense
    /// (<i>to claim</i> a right: "claims the power to try", "claims the right of", "claims the whole world as").
    /// The framing is that of a named speaker's report, <c>attributed</c> (tests/validation/README.md: "X said/says";
    /// the readers label "Russia claims these shells have killed civilians" and "Moscow claims Kyiv has fired hundreds of
    /// drones" attributed). Returns the verb's span, or null.
    /// </summary>
    TextSpan? ZeroThatClaims()
    {
        var tokens = Text.Tokens;
        var sentenceStart = Text.Sentences[tokens[_first].Sentence].FirstToken;
        for (var t = _first - 1; t > sentenceStart && _first - t - 1 <= AttributionBefore; t--)
        {
            if (!_document.SameClause(t, _first)) return null;
            if (Word(t) is not "claims" || !IsClaimsVerbSubject(t, sentenceStart) || !OpensClauseAfterClaims(t)) continue;
            return new TextSpan(tokens[t].Start, tokens[t].End);
        }
        return null;
    }

    /// <summary>Part (1) of <see cref="ZeroThatClaims"/>: a subject right before <i>claims</i>.</summary>
    bool IsClaimsVerbSubject(int claims, int sentenceStart)
    {
        var s = claims - 1;
        for (var n = 0; n < ClaimsVerbAdverbs && s > sentenceStart; n++)
        {
            var w = Word(s);
            if (!(ClaimGrammar.IsAdverb(w) || w is "now" or "also" or "still" or "again" or "even" or "further" or "too")) break;
            s--;
        }
        if (s < sentenceStart) return false;
        // No punctuation between the subject and the verb ("… - claims Moscow rejects").
        if (PunctuationBefore(s + 1)) return false;
        var subject = Word(s);
        if (ClaimGrammar.IsPossessive(subject) || ClaimGrammar.IsDeterminer(subject) || subject is "that") return false;
        if (subject is "he" or "she" or "it" or "who" or "which") return true;
        // A nationality adjective modifies the noun ("dismissed Ukrainian claims Russian forces shelled the hospital",
        // "Russian claims"); a capitalised word at the sentence's start may be a modifier too ("Fresh claims Russian
        // troops abducted children surfaced"), unless it is a party.
        if (IsNationalityAdjective(subject)) return false;
        if (IsPartyEndingAt(s) || (IsCapitalised(s) && s > sentenceStart)) return true;
        if (!(_words.SourceNouns.Contains(subject) || _words.PersonNouns.Contains(subject) || _words.CreditHeadNouns.Contains(subject))) return false;
        // The head of a noun phrase: a determiner, a possessive or a party opens it, a modifier or two between
        // ("the ministry", "Ukraine's prosecutor general", "the defence ministry").
        for (var k = s - 1; k >= sentenceStart && s - k <= 3; k--)
        {
            var w = Word(k);
            if (ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsPossessive(w) || IsPartyEndingAt(k)) return true;
            if (ClaimGrammar.IsStopword(w) || RoleAt(k) != ScoringRole.None && RoleAt(k) != ScoringRole.Actor) return false;
        }
        return false;
    }

    /// <summary>A nationality or regional adjective by its ending: <i>Russian, Ukrainian, American, European, Chinese,
    /// British, Western, Israeli</i> (round 58).</summary>
    static bool IsNationalityAdjective(ReadOnlySpan<char> w) =>
        w.EndsWith("ian") || w.EndsWith("ean") || w.EndsWith("can") || w.EndsWith("ese") || w.EndsWith("ish")
        || w.EndsWith("ern") || w.EndsWith("eli") || w is "soviet" or "french" or "dutch" or "german";

    /// <summary>Part (2) of <see cref="ZeroThatClaims"/>: a clause opens right after <i>claims</i>.</summary>
    bool OpensClauseAfterClaims(int claims)
    {
        var next = claims + 1;
        if (next > _first) return false;
        // Punctuation right after the verb ends it ("claims, however, …" is no zero-that complement here).
        if (PunctuationBefore(next)) return false;
        var w = Word(next);
        if (ClaimGrammar.IsDeterminer(w))
        {
            if (w is "no" or "that") return false;
            // "claims the power to try", "claims the right of", "claims the whole world as its jurisdiction": the object
            // of to claim (a right), no clause.
            for (var k = next + 1; k < _first && k <= next + 3; k++)
                if (Word(k) is "to" or "of" or "over" or "as" or "for") return false;
            return true;
        }
        return w is "he" or "she" or "it" or "they" or "we" || char.IsDigit(w[0]) || ClaimGrammar.IsNumberWord(w)
               || IsCapitalised(next) || RoleAt(next) == ScoringRole.Actor;
    }
}
