using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 55 (actor55): a party word in the role of the victims, the place or the accuser is never the
/// perpetrator (docs/ANALYSIS.md, "Round 55 (actor55)"). The frames that take an actor by its place near the mention —
/// the antecedent of <i>which</i>, <i>it</i>, <i>its</i>, <i>this</i>, the actor describing a predicative subject, the
/// event before <i>what</i>, the noun phrase an inclusion word opens — step over such a party word.
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// Whether actor match <paramref name="match"/> stands where English puts a bystander of the act: (i) the victims —
    /// a modifier of a victim, person or place noun ("a Ukrainian city", "Ukraine's civilians"); (ii) the accuser — after
    /// <i>according to</i>, or the subject of a reporting verb in its clause ("the Ukrainian air force said"); (iii) the
    /// place or the goal — the object of a preposition of place or direction (<i>on, against, across, throughout, at,
    /// from, to, into, in, within, inside, toward</i>: "strikes on Ukraine's power grid", "in Ukraine's Kherson region")
    /// unless it owns an event noun ("in Russia's war"). A possessive owner and a subject stay actors.
    /// </summary>
    bool IsBystander(int match)
    {
        var m = _document.Matches[match];
        var first = m.FirstToken;
        var last = first + m.TokenCount - 1;
        var tokens = Text.Tokens;
        var sentence = tokens[first].Sentence;
        var end = Text.Sentences[sentence].FirstToken + Text.Sentences[sentence].TokenCount;
        var before = first - 1;
        if (before >= 0 && Word(before) is "the") before--;
        if (before >= 0 && tokens[before].Sentence == sentence)
        {
            var word = Word(before);
            if (word is "to" && before > 0 && Word(before - 1) is "according") return true;
            if (word is "on" or "against" or "across" or "throughout" or "at" or "from" or "to" or "into" or "in" or "within"
                    or "inside" or "toward" or "towards"
                && !(last + 1 < end && RoleAt(last + 1) == ScoringRole.Event))
                return true;
        }
        var lastWord = Word(last);
        if ((ClaimGrammar.IsPossessive(lastWord) || ClaimGrammar.IsAdjectival(lastWord)) && last + 1 < end && _document.SameClause(last, last + 1)
            && (RoleAt(last + 1) is ScoringRole.Place or ScoringRole.Victim || _words.PersonNouns.Contains(Word(last + 1))))
            return true;
        // The owner of a source: "Ukraine's prosecutors", "a Ukrainian prosecutor's office".
        if ((ClaimGrammar.IsPossessive(lastWord) || ClaimGrammar.IsAdjectival(lastWord)) && last + 1 < end && _document.SameClause(last, last + 1))
        {
            var head = last + 1;
            if (ClaimGrammar.IsPossessive(Word(head)) && head + 1 < end && _document.SameClause(head, head + 1)) head++;
            if (_words.SourceNouns.Contains(ScoringDocument.WithoutPossessive(Word(head)))) return true;
        }
        // The subject of a reporting verb: over at most three words of its noun phrase ("Ukrainian prosecutors say",
        // "the Ukrainian air force said").
        for (var k = last + 1; k < end && k - last <= 3 && _document.SameClause(last, k); k++)
        {
            if (RoleAt(k) == ScoringRole.Attribution) return true;
            if (RoleAt(k) != ScoringRole.None || ClaimGrammar.IsStopword(Word(k))) break;
        }
        return false;
    }
}
