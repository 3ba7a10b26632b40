using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Adds the claim mentions the trained claim-sentence detector (<see cref="ClaimSentenceModel"/>) finds where the
/// rules found none: claims against russia in the outlet's own voice, the kind an article-level label counts.
/// </summary>
/// <remarks>
/// <para>It runs when <see cref="FramingAnalyzer"/> is given a model and a claims lexicon names it
/// (<see cref="LexiconDefinition.Model"/>): the API's built-in claims lexicon with the shipped
/// <c>seeds/models/claim-sentences.json</c> once one ships (none does yet: with the model of all nine open sets the
/// in-sample floors of DevHalfRegressionTests and Dev2RegressionTests fall, docs/VALIDITY.md "ship1"). Its mentions
/// are not yet marked as the model's in the evidence. docs/VALIDITY.md, "A trained claim detector (learn1)", has its
/// figures.</para>
/// <para>The rules, in order:
/// <list type="number">
/// <item>Only a claims lexicon that names the model and has an actor category <c>russia</c> gets model mentions (the
/// model was trained for it).</item>
/// <item>A sentence is a candidate when one of its words is in the outlet's voice, it has a match of the claims
/// lexicon (any role: a target, an actor, a perpetration or event word, a victim, a place, a marker) in the outlet's
/// voice, and the rules gave it no outlet-voice claim mention with a known actor (the model never overrides an actor
/// the rules found). The match is the cheap pre-filter: text with no claim vocabulary (most of any corpus) is never
/// scored by the model.</item>
/// <item>A candidate counts when the model's probability for its features (<see cref="ClaimSentenceFeatures"/>, with
/// the evidence the rules found in it) reaches the model's threshold.</item>
/// <item>When the rules have outlet-voice mentions in it whose actor is unknown, those become mentions against russia
/// (target, span and framing stay the rules'). Otherwise it gets one mention against russia: the span and target of
/// its first outlet-voice match of a claims target (one the rules left out — an act with no agent, a trigger with no
/// cue), else its outlet-voice word of largest weight with the target <c>war_crimes</c>.</item>
/// <item>Its framing is the sentence's own marker, by the labelling conventions' precedence: a denial, else a hedge or
/// scare quotes, else an attribution, accusation or reporting phrase, else asserted.</item>
/// </list></para>
/// </remarks>
static class ClaimSentenceDetector
{
    const string Russia = "russia";
    const string DefaultTarget = "war_crimes";
    const string UnknownActor = "unknown";

    /// <summary>The claims lexicon the model runs for (<see cref="FramingAnalyzer"/>'s index), or -1: the first claims
    /// lexicon that names the model and has an actor category <c>russia</c> (rule 1).</summary>
    internal static int LexiconFor(ClaimSentenceModel model, IReadOnlyList<LexiconDefinition> lexicons, LexiconPlan[] plans)
    {
        for (var l = 0; l < plans.Length; l++)
            if (plans[l].IsClaims && lexicons[l].Model == model.Id
                && Array.IndexOf(plans[l].CategoryKeys, Russia) is var a && a >= 0 && plans[l].Roles[a] == ScoringRole.Actor)
                return l;
        return -1;
    }

    /// <summary>Adds the model's mentions to <paramref name="evidence"/> (kept in text order) and their hits to
    /// <paramref name="categories"/>.</summary>
    internal static void AddMentions(ScoringDocument document, LexiconPlan[] plans, List<Evidence> evidence, CategoryScorer categories,
        ClaimSentenceModel model, int claims)
    {
        var plan = plans[claims];
        var text = document.Text;
        var tokens = text.Tokens;

        // Candidates: sentences with an outlet-voice match of the claims lexicon (rule 2).
        HashSet<int>? candidates = null;
        foreach (var match in document.Matches)
            if (match.Lexicon == plan.Index && tokens[match.FirstToken].Voice == Voice.Outlet)
                (candidates ??= []).Add(tokens[match.FirstToken].Sentence);
        if (candidates is null) return;
        foreach (var e in evidence)
            if (e.Claim is { } claim && e.Voice == Voice.Outlet && claim.Actor != UnknownActor)
                candidates.Remove(e.Sentence); // the rules' actor stands
        if (candidates.Count == 0) return;

        var kinds = plans.Select(p => p.Lexicon.Kind).ToArray();
        var added = new List<Evidence>();
        foreach (var sentence in candidates.Order())
        {
            var inSentence = evidence.Where(e => e.Sentence == sentence).ToList();
            var slots = ClaimSentenceFeatures.Of(text, sentence, inSentence, kinds, model.Bits);
            if (model.Probability(slots) < model.Threshold) continue;
            // The rules found a claim here but no actor: the model names it (rule 4).
            var relabelled = false;
            for (var i = 0; i < evidence.Count; i++)
                if (evidence[i] is { Claim: { Actor: UnknownActor } claim, Voice: Voice.Outlet } e && e.Sentence == sentence)
                {
                    evidence[i] = e with { Claim = claim with { Actor = Russia } };
                    relabelled = true;
                }
            if (relabelled) continue;
            if (Mention(document, plan, sentence, inSentence, plans, model) is { } mention)
            {
                added.Add(mention);
                var token = tokens[TokenAt(text, mention.Start)];
                categories.Add(plan.SlotBase + Array.IndexOf(plan.CategoryKeys, mention.Category), token, 1);
                categories.Add(plan.SyntheticBase + (int)mention.Claim!.Framing, token, 1); // LexiconPlan.FramingKeys
            }
        }
        if (added.Count == 0) return;
        evidence.AddRange(added);
        var ordered = evidence.OrderBy(e => e.Start).ToList(); // stable: the rules' order among equal starts
        evidence.Clear();
        evidence.AddRange(ordered);
    }

    static Evidence? Mention(ScoringDocument document, LexiconPlan plan, int sentence, List<Evidence> inSentence,
        LexiconPlan[] plans, ClaimSentenceModel model)
    {
        var text = document.Text;
        var tokens = text.Tokens;
        var s = text.Sentences[sentence];

        // Rule 4: a target match of the sentence, else its strongest word.
        int start = -1, end = -1;
        string? target = null, term = null;
        foreach (var match in document.Matches)
        {
            var first = tokens[match.FirstToken];
            if (match.Lexicon != plan.Index || first.Sentence != sentence || first.Voice != Voice.Outlet
                || plan.Role(match) != ScoringRole.Target) continue;
            start = first.Start;
            end = tokens[match.FirstToken + match.TokenCount - 1].End;
            target = plan.CategoryKeys[match.Category];
            term = plan.EntryTerms[match.Entry];
            break;
        }
        if (target is null)
        {
            if (Array.IndexOf(plan.CategoryKeys, DefaultTarget) < 0) return null;
            var best = double.NegativeInfinity;
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if (tokens[t].Voice != Voice.Outlet) continue;
                var weight = model.Probability([ClaimSentenceFeatures.Slot(model.Bits, "w:", text.TokenText(t))]);
                if (weight <= best) continue;
                best = weight;
                (start, end) = (tokens[t].Start, tokens[t].End);
            }
            if (start < 0) return null;
            target = DefaultTarget;
            term = text.LowerSpan(start, end).ToString();
        }

        // Rule 5: the sentence's own marker.
        Evidence? Marker(params ScoringRole[] roles) => inSentence.FirstOrDefault(e =>
            e.Voice == Voice.Outlet && plans[e.Lexicon].IsClaims
            && Array.IndexOf(plans[e.Lexicon].CategoryKeys, e.Category) is var c && c >= 0 && roles.Contains(plans[e.Lexicon].Roles[c]));
        var framing = Framing.Asserted;
        Evidence? marker = null;
        MarkerKind? kind = null;
        int? markerStart = null, markerEnd = null;
        string? markerText = null;
        if (Marker(ScoringRole.Denial) is { } denial) (framing, marker) = (Framing.Denied, denial);
        else if (Marker(ScoringRole.Hedge) is { } hedge) (framing, marker) = (Framing.Hedged, hedge);
        else if (text.ScareQuotes.FirstOrDefault(q => q.Start >= s.Start && q.End <= s.End) is { End: > 0 } quotes)
        {
            framing = Framing.Hedged;
            kind = MarkerKind.ScareQuotes;
            (markerStart, markerEnd) = (quotes.Start, quotes.End);
            markerText = text.LowerSpan(quotes.Start, quotes.End).ToString();
        }
        else if ((Marker(ScoringRole.Attribution, ScoringRole.Accusation)
                  ?? inSentence.FirstOrDefault(e => e.Voice == Voice.Outlet && e.Attribution is not null)) is { } attribution)
            (framing, marker) = (Framing.Attributed, attribution);
        if (marker is not null)
        {
            kind = MarkerKind.Term;
            (markerStart, markerEnd) = (marker.Start, marker.End);
            markerText = text.LowerSpan(marker.Start, marker.End).ToString();
        }

        var token = tokens[TokenAt(text, start)];
        return new Evidence(plan.Index, target, term!, start, end, sentence, Voice.Outlet, token.Segment,
            new ClaimDetail(target, Russia, framing, markerText, markerStart, markerEnd, kind));
    }

    /// <summary>The token starting at <paramref name="start"/> (a token boundary by construction).</summary>
    static int TokenAt(AnalyzedText text, int start)
    {
        var tokens = text.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
