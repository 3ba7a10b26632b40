using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claim framing (DESIGN.md section 4): for a mention of a claim target ("war crimes"), the actor it is attributed to
/// and whether it is hedged, attributed, denied or asserted, from the actor and marker matches around it of the
/// target's own lexicon (never of another lexicon: a claim is reproducible from the one lexicon version it names).
/// </summary>
/// <remarks>
/// <para>Everything is decided inside the mention's sentence and, unless said otherwise, its clause: a clause ends at a
/// comma, semicolon, colon, dash, bracket or sentence end in the original text between tokens. Distances are counted in
/// tokens strictly between the two spans.</para>
/// <para><b>Actor</b> (a category with role <c>actor</c>; its key is the actor): candidates are actor matches in the
/// same clause up to <see cref="ActorBefore"/> tokens before the mention, unless introduced by a locative or
/// comitative preposition ("in Ukraine", "with Ukraine": a place or a partner, not an agent), and actor matches up to
/// <see cref="ActorAfter"/> tokens after it in an agent construction ("committed by Russian forces", "atrocities that
/// the Russian military … are committing"). Chosen: the nearest one at most <see cref="ActorAdjacent"/> tokens before
/// ("Russian war crimes", "Putin has clearly committed war crimes"), else the nearest agent after, else the nearest
/// before; none gives <c>unknown</c>. The token "us" is the United States only when written in capitals ("US");
/// "u.s." always is.</para>
/// <para><b>Framing</b>, by precedence denied &gt; hedged &gt; attributed &gt; asserted, the nearest marker deciding:
/// denied — a denial marker in the clause up to <see cref="DenialBefore"/> tokens before the mention or
/// <see cref="DenialAfter"/> after it; hedged — a hedge in the clause up to <see cref="HedgeBefore"/> tokens before
/// ("alleged Russian war crimes", "allegations of US forces and the CIA committing war crimes") or up to
/// <see cref="HedgeAfter"/> after ("war crimes allegedly committed by"); a hedge in another clause ("the orders,
/// allegedly made last week, concern war crimes") governs something else. Attributed — an attribution marker in
/// the clause up to <see cref="AttributionBefore"/> tokens before, or up to <see cref="AttributionAfter"/> tokens
/// after across at most one comma ("Russia committed war crimes, officials said"); a reporting phrase further away
/// attributes some other part of the sentence, and a presupposing noun phrase ("evidence of Russian war crimes …,
/// according to officials familiar with the matter") stays asserted.</para>
/// </remarks>
sealed class ClaimFramingScorer
{
    /// <summary>Actor window before the mention.</summary>
    internal const int ActorBefore = 8;
    /// <summary>Actor window after the mention (agent constructions only).</summary>
    internal const int ActorAfter = 8;
    /// <summary>An actor this close before the mention modifies it directly and wins.</summary>
    internal const int ActorAdjacent = 3;
    /// <summary>Hedge window before the mention.</summary>
    internal const int HedgeBefore = 9;
    /// <summary>Hedge window after the mention.</summary>
    internal const int HedgeAfter = 3;
    /// <summary>Denial window before the mention.</summary>
    internal const int DenialBefore = 8;
    /// <summary>Denial window after the mention.</summary>
    internal const int DenialAfter = 3;
    /// <summary>Attribution window before the mention.</summary>
    internal const int AttributionBefore = 8;
    /// <summary>Attribution window after the mention (at most one comma between).</summary>
    internal const int AttributionAfter = 6;

    /// <summary>The actor of a mention no actor is found for.</summary>
    internal const string UnknownActor = "unknown";

    const int Reach = 9; // the largest window
    const int None = -1;

    readonly ScoringDocument _document;
    readonly LexiconPlan[] _plans;

    internal ClaimFramingScorer(ScoringDocument document, LexiconPlan[] plans)
    {
        _document = document;
        _plans = plans;
    }

    /// <summary>Whether an actor match is the pronoun "us" rather than the US: the token is not written in capitals.</summary>
    internal static bool IsPronounUs(AnalyzedText text, in LexiconMatch match)
    {
        var token = text.Tokens[match.FirstToken];
        return (token.Flags & TokenFlags.AllCaps) == 0 && text.TokenText(match.FirstToken) is "us";
    }

    /// <summary>The claim details of target match <paramref name="index"/> (an index into the document's matches).</summary>
    internal ClaimDetail Score(int index)
    {
        var matches = _document.Matches;
        var target = matches[index];
        var first = target.FirstToken;
        var last = first + target.TokenCount - 1;

        Candidate adjacentActor = default, agentActor = default, nearActor = default;
        Candidate hedge = default, denial = default, attribution = default;
        adjacentActor.Match = agentActor.Match = nearActor.Match = hedge.Match = denial.Match = attribution.Match = None;

        var lowest = first - Reach - LexiconTerms.MaxWords;
        for (var j = index - 1; j >= 0 && matches[j].FirstToken >= lowest; j--) Consider(j);
        for (var j = index + 1; j < matches.Count && matches[j].FirstToken <= last + 1 + Reach; j++) Consider(j);

        var actor = adjacentActor.Match != None ? adjacentActor.Match
            : agentActor.Match != None ? agentActor.Match
            : nearActor.Match;
        var actorKey = actor == None ? UnknownActor
            : _plans[matches[actor].Lexicon].CategoryKeys[matches[actor].Category];

        var (framing, marker) = denial.Match != None ? (Framing.Denied, denial.Match)
            : hedge.Match != None ? (Framing.Hedged, hedge.Match)
            : attribution.Match != None ? (Framing.Attributed, attribution.Match)
            : (Framing.Asserted, None);

        var targetKey = _plans[target.Lexicon].CategoryKeys[target.Category];
        if (marker == None) return new ClaimDetail(targetKey, actorKey, framing, null, null, null);
        var m = matches[marker];
        var tokens = _document.Text.Tokens;
        var start = tokens[m.FirstToken].Start;
        var end = tokens[m.FirstToken + m.TokenCount - 1].End;
        return new ClaimDetail(targetKey, actorKey, framing, _document.Text.LowerSpan(start, end).ToString(), start, end);

        void Consider(int j)
        {
            var other = matches[j];
            // Only the target's own lexicon decides: a stored claim names one lexicon version, and re-scoring with
            // that version alone must give it back, whatever other claims lexicons are active.
            if (other.Lexicon != target.Lexicon) return;
            var role = _plans[other.Lexicon].Role(other);
            if (role is ScoringRole.None or ScoringRole.Target) return;
            var otherFirst = other.FirstToken;
            var otherLast = otherFirst + other.TokenCount - 1;
            bool before;
            int gap;
            if (otherLast < first)
            {
                before = true;
                gap = first - otherLast - 1;
            }
            else if (otherFirst > last)
            {
                before = false;
                gap = otherFirst - last - 1;
            }
            else return; // overlapping the mention

            var sameClause = before ? _document.SameClause(otherFirst, first) : _document.SameClause(last, otherFirst);
            switch (role)
            {
                case ScoringRole.Actor:
                    if (!sameClause || IsPronounUs(_document.Text, other)) return;
                    if (before && gap <= ActorBefore && !IsLocative(otherFirst, otherLast))
                    {
                        if (gap <= ActorAdjacent) Keep(ref adjacentActor, j, gap);
                        else Keep(ref nearActor, j, gap);
                    }
                    else if (!before && gap <= ActorAfter && IsAgent(last + 1, otherFirst))
                        Keep(ref agentActor, j, gap);
                    break;
                case ScoringRole.Hedge:
                    if (sameClause && gap <= (before ? HedgeBefore : HedgeAfter)) Keep(ref hedge, j, gap);
                    break;
                case ScoringRole.Denial:
                    if (sameClause && gap <= (before ? DenialBefore : DenialAfter)) Keep(ref denial, j, gap);
                    break;
                case ScoringRole.Attribution:
                    if (before ? sameClause && gap <= AttributionBefore
                               : gap <= AttributionAfter && _document.CommasBetween(last, otherFirst) is 0 or 1)
                        Keep(ref attribution, j, gap);
                    break;
            }
        }
    }

    struct Candidate
    {
        public int Match;
        public int Gap;
    }

    // Nearest wins; at equal distance the one found first (scanning outwards from the mention, before first).
    static void Keep(ref Candidate candidate, int match, int gap)
    {
        if (candidate.Match != None && candidate.Gap <= gap) return;
        candidate.Match = match;
        candidate.Gap = gap;
    }

    /// <summary>"in Ukraine", "with Ukraine", "between Russia …": a place or partner, not who committed the act. A
    /// possessive ("in Russia's war") still names the agent of what follows.</summary>
    bool IsLocative(int actorFirst, int actorLast)
    {
        if (actorFirst == 0) return false;
        var text = _document.Text;
        if (text.Tokens[actorFirst - 1].Sentence != text.Tokens[actorFirst].Sentence) return false;
        if (text.TokenText(actorLast).EndsWith("'s")) return false;
        return text.TokenText(actorFirst - 1) is "in" or "into" or "inside" or "across" or "throughout" or "within"
            or "against" or "between" or "toward" or "towards" or "from" or "with";
    }

    /// <summary>Whether an actor starting at <paramref name="actorFirst"/>, after a mention ending before
    /// <paramref name="from"/>, is its agent: "… by Russian forces", or the subject of a relative clause on it
    /// ("… that the Russian military … are committing").</summary>
    bool IsAgent(int from, int actorFirst)
    {
        var text = _document.Text;
        var determinersOnly = true;
        for (var k = actorFirst - 1; k >= from; k--)
        {
            var word = text.TokenText(k);
            if (word is "by" or "that" or "which" or "who" or "whom") return determinersOnly;
            determinersOnly &= word is "the" or "its" or "their" or "his" or "her";
        }
        return false;
    }
}
